//! The scoring method of docs/methodology.md (method version 2): answers →
//! per step an established level and a peak (the NGO's row of the matrix),
//! a typical level over the steps, and readiness on its own scale, each
//! with the answers that set it. Pure and total: unknown ids are ignored.

use std::collections::BTreeMap;

use super::content::{Content, Question, Value};
use super::level::Level;
use super::marks::Marks;
use super::readiness::Readiness;
use super::step::Step;

/// Raised when the rules below change; shown with every result.
pub const METHOD_VERSION: u32 = 2;

/// The chosen choice ids of each answered question, by question id.
pub type Answers = BTreeMap<String, Vec<String>>;

/// An answer that decided a result: this question, through this choice.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reason {
    pub question: String,
    pub choice: String,
}

/// Whether an area could be assessed from its answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// None of its questions answered.
    NotAssessed,
    /// Answered, but fewer than half of its questions with a counted answer
    /// ("yeterli yanıt yok"): neither level 0 nor "not assessed".
    NotEnough,
    Assessed,
}

/// One answer's place on its area's scale: the chosen choice's, or for a
/// multiple-choice question the highest among the ticked ones (`mask`: bit
/// i is choice i). The two uncounted answers give nothing.
pub fn answer_rank(question: &Question, mask: u32) -> Option<(u8, usize)> {
    question
        .choices
        .iter()
        .enumerate()
        .filter(|(i, _)| mask >> i & 1 == 1)
        .filter_map(|(i, choice)| choice.value.rank().map(|rank| (rank, i)))
        .max_by_key(|(rank, _)| *rank)
}

/// One area's result with its deciding answers as (question, choice)
/// indices: what a room keeps per participant, with no id strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaScore {
    pub standing: Standing,
    /// On the area's scale (a level, or readiness 0-2); only when assessed.
    /// A matrix step's established level; readiness's weakest condition.
    pub rank: Option<u8>,
    /// The highest answered at least once (any counted answer).
    pub peak: Option<u8>,
    /// The answers at `rank`, in question order.
    pub set_by: Vec<(usize, usize)>,
    /// The answers at `peak`, in question order.
    pub peak_by: Vec<(usize, usize)>,
    pub questions: usize,
    pub counted: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
}

/// The lower median: the middle of the sorted ranks, the lower of the two
/// middles for an even count. What the NGO does as a rule, which one answer
/// far above (or below) the others cannot move.
pub fn lower_median(ranks: &mut [u8]) -> Option<u8> {
    ranks.sort_unstable();
    ranks.get(ranks.len().checked_sub(1)? / 2).copied()
}

/// Scores one area: a matrix step's established level is the lower median
/// of its counted answers, readiness is its weakest condition (the lowest);
/// either only when at least half of the area's questions are counted.
pub fn score_area(content: &Content, marks: &Marks, step: Step) -> AreaScore {
    let mut counted: Vec<(u8, usize, usize)> = Vec::new();
    let (mut questions, mut dont_know, mut not_applicable) = (0, 0, 0);
    for (index, question) in content.questions.iter().enumerate() {
        if question.step != step {
            continue;
        }
        questions += 1;
        let mask = marks.mask(index);
        if mask == 0 {
            continue;
        }
        match answer_rank(question, mask) {
            Some((rank, choice)) => counted.push((rank, index, choice)),
            None if ticked(question, mask, Value::DontKnow) => dont_know += 1,
            None => not_applicable += 1,
        }
    }
    let answered = counted.len() + dont_know + not_applicable;
    let standing = if answered == 0 {
        Standing::NotAssessed
    } else if counted.len() * 2 < questions {
        Standing::NotEnough
    } else {
        Standing::Assessed
    };
    let mut ranks: Vec<u8> = counted.iter().map(|(rank, _, _)| *rank).collect();
    let rank = match standing {
        Standing::Assessed if step.in_matrix() => lower_median(&mut ranks),
        Standing::Assessed => ranks.iter().copied().min(),
        _ => None,
    };
    let peak = counted.iter().map(|(rank, _, _)| *rank).max();
    let at = |wanted: Option<u8>| -> Vec<(usize, usize)> {
        counted
            .iter()
            .filter(|(rank, _, _)| Some(*rank) == wanted)
            .map(|(_, question, choice)| (*question, *choice))
            .collect()
    };
    AreaScore {
        standing,
        set_by: at(rank),
        peak_by: at(peak),
        rank,
        peak,
        questions,
        counted: counted.len(),
        dont_know,
        not_applicable,
    }
}

fn ticked(question: &Question, mask: u32, value: Value) -> bool {
    question
        .choices
        .iter()
        .enumerate()
        .any(|(i, choice)| mask >> i & 1 == 1 && choice.value == value)
}

/// The ids of the choice at (question, choice) indices.
pub fn reason_at(content: &Content, (question, choice): (usize, usize)) -> Option<Reason> {
    let question = content.questions.get(question)?;
    Some(Reason {
        question: question.id.clone(),
        choice: question.choices.get(choice)?.id.clone(),
    })
}

/// How many of an area's questions were answered in which way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub questions: usize,
    pub counted: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepResult {
    pub step: Step,
    pub standing: Standing,
    /// The established level: what the NGO does as regular practice. Only
    /// when assessed; never the same as "not assessed" or "not enough".
    pub level: Option<Level>,
    /// The highest level answered at least once, shown beside it.
    pub peak: Option<Level>,
    /// The answers at the established level, in question order.
    pub set_by: Vec<Reason>,
    /// The answers at the peak.
    pub peak_by: Vec<Reason>,
    pub counts: Counts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadinessResult {
    pub standing: Standing,
    /// The weakest condition's value; only when assessed.
    pub value: Option<Readiness>,
    /// The answers at that value: the conditions that hold the NGO back.
    pub set_by: Vec<Reason>,
    pub counts: Counts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// The six steps of the matrix, in order.
    pub steps: Vec<StepResult>,
    /// Reported beside the matrix, on its own scale.
    pub readiness: ReadinessResult,
    /// The lower median of the assessed steps' established levels: raising
    /// one answer never lowers it.
    pub typical: Option<Level>,
    /// The highest level answered at least once in any step.
    pub highest: Option<Level>,
    /// How many of the six steps are assessed.
    pub assessed: usize,
}

fn reasons(content: &Content, at: Vec<(usize, usize)>) -> Vec<Reason> {
    at.into_iter()
        .filter_map(|at| reason_at(content, at))
        .collect()
}

fn counts(area: &AreaScore) -> Counts {
    Counts {
        questions: area.questions,
        counted: area.counted,
        dont_know: area.dont_know,
        not_applicable: area.not_applicable,
    }
}

fn score_step(content: &Content, marks: &Marks, step: Step) -> StepResult {
    let area = score_area(content, marks, step);
    StepResult {
        step,
        standing: area.standing,
        level: area.rank.and_then(Level::from_value),
        peak: area.peak.and_then(Level::from_value),
        counts: counts(&area),
        set_by: reasons(content, area.set_by),
        peak_by: reasons(content, area.peak_by),
    }
}

pub fn score(content: &Content, answers: &Answers) -> Profile {
    score_marks(content, &Marks::of(content, answers))
}

pub fn score_marks(content: &Content, marks: &Marks) -> Profile {
    let steps: Vec<StepResult> = Step::MATRIX
        .into_iter()
        .map(|step| score_step(content, marks, step))
        .collect();
    let area = score_area(content, marks, Step::Readiness);
    let readiness = ReadinessResult {
        standing: area.standing,
        value: area.rank.and_then(Readiness::from_value),
        counts: counts(&area),
        set_by: reasons(content, area.set_by),
    };
    let mut established: Vec<u8> = steps
        .iter()
        .filter_map(|result| result.level.map(Level::value))
        .collect();
    Profile {
        assessed: established.len(),
        typical: lower_median(&mut established).and_then(Level::from_value),
        highest: steps.iter().filter_map(|result| result.peak).max(),
        steps,
        readiness,
    }
}

impl StepResult {
    /// The peak where it is above the established level: what the matrix,
    /// the compass and the priorities mark apart.
    pub fn peak_above(&self) -> Option<Level> {
        self.peak
            .filter(|peak| self.level.is_some_and(|level| *peak > level))
    }
}

impl Profile {
    pub fn step(&self, step: Step) -> Option<&StepResult> {
        self.steps.iter().find(|result| result.step == step)
    }
}
