//! The content the app ships: built and validated from `assets/content/` by
//! build.rs, embedded as compact JSON in pieces (the frame, then the
//! questions in slices) so that the app can parse it a piece per task.

use std::sync::OnceLock;

use super::content::Content;

// FRAME (the content without its questions) and QUESTIONS (its slices).
include!(concat!(env!("OUT_DIR"), "/pieces.rs"));

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

/// The embedded content, parsed whole on first use. It was validated at build
/// time, so an error here means a broken build, which the app reports
/// instead of panicking.
pub fn content() -> Result<&'static Content, &'static str> {
    CONTENT
        .get_or_init(|| {
            let mut content = frame()?;
            for piece in 0..QUESTION_PIECES {
                add_questions(&mut content, piece)?;
            }
            Ok(content)
        })
        .as_ref()
        .map_err(String::as_str)
}
