//! Reads `previous/N/*.toml`: the shape of an earlier content version (its
//! questions, kinds and choices in their order) and, per choice, the choice
//! of the current content with the same meaning. Build and tests only.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::content::{Content, Kind, Previous, PreviousQuestion};
use super::content_error::ContentError;
use super::source::{parse_toml, SourceFile};

/// `previous/N/*.toml`: the shape of content version N and its map onto now.
pub const PREVIOUS_DIR: &str = "previous/";

/// The TOML files under `dir`, in path order.
pub fn toml_files_under<'a>(files: &'a [SourceFile], dir: &str) -> Vec<&'a SourceFile> {
    let mut found: Vec<&SourceFile> = files
        .iter()
        .filter(|file| file.path.starts_with(dir) && file.path.ends_with(".toml"))
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// Reads every `previous/N/` folder into `content.previous` (named in
/// messages with `root` before the path).
pub fn read_all_previous(
    content: &mut Content,
    root: &str,
    files: &[SourceFile],
    errors: &mut Vec<ContentError>,
) {
    let mut previous: BTreeMap<u32, Vec<(String, RawPreviousQuestion)>> = BTreeMap::new();
    for file in toml_files_under(files, PREVIOUS_DIR) {
        let name = format!("{root}{}", file.path);
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
        if let Some(raw) = parse_toml::<RawPreviousFile>(&name, &file.text, errors) {
            let list = previous.entry(version).or_default();
            list.extend(raw.question.into_iter().map(|q| (name.clone(), q)));
        }
    }
    for (version, questions) in previous {
        let read = read_previous(content, version, questions, errors);
        content.previous.push(read);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPreviousFile {
    /// For the reader; the questions say where they were.
    #[allow(dead_code)]
    pub step: Option<String>,
    #[serde(default)]
    pub question: Vec<RawPreviousQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPreviousQuestion {
    id: String,
    kind: String,
    #[serde(default)]
    choice: Vec<RawPreviousChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPreviousChoice {
    id: String,
    /// Its level in that version, for the reader of the file.
    #[allow(dead_code)]
    level: Option<toml::Value>,
    /// "QUESTION.CHOICE" of the current content, or absent: not carried over.
    to: Option<String>,
}

/// One earlier version from its files' questions (each with its file name).
fn read_previous(
    content: &Content,
    version: u32,
    questions: Vec<(String, RawPreviousQuestion)>,
    errors: &mut Vec<ContentError>,
) -> Previous {
    let mut previous = Previous {
        version,
        questions: Vec::new(),
    };
    // Per current single-choice question, the earlier questions mapped into it.
    let mut sources: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    for (file, raw) in questions {
        let item = format!("question \"{}\"", raw.id);
        if !ids.insert(raw.id.clone()) {
            errors.push(ContentError::new(&file, item.clone(), "id is used twice"));
        }
        let kind = match raw.kind.as_str() {
            "single" => Kind::Single,
            "multiple" => Kind::Multiple,
            other => {
                errors.push(ContentError::new(
                    &file,
                    format!("{item}: kind"),
                    format!("\"{other}\" must be \"single\" or \"multiple\""),
                ));
                Kind::Single
            }
        };
        let mut into_single: BTreeMap<usize, usize> = BTreeMap::new();
        let mut to = Vec::new();
        for choice in &raw.choice {
            let target = choice.to.as_deref().and_then(|target| {
                let found = resolve(content, target);
                if found.is_none() {
                    errors.push(ContentError::new(
                        &file,
                        format!("{item}, choice \"{}\": to", choice.id),
                        format!("\"{target}\" is not a QUESTION.CHOICE of the current content"),
                    ));
                }
                found
            });
            if let Some((question, _)) = target {
                if content.questions.get(question).map(|q| q.kind) == Some(Kind::Single) {
                    sources.entry(question).or_default().insert(raw.id.clone());
                    *into_single.entry(question).or_default() += 1;
                }
            }
            to.push(target);
        }
        if kind == Kind::Multiple {
            for (question, count) in into_single {
                if count > 1 {
                    errors.push(ContentError::new(
                        &file,
                        item.clone(),
                        format!(
                            "maps {count} of its boxes into \"{}\", which takes one choice",
                            id_of(content, question)
                        ),
                    ));
                }
            }
        }
        previous.questions.push(PreviousQuestion {
            id: raw.id,
            kind,
            choices: raw.choice.into_iter().map(|choice| choice.id).collect(),
            to,
        });
    }
    for (question, from) in sources {
        if from.len() > 1 {
            errors.push(ContentError::new(
                &format!("previous/{version}/"),
                format!("question \"{}\"", id_of(content, question)),
                format!(
                    "takes one choice but version {version}'s {} all map into it",
                    from.into_iter().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    previous
}

fn resolve(content: &Content, target: &str) -> Option<(usize, usize)> {
    let (question, choice) = target.split_once('.')?;
    let index = content.questions.iter().position(|q| q.id == question)?;
    Some((index, content.questions.get(index)?.choice_index(choice)?))
}

fn id_of(content: &Content, index: usize) -> &str {
    content.questions.get(index).map_or("", |q| q.id.as_str())
}
