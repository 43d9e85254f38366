//! A workshop room: the trainer's collection of participants' share codes,
//! and its anonymous picture: per step, how many are at each level.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::lang::Lang;
use super::level::Level;
use super::paste::Pasted;
use super::readiness::Readiness;
use super::role::Role;
use super::scoring::{Answers, Reason, Standing};
use super::share_code::decode;
use super::step::Step;
use super::versioned::{read, Versioned};
// Tallies and sums live in tally.rs; kept at their old address too.
pub use super::tally::{aggregate, sum, Decoded, Tally};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    pub id: u32,
    pub name: String,
    /// As the trainer typed it, e.g. 2026-11-22.
    pub date: String,
    #[serde(default)]
    pub note: String,
    /// Canonical share codes, each once, in the order they came.
    pub codes: Vec<String>,
    /// The smallest group whose distribution the room shows (see
    /// `Room::floor`); 0 in rooms made before it: the default.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub floor: u8,
    /// The codes the trainer made from paper forms (each is in `codes`
    /// too): they count like everyone, and the exports say how many.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paper: Vec<String>,
    /// The room's invitation tag (core::invite), in its exported file only:
    /// a device keeps its rooms' tags apart (app/invited.rs), and a room
    /// file opened elsewhere takes its tag along, so it still knows its
    /// own participants' codes. 0: it never invited anyone.
    #[serde(default, skip_serializing_if = "is_zero_tag")]
    pub tag: u32,
}

fn is_zero(floor: &u8) -> bool {
    *floor == 0
}

fn is_zero_tag(tag: &u32) -> bool {
    *tag == 0
}

/// A group of fewer participants than the floor shows its count only: its
/// distribution could reveal one NGO's or one official's answers.
pub const DEFAULT_FLOOR: u8 = 5;
/// The floors a trainer may set for a room.
pub const FLOORS: std::ops::RangeInclusive<u8> = 3..=10;

/// What adding codes did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub added: usize,
    /// Codes already in the room (or twice in the paste): counted once.
    pub repeated: usize,
}

impl Room {
    /// The room's anonymity floor: the default unless the trainer set one.
    pub fn floor(&self) -> usize {
        let floor = if self.floor == 0 {
            DEFAULT_FLOOR
        } else {
            self.floor.clamp(*FLOORS.start(), *FLOORS.end())
        };
        usize::from(floor)
    }

    /// Adds one code this app has just written (kiosk mode), unless the
    /// room has it: no reading back, so the results screen needs no paste
    /// reader.
    pub fn add_code(&mut self, code: String) -> bool {
        let new = !self.codes.contains(&code);
        if new {
            self.codes.push(code);
        }
        new
    }

    /// Adds the code of one paper form, entered by the trainer.
    pub fn add_paper(&mut self, code: String) -> bool {
        let new = self.add_code(code.clone());
        if new {
            self.paper.push(code);
        }
        new
    }

    /// How many of the room's participants came from paper forms.
    pub fn from_paper(&self) -> usize {
        let codes: std::collections::BTreeSet<&String> = self.codes.iter().collect();
        self.paper
            .iter()
            .filter(|code| codes.contains(code))
            .count()
    }

    pub fn add(&mut self, pasted: &Pasted) -> Added {
        let mut report = Added::default();
        // A set keeps adding 10,000 codes from quadratic to n log n.
        let mut known: std::collections::BTreeSet<String> = self.codes.iter().cloned().collect();
        for found in &pasted.found {
            if known.insert(found.canonical.clone()) {
                self.codes.push(found.canonical.clone());
                report.added += 1;
            } else {
                report.repeated += 1;
            }
        }
        report
    }

    /// The participants' answers (codes that no longer decode are skipped).
    pub fn answers(&self, content: &Content) -> Vec<Answers> {
        self.codes
            .iter()
            .filter_map(|code| decode(content, code).ok())
            .map(|shared| shared.answers)
            .collect()
    }
}

/// How a room is spread in one area: slot 0 is "not assessed", 1 "not
/// enough answers", then the area's scale from its lowest (levels 0-4 of a
/// matrix step; readiness weak, developing, strong). The counts add up to
/// the participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub step: Step,
    pub counts: [usize; SLOTS],
    /// Of the participants' answers in this area, how many were "don't know".
    pub dont_know: usize,
    pub answers: usize,
}

/// "Not assessed", "not enough answers", and the five levels.
pub const SLOTS: usize = 7;

impl Spread {
    pub fn slot(standing: Standing, rank: Option<u8>) -> usize {
        match (standing, rank) {
            (Standing::Assessed, Some(rank)) => usize::from(rank) + 2,
            (Standing::NotAssessed, _) => 0,
            _ => 1,
        }
    }

    /// The slots of this area: readiness has three values, not five levels.
    pub fn slots(&self) -> std::ops::Range<usize> {
        if self.step.in_matrix() {
            0..SLOTS
        } else {
            0..2 + Readiness::ALL.len()
        }
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Percent of the room, rounded to one decimal.
    pub fn percent(&self, slot: usize) -> f64 {
        f64::from(self.tenths(slot)) / 10.0
    }

    /// Percent of the room in tenths, rounded half up (253 is 25.3 %).
    /// Integers all the way: printing floats costs the app 10 KB of code.
    pub fn tenths(&self, slot: usize) -> u32 {
        let count = self.counts.get(slot).copied().unwrap_or(0);
        tenths_of(count, self.total())
    }

    /// Whole percent, rounded from the tenths (as the table shows it).
    pub fn whole_percent(&self, slot: usize) -> u32 {
        (self.tenths(slot) + 5) / 10
    }

    /// The room's typical value on the area's scale: the lower median of the
    /// participants it could assess (a level 0-4, readiness 0-2).
    pub fn median(&self) -> Option<u8> {
        let values = self.counts.get(2..).unwrap_or_default();
        let assessed: usize = values.iter().sum();
        let middle = assessed.checked_sub(1)? / 2;
        let mut seen = 0;
        for (rank, count) in values.iter().enumerate() {
            seen += count;
            if seen > middle {
                return u8::try_from(rank).ok();
            }
        }
        None
    }

    /// How many participants this area could assess.
    pub fn assessed(&self) -> usize {
        self.counts.get(2..).unwrap_or_default().iter().sum()
    }

    /// The share of "don't know" among the area's answers, in tenths.
    pub fn dont_know_tenths(&self) -> u32 {
        tenths_of(self.dont_know, self.answers)
    }
}

fn tenths_of(count: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    let (count, total) = (count as u64, total as u64);
    u32::try_from((count * 2000 / total).div_ceil(2)).unwrap_or(1000)
}

/// The room's anonymous picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub participants: usize,
    /// Participants whose code was made with an earlier content version
    /// (carried onto the current questions).
    pub carried: usize,
    /// The six steps, then readiness.
    pub spreads: Vec<Spread>,
    /// The answers that set the most participants' established step levels
    /// (whose guidance holds their next step), most common first.
    pub next_steps: Vec<(Reason, usize)>,
}

/// The name of a spread's slot in `lang`: "not assessed", "not enough
/// answers", or the level or readiness value.
pub fn slot_name(content: &Content, step: Step, slot: usize, lang: Lang) -> String {
    let (not_assessed, not_enough) = match lang {
        Lang::Tr => ("Değerlendirilmedi", "Yeterli yanıt yok"),
        Lang::En => ("Not assessed", "Not enough answers"),
    };
    let rank = slot.checked_sub(2).and_then(|rank| u8::try_from(rank).ok());
    let name = match rank {
        _ if slot == 0 => Some(not_assessed.to_owned()),
        None => Some(not_enough.to_owned()),
        Some(rank) if step.in_matrix() => Level::from_value(rank)
            .and_then(|level| content.level_text(level))
            .map(|text| text.name.get(lang).clone()),
        Some(rank) => Readiness::from_value(rank)
            .and_then(|value| content.readiness_text(value))
            .map(|text| text.name.get(lang).clone()),
    };
    name.unwrap_or_default()
}

pub const ROOMS_SCHEMA: u32 = 1;

/// The rooms kept on the trainer's device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rooms {
    pub schema_version: u32,
    pub next_id: u32,
    pub rooms: Vec<Room>,
    /// Kiosk mode: the room each finished participant's result goes to
    /// before their answers are cleared from this shared device.
    #[serde(default)]
    pub kiosk: Option<u32>,
}

impl Default for Rooms {
    fn default() -> Self {
        Rooms {
            schema_version: ROOMS_SCHEMA,
            next_id: 1,
            rooms: Vec::new(),
            kiosk: None,
        }
    }
}

impl Rooms {
    pub fn from_json(text: &str) -> Versioned<Rooms> {
        read(text, ROOMS_SCHEMA)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Keeps a room under a fresh id (imported rooms too) and returns the id.
    pub fn add(&mut self, mut room: Room) -> u32 {
        room.id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        let id = room.id;
        self.rooms.push(room);
        id
    }

    pub fn room(&self, id: u32) -> Option<&Room> {
        self.rooms.iter().find(|room| room.id == id)
    }

    pub fn room_mut(&mut self, id: u32) -> Option<&mut Room> {
        self.rooms.iter_mut().find(|room| room.id == id)
    }

    pub fn remove(&mut self, id: u32) {
        self.rooms.retain(|room| room.id != id);
        if self.kiosk == Some(id) {
            self.kiosk = None;
        }
    }
}

impl Room {
    /// Several rooms as one, for a programme run in many provinces: every
    /// participant once, under the strictest of their floors. The codes
    /// are sorted, so the merged room is the same whatever order the rooms
    /// came in.
    pub fn merged(rooms: &[Room], name: String, date: String) -> Room {
        let codes: std::collections::BTreeSet<&String> =
            rooms.iter().flat_map(|room| room.codes.iter()).collect();
        let paper: std::collections::BTreeSet<&String> = rooms
            .iter()
            .flat_map(|room| room.paper.iter())
            .filter(|code| codes.contains(code))
            .collect();
        Room {
            name,
            date,
            codes: codes.into_iter().cloned().collect(),
            paper: paper.into_iter().cloned().collect(),
            // A room without a floor of its own has the default one.
            floor: rooms
                .iter()
                .filter_map(|room| u8::try_from(room.floor()).ok())
                .max()
                .unwrap_or(0),
            ..Room::default()
        }
    }

    /// A room file as exported, read as untrusted: every code is checked
    /// again and counted once. Without `institution` (its bank has not
    /// arrived), an institution's code is kept if its checksum holds, to be
    /// read later.
    pub fn from_json(content: &Content, institution: Option<&Content>, text: &str) -> Option<Room> {
        let mut room: Room = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
        room.tag &= super::share_code::TAG_MASK;
        let pasted = super::paste::parse_banks(content, institution, &room.codes.join("\n"));
        let waiting: Vec<&String> = pasted
            .rejected
            .iter()
            .filter(|rejected| {
                rejected.reason
                    == super::share_code::DecodeError::OtherRole {
                        found: Some(Role::Institution),
                    }
            })
            .filter_map(|rejected| room.codes.get(rejected.line.wrapping_sub(1)))
            .collect();
        let mut clean = Room {
            codes: Vec::new(),
            ..room.clone()
        };
        clean.add(&pasted);
        for code in waiting {
            if !clean.codes.contains(code) {
                clean.codes.push(code.clone());
            }
        }
        // Paper marks only the room's own codes, each once.
        let codes: std::collections::BTreeSet<&String> = clean.codes.iter().collect();
        let mut marked = std::collections::BTreeSet::new();
        let paper = room
            .paper
            .iter()
            .filter(|code| codes.contains(code) && marked.insert(*code))
            .cloned()
            .collect();
        clean.paper = paper;
        Some(clean)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
