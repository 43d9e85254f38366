//! The content model: questions, choices, guidance, levels, steps, matrix
//! cells and resources, as the app uses them. It is built from the editable
//! files under `assets/content/` by `source.rs` at build time and embedded as
//! compact JSON (see `embedded.rs`).

use serde::{Deserialize, Serialize};

use super::lang::{Text, Translated};
use super::level::Level;
use super::step::Step;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// Raised whenever questions or choices change; share codes carry it.
    pub version: u32,
    pub levels: Vec<LevelText>,
    pub steps: Vec<StepText>,
    pub cells: Vec<Cell>,
    pub resources: Vec<Resource>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One choice (a radio group).
    Single,
    /// Any number of choices (checkboxes); the highest level counts.
    Multiple,
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
    /// `None` is "don't know / not applicable": kept, never scored.
    pub level: Option<Level>,
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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepText {
    pub step: Step,
    pub name: Text,
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

impl Content {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn questions_of(&self, step: Step) -> impl Iterator<Item = &Question> {
        self.questions
            .iter()
            .filter(move |question| question.step == step)
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
                .filter(|choice| level.is_none_or(|level| choice.level == Some(level)))
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
