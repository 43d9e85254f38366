//! The content in parts, so that a volunteer downloads only what answering
//! needs: the app embeds the frame with the Turkish texts and no guidance;
//! the English texts and each language's guidance are files of their own,
//! fetched when they are first needed and poured back into the content.
//! build.rs cuts the parts with `take_*`; the app puts them back with
//! `Part::fill`. Both walk the content in one order, so a part is a list.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::content::{Bank, Content, Guidance};
use super::lang::{Lang, Translated};

/// Which part a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Every text of one language but the guidance: levels, steps, cells,
    /// questions and choices.
    Texts,
    /// The guidance of every choice in one language.
    Guidance,
    /// The public institution's whole question bank, both languages with
    /// their guidance: fetched only when that role is chosen or a room
    /// holds an institution's code.
    Institution,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Texts => "texts",
            Kind::Guidance => "guidance",
            Kind::Institution => "institution",
        }
    }
}

/// A part as its file holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub content_version: u32,
    pub kind: Kind,
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<String>,
    /// The matrix cells' example mechanisms, a list per cell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lists: Vec<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<Guidance>,
}

/// The institution's bank as its file holds it. Apart from `Part`, so that
/// what reads the other parts (on every volunteer's phone) holds no code
/// for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BankPart {
    pub content_version: u32,
    pub kind: Kind,
    pub bank: Bank,
}

impl BankPart {
    /// Takes the institution's bank out of `content` (none left there).
    pub fn take(content: &mut Content) -> Option<BankPart> {
        Some(BankPart {
            content_version: content.version,
            kind: Kind::Institution,
            bank: content.institution.take()?,
        })
    }

    /// Reads the bank's file, checks it is for this content, and gives the
    /// content with the bank in it.
    pub fn read(content: &Content, json: &str) -> Result<Content, PartError> {
        let part: BankPart = parse(json)?;
        same_version(part.content_version, content)?;
        if part.kind != Kind::Institution {
            return Err(PartError::OtherPart);
        }
        let mut content = content.clone();
        content.institution = Some(part.bank);
        Ok(content)
    }
}

/// Why a part's file cannot be used. The content is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartError {
    NotJson {
        detail: String,
    },
    /// Made for another content version (a file of another build).
    OtherVersion {
        found: u32,
        expected: u32,
    },
    /// Not the part that was asked for.
    OtherPart,
    /// Its lists do not fit this content (damaged, or of another build).
    WrongShape {
        what: &'static str,
        found: usize,
        expected: usize,
    },
}

impl fmt::Display for PartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartError::NotJson { detail } => write!(f, "not a content part: {detail}"),
            PartError::OtherVersion { found, expected } => {
                write!(f, "content version {found}, expected {expected}")
            }
            PartError::OtherPart => write!(f, "another part than the one asked for"),
            PartError::WrongShape {
                what,
                found,
                expected,
            } => write!(f, "{found} {what}, expected {expected}"),
        }
    }
}

fn pick(text: &mut Translated<String>, lang: Lang) -> &mut String {
    match lang {
        Lang::Tr => &mut text.tr,
        Lang::En => &mut text.en,
    }
}

/// Every text of `lang` but the guidance, in the parts' order.
fn texts_mut(content: &mut Content, lang: Lang) -> Vec<&mut String> {
    let mut texts = Vec::new();
    for level in &mut content.levels {
        texts.push(pick(&mut level.name, lang));
        texts.push(pick(&mut level.meaning, lang));
        texts.push(pick(&mut level.next, lang));
        texts.push(pick(&mut level.reading, lang));
    }
    for readiness in &mut content.readiness {
        texts.push(pick(&mut readiness.name, lang));
        texts.push(pick(&mut readiness.meaning, lang));
    }
    for step in &mut content.steps {
        texts.push(pick(&mut step.name, lang));
        texts.push(pick(&mut step.short, lang));
        texts.push(pick(&mut step.description, lang));
        texts.push(pick(&mut step.discussion, lang));
    }
    for question in &mut content.questions {
        texts.push(pick(&mut question.prompt, lang));
        if let Some(help) = &mut question.help {
            texts.push(pick(help, lang));
        }
        for choice in &mut question.choices {
            texts.push(pick(&mut choice.label, lang));
        }
    }
    texts
}

fn lists_mut(content: &mut Content, lang: Lang) -> Vec<&mut Vec<String>> {
    content
        .cells
        .iter_mut()
        .map(|cell| match lang {
            Lang::Tr => &mut cell.mechanisms.tr,
            Lang::En => &mut cell.mechanisms.en,
        })
        .collect()
}

fn guidance_mut(content: &mut Content, lang: Lang) -> Vec<&mut Guidance> {
    content
        .questions
        .iter_mut()
        .flat_map(|question| &mut question.choices)
        .map(|choice| match lang {
            Lang::Tr => &mut choice.guidance.tr,
            Lang::En => &mut choice.guidance.en,
        })
        .collect()
}

impl Part {
    /// Takes `lang`'s texts out of `content` (left empty there).
    pub fn take_texts(content: &mut Content, lang: Lang) -> Part {
        Part {
            content_version: content.version,
            kind: Kind::Texts,
            lang,
            texts: texts_mut(content, lang)
                .into_iter()
                .map(std::mem::take)
                .collect(),
            lists: lists_mut(content, lang)
                .into_iter()
                .map(std::mem::take)
                .collect(),
            guidance: Vec::new(),
        }
    }

    /// Takes `lang`'s guidance out of `content` (left empty there).
    pub fn take_guidance(content: &mut Content, lang: Lang) -> Part {
        Part {
            content_version: content.version,
            kind: Kind::Guidance,
            lang,
            texts: Vec::new(),
            lists: Vec::new(),
            guidance: guidance_mut(content, lang)
                .into_iter()
                .map(std::mem::take)
                .collect(),
        }
    }

    /// Reads a part's file and checks that it is the part asked for (its
    /// content version, kind and language); `fill` checks that it fits.
    pub fn read(content: &Content, kind: Kind, lang: Lang, json: &str) -> Result<Part, PartError> {
        let part: Part = parse(json)?;
        same_version(part.content_version, content)?;
        if part.kind != kind || part.lang != lang {
            return Err(PartError::OtherPart);
        }
        Ok(part)
    }

    /// Puts the part back into `content`. If its lists do not fit the
    /// content (damaged, or of another build), nothing is changed.
    pub fn fill(self, content: &mut Content) -> Result<(), PartError> {
        let lang = self.lang;
        match self.kind {
            Kind::Texts => {
                let cells = content.cells.len();
                let slots = texts_mut(content, lang);
                fits("texts", self.texts.len(), slots.len())?;
                fits("cells", self.lists.len(), cells)?;
                for (slot, text) in slots.into_iter().zip(self.texts) {
                    *slot = text;
                }
                for (slot, list) in lists_mut(content, lang).into_iter().zip(self.lists) {
                    *slot = list;
                }
            }
            Kind::Guidance => {
                let slots = guidance_mut(content, lang);
                fits("guidance pages", self.guidance.len(), slots.len())?;
                for (slot, guidance) in slots.into_iter().zip(self.guidance) {
                    *slot = guidance;
                }
            }
            // Its own file shape: see `BankPart`.
            Kind::Institution => return Err(PartError::OtherPart),
        }
        Ok(())
    }
}

fn parse<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, PartError> {
    serde_json::from_str(json).map_err(|error| PartError::NotJson {
        detail: error.to_string(),
    })
}

/// A part of another build is refused: its lists would not fit.
fn same_version(found: u32, content: &Content) -> Result<(), PartError> {
    if found == content.version {
        Ok(())
    } else {
        Err(PartError::OtherVersion {
            found,
            expected: content.version,
        })
    }
}

fn fits(what: &'static str, found: usize, expected: usize) -> Result<(), PartError> {
    if found == expected {
        Ok(())
    } else {
        Err(PartError::WrongShape {
            what,
            found,
            expected,
        })
    }
}
