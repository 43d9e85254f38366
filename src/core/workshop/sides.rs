//! The two sides of a joint room: the NGOs' and the public institutions'
//! pictures, both together, the perception gap between them per step, and
//! the anonymity floor under which a group's distribution is not shown.

use super::role::Role;
use super::room::{Picture, Spread};
use super::step::Step;

/// A room's picture per side: the NGOs', the institutions', and both
/// together (whose next steps are the NGOs': the two banks' answers differ).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sides {
    pub all: Picture,
    pub ngo: Picture,
    pub institution: Picture,
    /// Institutions' codes not read yet: their questions have not arrived.
    pub waiting: usize,
}

impl Sides {
    /// A room of NGOs only (every room made before roles).
    pub fn ngo_only(content: &super::content::Content, picture: Picture) -> Sides {
        Sides {
            all: picture.clone(),
            ngo: picture,
            institution: super::room::sum(content, []),
            waiting: 0,
        }
    }

    pub fn side(&self, role: Role) -> &Picture {
        match role {
            Role::Ngo => &self.ngo,
            Role::Institution => &self.institution,
        }
    }

    /// Whether the room has participants of both sides.
    pub fn mixed(&self) -> bool {
        self.ngo.participants > 0 && self.institution.participants > 0
    }
}

pub fn combined(a: &Picture, b: &Picture) -> Picture {
    let spreads = a
        .spreads
        .iter()
        .zip(&b.spreads)
        .map(|(x, y)| {
            let mut counts = x.counts;
            for (count, more) in counts.iter_mut().zip(y.counts) {
                *count += more;
            }
            Spread {
                step: x.step,
                counts,
                dont_know: x.dont_know + y.dont_know,
                answers: x.answers + y.answers,
            }
        })
        .collect();
    Picture {
        participants: a.participants + b.participants,
        carried: a.carried + b.carried,
        spreads,
        next_steps: a.next_steps.clone(),
    }
}

impl Picture {
    /// Whether the room may show this group's distribution: it has at least
    /// `floor` participants (or none: an empty table reveals nothing).
    pub fn shown(&self, floor: usize) -> bool {
        self.participants == 0 || self.participants >= floor
    }
}

/// One step of the perception gap: each side's typical (median)
/// established level, when the side is large enough to show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepGap {
    pub step: Step,
    pub ngo: Option<u8>,
    pub institution: Option<u8>,
}

impl StepGap {
    /// The institutions' typical level minus the NGOs' (positive: the
    /// institutions see more participation than the NGOs do).
    pub fn difference(&self) -> Option<i8> {
        difference(self.ngo, self.institution)
    }

    /// The sides differ by one level or more: worth discussing.
    pub fn marked(&self) -> bool {
        self.difference().is_some_and(|d| d != 0)
    }
}

/// Per matrix step, the two sides' typical levels. A side's median is left
/// out when fewer than `floor` of its participants were assessed in the
/// step: one answer's level would show through.
pub fn gap(sides: &Sides, floor: usize) -> Vec<StepGap> {
    Step::MATRIX
        .into_iter()
        .map(|step| StepGap {
            step,
            ngo: typical(&sides.ngo, step, floor),
            institution: typical(&sides.institution, step, floor),
        })
        .collect()
}

/// A picture's typical (median) established level in `step`, when enough
/// of its participants were assessed there to show it.
fn typical(picture: &Picture, step: Step, floor: usize) -> Option<u8> {
    picture
        .spreads
        .iter()
        .find(|spread| spread.step == step)
        .filter(|spread| picture.shown(floor) && spread.assessed() >= floor)
        .and_then(Spread::median)
}

/// One step of two rooms compared (before and after a training, or two
/// provinces): each room's typical level, under the same floor rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub step: Step,
    pub first: Option<u8>,
    pub second: Option<u8>,
}

impl Change {
    /// The second room's typical level minus the first's.
    pub fn difference(&self) -> Option<i8> {
        difference(self.first, self.second)
    }
}

/// `to` minus `from`, two typical levels, when both are shown. (A gap and
/// a change have the same arithmetic and different names: which side, or
/// which room.)
fn difference(from: Option<u8>, to: Option<u8>) -> Option<i8> {
    Some(i8::try_from(to?).ok()? - i8::try_from(from?).ok()?)
}

/// Per matrix step, two rooms' typical levels and the change between them.
pub fn compare(first: &Picture, second: &Picture, floor: usize) -> Vec<Change> {
    Step::MATRIX
        .into_iter()
        .map(|step| Change {
            step,
            first: typical(first, step, floor),
            second: typical(second, step, floor),
        })
        .collect()
}
