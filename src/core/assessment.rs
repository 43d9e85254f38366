//! The assessment record: what is saved on the device, exported as a JSON
//! file and imported back. Imports are untrusted: every problem is a typed
//! error and nothing is half-read.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::answering::set;
use super::content::{Content, Question};
use super::lang::Lang;
use super::migrate::carry_answers;
use super::plan::Plan;
use super::role::Role;
use super::scoring::Answers;
use super::share_code::TAG_MASK;
use super::versioned::{read, Versioned};

/// Raised when the record's shape changes; older records are migrated.
/// 2: `answered`, when each answer last changed (schema 1 had none).
pub const SCHEMA_VERSION: u32 = 2;
/// An exported assessment is a few KB; refuse anything far larger unread.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;
/// Names are for people, not for storing documents.
pub const MAX_NAME_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub schema_version: u32,
    /// The version of its role's question bank.
    pub content_version: u32,
    pub language: Lang,
    /// On whose behalf it is made; records made before roles are an NGO's.
    #[serde(default)]
    pub role: Role,
    /// Chosen choice ids by question id.
    pub answers: Answers,
    /// Milliseconds since 1970 (the browser's `Date.now()`).
    pub created: u64,
    pub updated: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The share code's participant tag (see share_code.rs).
    #[serde(default)]
    pub tag: u32,
    /// When each question's answer last changed (also when it was cleared),
    /// in ms: two tabs on one assessment keep the newer answer of each.
    #[serde(default)]
    pub answered: std::collections::BTreeMap<String, u64>,
    /// The answers as first made, when they were made with an earlier
    /// content version and carried onto this one: kept, never lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<Earlier>,
    /// The NGO's action plan (see plan.rs): in the file, never in a code.
    #[serde(default, skip_serializing_if = "unused")]
    pub plan: Plan,
}

/// A plan never touched is left out of the file; one emptied is kept, so
/// that the emptying wins over an older copy in another tab.
fn unused(plan: &Plan) -> bool {
    plan.items.is_empty() && plan.updated == 0
}

/// An assessment's answers under the content version they were made with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earlier {
    pub content_version: u32,
    pub answers: Answers,
    /// Its questions whose answer has no place in the current version.
    pub not_carried: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON, or JSON of another shape; the parser's words for where.
    NotAnAssessment {
        detail: String,
    },
    /// Written by a newer version of the app: keep it, do not guess.
    NewerSchema {
        found: u32,
    },
    UnknownQuestion {
        question: String,
    },
    UnknownChoice {
        question: String,
        choice: String,
    },
    /// More than one choice for a single-choice question.
    TooManyChoices {
        question: String,
    },
    NameTooLong,
    /// Made for the other role's questions than those it was read with.
    OtherRole {
        found: Role,
    },
    /// The action plan is damaged (too many items, a bad month, ...).
    BadPlan {
        detail: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(f, "file too large ({bytes} bytes)"),
            ImportError::NotAnAssessment { detail } => {
                write!(f, "not an assessment file: {detail}")
            }
            ImportError::NewerSchema { found } => {
                write!(f, "made by a newer version of the app (schema {found})")
            }
            ImportError::UnknownQuestion { question } => write!(f, "unknown question {question}"),
            ImportError::UnknownChoice { question, choice } => {
                write!(f, "question {question} has no choice {choice}")
            }
            ImportError::TooManyChoices { question } => {
                write!(f, "question {question} takes one choice")
            }
            ImportError::NameTooLong => write!(f, "name longer than {MAX_NAME_CHARS} characters"),
            ImportError::OtherRole { found } => write!(f, "made for the {} questions", found.id()),
            ImportError::BadPlan { detail } => write!(f, "action plan: {detail}"),
        }
    }
}

/// A well-mixed 20-bit tag from the creation time (splitmix64): people who
/// start in different milliseconds get unrelated tags.
pub fn tag_from_time(now: u64) -> u32 {
    let mut z = now.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    u32::try_from((z ^ (z >> 31)) & u64::from(TAG_MASK)).unwrap_or(0)
}

impl Assessment {
    pub fn new(content: &Content, language: Lang, now: u64) -> Self {
        Assessment {
            schema_version: SCHEMA_VERSION,
            content_version: content.version,
            language,
            role: content.role,
            answers: Answers::new(),
            created: now,
            updated: now,
            name: None,
            tag: tag_from_time(now),
            answered: Default::default(),
            earlier: None,
            plan: Plan::default(),
        }
    }

    /// Records the user setting `choice` of `question` to `on`.
    pub fn answer(&mut self, question: &Question, choice: &str, on: bool, now: u64) {
        set(&mut self.answers, question, choice, on);
        self.answered.insert(question.id.clone(), now);
        self.updated = self.updated.max(now);
    }

    /// Takes from `other` (the same assessment, changed elsewhere) every
    /// answer it changed later than this one did.
    pub fn merge(&mut self, other: &Assessment) {
        for (question, &at) in &other.answered {
            if self.answered.get(question).is_some_and(|&mine| mine >= at) {
                continue;
            }
            match other.answers.get(question) {
                Some(chosen) => self.answers.insert(question.clone(), chosen.clone()),
                None => self.answers.remove(question),
            };
            self.answered.insert(question.clone(), at);
        }
        if other.updated > self.updated {
            self.name.clone_from(&other.name);
            self.updated = other.updated;
        }
        self.plan.merge(&other.plan);
    }

    pub fn to_json(&self) -> String {
        // A struct of strings, numbers and maps always serialises.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The role a record says it was made for, before it is read whole
    /// (to pick the content to read it with); an NGO's when it says none.
    pub fn role_of(text: &str) -> Role {
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            role: Role,
        }
        serde_json::from_str::<Head>(text.trim_start_matches('\u{feff}'))
            .map(|head| head.role)
            .unwrap_or_default()
    }

    /// Reads an exported or stored assessment and checks it against the
    /// content (of its role: see `role_of`). Ids are stable across content versions, so a record made for
    /// another version is accepted as long as every answer still resolves.
    pub fn from_json(content: &Content, text: &str) -> Result<Assessment, ImportError> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(ImportError::TooLarge { bytes: text.len() });
        }
        let mut assessment: Assessment = match read(text, SCHEMA_VERSION) {
            Versioned::Readable(assessment) => assessment,
            Versioned::Newer(found) => return Err(ImportError::NewerSchema { found }),
            Versioned::Unreadable(detail) => return Err(ImportError::NotAnAssessment { detail }),
        };
        if assessment.role != content.role {
            return Err(ImportError::OtherRole {
                found: assessment.role,
            });
        }
        if let Some(previous) = content
            .previous_version(assessment.content_version)
            .filter(|_| assessment.earlier.is_none())
        {
            // Made with an earlier version: carry what still fits, keep it all.
            let carried = carry_answers(content, previous, &assessment.answers);
            let when = |question: &str| {
                assessment
                    .answered
                    .get(question)
                    .copied()
                    .unwrap_or(assessment.updated)
            };
            // Each carried answer keeps the time of the answer it came from.
            let mut answered = std::collections::BTreeMap::new();
            for (old, chosen) in &assessment.answers {
                for current in targets(content, previous, old, chosen) {
                    if carried.answers.contains_key(&current) {
                        let at: &mut u64 = answered.entry(current).or_default();
                        *at = (*at).max(when(old));
                    }
                }
            }
            assessment.earlier = Some(Earlier {
                content_version: assessment.content_version,
                answers: std::mem::take(&mut assessment.answers),
                not_carried: carried.not_carried,
            });
            assessment.answers = carried.answers;
            assessment.answered = answered;
        }
        assessment.check(content)?;
        assessment.answers.retain(|_, chosen| !chosen.is_empty());
        if assessment.schema_version < 2 && assessment.earlier.is_none() {
            // Schema 1 knew only the record's last change.
            let updated = assessment.updated;
            assessment.answered = assessment
                .answers
                .keys()
                .map(|question| (question.clone(), updated))
                .collect();
        }
        assessment
            .answered
            .retain(|question, _| content.question(question).is_some());
        assessment.schema_version = SCHEMA_VERSION;
        assessment.content_version = content.version;
        Ok(assessment)
    }

    /// How many of the earlier version's answers were carried, and how many
    /// were not (their questions changed): for the note beside the result.
    pub fn carried_counts(&self) -> Option<(usize, usize)> {
        let earlier = self.earlier.as_ref()?;
        let not = earlier.not_carried.len();
        Some((earlier.answers.len().saturating_sub(not), not))
    }

    fn check(&self, content: &Content) -> Result<(), ImportError> {
        if self
            .name
            .as_ref()
            .is_some_and(|name| name.chars().count() > MAX_NAME_CHARS)
        {
            return Err(ImportError::NameTooLong);
        }
        self.plan.check().map_err(|error| ImportError::BadPlan {
            detail: error.to_string(),
        })?;
        for (question_id, chosen) in &self.answers {
            let question =
                content
                    .question(question_id)
                    .ok_or_else(|| ImportError::UnknownQuestion {
                        question: question_id.clone(),
                    })?;
            if question.kind == super::content::Kind::Single && chosen.len() > 1 {
                return Err(ImportError::TooManyChoices {
                    question: question_id.clone(),
                });
            }
            if let Some(choice) = chosen.iter().find(|id| question.choice(id).is_none()) {
                return Err(ImportError::UnknownChoice {
                    question: question_id.clone(),
                    choice: choice.clone(),
                });
            }
        }
        Ok(())
    }
}

/// The current questions an earlier question's chosen answers went to.
fn targets(
    content: &Content,
    previous: &super::content::Previous,
    question: &str,
    chosen: &[String],
) -> Vec<String> {
    let Some(earlier) = previous.questions.iter().find(|q| q.id == question) else {
        return Vec::new();
    };
    chosen
        .iter()
        .filter_map(|id| earlier.choices.iter().position(|choice| choice == id))
        .filter_map(|at| earlier.to.get(at).copied().flatten())
        .filter_map(|(index, _)| content.questions.get(index).map(|q| q.id.clone()))
        .collect()
}
