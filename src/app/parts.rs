//! Fetches the content's later parts (the English texts, each language's
//! guidance: see core::content_parts) when they are first needed, and pours
//! them into the app's content. The service worker keeps them for offline
//! use after the first visit; a part that does not arrive is said, with a
//! retry, and the rest of the app goes on.

use leptos::prelude::*;

use crate::core::content_parts::{Kind, Part};
use crate::core::embedded;
use crate::core::lang::Lang;

use super::browser;
use super::AppState;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parts {
    arrived: Vec<(Kind, Lang)>,
    coming: Vec<(Kind, Lang)>,
    /// The last part that failed, until it is asked for again.
    pub failed: Option<(Kind, Lang)>,
    /// A language being switched to, whose texts are on their way.
    pub switching: Option<Lang>,
}

impl Parts {
    pub fn has(&self, kind: Kind, lang: Lang) -> bool {
        embedded::embeds(kind, lang) || self.arrived.contains(&(kind, lang))
    }

    pub fn has_failed(&self, kind: Kind, lang: Lang) -> bool {
        self.failed == Some((kind, lang))
    }
}

/// Asks for a part unless it is here or on its way; `then` runs once it
/// is in (`true`) or has failed (`false`).
pub fn fetch(state: AppState, kind: Kind, lang: Lang, then: impl FnOnce(bool) + 'static) {
    let (here, coming) = state
        .parts
        .with_untracked(|parts| (parts.has(kind, lang), parts.coming.contains(&(kind, lang))));
    if here {
        return then(true);
    }
    let Some(address) = embedded::part_address(kind, lang) else {
        return then(false);
    };
    if coming {
        // The first request's `then` is the one that acts; this one waits.
        return wait(state, kind, lang, then);
    }
    state.parts.update(|parts| {
        parts.coming.push((kind, lang));
        if parts.failed == Some((kind, lang)) {
            parts.failed = None;
        }
    });
    wasm_bindgen_futures::spawn_local(async move {
        let text = browser::fetch_text(address).await;
        // Parsing and filling are a task each: no long task on a slow phone.
        browser::when_idle(move || {
            let part = text
                .ok()
                .and_then(|text| Part::read(state.content(), kind, lang, &text).ok());
            browser::when_idle(move || {
                // Poured into a copy: a part that does not fit changes nothing.
                let filled = part.and_then(|part| {
                    let mut content = state.content().clone();
                    part.fill(&mut content).ok().map(|()| content)
                });
                let arrived = filled.is_some();
                if let Some(content) = filled {
                    // Kept for the life of the page, like the first content;
                    // at most three parts ever arrive.
                    state.set_content(Box::leak(Box::new(content)));
                }
                state.parts.update(|parts| {
                    parts.coming.retain(|p| *p != (kind, lang));
                    if arrived {
                        parts.arrived.push((kind, lang));
                    } else {
                        parts.failed = Some((kind, lang));
                    }
                });
                then(arrived);
            });
        });
    });
}

/// Runs `then` when a part already asked for has come in or failed.
fn wait(state: AppState, kind: Kind, lang: Lang, then: impl FnOnce(bool) + 'static) {
    let then = std::cell::Cell::new(Some(then));
    Effect::new(move |_| {
        let (here, coming) = state
            .parts
            .with(|parts| (parts.has(kind, lang), parts.coming.contains(&(kind, lang))));
        if !coming {
            if let Some(then) = then.take() {
                then(here);
            }
        }
    });
}

/// Asks for the guidance of the language on screen, unless it is here, on
/// its way, or failed (then only the retry asks again).
pub fn want_guidance(state: AppState) {
    let lang = state.lang.get_untracked();
    let asked = state.parts.with_untracked(|parts| {
        parts.has(Kind::Guidance, lang)
            || parts.coming.contains(&(Kind::Guidance, lang))
            || parts.has_failed(Kind::Guidance, lang)
    });
    if !asked {
        fetch(state, Kind::Guidance, lang, |_| {});
    }
}

/// Whether the guidance of the language on screen is here, tracked: what
/// shows guidance is drawn again when it comes in. Asks for it if not (in a
/// task of its own, not while the caller is being drawn).
pub fn guidance_here(state: AppState) -> bool {
    let lang = state.lang.get();
    let here = state.parts.with(|parts| parts.has(Kind::Guidance, lang));
    if !here {
        browser::when_idle(move || want_guidance(state));
    }
    here
}

/// Asks again for the part that failed.
pub fn retry(state: AppState) {
    let Some((kind, lang)) = state.parts.with_untracked(|parts| parts.failed) else {
        return;
    };
    match kind {
        Kind::Texts => switch_lang(state, lang),
        Kind::Guidance => fetch(state, kind, lang, |_| {}),
    }
}

/// Shows the app in `lang` once its texts are here (at once if they are),
/// then asks for its guidance. If they cannot come, the language stays and
/// the failure is said with a retry.
pub fn switch_lang(state: AppState, lang: Lang) {
    if state
        .parts
        .with_untracked(|parts| parts.has(Kind::Texts, lang))
    {
        if state.lang.get_untracked() != lang {
            state.lang.set(lang);
        }
        return want_guidance(state);
    }
    state.parts.update(|parts| parts.switching = Some(lang));
    fetch(state, Kind::Texts, lang, move |arrived| {
        state.parts.update(|parts| parts.switching = None);
        if arrived {
            state.lang.set(lang);
            want_guidance(state);
        }
    });
}
