//! Answers in compact form: per question, in content order, one bit per
//! choice. A room scores thousands of participants, and comparing and
//! copying id strings cost more than the scoring itself.

use super::content::Content;
use super::scoring::Answers;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks(Vec<u32>);

impl Marks {
    /// Ids the content does not know are left out, as scoring ignores them.
    pub fn of(content: &Content, answers: &Answers) -> Marks {
        Marks(
            content
                .questions
                .iter()
                .map(|question| {
                    let chosen = answers.get(&question.id);
                    question
                        .choices
                        .iter()
                        .enumerate()
                        .filter(|(_, choice)| chosen.is_some_and(|ids| ids.contains(&choice.id)))
                        .fold(0, |mask, (i, _)| mask | 1 << i)
                })
                .collect(),
        )
    }

    /// Marks from per-question masks (a share code's payload).
    pub fn from_masks(masks: Vec<u32>) -> Marks {
        Marks(masks)
    }

    /// The chosen choices of the question at `index` (bit i is choice i).
    pub fn mask(&self, index: usize) -> u32 {
        self.0.get(index).copied().unwrap_or(0)
    }

    pub fn answers(&self, content: &Content) -> Answers {
        content
            .questions
            .iter()
            .enumerate()
            .filter(|(index, _)| self.mask(*index) != 0)
            .map(|(index, question)| {
                let chosen = question
                    .choices
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| self.mask(index) >> i & 1 == 1)
                    .map(|(_, choice)| choice.id.clone())
                    .collect();
                (question.id.clone(), chosen)
            })
            .collect()
    }
}
