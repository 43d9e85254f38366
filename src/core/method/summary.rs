//! The results' summary: one sentence that reads the matrix row in plain
//! words, and the three suggested priorities with their next step. Built
//! from the profile and the content's texts, so the reading always says
//! what the matrix shows.

use super::content::Content;
use super::lang::Lang;
use super::level::Level;
use super::scoring::{Profile, Reason, Standing, StepResult};
use super::step::Step;

/// How many priorities the summary suggests.
pub const PRIORITIES: usize = 3;

/// "a, b ve c" / "a, b and c".
fn join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Tr => " ve ",
        Lang::En => " and ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// The first letter in capitals; in Turkish, i is İ and ı is I.
fn capitalised(text: &str, lang: Lang) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'i' if lang == Lang::Tr => 'İ',
        'ı' => 'I',
        'ç' => 'Ç',
        'ğ' => 'Ğ',
        'ö' => 'Ö',
        'ş' => 'Ş',
        'ü' => 'Ü',
        c if c.is_ascii_lowercase() => c.to_ascii_uppercase(),
        c => c,
    };
    std::iter::once(upper).chain(chars).collect()
}

/// One clause: the steps at one level (or without enough answers), with
/// the level's phrase.
fn clause(content: &Content, steps: &[Step], phrase: &str, lang: Lang) -> String {
    let names: Vec<String> = steps
        .iter()
        .filter_map(|step| content.step_text(*step))
        .map(|text| text.short.get(lang).clone())
        .collect();
    let list = join(&names, lang);
    match lang {
        Lang::Tr if names.len() > 1 => format!("{list} adımlarında {phrase}"),
        Lang::Tr => format!("{list} adımında {phrase}"),
        Lang::En => format!("in {list} {phrase}"),
    }
}

/// The matrix row in one sentence: its most and its least participative
/// steps, and those with too few answers: "Gündem belirleme ve izleme
/// adımlarında düzenli diyalog kuruyorsunuz; karar alma adımında henüz
/// katılım yok." Steps not assessed are left out; `None` when no step has
/// any answer.
pub fn reading(content: &Content, profile: &Profile, lang: Lang) -> Option<String> {
    let at = |wanted: Option<Level>, standing: Standing| -> Vec<Step> {
        profile
            .steps
            .iter()
            .filter(|result| result.standing == standing && result.level == wanted)
            .map(|result| result.step)
            .collect()
    };
    // The most and the least participative steps: the two ends of the row
    // say where the NGO stands; the matrix shows the middle.
    let groups: Vec<(Level, Vec<Step>)> = Level::ALL
        .into_iter()
        .rev()
        .map(|level| (level, at(Some(level), Standing::Assessed)))
        .filter(|(_, steps)| !steps.is_empty())
        .collect();
    let ends = match groups.as_slice() {
        [] => Vec::new(),
        [one] => vec![one],
        [first, .., last] => vec![first, last],
    };
    let mut clauses: Vec<String> = ends
        .into_iter()
        .filter_map(|(level, steps)| {
            let text = content.level_text(*level)?;
            Some(clause(content, steps, text.reading.get(lang), lang))
        })
        .collect();
    let thin = at(None, Standing::NotEnough);
    if !thin.is_empty() {
        let phrase = match lang {
            Lang::Tr => "henüz yeterli yanıt yok",
            Lang::En => "there are not enough answers yet",
        };
        clauses.push(clause(content, &thin, phrase, lang));
    }
    let sentence = clauses.join("; ");
    (!sentence.is_empty()).then(|| format!("{}.", capitalised(&sentence, lang)))
}

/// A suggested priority: a step, and the answer whose guidance holds its
/// next step (none where the step has too few answers: then the next step
/// is to answer it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Priority {
    pub step: Step,
    pub level: Option<Level>,
    /// Reached once above the established level: making it regular is the
    /// nearest step.
    pub peak: Option<Level>,
    pub from: Option<Reason>,
}

/// Up to three steps to work on first: the assessed steps with the lowest
/// established level (on a tie, one with a peak above it first, since it
/// has done more than it does as a rule; then the order of the cycle),
/// then steps with too few answers. A step at partnership is not a
/// priority: there the guidance is about keeping it healthy.
pub fn priorities(profile: &Profile) -> Vec<Priority> {
    let mut assessed: Vec<&StepResult> = profile
        .steps
        .iter()
        .filter(|r| r.standing == Standing::Assessed && r.level < Some(Level::Partnership))
        .collect();
    // Stable: equal keys keep the cycle's order.
    assessed.sort_by_key(|r| (r.level, r.peak_above().is_none()));
    let thin = profile
        .steps
        .iter()
        .filter(|r| r.standing == Standing::NotEnough);
    assessed
        .into_iter()
        .chain(thin)
        .take(PRIORITIES)
        .map(|r| Priority {
            step: r.step,
            level: r.level,
            peak: r.peak_above(),
            from: r.set_by.first().cloned(),
        })
        .collect()
}
