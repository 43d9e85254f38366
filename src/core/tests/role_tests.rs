//! The institution's questionnaire and the joint workshop: both banks
//! validated and scored by one method, codes that carry the role, and the
//! perception gap with its anonymity floor.

use proptest::prelude::*;

use super::super::assessment::{Assessment, ImportError};
use super::super::content::Content;
use super::super::embedded;
use super::super::lang::Lang;
use super::super::level::Level;
use super::super::paste::parse_banks;
use super::super::role::Role;
use super::super::room::{Decoded, Room};
use super::super::scoring::{score, Answers, Standing};
use super::super::share_code::{decode, decode_either, encode, DecodeError};
use super::super::sides::gap;
use super::super::step::Step;
use super::super::store::Store;
use super::fixture::{answers, fixture, load_changed};

fn institution() -> Content {
    fixture()
        .for_role(Role::Institution)
        .expect("the fixture has both banks")
}

/// Every question of `step` (fixture ids `PREFIX STEP-N`) answered with
/// the choice of `level` (fixture: a-e are levels 0-4).
fn all_at(prefix: &str, step: Step, level: u8) -> Vec<(String, String)> {
    let choice = ["a", "b", "c", "d", "e"][usize::from(level)];
    (1..=3)
        .map(|q| (format!("{prefix}{}-{q}", step.id()), choice.to_owned()))
        .collect()
}

fn code_of(content: &Content, pairs: &[(String, String)], tag: u32) -> String {
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(q, c)| (q.as_str(), c.as_str()))
        .collect();
    encode(content, &answers(&pairs), tag)
}

#[test]
fn a_mistake_in_the_institution_bank_names_its_file() {
    let errors = load_changed("institution/questions/2-drafting.toml", |text| {
        text.replacen("level = 3", "level = 9", 1)
    })
    .expect_err("refused");
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .contains("assets/content/institution/questions/2-drafting.toml")),
        "{errors:#?}"
    );
    // A missing guidance page of the institution names its own folder.
    let mut files = super::fixture::fixture_files();
    files.retain(|f| f.path != "institution/guidance/en/kurum-agenda-1.a.md");
    let errors = super::super::source::load(super::fixture::ROOT, &files).expect_err("refused");
    assert!(errors.iter().any(|e| e
        .to_string()
        .contains("institution/guidance/en/kurum-agenda-1.a.md")));
}

#[test]
fn the_real_institution_bank_is_full_and_in_both_languages() {
    let content = embedded::content().expect("content");
    let view = content.for_role(Role::Institution).expect("bank");
    assert!(view.questions.len() >= 24 + 4, "{}", view.questions.len());
    for step in Step::ALL {
        assert!(view.questions_of(step).count() >= 4, "{step:?}");
    }
    for question in &view.questions {
        assert!(!question.prompt.tr.is_empty() && !question.prompt.en.is_empty());
        for choice in &question.choices {
            for lang in Lang::ALL {
                assert!(
                    !choice.guidance.get(lang).html.is_empty(),
                    "{} {}",
                    question.id,
                    choice.id
                );
            }
        }
    }
    // No id is shared with the NGO bank: answers never cross banks.
    for question in &view.questions {
        assert!(content.question(&question.id).is_none(), "{}", question.id);
    }
}

#[test]
fn the_institution_bank_is_scored_by_the_same_method() {
    let view = institution();
    for level in 0..=4 {
        let pairs: Vec<(String, String)> = Step::MATRIX
            .into_iter()
            .flat_map(|step| all_at("kurum-", step, level))
            .collect();
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(q, c)| (q.as_str(), c.as_str()))
            .collect();
        let profile = score(&view, &answers(&pairs));
        for step in &profile.steps {
            assert_eq!(step.standing, Standing::Assessed);
            assert_eq!(step.level, Level::from_value(level), "{:?}", step.step);
        }
        assert_eq!(profile.typical, Level::from_value(level));
    }
    // The same answers on the NGO bank give the same profile.
    let ngo: Vec<(String, String)> = all_at("", Step::Agenda, 2);
    let inst: Vec<(String, String)> = all_at("kurum-", Step::Agenda, 2);
    let as_pairs = |v: &[(String, String)]| -> Answers {
        let pairs: Vec<(&str, &str)> = v.iter().map(|(q, c)| (q.as_str(), c.as_str())).collect();
        answers(&pairs)
    };
    let a = score(&fixture(), &as_pairs(&ngo));
    let b = score(&view, &as_pairs(&inst));
    assert_eq!(a.typical, b.typical);
    assert_eq!(a.steps[0].level, b.steps[0].level);
}

#[test]
fn codes_carry_the_role_and_round_trip() {
    let ngo = fixture();
    let view = institution();
    let pairs = all_at("kurum-", Step::Monitoring, 3);
    let code = code_of(&view, &pairs, 77);
    let shared = decode(&view, &code).expect("decodes");
    assert_eq!(shared.tag, 77);
    assert_eq!(shared.answers.len(), 3);
    // Read with the NGO bank, it says whose it is instead of guessing.
    assert_eq!(
        decode(&ngo, &code),
        Err(DecodeError::OtherRole {
            found: Some(Role::Institution)
        })
    );
    let (bank, _, tag, version) = decode_either(&ngo, Some(&view), &code).expect("either");
    assert_eq!(
        (bank.role, tag, version),
        (Role::Institution, 77, view.version)
    );
    // An NGO's code is read with the NGO bank by either.
    let ngo_code = code_of(&ngo, &all_at("", Step::Agenda, 1), 5);
    let (bank, ..) = decode_either(&ngo, Some(&view), &ngo_code).expect("ngo");
    assert_eq!(bank.role, Role::Ngo);
    assert_eq!(
        decode(&view, &ngo_code),
        Err(DecodeError::OtherRole {
            found: Some(Role::Ngo)
        })
    );
}

/// A code as the app wrote it before roles (format 1: no role bits).
fn format_one(content: &Content, answers: &Answers, tag: u32) -> String {
    use super::super::base32;
    use super::super::marks::Marks;
    let mut bits: Vec<bool> = Vec::new();
    let push = |bits: &mut Vec<bool>, value: u32, width: u32| {
        for i in (0..width).rev() {
            bits.push(value >> i & 1 == 1);
        }
    };
    push(&mut bits, 1, 5);
    push(&mut bits, content.version, 10);
    push(&mut bits, tag, 20);
    let marks = Marks::of(content, answers);
    for (index, question) in content.questions.iter().enumerate() {
        let n = question.choices.len() as u32;
        let mask = marks.mask(index);
        match question.kind {
            super::super::content::Kind::Multiple => {
                let value = (0..n)
                    .filter(|i| mask >> i & 1 == 1)
                    .fold(0, |v, i| v | 1 << (n - 1 - i));
                push(&mut bits, value, n);
            }
            super::super::content::Kind::Single => {
                let value = if mask == 0 {
                    0
                } else {
                    mask.trailing_zeros() + 1
                };
                push(&mut bits, value, u32::BITS - n.leading_zeros());
            }
        }
    }
    while !bits.len().is_multiple_of(5) {
        bits.push(false);
    }
    // CRC-20 as share_code.rs computes it.
    let mask = (1u32 << 20) - 1;
    let register = bits.iter().fold(mask, |register, &bit| {
        let top = (register >> 19) & 1 == 1;
        let shifted = (register << 1) & mask;
        if top != bit {
            shifted ^ 0x9
        } else {
            shifted
        }
    });
    push(&mut bits, register ^ mask, 20);
    bits.chunks(5)
        .map(|c| base32::symbol(c.iter().fold(0, |v, &b| v << 1 | u8::from(b))))
        .collect()
}

#[test]
fn codes_made_before_roles_still_read_as_ngo_codes() {
    let ngo = fixture();
    let view = institution();
    let pairs = [("agenda-1", "d"), ("readiness-2", "c"), ("decision-3", "b")];
    let old = format_one(&ngo, &answers(&pairs), 4242);
    let shared = decode(&ngo, &old).expect("an old code decodes");
    assert_eq!(shared.answers, answers(&pairs));
    assert_eq!(shared.tag, 4242);
    // In a pasted chat too, among new codes of both roles.
    let new_ngo = code_of(&ngo, &all_at("", Step::Drafting, 2), 1);
    let new_inst = code_of(&view, &all_at("kurum-", Step::Drafting, 4), 2);
    let pasted = parse_banks(
        &ngo,
        Some(&view),
        &format!("{old}\nkod: {new_ngo}\n{new_inst}\n"),
    );
    let roles: Vec<Role> = pasted.found.iter().map(|f| f.role).collect();
    assert_eq!(roles, [Role::Ngo, Role::Ngo, Role::Institution]);
    assert!(pasted.rejected.is_empty(), "{:?}", pasted.rejected);
    // Without the institution's bank, its code is named as such.
    let pasted = parse_banks(&ngo, None, &new_inst);
    assert_eq!(
        pasted.rejected[0].reason,
        DecodeError::OtherRole {
            found: Some(Role::Institution)
        }
    );
}

#[test]
fn records_carry_the_role_and_wait_for_their_bank() {
    let whole = fixture();
    let view = institution();
    let mut record = Assessment::new(&view, Lang::Tr, 1_000);
    let question = view.question("kurum-agenda-1").expect("q").clone();
    record.answer(&question, "d", true, 1_001);
    let json = record.to_json();
    assert!(json.contains("\"role\": \"institution\""));
    assert_eq!(Assessment::role_of(&json), Role::Institution);
    assert_eq!(
        Assessment::from_json(&whole, &json),
        Err(ImportError::OtherRole {
            found: Role::Institution
        })
    );
    assert_eq!(Assessment::from_json(&view, &json).expect("reads"), record);
    // An NGO's record of before has no role: an NGO's.
    let old = Assessment::new(&whole, Lang::Tr, 5)
        .to_json()
        .replace("\"role\": \"ngo\",", "");
    assert_eq!(Assessment::role_of(&old), Role::Ngo);
    assert!(Assessment::from_json(&whole, &old).is_ok());
    // A store with both is read whole; without the bank, the institution's
    // record is kept as it was saved.
    let mut store = Store::new();
    store.add(Assessment::from_json(&whole, &old).expect("ngo"));
    store.add(record.clone());
    let text = store.to_json();
    let read = Store::from_json_banks(&whole, Some(&view), &text).expect("with the bank");
    assert_eq!(read.entries[1].assessment, record);
    let read = Store::from_json(&whole, &text).expect("without the bank");
    assert_eq!(read.entries[1].assessment, record);
}

fn room_of(codes: Vec<String>) -> Room {
    Room {
        codes,
        ..Room::default()
    }
}

/// One row of the gap table: the NGOs' and the officials' agenda levels,
/// officials who answered nothing of the step, the floor, and the expected
/// medians and mark.
struct GapRow {
    ngos: &'static [u8],
    officials: &'static [u8],
    silent: usize,
    floor: u8,
    ngo: Option<u8>,
    institution: Option<u8>,
    marked: bool,
}

#[test]
fn the_gap_is_the_difference_of_the_two_sides_medians() {
    let ngo = fixture();
    let view = institution();
    let row = |ngos, officials, silent, floor, ngo, institution, marked| GapRow {
        ngos,
        officials,
        silent,
        floor,
        ngo,
        institution,
        marked,
    };
    let table = [
        row(
            &[1, 1, 1, 1, 1],
            &[3, 3, 3, 3, 3],
            0,
            5,
            Some(1),
            Some(3),
            true,
        ),
        row(
            &[2, 2, 3, 3, 4],
            &[2, 2, 2, 3, 4],
            0,
            5,
            Some(3),
            Some(2),
            true,
        ),
        row(
            &[0, 1, 2, 3, 4],
            &[4, 3, 2, 1, 0],
            0,
            5,
            Some(2),
            Some(2),
            false,
        ),
        // A side below the floor shows no median, so no gap.
        row(&[1, 1, 1, 1, 1], &[3, 3, 3, 3], 0, 5, Some(1), None, false),
        // Five officials, but only two assessed in the step: their median
        // would show two people's level.
        row(&[1, 1, 1, 1, 1], &[3, 3], 3, 5, Some(1), None, false),
        // The trainer lowered the floor to 3.
        row(&[1, 1, 1], &[3, 3, 4], 0, 3, Some(1), Some(3), true),
        row(&[2, 2], &[2, 2, 2], 0, 3, None, Some(2), false),
    ];
    for (n, expected) in table.iter().enumerate() {
        let mut codes = Vec::new();
        for (i, level) in expected.ngos.iter().enumerate() {
            codes.push(code_of(&ngo, &all_at("", Step::Agenda, *level), i as u32));
        }
        for (i, level) in expected.officials.iter().enumerate() {
            let pairs = all_at("kurum-", Step::Agenda, *level);
            codes.push(code_of(&view, &pairs, 100 + i as u32));
        }
        for i in 0..expected.silent {
            codes.push(code_of(&view, &[], 200 + i as u32));
        }
        let mut room = room_of(codes);
        room.floor = expected.floor;
        let sides = Decoded::default().sides(&ngo, Some(&view), &room);
        assert_eq!(sides.ngo.participants, expected.ngos.len(), "row {n}");
        let officials = expected.officials.len() + expected.silent;
        assert_eq!(sides.institution.participants, officials, "row {n}");
        let gaps = gap(&sides, room.floor());
        let agenda = gaps[0];
        assert_eq!(agenda.step, Step::Agenda);
        assert_eq!(
            (agenda.ngo, agenda.institution),
            (expected.ngo, expected.institution),
            "row {n}"
        );
        assert_eq!(agenda.marked(), expected.marked, "row {n}");
        // The other steps were not assessed by anyone: no median.
        assert!(gaps[1..].iter().all(|g| g.ngo.is_none()));
    }
}

#[test]
fn the_floor_hides_small_groups() {
    let ngo = fixture();
    let view = institution();
    let mut codes: Vec<String> = (0..6)
        .map(|i| code_of(&ngo, &all_at("", Step::Agenda, 2), i))
        .collect();
    codes.extend((0..4).map(|i| code_of(&view, &all_at("kurum-", Step::Agenda, 3), 50 + i)));
    let room = room_of(codes);
    assert_eq!(room.floor(), 5, "the default");
    let sides = Decoded::default().sides(&ngo, Some(&view), &room);
    assert!(sides.ngo.shown(room.floor()));
    assert!(
        !sides.institution.shown(room.floor()),
        "4 officials are too few"
    );
    assert!(sides.all.shown(room.floor()));
    // A floor outside 3-10 is held inside it.
    let mut low = room.clone();
    low.floor = 1;
    assert_eq!(low.floor(), 3);
    low.floor = 50;
    assert_eq!(low.floor(), 10);
    // Without the bank, the institutions' codes wait and are not counted.
    let sides = Decoded::default().sides(&ngo, None, &room);
    assert_eq!((sides.institution.participants, sides.waiting), (0, 4));
}

fn pairs_strategy(prefix: &'static str) -> impl Strategy<Value = Vec<(String, String)>> {
    proptest::collection::vec((0..Step::ALL.len(), 1..=3usize, 0..7usize), 0..12).prop_map(
        move |picks| {
            let mut seen = std::collections::BTreeSet::new();
            picks
                .into_iter()
                .filter_map(|(step, q, choice)| {
                    let step = Step::ALL[step];
                    // Readiness has 4 questions of 5 choices (a-c, f, g).
                    let choice = if step.in_matrix() {
                        ["a", "b", "c", "d", "e", "f", "g"][choice]
                    } else {
                        ["a", "b", "c", "f", "g", "a", "b"][choice]
                    };
                    let id = format!("{prefix}{}-{q}", step.id());
                    seen.insert(id.clone()).then(|| (id, choice.to_owned()))
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn both_sides_add_up_to_the_room_in_every_step(
        ngos in proptest::collection::vec(pairs_strategy(""), 0..8),
        insts in proptest::collection::vec(pairs_strategy("kurum-"), 0..8),
    ) {
        let ngo = fixture();
        let view = institution();
        let mut codes: Vec<String> = Vec::new();
        for (i, pairs) in ngos.iter().enumerate() {
            codes.push(code_of(&ngo, pairs, i as u32));
        }
        for (i, pairs) in insts.iter().enumerate() {
            codes.push(code_of(&view, pairs, 1000 + i as u32));
        }
        let sides = Decoded::default().sides(&ngo, Some(&view), &room_of(codes));
        prop_assert_eq!(sides.ngo.participants, ngos.len());
        prop_assert_eq!(sides.institution.participants, insts.len());
        prop_assert_eq!(sides.all.participants, ngos.len() + insts.len());
        for ((all, a), b) in sides.all.spreads.iter().zip(&sides.ngo.spreads).zip(&sides.institution.spreads) {
            prop_assert_eq!(all.total(), sides.all.participants);
            prop_assert_eq!(a.total() + b.total(), all.total());
        }
    }
}
