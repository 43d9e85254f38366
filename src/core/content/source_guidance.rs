//! Reads `guidance/LANG/QID.CID.md`: the guidance of each choice, with its
//! front matter, its Markdown rendered to HTML at build time (raw HTML,
//! images, headings and non-https links refused), and attaches it to the
//! choices. Build and tests only, like `source.rs`.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::content::{Content, Guidance};
use super::content_error::{check_url, ContentError};
use super::lang::Lang;
use super::source::{Fields, GUIDANCE_DIR};
use super::validate::Origins;

/// (language, question id, choice id)
pub type GuidanceKey = (Lang, String, String);

pub fn read_guidance_file(
    file: &str,
    path: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<(GuidanceKey, Guidance)> {
    let mut fields = Fields {
        file,
        item: String::new(),
        errors,
    };
    let rest = path.strip_prefix(GUIDANCE_DIR).unwrap_or(path);
    let (lang_code, name) = rest.split_once('/').unwrap_or(("", rest));
    let Some(lang) = Lang::from_code(lang_code) else {
        fields.error("", "guidance files belong in guidance/tr/ or guidance/en/");
        return None;
    };
    let Some((question_id, choice_id)) = name
        .strip_suffix(".md")
        .and_then(|stem| stem.split_once('.'))
    else {
        fields.error(
            "",
            "a guidance file is named QUESTION.CHOICE.md, e.g. agenda-1.c.md",
        );
        return None;
    };

    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let Some((front, body)) = text.strip_prefix("---\n").and_then(|rest| {
        rest.split_once("\n---\n")
            .or_else(|| rest.strip_suffix("\n---").map(|front| (front, "")))
    }) else {
        fields.error(
            "front matter",
            "the file must start with front matter between two --- lines",
        );
        return None;
    };

    let mut values: BTreeMap<&str, String> = BTreeMap::new();
    for line in front.lines().filter(|line| !line.trim().is_empty()) {
        match line.split_once(':') {
            Some((key, value)) if FRONT_KEYS.contains(&key.trim()) => {
                values.insert(key.trim(), value.trim().to_owned());
            }
            Some((key, _)) => fields.error(
                key.trim(),
                format!(
                    "unknown front matter key (expected {})",
                    FRONT_KEYS.join(", ")
                ),
            ),
            None => fields.error(
                "front matter",
                format!("\"{line}\" is not a `key: value` line"),
            ),
        }
    }
    let mut take = |fields: &mut Fields, key: &str| fields.string(key, values.remove(key));
    let title = take(&mut fields, "title");
    let next = take(&mut fields, "next");
    let named_question = take(&mut fields, "question_id");
    let named_choice = take(&mut fields, "choice_id");
    let resources: Vec<String> = take(&mut fields, "resources")
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect();
    if named_question != question_id || named_choice != choice_id {
        fields.error(
            "question_id",
            format!("says {named_question}.{named_choice} but the file name says {question_id}.{choice_id}"),
        );
    }
    let html = render_markdown(&mut fields, body);
    Some((
        (lang, question_id.to_owned(), choice_id.to_owned()),
        Guidance {
            title,
            html,
            next,
            resources,
        },
    ))
}

const FRONT_KEYS: [&str; 5] = ["title", "question_id", "choice_id", "resources", "next"];

/// Renders the body to HTML, refusing what the app must never show: raw
/// HTML, images, headings (the app gives the structure) and non-https links.
fn render_markdown(fields: &mut Fields, body: &str) -> String {
    if body.trim().is_empty() {
        fields.error("body", "is empty");
        return String::new();
    }
    let events: Vec<Event> = Parser::new_ext(body, Options::empty()).collect();
    for event in &events {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                fields.error("body", "raw HTML is not allowed")
            }
            Event::Start(Tag::Image { .. }) => fields.error("body", "images are not allowed"),
            Event::Start(Tag::Heading { .. }) => fields.error("body", "headings are not allowed"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Err(problem) = check_url(dest_url) {
                    fields.error("body", format!("link {dest_url}: {problem}"));
                }
            }
            _ => {}
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html.trim_end().to_owned()
}

pub fn attach_guidance(
    content: &mut Content,
    mut guidance: BTreeMap<GuidanceKey, (String, Guidance)>,
    origins: &Origins,
    errors: &mut Vec<ContentError>,
) {
    for question in &mut content.questions {
        for choice in &mut question.choices {
            for lang in Lang::ALL {
                let key = (lang, question.id.clone(), choice.id.clone());
                let page = match guidance.remove(&key) {
                    Some((_, page)) => page,
                    None => {
                        errors.push(ContentError::new(
                            &origins.guidance_file(lang, &question.id, &choice.id),
                            "",
                            format!(
                                "is missing: question \"{}\", choice \"{}\" needs guidance in {}",
                                question.id,
                                choice.id,
                                lang.code()
                            ),
                        ));
                        Guidance::default()
                    }
                };
                match lang {
                    Lang::Tr => choice.guidance.tr = page,
                    Lang::En => choice.guidance.en = page,
                }
            }
        }
    }
    for ((_, question, choice), (file, _)) in guidance {
        errors.push(ContentError::new(
            &file,
            "",
            format!(
                "no question \"{question}\" with a choice \"{choice}\" exists for this guidance"
            ),
        ));
    }
}
