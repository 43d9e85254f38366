//! Workshop rooms: reading pasted codes, counting each once, and the
//! room's picture.

use proptest::prelude::*;

use super::super::paste::parse;
use super::super::room::{aggregate, Room, Spread, SLOTS};
use super::super::scoring::{score, Answers, Reason, Standing};
use super::super::share_code::{encode, grouped, DecodeError};
use super::super::step::Step;
use super::fixture::{answers, fixture};

fn code(pairs: &[(&str, &str)], tag: u32) -> String {
    encode(&fixture(), &answers(pairs), tag)
}

#[test]
fn codes_are_found_however_they_are_pasted() {
    let content = fixture();
    let a = code(&[("agenda-1", "d")], 1);
    let b = code(&[("drafting-1", "b")], 2);
    let c = code(&[("decision-1", "e")], 3);
    let d = code(&[("monitoring-1", "c")], 4);
    let e = code(&[("readiness-1", "a")], 5);
    let text = format!(
        "{a}\n\
         [10:31] Ayşe Yılmaz: kodum {} teşekkürler!\n\
         http://127.0.0.1:8080/shared#{}\n\
         \"{}\".\n\
         ({})\n",
        grouped(&b),
        grouped(&c),
        d.to_lowercase(),
        grouped(&e).replace('-', " "),
    );
    let pasted = parse(&content, &text);
    let lines: Vec<usize> = pasted.found.iter().map(|f| f.line).collect();
    assert_eq!(lines, vec![1, 2, 3, 4, 5]);
    assert_eq!(
        pasted
            .found
            .iter()
            .map(|f| f.canonical.clone())
            .collect::<Vec<_>>(),
        vec![a, b, c, d, e]
    );
    assert_eq!(pasted.rejected, vec![]);
}

#[test]
fn every_bad_line_is_listed_with_its_reason_and_good_ones_are_kept() {
    let content = fixture();
    let good = code(&[("agenda-1", "d")], 9);
    let mut typo: Vec<char> = good.chars().collect();
    typo[10] = if typo[10] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let mut other = content.clone();
    other.version = 8;
    let other_version = encode(&other, &Answers::new(), 1);
    let text = format!(
        "Merhaba, herkese günaydın\n{typo}\n\n{good}\n{other_version}\n{}\n",
        &good[..20]
    );
    let pasted = parse(&content, &text);
    assert_eq!(pasted.found.len(), 1);
    assert_eq!(pasted.found[0].line, 4);
    let reasons: Vec<(usize, DecodeError)> = pasted
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (1, DecodeError::NotACode),
            (2, DecodeError::BadChecksum),
            (
                5,
                DecodeError::OtherContentVersion {
                    found: 8,
                    expected: 7
                }
            ),
            (6, DecodeError::NotACode),
        ]
    );
    assert_eq!(pasted.rejected[0].text, "Merhaba, herkese günaydın");
}

#[test]
fn a_code_already_in_the_room_counts_once() {
    let content = fixture();
    let a = code(&[("agenda-1", "d")], 1);
    let same_answers_other_person = code(&[("agenda-1", "d")], 2);
    let mut room = Room::default();
    let first = room.add(&parse(
        &content,
        &format!(
            "{a}\n{}\n{same_answers_other_person}",
            grouped(&a).to_lowercase()
        ),
    ));
    assert_eq!((first.added, first.repeated), (2, 1));
    let again = room.add(&parse(&content, &a));
    assert_eq!((again.added, again.repeated), (0, 1));
    assert_eq!(room.codes.len(), 2);
    // Kiosk mode adds the code it has just written, once.
    assert!(!room.add_code(a.clone()));
    assert!(room.add_code(code(&[("agenda-1", "d")], 3)));
    assert_eq!(room.codes.len(), 3);
}

#[test]
fn the_picture_counts_each_participant_once_per_step() {
    let content = fixture();
    let people = vec![
        answers(&[
            ("agenda-1", "d"),
            ("agenda-2", "d"),
            ("readiness-1", "b"),
            ("readiness-2", "b"),
        ]),
        answers(&[("agenda-1", "d"), ("agenda-2", "e"), ("agenda-3", "f")]),
        answers(&[("agenda-1", "a"), ("agenda-2", "f"), ("readiness-1", "f")]),
        Answers::new(),
    ];
    let picture = aggregate(&content, &people);
    assert_eq!(picture.participants, 4);
    let agenda = &picture.spreads[0];
    assert_eq!(agenda.step, Step::Agenda);
    // not assessed, not enough answers, level 0, 1, 2, 3, 4
    assert_eq!(agenda.counts, [1, 1, 0, 0, 0, 2, 0]);
    assert_eq!(
        agenda.percent(Spread::slot(Standing::NotAssessed, None)),
        25.0
    );
    // Two of the room's seven agenda answers were "don't know".
    assert_eq!((agenda.dont_know, agenda.answers), (2, 7));
    assert_eq!(agenda.dont_know_tenths(), 286);
    let readiness = picture
        .spreads
        .iter()
        .find(|s| s.step == Step::Readiness)
        .expect("readiness");
    // not assessed, not enough, weak, developing, strong
    assert_eq!(readiness.counts, [2, 1, 0, 1, 0, 0, 0]);
    assert_eq!(readiness.slots(), 0..5);
    assert_eq!(aggregate(&content, &[]).spreads[0].percent(0), 0.0);
}

#[test]
fn percents_are_rounded_half_up_to_a_tenth_and_to_a_whole() {
    // 1 of 3 is 33.3 %, 2 of 3 66.7 %, 1 of 8 12.5 % (shown as 13 %).
    let spread = |count, total| Spread {
        step: Step::Agenda,
        counts: [count, total - count, 0, 0, 0, 0, 0],
        dont_know: count,
        answers: total,
    };
    assert_eq!(spread(1, 3).tenths(0), 333);
    assert_eq!(spread(2, 3).tenths(0), 667);
    assert_eq!(spread(1, 8).tenths(0), 125);
    assert_eq!(spread(1, 8).whole_percent(0), 13);
    assert_eq!(spread(1, 3).whole_percent(0), 33);
    assert_eq!(spread(0, 0).whole_percent(0), 0);
    // The same as rounding the exact share, for every small room.
    for total in 1..=60 {
        for count in 0..=total {
            let exact = (count as f64 * 1000.0 / total as f64).round() as u32;
            assert_eq!(spread(count, total).tenths(0), exact, "{count} of {total}");
            assert_eq!(spread(count, total).dont_know_tenths(), exact);
        }
    }
}

proptest! {
    #[test]
    fn parsing_never_panics_on_any_text(text in "(?s).{0,400}") {
        let _ = parse(&fixture(), &text);
    }

    #[test]
    fn pasting_the_same_codes_twice_changes_nothing(tags in prop::collection::vec(0u32..1000, 0..20)) {
        let content = fixture();
        let text: String = tags.iter().map(|tag| code(&[("agenda-1", "c")], *tag) + "\n").collect();
        let mut room = Room::default();
        room.add(&parse(&content, &text));
        // Each code is kept as this app writes it.
        let mut expected: Vec<String> = Vec::new();
        for tag in &tags {
            let written = code(&[("agenda-1", "c")], *tag);
            if !expected.contains(&written) {
                expected.push(written);
            }
        }
        prop_assert_eq!(&room.codes, &expected);
        let once = room.clone();
        room.add(&parse(&content, &text));
        prop_assert_eq!(room, once);
    }

    #[test]
    fn counts_add_up_to_the_participants_in_every_step(people in prop::collection::vec(prop::collection::vec((0usize..22, 0usize..7), 0..10), 0..15)) {
        let content = fixture();
        let participants: Vec<Answers> = people.iter().map(|pairs| {
            let mut a = Answers::new();
            for (q, c) in pairs {
                let question = &content.questions[*q];
                let choice = &question.choices[*c % question.choices.len()];
                a.insert(question.id.clone(), vec![choice.id.clone()]);
            }
            a
        }).collect();
        let picture = aggregate(&content, &participants);
        for spread in &picture.spreads {
            prop_assert_eq!(spread.total(), participants.len());
        }
        // The room counts exactly what each participant's own Results show.
        let mut next: Vec<(Reason, usize)> = Vec::new();
        for answers in &participants {
            let profile = score(&content, answers);
            for spread in &picture.spreads {
                let slot = match profile.step(spread.step) {
                    Some(result) => Spread::slot(result.standing, result.level.map(|l| l.value())),
                    None => Spread::slot(profile.readiness.standing, profile.readiness.value.map(|v| v.value())),
                };
                prop_assert!(spread.counts[slot] > 0);
            }
            for reason in profile.steps.iter().filter_map(|result| result.set_by.first()) {
                match next.iter_mut().find(|(known, _)| known == reason) {
                    Some((_, count)) => *count += 1,
                    None => next.push((reason.clone(), 1)),
                }
            }
        }
        let mut counted = picture.next_steps.clone();
        counted.sort();
        next.sort();
        prop_assert_eq!(counted, next);
    }
}

#[test]
fn the_csv_has_a_row_per_step_and_slot_with_turkish_letters_intact() {
    let content = fixture();
    let people = [
        answers(&[("agenda-1", "d"), ("agenda-2", "d"), ("agenda-3", "f")]),
        Answers::new(),
    ];
    let picture = aggregate(&content, &people);
    let sides = super::super::sides::Sides::ngo_only(&content, picture);
    // Two participants: below any floor, only their count is exported.
    let csv =
        super::super::room_export::to_csv(&content, &sides, 3, 0, super::super::lang::Lang::Tr);
    assert_eq!(
        csv,
        "\u{feff}\"Taraf\",\"Adım\",\"Düzey\",\"Katılımcı\",\"Yüzde\"\r\n\
         \"Tüm salon\",\"\",\"Gösterilmiyor: 3 kişiden az\",2,\"\"\r\n\
         \"STK'lar\",\"\",\"Gösterilmiyor: 3 kişiden az\",2,\"\"\r\n"
    );
    let csv =
        super::super::room_export::to_csv(&content, &sides, 2, 0, super::super::lang::Lang::Tr);
    assert!(csv.starts_with("\u{feff}\"Taraf\",\"Adım\",\"Düzey\",\"Katılımcı\",\"Yüzde\"\r\n"));
    // The whole room's rows, then the NGOs' (the same people).
    let csv = csv
        .split("\"STK'lar\"")
        .next()
        .unwrap_or_default()
        .replace("\"Tüm salon\",", "");
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    // Six steps of 7 slots and readiness of 5, each with its "don't know" row.
    assert_eq!(rows.len(), 1 + 6 * (SLOTS + 1) + 5 + 1);
    assert_eq!(rows[1], "\"Adım agenda\",\"Değerlendirilmedi\",1,50.0");
    assert_eq!(rows[2], "\"Adım agenda\",\"Yeterli yanıt yok\",0,0.0");
    assert_eq!(rows[6], "\"Adım agenda\",\"Düzey 3\",1,50.0");
    assert_eq!(
        rows[8],
        "\"Adım agenda\",\"“Bilmiyorum” yanıtı (yanıtlar içinde)\",1,33.3"
    );
    let readiness: Vec<&&str> = rows
        .iter()
        .filter(|row| row.starts_with("\"Adım readiness\""))
        .collect();
    assert_eq!(readiness[2], &"\"Adım readiness\",\"Hazırlık weak\",0,0.0");
}

#[test]
fn rooms_round_trip_and_an_imported_room_is_checked_again() {
    let content = fixture();
    let mut room = Room {
        name: "İzmir Sivil Toplum Günü".into(),
        date: "2026-11-22".into(),
        ..Room::default()
    };
    room.add(&parse(
        &content,
        &format!(
            "{}\n{}",
            code(&[("agenda-1", "d")], 1),
            code(&[("agenda-1", "b")], 2)
        ),
    ));
    let mut tampered = room.clone();
    tampered.codes.push("NOT-A-CODE".into());
    tampered.codes.push(room.codes[0].to_lowercase());
    let imported = Room::from_json(&content, None, &tampered.to_json()).expect("a room file");
    assert_eq!(imported, room);
    assert_eq!(Room::from_json(&content, None, "{\"name\": 5}"), None);
    let mut rooms = super::super::room::Rooms::default();
    assert_eq!(rooms.add(room.clone()), 1);
    assert_eq!(rooms.add(room), 2);
    assert!(
        matches!(super::super::room::Rooms::from_json(&rooms.to_json()), super::super::versioned::Versioned::Readable(r) if r == rooms)
    );
}

#[test]
fn the_most_common_next_steps_come_first() {
    let content = fixture();
    let people = vec![
        answers(&[("agenda-1", "c"), ("agenda-2", "e")]),
        answers(&[
            ("agenda-1", "c"),
            ("agenda-2", "d"),
            ("drafting-1", "b"),
            ("drafting-2", "b"),
        ]),
        answers(&[("drafting-1", "b"), ("drafting-2", "c")]),
        answers(&[("agenda-2", "e"), ("agenda-1", "e")]),
    ];
    let picture = aggregate(&content, &people);
    let top: Vec<(String, String, usize)> = picture
        .next_steps
        .iter()
        .map(|(r, n)| (r.question.clone(), r.choice.clone(), *n))
        .collect();
    // The first answer at each participant's established level.
    assert_eq!(
        top,
        vec![
            ("agenda-1".into(), "c".into(), 2),
            ("drafting-1".into(), "b".into(), 2),
            ("agenda-1".into(), "e".into(), 1)
        ]
    );
}

#[test]
fn the_picture_as_json_has_counts_and_percents_per_area() {
    let content = fixture();
    let people = [
        answers(&[("agenda-1", "d"), ("agenda-2", "d")]),
        Answers::new(),
    ];
    let picture = aggregate(&content, &people);
    let sides = super::super::sides::Sides::ngo_only(&content, picture);
    let hidden: serde_json::Value =
        serde_json::from_str(&super::super::room_export::picture_to_json(&sides, 3, 0))
            .expect("json");
    assert_eq!(hidden["participants"], 2);
    assert_eq!(hidden["hidden_below_floor"], true);
    assert_eq!(hidden.get("areas"), None, "no distribution below the floor");
    let json: serde_json::Value =
        serde_json::from_str(&super::super::room_export::picture_to_json(&sides, 2, 0))
            .expect("json");
    assert_eq!(json["sides"][0]["side"], "ngo");
    assert_eq!(json["areas"][0]["side"], "all");
    assert_eq!(json["participants"], 2);
    assert_eq!(json["method_version"], 2);
    assert_eq!(json["areas"][0]["step"], "agenda");
    assert_eq!(json["areas"][0]["not_assessed"], 1);
    assert_eq!(json["areas"][0]["not_enough_answers"], 0);
    assert_eq!(
        json["areas"][0]["values"],
        serde_json::json!([0, 0, 0, 1, 0])
    );
    assert_eq!(json["areas"][0]["percents"][5], 50.0);
    assert_eq!(json["areas"][0]["answers"], 2);
    assert_eq!(json["areas"][6]["values"], serde_json::json!([0, 0, 0]));
    assert_eq!(json["areas"].as_array().map(Vec::len), Some(7));
}

#[test]
fn remembered_answers_give_the_same_picture_as_decoding_again() {
    let content = fixture();
    let text: String = (0..5)
        .map(|tag| code(&[("agenda-1", "c"), ("readiness-2", "e")], tag) + "\n")
        .collect();
    let pasted = parse(&content, &text);
    let mut room = Room::default();
    room.add(&pasted);
    room.codes.push(code(&[("drafting-1", "b")], 9)); // added elsewhere, never seen by the cache
    let mut decoded = super::super::room::Decoded::default();
    decoded.remember(&content, None, &pasted);
    let fresh = aggregate(&content, &room.answers(&content));
    assert_eq!(decoded.picture(&content, &room), fresh);
    assert_eq!(fresh.participants, 6);
}

proptest! {
    #[test]
    fn reading_in_pieces_finds_what_reading_at_once_finds(lines in prop::collection::vec(prop_oneof![
        (0u32..50).prop_map(|tag| code(&[("agenda-1", "c")], tag)),
        "[a-zçğıöşü :]{0,30}",
        Just(String::new()),
    ], 0..40), bytes in 1usize..200) {
        let content = fixture();
        let text = lines.join("\n");
        let mut pieced = super::super::paste::Pasted::default();
        for (before, piece) in super::super::paste::pieces(&text, bytes) {
            pieced.extend(parse(&content, piece), before);
        }
        prop_assert_eq!(pieced, parse(&content, &text));
    }
}

#[test]
fn a_rooms_typical_level_is_the_lower_median_of_those_assessed() {
    let spread = |counts: [usize; SLOTS]| Spread {
        step: Step::Agenda,
        counts,
        dont_know: 0,
        answers: 0,
    };
    // Not assessed and not enough answers do not count.
    assert_eq!(spread([5, 4, 0, 0, 0, 0, 0]).median(), None);
    assert_eq!(spread([5, 4, 0, 0, 0, 1, 0]).median(), Some(3));
    // 0, 0, 4 → 0; 1, 3 → 1 (the lower of two middles); 1, 2, 2, 4 → 2.
    assert_eq!(spread([0, 0, 2, 0, 0, 0, 1]).median(), Some(0));
    assert_eq!(spread([0, 0, 0, 1, 0, 1, 0]).median(), Some(1));
    assert_eq!(spread([1, 0, 0, 1, 2, 0, 1]).median(), Some(2));
    assert_eq!(spread([1, 0, 0, 1, 2, 0, 1]).assessed(), 4);
}
