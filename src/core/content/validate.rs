//! Whole-bank checks: the rules an editor can break across files (unique ids,
//! every step and level covered, references that resolve). Field-level checks
//! (missing or empty texts, bad URLs) happen while reading, in `source.rs`.

use std::collections::{BTreeMap, BTreeSet};

use super::content::{Content, Question, Value};
use super::content_error::ContentError;
use super::lang::Lang;
use super::level::Level;
use super::readiness::Readiness;
use super::spelling::spelling_problems;
use super::step::Step;

/// The most choices a question may have: keeps share codes short.
pub const MAX_CHOICES: usize = 8;
/// Share codes spend 10 bits on the content version.
pub const MAX_CONTENT_VERSION: u32 = 1023;
/// The floors the project set for the bank.
pub const MIN_QUESTIONS_PER_STEP: usize = 3;
pub const MIN_READINESS_QUESTIONS: usize = 4;
pub const GUIDANCE_RESOURCES: std::ops::RangeInclusive<usize> = 1..=3;
/// Choices that count, per question: enough to tell usual practice apart.
pub const MIN_SCORED_CHOICES: usize = 3;

/// Which file each part of the content came from, for messages.
pub struct Origins {
    pub content_file: String,
    pub question_files: BTreeMap<String, String>,
    /// Resources read from another file than content.toml, by id.
    pub resource_files: BTreeMap<String, String>,
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

/// Checks the frame, the NGO bank (`content.questions`, read from the files
/// `origins` names) and the institution bank (`content.institution`, from
/// `institution`): ids are unique across both banks, and a resource needs a
/// citation in either.
pub fn validate(content: &Content, origins: &Origins, institution: &Origins) -> Vec<ContentError> {
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
    if content
        .institution
        .as_ref()
        .is_some_and(|bank| bank.version > MAX_CONTENT_VERSION)
    {
        error(
            main,
            "institution_version".into(),
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
    for value in Readiness::ALL {
        let count = content
            .readiness
            .iter()
            .filter(|text| text.value == value)
            .count();
        if count != 1 {
            error(
                main,
                "readiness".into(),
                format!(
                    "readiness \"{}\" needs exactly one [[readiness]], found {count}",
                    value.word()
                ),
            );
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
            let file = origins.resource_files.get(&resource.id);
            error(
                file.map_or(main, String::as_str),
                format!("resource \"{}\"", resource.id),
                "id is used twice".into(),
            );
        }
    }

    let mut used = BTreeSet::new();
    let mut question_ids = BTreeSet::new();
    let no_questions = Vec::new();
    let banks = [
        (&content.questions, origins),
        (
            content
                .institution
                .as_ref()
                .map_or(&no_questions, |bank| &bank.questions),
            institution,
        ),
    ];
    for (questions, origins) in banks {
        check_bank(
            questions,
            origins,
            &resource_ids,
            &mut question_ids,
            &mut used,
            &mut error,
        );
    }

    for resource in &content.resources {
        if !used.contains(resource.id.as_str()) {
            let file = origins.resource_files.get(&resource.id);
            error(
                file.map_or(main, String::as_str),
                format!("resource \"{}\"", resource.id),
                "no guidance cites it: cite it or remove it".into(),
            );
        }
    }
    for text in &content.levels {
        for problem in spelling_problems(&text.meaning.tr)
            .into_iter()
            .chain(spelling_problems(&text.next.tr))
        {
            error(main, format!("level {}", text.level.value()), problem);
        }
    }
    for text in &content.steps {
        for problem in spelling_problems(&text.description.tr)
            .into_iter()
            .chain(spelling_problems(&text.discussion.tr))
        {
            error(main, format!("step \"{}\"", text.step.id()), problem);
        }
    }
    for text in &content.readiness {
        for problem in spelling_problems(&text.meaning.tr) {
            error(
                main,
                format!("readiness \"{}\"", text.value.word()),
                problem,
            );
        }
    }
    errors
}

/// The checks of one question bank: its questions and their guidance, and
/// enough questions per step.
fn check_bank(
    questions: &[Question],
    origins: &Origins,
    resource_ids: &BTreeSet<&str>,
    question_ids: &mut BTreeSet<String>,
    used: &mut BTreeSet<String>,
    error: &mut impl FnMut(&str, String, String),
) {
    let main = origins.content_file.as_str();
    for question in questions {
        let file = origins.question_file(&question.id);
        let item = format!("question \"{}\"", question.id);
        if !question_ids.insert(question.id.clone()) {
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
        let mut texts = vec![("prompt.tr".to_owned(), question.prompt.tr.as_str())];
        if let Some(help) = &question.help {
            texts.push(("help.tr".into(), help.tr.as_str()));
        }
        for choice in &question.choices {
            texts.push((
                format!("choice \"{}\": label.tr", choice.id),
                choice.label.tr.as_str(),
            ));
        }
        for (field, text) in texts {
            for problem in spelling_problems(text) {
                error(file, format!("{item}, {field}"), problem);
            }
        }
        for choice in &question.choices {
            let tr = &choice.guidance.tr;
            let tr_file = origins.guidance_file(Lang::Tr, &question.id, &choice.id);
            for (field, text) in [("title", &tr.title), ("body", &tr.html), ("next", &tr.next)] {
                for problem in spelling_problems(text) {
                    error(&tr_file, field.into(), problem);
                }
            }
            for lang in Lang::ALL {
                let guidance = choice.guidance.get(lang);
                used.extend(guidance.resources.iter().cloned());
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
        let count = questions.iter().filter(|q| q.step == step).count();
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
    let ranks: Vec<u8> = question
        .choices
        .iter()
        .filter_map(|choice| choice.value.rank())
        .collect();
    let distinct: BTreeSet<u8> = ranks.iter().copied().collect();
    if ranks.len() < MIN_SCORED_CHOICES || distinct.len() < 2 {
        problems.push(format!(
            "needs at least {MIN_SCORED_CHOICES} choices with a level, of at least two levels"
        ));
    }
    // Listed 0, 1, 2, ... (or the reverse), the order gives the level away.
    let rising = ranks.iter().zip(ranks.iter().skip(1)).all(|(a, b)| a <= b);
    let falling = ranks.iter().zip(ranks.iter().skip(1)).all(|(a, b)| a >= b);
    if ranks.len() >= MIN_SCORED_CHOICES && distinct.len() >= 2 && (rising || falling) {
        problems.push(
            "lists its choices in level order, which invites the highest: mix the order".into(),
        );
    }
    let uncounted: Vec<Value> = question
        .choices
        .iter()
        .map(|choice| choice.value)
        .filter(|value| value.rank().is_none())
        .collect();
    let tail: Vec<Value> = question
        .choices
        .iter()
        .rev()
        .take(2)
        .rev()
        .map(|choice| choice.value)
        .collect();
    let last_two = [Value::DontKnow, Value::NotApplicable];
    if uncounted != last_two || tail != last_two {
        problems.push(format!(
            "needs exactly one \"{}\" choice and then one \"{}\" choice, listed last",
            Value::DONT_KNOW,
            Value::NOT_APPLICABLE
        ));
    }
    problems
}
