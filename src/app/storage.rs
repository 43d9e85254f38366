//! The device's storage, reached through `Result`s only: storage that is
//! missing, blocked, full or holding garbage never stops the app.

use crate::core::content::Content;
use crate::core::lang::Lang;
use crate::core::room::Rooms;
use crate::core::store::{Store, StoreError};
use crate::core::versioned::Versioned;

pub const STORE_KEY: &str = "katilim.store";
pub const ROOMS_KEY: &str = "katilim.rooms";
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

/// Storage that has proved it can be written to, or `None`. The probe runs
/// once: a write costs milliseconds on a cheap phone, and a later failure
/// (quota) shows at the save that hits it.
fn storage() -> Option<web_sys::Storage> {
    thread_local! {
        static WRITABLE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
    }
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let writable = WRITABLE.with(|writable| {
        *writable.get_or_init(|| {
            // Some browsers hand out a storage object that throws on every write.
            storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
        })
    });
    writable.then_some(storage)
}

pub struct Loaded<T> {
    pub value: T,
    /// False when saving would lose or overwrite something: work in memory.
    pub persistent: bool,
    pub notice: Option<Notice>,
}

/// Reads one key. Unreadable values are copied to a backup key before
/// anything can overwrite them; newer ones are left alone, unsaved.
fn load_key<T: Default>(
    key: &str,
    now: u64,
    parse: impl FnOnce(&str) -> Result<T, StoreError>,
) -> Loaded<T> {
    let fresh = |persistent, notice| Loaded {
        value: T::default(),
        persistent,
        notice,
    };
    let Some(storage) = storage() else {
        return fresh(false, Some(Notice::Unavailable));
    };
    let raw = match storage.get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return fresh(true, None),
        Err(_) => return fresh(false, Some(Notice::Unavailable)),
    };
    match parse(&raw) {
        Ok(value) => Loaded {
            value,
            persistent: true,
            notice: None,
        },
        Err(StoreError::Newer { .. }) => fresh(false, Some(Notice::Newer)),
        Err(StoreError::Unreadable { .. }) => {
            // If even the backup fails, do not save at all.
            let kept = storage
                .set_item(&format!("{BACKUP_PREFIX}{key}.{now}"), &raw)
                .is_ok();
            fresh(kept, Some(Notice::Corrupted))
        }
    }
}

pub fn load(content: &Content, now: u64) -> Loaded<Store> {
    load_key(STORE_KEY, now, |raw| Store::from_json(content, raw))
}

pub fn load_rooms(now: u64) -> Loaded<Rooms> {
    load_key(ROOMS_KEY, now, |raw| match Rooms::from_json(raw) {
        Versioned::Readable(rooms) => Ok(rooms),
        Versioned::Newer(found) => Err(StoreError::Newer { found }),
        Versioned::Unreadable(detail) => Err(StoreError::Unreadable { detail }),
    })
}

/// The raw value of a key, if storage can be read and holds one.
pub fn read_key(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Writes a value, or removes its key when there is nothing to keep.
pub fn save_key(key: &str, json: Option<&str>) -> Result<(), ()> {
    let storage = storage().ok_or(())?;
    match json {
        Some(json) => storage.set_item(key, json).map_err(|_| ()),
        None => storage.remove_item(key).map_err(|_| ()),
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
