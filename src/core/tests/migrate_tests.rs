//! Answers made with an earlier content version: codes, saved records and
//! rooms keep opening, carried onto the current questions through the map
//! of previous/N/, with the originals kept and what was left out named.

use super::super::assessment::Assessment;
use super::super::content::Content;
use super::super::content_error::ContentError;
use super::super::marks::Marks;
use super::super::migrate::carry_answers;
use super::super::paste::parse;
use super::super::room::{aggregate, Decoded, Room};
use super::super::scoring::Answers;
use super::super::share_code::{decode, decode_carried, encode};
use super::super::source::{load, SourceFile};
use super::fixture::{answers, fixture_files, ROOT};

/// Version 6 of the fixture: agenda-1 had a choice "x" that no longer
/// exists, and a multiple-choice "old-multi" whose boxes went to agenda-3.
const PREVIOUS: &str = r#"
step = "agenda"

[[question]]
id = "agenda-1"
kind = "single"
[[question.choice]]
id = "a"
level = 0
to = "agenda-1.a"
[[question.choice]]
id = "x"
level = 3
[[question.choice]]
id = "b"
level = 1
to = "agenda-1.b"
[[question.choice]]
id = "f"
level = "dont-know"
to = "agenda-1.f"

[[question]]
id = "old-multi"
kind = "multiple"
[[question.choice]]
id = "a"
to = "agenda-3.a"
[[question.choice]]
id = "b"
to = "agenda-3.b"
[[question.choice]]
id = "c"
to = "agenda-3.e"
[[question.choice]]
id = "d"
"#;

fn with_previous(path: &str, text: &str) -> Result<Content, Vec<ContentError>> {
    let mut files = fixture_files();
    files.push(SourceFile {
        path: path.into(),
        text: text.into(),
    });
    load(ROOT, &files)
}

fn content() -> Content {
    with_previous("previous/6/1-agenda.toml", PREVIOUS).expect("valid with version 6")
}

/// The version-6 content as a question set of its own, to write its codes.
fn version_6(content: &Content) -> Content {
    let previous = content.previous_version(6).expect("kept");
    let mut old = content.clone();
    old.version = 6;
    old.previous.clear();
    old.questions = previous
        .questions
        .iter()
        .map(|q| {
            let mut question = content.questions[0].clone();
            question.id.clone_from(&q.id);
            question.kind = q.kind;
            question.choices = q
                .choices
                .iter()
                .map(|id| {
                    let mut choice = content.questions[0].choices[0].clone();
                    choice.id.clone_from(id);
                    choice
                })
                .collect();
            question
        })
        .collect();
    old
}

#[test]
fn earlier_answers_go_to_the_choices_with_the_same_meaning() {
    let content = content();
    let previous = content.previous_version(6).expect("kept");
    type Pairs<'a> = &'a [(&'a str, &'a str)];
    let rows: &[(Pairs, Pairs, &[&str])] = &[
        (&[("agenda-1", "b")], &[("agenda-1", "b")], &[]),
        // A choice that no longer exists is left out, and its question named.
        (&[("agenda-1", "x")], &[], &["agenda-1"]),
        // Boxes of one question may land in another; "none of these" gives
        // way when something else is ticked there too.
        (
            &[("old-multi", "a"), ("old-multi", "c"), ("agenda-1", "f")],
            &[("agenda-1", "f"), ("agenda-3", "e")],
            &[],
        ),
        (&[("old-multi", "a")], &[("agenda-3", "a")], &[]),
        (&[("old-multi", "d")], &[], &["old-multi"]),
        // Ids the earlier version never had are ignored.
        (
            &[("nothing", "a"), ("agenda-1", "zz")],
            &[],
            &["agenda-1", "nothing"],
        ),
    ];
    for (old, new, dropped) in rows {
        let carried = carry_answers(&content, previous, &answers(old));
        assert_eq!(carried.answers, answers(new), "{old:?}");
        assert_eq!(carried.not_carried, *dropped, "{old:?}");
    }
}

#[test]
fn a_code_of_the_earlier_version_still_opens_and_counts_in_a_room() {
    let content = content();
    let old = version_6(&content);
    let given = answers(&[("agenda-1", "b"), ("old-multi", "b"), ("old-multi", "c")]);
    let code = encode(&old, &given, 77);
    let expected = answers(&[("agenda-1", "b"), ("agenda-3", "b"), ("agenda-3", "e")]);
    let (marks, tag, version) = decode_carried(&content, &code).expect("carried");
    assert_eq!((tag, version), (77, 6));
    assert_eq!(marks, Marks::of(&content, &expected));
    assert_eq!(
        decode(&content, &code).map(|shared| shared.answers),
        Ok(expected.clone())
    );
    // A room takes it beside a current code and says how many were carried.
    let current = encode(&content, &answers(&[("agenda-1", "c")]), 78);
    let pasted = parse(&content, &format!("{code}\nkod: {current}\n"));
    assert_eq!(pasted.rejected, vec![]);
    assert_eq!(
        pasted.found.iter().map(|f| f.version).collect::<Vec<_>>(),
        [6, 7]
    );
    let mut room = Room::default();
    room.add(&pasted);
    assert_eq!(room.codes[0], code, "the original code is kept");
    let mut decoded = Decoded::default();
    let picture = decoded.picture(&content, &room);
    assert_eq!((picture.participants, picture.carried), (2, 1));
    let people = [expected, answers(&[("agenda-1", "c")])];
    assert_eq!(picture.spreads, aggregate(&content, &people).spreads);
    // Without the earlier version's shape the code is refused, not misread.
    assert!(decode(&super::fixture::fixture(), &code).is_err());
}

#[test]
fn a_saved_record_of_the_earlier_version_is_carried_and_keeps_its_originals() {
    let content = content();
    let old_answers = answers(&[("agenda-1", "x"), ("old-multi", "b")]);
    let mut record = Assessment::new(&content, super::super::lang::Lang::Tr, 1_000);
    record.content_version = 6;
    record.answers = old_answers.clone();
    record.answered = [("agenda-1".to_owned(), 900), ("old-multi".to_owned(), 950)].into();
    let text = record.to_json();
    let opened = Assessment::from_json(&content, &text).expect("opens");
    assert_eq!(opened.content_version, 7);
    assert_eq!(opened.answers, answers(&[("agenda-3", "b")]));
    assert_eq!(opened.answered.get("agenda-3"), Some(&950));
    let earlier = opened.earlier.clone().expect("kept");
    assert_eq!(
        (earlier.content_version, &earlier.answers),
        (6, &old_answers)
    );
    assert_eq!(earlier.not_carried, ["agenda-1"]);
    assert_eq!(opened.carried_counts(), Some((1, 1)));
    // Saved again and reopened, it is not carried a second time.
    assert_eq!(
        Assessment::from_json(&content, &opened.to_json()),
        Ok(opened)
    );
    // A record of a version the content does not keep is read as before.
    let mut unknown = record.clone();
    unknown.content_version = 3;
    unknown.answers = Answers::new();
    assert!(Assessment::from_json(&content, &unknown.to_json()).is_ok());
}

#[test]
fn a_broken_map_names_its_file_and_choice() {
    let cases: &[(&str, String, &str)] = &[
        (
            "previous/6/1-agenda.toml",
            PREVIOUS.replace("to = \"agenda-1.b\"", "to = \"agenda-1.q\""),
            "assets/content/previous/6/1-agenda.toml: question \"agenda-1\", choice \"b\": to: \"agenda-1.q\" is not a QUESTION.CHOICE",
        ),
        (
            "previous/6/1-agenda.toml",
            PREVIOUS.replace("to = \"agenda-3.e\"", "to = \"agenda-1.e\""),
            "question \"agenda-1\": takes one choice but version 6's agenda-1, old-multi all map into it",
        ),
        (
            "previous/6/1-agenda.toml",
            PREVIOUS.replace("to = \"agenda-3.e\"", "to = \"agenda-2.e\"").replace("to = \"agenda-3.b\"", "to = \"agenda-2.b\""),
            "question \"old-multi\": maps 2 of its boxes into \"agenda-2\", which takes one choice",
        ),
        (
            "previous/7/1-agenda.toml",
            PREVIOUS.to_owned(),
            "previous/7/1-agenda.toml: belongs in previous/N/ with N an earlier content version (1-6)",
        ),
    ];
    for (path, text, expected) in cases {
        let messages: Vec<String> = with_previous(path, text)
            .expect_err(expected)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            messages.iter().any(|m| m.contains(expected)),
            "{expected:?} not in {messages:#?}"
        );
    }
}
