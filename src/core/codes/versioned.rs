//! Reading untrusted JSON records that carry a `schema_version`: the one
//! place that decides "unreadable", "newer than this app" or "readable".

use serde::de::DeserializeOwned;

pub enum Versioned<T> {
    Readable(T),
    /// Written by a newer app: the caller keeps it and does not guess.
    Newer(u32),
    /// Not JSON, or not this record's shape; the parser's words for where.
    Unreadable(String),
}

/// Parses `text` as a record of schema `current` or older. Older records
/// would be migrated here; schema 1 is the first, so there is none yet.
pub fn read<T: DeserializeOwned>(text: &str, current: u32) -> Versioned<T> {
    let value: serde_json::Value = match serde_json::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(value) => value,
        Err(error) => return Versioned::Unreadable(error.to_string()),
    };
    let Some(found) = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
    else {
        return Versioned::Unreadable("no schema_version".into());
    };
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    if found > current {
        return Versioned::Newer(found);
    }
    match serde_json::from_value(value) {
        Ok(record) => Versioned::Readable(record),
        Err(error) => Versioned::Unreadable(error.to_string()),
    }
}
