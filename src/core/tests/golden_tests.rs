//! Scripted answer patterns and what the core computes for them, written to
//! tests/browser/patterns.json so the browser tests can check that the app
//! shows exactly the core's result. This test fails when the file is stale;
//! `KATILIM_UPDATE_GOLDEN=1 cargo test golden` rewrites it.

use serde_json::{json, Value};

use super::super::content::{Content, Kind};
use super::super::embedded;
use super::super::lang::Lang;
use super::super::level::Level;
use super::super::scoring::{score, Answers};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/patterns.json");

/// Three patterns: each picks, for question i, a choice index (or none).
fn patterns(content: &Content) -> Vec<(&'static str, Answers)> {
    let pick = |rule: &dyn Fn(usize, usize) -> Option<Vec<usize>>| -> Answers {
        content
            .questions
            .iter()
            .enumerate()
            .filter_map(|(i, question)| {
                let picked = rule(i, question.choices.len())?;
                let ids = picked
                    .into_iter()
                    .filter_map(|c| question.choices.get(c))
                    .map(|c| c.id.clone())
                    .collect();
                Some((question.id.clone(), ids))
            })
            .collect()
    };
    let multiple = |i: usize| content.questions[i].kind == Kind::Multiple;
    vec![
        // Everyone's first situation: "not yet" everywhere.
        ("not-yet-everywhere", pick(&|_, _| Some(vec![0]))),
        // Rising through the levels, several boxes on multiple-choice questions.
        (
            "mixed",
            pick(&|i, n| {
                Some(if multiple(i) {
                    vec![1, 2]
                } else {
                    vec![(i % (n - 1)).min(n - 2)]
                })
            }),
        ),
        // Half answered, some "don't know": steps left out stay "not assessed".
        (
            "partial",
            pick(&|i, n| match (i < 12, i % 4) {
                (false, _) | (true, 3) => None,
                (true, 0) => Some(vec![n - 1]),
                (true, k) => Some(vec![k]),
            }),
        ),
    ]
}

fn name(content: &Content, level: Option<Level>) -> String {
    match level {
        Some(level) => content
            .level_text(level)
            .map(|t| t.name.tr.clone())
            .unwrap_or_default(),
        None => "Değerlendirilmedi".into(),
    }
}

fn golden(content: &Content) -> Value {
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
            let steps: Vec<Value> = profile
                .steps
                .iter()
                .map(|step| {
                    json!([
                        content.step_text(step.step).map(|t| t.name.tr.clone()),
                        name(content, step.level)
                    ])
                })
                .collect();
            json!({
                "name": title,
                "answers": answered,
                "expected": {
                    "steps": steps,
                    "typical": name(content, profile.typical),
                    "highest": name(content, profile.highest),
                    "assessed": format!("{} / 6", profile.assessed),
                    "readiness": name(content, profile.readiness.level),
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
