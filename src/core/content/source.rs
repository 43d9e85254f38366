//! Reads the editable content files (TOML and Markdown with front matter)
//! into the content model. Runs in `build.rs` and in `cargo test`, never in
//! the browser: the app embeds the result, so it ships no TOML or Markdown
//! parser.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::{
    Bank, Cell, Choice, Content, Kind, LevelText, Question, ReadinessText, Resource, StepText,
    Value,
};
use super::content_error::{check_url, ContentError};
use super::lang::{Lang, Text, Translated};
use super::level::Level;
use super::readiness::Readiness;
use super::source_bank::{read_bank, read_bank_frame};
use super::source_previous::read_all_previous;
use super::step::Step;
use super::validate::validate;

/// One content file: its path (as shown in messages) and its text.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

pub const CONTENT_FILE: &str = "content.toml";
/// More `[[resource]]` tables, kept apart from the frame for editing.
pub const RESOURCES_FILE: &str = "resources.toml";
pub const QUESTIONS_DIR: &str = "questions/";
pub const GUIDANCE_DIR: &str = "guidance/";
/// The public institution's bank: `institution/questions/`, `institution/guidance/`.
pub const INSTITUTION_DIR: &str = "institution/";

/// Builds and validates the content from the files of `assets/content/`,
/// given with paths relative to that folder (prefixed by `root` in messages).
pub fn load(root: &str, files: &[SourceFile]) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let named = |path: &str| format!("{root}{path}");

    let Some(main) = files.iter().find(|file| file.path == CONTENT_FILE) else {
        return Err(vec![ContentError::new(
            &named(CONTENT_FILE),
            "",
            "file is missing",
        )]);
    };
    let main_name = named(&main.path);
    let mut content = read_content_file(&main_name, &main.text, &mut errors);
    let mut resource_files = BTreeMap::new();
    if let Some(more) = files.iter().find(|file| file.path == RESOURCES_FILE) {
        let name = named(&more.path);
        if let Some(raw) = parse_toml::<RawResourcesFile>(&name, &more.text, &mut errors) {
            let first = content.resources.len();
            read_resources(&name, raw.resource, first, &mut content, &mut errors);
            for resource in content.resources.iter().skip(first) {
                resource_files.insert(resource.id.clone(), name.clone());
            }
        }
    }
    if !errors.is_empty() {
        // Everything else refers to content.toml: report its own problems alone.
        return Err(errors);
    }

    let mut origins = read_bank(root, "", files, &mut content, &mut errors);
    origins.resource_files.clone_from(&resource_files);
    read_all_previous(&mut content, root, files, &mut errors);
    let mut institution = Content {
        questions: Vec::new(),
        ..content.clone()
    };
    let mut institution_origins =
        read_bank(root, INSTITUTION_DIR, files, &mut institution, &mut errors);
    institution_origins.resource_files = resource_files;
    let version = content.institution.as_ref().map_or(0, |bank| bank.version);
    let mut bank = Bank {
        version,
        questions: institution.questions,
        previous: Vec::new(),
        levels: Vec::new(),
        readiness: Vec::new(),
        gaps: Vec::new(),
    };
    read_bank_frame(root, files, &content, &mut bank, &mut errors);
    content.institution = Some(bank);

    errors.extend(validate(&content, &origins, &institution_origins));
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

// ---------------------------------------------------------------------------
// content.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContentFile {
    content_version: Option<u32>,
    /// The institution bank's own version (its codes carry it).
    institution_version: Option<u32>,
    #[serde(default)]
    level: Vec<RawLevel>,
    #[serde(default)]
    readiness: Vec<RawReadiness>,
    #[serde(default)]
    step: Vec<RawStep>,
    #[serde(default)]
    cell: Vec<RawCell>,
    #[serde(default)]
    resource: Vec<RawResource>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawText<T = String> {
    tr: Option<T>,
    en: Option<T>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevel {
    value: Option<u8>,
    name: Option<RawText>,
    meaning: Option<RawText>,
    next: Option<RawText>,
    reading: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReadiness {
    value: Option<String>,
    name: Option<RawText>,
    meaning: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResourcesFile {
    #[serde(default)]
    resource: Vec<RawResource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Option<String>,
    name: Option<RawText>,
    short: Option<RawText>,
    description: Option<RawText>,
    discussion: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCell {
    step: Option<String>,
    level: Option<u8>,
    mechanisms: Option<RawText<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResource {
    id: Option<String>,
    title: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
    language: Option<String>,
    kind: Option<String>,
}

/// Reads fields of one item, naming the file and the item in every error.
pub(super) struct Fields<'a> {
    pub file: &'a str,
    pub item: String,
    pub errors: &'a mut Vec<ContentError>,
}

impl Fields<'_> {
    pub fn error(&mut self, field: &str, message: impl Into<String>) {
        let place = if self.item.is_empty() {
            field.to_owned()
        } else if field.is_empty() {
            self.item.clone()
        } else {
            format!("{}: {field}", self.item)
        };
        self.errors
            .push(ContentError::new(self.file, place, message));
    }

    pub fn string(&mut self, field: &str, value: Option<String>) -> String {
        match value {
            Some(value) if !value.trim().is_empty() => value.trim().to_owned(),
            Some(_) => {
                self.error(field, "is empty");
                String::new()
            }
            None => {
                self.error(field, "is missing");
                String::new()
            }
        }
    }

    pub(super) fn text(&mut self, field: &str, value: Option<RawText>) -> Text {
        let value = value.unwrap_or_default();
        Text {
            tr: self.string(&format!("{field}.tr"), value.tr),
            en: self.string(&format!("{field}.en"), value.en),
        }
    }

    fn list(&mut self, field: &str, value: Option<Vec<String>>) -> Vec<String> {
        let items = value.unwrap_or_default();
        if items.is_empty() {
            self.error(field, "needs at least one entry");
        }
        items
            .into_iter()
            .map(|item| self.string(field, Some(item)))
            .collect()
    }

    pub(super) fn step(&mut self, field: &str, value: Option<String>) -> Option<Step> {
        let id = self.string(field, value);
        let step = Step::from_id(&id);
        if step.is_none() && !id.is_empty() {
            self.error(field, format!("\"{id}\" is not a step (agenda, drafting, decision, implementation, monitoring, reformulation, readiness)"));
        }
        step
    }

    fn level(&mut self, field: &str, value: Option<u8>) -> Option<Level> {
        match value {
            None => {
                self.error(field, "is missing");
                None
            }
            Some(value) => {
                let level = Level::from_value(value);
                if level.is_none() {
                    self.error(field, format!("{value} is not a level (0-4)"));
                }
                level
            }
        }
    }
}

pub(super) fn parse_toml<T: for<'de> Deserialize<'de>>(
    file: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    toml::from_str(text)
        .map_err(|error| {
            let message = error.message().to_owned();
            let place = error
                .span()
                .map(|span| {
                    let line = text
                        .get(..span.start)
                        .unwrap_or_default()
                        .matches('\n')
                        .count()
                        + 1;
                    format!("line {line}")
                })
                .unwrap_or_default();
            errors.push(ContentError::new(file, place, message));
        })
        .ok()
}

/// The `[[level]]` tables of `file`.
pub(super) fn read_levels(
    file: &str,
    raws: Vec<RawLevel>,
    errors: &mut Vec<ContentError>,
) -> Vec<LevelText> {
    let mut levels = Vec::new();
    for (i, raw) in raws.into_iter().enumerate() {
        let mut fields = Fields {
            file,
            item: format!("level #{}", i + 1),
            errors,
        };
        let level = fields.level("value", raw.value);
        let text = LevelText {
            level: level.unwrap_or(Level::NotYet),
            name: fields.text("name", raw.name),
            meaning: fields.text("meaning", raw.meaning),
            next: fields.text("next", raw.next),
            reading: fields.text("reading", raw.reading),
        };
        if level.is_some() {
            levels.push(text);
        }
    }
    levels
}

/// The `[[readiness]]` tables of `file`.
pub(super) fn read_readiness(
    file: &str,
    raws: Vec<RawReadiness>,
    errors: &mut Vec<ContentError>,
) -> Vec<ReadinessText> {
    let mut readiness = Vec::new();
    for (i, raw) in raws.into_iter().enumerate() {
        let mut fields = Fields {
            file,
            item: format!("readiness #{}", i + 1),
            errors,
        };
        let word = fields.string("value", raw.value);
        let value = Readiness::from_word(&word);
        if value.is_none() && !word.is_empty() {
            fields.error(
                "value",
                format!("\"{word}\" must be weak, developing or strong"),
            );
        }
        let name = fields.text("name", raw.name);
        let meaning = fields.text("meaning", raw.meaning);
        if let Some(value) = value {
            readiness.push(ReadinessText {
                value,
                name,
                meaning,
            });
        }
    }
    readiness
}

fn read_content_file(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Content {
    let mut content = Content {
        version: 0,
        levels: Vec::new(),
        readiness: Vec::new(),
        steps: Vec::new(),
        cells: Vec::new(),
        resources: Vec::new(),
        questions: Vec::new(),
        previous: Vec::new(),
        role: Default::default(),
        institution: None,
    };
    let Some(raw) = parse_toml::<RawContentFile>(file, text, errors) else {
        return content;
    };
    match raw.content_version {
        Some(version) if version > 0 => content.version = version,
        _ => errors.push(ContentError::new(
            file,
            "content_version",
            "must be set to a whole number above 0",
        )),
    }
    match raw.institution_version {
        Some(version) if version > 0 => {
            content.institution = Some(Bank {
                version,
                questions: Vec::new(),
                previous: Vec::new(),
                levels: Vec::new(),
                readiness: Vec::new(),
                gaps: Vec::new(),
            })
        }
        _ => errors.push(ContentError::new(
            file,
            "institution_version",
            "must be set to a whole number above 0",
        )),
    }
    content.levels = read_levels(file, raw.level, errors);
    content.readiness = read_readiness(file, raw.readiness, errors);
    for (i, raw) in raw.step.into_iter().enumerate() {
        let mut fields = Fields {
            file,
            item: format!("step #{}", i + 1),
            errors,
        };
        let step = fields.step("id", raw.id);
        let name = fields.text("name", raw.name);
        let short = fields.text("short", raw.short);
        let description = fields.text("description", raw.description);
        let discussion = fields.text("discussion", raw.discussion);
        if let Some(step) = step {
            content.steps.push(StepText {
                step,
                name,
                short,
                description,
                discussion,
            });
        }
    }
    for (i, raw) in raw.cell.into_iter().enumerate() {
        let mut fields = Fields {
            file,
            item: format!("cell #{}", i + 1),
            errors,
        };
        let step = fields.step("step", raw.step);
        let level = fields.level("level", raw.level);
        let mechanisms = raw.mechanisms.unwrap_or_default();
        let mechanisms = Translated {
            tr: fields.list("mechanisms.tr", mechanisms.tr),
            en: fields.list("mechanisms.en", mechanisms.en),
        };
        if let (Some(step), Some(level)) = (step, level) {
            content.cells.push(Cell {
                step,
                level,
                mechanisms,
            });
        }
    }
    read_resources(file, raw.resource, 0, &mut content, errors);
    content
}

/// Reads `[[resource]]` tables into the content; `first` counts those read
/// before, so an item without an id is still named by its place.
fn read_resources(
    file: &str,
    raw: Vec<RawResource>,
    first: usize,
    content: &mut Content,
    errors: &mut Vec<ContentError>,
) {
    for (i, raw) in raw.into_iter().enumerate() {
        let item = match &raw.id {
            Some(id) => format!("resource \"{id}\""),
            None => format!("resource #{}", first + i + 1),
        };
        let mut fields = Fields { file, item, errors };
        let resource = Resource {
            id: fields.string("id", raw.id),
            title: fields.string("title", raw.title),
            url: fields.string("url", raw.url),
            publisher: fields.string("publisher", raw.publisher),
            language: fields.string("language", raw.language),
            kind: fields.string("kind", raw.kind),
        };
        if !resource.url.is_empty() {
            if let Err(problem) = check_url(&resource.url) {
                fields.error("url", problem);
            }
        }
        if !resource.language.is_empty() && Lang::from_code(&resource.language).is_none() {
            fields.error("language", "must be \"tr\" or \"en\"");
        }
        if !resource.kind.is_empty() && !RESOURCE_KINDS.contains(&resource.kind.as_str()) {
            fields.error(
                "kind",
                format!("must be one of {}", RESOURCE_KINDS.join(", ")),
            );
        }
        content.resources.push(resource);
    }
}

/// The kinds of resource the resources page can name.
pub const RESOURCE_KINDS: [&str; 5] = ["course", "guide", "standard", "law", "portal"];

// ---------------------------------------------------------------------------
// questions/*.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionFile {
    step: Option<String>,
    #[serde(default)]
    question: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Option<String>,
    kind: Option<String>,
    prompt: Option<RawText>,
    help: Option<RawText>,
    #[serde(default)]
    choice: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: Option<String>,
    level: Option<RawChoiceLevel>,
    label: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawChoiceLevel {
    Number(i64),
    Word(String),
}

const UNCOUNTED: &str = "\"dont-know\" or \"not-applicable\"";

/// A choice's `level`: 0-4 in a step of the matrix; weak, developing or
/// strong in the readiness area; or one of the two uncounted words.
fn choice_value(fields: &mut Fields, step: Step, raw: Option<RawChoiceLevel>) -> Value {
    let expected = if step.in_matrix() {
        format!("0-4 or {UNCOUNTED}")
    } else {
        format!("weak, developing, strong or {UNCOUNTED} (readiness has its own scale)")
    };
    let value = match raw {
        Some(RawChoiceLevel::Number(n)) => u8::try_from(n)
            .ok()
            .and_then(Level::from_value)
            .map(Value::Level),
        Some(RawChoiceLevel::Word(word)) => Value::from_word(&word),
        None => None,
    };
    let fits = |value: &Value| match value {
        Value::Level(_) => step.in_matrix(),
        Value::Readiness(_) => !step.in_matrix(),
        Value::DontKnow | Value::NotApplicable => true,
    };
    match value.filter(fits) {
        Some(value) => value,
        None => {
            fields.error("level", format!("must be {expected}"));
            Value::DontKnow
        }
    }
}

pub(super) fn read_question_file(
    file: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Question> {
    let Some(raw) = parse_toml::<RawQuestionFile>(file, text, errors) else {
        return Vec::new();
    };
    let mut fields = Fields {
        file,
        item: String::new(),
        errors,
    };
    let Some(step) = fields.step("step", raw.step) else {
        return Vec::new();
    };
    if raw.question.is_empty() {
        fields.error("question", "the file has no [[question]]");
    }
    raw.question
        .into_iter()
        .enumerate()
        .map(|(i, raw)| {
            let item = match &raw.id {
                Some(id) => format!("question \"{id}\""),
                None => format!("question #{}", i + 1),
            };
            let mut fields = Fields {
                file,
                item,
                errors: &mut *fields.errors,
            };
            let id = fields.string("id", raw.id);
            let kind = match raw.kind.as_deref() {
                Some("single") => Kind::Single,
                Some("multiple") => Kind::Multiple,
                other => {
                    fields.error(
                        "kind",
                        format!("{other:?} must be \"single\" or \"multiple\""),
                    );
                    Kind::Single
                }
            };
            let prompt = fields.text("prompt", raw.prompt);
            let help = raw.help.map(|help| fields.text("help", Some(help)));
            let question_item = fields.item.clone();
            let choices = raw
                .choice
                .into_iter()
                .enumerate()
                .map(|(j, raw)| {
                    let item = match &raw.id {
                        Some(choice) => format!("{question_item}, choice \"{choice}\""),
                        None => format!("{question_item}, choice #{}", j + 1),
                    };
                    let mut fields = Fields {
                        file,
                        item,
                        errors: &mut *fields.errors,
                    };
                    let id = fields.string("id", raw.id);
                    let value = choice_value(&mut fields, step, raw.level);
                    Choice {
                        id,
                        value,
                        label: fields.text("label", raw.label),
                        guidance: Translated::default(),
                    }
                })
                .collect();
            Question {
                id,
                step,
                kind,
                prompt,
                help,
                choices,
            }
        })
        .collect()
}
