//! Fetches the content's later parts (the English texts, each language's
//! guidance: see core::content_parts) when they are first needed, and pours
//! them into the app's content. The service worker keeps them for offline
//! use after the first visit; a part that does not arrive is said, with a
//! retry, and the rest of the app goes on.

use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::content_parts::{BankPart, Kind, Part};
use crate::core::embedded;
use crate::core::lang::Lang;
use crate::core::role::Role;

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
        if kind == Kind::Institution {
            // Read in a chunk of its own (see `read_bank`).
            let read = match text {
                Ok(text) => read_bank(state.whole(), text).await,
                Err(_) => None,
            };
            let arrived = read.is_some();
            if let Some((whole, view)) = read {
                state.set_content(Box::leak(Box::new(whole)));
                state.set_institution(Box::leak(Box::new(view)));
            }
            return finish(state, kind, lang, arrived, then);
        }
        // Parsing and filling are a task each: no long task on a slow phone.
        browser::when_idle(move || {
            let part = text
                .ok()
                .and_then(|text| Part::read(state.whole(), kind, lang, &text).ok());
            browser::when_idle(move || {
                // Poured into a copy: a part that does not fit changes nothing.
                let filled = part.and_then(|part| {
                    let mut content = state.whole().clone();
                    part.fill(&mut content).ok().map(|()| content)
                });
                let arrived = filled.is_some();
                if let Some(content) = filled {
                    // Kept for the life of the page, like the first content;
                    // at most four parts ever arrive.
                    let bank = content.institution.is_some();
                    state.set_content(Box::leak(Box::new(content)));
                    if bank {
                        // The institution's view takes the new texts too.
                        wasm_bindgen_futures::spawn_local(async move {
                            if let Some(view) = institution_view(state.whole()).await {
                                state.set_institution(Box::leak(Box::new(view)));
                            }
                            finish(state, kind, lang, arrived, then);
                        });
                        return;
                    }
                }
                finish(state, kind, lang, arrived, then);
            });
        });
    });
}

/// Records that a part came in or failed, then runs `then`.
fn finish(state: AppState, kind: Kind, lang: Lang, arrived: bool, then: impl FnOnce(bool)) {
    state.parts.update(|parts| {
        parts.coming.retain(|p| *p != (kind, lang));
        if arrived {
            parts.arrived.push((kind, lang));
        } else {
            parts.failed = Some((kind, lang));
        }
    });
    then(arrived);
}

/// The institution's bank read from its file, and the institution's view
/// of the content: in a chunk of its own, so that this code (and the bank)
/// never reaches a volunteer who answers for an NGO.
#[leptos::lazy]
fn read_bank(whole: &'static Content, json: String) -> Option<(Content, Content)> {
    let with = BankPart::read(whole, &json).ok()?;
    let view = with.for_role(Role::Institution)?;
    Some((with, view))
}

/// The institution's view again, after another part came in.
#[leptos::lazy]
fn institution_view(whole: &'static Content) -> Option<Content> {
    whole.for_role(Role::Institution)
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
    if state.content().role == Role::Institution {
        return;
    }
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
    if state.content().role == Role::Institution {
        // The institution's bank brings its guidance in both languages.
        return true;
    }
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
        Kind::Guidance | Kind::Institution => fetch(state, kind, lang, |_| {}),
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

/// Runs `then` once the institution's bank is here (`true`), or has failed
/// to come (`false`, said with a retry like any part).
pub fn want_institution(state: AppState, then: impl FnOnce(bool) + 'static) {
    fetch(state, Kind::Institution, Lang::Tr, then);
}

/// Runs `then` once `role`'s questions are here: at once for an NGO's.
pub fn want_institution_if(state: AppState, role: Role, then: impl FnOnce(bool) + 'static) {
    match role {
        Role::Ngo => then(true),
        Role::Institution => want_institution(state, then),
    }
}

/// Starts a new assessment on behalf of `role` (taking the plan's open
/// items along if `carry`) once its questions are here, `loading` while
/// they come, then `go`es to the first question. The start screen and an
/// invitation's begin the same way.
pub fn begin_walk(
    state: AppState,
    role: Role,
    carry: bool,
    loading: RwSignal<bool>,
    go: impl FnOnce() + 'static,
) {
    if state.content_for(role).is_some() {
        state.start_new_carrying(role, carry);
        return go();
    }
    loading.set(true);
    want_institution_if(state, role, move |arrived| {
        loading.set(false);
        if arrived {
            state.start_new_carrying(role, carry);
            go();
        }
    });
}
