//! The content in parts: what the app embeds has what answering in Turkish
//! needs and nothing else; the fetched parts put back give exactly the
//! content of the sources (content_tests compares that whole with them);
//! a damaged or foreign part is a typed error that changes nothing.

use super::super::content::Guidance;
use super::super::content_parts::{Kind, Part, PartError};
use super::super::embedded;
use super::super::lang::Lang;

#[test]
fn the_app_embeds_the_turkish_texts_and_no_english_nor_guidance() {
    let base = embedded::embedded().expect("embedded");
    let whole = embedded::content().expect("whole");
    assert_eq!(base.questions.len(), whole.questions.len());
    for question in &base.questions {
        assert!(
            !question.prompt.tr.is_empty(),
            "{}: Turkish prompt",
            question.id
        );
        assert!(
            question.prompt.en.is_empty(),
            "{}: no English prompt",
            question.id
        );
        for choice in &question.choices {
            assert!(!choice.label.tr.is_empty());
            assert!(choice.label.en.is_empty());
            assert_eq!(
                choice.guidance.tr,
                Guidance::default(),
                "{}.{}",
                question.id,
                choice.id
            );
            assert_eq!(choice.guidance.en, Guidance::default());
        }
    }
    for step in &base.steps {
        assert!(!step.name.tr.is_empty() && step.name.en.is_empty());
    }
    for cell in &base.cells {
        assert!(cell.mechanisms.en.is_empty());
    }
    assert_eq!(base.resources, whole.resources, "resources are embedded");
    assert_eq!(
        base.previous, whole.previous,
        "earlier versions are embedded"
    );
    assert!(embedded::embeds(Kind::Texts, Lang::Tr));
    for (kind, lang) in [
        (Kind::Texts, Lang::En),
        (Kind::Guidance, Lang::Tr),
        (Kind::Guidance, Lang::En),
    ] {
        let address = embedded::part_address(kind, lang).expect("fetched");
        assert!(
            address.starts_with("/content/") && address.ends_with(".json"),
            "{address}"
        );
    }
}

#[test]
fn each_part_fills_only_its_own_language_and_kind() {
    let mut content = embedded::embedded().expect("embedded");
    let whole = embedded::content().expect("whole");
    let json = embedded::part_json(Kind::Guidance, Lang::Tr).expect("part");
    Part::read(&content, Kind::Guidance, Lang::Tr, json)
        .expect("reads")
        .fill(&mut content)
        .expect("fits");
    let first = &content.questions[0].choices[0];
    assert_eq!(first.guidance.tr, whole.questions[0].choices[0].guidance.tr);
    assert_eq!(
        first.guidance.en,
        Guidance::default(),
        "English guidance still to come"
    );
    assert!(content.questions[0].prompt.en.is_empty());
    let json = embedded::part_json(Kind::Texts, Lang::En).expect("part");
    Part::read(&content, Kind::Texts, Lang::En, json)
        .expect("reads")
        .fill(&mut content)
        .expect("fits");
    assert_eq!(content.questions[0].prompt, whole.questions[0].prompt);
    assert_eq!(content.cells, whole.cells);
    let json = embedded::part_json(Kind::Guidance, Lang::En).expect("part");
    Part::read(&content, Kind::Guidance, Lang::En, json)
        .expect("reads")
        .fill(&mut content)
        .expect("fits");
    assert_eq!(
        content.institution, None,
        "the institution's bank is a part"
    );
    let json = embedded::part_json(Kind::Institution, Lang::Tr).expect("part");
    let content = super::super::content_parts::BankPart::read(&content, json).expect("reads");
    assert_eq!(content.institution, whole.institution);
    assert_eq!(&content, whole);
    // Read as another part's file, it is refused, typed.
    assert!(
        matches!(
            Part::read(&content, Kind::Institution, Lang::Tr, json),
            Err(PartError::NotJson { .. })
        ) || Part::read(&content, Kind::Institution, Lang::Tr, json)
            .and_then(|part| part.fill(&mut content.clone()))
            .is_err()
    );
}

#[test]
fn an_ngo_volunteer_downloads_none_of_the_institution_bank() {
    let embedded = embedded::embedded().expect("embedded");
    assert_eq!(embedded.institution, None);
    let whole = embedded::content().expect("whole");
    let bank = whole.institution.as_ref().expect("the bank is shipped");
    let first = &bank.questions[0];
    for part in [Kind::Texts, Kind::Guidance] {
        for lang in Lang::ALL {
            if let Some(json) = embedded::part_json(part, lang) {
                assert!(!json.contains(&first.id), "{part:?} {lang:?}");
            }
        }
    }
    // Nor any of its texts in what the app embeds.
    let frame = serde_json::to_string(&embedded).expect("json");
    assert!(!frame.contains(&first.prompt.tr) && !frame.contains(&first.id));
}

#[test]
fn a_damaged_or_foreign_part_is_a_typed_error() {
    let content = embedded::embedded().expect("embedded");
    let json = embedded::part_json(Kind::Guidance, Lang::Tr).expect("part");
    // Read, then poured into a copy: a part that does not fit is refused
    // there, and the content itself is never touched.
    let use_part = |kind, lang, text: &str| {
        Part::read(&content, kind, lang, text).and_then(|part| part.fill(&mut content.clone()))
    };
    let read = |text: &str| use_part(Kind::Guidance, Lang::Tr, text);
    assert!(matches!(
        read("<html>404</html>"),
        Err(PartError::NotJson { .. })
    ));
    assert!(matches!(
        read(&json[..json.len() / 2]),
        Err(PartError::NotJson { .. })
    ));
    assert_eq!(
        use_part(Kind::Guidance, Lang::En, json),
        Err(PartError::OtherPart),
        "the Turkish guidance is not the English one"
    );
    let mut part: Part = serde_json::from_str(json).expect("json");
    part.guidance.pop();
    let expected = part.guidance.len() + 1;
    assert_eq!(
        read(&serde_json::to_string(&part).expect("json")),
        Err(PartError::WrongShape {
            what: "guidance pages",
            found: expected - 1,
            expected
        })
    );
    part.content_version += 1;
    assert_eq!(
        read(&serde_json::to_string(&part).expect("json")),
        Err(PartError::OtherVersion {
            found: content.version + 1,
            expected: content.version
        })
    );
    let texts = embedded::part_json(Kind::Texts, Lang::En).expect("part");
    let mut part: Part = serde_json::from_str(texts).expect("json");
    part.lists.push(Vec::new());
    assert!(matches!(
        use_part(
            Kind::Texts,
            Lang::En,
            &serde_json::to_string(&part).expect("json")
        ),
        Err(PartError::WrongShape { what: "cells", .. })
    ));
    assert_eq!(
        &content,
        &embedded::embedded().expect("embedded"),
        "nothing was changed"
    );
}
