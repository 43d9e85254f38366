//! The Council of Europe's levels of civil participation, plus "not yet".

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How far an NGO takes part, least to most participative. The order is the
/// model's: each level builds on the ones below it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 0: no participation yet (henüz yok).
    NotYet,
    /// 1: one-way information (bilgilendirme).
    Information,
    /// 2: the authority asks, the NGO answers (danışma).
    Consultation,
    /// 3: two-way exchange either side can start (diyalog).
    Dialogue,
    /// 4: shared responsibility in a step (iş birliği).
    Partnership,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::NotYet,
        Level::Information,
        Level::Consultation,
        Level::Dialogue,
        Level::Partnership,
    ];

    /// The four levels of the matrix, without "not yet".
    pub const PARTICIPATING: [Level; 4] = [
        Level::Information,
        Level::Consultation,
        Level::Dialogue,
        Level::Partnership,
    ];

    pub fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(value: u8) -> Option<Level> {
        Level::ALL.get(usize::from(value)).copied()
    }

    /// The level above this one, `None` at partnership.
    pub fn next(self) -> Option<Level> {
        Level::from_value(self.value() + 1)
    }
}

// Stored and exchanged as the plain number 0-4, as editors write it.
impl Serialize for Level {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.value())
    }
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = u8::deserialize(deserializer)?;
        Level::from_value(value)
            .ok_or_else(|| serde::de::Error::custom(format!("level {value} is not 0-4")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_order_follows_the_model() {
        for (i, level) in Level::ALL.iter().enumerate() {
            assert_eq!(usize::from(level.value()), i);
            assert_eq!(Level::from_value(level.value()), Some(*level));
        }
        assert!(Level::NotYet < Level::Information && Level::Dialogue < Level::Partnership);
        assert_eq!(Level::from_value(5), None);
        assert_eq!(Level::Dialogue.next(), Some(Level::Partnership));
        assert_eq!(Level::Partnership.next(), None);
    }
}
