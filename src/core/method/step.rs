//! The six steps of political decision-making, and the readiness area.

use serde::{Deserialize, Serialize};

/// Where a question belongs. The first six are the steps of the CoE matrix;
/// `Readiness` collects the cross-cutting enablers and is reported beside the
/// matrix, never folded into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    Agenda,
    Drafting,
    Decision,
    Implementation,
    Monitoring,
    Reformulation,
    Readiness,
}

impl Step {
    /// The six steps of the matrix, in the order of the decision-making cycle.
    pub const MATRIX: [Step; 6] = [
        Step::Agenda,
        Step::Drafting,
        Step::Decision,
        Step::Implementation,
        Step::Monitoring,
        Step::Reformulation,
    ];

    pub const ALL: [Step; 7] = [
        Step::Agenda,
        Step::Drafting,
        Step::Decision,
        Step::Implementation,
        Step::Monitoring,
        Step::Reformulation,
        Step::Readiness,
    ];

    /// The id used in content files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Step::Agenda => "agenda",
            Step::Drafting => "drafting",
            Step::Decision => "decision",
            Step::Implementation => "implementation",
            Step::Monitoring => "monitoring",
            Step::Reformulation => "reformulation",
            Step::Readiness => "readiness",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.id() == id)
    }

    pub fn in_matrix(self) -> bool {
        self != Step::Readiness
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_readiness_stays_out_of_the_matrix() {
        for step in Step::ALL {
            assert_eq!(Step::from_id(step.id()), Some(step));
        }
        assert_eq!(Step::from_id("Agenda"), None);
        assert!(!Step::MATRIX.contains(&Step::Readiness));
        assert!(!Step::Readiness.in_matrix());
        assert_eq!(Step::MATRIX.len(), 6);
    }
}
