//! Every legal citation in the content (a law by its number, an article of
//! it, the Constitution's articles, and the institutions and regulations
//! the guidance relies on) is listed in docs/sources.md with where it can
//! be read, so nothing the app states as law goes unsourced.

use std::collections::BTreeSet;

use super::super::content::Content;
use super::super::embedded;
use super::super::lang::Lang;

const SOURCES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/sources.md"));

/// Names the content may use, and the key docs/sources.md lists them under.
const NAMED: [(&str, &str); 9] = [
    ("TBMM Dilekçe Komisyonu", "TBMM Dilekçe Komisyonu"),
    ("Kamu Denetçiliği Kurumu", "Kamu Denetçiliği Kurumu"),
    ("CİMER", "CİMER"),
    ("Kent Konseyi Yönetmeliği", "Kent Konseyi Yönetmeliği"),
    ("Mevzuat Hazırlama Usul", "Mevzuat Hazırlama Yönetmeliği"),
    (
        "Sivil Toplumla İlişkiler Müdürlü",
        "İl Sivil Toplumla İlişkiler Müdürlüğü",
    ),
    ("il koordinasyon kurul", "il koordinasyon kurulu"),
    ("İl koordinasyon kurul", "il koordinasyon kurulu"),
    ("protokol", "kamu-STK protokolü"),
];

/// Every text of the content a user can read, with where it is.
fn texts(content: &Content) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for question in &content.questions {
        for lang in Lang::ALL {
            let at = |what: &str| format!("{} {what} ({})", question.id, lang.code());
            all.push((at("prompt"), question.prompt.get(lang).clone()));
            if let Some(help) = &question.help {
                all.push((at("help"), help.get(lang).clone()));
            }
            for choice in &question.choices {
                let guidance = choice.guidance.get(lang);
                let place = format!("{}.{}", question.id, choice.id);
                all.push((format!("{place} label"), choice.label.get(lang).clone()));
                all.push((format!("{place} guidance"), strip_tags(&guidance.html)));
                all.push((format!("{place} next"), guidance.next.clone()));
            }
        }
    }
    for level in &content.levels {
        for lang in Lang::ALL {
            all.push(("level".into(), level.meaning.get(lang).clone()));
            all.push(("level".into(), level.next.get(lang).clone()));
        }
    }
    for step in &content.steps {
        for lang in Lang::ALL {
            all.push((step.step.id().into(), step.description.get(lang).clone()));
            all.push((step.step.id().into(), step.discussion.get(lang).clone()));
        }
    }
    all
}

fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                text.push(' ');
            }
            _ if !inside => text.push(c),
            _ => {}
        }
    }
    text
}

/// A law number: four digits that are not a year.
fn law_number(token: &str) -> Option<String> {
    let digits: String = token.chars().filter(char::is_ascii_digit).collect();
    let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
    let law = digits.len() == 4
        && bare.chars().take(4).all(|c| c.is_ascii_digit())
        && !(1900..=2099).contains(&digits.parse::<u32>().unwrap_or(0));
    law.then_some(digits)
}

/// The laws (by number, or "Anayasa") and (law, article) pairs a text cites.
/// An article belongs to the nearest law named before it, or else after it.
pub fn citations(text: &str) -> (BTreeSet<String>, BTreeSet<(String, String)>) {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let law_at = |i: usize| -> Option<String> {
        let token = tokens[i].trim_start_matches(|c: char| !c.is_alphanumeric());
        if token.starts_with("Anayasa") || token.starts_with("Constitution") {
            return Some("Anayasa".into());
        }
        law_number(token)
    };
    let number = |token: &str| -> Option<String> {
        let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
        (!digits.is_empty() && digits.len() <= 3).then_some(digits)
    };
    let (mut laws, mut articles) = (BTreeSet::new(), BTreeSet::new());
    for i in 0..tokens.len() {
        if let Some(law) = law_at(i) {
            laws.insert(law);
        }
        let token = tokens[i].trim_start_matches('(');
        let next = tokens.get(i + 1).copied().unwrap_or_default();
        // "md. 24", "art. 76", "Article 76", "76. maddesi", "76'ncı maddesi".
        let article = match token {
            "md." | "art." | "Article" | "article" | "madde" => number(next),
            _ if next.starts_with("madde") => number(token),
            _ => None,
        };
        let Some(article) = article else { continue };
        let before = (0..i).rev().take(12).find_map(law_at);
        let after = (i + 1..tokens.len()).take(8).find_map(law_at);
        if let Some(law) = before.or(after) {
            articles.insert((law, article));
        }
    }
    (laws, articles)
}

#[test]
fn citations_are_read_from_the_ways_the_content_writes_them() {
    let (laws, articles) = citations(
        "5393 sayılı Belediye Kanunu'nun 76. maddesi; Kanun (5393, md. 24); art. 41 of Law 5393; \
         dilekçe (Anayasa md. 74, 3071 sayılı Kanun); 2022 yılında; Law No. 4982 (Article 11).",
    );
    let laws: Vec<&str> = laws.iter().map(String::as_str).collect();
    assert_eq!(laws, ["3071", "4982", "5393", "Anayasa"]);
    let pairs: Vec<(&str, &str)> = articles
        .iter()
        .map(|(law, article)| (law.as_str(), article.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("4982", "11"),
            ("5393", "24"),
            ("5393", "41"),
            ("5393", "76"),
            ("Anayasa", "74")
        ]
    );
}

#[test]
fn every_legal_citation_of_the_content_is_listed_in_docs_sources_md() {
    let content = embedded::content().expect("embedded content");
    let mut missing = BTreeSet::new();
    for (place, text) in texts(content) {
        let (laws, articles) = citations(&text);
        for law in laws.iter().filter(|law| *law != "Anayasa") {
            if !SOURCES.contains(&format!("`{law}")) {
                missing.insert(format!("{place}: law {law}"));
            }
        }
        for (law, article) in articles {
            if !SOURCES.contains(&format!("`{law} md. {article}`")) {
                missing.insert(format!("{place}: {law} md. {article}"));
            }
        }
        for (name, key) in NAMED {
            if text.contains(name) && !SOURCES.contains(&format!("`{key}`")) {
                missing.insert(format!("{place}: {key}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "cited in the content but not listed in docs/sources.md:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}
