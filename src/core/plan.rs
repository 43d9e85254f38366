//! The NGO's action plan: at most seven steps it means to take, each with
//! the decision-making step it belongs to, who does it, by which month and
//! how far it is. Kept with the assessment on the device and in its file,
//! never in a share code: it can hold people's names.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::step::Step;

pub const MAX_ITEMS: usize = 7;
/// What a merged plan may hold: two tabs that each filled the plan keep
/// every item (nothing is added past `MAX_ITEMS` until some go).
pub const MAX_KEPT: usize = 2 * MAX_ITEMS;
/// How many removals a plan remembers, so that another tab's copy of a
/// removed item does not come back.
const MAX_REMOVED: usize = 32;
pub const MAX_TEXT_CHARS: usize = 400;
pub const MAX_WHO_CHARS: usize = 120;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Planned,
    InProgress,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Planned, Status::InProgress, Status::Done];

    pub fn id(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in-progress",
            Status::Done => "done",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.id() == id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// The time it was added (ms), raised past earlier ids: two tabs that
    /// add an item each give them different ids.
    pub id: u64,
    pub step: Step,
    pub text: String,
    /// A person or a team, as the NGO writes it.
    #[serde(default)]
    pub who: String,
    /// The target month as `YYYY-MM`, or empty.
    #[serde(default)]
    pub month: String,
    #[serde(default)]
    pub status: Status,
    /// When it was added or last edited (ms): of two tabs' copies of an
    /// item, the later edit wins.
    #[serde(default)]
    pub changed: u64,
}

/// An item removed at `at` (ms).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub id: u64,
    pub at: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub items: Vec<PlanItem>,
    #[serde(default)]
    pub next_id: u64,
    /// When the plan last changed (ms): of two tabs, the later one gives
    /// the order.
    #[serde(default)]
    pub updated: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Removed>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// Already `MAX_ITEMS` items.
    Full,
    /// More than `MAX_KEPT` items, or too many removals (a damaged file).
    TooMany,
    EmptyText,
    TooLong {
        field: &'static str,
    },
    /// Not `YYYY-MM` with a month 01-12.
    BadMonth,
    UnknownItem,
    /// Two items with one id (a damaged file).
    RepeatedId,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Full => write!(f, "the plan has {MAX_ITEMS} items already"),
            PlanError::TooMany => write!(f, "the plan holds more than {MAX_KEPT} items"),
            PlanError::EmptyText => write!(f, "an item needs a text"),
            PlanError::TooLong { field } => write!(f, "{field} is too long"),
            PlanError::BadMonth => write!(f, "the month is not YYYY-MM"),
            PlanError::UnknownItem => write!(f, "no such item"),
            PlanError::RepeatedId => write!(f, "two items have the same id"),
        }
    }
}

fn month_ok(month: &str) -> bool {
    let Some((year, number)) = month.split_once('-') else {
        return month.is_empty();
    };
    year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && number.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && number.len() == 2
}

fn check_item(item: &PlanItem) -> Result<(), PlanError> {
    if item.text.trim().is_empty() {
        return Err(PlanError::EmptyText);
    }
    if item.text.chars().count() > MAX_TEXT_CHARS {
        return Err(PlanError::TooLong { field: "text" });
    }
    if item.who.chars().count() > MAX_WHO_CHARS {
        return Err(PlanError::TooLong { field: "who" });
    }
    if !month_ok(&item.month) {
        return Err(PlanError::BadMonth);
    }
    Ok(())
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds an item (planned, nobody named yet) and returns its id.
    pub fn add(&mut self, step: Step, text: &str, now: u64) -> Result<u64, PlanError> {
        if self.items.len() >= MAX_ITEMS {
            return Err(PlanError::Full);
        }
        let id = self
            .next_id
            .max(now)
            .max(self.items.iter().map(|i| i.id + 1).max().unwrap_or(0));
        let item = PlanItem {
            id,
            step,
            text: text.trim().to_owned(),
            who: String::new(),
            month: String::new(),
            status: Status::Planned,
            changed: now,
        };
        check_item(&item)?;
        self.items.push(item);
        self.next_id = id + 1;
        self.updated = self.updated.max(now);
        Ok(id)
    }

    /// Replaces an item's fields, checked as a whole: a bad field changes
    /// nothing.
    pub fn edit(&mut self, changed: PlanItem, now: u64) -> Result<(), PlanError> {
        check_item(&changed)?;
        let item = self
            .items
            .iter_mut()
            .find(|item| item.id == changed.id)
            .ok_or(PlanError::UnknownItem)?;
        *item = PlanItem {
            text: changed.text.trim().to_owned(),
            who: changed.who.trim().to_owned(),
            changed: now,
            ..changed
        };
        self.updated = self.updated.max(now);
        Ok(())
    }

    pub fn remove(&mut self, id: u64, now: u64) {
        self.items.retain(|item| item.id != id);
        self.removed.push(Removed { id, at: now });
        self.forget_old_removals();
        self.updated = self.updated.max(now);
    }

    fn forget_old_removals(&mut self) {
        self.removed
            .sort_by_key(|removed| (removed.id, std::cmp::Reverse(removed.at)));
        self.removed.dedup_by_key(|removed| removed.id);
        self.removed
            .sort_by_key(|removed| std::cmp::Reverse(removed.at));
        self.removed.truncate(MAX_REMOVED);
    }

    /// Takes in `other`, a copy of this plan changed elsewhere (another
    /// tab), losing nothing either side did: each item as last edited,
    /// removals from both, the order of the copy changed last, and items
    /// added on one side only kept (after the others).
    pub fn merge(&mut self, other: &Plan) {
        let (mut first, second) = if other.updated > self.updated {
            (other.clone(), &*self)
        } else {
            (self.clone(), other)
        };
        for theirs in &second.items {
            match first.items.iter_mut().find(|item| item.id == theirs.id) {
                Some(mine) if theirs.changed > mine.changed => mine.clone_from(theirs),
                Some(_) => {}
                None => first.items.push(theirs.clone()),
            }
        }
        first.removed.extend(&second.removed);
        let removed = first.removed.clone();
        first.items.retain(|item| {
            !removed
                .iter()
                .any(|gone| gone.id == item.id && gone.at >= item.changed)
        });
        first.items.truncate(MAX_KEPT);
        first.forget_old_removals();
        first.next_id = self.next_id.max(other.next_id);
        first.updated = self.updated.max(other.updated);
        *self = first;
    }

    /// Moves an item one place up (`up`) or down; at an end, nothing.
    pub fn shift(&mut self, id: u64, up: bool, now: u64) {
        let Some(at) = self.items.iter().position(|item| item.id == id) else {
            return;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        if let Some(to) = to.filter(|to| *to < self.items.len()) {
            self.items.swap(at, to);
            self.updated = self.updated.max(now);
        }
    }

    /// (items in all, items done).
    pub fn counts(&self) -> (usize, usize) {
        let done = self
            .items
            .iter()
            .filter(|item| item.status == Status::Done)
            .count();
        (self.items.len(), done)
    }

    /// The items not done, for a new assessment of the same NGO.
    pub fn open_items(&self) -> Plan {
        Plan {
            items: self
                .items
                .iter()
                .filter(|item| item.status != Status::Done)
                .cloned()
                .collect(),
            next_id: self.next_id,
            updated: self.updated,
            removed: Vec::new(),
        }
    }

    /// Checks a plan read from a file or storage: every item, the count,
    /// and unique ids.
    pub fn check(&self) -> Result<(), PlanError> {
        if self.items.len() > MAX_KEPT || self.removed.len() > MAX_REMOVED {
            return Err(PlanError::TooMany);
        }
        let mut ids = std::collections::BTreeSet::new();
        for item in &self.items {
            if !ids.insert(item.id) {
                return Err(PlanError::RepeatedId);
            }
            check_item(item)?;
        }
        Ok(())
    }
}
