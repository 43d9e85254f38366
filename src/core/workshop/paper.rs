//! Paper forms, for participants without a phone: a printed questionnaire
//! (the choices with tick boxes, no levels), which the trainer enters into
//! the room one form at a time. A form becomes a share code like a phone's,
//! so it counts like any participant, and the room keeps which codes came
//! from paper (see `Room::add_paper`). Ticks follow a phone's rules
//! (`answering::set`).

use super::assessment::tag_from_time;
use super::content::Content;
use super::scoring::Answers;
use super::share_code::encode;

/// The letter of a choice on paper and in the trainer's tally: A, B, C…
pub fn letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .and_then(|i| b'A'.checked_add(i))
        .filter(u8::is_ascii_uppercase)
        .map_or('?', char::from)
}

/// The share code of one paper form, or `None` for a form with no tick
/// on any of `content`'s questions (ticks of the other role's questions
/// do not count). `seed` (the moment it was entered, and how many came
/// before) gives the form its own participant tag: two forms with the same
/// ticks are two people.
pub fn form_code(content: &Content, answers: &Answers, seed: u64) -> Option<String> {
    let ticked = content.questions.iter().any(|question| {
        answers
            .get(&question.id)
            .is_some_and(|chosen| !chosen.is_empty())
    });
    if !ticked {
        return None;
    }
    Some(encode(content, answers, tag_from_time(seed)))
}
