//! Reads a second question bank (the public institution's, under
//! `institution/`): its questions and guidance in the NGO bank's format,
//! and `institution/frame.toml`, its own wording of the levels and the
//! readiness scale, with the prompts a mixed room discusses where the two
//! sides' pictures differ. Build and tests only.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::{Bank, Content, GapText};
use super::content_error::ContentError;
use super::level::Level;
use super::readiness::Readiness;
use super::source::{
    parse_toml, read_levels, read_question_file, read_readiness, Fields, RawLevel, RawReadiness,
    RawText, SourceFile, CONTENT_FILE, GUIDANCE_DIR, QUESTIONS_DIR,
};
use super::source_guidance::{attach_guidance, read_guidance_file};
use super::source_previous::toml_files_under;
use super::spelling::spelling_problems;
use super::step::Step;
use super::validate::Origins;

/// The institution bank's own frame.
pub const BANK_FRAME_FILE: &str = "institution/frame.toml";

/// Reads the questions and guidance of one bank (its files under `prefix`)
/// into `content.questions`; gives where each came from, for messages.
pub fn read_bank(
    root: &str,
    prefix: &str,
    files: &[SourceFile],
    content: &mut Content,
    errors: &mut Vec<ContentError>,
) -> Origins {
    let named = |path: &str| format!("{root}{path}");
    let questions_dir = format!("{prefix}{QUESTIONS_DIR}");
    let guidance_dir = format!("{prefix}{GUIDANCE_DIR}");
    let mut origins = Origins {
        content_file: named(CONTENT_FILE),
        question_files: BTreeMap::new(),
        resource_files: BTreeMap::new(),
        questions_dir: named(&questions_dir),
        guidance_dir: named(&guidance_dir),
    };
    // File order is the order of the wizard: 1-agenda.toml, 2-drafting.toml, ...
    for file in toml_files_under(files, &questions_dir) {
        let name = named(&file.path);
        for question in read_question_file(&name, &file.text, errors) {
            origins
                .question_files
                .insert(question.id.clone(), name.clone());
            content.questions.push(question);
        }
    }
    let mut guidance = BTreeMap::new();
    for file in files
        .iter()
        .filter(|file| file.path.starts_with(&guidance_dir))
    {
        let name = named(&file.path);
        let path = file.path.strip_prefix(prefix).unwrap_or(&file.path);
        if let Some((key, page)) = read_guidance_file(&name, path, &file.text, errors) {
            guidance.insert(key, (name, page));
        }
    }
    attach_guidance(content, guidance, &origins, errors);
    origins
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBankFrame {
    #[serde(default)]
    level: Vec<RawLevel>,
    #[serde(default)]
    readiness: Vec<RawReadiness>,
    #[serde(default)]
    step: Vec<RawGap>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGap {
    id: Option<String>,
    gap: Option<RawText>,
}

/// Reads `institution/frame.toml` into `bank`: every level and readiness
/// value once, under the same names as in `content` (one legend for both
/// sides), and a gap prompt for each step of the matrix.
pub fn read_bank_frame(
    root: &str,
    files: &[SourceFile],
    content: &Content,
    bank: &mut Bank,
    errors: &mut Vec<ContentError>,
) {
    let file = format!("{root}{BANK_FRAME_FILE}");
    let Some(source) = files.iter().find(|f| f.path == BANK_FRAME_FILE) else {
        errors.push(ContentError::new(&file, "", "file is missing"));
        return;
    };
    let Some(raw) = parse_toml::<RawBankFrame>(&file, &source.text, errors) else {
        return;
    };
    bank.levels = read_levels(&file, raw.level, errors);
    bank.readiness = read_readiness(&file, raw.readiness, errors);
    for (i, raw) in raw.step.into_iter().enumerate() {
        let mut fields = Fields {
            file: &file,
            item: format!("step #{}", i + 1),
            errors,
        };
        let step = fields.step("id", raw.id);
        let prompt = fields.text("gap", raw.gap);
        if let Some(step) = step {
            bank.gaps.push(GapText { step, prompt });
        }
    }
    let mut error = |field: String, message: String| {
        errors.push(ContentError::new(&file, field, message));
    };
    for level in Level::ALL {
        let mine: Vec<_> = bank.levels.iter().filter(|t| t.level == level).collect();
        let field = format!("level {}", level.value());
        match (mine.as_slice(), content.level_text(level)) {
            ([text], Some(main)) if text.name != main.name => error(
                field,
                format!("name must be as in {CONTENT_FILE}: \"{}\"", main.name.tr),
            ),
            ([text], _) => {
                for problem in spelling_problems(&text.meaning.tr)
                    .into_iter()
                    .chain(spelling_problems(&text.next.tr))
                    .chain(spelling_problems(&text.reading.tr))
                {
                    error(field.clone(), problem);
                }
            }
            (found, _) => error(
                field,
                format!("needs exactly one [[level]], found {}", found.len()),
            ),
        }
    }
    for value in Readiness::ALL {
        let mine: Vec<_> = bank.readiness.iter().filter(|t| t.value == value).collect();
        let field = format!("readiness \"{}\"", value.word());
        match (mine.as_slice(), content.readiness_text(value)) {
            ([text], Some(main)) if text.name != main.name => error(
                field,
                format!("name must be as in {CONTENT_FILE}: \"{}\"", main.name.tr),
            ),
            ([text], _) => {
                for problem in spelling_problems(&text.meaning.tr) {
                    error(field.clone(), problem);
                }
            }
            (found, _) => error(
                field,
                format!("needs exactly one [[readiness]], found {}", found.len()),
            ),
        }
    }
    let mut seen = BTreeMap::new();
    for gap in &bank.gaps {
        *seen.entry(gap.step).or_insert(0) += 1;
        if !gap.step.in_matrix() {
            error(
                format!("step \"{}\"", gap.step.id()),
                "only the six steps of the matrix have a gap prompt".into(),
            );
        }
        for problem in spelling_problems(&gap.prompt.tr) {
            error(format!("step \"{}\"", gap.step.id()), problem);
        }
    }
    for step in Step::MATRIX {
        let count = seen.get(&step).copied().unwrap_or(0);
        if count != 1 {
            error(
                format!("step \"{}\"", step.id()),
                format!("needs exactly one gap prompt, found {count}"),
            );
        }
    }
}
