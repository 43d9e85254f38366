//! Reads and checks `assets/content/session.toml`, the trainer's session
//! script, and writes it as the Rust expression the app embeds. Runs in
//! build.rs and in `cargo test`, never in the browser.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde::Deserialize;

use super::content_error::ContentError;
use super::lang::{Lang, Translated};
use super::session::{Part, PartKind, Plan, Session, Words};
use super::source::parse_toml;
use super::spelling::spelling_problems;

pub const SESSION_FILE: &str = "session.toml";
/// The plans the issue asks for; a script without one of them is wrong.
pub const PLAN_MINUTES: [u16; 2] = [60, 90];
/// Longer than a workshop day's session is a typing mistake.
const MAX_MINUTES: u16 = 240;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    plan: Vec<RawPlan>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlan {
    minutes: u16,
    #[serde(default)]
    part: Vec<RawPart>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPart {
    kind: String,
    minutes: u16,
    title: Translated<String>,
    task: Translated<String>,
}

/// The script in `text`, or every problem in it, each naming `file`, the
/// plan, the part and the field.
pub fn read(file: &str, text: &str) -> Result<Session, Vec<ContentError>> {
    let mut errors = Vec::new();
    let Some(raw) = parse_toml::<RawFile>(file, text, &mut errors) else {
        return Err(errors);
    };
    let mut plans = Vec::new();
    for raw_plan in raw.plan {
        let place = format!("plan {}", raw_plan.minutes);
        let mut error = |field: String, message: String| {
            errors.push(ContentError::new(file, field, message));
        };
        if plans
            .iter()
            .any(|plan: &Plan| plan.minutes == raw_plan.minutes)
        {
            error(
                place.clone(),
                "there is another plan of these minutes".into(),
            );
        }
        if raw_plan.minutes == 0 || raw_plan.minutes > MAX_MINUTES {
            error(
                format!("{place}: minutes"),
                format!("must be 1 to {MAX_MINUTES}"),
            );
        }
        let mut parts = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, raw_part) in raw_plan.part.into_iter().enumerate() {
            let at = format!("{place}: part {}", i + 1);
            let Some(kind) = PartKind::from_id(&raw_part.kind) else {
                let known: Vec<&str> = PartKind::ALL.iter().map(|kind| kind.id()).collect();
                error(
                    format!("{at}: kind"),
                    format!("\"{}\" is not one of {}", raw_part.kind, known.join(", ")),
                );
                continue;
            };
            let at = format!("{place}: part \"{}\"", kind.id());
            if !seen.insert(kind.id()) {
                error(at.clone(), "this kind comes twice".into());
            }
            if raw_part.minutes == 0 {
                error(format!("{at}: minutes"), "must be at least 1".into());
            }
            for (name, words) in [("title", &raw_part.title), ("task", &raw_part.task)] {
                for lang in Lang::ALL {
                    let field = format!("{at}: {name}.{}", lang.code());
                    if words.get(lang).trim().is_empty() {
                        error(field.clone(), "is empty".into());
                    }
                    if lang == Lang::Tr {
                        for problem in spelling_problems(words.get(lang)) {
                            error(field.clone(), problem);
                        }
                    }
                }
            }
            parts.push(Part {
                kind,
                minutes: raw_part.minutes,
                title: owned(raw_part.title),
                task: owned(raw_part.task),
            });
        }
        for kind in PartKind::ALL {
            if !seen.contains(kind.id()) {
                error(
                    place.clone(),
                    format!("has no part of kind \"{}\"", kind.id()),
                );
            }
        }
        let sum: u32 = parts.iter().map(|part| u32::from(part.minutes)).sum();
        if sum != u32::from(raw_plan.minutes) {
            error(
                format!("{place}: minutes"),
                format!(
                    "its parts add up to {sum} minutes, not {}",
                    raw_plan.minutes
                ),
            );
        }
        plans.push(Plan {
            minutes: raw_plan.minutes,
            parts: Cow::Owned(parts),
        });
    }
    for minutes in PLAN_MINUTES {
        if !plans.iter().any(|plan| plan.minutes == minutes) {
            errors.push(ContentError::new(
                file,
                "",
                format!("has no [[plan]] of {minutes} minutes"),
            ));
        }
    }
    if errors.is_empty() {
        Ok(Session {
            plans: Cow::Owned(plans),
        })
    } else {
        Err(errors)
    }
}

fn owned(text: Translated<String>) -> Words {
    Translated {
        tr: Cow::Owned(text.tr),
        en: Cow::Owned(text.en),
    }
}

/// The script as a Rust expression of borrowed constants, for
/// `include!` in session.rs. `{:?}` writes a string as a Rust literal.
pub fn to_rust(session: &Session) -> String {
    let words = |words: &Words| {
        format!(
            "Translated {{ tr: Cow::Borrowed({:?}), en: Cow::Borrowed({:?}) }}",
            words.tr.as_ref(),
            words.en.as_ref()
        )
    };
    let plans: Vec<String> = session
        .plans
        .iter()
        .map(|plan| {
            let parts: Vec<String> = plan
                .parts
                .iter()
                .map(|part| {
                    format!(
                        "Part {{ kind: PartKind::{:?}, minutes: {}, title: {}, task: {} }}",
                        part.kind,
                        part.minutes,
                        words(&part.title),
                        words(&part.task)
                    )
                })
                .collect();
            format!(
                "Plan {{ minutes: {}, parts: Cow::Borrowed(&[{}]) }}",
                plan.minutes,
                parts.join(", ")
            )
        })
        .collect();
    format!(
        "Session {{ plans: Cow::Borrowed(&[{}]) }}\n",
        plans.join(", ")
    )
}
