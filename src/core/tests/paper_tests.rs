//! Paper forms: a form entered by the trainer counts like a participant,
//! the room keeps which codes came from paper, and the exports say so.

use super::super::lang::Lang;
use super::super::paper::{form_code, letter};
use super::super::room::{aggregate, Room};
use super::super::room_export::{picture_to_json, to_csv};
use super::super::scoring::Answers;
use super::super::share_code::decode;
use super::super::sides::Sides;
use super::fixture::{answers, fixture};

#[test]
fn choices_are_lettered_as_on_paper() {
    assert_eq!(
        (0..5).map(letter).collect::<String>(),
        "ABCDE",
        "the first choices"
    );
    assert_eq!(letter(25), 'Z');
    assert_eq!(letter(26), '?');
}

#[test]
fn a_paper_form_counts_like_a_participant_and_is_marked() {
    let content = fixture();
    let ticks = answers(&[("agenda-1", "d"), ("agenda-2", "d"), ("readiness-1", "a")]);
    let code = form_code(&content, &ticks, 1_000).expect("a form with ticks");
    assert_eq!(
        decode(&content, &code).map(|shared| shared.answers),
        Ok(ticks.clone())
    );
    assert_eq!(
        form_code(&content, &Answers::new(), 1_001),
        None,
        "a blank form"
    );
    assert_eq!(
        form_code(&content, &answers(&[("kurum-agenda-1", "a")]), 1_001),
        None,
        "ticks of the other role's questions are no ticks"
    );

    let mut room = Room::default();
    room.add_code(form_code(&content, &answers(&[("drafting-1", "b")]), 5).expect("code"));
    assert!(room.add_paper(code.clone()));
    assert!(!room.add_paper(code.clone()), "the same form twice is one");
    // Another form with the same ticks, entered a moment later, is another person.
    let twin = form_code(&content, &ticks, 1_002).expect("code");
    assert_ne!(twin, code);
    assert!(room.add_paper(twin));
    assert_eq!((room.codes.len(), room.from_paper()), (3, 2));

    let picture = aggregate(&content, &room.answers(&content));
    assert_eq!(picture.participants, 3, "paper counts like a phone");
    let sides = Sides::ngo_only(&content, picture);
    let csv = to_csv(&content, &sides, 3, room.from_paper(), Lang::Tr);
    assert!(
        csv.ends_with(
            "\"Tüm salon\",\"\",\"Kâğıt formdan gelen (katılımcılar içinde)\",2,\"\"\r\n"
        ),
        "{csv}"
    );
    assert!(!to_csv(&content, &sides, 3, 0, Lang::En).contains("paper"));
    let json: serde_json::Value =
        serde_json::from_str(&picture_to_json(&sides, 3, room.from_paper())).expect("json");
    assert_eq!(json["from_paper"], 2);
}

#[test]
fn a_room_file_keeps_its_paper_marks_and_reads_them_as_untrusted() {
    let content = fixture();
    let mut room = Room {
        name: "Köy odası".into(),
        ..Room::default()
    };
    let paper = form_code(&content, &answers(&[("agenda-1", "c")]), 7).expect("code");
    room.add_paper(paper.clone());
    room.tag = 0x5_1234;
    assert_eq!(
        Room::from_json(&content, None, &room.to_json()).map(|r| r.tag),
        Some(0x5_1234),
        "the file keeps its invitation's tag"
    );
    room.tag = 0;
    assert!(
        !room.to_json().contains("\"tag\""),
        "a room that never invited has no tag"
    );
    let text = room.to_json();
    assert!(
        text.contains("\"paper\""),
        "the room file says which came from paper"
    );
    let back = Room::from_json(&content, None, &text).expect("readable");
    assert_eq!(
        (back.codes.clone(), back.paper.clone()),
        (vec![paper.clone()], vec![paper.clone()])
    );

    // A file of before paper forms still opens; a mark without its code,
    // or twice, is dropped.
    let old = text.replace(&format!(",\n  \"paper\": [\n    \"{paper}\"\n  ]"), "");
    assert!(!old.contains("paper\""), "{old}");
    assert_eq!(
        Room::from_json(&content, None, &old).map(|r| r.from_paper()),
        Some(0)
    );
    let mut forged = room.clone();
    forged.paper = vec![paper.clone(), paper.clone(), "NOTACODE".into()];
    let read = Room::from_json(&content, None, &forged.to_json()).expect("readable");
    assert_eq!(read.paper, vec![paper.clone()]);

    // Merged rooms keep the marks of their paper forms.
    let phone = Room {
        codes: vec![form_code(&content, &answers(&[("agenda-1", "d")]), 8).expect("code")],
        ..Room::default()
    };
    let merged = Room::merged(
        &[phone.clone(), room.clone()],
        "İkisi".into(),
        String::new(),
    );
    assert_eq!((merged.codes.len(), merged.from_paper()), (2, 1));
    assert_eq!(
        merged,
        Room::merged(&[room, phone], "İkisi".into(), String::new())
    );
}
