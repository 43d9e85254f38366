//! Readiness for participation: the NGO's capacity to take part (knowing
//! the channels, a contact person, a plan, partners). Capacity is not
//! participation, so it has its own scale, never the CoE level names.

use serde::{Deserialize, Serialize};

/// How well one condition of participation is in place, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Readiness {
    /// Zayıf: the condition is missing or depends on chance.
    Weak,
    /// Gelişiyor: it exists in part, or for some decisions.
    Developing,
    /// Güçlü: it is in place and used.
    Strong,
}

impl Readiness {
    pub const ALL: [Readiness; 3] = [Readiness::Weak, Readiness::Developing, Readiness::Strong];

    /// Its place on the scale, 0-2.
    pub fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(value: u8) -> Option<Readiness> {
        Readiness::ALL.get(usize::from(value)).copied()
    }

    /// The word editors write in content files.
    pub fn word(self) -> &'static str {
        match self {
            Readiness::Weak => "weak",
            Readiness::Developing => "developing",
            Readiness::Strong => "strong",
        }
    }

    pub fn from_word(word: &str) -> Option<Readiness> {
        Readiness::ALL.into_iter().find(|r| r.word() == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_values_round_trip_weakest_first() {
        for (i, readiness) in Readiness::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(readiness.value()), i);
            assert_eq!(Readiness::from_value(readiness.value()), Some(readiness));
            assert_eq!(Readiness::from_word(readiness.word()), Some(readiness));
        }
        assert!(Readiness::Weak < Readiness::Strong);
        assert_eq!(Readiness::from_word("güçlü"), None);
        assert_eq!(Readiness::from_value(3), None);
    }
}
