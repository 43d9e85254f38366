//! Answers made with an earlier content version, carried onto the current
//! one through the map of `previous/N/` (see content::Previous): each answer
//! whose situation still exists goes to it; the others are left out and
//! named, and the caller keeps the originals.

use std::collections::BTreeMap;

use super::answering::is_exclusive;
use super::content::{Content, Kind, Previous};
use super::marks::Marks;
use super::scoring::Answers;

/// What carrying an earlier version's answers gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Carried {
    pub answers: Answers,
    /// The earlier questions whose answer had no place in this version.
    pub not_carried: Vec<String>,
}

/// The current marks of an earlier version's marks (a code's payload).
pub fn carry_marks(content: &Content, previous: &Previous, old: &Marks) -> Marks {
    let chosen = previous
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let mask = old.mask(index);
            (0..question.choices.len())
                .filter(move |choice| mask >> choice & 1 == 1)
                .filter_map(move |choice| question.to.get(choice).copied().flatten())
        });
    let targets = settle(content, chosen.flatten());
    Marks::from_masks(
        (0..content.questions.len())
            .map(|index| targets.get(&index).copied().unwrap_or(0))
            .collect(),
    )
}

/// The current answers of an earlier version's answers (a saved record).
/// Ids the earlier version did not have are left out too.
pub fn carry_answers(content: &Content, previous: &Previous, old: &Answers) -> Carried {
    let mut carried = Carried::default();
    let mut targets = Vec::new();
    for (question_id, chosen) in old {
        let before = targets.len();
        if let Some(question) = previous.questions.iter().find(|q| &q.id == question_id) {
            for id in chosen {
                let at = question.choices.iter().position(|choice| choice == id);
                targets.extend(at.and_then(|at| question.to.get(at).copied().flatten()));
            }
        }
        if targets.len() == before && !chosen.is_empty() {
            carried.not_carried.push(question_id.clone());
        }
    }
    carried.answers = Marks::from_masks({
        let settled = settle(content, targets.into_iter());
        (0..content.questions.len())
            .map(|index| settled.get(&index).copied().unwrap_or(0))
            .collect()
    })
    .answers(content);
    carried
}

/// Puts the carried choices together per current question, as answering
/// would: one choice where one is taken, and in a multiple-choice question
/// "none of these" or "don't know" only when nothing else is ticked.
fn settle(
    content: &Content,
    targets: impl Iterator<Item = (usize, usize)>,
) -> BTreeMap<usize, u32> {
    let mut masks: BTreeMap<usize, u32> = BTreeMap::new();
    for (question, choice) in targets {
        let Some(current) = content.questions.get(question) else {
            continue;
        };
        if choice >= current.choices.len() {
            continue;
        }
        let mask = masks.entry(question).or_default();
        match current.kind {
            // The validator lets one earlier choice at most reach a question
            // that takes one; should two, the first stays.
            Kind::Single if *mask != 0 => {}
            _ => *mask |= 1 << choice,
        }
    }
    for (question, mask) in &mut masks {
        let Some(current) = content.questions.get(*question) else {
            continue;
        };
        let exclusive = current
            .choices
            .iter()
            .enumerate()
            .filter(|(_, choice)| is_exclusive(choice))
            .fold(0, |bits, (i, _)| bits | 1 << i);
        if current.kind == Kind::Multiple && *mask & !exclusive != 0 {
            *mask &= !exclusive;
        }
    }
    masks
}
