//! The table code: one code that carries every participant's share code
//! collected at a table, so a trainer scans one QR per table instead of
//! one per person. The participants' own codes ride inside unchanged (a
//! person counted at two tables is still one participant in the room), and
//! the whole has its own version and checksum: a damaged table code is
//! refused whole, never half-read.
//!
//! Layout, in symbols of the share code's alphabet: `Z` (no share code
//! begins with it), the table format (1 symbol), the number of codes (2
//! symbols), then per code its length (2 symbols) and its symbols,
//! and a 20-bit CRC of everything before it in the last 4 symbols.

use std::fmt;

use super::base32;
use super::share_code::{crc, MAX_INPUT_SYMBOLS};

pub const TABLE_FORMAT: u8 = 1;
/// A table of more would not fit a QR code a phone's camera reads well.
pub const MAX_CODES: usize = 60;
const MARK: char = 'Z';
const CHECK_SYMBOLS: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    /// Not a table code at all.
    NotATable,
    /// Made by a newer (or unknown) version of the app.
    WrongFormat { found: u8 },
    /// Cut short, or longer than its contents say.
    WrongLength,
    /// A symbol is wrong: the code was damaged or mistyped.
    BadChecksum,
    /// More codes than a table may carry.
    TooMany,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::NotATable => write!(f, "not a table code"),
            TableError::WrongFormat { found } => write!(f, "table format {found} is not supported"),
            TableError::WrongLength => write!(f, "the table code is cut or too long"),
            TableError::BadChecksum => write!(f, "the table code's checksum does not match"),
            TableError::TooMany => write!(f, "more than {MAX_CODES} codes in one table"),
        }
    }
}

fn bits_of(symbols: &str) -> Vec<bool> {
    symbols
        .chars()
        .filter_map(base32::value)
        .flat_map(|v| (0..5).rev().map(move |i| v >> i & 1 == 1))
        .collect()
}

fn check(symbols: &str) -> String {
    let sum = crc(&bits_of(symbols));
    (0..CHECK_SYMBOLS)
        .rev()
        .map(|i| base32::symbol(u8::try_from(sum >> (5 * i) & 31).unwrap_or(0)))
        .collect()
}

/// The table code of `codes` (share codes as this app writes them, without
/// dashes): each once, in the order given. `None` when there are more than
/// a table carries or a code has a length no share code has.
pub fn encode(codes: &[String]) -> Option<String> {
    let mut unique: Vec<&String> = Vec::new();
    for code in codes {
        if !unique.contains(&code) {
            unique.push(code);
        }
    }
    if unique.len() > MAX_CODES {
        return None;
    }
    let count = u8::try_from(unique.len()).ok()?;
    let mut out = String::new();
    out.push(MARK);
    out.push(base32::symbol(TABLE_FORMAT));
    out.push(base32::symbol(count >> 5));
    out.push(base32::symbol(count & 31));
    for code in unique {
        let len = u8::try_from(code.chars().count()).ok()?;
        if len == 0
            || usize::from(len) > MAX_INPUT_SYMBOLS
            || !code.chars().all(|c| base32::value(c).is_some())
        {
            return None;
        }
        out.push(base32::symbol(len >> 5));
        out.push(base32::symbol(len & 31));
        out.push_str(code);
    }
    Some(sealed(out))
}

/// `body` with its checksum after it.
pub fn sealed(body: String) -> String {
    let sum = check(&body);
    body + &sum
}

/// Whether `symbols` (canonical, no separators) announces a table code:
/// no share code starts with `Z` (it would be format 31), and the shortest
/// table of one code is longer than a word of chat is likely to be.
pub fn looks_like_table(symbols: &str) -> bool {
    symbols.starts_with(MARK) && symbols.len() >= 16
}

/// The share codes a table code carries, or why it is refused (whole).
/// `symbols` are canonical base32 symbols (see `paste`).
pub fn decode(symbols: &str) -> Result<Vec<String>, TableError> {
    // Only this app's own spelling: `paste` hands over canonical symbols.
    if !symbols
        .chars()
        .all(|c| base32::value(c).is_some_and(|v| base32::symbol(v) == c))
    {
        return Err(TableError::NotATable);
    }
    let chars: Vec<char> = symbols.chars().collect();
    let value = |at: usize| chars.get(at).copied().and_then(base32::value);
    if chars.first() != Some(&MARK) {
        return Err(TableError::NotATable);
    }
    let Some(format) = value(1) else {
        return Err(TableError::WrongLength);
    };
    if chars.len() < 4 + CHECK_SYMBOLS {
        return Err(TableError::WrongLength);
    }
    let (body, sum) = chars.split_at(chars.len() - CHECK_SYMBOLS);
    let body: String = body.iter().collect();
    if check(&body) != sum.iter().collect::<String>() {
        return Err(TableError::BadChecksum);
    }
    if format != TABLE_FORMAT {
        return Err(TableError::WrongFormat { found: format });
    }
    let (Some(high), Some(low)) = (value(2), value(3)) else {
        return Err(TableError::WrongLength);
    };
    let count = usize::from(high) << 5 | usize::from(low);
    if count > MAX_CODES {
        return Err(TableError::TooMany);
    }
    let mut codes = Vec::with_capacity(count);
    let mut at = 4;
    for _ in 0..count {
        let len = value(at)
            .zip(value(at + 1))
            .map(|(high, low)| usize::from(high) << 5 | usize::from(low));
        let code = len.and_then(|len| body.get(at + 2..at + 2 + len));
        let (Some(len), Some(code)) = (len, code) else {
            return Err(TableError::WrongLength);
        };
        if len == 0 || len > MAX_INPUT_SYMBOLS {
            return Err(TableError::WrongLength);
        }
        codes.push(code.to_owned());
        at += 2 + len;
    }
    if at != body.len() {
        return Err(TableError::WrongLength);
    }
    Ok(codes)
}
