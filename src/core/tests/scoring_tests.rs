//! The scoring method of docs/methodology.md (method version 2), rule by
//! rule, then its promises as properties. In the fixture each matrix step
//! has three questions (the third takes several boxes); choices a-e are
//! levels 0-4, f "don't know", g "not applicable"; readiness has four
//! questions with a weak, b developing, c strong.

use proptest::prelude::*;

use super::super::level::Level::{self, *};
use super::super::readiness::Readiness;
use super::super::scoring::{answer_rank, lower_median, score, Reason, Standing};
use super::super::step::Step;
use super::fixture::{answers, fixture, question_count};

/// (question, choice) pairs as a test writes them.
type Pairs<'a> = &'a [(&'a str, &'a str)];

fn reasons(pairs: Pairs) -> Vec<Reason> {
    pairs
        .iter()
        .map(|(question, choice)| Reason {
            question: (*question).into(),
            choice: (*choice).into(),
        })
        .collect()
}

/// Each row: answers, then the agenda step's standing, established level,
/// the answers that set it, the peak, and the answers at the peak.
#[test]
fn a_step_is_established_by_the_lower_median_and_its_peak_is_shown_apart() {
    type Row<'a> = (
        Pairs<'a>,
        Standing,
        Option<Level>,
        Pairs<'a>,
        Option<Level>,
        Pairs<'a>,
    );
    let rows: &[Row] = &[
        // No answer at all: "not assessed", never level 0.
        (&[], Standing::NotAssessed, None, &[], None, &[]),
        // Answered, but fewer than half of the three questions counted.
        (
            &[("agenda-1", "f")],
            Standing::NotEnough,
            None,
            &[],
            None,
            &[],
        ),
        (
            &[("agenda-1", "f"), ("agenda-2", "g")],
            Standing::NotEnough,
            None,
            &[],
            None,
            &[],
        ),
        // One answer, however far it goes, does not make the step.
        (
            &[("agenda-1", "e")],
            Standing::NotEnough,
            None,
            &[],
            Some(Partnership),
            &[("agenda-1", "e")],
        ),
        // Level 0 only when the NGO said so.
        (
            &[("agenda-1", "a"), ("agenda-2", "a")],
            Standing::Assessed,
            Some(NotYet),
            &[("agenda-1", "a"), ("agenda-2", "a")],
            Some(NotYet),
            &[("agenda-1", "a"), ("agenda-2", "a")],
        ),
        // One level-4 tick among level-0 answers: established 0, peak 4.
        (
            &[("agenda-1", "a"), ("agenda-2", "a"), ("agenda-3", "e")],
            Standing::Assessed,
            Some(NotYet),
            &[("agenda-1", "a"), ("agenda-2", "a")],
            Some(Partnership),
            &[("agenda-3", "e")],
        ),
        // An even count takes the lower of the two middles.
        (
            &[("agenda-1", "b"), ("agenda-2", "d")],
            Standing::Assessed,
            Some(Information),
            &[("agenda-1", "b")],
            Some(Dialogue),
            &[("agenda-2", "d")],
        ),
        // Every answer at the established level is named, in question order.
        (
            &[("agenda-3", "e"), ("agenda-2", "c"), ("agenda-1", "c")],
            Standing::Assessed,
            Some(Consultation),
            &[("agenda-1", "c"), ("agenda-2", "c")],
            Some(Partnership),
            &[("agenda-3", "e")],
        ),
        // A multiple-choice answer counts with its highest ticked box.
        (
            &[
                ("agenda-1", "d"),
                ("agenda-3", "b"),
                ("agenda-3", "e"),
                ("agenda-3", "c"),
            ],
            Standing::Assessed,
            Some(Dialogue),
            &[("agenda-1", "d")],
            Some(Partnership),
            &[("agenda-3", "e")],
        ),
        // "Not applicable" is not counted, and leaves enough answers here.
        (
            &[("agenda-1", "g"), ("agenda-2", "b"), ("agenda-3", "c")],
            Standing::Assessed,
            Some(Information),
            &[("agenda-2", "b")],
            Some(Consultation),
            &[("agenda-3", "c")],
        ),
        // Unknown questions and choices are ignored, not fatal.
        (
            &[
                ("agenda-9", "e"),
                ("agenda-1", "z"),
                ("agenda-2", "b"),
                ("agenda-3", "b"),
            ],
            Standing::Assessed,
            Some(Information),
            &[("agenda-2", "b"), ("agenda-3", "b")],
            Some(Information),
            &[("agenda-2", "b"), ("agenda-3", "b")],
        ),
        // Another step's answers do not leak in.
        (
            &[("drafting-1", "e"), ("drafting-2", "e")],
            Standing::NotAssessed,
            None,
            &[],
            None,
            &[],
        ),
    ];
    let content = fixture();
    for (given, standing, level, set_by, peak, peak_by) in rows {
        let profile = score(&content, &answers(given));
        let agenda = profile.step(Step::Agenda).expect("agenda");
        assert_eq!(agenda.standing, *standing, "{given:?}");
        assert_eq!(agenda.level, *level, "{given:?}");
        assert_eq!(agenda.set_by, reasons(set_by), "{given:?}");
        assert_eq!(agenda.peak, *peak, "{given:?}");
        assert_eq!(agenda.peak_by, reasons(peak_by), "{given:?}");
    }
}

#[test]
fn dont_know_and_not_applicable_are_counted_apart() {
    let content = fixture();
    let profile = score(
        &content,
        &answers(&[
            ("agenda-1", "f"),
            ("agenda-2", "b"),
            ("agenda-3", "g"),
            ("agenda-3", "z"),
        ]),
    );
    let counts = profile.step(Step::Agenda).expect("agenda").counts;
    assert_eq!(
        (
            counts.questions,
            counts.counted,
            counts.dont_know,
            counts.not_applicable
        ),
        (3, 1, 1, 1)
    );
}

#[test]
fn the_lower_median_is_the_middle_and_the_lower_of_two_middles() {
    assert_eq!(lower_median(&mut []), None);
    assert_eq!(lower_median(&mut [4]), Some(4));
    assert_eq!(lower_median(&mut [4, 0, 0]), Some(0));
    assert_eq!(lower_median(&mut [3, 1]), Some(1));
    assert_eq!(lower_median(&mut [2, 4, 3, 1]), Some(2));
}

/// Typical (lower median of the established levels), highest peak, steps assessed.
#[test]
fn the_profile_summarises_the_row() {
    let rows: &[(Pairs, Option<Level>, Option<Level>, usize)] = &[
        (&[], None, None, 0),
        // The worked example of docs/methodology.md: 3, 1, 1, 2, not assessed, 1.
        (
            &[
                ("agenda-1", "d"),
                ("agenda-2", "d"),
                ("drafting-1", "b"),
                ("drafting-2", "b"),
                ("decision-1", "b"),
                ("decision-2", "b"),
                ("implementation-1", "c"),
                ("implementation-2", "c"),
                ("reformulation-1", "b"),
                ("reformulation-2", "b"),
            ],
            Some(Information),
            Some(Dialogue),
            5,
        ),
        // Two steps, 2 and 4: the lower of the two middles.
        (
            &[
                ("agenda-1", "c"),
                ("agenda-2", "c"),
                ("drafting-1", "e"),
                ("drafting-2", "e"),
            ],
            Some(Consultation),
            Some(Partnership),
            2,
        ),
        // A step without enough answers has no established level, but its
        // peak is still the highest reached.
        (
            &[("agenda-1", "a"), ("agenda-2", "a"), ("decision-1", "e")],
            Some(NotYet),
            Some(Partnership),
            1,
        ),
        // Readiness answers never enter the matrix row.
        (&[("readiness-1", "c"), ("readiness-2", "c")], None, None, 0),
    ];
    let content = fixture();
    for (given, typical, highest, assessed) in rows {
        let profile = score(&content, &answers(given));
        assert_eq!(
            (profile.typical, profile.highest, profile.assessed),
            (*typical, *highest, *assessed),
            "{given:?}"
        );
        assert_eq!(profile.steps.len(), 6);
    }
}

/// Readiness is its weakest condition on its own scale, and names it.
#[test]
fn readiness_is_the_weakest_condition_on_its_own_scale() {
    let content = fixture();
    let rows: &[(Pairs, Standing, Option<Readiness>, Pairs)] = &[
        (&[], Standing::NotAssessed, None, &[]),
        (&[("readiness-1", "f")], Standing::NotEnough, None, &[]),
        (&[("readiness-1", "a")], Standing::NotEnough, None, &[]),
        (
            &[
                ("readiness-1", "c"),
                ("readiness-2", "a"),
                ("readiness-3", "b"),
            ],
            Standing::Assessed,
            Some(Readiness::Weak),
            &[("readiness-2", "a")],
        ),
        (
            &[("readiness-1", "b"), ("readiness-4", "b")],
            Standing::Assessed,
            Some(Readiness::Developing),
            &[("readiness-1", "b"), ("readiness-4", "b")],
        ),
        // A condition that does not apply (say, working alone on purpose)
        // never counts as the weakest.
        (
            &[
                ("readiness-1", "c"),
                ("readiness-2", "c"),
                ("readiness-4", "g"),
            ],
            Standing::Assessed,
            Some(Readiness::Strong),
            &[("readiness-1", "c"), ("readiness-2", "c")],
        ),
        (
            &[
                ("readiness-1", "a"),
                ("readiness-2", "c"),
                ("agenda-1", "e"),
            ],
            Standing::Assessed,
            Some(Readiness::Weak),
            &[("readiness-1", "a")],
        ),
    ];
    for (given, standing, value, set_by) in rows {
        let readiness = score(&content, &answers(given)).readiness;
        assert_eq!(
            (readiness.standing, readiness.value),
            (*standing, *value),
            "{given:?}"
        );
        assert_eq!(readiness.set_by, reasons(set_by), "{given:?}");
    }
}

const CHOICES: [&str; 7] = ["a", "b", "c", "d", "e", "f", "g"];

/// Any (question, choice) pair, known or not, from the fixture's id space.
fn any_pair() -> impl Strategy<Value = (String, String)> {
    let question = prop_oneof![
        (0..7usize, 1..=4usize).prop_map(|(step, n)| format!("{}-{n}", Step::ALL[step].id())),
        "[a-z0-9-]{0,12}",
    ];
    let choice = prop_oneof!["[a-g]", "[a-z]{0,3}"];
    (question, choice)
}

fn known_pair() -> impl Strategy<Value = (String, String)> {
    (0..7usize, 1..=4usize, 0..CHOICES.len()).prop_filter_map("question exists", |(step, n, c)| {
        let step = Step::ALL[step];
        let exists = n <= question_count(step) && (step.in_matrix() || !(3..=4).contains(&c));
        exists.then(|| (format!("{}-{n}", step.id()), CHOICES[c].to_owned()))
    })
}

fn to_answers(pairs: &[(String, String)]) -> super::super::scoring::Answers {
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(q, c)| (q.as_str(), c.as_str()))
        .collect();
    answers(&refs)
}

proptest! {
    #[test]
    fn scoring_never_panics_on_any_answers(pairs in prop::collection::vec(any_pair(), 0..60)) {
        let profile = score(&fixture(), &to_answers(&pairs));
        prop_assert!(profile.assessed <= 6);
    }

    #[test]
    fn the_order_of_answers_does_not_matter(pairs in prop::collection::vec(known_pair(), 0..40), seed in any::<u64>()) {
        let content = fixture();
        let mut shuffled = pairs.clone();
        // A deterministic shuffle driven by the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(score(&content, &to_answers(&pairs)), score(&content, &to_answers(&shuffled)));
    }

    /// A counted answer moved to a higher one never lowers an established
    /// level, a peak, the typical or highest level, or readiness.
    #[test]
    fn raising_one_answer_never_lowers_any_result(
        pairs in prop::collection::vec(known_pair(), 0..40),
        target in known_pair(),
        up in 1..5usize,
    ) {
        let content = fixture();
        let before = to_answers(&pairs);
        let question = content.question(&target.0).expect("known");
        let index = content.questions.iter().position(|q| q.id == target.0).expect("known");
        let mask = super::super::marks::Marks::of(&content, &before).mask(index);
        let current = answer_rank(question, mask).map(|(rank, _)| rank);
        prop_assume!(current.is_some());
        let higher = |c: &&super::super::content::Choice| c.value.rank() > current;
        let raised = question.choices.iter().filter(higher).nth(up - 1).or_else(|| question.choices.iter().rfind(higher));
        prop_assume!(raised.is_some());
        let mut after = before.clone();
        after.insert(target.0.clone(), vec![raised.expect("assumed").id.clone()]);
        let (before, after) = (score(&content, &before), score(&content, &after));
        for (b, a) in before.steps.iter().zip(&after.steps) {
            prop_assert_eq!(a.standing, b.standing);
            prop_assert!(a.level >= b.level, "{:?}: {:?} -> {:?}", b.step, b.level, a.level);
            prop_assert!(a.peak >= b.peak, "{:?}: peak {:?} -> {:?}", b.step, b.peak, a.peak);
        }
        prop_assert!(after.readiness.value >= before.readiness.value);
        prop_assert!(after.typical >= before.typical, "typical {:?} -> {:?}", before.typical, after.typical);
        prop_assert!(after.highest >= before.highest);
    }
}
