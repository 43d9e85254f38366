//! The trainer's session script: what is shipped equals its source, and a
//! broken script is reported by plan, part and field.

use super::super::embedded::SESSION;
use super::super::session_source::{read, to_rust, SESSION_FILE};

const FILE: &str = "assets/content/session.toml";

fn shipped_source() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content/");
    std::fs::read_to_string(format!("{path}{SESSION_FILE}")).expect("session.toml readable")
}

#[test]
fn the_embedded_script_equals_its_source() {
    let read = read(FILE, &shipped_source()).expect("the shipped script is valid");
    assert_eq!(read, SESSION);
    // The expression build.rs writes is the one the app was built with.
    assert!(to_rust(&read).starts_with("Session { plans: Cow::Borrowed(&[Plan { minutes: 60"));
}

fn part(kind: &str, minutes: u16, title_tr: &str) -> String {
    format!(
        "[[plan.part]]\nkind = \"{kind}\"\nminutes = {minutes}\n\
         title.tr = \"{title_tr}\"\ntitle.en = \"T\"\ntask.tr = \"Yapın.\"\ntask.en = \"Do.\"\n"
    )
}

fn plan(minutes: u16, parts: &[(&str, u16)]) -> String {
    let mut text = format!("[[plan]]\nminutes = {minutes}\n");
    for (kind, minutes) in parts {
        text.push_str(&part(kind, *minutes, "Başlık"));
    }
    text
}

const SIXTY: [(&str, u16); 7] = [
    ("frame", 8),
    ("assess", 15),
    ("collect", 5),
    ("picture", 7),
    ("discuss", 15),
    ("commit", 7),
    ("close", 3),
];

fn messages(text: &str) -> Vec<String> {
    match read(FILE, text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_broken_script_is_reported_by_plan_part_and_field() {
    let ninety = plan(
        90,
        &SIXTY.map(|(kind, minutes)| (kind, if kind == "discuss" { 45 } else { minutes })),
    );
    // A valid pair of plans reads.
    assert_eq!(
        messages(&(plan(60, &SIXTY) + &ninety)),
        Vec::<String>::new()
    );

    let mut long = SIXTY;
    long[0].1 = 11;
    assert_eq!(
        messages(&(plan(60, &long) + &ninety)),
        vec![
            "assets/content/session.toml: plan 60: minutes: its parts add up to 63 minutes, not 60"
        ]
    );

    let mut twice = SIXTY;
    twice[6].0 = "commit";
    assert_eq!(
        messages(&(plan(60, &twice) + &ninety)),
        vec![
            "assets/content/session.toml: plan 60: part \"commit\": this kind comes twice",
            "assets/content/session.toml: plan 60: has no part of kind \"close\"",
        ]
    );

    let mut unknown = SIXTY;
    unknown[2].0 = "break";
    let found = messages(&(plan(60, &unknown) + &ninety));
    assert_eq!(
        found.first().map(String::as_str),
        Some("assets/content/session.toml: plan 60: part 3: kind: \"break\" is not one of frame, assess, collect, picture, discuss, commit, close")
    );

    let spelled =
        plan(60, &SIXTY).replacen("title.tr = \"Başlık\"", "title.tr = \"Şikayetler\"", 1);
    assert_eq!(
        messages(&(spelled + &ninety)),
        vec!["assets/content/session.toml: plan 60: part \"frame\": title.tr: \"Şikayetler\": write \"Şikayet…\" as \"Şikâyet…\" (TDK)"]
    );

    let empty = plan(60, &SIXTY).replacen("task.en = \"Do.\"", "task.en = \" \"", 1);
    assert_eq!(
        messages(&(empty + &ninety)),
        vec!["assets/content/session.toml: plan 60: part \"frame\": task.en: is empty"]
    );

    assert_eq!(
        messages(&plan(60, &SIXTY)),
        vec!["assets/content/session.toml: has no [[plan]] of 90 minutes"]
    );

    let torn = plan(60, &SIXTY).replacen("task.en = \"Do.\"\n", "", 1);
    let found = messages(&(torn + &ninety));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("assets/content/session.toml: line ") && found[0].contains("`en`"),
        "{found:?}"
    );
}
