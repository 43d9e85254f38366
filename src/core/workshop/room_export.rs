//! A room's picture exported: CSV for spreadsheets and JSON for other
//! tools. Both carry the side (all, NGOs, institutions) in every row, and
//! neither holds the distribution of a group below the room's anonymity
//! floor: only its count, and why.

use super::content::Content;
use super::lang::Lang;
use super::role::Role;
use super::room::{slot_name, Picture};
use super::sides::Sides;

/// The groups of a room's picture, in export order: the whole room, then
/// each side that has participants.
fn groups(sides: &Sides) -> Vec<(&'static str, Option<Role>, &Picture)> {
    let mut groups = vec![("all", None, &sides.all)];
    for role in Role::ALL {
        if sides.side(role).participants > 0 {
            groups.push((role.id(), Some(role), sides.side(role)));
        }
    }
    groups
}

fn group_name(role: Option<Role>, lang: Lang) -> &'static str {
    match (role, lang) {
        (None, Lang::Tr) => "Tüm salon",
        (None, Lang::En) => "Whole room",
        (Some(Role::Ngo), Lang::Tr) => "STK'lar",
        (Some(Role::Ngo), Lang::En) => "NGOs",
        (Some(Role::Institution), Lang::Tr) => "Kamu kurumları",
        (Some(Role::Institution), Lang::En) => "Public institutions",
    }
}

/// The picture as CSV: per group, one row per area and slot ("not
/// assessed" and "not enough answers" first), then per area the "don't
/// know" answers among all its answers; a group below `floor` has one row
/// with its count; last, when some came from paper forms, how many of the
/// room's participants did. UTF-8 with a byte-order mark so spreadsheet
/// programs read Turkish letters right, comma-separated, numbers with a dot.
pub fn to_csv(content: &Content, sides: &Sides, floor: usize, paper: usize, lang: Lang) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let (header, dont_know, hidden, from_paper) = match lang {
        Lang::Tr => (
            ["Taraf", "Adım", "Düzey", "Katılımcı", "Yüzde"],
            "“Bilmiyorum” yanıtı (yanıtlar içinde)",
            format!("Gösterilmiyor: {floor} kişiden az"),
            "Kâğıt formdan gelen (katılımcılar içinde)",
        ),
        Lang::En => (
            ["Side", "Step", "Level", "Participants", "Percent"],
            "“Don't know” answers (of all answers)",
            format!("Not shown: fewer than {floor}"),
            "From paper forms (of all participants)",
        ),
    };
    let header: Vec<String> = header.iter().map(|label| quote(label)).collect();
    let mut csv = format!("\u{feff}{}\r\n", header.join(","));
    let number = |tenths: u32| format!("{}.{}", tenths / 10, tenths % 10);
    for (_, role, picture) in groups(sides) {
        let side = quote(group_name(role, lang));
        if !picture.shown(floor) {
            csv += &format!(
                "{side},\"\",{},{},\"\"\r\n",
                quote(&hidden),
                picture.participants
            );
            continue;
        }
        for spread in &picture.spreads {
            let step = content
                .step_text(spread.step)
                .map(|t| t.name.get(lang).as_str())
                .unwrap_or_default();
            for slot in spread.slots() {
                let name = slot_name(content, spread.step, slot, lang);
                let count = spread.counts.get(slot).copied().unwrap_or(0);
                let percent = number(spread.tenths(slot));
                csv += &format!(
                    "{side},{},{},{count},{percent}\r\n",
                    quote(step),
                    quote(&name)
                );
            }
            csv += &format!(
                "{side},{},{},{},{}\r\n",
                quote(step),
                quote(dont_know),
                spread.dont_know,
                number(spread.dont_know_tenths())
            );
        }
    }
    if paper > 0 {
        csv += &format!(
            "{},\"\",{},{paper},\"\"\r\n",
            quote(group_name(None, lang)),
            quote(from_paper)
        );
    }
    csv
}

/// One group's picture as JSON: participants, and (at or above the floor)
/// per area the counts and percents of "not assessed", "not enough
/// answers" and each value of its scale, and its "don't know" answers.
fn group_json(side: &str, picture: &Picture, floor: usize) -> serde_json::Value {
    if !picture.shown(floor) {
        return serde_json::json!({
            "side": side,
            "participants": picture.participants,
            "hidden_below_floor": true,
        });
    }
    let areas: Vec<serde_json::Value> = picture
        .spreads
        .iter()
        .map(|spread| {
            let slots = spread.slots();
            let percents: Vec<f64> = slots.clone().map(|slot| spread.percent(slot)).collect();
            let counts = spread.counts.get(slots).unwrap_or_default();
            serde_json::json!({
                "side": side,
                "step": spread.step.id(),
                "not_assessed": counts.first(),
                "not_enough_answers": counts.get(1),
                "values": counts.get(2..),
                "percents": percents,
                "dont_know_answers": spread.dont_know,
                "answers": spread.answers,
            })
        })
        .collect();
    serde_json::json!({
        "side": side,
        "participants": picture.participants,
        "carried_from_earlier_versions": picture.carried,
        "areas": areas,
    })
}

/// The room's picture as JSON (no codes, nothing about anyone): the whole
/// room's figures at the top, as before sides, with how many came from
/// paper forms, and each side's under `sides`; the perception gap per step
/// when both sides are there.
pub fn picture_to_json(sides: &Sides, floor: usize, paper: usize) -> String {
    let mut json = match group_json("all", &sides.all, floor) {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    json.insert(
        "method_version".into(),
        super::scoring::METHOD_VERSION.into(),
    );
    json.insert("anonymity_floor".into(), floor.into());
    json.insert("from_paper".into(), paper.into());
    let groups: Vec<serde_json::Value> = groups(sides)
        .into_iter()
        .skip(1)
        .map(|(side, _, picture)| group_json(side, picture, floor))
        .collect();
    json.insert("sides".into(), groups.into());
    if sides.mixed() {
        let gap: Vec<serde_json::Value> = super::sides::gap(sides, floor)
            .into_iter()
            .map(|gap| {
                serde_json::json!({
                    "step": gap.step.id(),
                    "ngo_median": gap.ngo,
                    "institution_median": gap.institution,
                    "difference": gap.difference(),
                })
            })
            .collect();
        json.insert("gap".into(), gap.into());
    }
    serde_json::to_string_pretty(&json).unwrap_or_default()
}
