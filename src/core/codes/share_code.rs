//! The share code: a short, checksummed text that carries an assessment's
//! answers (never its name) from one device to another, e.g.
//! `1Z3K-9D2F-...`. Layout, in bits: code format (5), role (2, from format
//! 2 on; a format-1 code is an NGO's), content version (10, the version of
//! that role's question bank), participant tag (20), then each question in content order (a single-choice question as
//! 0 = unanswered or 1 + choice index, in as few bits as its choice count
//! needs; a multiple-choice one as one bit per choice), zero padding to a
//! whole symbol, and a 20-bit CRC of all that in the last 4 symbols.

use std::fmt;

use super::base32;
use super::content::{Content, Kind, Previous};
use super::marks::Marks;
use super::migrate::carry_marks;
use super::role::Role;
use super::scoring::Answers;
use super::table_code::TableError;

/// 2: the role after the format (format 1 had none: all NGO codes).
pub const FORMAT_VERSION: u8 = 2;
/// Longer input is refused before any work is done.
pub const MAX_INPUT_SYMBOLS: usize = 64;
const VERSION_BITS: u32 = 5;
const ROLE_BITS: u32 = 2;
const CONTENT_BITS: u32 = 10;
const TAG_BITS: u32 = 20;
/// Tags are 20-bit numbers.
pub const TAG_MASK: u32 = (1 << TAG_BITS) - 1;
const CHECK_BITS: u32 = 20;
const CHECK_SYMBOLS: usize = 4;
/// x^20 + x^3 + 1 (primitive): catches every error burst up to 20 bits, so
/// every mistyped symbol and every swap of neighbours.
const CRC_POLY: u32 = 0x0_0009;

/// What a share code carries: the answers, and a random tag that tells two
/// participants with the same answers apart in a workshop room (it says
/// nothing about who they are).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub answers: Answers,
    pub tag: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Empty, or holds characters that no code has.
    NotACode,
    /// More symbols than a code of this content can have.
    TooLong,
    /// Fewer symbols than a code of this content has.
    TooShort,
    /// A symbol is wrong: mistyped or cut.
    BadChecksum,
    /// Made by a newer (or unknown) version of the app.
    WrongFormat { found: u8 },
    /// Made for another set of questions.
    OtherContentVersion { found: u32, expected: u32 },
    /// Made on behalf of the other role (its own question bank); `None`
    /// for a role this app does not know.
    OtherRole { found: Option<Role> },
    /// Names a choice the question does not have.
    UnknownChoice { question: String },
    /// A table code (many participants' codes in one) that is damaged or
    /// of an unknown format: none of its participants is read.
    BadTable(TableError),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotACode => write!(f, "not a share code"),
            DecodeError::TooLong => write!(f, "too long for a share code"),
            DecodeError::TooShort => write!(f, "too short: part of the code is missing"),
            DecodeError::BadChecksum => write!(f, "checksum does not match: a character is wrong"),
            DecodeError::WrongFormat { found } => write!(f, "code format {found} is not supported"),
            DecodeError::OtherContentVersion { found, expected } => {
                write!(f, "made for question set {found}, this app has {expected}")
            }
            DecodeError::UnknownChoice { question } => {
                write!(f, "unknown choice for question {question}")
            }
            DecodeError::BadTable(error) => write!(f, "{error}"),
            DecodeError::OtherRole { found } => match found {
                Some(role) => write!(f, "made for the {} questions", role.id()),
                None => write!(f, "made for questions this app does not have"),
            },
        }
    }
}

/// What the code needs of a question set: its version and, per question,
/// its id (for messages), kind and number of choices. The current content
/// has one, and so has each earlier version the content still reads.
struct Shape<'a> {
    role: Role,
    version: u32,
    questions: Vec<(&'a str, Kind, usize)>,
}

impl<'a> Shape<'a> {
    fn of(content: &'a Content) -> Self {
        Shape {
            role: content.role,
            version: content.version,
            questions: content
                .questions
                .iter()
                .map(|q| (q.id.as_str(), q.kind, q.choices.len()))
                .collect(),
        }
    }

    fn of_previous(previous: &'a Previous, role: Role) -> Self {
        Shape {
            role,
            version: previous.version,
            questions: previous
                .questions
                .iter()
                .map(|q| (q.id.as_str(), q.kind, q.choices.len()))
                .collect(),
        }
    }

    /// The symbols of its codes in code format `format`.
    fn len(&self, format: u32) -> usize {
        let bits = VERSION_BITS
            + if format >= 2 { ROLE_BITS } else { 0 }
            + CONTENT_BITS
            + TAG_BITS
            + self
                .questions
                .iter()
                .map(|(_, kind, choices)| width(*kind, *choices))
                .sum::<u32>();
        usize::try_from(bits.div_ceil(5)).unwrap_or(usize::MAX) + CHECK_SYMBOLS
    }
}

/// How many bits a question takes in the code.
fn width(kind: Kind, choices: usize) -> u32 {
    let choices = u32::try_from(choices).unwrap_or(u32::MAX);
    match kind {
        Kind::Multiple => choices,
        // Values 0..=choices.
        Kind::Single => u32::BITS - choices.leading_zeros(),
    }
}

/// The number of symbols of every code for this content.
pub fn code_len(content: &Content) -> usize {
    Shape::of(content).len(u32::from(FORMAT_VERSION))
}

/// The lengths a code for this content can have: this app's, and a
/// format-1 code's for the NGO bank (codes made before roles).
pub fn code_lens(content: &Content) -> Vec<usize> {
    let shape = Shape::of(content);
    let mut lens = vec![shape.len(u32::from(FORMAT_VERSION))];
    if content.role == Role::Ngo {
        lens.push(shape.len(1));
    }
    lens.dedup();
    lens
}

struct Bits(Vec<bool>);

impl Bits {
    fn push(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.0.push(value >> i & 1 == 1);
        }
    }
}

/// CRC-20 with all-ones start and final inversion, so neither leading nor
/// trailing zero symbols can slip through unnoticed.
pub(crate) fn crc(bits: &[bool]) -> u32 {
    let mask = (1 << CHECK_BITS) - 1;
    let register = bits.iter().fold(mask, |register, &bit| {
        let top = (register >> (CHECK_BITS - 1)) & 1 == 1;
        let shifted = (register << 1) & mask;
        if top != bit {
            shifted ^ CRC_POLY
        } else {
            shifted
        }
    });
    register ^ mask
}

/// Encodes the answers; ids the content does not know are left out.
pub fn encode(content: &Content, answers: &Answers, tag: u32) -> String {
    let mut bits = Bits(Vec::with_capacity(200));
    bits.push(u32::from(FORMAT_VERSION), VERSION_BITS);
    bits.push(content.role.code(), ROLE_BITS);
    bits.push(content.version, CONTENT_BITS);
    bits.push(tag & TAG_MASK, TAG_BITS);
    let marks = Marks::of(content, answers);
    for (index, question) in content.questions.iter().enumerate() {
        let mask = marks.mask(index);
        let value = match question.kind {
            // The first choice in the highest bit (decode_marks reverses it).
            Kind::Multiple => (0..question.choices.len())
                .filter(|i| mask >> i & 1 == 1)
                .fold(0, |value, i| value | 1 << (question.choices.len() - 1 - i)),
            // The first chosen choice, counted from 1; 0 is unanswered.
            Kind::Single if mask == 0 => 0,
            Kind::Single => mask.trailing_zeros() + 1,
        };
        bits.push(value, width(question.kind, question.choices.len()));
    }
    while !bits.0.len().is_multiple_of(5) {
        bits.0.push(false);
    }
    let check = crc(&bits.0);
    bits.push(check, CHECK_BITS);
    bits.0
        .chunks(5)
        .map(|chunk| base32::symbol(chunk.iter().fold(0, |v, &bit| v << 1 | u8::from(bit))))
        .collect()
}

/// Splits a code into groups of four for reading and typing.
pub fn grouped(code: &str) -> String {
    let symbols: Vec<char> = code.chars().collect();
    symbols
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Reads a code into marks and the participant tag, without building id
/// strings (a room reads thousands). A code of an earlier content version
/// that the content still reads is carried onto the current questions.
pub fn decode_marks(content: &Content, input: &str) -> Result<(Marks, u32), DecodeError> {
    decode_carried(content, input).map(|(marks, tag, _)| (marks, tag))
}

/// As `decode_marks`, with the content version the code was made with.
pub fn decode_carried(content: &Content, input: &str) -> Result<(Marks, u32, u32), DecodeError> {
    match decode_with(&Shape::of(content), input) {
        Err(DecodeError::OtherContentVersion { found, expected }) => {
            let previous = content
                .previous_version(found)
                .ok_or(DecodeError::OtherContentVersion { found, expected })?;
            let (marks, tag) = decode_with(&Shape::of_previous(previous, content.role), input)?;
            Ok((carry_marks(content, previous, &marks), tag, found))
        }
        other => other.map(|(marks, tag)| (marks, tag, content.version)),
    }
}

fn decode_with(shape: &Shape, input: &str) -> Result<(Marks, u32), DecodeError> {
    let mut values = Vec::new();
    for c in input.chars().filter(|c| !base32::is_separator(*c)) {
        if values.len() == MAX_INPUT_SYMBOLS {
            return Err(DecodeError::TooLong);
        }
        values.push(base32::value(c).ok_or(DecodeError::NotACode)?);
    }
    if values.len() < CHECK_SYMBOLS + 3 {
        return Err(if values.is_empty() {
            DecodeError::NotACode
        } else {
            DecodeError::TooShort
        });
    }
    let mut bits = Bits(Vec::with_capacity(values.len() * 5));
    for value in &values {
        bits.push(u32::from(*value), 5);
    }
    let (payload, check) = bits.0.split_at(bits.0.len() - CHECK_BITS as usize);
    let check = check.iter().fold(0, |v, &bit| v << 1 | u32::from(bit));
    if crc(payload) != check {
        return Err(DecodeError::BadChecksum);
    }

    let mut reader = Reader {
        bits: payload,
        at: 0,
    };
    let format = reader.take(VERSION_BITS).ok_or(DecodeError::TooShort)?;
    if format == 0 || format > u32::from(FORMAT_VERSION) {
        return Err(DecodeError::WrongFormat {
            found: u8::try_from(format).unwrap_or(u8::MAX),
        });
    }
    let role = if format >= 2 {
        let code = reader.take(ROLE_BITS).ok_or(DecodeError::TooShort)?;
        Role::from_code(code).ok_or(DecodeError::OtherRole { found: None })?
    } else {
        Role::Ngo
    };
    if role != shape.role {
        return Err(DecodeError::OtherRole { found: Some(role) });
    }
    let found = reader.take(CONTENT_BITS).ok_or(DecodeError::TooShort)?;
    if found != shape.version {
        return Err(DecodeError::OtherContentVersion {
            found,
            expected: shape.version,
        });
    }
    let tag = reader.take(TAG_BITS).ok_or(DecodeError::TooShort)?;
    let expected = shape.len(format);
    if values.len() > expected {
        return Err(DecodeError::TooLong);
    }
    if values.len() < expected {
        return Err(DecodeError::TooShort);
    }

    let mut masks = Vec::with_capacity(shape.questions.len());
    for &(id, kind, choices) in &shape.questions {
        let value = reader
            .take(width(kind, choices))
            .ok_or(DecodeError::TooShort)?;
        let mask = match kind {
            // The code lists the first choice in the highest bit.
            Kind::Multiple => {
                let last = choices.saturating_sub(1);
                (0..choices)
                    .filter(|i| value >> (last - i) & 1 == 1)
                    .fold(0, |mask, i| mask | 1 << i)
            }
            Kind::Single if value == 0 => 0,
            Kind::Single if value as usize <= choices => 1 << (value - 1),
            Kind::Single => {
                return Err(DecodeError::UnknownChoice {
                    question: id.to_owned(),
                })
            }
        };
        masks.push(mask);
    }
    if reader.rest().any(|bit| bit) {
        return Err(DecodeError::NotACode);
    }
    Ok((Marks::from_masks(masks), tag))
}

/// The role a code was made for, and the content to read it with: the
/// NGO's `content`, or `institution` (the institution's view, when its bank
/// is here) for an institution's code.
pub fn decode_either<'a>(
    content: &'a Content,
    institution: Option<&'a Content>,
    input: &str,
) -> Result<(&'a Content, Marks, u32, u32), DecodeError> {
    match decode_carried(content, input) {
        Ok((marks, tag, version)) => Ok((content, marks, tag, version)),
        Err(DecodeError::OtherRole {
            found: Some(Role::Institution),
        }) if institution.is_some() => {
            let institution = institution.unwrap_or(content);
            let (marks, tag, version) = decode_carried(institution, input)?;
            Ok((institution, marks, tag, version))
        }
        Err(error) => Err(error),
    }
}

/// Reads a code as typed or pasted: any case, spaces and dashes ignored.
pub fn decode(content: &Content, input: &str) -> Result<Shared, DecodeError> {
    let (marks, tag) = decode_marks(content, input)?;
    Ok(Shared {
        answers: marks.answers(content),
        tag,
    })
}

struct Reader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Option<u32> {
        let end = self.at.checked_add(usize::try_from(width).ok()?)?;
        let value = self
            .bits
            .get(self.at..end)?
            .iter()
            .fold(0, |v, &bit| v << 1 | u32::from(bit));
        self.at = end;
        Some(value)
    }

    fn rest(&self) -> impl Iterator<Item = bool> + '_ {
        self.bits.iter().skip(self.at).copied()
    }
}
