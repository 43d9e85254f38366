//! How choosing a choice changes an answer: one choice for a single-choice
//! question; for a multiple-choice one, "none of these" (level 0) and "don't
//! know" exclude every other box.

use super::content::Value;
use super::content::{Choice, Kind, Question};
use super::level::Level;
use super::scoring::Answers;

/// "None of these" (level 0) and the two uncounted answers stand alone.
pub fn is_exclusive(choice: &Choice) -> bool {
    matches!(
        choice.value,
        Value::Level(Level::NotYet) | Value::DontKnow | Value::NotApplicable
    )
}

/// The chosen ids after the user set `choice` to `on` (checked or not).
/// Ids unknown to the question are dropped.
pub fn choose(question: &Question, chosen: &[String], choice: &str, on: bool) -> Vec<String> {
    let Some(target) = question.choice(choice) else {
        return chosen
            .iter()
            .filter(|id| question.choice(id).is_some())
            .cloned()
            .collect();
    };
    match (question.kind, on) {
        (Kind::Single, true) => vec![target.id.clone()],
        (_, false) => chosen
            .iter()
            .filter(|id| **id != target.id && question.choice(id).is_some())
            .cloned()
            .collect(),
        (Kind::Multiple, true) if is_exclusive(target) => vec![target.id.clone()],
        (Kind::Multiple, true) => question
            .choices
            .iter()
            .filter(|c| c.id == target.id || (chosen.contains(&c.id) && !is_exclusive(c)))
            .map(|c| c.id.clone())
            .collect(),
    }
}

/// Sets `choice` of `question` to `on` in `answers`, by the rules of
/// `choose`; a question left with no choice has no answer. One rule for a
/// phone's answer and a paper form's tick.
pub fn set(answers: &mut Answers, question: &Question, choice: &str, on: bool) {
    let chosen = choose(
        question,
        answers.get(&question.id).map_or(&[][..], Vec::as_slice),
        choice,
        on,
    );
    if chosen.is_empty() {
        answers.remove(&question.id);
    } else {
        answers.insert(question.id.clone(), chosen);
    }
}
