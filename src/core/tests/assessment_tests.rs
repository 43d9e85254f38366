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
    assert!(json.contains("\"schema_version\": 1"));
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
            good.replace("\"schema_version\": 1", "\"schema_version\": 2"),
            ImportError::NewerSchema { found: 2 },
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
    assert_eq!(SCHEMA_VERSION, 1);
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
