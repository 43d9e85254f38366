//! A workshop room: the trainer's collection of participants' share codes,
//! and its anonymous picture: per step, how many are at each level.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::lang::Lang;
use super::level::Level;
use super::marks::Marks;
use super::paste::Pasted;
use super::readiness::Readiness;
use super::scoring::{reason_at, score_area, Answers, Reason, Standing};
use super::share_code::{decode, decode_carried};
use super::step::Step;
use super::versioned::{read, Versioned};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    pub id: u32,
    pub name: String,
    /// As the trainer typed it, e.g. 2026-11-22.
    pub date: String,
    #[serde(default)]
    pub note: String,
    /// Canonical share codes, each once, in the order they came.
    pub codes: Vec<String>,
}

/// What adding codes did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub added: usize,
    /// Codes already in the room (or twice in the paste): counted once.
    pub repeated: usize,
}

impl Room {
    pub fn add(&mut self, pasted: &Pasted) -> Added {
        let mut report = Added::default();
        // A set keeps adding 10,000 codes from quadratic to n log n.
        let mut known: std::collections::BTreeSet<String> = self.codes.iter().cloned().collect();
        for found in &pasted.found {
            if known.insert(found.canonical.clone()) {
                self.codes.push(found.canonical.clone());
                report.added += 1;
            } else {
                report.repeated += 1;
            }
        }
        report
    }

    /// The participants' answers (codes that no longer decode are skipped).
    pub fn answers(&self, content: &Content) -> Vec<Answers> {
        self.codes
            .iter()
            .filter_map(|code| decode(content, code).ok())
            .map(|shared| shared.answers)
            .collect()
    }
}

/// How a room is spread in one area: slot 0 is "not assessed", 1 "not
/// enough answers", then the area's scale from its lowest (levels 0-4 of a
/// matrix step; readiness weak, developing, strong). The counts add up to
/// the participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub step: Step,
    pub counts: [usize; SLOTS],
    /// Of the participants' answers in this area, how many were "don't know".
    pub dont_know: usize,
    pub answers: usize,
}

/// "Not assessed", "not enough answers", and the five levels.
pub const SLOTS: usize = 7;

impl Spread {
    pub fn slot(standing: Standing, rank: Option<u8>) -> usize {
        match (standing, rank) {
            (Standing::Assessed, Some(rank)) => usize::from(rank) + 2,
            (Standing::NotAssessed, _) => 0,
            _ => 1,
        }
    }

    /// The slots of this area: readiness has three values, not five levels.
    pub fn slots(&self) -> std::ops::Range<usize> {
        if self.step.in_matrix() {
            0..SLOTS
        } else {
            0..2 + Readiness::ALL.len()
        }
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Percent of the room, rounded to one decimal.
    pub fn percent(&self, slot: usize) -> f64 {
        f64::from(self.tenths(slot)) / 10.0
    }

    /// Percent of the room in tenths, rounded half up (253 is 25.3 %).
    /// Integers all the way: printing floats costs the app 10 KB of code.
    pub fn tenths(&self, slot: usize) -> u32 {
        let count = self.counts.get(slot).copied().unwrap_or(0);
        tenths_of(count, self.total())
    }

    /// Whole percent, rounded from the tenths (as the table shows it).
    pub fn whole_percent(&self, slot: usize) -> u32 {
        (self.tenths(slot) + 5) / 10
    }

    /// The room's typical value on the area's scale: the lower median of the
    /// participants it could assess (a level 0-4, readiness 0-2).
    pub fn median(&self) -> Option<u8> {
        let values = self.counts.get(2..).unwrap_or_default();
        let assessed: usize = values.iter().sum();
        let middle = assessed.checked_sub(1)? / 2;
        let mut seen = 0;
        for (rank, count) in values.iter().enumerate() {
            seen += count;
            if seen > middle {
                return u8::try_from(rank).ok();
            }
        }
        None
    }

    /// How many participants this area could assess.
    pub fn assessed(&self) -> usize {
        self.counts.get(2..).unwrap_or_default().iter().sum()
    }

    /// The share of "don't know" among the area's answers, in tenths.
    pub fn dont_know_tenths(&self) -> u32 {
        tenths_of(self.dont_know, self.answers)
    }
}

fn tenths_of(count: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    let (count, total) = (count as u64, total as u64);
    u32::try_from((count * 2000 / total).div_ceil(2)).unwrap_or(1000)
}

/// The room's anonymous picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub participants: usize,
    /// Participants whose code was made with an earlier content version
    /// (carried onto the current questions).
    pub carried: usize,
    /// The six steps, then readiness.
    pub spreads: Vec<Spread>,
    /// The answers that set the most participants' established step levels
    /// (whose guidance holds their next step), most common first.
    pub next_steps: Vec<(Reason, usize)>,
}

/// What one participant adds to a room's picture. A room keeps one per code,
/// so redrawing the picture is counting, not scoring thousands again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// Each area's part, in `Step::ALL` order.
    areas: [AreaTally; Step::ALL.len()],
    /// Per assessed matrix step, the first answer that set its level, as
    /// (question, choice) indices: its guidance holds the next step there.
    next: Vec<(usize, usize)>,
    /// Made with an earlier content version.
    carried: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct AreaTally {
    /// Its `Spread::slot`.
    slot: usize,
    /// "Don't know" answers, and all answers, in the area.
    dont_know: usize,
    answers: usize,
}

impl Tally {
    pub fn of(content: &Content, marks: &Marks) -> Tally {
        let mut tally = Tally {
            areas: [AreaTally::default(); Step::ALL.len()],
            next: Vec::new(),
            carried: false,
        };
        for (area, step) in tally.areas.iter_mut().zip(Step::ALL) {
            let score = score_area(content, marks, step);
            *area = AreaTally {
                slot: Spread::slot(score.standing, score.rank),
                dont_know: score.dont_know,
                answers: score.counted + score.dont_know + score.not_applicable,
            };
            if step.in_matrix() {
                tally.next.extend(score.set_by.first());
            }
        }
        tally
    }

    fn carried(mut self, carried: bool) -> Tally {
        self.carried = carried;
        self
    }
}

pub fn aggregate<'a>(
    content: &Content,
    participants: impl IntoIterator<Item = &'a Answers>,
) -> Picture {
    let tallies: Vec<Tally> = participants
        .into_iter()
        .map(|answers| Tally::of(content, &Marks::of(content, answers)))
        .collect();
    sum(content, &tallies)
}

/// The picture of a room whose participants are already tallied.
pub fn sum<'a>(content: &Content, tallies: impl IntoIterator<Item = &'a Tally>) -> Picture {
    let (mut participants, mut carried) = (0, 0);
    let mut spreads: Vec<Spread> = Step::ALL
        .into_iter()
        .map(|step| Spread {
            step,
            counts: [0; SLOTS],
            dont_know: 0,
            answers: 0,
        })
        .collect();
    let mut next_steps: std::collections::BTreeMap<(usize, usize), usize> = Default::default();
    for tally in tallies {
        participants += 1;
        carried += usize::from(tally.carried);
        for (spread, area) in spreads.iter_mut().zip(&tally.areas) {
            if let Some(count) = spread.counts.get_mut(area.slot) {
                *count += 1;
            }
            spread.dont_know += area.dont_know;
            spread.answers += area.answers;
        }
        for at in &tally.next {
            *next_steps.entry(*at).or_default() += 1;
        }
    }
    let mut next_steps: Vec<(Reason, usize)> = next_steps
        .into_iter()
        .filter_map(|(at, count)| Some((reason_at(content, at)?, count)))
        .collect();
    // Most common first; equal counts keep the content's question order.
    let order = |reason: &Reason| {
        content
            .questions
            .iter()
            .position(|q| q.id == reason.question)
    };
    next_steps.sort_by(|(a, x), (b, y)| {
        y.cmp(x)
            .then_with(|| order(a).cmp(&order(b)))
            .then_with(|| a.choice.cmp(&b.choice))
    });
    Picture {
        participants,
        carried,
        spreads,
        next_steps,
    }
}

/// The name of a spread's slot in `lang`: "not assessed", "not enough
/// answers", or the level or readiness value.
pub fn slot_name(content: &Content, step: Step, slot: usize, lang: Lang) -> String {
    let (not_assessed, not_enough) = match lang {
        Lang::Tr => ("Değerlendirilmedi", "Yeterli yanıt yok"),
        Lang::En => ("Not assessed", "Not enough answers"),
    };
    let rank = slot.checked_sub(2).and_then(|rank| u8::try_from(rank).ok());
    let name = match rank {
        _ if slot == 0 => Some(not_assessed.to_owned()),
        None => Some(not_enough.to_owned()),
        Some(rank) if step.in_matrix() => Level::from_value(rank)
            .and_then(|level| content.level_text(level))
            .map(|text| text.name.get(lang).clone()),
        Some(rank) => Readiness::from_value(rank)
            .and_then(|value| content.readiness_text(value))
            .map(|text| text.name.get(lang).clone()),
    };
    name.unwrap_or_default()
}

/// The picture as CSV, one row per area and slot ("not assessed" and "not
/// enough answers" first), then per area the "don't know" answers among all
/// its answers: UTF-8 with a byte-order mark so spreadsheet programs read
/// Turkish letters right, comma-separated, numbers with a dot.
pub fn to_csv(content: &Content, picture: &Picture, lang: Lang) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let (header, dont_know) = match lang {
        Lang::Tr => (
            ["Adım", "Düzey", "Katılımcı", "Yüzde"],
            "“Bilmiyorum” yanıtı (yanıtlar içinde)",
        ),
        Lang::En => (
            ["Step", "Level", "Participants", "Percent"],
            "“Don't know” answers (of all answers)",
        ),
    };
    let header: Vec<String> = header.iter().map(|label| quote(label)).collect();
    let mut csv = format!("\u{feff}{}\r\n", header.join(","));
    let number = |tenths: u32| format!("{}.{}", tenths / 10, tenths % 10);
    for spread in &picture.spreads {
        let step = content
            .step_text(spread.step)
            .map(|t| t.name.get(lang).as_str())
            .unwrap_or_default();
        for slot in spread.slots() {
            let name = slot_name(content, spread.step, slot, lang);
            let count = spread.counts.get(slot).copied().unwrap_or(0);
            let percent = number(spread.tenths(slot));
            csv += &format!("{},{},{count},{percent}\r\n", quote(step), quote(&name));
        }
        csv += &format!(
            "{},{},{},{}\r\n",
            quote(step),
            quote(dont_know),
            spread.dont_know,
            number(spread.dont_know_tenths())
        );
    }
    csv
}

pub const ROOMS_SCHEMA: u32 = 1;

/// The rooms kept on the trainer's device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rooms {
    pub schema_version: u32,
    pub next_id: u32,
    pub rooms: Vec<Room>,
    /// Kiosk mode: the room each finished participant's result goes to
    /// before their answers are cleared from this shared device.
    #[serde(default)]
    pub kiosk: Option<u32>,
}

impl Default for Rooms {
    fn default() -> Self {
        Rooms {
            schema_version: ROOMS_SCHEMA,
            next_id: 1,
            rooms: Vec::new(),
            kiosk: None,
        }
    }
}

impl Rooms {
    pub fn from_json(text: &str) -> Versioned<Rooms> {
        read(text, ROOMS_SCHEMA)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Keeps a room under a fresh id (imported rooms too) and returns the id.
    pub fn add(&mut self, mut room: Room) -> u32 {
        room.id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        let id = room.id;
        self.rooms.push(room);
        id
    }

    pub fn room(&self, id: u32) -> Option<&Room> {
        self.rooms.iter().find(|room| room.id == id)
    }

    pub fn room_mut(&mut self, id: u32) -> Option<&mut Room> {
        self.rooms.iter_mut().find(|room| room.id == id)
    }

    pub fn remove(&mut self, id: u32) {
        self.rooms.retain(|room| room.id != id);
        if self.kiosk == Some(id) {
            self.kiosk = None;
        }
    }
}

impl Room {
    /// A room file as exported, read as untrusted: every code is checked
    /// again and counted once.
    pub fn from_json(content: &Content, text: &str) -> Option<Room> {
        let room: Room = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
        let pasted = super::paste::parse(content, &room.codes.join("\n"));
        let mut clean = Room {
            codes: Vec::new(),
            ..room
        };
        clean.add(&pasted);
        Some(clean)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The picture as JSON: participants, and per area the counts and percents
/// of "not assessed", "not enough answers" and each value of its scale, and
/// its "don't know" answers (no codes, nothing about anyone).
pub fn picture_to_json(picture: &Picture) -> String {
    let areas: Vec<serde_json::Value> = picture
        .spreads
        .iter()
        .map(|spread| {
            let slots = spread.slots();
            let percents: Vec<f64> = slots.clone().map(|slot| spread.percent(slot)).collect();
            let counts = spread.counts.get(slots).unwrap_or_default();
            serde_json::json!({
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
    let json = serde_json::json!({
        "method_version": super::scoring::METHOD_VERSION,
        "participants": picture.participants,
        "carried_from_earlier_versions": picture.carried,
        "areas": areas,
    });
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// Each code's tally, by canonical code: a room's picture is redrawn on
/// every change, and decoding and scoring thousands of codes each time would
/// cost more than everything else together.
#[derive(Clone, Debug, Default)]
pub struct Decoded(std::collections::BTreeMap<String, Tally>);

impl Decoded {
    /// Tallies the answers the paste parser has decoded anyway.
    pub fn remember(&mut self, content: &Content, pasted: &Pasted) {
        for found in &pasted.found {
            if !self.0.contains_key(&found.canonical) {
                let tally =
                    Tally::of(content, &found.marks).carried(found.version != content.version);
                self.0.insert(found.canonical.clone(), tally);
            }
        }
    }

    /// The room's picture, decoding only codes not seen before.
    pub fn picture(&mut self, content: &Content, room: &Room) -> Picture {
        for code in &room.codes {
            if !self.0.contains_key(code) {
                if let Ok((marks, _, version)) = decode_carried(content, code) {
                    let tally = Tally::of(content, &marks).carried(version != content.version);
                    self.0.insert(code.clone(), tally);
                }
            }
        }
        sum(
            content,
            room.codes.iter().filter_map(|code| self.0.get(code)),
        )
    }
}
