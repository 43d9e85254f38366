//! What each participant adds to a room's picture (a tally per code, so a
//! redraw counts instead of scoring again), and the pictures summed from
//! them: the whole room's and each side's.

use super::content::Content;
use super::marks::Marks;
use super::paste::Pasted;
use super::role::Role;
use super::room::{Picture, Room, Spread, SLOTS};
use super::scoring::{reason_at, score_area, Answers, Reason};
use super::share_code::decode_either;
use super::sides::{combined, Sides};
use super::step::Step;

/// What one participant adds to a room's picture. A room keeps one per code,
/// so redrawing the picture is counting, not scoring thousands again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// Each area's part, in `Step::ALL` order.
    areas: [AreaTally; Step::ALL.len()],
    /// Per assessed matrix step, the first answer that set its level, as
    /// (question, choice) indices: its guidance holds the next step there.
    next: Vec<(usize, usize)>,
    /// Made with an earlier content version.
    carried: bool,
    /// Whose questions it answered (the content's role).
    role: Role,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct AreaTally {
    /// Its `Spread::slot`.
    slot: usize,
    /// "Don't know" answers, and all answers, in the area.
    dont_know: usize,
    answers: usize,
}

impl Tally {
    pub fn of(content: &Content, marks: &Marks) -> Tally {
        let mut tally = Tally {
            areas: [AreaTally::default(); Step::ALL.len()],
            next: Vec::new(),
            carried: false,
            role: content.role,
        };
        for (area, step) in tally.areas.iter_mut().zip(Step::ALL) {
            let score = score_area(content, marks, step);
            *area = AreaTally {
                slot: Spread::slot(score.standing, score.rank),
                dont_know: score.dont_know,
                answers: score.counted + score.dont_know + score.not_applicable,
            };
            if step.in_matrix() {
                tally.next.extend(score.set_by.first());
            }
        }
        tally
    }

    fn carried(mut self, carried: bool) -> Tally {
        self.carried = carried;
        self
    }
}

pub fn aggregate<'a>(
    content: &Content,
    participants: impl IntoIterator<Item = &'a Answers>,
) -> Picture {
    let tallies: Vec<Tally> = participants
        .into_iter()
        .map(|answers| Tally::of(content, &Marks::of(content, answers)))
        .collect();
    sum(content, &tallies)
}

/// The picture of a room whose participants are already tallied.
pub fn sum<'a>(content: &Content, tallies: impl IntoIterator<Item = &'a Tally>) -> Picture {
    let (mut participants, mut carried) = (0, 0);
    let mut spreads: Vec<Spread> = Step::ALL
        .into_iter()
        .map(|step| Spread {
            step,
            counts: [0; SLOTS],
            dont_know: 0,
            answers: 0,
        })
        .collect();
    let mut next_steps: std::collections::BTreeMap<(usize, usize), usize> = Default::default();
    for tally in tallies {
        participants += 1;
        carried += usize::from(tally.carried);
        for (spread, area) in spreads.iter_mut().zip(&tally.areas) {
            if let Some(count) = spread.counts.get_mut(area.slot) {
                *count += 1;
            }
            spread.dont_know += area.dont_know;
            spread.answers += area.answers;
        }
        for at in &tally.next {
            *next_steps.entry(*at).or_default() += 1;
        }
    }
    let mut next_steps: Vec<(Reason, usize)> = next_steps
        .into_iter()
        .filter_map(|(at, count)| Some((reason_at(content, at)?, count)))
        .collect();
    // Most common first; equal counts keep the content's question order.
    let order = |reason: &Reason| {
        content
            .questions
            .iter()
            .position(|q| q.id == reason.question)
    };
    next_steps.sort_by(|(a, x), (b, y)| {
        y.cmp(x)
            .then_with(|| order(a).cmp(&order(b)))
            .then_with(|| a.choice.cmp(&b.choice))
    });
    Picture {
        participants,
        carried,
        spreads,
        next_steps,
    }
}

/// Each code's tally, by canonical code: a room's picture is redrawn on
/// every change, and decoding and scoring thousands of codes each time would
/// cost more than everything else together.
#[derive(Clone, Debug, Default)]
pub struct Decoded(std::collections::BTreeMap<String, Tally>);

impl Decoded {
    /// Tallies the answers the paste parser has decoded anyway, each with
    /// its role's content (`institution`, the institution's view, for its
    /// codes).
    pub fn remember(&mut self, content: &Content, institution: Option<&Content>, pasted: &Pasted) {
        for found in &pasted.found {
            let bank = match found.role {
                Role::Ngo => Some(content),
                Role::Institution => institution,
            };
            if let Some(bank) = bank.filter(|_| !self.0.contains_key(&found.canonical)) {
                let tally = Tally::of(bank, &found.marks).carried(found.version != bank.version);
                self.0.insert(found.canonical.clone(), tally);
            }
        }
    }

    /// The room's picture, decoding only codes not seen before (see `sides`).
    pub fn picture(&mut self, content: &Content, room: &Room) -> Picture {
        self.sides(content, None, room).all
    }

    /// The room's pictures per side and together, decoding only codes not
    /// seen before. Without `institution`, institutions' codes wait unread.
    pub fn sides(
        &mut self,
        content: &Content,
        institution: Option<&Content>,
        room: &Room,
    ) -> Sides {
        let mut waiting = 0;
        for code in &room.codes {
            if !self.0.contains_key(code) {
                match decode_either(content, institution, code) {
                    Ok((bank, marks, _, version)) => {
                        let tally = Tally::of(bank, &marks).carried(version != bank.version);
                        self.0.insert(code.clone(), tally);
                    }
                    Err(super::share_code::DecodeError::OtherRole {
                        found: Some(Role::Institution),
                    }) => waiting += 1,
                    Err(_) => {}
                }
            }
        }
        let of = |role: Role| {
            room.codes
                .iter()
                .filter_map(|code| self.0.get(code))
                .filter(move |tally| tally.role == role)
        };
        let ngo = sum(content, of(Role::Ngo));
        let institution = sum(institution.unwrap_or(content), of(Role::Institution));
        Sides {
            all: combined(&ngo, &institution),
            ngo,
            institution,
            waiting,
        }
    }
}
