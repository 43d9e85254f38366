//! What the app keeps on the device: the saved assessments, which one is
//! open, and where in it the user was. Versioned: older stores are migrated,
//! newer or unreadable ones are reported and never overwritten by the caller.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::assessment::Assessment;
use super::content::Content;
use super::role::Role;
use super::versioned::{read, Versioned};

pub const STORE_SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Store {
    pub schema_version: u32,
    /// The id of the assessment being answered, if any.
    pub current: Option<u32>,
    pub next_id: u32,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u32,
    /// The question the user was on (index in content order), for Continue.
    pub cursor: usize,
    pub assessment: Assessment,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Not JSON of a store, or an assessment in it does not fit the content.
    Unreadable { detail: String },
    /// Written by a newer version of the app.
    Newer { found: u32 },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unreadable { detail } => write!(f, "unreadable: {detail}"),
            StoreError::Newer { found } => write!(f, "written by a newer version (schema {found})"),
        }
    }
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

impl Store {
    pub fn new() -> Self {
        Store {
            schema_version: STORE_SCHEMA,
            current: None,
            next_id: 1,
            entries: Vec::new(),
        }
    }

    /// Reads a stored store with the NGO's content alone (see `from_json_banks`).
    pub fn from_json(content: &Content, text: &str) -> Result<Store, StoreError> {
        Store::from_json_banks(content, None, text)
    }

    /// Reads a stored store: each record checked with its role's content,
    /// `institution` being the institution's view when its bank is here.
    pub fn from_json_banks(
        content: &Content,
        institution: Option<&Content>,
        text: &str,
    ) -> Result<Store, StoreError> {
        let mut store: Store = match read(text, STORE_SCHEMA) {
            Versioned::Readable(store) => store,
            Versioned::Newer(found) => return Err(StoreError::Newer { found }),
            Versioned::Unreadable(detail) => return Err(StoreError::Unreadable { detail }),
        };
        // An institution's records are checked once its bank is here; until
        // then they are kept as they were saved.
        for entry in &mut store.entries {
            let bank = match (entry.assessment.role, institution) {
                (Role::Ngo, _) => content,
                (Role::Institution, Some(view)) => view,
                (Role::Institution, None) => continue,
            };
            // Each record goes through the same checks as an imported file.
            entry.assessment =
                Assessment::from_json(bank, &entry.assessment.to_json()).map_err(|error| {
                    StoreError::Unreadable {
                        detail: error.to_string(),
                    }
                })?;
            entry.cursor = entry.cursor.min(bank.questions.len().saturating_sub(1));
        }
        if store.current.is_some_and(|id| store.entry(id).is_none()) {
            store.current = None;
        }
        let highest = store
            .entries
            .iter()
            .map(|entry| entry.id)
            .max()
            .unwrap_or(0);
        store.next_id = store.next_id.max(highest.saturating_add(1));
        Ok(store)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn entry(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    pub fn entry_mut(&mut self, id: u32) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|entry| entry.id == id)
    }

    pub fn current(&self) -> Option<&Entry> {
        self.current.and_then(|id| self.entry(id))
    }

    /// Keeps a new assessment, makes it current and returns its id.
    pub fn add(&mut self, assessment: Assessment) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        self.entries.push(Entry {
            id,
            cursor: 0,
            assessment,
        });
        self.current = Some(id);
        id
    }

    pub fn remove(&mut self, id: u32) {
        self.entries.retain(|entry| entry.id != id);
        if self.current == Some(id) {
            self.current = None;
        }
    }

    /// Another tab saved `newer`: take its new assessments and its newer
    /// answers, and drop what it deleted (ids it had handed out and no longer
    /// holds). This tab's own unsaved additions have ids it never saw.
    pub fn absorb(&mut self, newer: &Store) {
        self.entries
            .retain(|entry| entry.id >= newer.next_id || newer.entry(entry.id).is_some());
        self.take_from(newer, |_| true);
        if self.current.is_some_and(|id| self.entry(id).is_none()) {
            self.current = None;
        }
    }

    /// What to save when storage holds `stored` (perhaps written by another
    /// tab since): this store, with the newer answers of `stored` and the
    /// assessments it started that this one has never seen.
    pub fn saved_over(&self, stored: &Store) -> Store {
        let mut merged = self.clone();
        let known = self.next_id;
        merged.take_from(stored, |id| id >= known);
        merged
    }

    fn take_from(&mut self, other: &Store, add: impl Fn(u32) -> bool) {
        for theirs in &other.entries {
            match self.entry_mut(theirs.id) {
                Some(mine) => mine.assessment.merge(&theirs.assessment),
                None if add(theirs.id) => self.entries.push(theirs.clone()),
                None => {}
            }
        }
        self.entries.sort_by_key(|entry| entry.id);
        self.next_id = self.next_id.max(other.next_id);
    }

    /// The saved assessments, newest change first.
    pub fn by_recency(&self) -> Vec<&Entry> {
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_by(|a, b| {
            b.assessment
                .updated
                .cmp(&a.assessment.updated)
                .then(b.id.cmp(&a.id))
        });
        entries
    }

    /// The most recent other assessment, to compare a result with.
    pub fn previous_to(&self, id: u32) -> Option<&Entry> {
        let this = &self.entry(id)?.assessment;
        let (created, role) = (this.created, this.role);
        // Only the same role's: the two banks' answers do not compare.
        self.entries
            .iter()
            .filter(|entry| {
                entry.id != id
                    && entry.assessment.created <= created
                    && entry.assessment.role == role
            })
            .max_by_key(|entry| (entry.assessment.created, entry.id))
    }
}
