//! The content model: questions, choices, guidance, levels, steps, matrix
//! cells and resources, as the app uses them. It is built from the editable
//! files under `assets/content/` by `source.rs` at build time and embedded as
//! compact JSON (see `embedded.rs`).

use serde::{Deserialize, Serialize};

use super::lang::{Text, Translated};
use super::level::Level;
use super::readiness::Readiness;
use super::role::Role;
use super::step::Step;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// Raised whenever questions or choices change; share codes carry it.
    pub version: u32,
    pub levels: Vec<LevelText>,
    /// The readiness scale's names (weak, developing, strong).
    pub readiness: Vec<ReadinessText>,
    pub steps: Vec<StepText>,
    pub cells: Vec<Cell>,
    pub resources: Vec<Resource>,
    pub questions: Vec<Question>,
    /// Earlier content versions: enough of their shape to read their codes
    /// and records, and where each of their answers goes now.
    #[serde(default)]
    pub previous: Vec<Previous>,
    /// Whose questions `questions` are: the NGO bank, unless this is the
    /// institution's view (see `for_role`).
    #[serde(default, skip_serializing_if = "Role::is_ngo")]
    pub role: Role,
    /// The public institution's question bank, when it has arrived (it is
    /// a part of its own, read by `content_parts::BankPart`: an NGO
    /// volunteer never downloads it, nor the code that reads it).
    #[serde(skip)]
    pub institution: Option<Bank>,
}

/// A second question bank on the same frame (levels, steps, cells,
/// resources), with its own version and earlier versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bank {
    pub version: u32,
    pub questions: Vec<Question>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous: Vec<Previous>,
    /// The levels and the readiness scale as an institution reads them
    /// (same names, its own meanings and next steps).
    pub levels: Vec<LevelText>,
    pub readiness: Vec<ReadinessText>,
    /// Per matrix step, what a mixed room discusses where the sides differ.
    pub gaps: Vec<GapText>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapText {
    pub step: Step,
    pub prompt: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One choice (a radio group).
    Single,
    /// Any number of choices (checkboxes); the highest level counts.
    Multiple,
}

/// What choosing a choice says: a level of participation (matrix steps), a
/// readiness value (the readiness area), or one of the two answers that
/// count towards nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Level(Level),
    Readiness(Readiness),
    /// "Bilmiyorum": itself a finding, reported per step.
    DontKnow,
    /// "Bizim için geçerli değil".
    NotApplicable,
}

impl Value {
    pub const DONT_KNOW: &'static str = "dont-know";
    pub const NOT_APPLICABLE: &'static str = "not-applicable";

    pub fn level(self) -> Option<Level> {
        match self {
            Value::Level(level) => Some(level),
            _ => None,
        }
    }

    pub fn readiness(self) -> Option<Readiness> {
        match self {
            Value::Readiness(readiness) => Some(readiness),
            _ => None,
        }
    }

    /// Its place on its area's scale (a level 0-4, readiness 0-2); `None`
    /// for the two answers that are not counted.
    pub fn rank(self) -> Option<u8> {
        match self {
            Value::Level(level) => Some(level.value()),
            Value::Readiness(readiness) => Some(readiness.value()),
            Value::DontKnow | Value::NotApplicable => None,
        }
    }

    /// The word editors write (`level = ...`), numbers aside.
    pub fn word(self) -> Option<&'static str> {
        match self {
            Value::Level(_) => None,
            Value::Readiness(readiness) => Some(readiness.word()),
            Value::DontKnow => Some(Value::DONT_KNOW),
            Value::NotApplicable => Some(Value::NOT_APPLICABLE),
        }
    }

    pub fn from_word(word: &str) -> Option<Value> {
        match word {
            Value::DONT_KNOW => Some(Value::DontKnow),
            Value::NOT_APPLICABLE => Some(Value::NotApplicable),
            _ => Readiness::from_word(word).map(Value::Readiness),
        }
    }
}

// Embedded as editors write it: a level as its number, the rest as words.
impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self, self.word()) {
            (Value::Level(level), _) => level.serialize(serializer),
            (_, Some(word)) => serializer.serialize_str(word),
            (_, None) => serializer.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u8),
            Word(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Number(n) => Level::from_value(n)
                .map(Value::Level)
                .ok_or_else(|| serde::de::Error::custom(format!("level {n} is not 0-4"))),
            Raw::Word(word) => Value::from_word(&word)
                .ok_or_else(|| serde::de::Error::custom(format!("\"{word}\" is not a value"))),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub step: Step,
    pub kind: Kind,
    pub prompt: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    pub choices: Vec<Choice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub value: Value,
    pub label: Text,
    pub guidance: Translated<Guidance>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Guidance {
    pub title: String,
    /// What the practice means at its level, as HTML rendered at build time
    /// from the validated Markdown of the content files.
    pub html: String,
    /// One concrete next step toward the next level.
    pub next: String,
    pub resources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelText {
    pub level: Level,
    pub name: Text,
    pub meaning: Text,
    /// How to reach the next level.
    pub next: Text,
    /// What the NGO does at this level, as the summary's sentence says it
    /// after "... adımında" / "in ...": "düzenli diyalog kuruyorsunuz".
    pub reading: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReadinessText {
    pub value: Readiness,
    pub name: Text,
    pub meaning: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepText {
    pub step: Step,
    pub name: Text,
    /// The name inside a sentence: "gündem belirleme", "agenda setting".
    pub short: Text,
    pub description: Text,
    /// Open questions a trainer projects beside the room's picture.
    pub discussion: Text,
}

/// One cell of the civil participation matrix: example mechanisms, based on
/// the CoE Code of Good Practice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub step: Step,
    pub level: Level,
    pub mechanisms: Translated<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub url: String,
    pub publisher: String,
    pub language: String,
    pub kind: String,
}

/// An earlier content version, as far as reading its answers needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Previous {
    pub version: u32,
    pub questions: Vec<PreviousQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviousQuestion {
    pub id: String,
    pub kind: Kind,
    /// Its choice ids, in that version's order.
    pub choices: Vec<String>,
    /// Per choice: the (question, choice) indices in this content of the
    /// choice with the same meaning, or `None` when its answer is not
    /// carried over.
    pub to: Vec<Option<(usize, usize)>>,
}

impl Content {
    /// The content as `role` answers it: the same frame with that role's
    /// questions. `None` for the institution while its bank has not arrived.
    pub fn for_role(&self, role: Role) -> Option<Content> {
        match role {
            Role::Ngo if self.role == Role::Ngo => Some(Content {
                institution: None,
                ..self.clone()
            }),
            Role::Ngo => None,
            Role::Institution => {
                let bank = self.institution.as_ref()?;
                let or = |own: &Vec<LevelText>| {
                    if own.is_empty() {
                        self.levels.clone()
                    } else {
                        own.clone()
                    }
                };
                Some(Content {
                    version: bank.version,
                    levels: or(&bank.levels),
                    readiness: if bank.readiness.is_empty() {
                        self.readiness.clone()
                    } else {
                        bank.readiness.clone()
                    },
                    steps: self.steps.clone(),
                    cells: self.cells.clone(),
                    resources: self.resources.clone(),
                    questions: bank.questions.clone(),
                    previous: bank.previous.clone(),
                    role: Role::Institution,
                    institution: None,
                })
            }
        }
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn questions_of(&self, step: Step) -> impl Iterator<Item = &Question> {
        self.questions
            .iter()
            .filter(move |question| question.step == step)
    }

    pub fn readiness_text(&self, value: Readiness) -> Option<&ReadinessText> {
        self.readiness.iter().find(|text| text.value == value)
    }

    pub fn previous_version(&self, version: u32) -> Option<&Previous> {
        self.previous
            .iter()
            .find(|previous| previous.version == version)
    }

    /// What a mixed room discusses in `step` where the two sides differ
    /// (from the institution's bank, when it is here).
    pub fn gap_text(&self, step: Step) -> Option<&GapText> {
        self.institution
            .as_ref()?
            .gaps
            .iter()
            .find(|gap| gap.step == step)
    }

    pub fn level_text(&self, level: Level) -> Option<&LevelText> {
        self.levels.iter().find(|text| text.level == level)
    }

    pub fn step_text(&self, step: Step) -> Option<&StepText> {
        self.steps.iter().find(|text| text.step == step)
    }

    pub fn cell(&self, step: Step, level: Level) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|cell| cell.step == step && cell.level == level)
    }

    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|resource| resource.id == id)
    }
}

impl Question {
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|choice| choice.id == id)
    }

    pub fn choice_index(&self, id: &str) -> Option<usize> {
        self.choices.iter().position(|choice| choice.id == id)
    }
}

impl Content {
    /// The resources the guidance links for a step and/or a level, in the
    /// order of `content.toml`; with neither, all of them.
    pub fn resources_for(&self, step: Option<Step>, level: Option<Level>) -> Vec<&Resource> {
        let linked = |id: &str| {
            self.questions
                .iter()
                .filter(|question| step.is_none_or(|step| question.step == step))
                .flat_map(|question| &question.choices)
                .filter(|choice| level.is_none_or(|level| choice.value.level() == Some(level)))
                .any(|choice| {
                    choice
                        .guidance
                        .tr
                        .resources
                        .iter()
                        .chain(&choice.guidance.en.resources)
                        .any(|r| r == id)
                })
        };
        self.resources
            .iter()
            .filter(|resource| linked(&resource.id))
            .collect()
    }
}
