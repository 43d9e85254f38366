//! The action plan: its rules, its place in the assessment file (checked
//! on import with a typed error), two tabs, and never in a share code.

use super::super::assessment::{Assessment, ImportError};
use super::super::lang::Lang;
use super::super::plan::{Plan, PlanError, PlanItem, Status, MAX_ITEMS};
use super::super::share_code::{decode, encode};
use super::super::step::Step;
use super::fixture::{answers, fixture};

#[test]
fn a_plan_holds_seven_items_each_checked_and_kept_in_order() {
    let mut plan = Plan::default();
    for n in 0..MAX_ITEMS {
        assert_eq!(
            plan.add(Step::Agenda, &format!("Adım {n}"), 10),
            Ok(10 + n as u64),
            "ids follow the time of adding, and never repeat"
        );
    }
    assert_eq!(
        plan.add(Step::Agenda, "Bir tane daha", 11),
        Err(PlanError::Full)
    );
    plan.remove(13, 12);
    assert_eq!(
        plan.add(Step::Decision, "  ", 13),
        Err(PlanError::EmptyText)
    );
    let id = plan
        .add(Step::Decision, "Meclis üyeleriyle görüş", 14)
        .expect("room again");
    assert_eq!(id, 17, "ids are never reused");
    // A bad field changes nothing.
    let mut changed = plan.items[0].clone();
    changed.month = "2027-13".into();
    changed.who = "Ayşe".into();
    assert_eq!(plan.edit(changed.clone(), 15), Err(PlanError::BadMonth));
    assert_eq!(plan.items[0].who, "");
    changed.month = "2027-03".into();
    changed.status = Status::Done;
    assert_eq!(plan.edit(changed, 16), Ok(()));
    assert_eq!(plan.counts(), (7, 1));
    assert_eq!(plan.open_items().items.len(), 6);
    // Moving by one place; nothing past the ends.
    let order = |plan: &Plan| plan.items.iter().map(|i| i.id).collect::<Vec<_>>();
    plan.shift(11, true, 17);
    assert_eq!(order(&plan)[..3], [11, 10, 12]);
    plan.shift(11, true, 18);
    assert_eq!(order(&plan)[..3], [11, 10, 12]);
    plan.shift(17, false, 19);
    assert_eq!(order(&plan).last(), Some(&17));
    assert_eq!(plan.updated, 17, "a move past an end changes nothing");
    let long = "x".repeat(401);
    assert_eq!(plan.add(Step::Agenda, &long, 20), Err(PlanError::Full));
    plan.remove(17, 21);
    assert_eq!(
        plan.add(Step::Agenda, &long, 22),
        Err(PlanError::TooLong { field: "text" })
    );
}

fn with_plan() -> Assessment {
    let content = fixture();
    let mut assessment = Assessment::new(&content, Lang::Tr, 1_000);
    assessment.answers = answers(&[("agenda-1", "d"), ("agenda-2", "c")]);
    assessment
        .plan
        .add(
            Step::Agenda,
            "Belediyeye ortak bir çalışma grubu önerin",
            2_000,
        )
        .expect("added");
    assessment.plan.items[0].who = "Yönetim kurulu (Ayşe Yılmaz)".into();
    assessment
}

#[test]
fn the_plan_travels_in_the_file_and_never_in_the_share_code() {
    let content = fixture();
    let assessment = with_plan();
    let read = Assessment::from_json(&content, &assessment.to_json()).expect("reads");
    assert_eq!(read.plan, assessment.plan);
    let code = encode(&content, &assessment.answers, assessment.tag);
    assert_eq!(code, encode(&content, &assessment.answers, assessment.tag));
    let mut without = assessment.clone();
    without.plan = Plan::default();
    assert_eq!(
        code,
        encode(&content, &without.answers, without.tag),
        "the plan adds nothing to the code"
    );
    let shared = decode(&content, &code).expect("decodes");
    assert_eq!(shared.answers, assessment.answers);
    assert!(!format!("{shared:?}").contains("Ayşe"));
}

#[test]
fn a_damaged_plan_in_a_file_is_a_typed_error() {
    let content = fixture();
    let good = with_plan();
    let item = good.plan.items[0].clone();
    let cases: Vec<(Vec<PlanItem>, &str)> = vec![
        (
            vec![item.clone(), item.clone()],
            "two items have the same id",
        ),
        (
            (0..15).map(|id| PlanItem { id, ..item.clone() }).collect(),
            "more than 14 items",
        ),
        (
            vec![PlanItem {
                month: "mart".into(),
                ..item.clone()
            }],
            "YYYY-MM",
        ),
        (
            vec![PlanItem {
                text: String::new(),
                ..item.clone()
            }],
            "needs a text",
        ),
    ];
    for (items, expected) in cases {
        let mut bad = good.clone();
        bad.plan.items = items;
        match Assessment::from_json(&content, &bad.to_json()) {
            Err(ImportError::BadPlan { detail }) => assert!(detail.contains(expected), "{detail}"),
            other => panic!("{expected}: {other:?}"),
        }
    }
    let text = good.to_json().replace("\"planned\"", "\"someday\"");
    assert!(matches!(
        Assessment::from_json(&content, &text),
        Err(ImportError::NotAnAssessment { .. })
    ));
}

#[test]
fn two_tabs_editing_one_plan_merge_item_by_item_and_lose_nothing() {
    let content = fixture();
    let base = with_plan();
    let first = base.plan.items[0].id;
    let mut here = base.clone();
    let mut there = base.clone();
    // Each tab adds an item at once, edits the shared one, and one removes.
    let mine = here
        .plan
        .add(Step::Decision, "Meclis üyeleriyle görüşün", 3_000);
    let theirs = there
        .plan
        .add(Step::Monitoring, "İzleme notu yayımlayın", 3_001);
    assert_ne!(mine, theirs, "items added in two tabs get two ids");
    let mut edited = there.plan.items[0].clone();
    edited.status = Status::Done;
    there.plan.edit(edited, 3_500).expect("edited");
    let mut older = here.plan.items[0].clone();
    older.who = "Ayşe".into();
    here.plan.edit(older, 3_200).expect("edited");
    here.merge(&there);
    let texts = |a: &Assessment| {
        a.plan
            .items
            .iter()
            .map(|i| i.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(&here),
        [
            "Belediyeye ortak bir çalışma grubu önerin",
            "İzleme notu yayımlayın",
            "Meclis üyeleriyle görüşün"
        ],
        "both new items, in the order of the tab changed last"
    );
    assert_eq!(
        here.plan.items[0].status,
        Status::Done,
        "the later edit wins"
    );
    // Merging the other way gives the same plan.
    let mut back = there.clone();
    back.merge(&here);
    assert_eq!(back.plan.items, here.plan.items);
    // A removal in one tab is not undone by the other's older copy.
    let stale = here.clone();
    here.plan.remove(first, 4_000);
    here.merge(&stale);
    assert_eq!(here.plan.items.len(), 2);
    assert!(here.plan.items.iter().all(|item| item.id != first));
    // Emptied, the plan stays empty and is kept in the file.
    let mut emptied = here.clone();
    for id in here.plan.items.iter().map(|item| item.id) {
        emptied.plan.remove(id, 5_000);
    }
    here.merge(&emptied);
    assert!(here.plan.is_empty());
    here.merge(&stale);
    assert!(here.plan.is_empty(), "an old copy brings nothing back");
    let read = Assessment::from_json(&content, &emptied.to_json()).expect("reads");
    assert_eq!(
        read.plan.updated, 5_000,
        "an emptied plan is kept in the file"
    );
    assert_eq!(read.plan, emptied.plan, "removals travel in the file");
}

#[test]
fn two_full_plans_merge_to_at_most_fourteen_items_and_then_take_no_more() {
    let mut here = with_plan();
    let mut there = here.clone();
    for n in 1..MAX_ITEMS {
        here.plan
            .add(Step::Agenda, &format!("Burada {n}"), 10_000 + n as u64)
            .expect("added");
        there
            .plan
            .add(Step::Drafting, &format!("Orada {n}"), 20_000 + n as u64)
            .expect("added");
    }
    here.merge(&there);
    assert_eq!(here.plan.items.len(), 2 * MAX_ITEMS - 1);
    assert_eq!(
        here.plan.add(Step::Agenda, "Bir tane daha", 30_000),
        Err(PlanError::Full)
    );
    let content = fixture();
    let read = Assessment::from_json(&content, &here.to_json()).expect("a merged plan reads back");
    assert_eq!(read.plan.items.len(), 2 * MAX_ITEMS - 1);
}
