//! What the tool is and is not; Start, and Continue where a saved
//! assessment is open.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::super::components::focus::focus_on_change;
use super::super::components::import::ImportFile;
use super::super::components::notice::BankNote;
use super::super::parts::{begin_walk, want_institution};
use super::super::AppState;
use crate::core::content_parts::Kind;
use crate::core::lang::Lang;
use crate::core::role::Role;

#[component]
pub fn Start() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move || state.t();
    let heading = focus_on_change(|| ());
    let total = state.content().questions.len();
    let resume = move || {
        state.store.with(|store| {
            store.current().map(|entry| {
                (
                    entry.cursor,
                    entry.assessment.answers.len(),
                    entry.assessment.name.clone(),
                )
            })
        })
    };
    // What's next: the open assessment's action plan, when it has one.
    let plan = move || {
        state.store.with(|store| {
            store
                .current()
                .map(|entry| entry.assessment.plan.counts())
                .filter(|(total, _)| *total > 0)
        })
    };
    let navigate = use_navigate();
    let go = navigate.clone();
    // A new assessment of the same NGO may take the plan's open items along:
    // asked, never done silently.
    let asking = RwSignal::new(false);
    // On whose behalf the next assessment is made: the open one's role.
    // (An institution's whose questions failed to come, with the retry.)
    let role = RwSignal::new(
        if state
            .parts
            .with_untracked(|p| p.has_failed(Kind::Institution, Lang::Tr))
        {
            Role::Institution
        } else {
            state.role()
        },
    );
    // The institution's questions are fetched when that role is chosen.
    let loading = RwSignal::new(false);
    let begin = StoredValue::new(move |carry: bool| {
        let go = go.clone();
        begin_walk(state, role.get_untracked(), carry, loading, move || {
            go("/q/1", Default::default())
        });
    });
    let choose_role = move |chosen: Role| {
        role.set(chosen);
        if chosen == Role::Institution {
            // Asked for at once, so Start does not wait for it.
            want_institution(state, |_| {});
        }
    };
    let start = move |_| {
        if state.open_plan_items() > 0 {
            asking.set(true);
        } else {
            begin.with_value(|begin| begin(false));
        }
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || t().app_name}</h1>
        <p class="lead">{move || t().tagline}</p>
        <ul class="facts">
            <li>{move || t().not_a_ranking}</li>
            <li>{move || t().duration}</li>
            <li>{move || t().stays_on_device}</li>
        </ul>
        {move || {
            let navigate = navigate.clone();
            resume().map(|(cursor, answered, name)| {
                view! {
                    <section class="resume" aria-labelledby="resume-heading">
                        <h2 id="resume-heading">{t().saved_progress}</h2>
                        <p>
                            {name.unwrap_or_else(|| t().unnamed.to_owned())} ": "
                            {format!("{answered} / {total} {}", t().answered)}
                        </p>
                        <button class="primary" type="button" on:click=move |_| navigate(&format!("/q/{}", cursor + 1), Default::default())>
                            {t().continue_}
                        </button>
                    </section>
                }
            })
        }}
        {move || plan().map(|(total, done)| view! {
            <p class="plan-line">
                <A href="/plan">{t().plan_open}</A> ": " {t().plan_counts(total, done)}
            </p>
        })}
        {move || asking.get().then(|| view! {
            <section class="carry" aria-labelledby="carry-heading">
                <h2 id="carry-heading">{t().carry_title}</h2>
                <p>{t().carry_question(state.open_plan_items())}</p>
                <p class="actions">
                    <button type="button" class="primary" on:click=move |_| begin.with_value(|begin| begin(true))>{t().carry_yes}</button>
                    <button type="button" on:click=move |_| begin.with_value(|begin| begin(false))>{t().carry_no}</button>
                </p>
            </section>
        })}
        <fieldset class="roles">
            <legend>{move || t().role_legend()}</legend>
            {Role::ALL.into_iter().map(|option| {
                let id = format!("role-{}", option.id());
                let hint = format!("{id}-hint");
                view! {
                    <div class="choice">
                        <input type="radio" name="role" id=id.clone() aria-describedby=hint.clone() prop:checked=move || role.get() == option on:change=move |_| choose_role(option) />
                        <label for=id>{move || t().role_name(option)}</label>
                        <span class="hint" id=hint>{move || t().role_hint(option)}</span>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        {move || {
            let failed = role.get() == Role::Institution
                && state.parts.with(|p| p.has_failed(Kind::Institution, Lang::Tr));
            (loading.get() || failed).then(|| view! { <BankNote /> })
        }}
        <p class="actions">
            <button class=move || if resume().is_some() { "secondary" } else { "primary" } type="button" on:click=start aria-busy=move || loading.get().then_some("true")>
                {move || if resume().is_some() { t().start_new } else { t().start }}
            </button>
        </p>
        <ImportFile />
    }
}
