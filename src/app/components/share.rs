//! Taking a result along: the share code and link (answers only, never the
//! name), a JSON file, and print / PDF.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::core::assessment::Assessment;
use crate::core::qr;
use crate::core::scoring::Answers;
use crate::core::share_code::{encode, grouped};

use super::super::browser;
use super::super::{invited, AppState};

#[component]
pub fn TakeAway(
    answers: Signal<Answers>,
    entry: Signal<Option<u32>>,
    tag: Signal<u32>,
    /// Whether printing includes every step's guidance (the detailed report).
    print_details: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let code = Memo::new(move |_| {
        answers.with(|answers| grouped(&encode(state.content(), answers, tag.get())))
    });
    // The fragment never reaches a server log.
    // An invited participant's link names their room's tag (`~TTTT`).
    let suffix = invited::link_suffix();
    let invited = !suffix.is_empty();
    let link = Memo::new(move |_| format!("{}/shared#{}{suffix}", browser::origin(), code.get()));
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |what: &'static str, text: String| {
        spawn_local(async move {
            if browser::copy(&text).await {
                copied.set(Some(what));
            }
        });
    };
    let export = move |_| {
        let assessment = entry
            .get_untracked()
            .and_then(|id| {
                state
                    .store
                    .with_untracked(|store| store.entry(id).map(|e| e.assessment.clone()))
            })
            .unwrap_or_else(|| {
                let mut assessment =
                    Assessment::new(state.content(), state.lang.get_untracked(), browser::now());
                assessment.answers = answers.get_untracked();
                assessment.tag = tag.get_untracked();
                assessment
            });
        let _ = browser::download(
            "katilim-pusulasi.json",
            "application/json",
            &assessment.to_json(),
        );
    };
    view! {
        <section class="take-away no-print" aria-labelledby="take-away-heading">
            <h2 id="take-away-heading">{move || state.t().take_away_title}</h2>
            <div class="for-trainer">
                <h3>{move || state.t().share_with_trainer}</h3>
                {invited.then(|| view! { <p class="lead">{move || state.t().show_trainer()}</p> })}
                <p class="big-code" lang="en">{move || code.get()}</p>
                <div class="qr" role="img" aria-label=move || state.t().qr_label
                    inner_html=move || qr::inline_svg(&link.get())>
                </div>
                <p class="muted">{move || state.t().share_trainer_hint}</p>
                <p><A href="/table">{move || state.t().table_link()}</A></p>
            </div>
            <p>{move || state.t().share_note}</p>
            <p class="field">
                <label for="share-code">{move || state.t().share_code}</label>
                <input id="share-code" class="code" readonly prop:value=move || code.get() />
                <button type="button" on:click=move |_| copy("code", code.get_untracked())>{move || state.t().copy}</button>
            </p>
            <p class="field">
                <label for="share-link">{move || state.t().share_link}</label>
                <input id="share-link" readonly prop:value=move || link.get() />
                <button type="button" on:click=move |_| copy("link", link.get_untracked())>{move || state.t().copy}</button>
            </p>
            <p role="status">{move || copied.get().map(|_| state.t().copied)}</p>
            <p class="actions">
                <button type="button" on:click=export>{move || state.t().export_json}</button>
                <button type="button" on:click=|_| browser::print()>{move || state.t().print}</button>
            </p>
            <p class="field">
                <input id="print-details" type="checkbox" prop:checked=move || print_details.get() on:change=move |ev| print_details.set(event_target_checked(&ev)) />
                <label for="print-details">{move || state.t().print_details}</label>
            </p>
        </section>
    }
}
