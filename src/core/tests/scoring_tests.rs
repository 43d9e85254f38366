//! The scoring method of docs/methodology.md, rule by rule, then its
//! promises as properties.

use proptest::prelude::*;

use super::super::level::Level::{self, *};
use super::super::scoring::{score, Reason};
use super::super::step::Step;
use super::fixture::{answers, fixture, question_count};

/// (question, choice) pairs as a test writes them.
type Pairs<'a> = &'a [(&'a str, &'a str)];

fn reason(question: &str, choice: &str) -> Reason {
    Reason {
        question: question.into(),
        choice: choice.into(),
    }
}

/// Each row: answers, then the expected level and reasons of the agenda step.
#[test]
fn a_step_takes_the_highest_counted_answer_and_names_it() {
    let rows: &[(Pairs, Option<Level>, Pairs)] = &[
        // Rule 3: no counted answer is "not assessed", never level 0.
        (&[], None, &[]),
        (&[("agenda-1", "f")], None, &[]),
        (&[("agenda-1", "f"), ("agenda-2", "f")], None, &[]),
        // Level 0 only when the NGO said so.
        (&[("agenda-1", "a")], Some(NotYet), &[("agenda-1", "a")]),
        // Rule 2 and 3: the highest counted answer; "don't know" ignored.
        (
            &[("agenda-1", "b"), ("agenda-2", "d"), ("agenda-3", "a")],
            Some(Dialogue),
            &[("agenda-2", "d")],
        ),
        (
            &[("agenda-1", "d"), ("agenda-2", "f")],
            Some(Dialogue),
            &[("agenda-1", "d")],
        ),
        // Rule 4: every answer at the step's level is named, in question order.
        (
            &[("agenda-2", "c"), ("agenda-1", "c")],
            Some(Consultation),
            &[("agenda-1", "c"), ("agenda-2", "c")],
        ),
        // A multiple-choice answer counts with its highest ticked choice.
        (
            &[("agenda-3", "b"), ("agenda-3", "e"), ("agenda-3", "c")],
            Some(Partnership),
            &[("agenda-3", "e")],
        ),
        (
            &[("agenda-3", "f"), ("agenda-3", "b")],
            Some(Information),
            &[("agenda-3", "b")],
        ),
        // Unknown questions and choices are ignored, not fatal.
        (
            &[("agenda-9", "e"), ("agenda-1", "z"), ("agenda-2", "b")],
            Some(Information),
            &[("agenda-2", "b")],
        ),
        // Another step's answers do not leak in.
        (&[("drafting-1", "e")], None, &[]),
    ];
    let content = fixture();
    for (given, level, set_by) in rows {
        let profile = score(&content, &answers(given));
        let agenda = profile.step(Step::Agenda).expect("agenda");
        assert_eq!(agenda.level, *level, "{given:?}");
        let expected: Vec<Reason> = set_by.iter().map(|(q, c)| reason(q, c)).collect();
        assert_eq!(agenda.set_by, expected, "{given:?}");
    }
}

#[test]
fn counted_and_dont_know_answers_are_reported_separately() {
    let content = fixture();
    let profile = score(
        &content,
        &answers(&[("agenda-1", "f"), ("agenda-2", "b"), ("agenda-3", "z")]),
    );
    let agenda = profile.step(Step::Agenda).expect("agenda");
    assert_eq!((agenda.counted, agenda.dont_know), (1, 1));
}

/// Rule 5: typical (most steps, tie → lower), highest, steps assessed.
#[test]
fn the_profile_summarises_the_row() {
    let rows: &[(Pairs, Option<Level>, Option<Level>, usize)] = &[
        (&[], None, None, 0),
        // The worked example of docs/methodology.md: 3, 1, 1, 2, not assessed, 1.
        (
            &[
                ("agenda-1", "d"),
                ("drafting-1", "b"),
                ("decision-1", "b"),
                ("implementation-1", "c"),
                ("monitoring-1", "f"),
                ("reformulation-1", "b"),
            ],
            Some(Information),
            Some(Dialogue),
            5,
        ),
        // A tie between 2 and 4 goes to the lower.
        (
            &[("agenda-1", "c"), ("drafting-1", "e")],
            Some(Consultation),
            Some(Partnership),
            2,
        ),
        (
            &[("agenda-1", "a"), ("drafting-1", "a"), ("decision-1", "e")],
            Some(NotYet),
            Some(Partnership),
            3,
        ),
        // Readiness answers never enter the matrix row.
        (&[("readiness-1", "e")], None, None, 0),
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

/// Rule 6: readiness is its weakest enabler, and names it.
#[test]
fn readiness_is_the_lowest_enabler() {
    let content = fixture();
    let rows: &[(Pairs, Option<Level>, Pairs)] = &[
        (&[], None, &[]),
        (&[("readiness-1", "f")], None, &[]),
        (
            &[
                ("readiness-1", "e"),
                ("readiness-2", "b"),
                ("readiness-3", "d"),
            ],
            Some(Information),
            &[("readiness-2", "b")],
        ),
        (
            &[("readiness-1", "c"), ("readiness-4", "c")],
            Some(Consultation),
            &[("readiness-1", "c"), ("readiness-4", "c")],
        ),
        (
            &[("readiness-1", "a"), ("agenda-1", "e")],
            Some(NotYet),
            &[("readiness-1", "a")],
        ),
    ];
    for (given, level, set_by) in rows {
        let readiness = score(&content, &answers(given)).readiness;
        assert_eq!(readiness.level, *level, "{given:?}");
        let expected: Vec<Reason> = set_by.iter().map(|(q, c)| reason(q, c)).collect();
        assert_eq!(readiness.set_by, expected);
    }
}

/// Any (question, choice) pair, known or not, from the fixture's id space.
fn any_pair() -> impl Strategy<Value = (String, String)> {
    let question = prop_oneof![
        (0..7usize, 1..=4usize).prop_map(|(step, n)| format!("{}-{n}", Step::ALL[step].id())),
        "[a-z0-9-]{0,12}",
    ];
    let choice = prop_oneof!["[a-f]", "[a-z]{0,3}"];
    (question, choice)
}

fn known_pair() -> impl Strategy<Value = (String, String)> {
    (0..7usize, 1..=4usize, 0..6usize).prop_filter_map("question exists", |(step, n, c)| {
        let step = Step::ALL[step];
        (n <= question_count(step)).then(|| {
            (
                format!("{}-{n}", step.id()),
                ["a", "b", "c", "d", "e", "f"][c].to_owned(),
            )
        })
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

    #[test]
    fn raising_one_answer_never_lowers_any_step(
        pairs in prop::collection::vec(known_pair(), 0..40),
        target in known_pair(),
        up in 1..5usize,
    ) {
        let content = fixture();
        let before = to_answers(&pairs);
        let question = content.question(&target.0).expect("known");
        // Replace the target's answer by one at a strictly higher level (or
        // from "don't know"/unanswered to any level): never a lower result.
        let index = content.questions.iter().position(|q| q.id == target.0).expect("known");
        let mask = super::super::marks::Marks::of(&content, &before).mask(index);
        let current = super::super::scoring::answer_level(question, mask).map(|(level, _)| level);
        // Readiness is its lowest answer: a first answer may lower it (as it
        // should), so there only an answer that already counts is raised.
        prop_assume!(current.is_some() || question.step.in_matrix());
        let raised = question.choices.iter().filter(|c| c.level.is_some() && c.level > current).nth(up - 1).or_else(|| question.choices.iter().rfind(|c| c.level.is_some() && c.level > current));
        prop_assume!(raised.is_some());
        let mut after = before.clone();
        after.insert(target.0.clone(), vec![raised.expect("assumed").id.clone()]);
        let (before, after) = (score(&content, &before), score(&content, &after));
        for (b, a) in before.steps.iter().chain([&before.readiness]).zip(after.steps.iter().chain([&after.readiness])) {
            prop_assert!(a.level >= b.level, "{:?}: {:?} -> {:?}", b.step, b.level, a.level);
        }
        prop_assert!(after.highest >= before.highest);
    }
}
