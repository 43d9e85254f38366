//! The scoring method of docs/methodology.md: answers → a level per step (the
//! NGO's row of the matrix), an overall profile, and readiness, each with the
//! answers that set it. Pure and total: unknown ids are ignored, never fatal.

use std::collections::BTreeMap;

use super::content::{Content, Question};
use super::level::Level;
use super::step::Step;

/// The chosen choice ids of each answered question, by question id.
pub type Answers = BTreeMap<String, Vec<String>>;

/// An answer that decided a result: this question, through this choice.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// The level an answer shows: the chosen choice's level, or for a
/// multiple-choice question the highest among the ticked ones. "Don't know"
/// and unknown choice ids give nothing.
pub fn answer_level<'q>(question: &'q Question, chosen: &[String]) -> Option<(Level, &'q str)> {
    question
        .choices
        .iter()
        .filter(|choice| chosen.contains(&choice.id))
        .filter_map(|choice| choice.level.map(|level| (level, choice.id.as_str())))
        .max_by_key(|(level, _)| *level)
}

/// Scores one area. `pick` chooses the area's level among the answers'
/// levels: the highest for a matrix step, the lowest for readiness.
fn score_step(
    content: &Content,
    answers: &Answers,
    step: Step,
    pick: fn(&[Level]) -> Option<Level>,
) -> StepResult {
    let mut counted = Vec::new();
    let mut dont_know = 0;
    for question in content.questions_of(step) {
        let Some(chosen) = answers
            .get(&question.id)
            .filter(|chosen| !chosen.is_empty())
        else {
            continue;
        };
        match answer_level(question, chosen) {
            Some((level, choice)) => counted.push((
                level,
                Reason {
                    question: question.id.clone(),
                    choice: choice.to_owned(),
                },
            )),
            None if chosen.iter().any(|id| question.choice(id).is_some()) => dont_know += 1,
            None => {}
        }
    }
    let levels: Vec<Level> = counted.iter().map(|(level, _)| *level).collect();
    let level = pick(&levels);
    let set_by = counted
        .iter()
        .filter(|(at, _)| Some(*at) == level)
        .map(|(_, reason)| reason.clone())
        .collect();
    StepResult {
        step,
        level,
        set_by,
        counted: counted.len(),
        dont_know,
    }
}

pub fn score(content: &Content, answers: &Answers) -> Profile {
    let steps: Vec<StepResult> = Step::MATRIX
        .into_iter()
        .map(|step| {
            score_step(content, answers, step, |levels| {
                levels.iter().copied().max()
            })
        })
        .collect();
    let readiness = score_step(content, answers, Step::Readiness, |levels| {
        levels.iter().copied().min()
    });
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
