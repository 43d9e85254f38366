//! Scripted answer patterns and what the core computes for them, written to
//! tests/browser/patterns.json so the browser tests can check that the app
//! shows exactly the core's result. This test fails when the file is stale;
//! `KATILIM_UPDATE_GOLDEN=1 cargo test golden` rewrites it.

use serde_json::{json, Value};

use super::super::content::{Content, Kind, Question, Value as Answer};
use super::super::embedded;
use super::super::lang::Lang;
use super::super::level::Level;
use super::super::room::{Decoded, Rooms};
use super::super::scoring::{score, Answers, Profile, ReadinessResult, Standing};
use super::super::store::Store;
use super::super::versioned::Versioned;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/patterns.json");
/// Saved by the core of content version 1, before version 2 existed.
const UPGRADE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/browser/upgrade-v1.json"
));

/// The choice of `question` nearest to `rank` on its scale (the lower one
/// on a tie), by index.
fn nearest(question: &Question, rank: u8) -> Option<usize> {
    question
        .choices
        .iter()
        .enumerate()
        .filter_map(|(i, choice)| choice.value.rank().map(|r| (r.abs_diff(rank), r, i)))
        .min()
        .map(|(_, _, i)| i)
}

fn uncounted(question: &Question, value: Answer) -> Option<usize> {
    question
        .choices
        .iter()
        .position(|choice| choice.value == value)
}

/// Three patterns: each picks, for question i, choice indices (or none).
fn patterns(content: &Content) -> Vec<(&'static str, Answers)> {
    let pick = |rule: &dyn Fn(usize, &Question) -> Option<Vec<usize>>| -> Answers {
        content
            .questions
            .iter()
            .enumerate()
            .filter_map(|(i, question)| {
                let picked = rule(i, question)?;
                let ids = picked
                    .into_iter()
                    .filter_map(|c| question.choices.get(c))
                    .map(|c| c.id.clone())
                    .collect();
                Some((question.id.clone(), ids))
            })
            .collect()
    };
    vec![
        // The lowest situation everywhere: "not yet", readiness weak.
        (
            "lowest-everywhere",
            pick(&|_, q| Some(vec![nearest(q, 0)?])),
        ),
        // Levels that vary from question to question, two boxes on
        // multiple-choice questions: established levels and peaks differ.
        (
            "mixed",
            pick(&|i, q| {
                Some(if q.kind == Kind::Multiple {
                    vec![nearest(q, 1)?, nearest(q, 4)?]
                } else {
                    vec![nearest(q, u8::try_from(i * 3 % 5).ok()?)?]
                })
            }),
        ),
        // Some answered, some "don't know", the rest left: steps with too few
        // answers and steps never reached.
        (
            "partial",
            pick(&|i, q| match (i < 14, i % 4) {
                (false, _) | (true, 3) => None,
                (true, 0) => Some(vec![uncounted(q, Answer::DontKnow)?]),
                (true, k) => Some(vec![nearest(q, u8::try_from(k).ok()?)?]),
            }),
        ),
    ]
}

fn name(content: &Content, level: Option<Level>) -> String {
    level
        .and_then(|level| content.level_text(level))
        .map_or_else(|| "Değerlendirilmedi".into(), |t| t.name.tr.clone())
}

/// A step's main result as the app words it in Turkish.
fn standing(content: &Content, standing: Standing, level: Option<Level>) -> String {
    match standing {
        Standing::NotEnough => "Yeterli yanıt yok".into(),
        _ => name(content, level),
    }
}

fn readiness(content: &Content, result: &ReadinessResult) -> String {
    match (result.standing, result.value) {
        (Standing::NotEnough, _) => "Yeterli yanıt yok".into(),
        (_, Some(value)) => content
            .readiness_text(value)
            .map(|t| t.name.tr.clone())
            .unwrap_or_default(),
        _ => "Değerlendirilmedi".into(),
    }
}

/// Each matrix row as the browser test reads it: step, established level
/// (or why there is none), and the peak where it is above the established.
fn steps_of(content: &Content, profile: &Profile) -> Vec<Value> {
    profile
        .steps
        .iter()
        .map(|step| {
            // The matrix marks a peak only beside an established level.
            let peak = step.peak_above().map(|peak| name(content, Some(peak)));
            json!([
                content.step_text(step.step).map(|t| t.name.tr.clone()),
                standing(content, step.standing, step.level),
                peak
            ])
        })
        .collect()
}

fn golden(content: &Content) -> Value {
    let mut whole = bank(content);
    whole["upgrade"] = upgrade(content);
    // The public institution's bank: the same patterns on its questions.
    let institution = content
        .for_role(super::super::role::Role::Institution)
        .expect("the institution's bank is shipped");
    whole["institution"] = bank(&institution);
    whole
}

/// One bank's patterns and what the core computes for them.
fn bank(content: &Content) -> Value {
    let list: Vec<Value> = patterns(content)
        .into_iter()
        .map(|(title, answers)| {
            let profile = score(content, &answers);
            let answered: Vec<Value> = content
                .questions
                .iter()
                .enumerate()
                .filter_map(|(i, question)| {
                    let chosen = answers.get(&question.id)?;
                    let labels: Vec<&str> = chosen
                        .iter()
                        .filter_map(|id| question.choice(id))
                        .map(|c| c.label.get(Lang::Tr).as_str())
                        .collect();
                    Some(json!({ "question": i + 1, "labels": labels }))
                })
                .collect();
            let steps = steps_of(content, &profile);
            json!({
                "name": title,
                "answers": answered,
                "expected": {
                    "steps": steps,
                    "typical": name(content, profile.typical),
                    "highest": name(content, profile.highest),
                    "assessed": format!("{} / 6", profile.assessed),
                    "readiness": readiness(content, &profile.readiness),
                }
            })
        })
        .collect();
    // The shape of every question, so scripts can make valid share codes.
    let shapes: Vec<Value> = content
        .questions
        .iter()
        .map(|q| {
            json!([
                if q.kind == Kind::Multiple {
                    "multiple"
                } else {
                    "single"
                },
                q.choices.len()
            ])
        })
        .collect();
    json!({ "questions": content.questions.len(), "content_version": content.version, "shapes": shapes, "patterns": list })
}

/// What the app must show for the assessment and the room that the core of
/// content version 1 saved (tests/browser/upgrade-v1.json).
fn upgrade(content: &Content) -> Value {
    let saved: Value = serde_json::from_str(UPGRADE).expect("upgrade-v1.json");
    let store = Store::from_json(content, saved["store"].as_str().expect("store")).expect("opens");
    let entry = store.entries.first().expect("one assessment");
    let profile = score(content, &entry.assessment.answers);
    let (kept, not) = entry.assessment.carried_counts().expect("carried");
    let rooms = match Rooms::from_json(saved["rooms"].as_str().expect("rooms")) {
        Versioned::Readable(rooms) => rooms,
        _ => panic!("the rooms open"),
    };
    let room = rooms.rooms.first().expect("one room");
    let picture = Decoded::default().picture(content, room);
    json!({
        "name": entry.assessment.name,
        "carried": kept,
        "not_carried": not,
        "steps": steps_of(content, &profile),
        "room": {
            "name": room.name,
            "participants": picture.participants,
            "carried": picture.carried,
            "counts": picture.spreads.iter().map(|s| s.counts.get(s.slots()).unwrap_or_default().to_vec()).collect::<Vec<_>>(),
        },
    })
}

#[test]
fn golden_patterns_for_the_browser_tests_are_up_to_date() {
    let content = embedded::content().expect("embedded");
    let fresh = serde_json::to_string_pretty(&golden(content)).expect("json") + "\n";
    if std::env::var_os("KATILIM_UPDATE_GOLDEN").is_some() {
        std::fs::write(FILE, &fresh).expect("write patterns.json");
    }
    let stored = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        stored == fresh,
        "tests/browser/patterns.json is stale: run KATILIM_UPDATE_GOLDEN=1 cargo test golden"
    );
    // The three patterns must tell different stories, or the browser test proves little.
    let stories: std::collections::BTreeSet<String> = golden(content)["patterns"]
        .as_array()
        .expect("list")
        .iter()
        .map(|p| p["expected"].to_string())
        .collect();
    assert_eq!(stories.len(), 3);
}
