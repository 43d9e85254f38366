//! Tells the user, in their language, what happened to their data.

use leptos::prelude::*;

use crate::core::content_parts::Kind;
use crate::core::lang::Lang;

use super::super::parts::{self, Parts};
use super::super::storage::Notice;
use super::super::texts::texts;
use super::super::{browser, AppState};

/// In place of guidance that has not come yet: "loading", or that it could
/// not be loaded, with a retry.
#[component]
pub fn GuidanceNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let t = state.t();
        let lang = state.lang.get();
        if state.parts.with(|p| p.has_failed(Kind::Guidance, lang)) {
            view! {
                <p class="finding guidance-note">{t.guidance_failed} " "
                    <button type="button" on:click=move |_| parts::retry(state)>{t.retry}</button>
                </p>
            }
            .into_any()
        } else {
            view! { <p class="muted guidance-note">{t.guidance_loading}</p> }.into_any()
        }
    }
}

/// Where the institution's questions are awaited: loading, or failed with
/// a retry.
#[component]
pub fn BankNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let t = state.t();
        if state
            .parts
            .with(|p| p.has_failed(Kind::Institution, Lang::Tr))
        {
            view! {
                <p class="finding" role="alert">{t.institution_failed()} " "
                    <button type="button" on:click=move |_| parts::retry(state)>{t.retry}</button>
                </p>
            }
            .into_any()
        } else {
            view! { <p class="muted" role="status">{t.institution_loading()}</p> }.into_any()
        }
    }
}

/// A language whose texts could not be loaded: said in both languages (the
/// page is still in the other), with a retry.
fn texts_failed(parts: &Parts) -> Option<Lang> {
    parts
        .failed
        .filter(|(kind, _)| *kind == Kind::Texts)
        .map(|(_, lang)| lang)
}

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        let t = state.t();
        state.notice.get().map(|notice| match notice {
            Notice::Corrupted => t.notice_corrupted,
            Notice::Unavailable => t.notice_unavailable,
            Notice::SaveFailed => t.notice_save_failed,
            Notice::Newer => t.notice_newer,
        })
    };
    view! {
        <div role="status" class="notice-area">
            {move || state.update_ready.get().then(|| view! {
                <div class="notice">
                    <p>{state.t().update_ready}</p>
                    <button type="button" class="primary" on:click=move |_| browser::activate_update()>{state.t().update_now}</button>
                </div>
            })}
            {move || state.parts.with(texts_failed).map(|lang| view! {
                <div class="notice">
                    {Lang::ALL.into_iter().map(|shown| view! { <p lang=shown.code()>{texts(shown).texts_failed(lang)}</p> }).collect_view()}
                    <button type="button" class="primary" on:click=move |_| parts::retry(state)>{state.t().retry}</button>
                </div>
            })}
            {move || text().map(|text| view! {
                <div class="notice">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| state.notice.set(None)>{state.t().dismiss}</button>
                </div>
            })}
        </div>
    }
}
