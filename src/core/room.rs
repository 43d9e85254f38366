//! A workshop room: the trainer's collection of participants' share codes,
//! and its anonymous picture: per step, how many are at each level.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::lang::Lang;
use super::level::Level;
use super::marks::Marks;
use super::paste::Pasted;
use super::scoring::{reason_at, score_area, Answers, Reason};
use super::share_code::{decode, decode_marks};
use super::step::Step;
use super::versioned::{read, Versioned};

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
}

/// What adding codes did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub added: usize,
    /// Codes already in the room (or twice in the paste): counted once.
    pub repeated: usize,
}

impl Room {
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

/// How a room is spread over the levels in one area: index 0 is "not
/// assessed", 1-5 are levels 0-4. The counts add up to the participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub step: Step,
    pub counts: [usize; 6],
}

impl Spread {
    pub fn slot(level: Option<Level>) -> usize {
        level.map_or(0, |level| usize::from(level.value()) + 1)
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
        let total = self.total() as u64;
        if total == 0 {
            return 0;
        }
        let count = self.counts.get(slot).copied().unwrap_or(0) as u64;
        u32::try_from((count * 2000 / total).div_ceil(2)).unwrap_or(1000)
    }

    /// Whole percent, rounded from the tenths (as the table shows it).
    pub fn whole_percent(&self, slot: usize) -> u32 {
        (self.tenths(slot) + 5) / 10
    }
}

/// The room's anonymous picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub participants: usize,
    /// The six steps, then readiness.
    pub spreads: Vec<Spread>,
    /// The answers that set the most participants' step levels (whose
    /// guidance holds their next step), most common first.
    pub next_steps: Vec<(Reason, usize)>,
}

/// What one participant adds to a room's picture. A room keeps one per code,
/// so redrawing the picture is counting, not scoring thousands again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// The `Spread::slot` of each area, in `Step::ALL` order.
    slots: [usize; Step::ALL.len()],
    /// Per assessed matrix step, the first answer that set its level, as
    /// (question, choice) indices: its guidance holds the next step there.
    next: Vec<(usize, usize)>,
}

impl Tally {
    pub fn of(content: &Content, marks: &Marks) -> Tally {
        let mut slots = [0; Step::ALL.len()];
        let mut next = Vec::new();
        for (slot, step) in slots.iter_mut().zip(Step::ALL) {
            let area = score_area(content, marks, step);
            *slot = Spread::slot(area.level);
            if step != Step::Readiness {
                next.extend(area.set_by.first());
            }
        }
        Tally { slots, next }
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
    let mut participants = 0;
    let mut counts = [[0; 6]; Step::ALL.len()];
    let mut next_steps: std::collections::BTreeMap<(usize, usize), usize> = Default::default();
    for tally in tallies {
        participants += 1;
        for (area, slot) in counts.iter_mut().zip(tally.slots) {
            if let Some(count) = area.get_mut(slot) {
                *count += 1;
            }
        }
        for at in &tally.next {
            *next_steps.entry(*at).or_default() += 1;
        }
    }
    let spreads = Step::ALL
        .into_iter()
        .zip(counts)
        .map(|(step, counts)| Spread { step, counts })
        .collect();
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
        spreads,
        next_steps,
    }
}

/// The picture as CSV, one row per area and level ("not assessed" first):
/// UTF-8 with a byte-order mark so spreadsheet programs read Turkish
/// letters right, comma-separated, numbers with a dot.
pub fn to_csv(content: &Content, picture: &Picture, lang: Lang) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let (header, not_assessed) = match lang {
        Lang::Tr => (["Adım", "Düzey", "Katılımcı", "Yüzde"], "Değerlendirilmedi"),
        Lang::En => (["Step", "Level", "Participants", "Percent"], "Not assessed"),
    };
    let header: Vec<String> = header.iter().map(|label| quote(label)).collect();
    let mut csv = format!("\u{feff}{}\r\n", header.join(","));
    for spread in &picture.spreads {
        let step = content
            .step_text(spread.step)
            .map(|t| t.name.get(lang).as_str())
            .unwrap_or_default();
        for (slot, count) in spread.counts.iter().enumerate() {
            let level = slot
                .checked_sub(1)
                .and_then(|value| u8::try_from(value).ok())
                .and_then(Level::from_value)
                .and_then(|level| content.level_text(level))
                .map_or(not_assessed, |text| text.name.get(lang).as_str());
            let tenths = spread.tenths(slot);
            csv += &format!(
                "{},{},{count},{}.{}\r\n",
                quote(step),
                quote(level),
                tenths / 10,
                tenths % 10
            );
        }
    }
    csv
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
    /// A room file as exported, read as untrusted: every code is checked
    /// again and counted once.
    pub fn from_json(content: &Content, text: &str) -> Option<Room> {
        let room: Room = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
        let pasted = super::paste::parse(content, &room.codes.join("\n"));
        let mut clean = Room {
            codes: Vec::new(),
            ..room
        };
        clean.add(&pasted);
        Some(clean)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The picture as JSON: participants, and per area the counts and percents
/// of "not assessed" and levels 0-4 (no codes, nothing about anyone).
pub fn picture_to_json(picture: &Picture) -> String {
    let areas: Vec<serde_json::Value> = picture
        .spreads
        .iter()
        .map(|spread| {
            let percents: Vec<f64> = (0..6).map(|slot| spread.percent(slot)).collect();
            serde_json::json!({
                "step": spread.step.id(),
                "not_assessed": spread.counts[0],
                "levels": &spread.counts[1..],
                "percents": percents,
            })
        })
        .collect();
    let json = serde_json::json!({ "participants": picture.participants, "areas": areas });
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// Each code's tally, by canonical code: a room's picture is redrawn on
/// every change, and decoding and scoring thousands of codes each time would
/// cost more than everything else together.
#[derive(Clone, Debug, Default)]
pub struct Decoded(std::collections::BTreeMap<String, Tally>);

impl Decoded {
    /// Tallies the answers the paste parser has decoded anyway.
    pub fn remember(&mut self, content: &Content, pasted: &Pasted) {
        for found in &pasted.found {
            if !self.0.contains_key(&found.canonical) {
                let tally = Tally::of(content, &found.marks);
                self.0.insert(found.canonical.clone(), tally);
            }
        }
    }

    /// The room's picture, decoding only codes not seen before.
    pub fn picture(&mut self, content: &Content, room: &Room) -> Picture {
        for code in &room.codes {
            if !self.0.contains_key(code) {
                if let Ok((marks, _)) = decode_marks(content, code) {
                    self.0.insert(code.clone(), Tally::of(content, &marks));
                }
            }
        }
        sum(
            content,
            room.codes.iter().filter_map(|code| self.0.get(code)),
        )
    }
}
