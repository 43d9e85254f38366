//! The results' summary: the sentence says what the matrix shows, and the
//! priorities are the steps to work on first.

use super::super::lang::Lang;
use super::super::level::Level;
use super::super::scoring::score;
use super::super::step::Step;
use super::super::summary::{priorities, reading};
use super::fixture::{answers, fixture};

#[test]
fn the_reading_names_the_steps_at_each_level_most_participative_first() {
    let content = fixture();
    type Pairs<'a> = &'a [(&'a str, &'a str)];
    let rows: &[(Pairs, Lang, Option<&str>)] = &[
        (&[], Lang::Tr, None),
        (
            &[("agenda-1", "d"), ("agenda-2", "d"), ("monitoring-1", "d"), ("monitoring-2", "d"), ("decision-1", "a"), ("decision-2", "a")],
            Lang::Tr,
            Some("Agenda ve monitoring adımlarında düzey 3 çalışıyorsunuz; decision adımında düzey 0 çalışıyorsunuz."),
        ),
        (
            &[("agenda-1", "d"), ("agenda-2", "d"), ("drafting-1", "e")],
            Lang::En,
            Some("In agenda you work at level 3; in drafting there are not enough answers yet."),
        ),
    ];
    for (given, lang, expected) in rows {
        let profile = score(&content, &answers(given));
        assert_eq!(
            reading(&content, &profile, *lang).as_deref(),
            *expected,
            "{given:?}"
        );
    }
}

#[test]
fn the_priorities_are_the_lowest_steps_a_peak_above_first_then_thin_ones() {
    let content = fixture();
    let profile = score(
        &content,
        &answers(&[
            // agenda 3; drafting 1 with a peak of 4; decision 1; implementation 4;
            // monitoring with one answer only.
            ("agenda-1", "d"),
            ("agenda-2", "d"),
            ("drafting-1", "b"),
            ("drafting-2", "b"),
            ("drafting-3", "e"),
            ("decision-1", "b"),
            ("decision-2", "b"),
            ("implementation-1", "e"),
            ("implementation-2", "e"),
            ("monitoring-1", "c"),
        ]),
    );
    let found: Vec<(Step, Option<Level>, Option<Level>)> = priorities(&profile)
        .into_iter()
        .map(|p| (p.step, p.level, p.peak))
        .collect();
    assert_eq!(
        found,
        [
            (
                Step::Drafting,
                Some(Level::Information),
                Some(Level::Partnership)
            ),
            (Step::Decision, Some(Level::Information), None),
            (Step::Agenda, Some(Level::Dialogue), None),
        ]
    );
    // Partnership is never a priority; too few answers come last.
    let thin = score(
        &content,
        &answers(&[
            ("implementation-1", "e"),
            ("implementation-2", "e"),
            ("monitoring-1", "c"),
        ]),
    );
    let steps: Vec<Step> = priorities(&thin).into_iter().map(|p| p.step).collect();
    assert_eq!(steps, [Step::Monitoring]);
    let first = priorities(&profile)
        .into_iter()
        .next()
        .and_then(|p| p.from)
        .expect("an answer");
    assert_eq!(
        (first.question.as_str(), first.choice.as_str()),
        ("drafting-1", "b")
    );
}
