//! The trainer's session script: a plan of timed parts for a 60- or a
//! 90-minute session, and the clock that says which part is running.
//! The script is written in `assets/content/session.toml`, read and checked
//! by `session_source.rs` at build time, and embedded as Rust constants
//! (`embedded::SESSION`: no parser in the app, the texts borrow from the
//! binary).

use std::borrow::Cow;

use super::lang::Translated;

/// A text in both languages, borrowed from the binary or read from TOML.
pub type Words = Translated<Cow<'static, str>>;

/// What a part of the session is for; each plan has every kind once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Welcome, and the four levels in plain words.
    Frame,
    /// The self-assessment on the participants' phones.
    Assess,
    /// The codes gathered into the room.
    Collect,
    /// The room's picture on the projector.
    Picture,
    /// A discussion per step, with the content's prompts.
    Discuss,
    /// Each participant's next step.
    Commit,
    Close,
}

impl PartKind {
    pub const ALL: [PartKind; 7] = [
        PartKind::Frame,
        PartKind::Assess,
        PartKind::Collect,
        PartKind::Picture,
        PartKind::Discuss,
        PartKind::Commit,
        PartKind::Close,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PartKind::Frame => "frame",
            PartKind::Assess => "assess",
            PartKind::Collect => "collect",
            PartKind::Picture => "picture",
            PartKind::Discuss => "discuss",
            PartKind::Commit => "commit",
            PartKind::Close => "close",
        }
    }

    pub fn from_id(id: &str) -> Option<PartKind> {
        PartKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub minutes: u16,
    pub title: Words,
    /// What the trainer does in this part.
    pub task: Words,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The session's length; its parts add up to it.
    pub minutes: u16,
    pub parts: Cow<'static, [Part]>,
}

/// The part running at a moment of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    /// Its index in the plan's parts.
    pub part: usize,
    pub seconds_left: u64,
}

impl Plan {
    /// The minute each part starts at, counted from the session's start.
    pub fn starts(&self) -> Vec<u16> {
        self.parts
            .iter()
            .scan(0u16, |start, part| {
                let at = *start;
                *start = start.saturating_add(part.minutes);
                Some(at)
            })
            .collect()
    }

    /// The part running `seconds` after the start; `None` once the session
    /// is over.
    pub fn now(&self, seconds: u64) -> Option<Now> {
        let mut end = 0u64;
        for (part, planned) in self.parts.iter().enumerate() {
            end += u64::from(planned.minutes) * 60;
            if seconds < end {
                return Some(Now {
                    part,
                    seconds_left: end - seconds,
                });
            }
        }
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub plans: Cow<'static, [Plan]>,
}

impl Session {
    pub fn plan(&self, minutes: u16) -> Option<&Plan> {
        self.plans.iter().find(|plan| plan.minutes == minutes)
    }
}

/// A session the trainer started: its plan and when, kept on the device as
/// text (`"60 1764680000000"`) so that a reload or the presenter's tab
/// shows the same clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Started {
    pub minutes: u16,
    /// Milliseconds since 1970.
    pub at_ms: u64,
}

impl Started {
    pub fn to_text(self) -> String {
        format!("{} {}", self.minutes, self.at_ms)
    }

    /// Stored text is untrusted: anything else than two numbers is no clock.
    pub fn from_text(text: &str) -> Option<Started> {
        let (minutes, at) = text.trim().split_once(' ')?;
        Some(Started {
            minutes: minutes.parse().ok()?,
            at_ms: at.parse().ok()?,
        })
    }

    /// Seconds since the start; none if the device's clock went back.
    pub fn seconds(self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.at_ms) / 1000
    }

    /// Whether the session belongs to an earlier workshop: started more
    /// than `FORGOTTEN_MS` ago, so the next one does not open on "time is
    /// up".
    pub fn forgotten(self, now_ms: u64) -> bool {
        now_ms.saturating_sub(self.at_ms) > FORGOTTEN_MS
    }
}

/// Twelve hours: longer than any workshop day.
pub const FORGOTTEN_MS: u64 = 12 * 60 * 60 * 1000;

#[cfg(test)]
mod tests {
    use super::super::embedded::SESSION;
    use super::*;

    fn words(text: &'static str) -> Words {
        Translated {
            tr: Cow::Borrowed(text),
            en: Cow::Borrowed(text),
        }
    }

    fn plan(minutes: &[u16]) -> Plan {
        Plan {
            minutes: minutes.iter().sum(),
            parts: minutes
                .iter()
                .zip(PartKind::ALL)
                .map(|(&minutes, kind)| Part {
                    kind,
                    minutes,
                    title: words("t"),
                    task: words("d"),
                })
                .collect(),
        }
    }

    #[test]
    fn the_clock_names_the_running_part_and_what_is_left_of_it() {
        let plan = plan(&[8, 15, 5]);
        assert_eq!(plan.starts(), vec![0, 8, 23]);
        assert_eq!(
            plan.now(0),
            Some(Now {
                part: 0,
                seconds_left: 480
            })
        );
        // A minute into the second part: 14 of its 15 minutes are left.
        assert_eq!(
            plan.now(9 * 60),
            Some(Now {
                part: 1,
                seconds_left: 14 * 60
            })
        );
        assert_eq!(plan.now(28 * 60 - 1).map(|now| now.part), Some(2));
        assert_eq!(plan.now(28 * 60), None);
    }

    #[test]
    fn a_started_session_is_kept_as_text_and_bad_text_is_no_clock() {
        let started = Started {
            minutes: 90,
            at_ms: 1_764_680_000_000,
        };
        assert_eq!(Started::from_text(&started.to_text()), Some(started));
        for bad in ["", "90", "90 x", "-1 5", "90 5 6", "doksan 1"] {
            assert_eq!(Started::from_text(bad), None, "{bad}");
        }
        assert_eq!(started.seconds(started.at_ms + 61_500), 61);
        assert_eq!(started.seconds(started.at_ms - 5_000), 0);
        assert!(!started.forgotten(started.at_ms + 90 * 60_000));
        assert!(started.forgotten(started.at_ms + FORGOTTEN_MS + 1));
    }

    #[test]
    fn the_shipped_script_has_a_60_and_a_90_minute_plan() {
        for minutes in [60, 90] {
            let plan = SESSION.plan(minutes).expect("the plan is shipped");
            let sum: u16 = plan.parts.iter().map(|part| part.minutes).sum();
            assert_eq!(sum, minutes);
            assert_eq!(plan.parts.len(), PartKind::ALL.len());
            for kind in PartKind::ALL {
                assert!(plan.parts.iter().any(|part| part.kind == kind), "{kind:?}");
            }
        }
        assert_eq!(SESSION.plan(45), None);
    }
}
