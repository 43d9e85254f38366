//! Whole-bank checks: the rules an editor can break across files (unique ids,
//! every step and level covered, references that resolve). Field-level checks
//! (missing or empty texts, bad URLs) happen while reading, in `source.rs`.

use std::collections::{BTreeMap, BTreeSet};

use super::content::{Content, Question};
use super::content_error::ContentError;
use super::lang::Lang;
use super::level::Level;
use super::step::Step;

/// The most choices a question may have: keeps share codes short.
pub const MAX_CHOICES: usize = 8;
/// Share codes spend 10 bits on the content version.
pub const MAX_CONTENT_VERSION: u32 = 1023;
/// The floors the project set for the bank.
pub const MIN_QUESTIONS_PER_STEP: usize = 3;
pub const MIN_READINESS_QUESTIONS: usize = 4;
pub const GUIDANCE_RESOURCES: std::ops::RangeInclusive<usize> = 1..=3;

/// Which file each part of the content came from, for messages.
pub struct Origins {
    pub content_file: String,
    pub question_files: BTreeMap<String, String>,
    pub questions_dir: String,
    pub guidance_dir: String,
}

impl Origins {
    pub fn question_file(&self, question: &str) -> &str {
        self.question_files
            .get(question)
            .map_or(self.content_file.as_str(), String::as_str)
    }

    pub fn guidance_file(&self, lang: Lang, question: &str, choice: &str) -> String {
        format!(
            "{}{}/{question}.{choice}.md",
            self.guidance_dir,
            lang.code()
        )
    }
}

pub fn validate(content: &Content, origins: &Origins) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let main = origins.content_file.as_str();
    let mut error = |file: &str, field: String, message: String| {
        errors.push(ContentError::new(file, field, message));
    };

    if content.version > MAX_CONTENT_VERSION {
        error(
            main,
            "content_version".into(),
            format!("must be at most {MAX_CONTENT_VERSION}"),
        );
    }
    for level in Level::ALL {
        match content
            .levels
            .iter()
            .filter(|text| text.level == level)
            .count()
        {
            1 => {}
            0 => error(
                main,
                "level".into(),
                format!("level {} has no [[level]] texts", level.value()),
            ),
            _ => error(
                main,
                "level".into(),
                format!("level {} is given more than once", level.value()),
            ),
        }
    }
    for step in Step::ALL {
        match content
            .steps
            .iter()
            .filter(|text| text.step == step)
            .count()
        {
            1 => {}
            0 => error(
                main,
                "step".into(),
                format!("step \"{}\" has no [[step]] texts", step.id()),
            ),
            _ => error(
                main,
                "step".into(),
                format!("step \"{}\" is given more than once", step.id()),
            ),
        }
    }
    for step in Step::MATRIX {
        for level in Level::PARTICIPATING {
            let count = content
                .cells
                .iter()
                .filter(|cell| cell.step == step && cell.level == level)
                .count();
            if count != 1 {
                error(
                    main,
                    "cell".into(),
                    format!(
                        "step \"{}\", level {} needs exactly one [[cell]], found {count}",
                        step.id(),
                        level.value()
                    ),
                );
            }
        }
    }
    for cell in &content.cells {
        if !cell.step.in_matrix() || cell.level == Level::NotYet {
            error(
                main,
                "cell".into(),
                format!(
                    "step \"{}\", level {} is not a cell of the matrix",
                    cell.step.id(),
                    cell.level.value()
                ),
            );
        }
    }

    let mut resource_ids = BTreeSet::new();
    for resource in &content.resources {
        if !resource_ids.insert(resource.id.as_str()) {
            error(
                main,
                format!("resource \"{}\"", resource.id),
                "id is used twice".into(),
            );
        }
    }

    let mut question_ids = BTreeSet::new();
    for question in &content.questions {
        let file = origins.question_file(&question.id);
        let item = format!("question \"{}\"", question.id);
        if !question_ids.insert(question.id.as_str()) {
            error(file, item.clone(), "id is used twice".into());
        }
        if !is_id(&question.id) {
            error(
                file,
                item.clone(),
                "id may contain only a-z, 0-9 and '-'".into(),
            );
        }
        for problem in choice_problems(question) {
            error(file, item.clone(), problem);
        }
        for choice in &question.choices {
            for lang in Lang::ALL {
                let guidance = choice.guidance.get(lang);
                let guidance_file = origins.guidance_file(lang, &question.id, &choice.id);
                if !GUIDANCE_RESOURCES.contains(&guidance.resources.len()) {
                    error(
                        &guidance_file,
                        "resources".into(),
                        "must list 1-3 resource ids".into(),
                    );
                }
                for id in &guidance.resources {
                    if !resource_ids.contains(id.as_str()) {
                        error(
                            &guidance_file,
                            "resources".into(),
                            format!("\"{id}\" is not a resource in {main}"),
                        );
                    }
                }
            }
        }
    }

    for step in Step::ALL {
        let count = content.questions_of(step).count();
        let floor = if step.in_matrix() {
            MIN_QUESTIONS_PER_STEP
        } else {
            MIN_READINESS_QUESTIONS
        };
        if count < floor {
            error(
                &origins.questions_dir,
                format!("step \"{}\"", step.id()),
                format!("has {count} questions, needs at least {floor}"),
            );
        }
    }
    errors
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn choice_problems(question: &Question) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for choice in &question.choices {
        if !ids.insert(choice.id.as_str()) {
            problems.push(format!("choice id \"{}\" is used twice", choice.id));
        }
        if !is_id(&choice.id) {
            problems.push(format!(
                "choice id \"{}\" may contain only a-z, 0-9 and '-'",
                choice.id
            ));
        }
    }
    if question.choices.len() > MAX_CHOICES {
        problems.push(format!(
            "has {} choices, at most {MAX_CHOICES} are allowed",
            question.choices.len()
        ));
    }
    let levelled = question
        .choices
        .iter()
        .filter(|choice| choice.level.is_some())
        .count();
    if levelled < 2 {
        problems.push("needs at least two choices with a level".into());
    }
    let dont_know = question
        .choices
        .iter()
        .filter(|choice| choice.level.is_none())
        .count();
    let last_is_dont_know = question
        .choices
        .last()
        .is_some_and(|choice| choice.level.is_none());
    if dont_know != 1 || !last_is_dont_know {
        problems.push("needs exactly one \"dont-know\" choice, listed last".into());
    }
    problems
}
