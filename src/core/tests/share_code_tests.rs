//! Share codes: round trips, forgiving reading, and a typed error for every
//! kind of bad input.

use proptest::prelude::*;

use super::super::content::Kind;
use super::super::embedded;
use super::super::scoring::Answers;
use super::super::share_code::{
    code_len, decode, encode, grouped, DecodeError, Shared, MAX_INPUT_SYMBOLS, TAG_MASK,
};
use super::fixture::{answers, fixture};

#[test]
fn a_full_real_assessment_fits_in_40_symbols() {
    let content = embedded::content().expect("embedded");
    // Every question answered, multiple-choice ones with every box ticked.
    let mut full = Answers::new();
    for question in &content.questions {
        let chosen = match question.kind {
            Kind::Single => vec![question.choices[question.choices.len() - 2].id.clone()],
            Kind::Multiple => question.choices.iter().map(|c| c.id.clone()).collect(),
        };
        full.insert(question.id.clone(), chosen);
    }
    let code = encode(content, &full, 0xABCDE);
    assert_eq!(code.len(), code_len(content));
    assert!(code.len() <= 40, "{} symbols: {code}", code.len());
    println!(
        "full assessment share code: {} symbols, {}",
        code.len(),
        grouped(&code)
    );
    assert_eq!(
        decode(content, &code),
        Ok(Shared {
            answers: full,
            tag: 0xABCDE
        })
    );
}

#[test]
fn codes_read_back_whatever_the_case_spacing_and_dashes() {
    let content = fixture();
    let given = answers(&[
        ("agenda-1", "d"),
        ("agenda-3", "b"),
        ("agenda-3", "e"),
        ("readiness-4", "f"),
    ]);
    let code = encode(&content, &given, 7);
    assert!(code
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
    for typed in [
        code.clone(),
        grouped(&code),
        code.to_lowercase(),
        format!("  {}  ", grouped(&code).replace('-', " ")),
        code.replace('0', "O").replace('1', "l"),
        grouped(&code).replace('-', "—"),
    ] {
        assert_eq!(
            decode(&content, &typed),
            Ok(Shared {
                answers: given.clone(),
                tag: 7
            }),
            "{typed}"
        );
    }
    assert_eq!(grouped("ABCDEFGHJK"), "ABCD-EFGH-JK");
}

#[test]
fn the_tag_tells_equal_answers_apart_and_stays_in_20_bits() {
    let content = fixture();
    let given = answers(&[("agenda-1", "d")]);
    assert_ne!(encode(&content, &given, 1), encode(&content, &given, 2));
    let wide = decode(&content, &encode(&content, &given, u32::MAX)).expect("decodes");
    assert_eq!(wide.tag, TAG_MASK);
}

#[test]
fn an_empty_assessment_has_a_code_too() {
    let content = fixture();
    assert_eq!(
        decode(&content, &encode(&content, &Answers::new(), 0)).map(|s| s.answers),
        Ok(Answers::new())
    );
}

#[test]
fn every_kind_of_bad_input_gets_its_error() {
    let content = fixture();
    let code = encode(&content, &answers(&[("agenda-1", "d")]), 1);
    let mut other = content.clone();
    other.version = 8;
    let from_other_version = encode(&other, &Answers::new(), 1);
    let mut fewer = content.clone();
    fewer.questions.truncate(10);
    let from_shorter_bank = encode(&fewer, &Answers::new(), 1);
    let mut swapped: Vec<char> = code.chars().collect();
    // Swap the first two neighbours that differ.
    let at = swapped
        .windows(2)
        .position(|pair| pair[0] != pair[1])
        .expect("a code has two different symbols");
    swapped.swap(at, at + 1);
    let swapped: String = swapped.into_iter().collect();
    let rows: Vec<(String, DecodeError)> = vec![
        (String::new(), DecodeError::NotACode),
        ("   --  ".into(), DecodeError::NotACode),
        ("merhaba dünya".into(), DecodeError::NotACode),
        ("https://example.org/".into(), DecodeError::NotACode),
        ("ABC".into(), DecodeError::TooShort),
        ("Z".repeat(MAX_INPUT_SYMBOLS + 1), DecodeError::TooLong),
        (format!("{code}0"), DecodeError::BadChecksum),
        (code[..code.len() - 1].to_owned(), DecodeError::BadChecksum),
        (swapped, DecodeError::BadChecksum),
        (
            from_other_version,
            DecodeError::OtherContentVersion {
                found: 8,
                expected: 7,
            },
        ),
        (from_shorter_bank, DecodeError::TooShort),
    ];
    for (input, expected) in rows {
        assert_eq!(decode(&content, &input), Err(expected.clone()), "{input:?}");
    }
}

#[test]
fn every_single_mistyped_symbol_is_caught() {
    let content = fixture();
    let code = encode(
        &content,
        &answers(&[("agenda-1", "d"), ("drafting-2", "b"), ("readiness-1", "c")]),
        0x5A5A5,
    );
    let alphabet = super::super::base32::ALPHABET;
    for i in 0..code.len() {
        for &symbol in alphabet {
            let mut typo: Vec<u8> = code.bytes().collect();
            if typo[i] == symbol {
                continue;
            }
            typo[i] = symbol;
            let typo = String::from_utf8(typo).expect("ascii");
            assert_eq!(
                decode(&content, &typo),
                Err(DecodeError::BadChecksum),
                "{typo}"
            );
        }
    }
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let content = fixture();
    let per_question: Vec<_> = content
        .questions
        .iter()
        .map(|question| {
            let ids: Vec<String> = question.choices.iter().map(|c| c.id.clone()).collect();
            let kind = question.kind;
            (
                Just(question.id.clone()),
                prop::sample::subsequence(ids.clone(), 0..=ids.len()),
                prop::sample::select(ids),
            )
                .prop_map(move |(id, many, one)| {
                    (
                        id,
                        if kind == Kind::Multiple {
                            many
                        } else {
                            vec![one]
                        },
                    )
                })
        })
        .collect();
    (per_question, prop::collection::vec(any::<bool>(), 22)).prop_map(|(pairs, keep)| {
        pairs
            .into_iter()
            .zip(keep)
            .filter(|((_, chosen), keep)| *keep && !chosen.is_empty())
            .map(|(pair, _)| pair)
            .collect()
    })
}

proptest! {
    #[test]
    fn encode_then_decode_is_the_identity(given in any_answers(), tag in 0..=TAG_MASK) {
        let content = fixture();
        let code = encode(&content, &given, tag);
        prop_assert_eq!(code.len(), code_len(&content));
        prop_assert_eq!(decode(&content, &code), Ok(Shared { answers: given, tag }));
    }

    #[test]
    fn decoding_never_panics_on_any_text(text in ".{0,80}") {
        let _ = decode(&fixture(), &text);
    }

    #[test]
    fn decoding_never_panics_on_code_like_text(text in "[0-9A-Za-z -]{0,70}") {
        let _ = decode(&fixture(), &text);
    }
}
