//! A workshop room: the trainer's collection of participants' share codes,
//! and its anonymous picture: per step, how many are at each level.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::level::Level;
use super::paste::Pasted;
use super::scoring::{score, Answers};
use super::share_code::decode;
use super::step::Step;

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
        for found in &pasted.found {
            if self.codes.contains(&found.canonical) {
                report.repeated += 1;
            } else {
                self.codes.push(found.canonical.clone());
                report.added += 1;
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

/// How a room is spread over the levels in one area: index 0 is "not
/// assessed", 1-5 are levels 0-4. The counts add up to the participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub step: Step,
    pub counts: [usize; 6],
}

impl Spread {
    pub fn slot(level: Option<Level>) -> usize {
        level.map_or(0, |level| usize::from(level.value()) + 1)
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Percent of the room, rounded to one decimal.
    pub fn percent(&self, slot: usize) -> f64 {
        let total = self.total();
        if total == 0 {
            return 0.0;
        }
        let count = self.counts.get(slot).copied().unwrap_or(0);
        (count as f64 * 1000.0 / total as f64).round() / 10.0
    }
}

/// The room's anonymous picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub participants: usize,
    /// The six steps, then readiness.
    pub spreads: Vec<Spread>,
}

pub fn aggregate(content: &Content, participants: &[Answers]) -> Picture {
    let mut spreads: Vec<Spread> = Step::ALL
        .into_iter()
        .map(|step| Spread {
            step,
            counts: [0; 6],
        })
        .collect();
    for answers in participants {
        let profile = score(content, answers);
        for result in profile.steps.iter().chain([&profile.readiness]) {
            if let Some(spread) = spreads.iter_mut().find(|spread| spread.step == result.step) {
                if let Some(count) = spread.counts.get_mut(Spread::slot(result.level)) {
                    *count += 1;
                }
            }
        }
    }
    Picture {
        participants: participants.len(),
        spreads,
    }
}
