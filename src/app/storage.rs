//! The device's storage, reached through `Result`s only: storage that is
//! missing, blocked, full or holding garbage never stops the app.

use crate::core::content::Content;
use crate::core::lang::Lang;
use crate::core::store::{Store, StoreError};

pub const STORE_KEY: &str = "katilim.store";
pub const LANG_KEY: &str = "katilim.lang";
pub const BACKUP_PREFIX: &str = "katilim.backup.";
/// Every key the app writes starts with this, so "delete all" finds them.
const PREFIX: &str = "katilim.";
const PROBE_KEY: &str = "katilim.probe";

/// What the user must be told about their data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The stored data was unreadable: kept under a backup key, app started clean.
    Corrupted,
    /// No storage at all: answers live in memory only.
    Unavailable,
    /// A save failed (quota): the answer is kept in memory.
    SaveFailed,
    /// Written by a newer version: left untouched, nothing will be saved.
    Newer,
}

/// Storage that has proved it can be written to, or `None`.
fn storage() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    // Some browsers hand out a storage object that throws on every write.
    storage.set_item(PROBE_KEY, "1").ok()?;
    storage.remove_item(PROBE_KEY).ok()?;
    Some(storage)
}

pub struct Loaded {
    pub store: Store,
    /// False when saving would lose or overwrite something: work in memory.
    pub persistent: bool,
    pub notice: Option<Notice>,
}

pub fn load(content: &Content, now: u64) -> Loaded {
    let Some(storage) = storage() else {
        return Loaded {
            store: Store::new(),
            persistent: false,
            notice: Some(Notice::Unavailable),
        };
    };
    let raw = match storage.get_item(STORE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                store: Store::new(),
                persistent: true,
                notice: None,
            }
        }
        Err(_) => {
            return Loaded {
                store: Store::new(),
                persistent: false,
                notice: Some(Notice::Unavailable),
            }
        }
    };
    match Store::from_json(content, &raw) {
        Ok(store) => Loaded {
            store,
            persistent: true,
            notice: None,
        },
        Err(StoreError::Newer { .. }) => Loaded {
            store: Store::new(),
            persistent: false,
            notice: Some(Notice::Newer),
        },
        Err(StoreError::Unreadable { .. }) => {
            // Keep the original before anything can overwrite it; if even
            // that fails, do not save at all.
            let kept = storage
                .set_item(&format!("{BACKUP_PREFIX}{now}"), &raw)
                .is_ok();
            Loaded {
                store: Store::new(),
                persistent: kept,
                notice: Some(Notice::Corrupted),
            }
        }
    }
}

pub fn save(json: &str) -> Result<(), ()> {
    storage()
        .ok_or(())?
        .set_item(STORE_KEY, json)
        .map_err(|_| ())
}

pub fn remove_store() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORE_KEY);
    }
}

pub fn load_lang() -> Option<Lang> {
    storage()?
        .get_item(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Removes every key the app wrote, backups included.
pub fn clear_all() {
    let Some(storage) = storage() else { return };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
