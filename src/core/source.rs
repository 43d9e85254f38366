//! Reads the editable content files (TOML and Markdown with front matter)
//! into the content model. Runs in `build.rs` and in `cargo test`, never in
//! the browser: the app embeds the result, so it ships no TOML or Markdown
//! parser.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Options, Parser, Tag};
use serde::Deserialize;

use super::content::{
    Cell, Choice, Content, Guidance, Kind, LevelText, Question, ReadinessText, Resource, StepText,
    Value,
};
use super::content_error::{check_url, ContentError};
use super::lang::{Lang, Text, Translated};
use super::level::Level;
use super::readiness::Readiness;
use super::source_previous::{read_previous, RawPreviousFile, RawPreviousQuestion};
use super::step::Step;
use super::validate::{validate, Origins};

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
/// `previous/N/*.toml`: the shape of content version N and its map onto now.
pub const PREVIOUS_DIR: &str = "previous/";

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

    let mut origins = Origins {
        content_file: main_name,
        question_files: BTreeMap::new(),
        resource_files,
        questions_dir: named(QUESTIONS_DIR),
        guidance_dir: named(GUIDANCE_DIR),
    };

    let mut question_files: Vec<&SourceFile> = files
        .iter()
        .filter(|file| file.path.starts_with(QUESTIONS_DIR) && file.path.ends_with(".toml"))
        .collect();
    // File order is the order of the wizard: 1-agenda.toml, 2-drafting.toml, ...
    question_files.sort_by(|a, b| a.path.cmp(&b.path));
    for file in question_files {
        let name = named(&file.path);
        for question in read_question_file(&name, &file.text, &mut errors) {
            origins
                .question_files
                .insert(question.id.clone(), name.clone());
            content.questions.push(question);
        }
    }

    let mut guidance = BTreeMap::new();
    for file in files
        .iter()
        .filter(|file| file.path.starts_with(GUIDANCE_DIR))
    {
        let name = named(&file.path);
        if let Some((key, page)) = read_guidance_file(&name, &file.path, &file.text, &mut errors) {
            guidance.insert(key, (name, page));
        }
    }
    attach_guidance(&mut content, guidance, &origins, &mut errors);

    let mut previous: BTreeMap<u32, Vec<(String, RawPreviousQuestion)>> = BTreeMap::new();
    let mut previous_files: Vec<&SourceFile> = files
        .iter()
        .filter(|file| file.path.starts_with(PREVIOUS_DIR) && file.path.ends_with(".toml"))
        .collect();
    previous_files.sort_by(|a, b| a.path.cmp(&b.path));
    for file in previous_files {
        let name = named(&file.path);
        let rest = file.path.strip_prefix(PREVIOUS_DIR).unwrap_or_default();
        let version = rest.split('/').next().and_then(|v| v.parse::<u32>().ok());
        let Some(version) = version.filter(|v| *v > 0 && *v < content.version) else {
            errors.push(ContentError::new(
                &name,
                "",
                format!(
                    "belongs in previous/N/ with N an earlier content version (1-{})",
                    content.version.saturating_sub(1)
                ),
            ));
            continue;
        };
        if let Some(raw) = parse_toml::<RawPreviousFile>(&name, &file.text, &mut errors) {
            let list = previous.entry(version).or_default();
            list.extend(raw.question.into_iter().map(|q| (name.clone(), q)));
        }
    }
    for (version, questions) in previous {
        content
            .previous
            .push(read_previous(&content, version, questions, &mut errors));
    }

    errors.extend(validate(&content, &origins));
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
struct RawText<T = String> {
    tr: Option<T>,
    en: Option<T>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    value: Option<u8>,
    name: Option<RawText>,
    meaning: Option<RawText>,
    next: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReadiness {
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
struct Fields<'a> {
    file: &'a str,
    item: String,
    errors: &'a mut Vec<ContentError>,
}

impl Fields<'_> {
    fn error(&mut self, field: &str, message: impl Into<String>) {
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

    fn string(&mut self, field: &str, value: Option<String>) -> String {
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

    fn text(&mut self, field: &str, value: Option<RawText>) -> Text {
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

    fn step(&mut self, field: &str, value: Option<String>) -> Option<Step> {
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
    for (i, raw) in raw.level.into_iter().enumerate() {
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
        };
        if level.is_some() {
            content.levels.push(text);
        }
    }
    for (i, raw) in raw.readiness.into_iter().enumerate() {
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
            content.readiness.push(ReadinessText {
                value,
                name,
                meaning,
            });
        }
    }
    for (i, raw) in raw.step.into_iter().enumerate() {
        let mut fields = Fields {
            file,
            item: format!("step #{}", i + 1),
            errors,
        };
        let step = fields.step("id", raw.id);
        let name = fields.text("name", raw.name);
        let description = fields.text("description", raw.description);
        let discussion = fields.text("discussion", raw.discussion);
        if let Some(step) = step {
            content.steps.push(StepText {
                step,
                name,
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

fn read_question_file(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Vec<Question> {
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

// ---------------------------------------------------------------------------
// guidance/LANG/QID.CID.md

/// (language, question id, choice id)
type GuidanceKey = (Lang, String, String);

fn read_guidance_file(
    file: &str,
    path: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<(GuidanceKey, Guidance)> {
    let mut fields = Fields {
        file,
        item: String::new(),
        errors,
    };
    let rest = path.strip_prefix(GUIDANCE_DIR).unwrap_or(path);
    let (lang_code, name) = rest.split_once('/').unwrap_or(("", rest));
    let Some(lang) = Lang::from_code(lang_code) else {
        fields.error("", "guidance files belong in guidance/tr/ or guidance/en/");
        return None;
    };
    let Some((question_id, choice_id)) = name
        .strip_suffix(".md")
        .and_then(|stem| stem.split_once('.'))
    else {
        fields.error(
            "",
            "a guidance file is named QUESTION.CHOICE.md, e.g. agenda-1.c.md",
        );
        return None;
    };

    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let Some((front, body)) = text.strip_prefix("---\n").and_then(|rest| {
        rest.split_once("\n---\n")
            .or_else(|| rest.strip_suffix("\n---").map(|front| (front, "")))
    }) else {
        fields.error(
            "front matter",
            "the file must start with front matter between two --- lines",
        );
        return None;
    };

    let mut values: BTreeMap<&str, String> = BTreeMap::new();
    for line in front.lines().filter(|line| !line.trim().is_empty()) {
        match line.split_once(':') {
            Some((key, value)) if FRONT_KEYS.contains(&key.trim()) => {
                values.insert(key.trim(), value.trim().to_owned());
            }
            Some((key, _)) => fields.error(
                key.trim(),
                format!(
                    "unknown front matter key (expected {})",
                    FRONT_KEYS.join(", ")
                ),
            ),
            None => fields.error(
                "front matter",
                format!("\"{line}\" is not a `key: value` line"),
            ),
        }
    }
    let mut take = |fields: &mut Fields, key: &str| fields.string(key, values.remove(key));
    let title = take(&mut fields, "title");
    let next = take(&mut fields, "next");
    let named_question = take(&mut fields, "question_id");
    let named_choice = take(&mut fields, "choice_id");
    let resources: Vec<String> = take(&mut fields, "resources")
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect();
    if named_question != question_id || named_choice != choice_id {
        fields.error(
            "question_id",
            format!("says {named_question}.{named_choice} but the file name says {question_id}.{choice_id}"),
        );
    }
    let html = render_markdown(&mut fields, body);
    Some((
        (lang, question_id.to_owned(), choice_id.to_owned()),
        Guidance {
            title,
            html,
            next,
            resources,
        },
    ))
}

const FRONT_KEYS: [&str; 5] = ["title", "question_id", "choice_id", "resources", "next"];

/// Renders the body to HTML, refusing what the app must never show: raw
/// HTML, images, headings (the app gives the structure) and non-https links.
fn render_markdown(fields: &mut Fields, body: &str) -> String {
    if body.trim().is_empty() {
        fields.error("body", "is empty");
        return String::new();
    }
    let events: Vec<Event> = Parser::new_ext(body, Options::empty()).collect();
    for event in &events {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                fields.error("body", "raw HTML is not allowed")
            }
            Event::Start(Tag::Image { .. }) => fields.error("body", "images are not allowed"),
            Event::Start(Tag::Heading { .. }) => fields.error("body", "headings are not allowed"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Err(problem) = check_url(dest_url) {
                    fields.error("body", format!("link {dest_url}: {problem}"));
                }
            }
            _ => {}
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html.trim_end().to_owned()
}

fn attach_guidance(
    content: &mut Content,
    mut guidance: BTreeMap<GuidanceKey, (String, Guidance)>,
    origins: &Origins,
    errors: &mut Vec<ContentError>,
) {
    for question in &mut content.questions {
        for choice in &mut question.choices {
            for lang in Lang::ALL {
                let key = (lang, question.id.clone(), choice.id.clone());
                let page = match guidance.remove(&key) {
                    Some((_, page)) => page,
                    None => {
                        errors.push(ContentError::new(
                            &origins.guidance_file(lang, &question.id, &choice.id),
                            "",
                            format!(
                                "is missing: question \"{}\", choice \"{}\" needs guidance in {}",
                                question.id,
                                choice.id,
                                lang.code()
                            ),
                        ));
                        Guidance::default()
                    }
                };
                match lang {
                    Lang::Tr => choice.guidance.tr = page,
                    Lang::En => choice.guidance.en = page,
                }
            }
        }
    }
    for ((_, question, choice), (file, _)) in guidance {
        errors.push(ContentError::new(
            &file,
            "",
            format!(
                "no question \"{question}\" with a choice \"{choice}\" exists for this guidance"
            ),
        ));
    }
}
