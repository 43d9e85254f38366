//! Reading many share codes out of pasted text: one per line or mixed with
//! chat messages, links, any case, spaces, dashes and punctuation around
//! them. Every line that holds no usable code is reported with its reason;
//! a bad line never costs a good one.

use super::base32;
use super::content::Content;
use super::invite;
use super::marks::Marks;
use super::role::Role;
use super::share_code::{code_lens, decode_either, DecodeError, MAX_INPUT_SYMBOLS};
use super::table_code;

/// A code found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// 1-based line number.
    pub line: usize,
    /// The decoded answers (the tag is in the code).
    pub marks: Marks,
    /// The code as this app writes it: the key that makes a repeat count once.
    /// A code of an earlier content version is kept as it was.
    pub canonical: String,
    /// The content version it was made with (earlier ones are carried over).
    pub version: u32,
    /// On whose behalf it was made (whose questions `marks` answer).
    pub role: Role,
    /// The room tag of the invitation it was made from (`~TTTT` after the
    /// code in its link), if any.
    pub room_tag: Option<u32>,
}

/// A line that held no usable code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub line: usize,
    /// The line, shortened for display.
    pub text: String,
    pub reason: DecodeError,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pasted {
    pub found: Vec<Found>,
    pub rejected: Vec<Rejected>,
}

const SHOWN_CHARS: usize = 80;

/// A run of code symbols with the separators inside it dropped, and where
/// each of its words starts (codes are split at word boundaries only).
struct Run {
    symbols: String,
    word_starts: Vec<usize>,
}

fn runs(line: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut current = Run {
        symbols: String::new(),
        word_starts: Vec::new(),
    };
    let mut in_word = false;
    for c in line.chars() {
        if let Some(value) = base32::value(c) {
            if !in_word {
                current.word_starts.push(current.symbols.len());
                in_word = true;
            }
            current.symbols.push(base32::symbol(value));
        } else if base32::is_separator(c) {
            in_word = false;
        } else {
            in_word = false;
            if !current.symbols.is_empty() {
                runs.push(std::mem::replace(
                    &mut current,
                    Run {
                        symbols: String::new(),
                        word_starts: Vec::new(),
                    },
                ));
            }
        }
    }
    if !current.symbols.is_empty() {
        runs.push(current);
    }
    runs
}

/// Whether the first four symbols announce a code of a known format for a
/// question set other than the current ones: only then are windows of
/// other lengths worth decoding.
fn other_version_header(banks: &[&Content], symbols: &str) -> bool {
    let head: Vec<u32> = symbols
        .chars()
        .take(4)
        .filter_map(base32::value)
        .map(u32::from)
        .collect();
    let [a, b, c, d] = head[..] else {
        return false;
    };
    let bits = a << 15 | b << 10 | c << 5 | d;
    let format = bits >> 15;
    let (role, version) = match format {
        1 => (Some(Role::Ngo), bits >> 5 & 0x3FF),
        2 => (Role::from_code(bits >> 13 & 0b11), bits >> 3 & 0x3FF),
        _ => return false,
    };
    !banks
        .iter()
        .any(|bank| Some(bank.role) == role && bank.version == version)
}

/// Splits pasted text at line ends into pieces of about `bytes` each, with
/// the number of lines before each piece, so a large paste can be read a
/// piece per frame without freezing the page.
pub fn pieces(text: &str, bytes: usize) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let (mut start, mut lines_before) = (0, 0);
    while start < text.len() {
        let mut end = (start + bytes.max(1)).min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        // Extend to the end of the line so no line is cut in two.
        end = text
            .get(end..)
            .and_then(|rest| rest.find('\n'))
            .map_or(text.len(), |at| end + at + 1);
        let piece = text.get(start..end).unwrap_or_default();
        pieces.push((lines_before, piece));
        lines_before += piece.lines().count();
        start = end;
    }
    pieces
}

impl Pasted {
    /// Adds what a later piece found, its line numbers moved past the
    /// `lines_before` lines that came earlier.
    pub fn extend(&mut self, later: Pasted, lines_before: usize) {
        self.found
            .extend(later.found.into_iter().map(|found| Found {
                line: found.line + lines_before,
                ..found
            }));
        self.rejected
            .extend(later.rejected.into_iter().map(|rejected| Rejected {
                line: rejected.line + lines_before,
                ..rejected
            }));
    }
}

/// Reads every NGO code in `text` (see `parse_banks`).
pub fn parse(content: &Content, text: &str) -> Pasted {
    parse_banks(content, None, text)
}

/// Reads every code in `text`: an NGO's with `content`, an institution's
/// with `institution` (its view of the content) when it is here; without
/// it, an institution's code is rejected as `OtherRole`. Runs in time
/// linear in the text's length.
pub fn parse_banks(content: &Content, institution: Option<&Content>, text: &str) -> Pasted {
    let banks: Vec<&Content> = [Some(content), institution].into_iter().flatten().collect();
    let wanted: Vec<usize> = banks.iter().flat_map(|bank| code_lens(bank)).collect();
    let mut pasted = Pasted::default();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let room_tag = invite::tag_in(line);
        let mut found_here = false;
        let mut problem: Option<DecodeError> = None;
        for run in runs(line) {
            let mut next_free = 0;
            for (w, &start) in run.word_starts.iter().enumerate() {
                if start < next_free {
                    continue;
                }
                let rest = run.symbols.get(start..).unwrap_or_default();
                // A table code is one word: its participants' codes are
                // read, each on this line, or none if it is damaged.
                let word_end = run
                    .word_starts
                    .get(w + 1)
                    .map_or(rest.len(), |&s| s - start);
                let word = rest.get(..word_end).unwrap_or_default();
                if table_code::looks_like_table(word) {
                    match table_code::decode(word) {
                        Ok(codes) => {
                            for code in codes {
                                match decode_either(content, institution, &code) {
                                    Ok((bank, marks, _, version)) => pasted.found.push(Found {
                                        line: line_no,
                                        marks,
                                        canonical: code,
                                        version,
                                        role: bank.role,
                                        room_tag: None,
                                    }),
                                    Err(reason) => pasted.rejected.push(Rejected {
                                        line: line_no,
                                        text: code,
                                        reason,
                                    }),
                                }
                            }
                            found_here = true;
                        }
                        Err(error) => problem = Some(DecodeError::BadTable(error)),
                    }
                    next_free = start + word_end;
                    continue;
                }
                // Windows end on word boundaries, at most MAX_INPUT_SYMBOLS
                // on: the exact length of this app's codes, and any length
                // where the header names another question set.
                let other = other_version_header(&banks, rest);
                let ends: Vec<usize> = run
                    .word_starts
                    .iter()
                    .skip(w + 1)
                    .map(|&s| s - start)
                    .chain([rest.len()])
                    .take_while(|&len| len <= MAX_INPUT_SYMBOLS)
                    .filter(|&len| wanted.contains(&len) || (other && len >= 7))
                    .collect();
                for len in ends {
                    let window = rest.get(..len).unwrap_or_default();
                    match decode_either(content, institution, window) {
                        Ok((bank, marks, _, version)) => {
                            // The run holds canonical symbols, and a valid code
                            // has exactly one spelling: no need to encode again.
                            let canonical = rest.get(..len).unwrap_or_default().to_owned();
                            pasted.found.push(Found {
                                line: line_no,
                                marks,
                                canonical,
                                version,
                                role: bank.role,
                                room_tag,
                            });
                            found_here = true;
                            next_free = start + len;
                            break;
                        }
                        Err(
                            error @ (DecodeError::OtherContentVersion { .. }
                            | DecodeError::OtherRole { .. }),
                        ) => problem = Some(error),
                        Err(error) if wanted.contains(&len) && problem.is_none() => {
                            problem = Some(error)
                        }
                        Err(_) => {}
                    }
                }
            }
        }
        if !found_here && !line.trim().is_empty() {
            pasted.rejected.push(Rejected {
                line: line_no,
                text: line.trim().chars().take(SHOWN_CHARS).collect(),
                reason: problem.unwrap_or(DecodeError::NotACode),
            });
        }
    }
    pasted
}
