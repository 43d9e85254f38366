//! Choosing answers, the saved-assessments store, and the resource filter.

use super::super::answering::choose;
use super::super::assessment::Assessment;
use super::super::lang::Lang;
use super::super::level::Level;
use super::super::step::Step;
use super::super::store::{Store, StoreError, STORE_SCHEMA};
use super::fixture::{answers, fixture};

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|id| (*id).to_owned()).collect()
}

#[test]
fn choosing_follows_the_kind_of_question() {
    let content = fixture();
    let single = content.question("agenda-1").expect("single");
    let multiple = content.question("agenda-3").expect("multiple");
    // Each row: question, chosen before, choice, checked, chosen after.
    let rows = [
        (single, ids(&[]), "c", true, ids(&["c"])),
        (single, ids(&["c"]), "d", true, ids(&["d"])),
        (single, ids(&["d"]), "d", false, ids(&[])),
        // Kept in the question's order of choices (c, a, d, b, e, f, g).
        (multiple, ids(&["b"]), "d", true, ids(&["d", "b"])),
        (multiple, ids(&["d", "b"]), "c", true, ids(&["c", "d", "b"])),
        (multiple, ids(&["b", "d"]), "b", false, ids(&["d"])),
        // "None of these" (level 0) and "don't know" stand alone.
        (multiple, ids(&["b", "d"]), "a", true, ids(&["a"])),
        (multiple, ids(&["a"]), "c", true, ids(&["c"])),
        (multiple, ids(&["b", "c"]), "f", true, ids(&["f"])),
        (multiple, ids(&["f"]), "e", true, ids(&["e"])),
        (multiple, ids(&["b", "c"]), "g", true, ids(&["g"])),
        (multiple, ids(&["g"]), "f", true, ids(&["f"])),
        // Unknown ids never survive.
        (multiple, ids(&["zz", "b"]), "c", true, ids(&["c", "b"])),
        (single, ids(&["c"]), "zz", true, ids(&["c"])),
    ];
    for (question, before, choice, on, after) in rows {
        assert_eq!(
            choose(question, &before, choice, on),
            after,
            "{} {before:?} {choice} {on}",
            question.id
        );
    }
}

fn store_with_two() -> Store {
    let content = fixture();
    let mut store = Store::new();
    let mut first = Assessment::new(&content, Lang::Tr, 1_000);
    first.answers = answers(&[("agenda-1", "b")]);
    first.name = Some("Birinci".into());
    let mut second = Assessment::new(&content, Lang::En, 2_000);
    second.answers = answers(&[("agenda-1", "d"), ("agenda-3", "b"), ("agenda-3", "c")]);
    store.add(first);
    store.add(second);
    store
}

#[test]
fn a_store_round_trips_and_keeps_several_assessments() {
    let store = store_with_two();
    assert_eq!(store.current, Some(2));
    let restored = Store::from_json(&fixture(), &store.to_json()).expect("readable");
    assert_eq!(restored, store);
    assert_eq!(
        restored
            .by_recency()
            .iter()
            .map(|e| e.id)
            .collect::<Vec<_>>(),
        vec![2, 1]
    );
    assert_eq!(restored.previous_to(2).map(|e| e.id), Some(1));
    assert_eq!(restored.previous_to(1).map(|e| e.id), None);
}

#[test]
fn removing_the_current_assessment_clears_current() {
    let mut store = store_with_two();
    store.remove(2);
    assert_eq!(store.current, None);
    assert_eq!(store.entries.len(), 1);
    // Ids are never reused, even after a reload.
    let mut restored = Store::from_json(&fixture(), &store.to_json()).expect("readable");
    assert_eq!(
        restored.add(Assessment::new(&fixture(), Lang::Tr, 3_000)),
        3
    );
}

#[test]
fn unreadable_and_newer_stores_are_reported_not_guessed() {
    let content = fixture();
    let good = store_with_two().to_json();
    for bad in [
        "",
        "garbage",
        "{}",
        "[1,2]",
        "{\"schema_version\":1}",
        &good.replace("\"agenda-3\"", "\"agenda-77\""),
    ] {
        assert!(
            matches!(
                Store::from_json(&content, bad),
                Err(StoreError::Unreadable { .. })
            ),
            "{bad:?}"
        );
    }
    let newer = good.replace(
        &format!("\"schema_version\":{STORE_SCHEMA},\"current\""),
        "\"schema_version\":9,\"current\"",
    );
    assert_eq!(
        Store::from_json(&content, &newer),
        Err(StoreError::Newer { found: 9 })
    );
}

#[test]
fn a_dangling_current_id_and_a_far_cursor_are_repaired() {
    let mut store = store_with_two();
    store.current = Some(42);
    store.entries[0].cursor = 10_000;
    let restored = Store::from_json(&fixture(), &store.to_json()).expect("readable");
    assert_eq!(restored.current, None);
    assert_eq!(restored.entries[0].cursor, 21);
}

#[test]
fn resources_are_filtered_by_the_guidance_that_links_them() {
    let content = super::super::embedded::content().expect("embedded");
    let all = content.resources_for(None, None);
    assert_eq!(
        all.len(),
        content.resources.len(),
        "every resource is linked by some guidance"
    );
    let partnership_drafting =
        content.resources_for(Some(Step::Drafting), Some(Level::Partnership));
    assert!(!partnership_drafting.is_empty());
    assert!(partnership_drafting.len() <= all.len());
    // The filter is exact: each resource returned is linked by a drafting choice at level 4.
    for resource in partnership_drafting {
        assert!(content
            .questions_of(Step::Drafting)
            .flat_map(|q| &q.choices)
            .any(|c| c.value.level() == Some(Level::Partnership)
                && c.guidance
                    .tr
                    .resources
                    .iter()
                    .chain(&c.guidance.en.resources)
                    .any(|r| *r == resource.id)));
    }
}

#[test]
fn two_tabs_keep_each_others_newer_answers_and_deletions() {
    let content = fixture();
    let question = |id: &str| content.question(id).expect("fixture question").clone();
    let mut first = Store::new();
    let a = first.add(Assessment::new(&content, Lang::Tr, 1_000));
    let b = first.add(Assessment::new(&content, Lang::Tr, 1_000));
    let mut second = first.clone();

    // Tab 1 answers agenda-1 and saves; tab 2, not told yet, answers agenda-2.
    first
        .entry_mut(a)
        .expect("a")
        .assessment
        .answer(&question("agenda-1"), "d", true, 2_000);
    let stored = first.clone();
    second
        .entry_mut(a)
        .expect("a")
        .assessment
        .answer(&question("agenda-2"), "c", true, 3_000);
    // Tab 2's save keeps tab 1's answer.
    let saved = second.saved_over(&stored);
    let both = answers(&[("agenda-1", "d"), ("agenda-2", "c")]);
    assert_eq!(saved.entry(a).expect("a").assessment.answers, both);

    // Tab 1 hears of that save, and deletes b; tab 2 hears of the deletion.
    first.absorb(&saved);
    assert_eq!(first.entry(a).expect("a").assessment.answers, both);
    first.remove(b);
    second.absorb(&first);
    assert!(second.entry(b).is_none());
    // A new assessment tab 2 started and has not saved yet stays.
    let c = second.add(Assessment::new(&content, Lang::Tr, 5_000));
    second.absorb(&first);
    assert!(second.entry(c).is_some());
}
