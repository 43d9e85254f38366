//! The assessment record: JSON round trip and a typed error for every bad file.

use proptest::prelude::*;

use super::super::assessment::{Assessment, ImportError, MAX_IMPORT_BYTES, SCHEMA_VERSION};
use super::super::lang::Lang;
use super::fixture::{answers, fixture};

fn sample() -> Assessment {
    let content = fixture();
    let mut assessment = Assessment::new(&content, Lang::En, 1_763_000_000_000);
    assessment.answers = answers(&[("agenda-1", "d"), ("agenda-3", "b"), ("agenda-3", "c")]);
    assessment.name = Some("Derneğimiz — İzmir <b>şube</b>".into());
    assessment.updated += 5_000;
    assessment
}

#[test]
fn export_then_import_gives_back_the_same_assessment() {
    let original = sample();
    let json = original.to_json();
    assert!(json.contains("\"schema_version\": 2"));
    assert_eq!(Assessment::from_json(&fixture(), &json), Ok(original));
}

#[test]
fn a_record_made_for_another_content_version_is_accepted_when_its_ids_resolve() {
    let json = sample()
        .to_json()
        .replace("\"content_version\": 7", "\"content_version\": 3");
    let imported = Assessment::from_json(&fixture(), &json).expect("ids still resolve");
    assert_eq!(imported.content_version, 7);
}

#[test]
fn every_kind_of_bad_file_gets_its_error() {
    let content = fixture();
    let good = sample().to_json();
    let rows: Vec<(String, ImportError)> = vec![
        (
            "x".repeat(MAX_IMPORT_BYTES + 1),
            ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1,
            },
        ),
        (
            good.replace("\"schema_version\": 2", "\"schema_version\": 3"),
            ImportError::NewerSchema { found: 3 },
        ),
        (
            good.replace("\"agenda-1\"", "\"agenda-99\""),
            ImportError::UnknownQuestion {
                question: "agenda-99".into(),
            },
        ),
        (
            good.replace("\"d\"", "\"q\""),
            ImportError::UnknownChoice {
                question: "agenda-1".into(),
                choice: "q".into(),
            },
        ),
        (
            good.replace("[\n      \"d\"\n    ]", "[\"d\", \"e\"]"),
            ImportError::TooManyChoices {
                question: "agenda-1".into(),
            },
        ),
        (
            good.replace("Derneğimiz", &"ş".repeat(300)),
            ImportError::NameTooLong,
        ),
    ];
    for (input, expected) in rows {
        assert_eq!(Assessment::from_json(&content, &input), Err(expected));
    }
    for not_an_assessment in [
        "",
        "{",
        "[]",
        "{}",
        "null",
        "\"text\"",
        "{\"schema_version\": 1}",
        &good.replace("\"en\"", "\"fr\""),
    ] {
        assert!(
            matches!(
                Assessment::from_json(&content, not_an_assessment),
                Err(ImportError::NotAnAssessment { .. })
            ),
            "{not_an_assessment:?}"
        );
    }
    assert_eq!(SCHEMA_VERSION, 2);
}

/// A file as the first release wrote it: no per-answer times.
const SCHEMA_1: &str = r#"{
  "schema_version": 1, "content_version": 7, "language": "tr",
  "answers": { "agenda-1": ["d"], "agenda-3": ["b", "c"] },
  "created": 1763000000000, "updated": 1763000005000, "name": "Eski kayıt", "tag": 42
}"#;

#[test]
fn a_schema_1_record_is_migrated_with_nothing_lost() {
    let migrated = Assessment::from_json(&fixture(), SCHEMA_1).expect("schema 1 reads");
    assert_eq!(migrated.schema_version, SCHEMA_VERSION);
    assert_eq!(
        migrated.answers,
        answers(&[("agenda-1", "d"), ("agenda-3", "b"), ("agenda-3", "c")])
    );
    assert_eq!(
        (migrated.name.as_deref(), migrated.tag),
        (Some("Eski kayıt"), 42)
    );
    // Each answer is dated by the record's last change.
    assert_eq!(
        migrated.answered.into_iter().collect::<Vec<_>>(),
        vec![
            ("agenda-1".to_owned(), 1_763_000_005_000),
            ("agenda-3".to_owned(), 1_763_000_005_000)
        ]
    );
}

#[test]
fn two_copies_of_one_assessment_merge_keeping_each_newer_answer() {
    let content = fixture();
    let question = |id: &str| content.question(id).expect("fixture question").clone();
    let mut base = Assessment::new(&content, Lang::Tr, 1_000);
    base.answer(&question("agenda-1"), "b", true, 1_000);
    let (mut here, mut there) = (base.clone(), base);
    here.answer(&question("agenda-1"), "d", true, 2_000); // newer here
    there.answer(&question("agenda-2"), "c", true, 3_000); // only there
    there.answer(&question("agenda-1"), "c", true, 1_500); // older there
    here.merge(&there);
    assert_eq!(
        here.answers,
        answers(&[("agenda-1", "d"), ("agenda-2", "c")])
    );
    // A cleared answer is a change too, and merging again changes nothing.
    there.answer(&question("agenda-2"), "c", false, 4_000);
    here.merge(&there);
    let once = here.clone();
    here.merge(&there);
    assert_eq!(here, once);
    assert_eq!(here.answers, answers(&[("agenda-1", "d")]));
}

proptest! {
    #[test]
    fn importing_never_panics_on_any_text(text in ".{0,200}") {
        let _ = Assessment::from_json(&fixture(), &text);
    }

    #[test]
    fn importing_never_panics_on_mangled_exports(cut in 0usize..400, junk in ".{0,8}") {
        let good = sample().to_json();
        let cut = cut.min(good.len());
        let mut mangled: String = good.chars().take(cut).collect();
        mangled.push_str(&junk);
        mangled.extend(good.chars().skip(cut + 2));
        let _ = Assessment::from_json(&fixture(), &mangled);
    }
}
