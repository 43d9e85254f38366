//! Collecting a room: table codes (many participants' codes in one,
//! checked as a whole) and invitations (codes that carry their room's tag).

use proptest::prelude::*;

use super::super::invite::{tag_text, take_foreign};
use super::super::paste::parse;
use super::super::room::Room;
use super::super::share_code::{encode, DecodeError};
use super::super::sides::compare;
use super::super::table_code::{self, TableError, MAX_CODES};
use super::fixture::{answers, fixture};

fn code(choice: &str, tag: u32) -> String {
    encode(&fixture(), &answers(&[("agenda-1", choice)]), tag)
}

#[test]
fn a_table_code_carries_its_participants_and_a_room_counts_them() {
    let content = fixture();
    let people: Vec<String> = (0..10)
        .map(|tag| code(["a", "b", "c", "d"][tag % 4], tag as u32))
        .collect();
    let table = table_code::encode(&people).unwrap();
    assert!(table.starts_with('Z') && table.len() > 64, "{table}");
    assert_eq!(table_code::decode(&table), Ok(people.clone()));
    // A repeat inside a table is carried once.
    let mut twice = people.clone();
    twice.push(people[0].clone());
    assert_eq!(table_code::encode(&twice), Some(table.clone()));
    // In a room: ten participants from one line, the same as pasting them.
    let mut room = Room::default();
    let added = room.add(&parse(&content, &format!("Masa 3: {table}")));
    assert_eq!((added.added, added.repeated), (10, 0));
    let mut pasted = Room::default();
    pasted.add(&parse(&content, &people.join("\n")));
    assert_eq!(room.codes, pasted.codes);
    // Lower case and a link around it are fine too.
    let mut again = Room::default();
    again.add(&parse(
        &content,
        &format!("https://x.example/masa#{}", table.to_lowercase()),
    ));
    assert_eq!(again.codes, pasted.codes);
}

#[test]
fn a_damaged_table_code_is_refused_whole() {
    let content = fixture();
    let people: Vec<String> = (0..5).map(|tag| code("b", tag)).collect();
    let table = table_code::encode(&people).unwrap();
    for at in [1, 3, 5, 20, table.len() / 2, table.len() - 1] {
        let mut damaged: Vec<char> = table.chars().collect();
        damaged[at] = if damaged[at] == 'A' { 'B' } else { 'A' };
        let damaged: String = damaged.into_iter().collect();
        assert!(table_code::decode(&damaged).is_err(), "symbol {at}");
        let pasted = parse(&content, &damaged);
        assert!(pasted.found.is_empty(), "symbol {at}: nobody is half-added");
        assert!(
            matches!(pasted.rejected[0].reason, DecodeError::BadTable(_)),
            "{:?}",
            pasted.rejected
        );
    }
    // Cut short, or a symbol more.
    let cut = &table[..table.len() - 7];
    assert!(parse(&content, cut).found.is_empty());
    assert_eq!(
        table_code::decode(&format!("{table}0")),
        Err(TableError::BadChecksum)
    );
    assert_eq!(table_code::decode("1ABC"), Err(TableError::NotATable));
    assert_eq!(table_code::decode("Z1"), Err(TableError::WrongLength));
    assert_eq!(table_code::decode("ZİÇĞ"), Err(TableError::NotATable));
}

#[test]
fn a_table_of_another_format_or_too_many_is_explained() {
    let people: Vec<String> = (0..2).map(|tag| code("c", tag)).collect();
    let table = table_code::encode(&people).unwrap();
    // The same table, as a later format would write it (with a right
    // checksum): refused with the format named.
    let mut later: String = table.chars().take(table.len() - 4).collect();
    later.replace_range(1..2, "2");
    let resummed = table_code::sealed(later);
    assert_eq!(
        table_code::decode(&resummed),
        Err(TableError::WrongFormat { found: 2 })
    );
    let crowd: Vec<String> = (0..=MAX_CODES as u32).map(|tag| code("a", tag)).collect();
    assert_eq!(table_code::encode(&crowd), None);
    assert!(table_code::encode(&crowd[..MAX_CODES]).is_some());
    assert_eq!(table_code::encode(&["not a code!".to_owned()]), None);
}

#[test]
fn codes_from_another_rooms_invitation_are_held_apart_and_the_rest_counted() {
    let content = fixture();
    let (own, other, plain) = (code("a", 1), code("b", 2), code("c", 3));
    let text = format!(
        "https://x.example/shared#{own}~{}\nhttps://x.example/shared#{other}~{}\n{plain}",
        tag_text(0x1234),
        tag_text(0x9999)
    );
    let mut pasted = parse(&content, &text);
    assert_eq!(pasted.rejected, vec![], "the tag is no bad line");
    assert_eq!(
        pasted.found.iter().map(|f| f.room_tag).collect::<Vec<_>>(),
        vec![Some(0x1234), Some(0x9999), None]
    );
    let foreign = take_foreign(0x1234, &mut pasted);
    assert_eq!(
        foreign
            .iter()
            .map(|f| f.canonical.clone())
            .collect::<Vec<_>>(),
        vec![other]
    );
    assert_eq!(
        pasted
            .found
            .iter()
            .map(|f| f.canonical.clone())
            .collect::<Vec<_>>(),
        vec![own, plain]
    );
    // A room that never invited anyone takes every code.
    let mut all = parse(&content, &text);
    assert!(take_foreign(0, &mut all).is_empty());
    assert_eq!(all.found.len(), 3);
}

#[test]
fn two_rooms_compared_give_each_steps_change_and_hide_small_groups() {
    let content = fixture();
    let room_of = |choice: &str, people: u32| {
        let mut room = Room::default();
        let two = |tag| {
            encode(
                &content,
                &answers(&[("agenda-1", choice), ("agenda-2", choice)]),
                tag,
            )
        };
        room.add(&parse(
            &content,
            &(0..people).map(two).collect::<Vec<_>>().join("\n"),
        ));
        room
    };
    let picture = |room: &Room| super::super::tally::Decoded::default().picture(&content, room);
    // Not yet (both answers a) before, consultation (both c) after.
    let (before, after, few) = (
        picture(&room_of("a", 6)),
        picture(&room_of("c", 6)),
        picture(&room_of("c", 2)),
    );
    let changes = compare(&before, &after, 5);
    assert_eq!(changes.len(), 6);
    let agenda = changes[0];
    assert_eq!(agenda.step, super::super::step::Step::MATRIX[0]);
    assert_eq!(
        (agenda.first, agenda.second, agenda.difference()),
        (Some(0), Some(2), Some(2)),
        "{agenda:?}"
    );
    // Steps nobody answered have no typical level.
    assert!(changes[1..].iter().all(|c| c.difference().is_none()));
    // Two people are below the floor of 5: their level is not shown.
    let hidden = compare(&before, &few, 5);
    assert!(hidden
        .iter()
        .all(|c| c.second.is_none() && c.difference().is_none()));
    assert_eq!(compare(&before, &before, 5)[0].difference(), Some(0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_participant_at_two_tables_is_counted_once(
        first in prop::collection::btree_set(0u32..40, 0..12),
        second in prop::collection::btree_set(0u32..40, 0..12),
    ) {
        let content = fixture();
        let codes = |tags: &std::collections::BTreeSet<u32>| tags.iter().map(|&t| code("d", t)).collect::<Vec<_>>();
        let (a, b) = (table_code::encode(&codes(&first)).unwrap(), table_code::encode(&codes(&second)).unwrap());
        let mut room = Room::default();
        room.add(&parse(&content, &a));
        room.add(&parse(&content, &b));
        let everyone: std::collections::BTreeSet<u32> = first.union(&second).copied().collect();
        prop_assert_eq!(room.codes.len(), everyone.len());
        // Either order, the same room.
        let mut other = Room::default();
        other.add(&parse(&content, &format!("{b}\n{a}")));
        let (mut x, mut y) = (room.codes.clone(), other.codes.clone());
        x.sort();
        y.sort();
        prop_assert_eq!(x, y);
    }

    #[test]
    fn merging_rooms_counts_everyone_once_in_any_order(
        rooms in prop::collection::vec(prop::collection::btree_set(0u32..60, 0..15), 1..6),
        floors in prop::collection::vec(0u8..=10, 6),
    ) {
        let content = fixture();
        let made: Vec<Room> = rooms.iter().zip(&floors).map(|(tags, &floor)| {
            let mut room = Room { floor, ..Room::default() };
            room.add(&parse(&content, &tags.iter().map(|&t| code("b", t)).collect::<Vec<_>>().join("\n")));
            room
        }).collect();
        let merged = Room::merged(&made, "Tüm iller".to_owned(), "2026-12-02".to_owned());
        let everyone: std::collections::BTreeSet<u32> = rooms.iter().flatten().copied().collect();
        prop_assert_eq!(merged.codes.len(), everyone.len());
        let mut reversed = made.clone();
        reversed.reverse();
        prop_assert_eq!(Room::merged(&reversed, "Tüm iller".to_owned(), "2026-12-02".to_owned()), merged.clone());
        // The strictest floor of the rooms holds for the whole.
        let strictest = made.iter().map(Room::floor).max().unwrap();
        prop_assert_eq!(merged.floor(), strictest);
    }

    #[test]
    fn table_codes_round_trip_and_never_panic(tags in prop::collection::vec(0u32..1000, 0..MAX_CODES), noise in "[0-9A-Z]{0,300}") {
        let codes: Vec<String> = tags.iter().map(|&t| code("a", t)).collect();
        let table = table_code::encode(&codes).unwrap();
        let mut unique = codes.clone();
        let mut seen = std::collections::HashSet::new();
        unique.retain(|c| seen.insert(c.clone()));
        prop_assert_eq!(table_code::decode(&table), Ok(unique));
        let _ = table_code::decode(&format!("Z{noise}"));
    }
}
