//! The content the app ships: built and validated from `assets/content/` by
//! build.rs. What answering needs (the Turkish texts, no guidance) is
//! embedded as compact JSON in pieces (the frame, then the questions in
//! slices) so that the app can parse it a piece per task; the English texts
//! and the guidance are parts the app fetches (see content_parts.rs).

use std::sync::OnceLock;

use super::content::Content;
use super::content_parts::Kind;
#[cfg(not(target_arch = "wasm32"))]
use super::content_parts::{BankPart, Part, PartError};
use super::lang::Lang;

// FRAME (the content without its questions), QUESTIONS (its slices), PARTS
// (the fetched parts' addresses) and, on the host, PART_JSON.
include!(concat!(env!("OUT_DIR"), "/pieces.rs"));

/// The trainer's session script, written by build.rs from
/// `assets/content/session.toml`: constants, so no parser is shipped, and
/// only the workshop's screens refer to it (its texts land in their chunk).
pub static SESSION: super::session::Session = {
    use super::lang::Translated;
    use super::session::{Part, PartKind, Plan, Session};
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/session.rs"))
};

/// Where the app fetches a part (an address of its own origin).
pub fn part_address(kind: Kind, lang: Lang) -> Option<&'static str> {
    PARTS
        .iter()
        .find(|(k, l, _)| *k == kind && *l == lang)
        .map(|(_, _, address)| *address)
}

/// Whether the embedded content already holds that part (Turkish texts).
pub fn embeds(kind: Kind, lang: Lang) -> bool {
    part_address(kind, lang).is_none()
}

/// How many slices of questions `add_questions` takes.
pub const QUESTION_PIECES: usize = QUESTIONS.len();

static CONTENT: OnceLock<Result<Content, String>> = OnceLock::new();

/// The content's frame: levels, steps, cells and resources, no questions yet.
pub fn frame() -> Result<Content, String> {
    serde_json::from_str(FRAME).map_err(|error| error.to_string())
}

/// Adds slice `piece` of the questions to `content` (nothing past the last).
pub fn add_questions(content: &mut Content, piece: usize) -> Result<(), String> {
    let Some(json) = QUESTIONS.get(piece) else {
        return Ok(());
    };
    let questions: Vec<_> = serde_json::from_str(json).map_err(|error| error.to_string())?;
    content.questions.extend(questions);
    Ok(())
}

/// Keeps `parsed` as the embedded content for the life of the program, unless
/// it was parsed already; gives what `content` gives from now on.
pub fn keep(parsed: Result<Content, String>) -> Result<&'static Content, &'static str> {
    CONTENT
        .get_or_init(|| parsed)
        .as_ref()
        .map_err(String::as_str)
}

/// The embedded part of the content, parsed whole: what the app has
/// before it fetches anything.
pub fn embedded() -> Result<Content, String> {
    let mut content = frame()?;
    for piece in 0..QUESTION_PIECES {
        add_questions(&mut content, piece)?;
    }
    Ok(content)
}

/// The whole content as shipped, the embedded part with every fetched part
/// put back, parsed on first use: for the host (tests, fuzzing). It was
/// validated at build time, so an error here means a broken build.
#[cfg(not(target_arch = "wasm32"))]
pub fn content() -> Result<&'static Content, &'static str> {
    CONTENT
        .get_or_init(|| {
            let mut content = embedded()?;
            for ((kind, lang, _), json) in PARTS.iter().zip(PART_JSON) {
                if *kind == Kind::Institution {
                    content = BankPart::read(&content, json)
                        .map_err(|error: PartError| error.to_string())?;
                    continue;
                }
                let part = Part::read(&content, *kind, *lang, json)
                    .map_err(|error: PartError| error.to_string())?;
                part.fill(&mut content)
                    .map_err(|error: PartError| error.to_string())?;
            }
            Ok(content)
        })
        .as_ref()
        .map_err(String::as_str)
}

/// The file of a part as shipped, for the host's tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn part_json(kind: Kind, lang: Lang) -> Option<&'static str> {
    PARTS
        .iter()
        .zip(PART_JSON)
        .find(|((k, l, _), _)| *k == kind && *l == lang)
        .map(|(_, json)| json)
}
