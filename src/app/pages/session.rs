//! The trainer's session script: a 60- or 90-minute plan, each part with
//! its minutes and what the trainer does; printable as a handout, and a
//! clock that presenter mode shows too.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::embedded::SESSION;

use super::super::browser;
use super::super::components::clock::{set_started, started, ticking, SessionClock};
use super::super::components::focus::focus_on_change;
use super::super::AppState;

#[component]
pub fn SessionPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let now = ticking();
    // A running session shows its own plan.
    let minutes = RwSignal::new(started().map_or_else(
        || SESSION.plans.first().map_or(60, |plan| plan.minutes),
        |s| s.minutes,
    ));
    // The stored clock, read once a tick (it may be started in another tab).
    let clock = Memo::new(move |_| {
        now.track();
        started()
    });
    let running = Memo::new(move |_| clock.get().is_some());
    // While a clock runs, its plan.
    let shown = Memo::new(move |_| clock.get().map_or_else(|| minutes.get(), |s| s.minutes));
    let refused = RwSignal::new(false);
    let toggle = move |_| {
        refused.set(!set_started(
            (!running.get_untracked()).then(|| minutes.get_untracked()),
        ));
        now.set(browser::now());
    };
    let parts = move || {
        let lang = state.lang.get();
        let t = state.t();
        let plan = SESSION.plan(shown.get())?;
        Some(
            plan.parts
                .iter()
                .zip(plan.starts())
                .map(|(part, start)| {
                    view! {
                        <li>
                            <h2>{part.title.get(lang).to_string()}</h2>
                            <p class="muted">{t.session_span(start, part.minutes)}</p>
                            <p>{part.task.get(lang).to_string()}</p>
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().session_title()}</h1>
        <p>{move || state.t().session_intro()}</p>
        <fieldset class="choices no-print">
            <legend>{move || state.t().session_length()}</legend>
            {SESSION.plans.iter().map(|plan| {
                let length = plan.minutes;
                view! {
                    <label class="choice">
                        <input type="radio" name="session-length" prop:checked=move || shown.get() == length
                            disabled=move || running.get() on:change=move |_| minutes.set(length) />
                        <span>{move || state.t().session_minutes(length)}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
        <p class="muted print-only">{move || state.t().session_minutes(shown.get())}</p>
        <SessionClock now />
        <p class="error" role="alert">{move || refused.get().then(|| state.t().session_refused())}</p>
        <p class="actions no-print">
            <button type="button" class="primary" on:click=toggle>
                {move || if running.get() { state.t().session_stop() } else { state.t().session_start() }}
            </button>
            <button type="button" on:click=|_| browser::print()>{move || state.t().session_print()}</button>
            <A href="/rooms" attr:class="button">{move || state.t().session_back()}</A>
        </p>
        <ol class="session-parts">{parts}</ol>
    }
}
