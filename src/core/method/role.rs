//! On whose behalf an assessment is made: an NGO, or a public institution
//! assessing how it involves NGOs. Each role has its own question bank on
//! the same six steps and levels, so the two sides of one relationship can
//! be set side by side (the perception gap of a joint workshop).

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// An association, foundation or other NGO: the app's first bank.
    #[default]
    Ngo,
    /// A municipality, governorship, directorate, ministry unit or
    /// development agency.
    Institution,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Ngo, Role::Institution];

    /// Its number in share codes (2 bits, room for one more role).
    pub fn code(self) -> u32 {
        match self {
            Role::Ngo => 0,
            Role::Institution => 1,
        }
    }

    pub fn from_code(code: u32) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// The word in exports (CSV, JSON).
    pub fn id(self) -> &'static str {
        match self {
            Role::Ngo => "ngo",
            Role::Institution => "institution",
        }
    }

    pub fn is_ngo(&self) -> bool {
        *self == Role::Ngo
    }
}
