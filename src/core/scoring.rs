//! The scoring method of docs/methodology.md: answers → a level per step (the
//! NGO's row of the matrix), an overall profile, and readiness, each with the
//! answers that set it. Pure and total: unknown ids are ignored, never fatal.

use std::collections::BTreeMap;

use super::content::{Content, Question};
use super::level::Level;
use super::marks::Marks;
use super::step::Step;

/// The chosen choice ids of each answered question, by question id.
pub type Answers = BTreeMap<String, Vec<String>>;

/// An answer that decided a result: this question, through this choice.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reason {
    pub question: String,
    pub choice: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepResult {
    pub step: Step,
    /// `None` is "not assessed": no counted answer (never the same as level 0).
    pub level: Option<Level>,
    /// The answers at `level` that set it, in question order.
    pub set_by: Vec<Reason>,
    /// Questions answered with a level (counted).
    pub counted: usize,
    /// Questions answered only with "don't know" (shown, not counted).
    pub dont_know: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// The six steps of the matrix, in order.
    pub steps: Vec<StepResult>,
    /// Reported beside the matrix; its level is the weakest enabler's.
    pub readiness: StepResult,
    /// The level reached in most assessed steps; a tie goes to the lower.
    pub typical: Option<Level>,
    /// The highest level reached in any step.
    pub highest: Option<Level>,
    /// How many of the six steps have a level.
    pub assessed: usize,
}

/// The level an answer shows, with the choice that shows it: the chosen
/// choice's level, or for a multiple-choice question the highest among the
/// ticked ones (`mask`: bit i is choice i). "Don't know" gives nothing.
pub fn answer_level(question: &Question, mask: u32) -> Option<(Level, usize)> {
    question
        .choices
        .iter()
        .enumerate()
        .filter(|(i, _)| mask >> i & 1 == 1)
        .filter_map(|(i, choice)| choice.level.map(|level| (level, i)))
        .max_by_key(|(level, _)| *level)
}

/// One area's result with its deciding answers as (question, choice)
/// indices: what a room keeps per participant, with no id strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaScore {
    pub level: Option<Level>,
    /// The answers at `level`, in question order.
    pub set_by: Vec<(usize, usize)>,
    pub counted: usize,
    pub dont_know: usize,
}

/// Scores one area: a matrix step takes the highest level among its
/// answers, readiness the lowest (its weakest enabler).
pub fn score_area(content: &Content, marks: &Marks, step: Step) -> AreaScore {
    let mut counted: Vec<(Level, usize, usize)> = Vec::new();
    let mut dont_know = 0;
    for (index, question) in content.questions.iter().enumerate() {
        let mask = marks.mask(index);
        if question.step != step || mask == 0 {
            continue;
        }
        match answer_level(question, mask) {
            Some((level, choice)) => counted.push((level, index, choice)),
            None => dont_know += 1,
        }
    }
    let levels = counted.iter().map(|(level, _, _)| *level);
    let level = if step == Step::Readiness {
        levels.min()
    } else {
        levels.max()
    };
    AreaScore {
        level,
        set_by: counted
            .iter()
            .filter(|(at, _, _)| Some(*at) == level)
            .map(|(_, question, choice)| (*question, *choice))
            .collect(),
        counted: counted.len(),
        dont_know,
    }
}

/// The ids of the choice at (question, choice) indices.
pub fn reason_at(content: &Content, (question, choice): (usize, usize)) -> Option<Reason> {
    let question = content.questions.get(question)?;
    Some(Reason {
        question: question.id.clone(),
        choice: question.choices.get(choice)?.id.clone(),
    })
}

fn score_step(content: &Content, marks: &Marks, step: Step) -> StepResult {
    let area = score_area(content, marks, step);
    StepResult {
        step,
        level: area.level,
        set_by: area
            .set_by
            .into_iter()
            .filter_map(|at| reason_at(content, at))
            .collect(),
        counted: area.counted,
        dont_know: area.dont_know,
    }
}

pub fn score(content: &Content, answers: &Answers) -> Profile {
    score_marks(content, &Marks::of(content, answers))
}

pub fn score_marks(content: &Content, answers: &Marks) -> Profile {
    let steps: Vec<StepResult> = Step::MATRIX
        .into_iter()
        .map(|step| score_step(content, answers, step))
        .collect();
    let readiness = score_step(content, answers, Step::Readiness);
    let reached: Vec<Level> = steps.iter().filter_map(|result| result.level).collect();
    Profile {
        typical: most_common(&reached),
        highest: reached.iter().copied().max(),
        assessed: reached.len(),
        steps,
        readiness,
    }
}

/// The most frequent level; on a tie the lower one, to stay conservative.
fn most_common(levels: &[Level]) -> Option<Level> {
    Level::ALL
        .into_iter()
        .map(|level| (levels.iter().filter(|at| **at == level).count(), level))
        .filter(|(count, _)| *count > 0)
        // max_by_key keeps the last maximum; iterate high to low so ties pick the lower level.
        .rev()
        .max_by_key(|(count, _)| *count)
        .map(|(_, level)| level)
}

impl Profile {
    pub fn step(&self, step: Step) -> Option<&StepResult> {
        self.steps
            .iter()
            .chain([&self.readiness])
            .find(|result| result.step == step)
    }
}
