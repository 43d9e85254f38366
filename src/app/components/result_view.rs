//! A result: the matrix row, the overall profile, readiness, each step's
//! explanation and next step, the comparison with an earlier assessment, and
//! the ways to take it along.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::level::Level;
use crate::core::readiness::Readiness;
use crate::core::scoring::{score, Answers, Profile, Standing};

use super::super::browser;
use super::super::AppState;
use super::compass::Compass;
use super::focus::focus_on_change;
use super::matrix::{level_name, Comparison, Matrix};
use super::report::{PrintPlan, PrintResources};
use super::share::TakeAway;
use super::step_detail::{StepDetail, WhySet};
use super::summary::{Priorities, Reading};

#[component]
pub fn ResultView(
    answers: Signal<Answers>,
    /// The participant tag of the share code (see share_code.rs).
    tag: Signal<u32>,
    /// The saved assessment shown, if any (for its name, date and comparison).
    entry: Signal<Option<u32>>,
    title: Signal<&'static str>,
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = state.content();
    let heading = focus_on_change(|| ());
    let profile = Memo::new(move |_| answers.with(|answers| score(content, answers)));
    let earlier = Memo::new(move |_| {
        let id = entry.get()?;
        state.store.with(|store| {
            let previous = store.previous_to(id)?;
            let done: Vec<String> = previous
                .assessment
                .plan
                .items
                .iter()
                .filter(|item| item.status == crate::core::plan::Status::Done)
                .map(|item| item.text.clone())
                .collect();
            Some((
                previous.assessment.name.clone(),
                previous.assessment.created,
                score(content, &previous.assessment.answers),
                done,
            ))
        })
    });
    // Made with an earlier question set: say what was carried over.
    let carried = move || {
        let id = entry.get()?;
        state.store.with(|store| {
            let assessment = &store.entry(id)?.assessment;
            let (kept, not) = assessment.carried_counts()?;
            let version = assessment.earlier.as_ref()?.content_version;
            Some((version, kept, not))
        })
    };
    let about = move || {
        let id = entry.get()?;
        state.store.with(|store| {
            store
                .entry(id)
                .map(|e| (e.assessment.name.clone(), e.assessment.updated))
        })
    };
    let level_text = move |level: Option<Level>| match level {
        Some(level) => level_name(content, level, state.lang.get()),
        None => state.t().not_assessed.to_owned(),
    };
    let readiness_text = move || {
        let t = state.t();
        profile.with(|p| match (p.readiness.standing, p.readiness.value) {
            (Standing::Assessed, Some(value)) => readiness_name(state, value),
            (Standing::NotAssessed, _) => t.not_assessed.to_owned(),
            _ => t.not_enough.to_owned(),
        })
    };
    let readiness_class = move || {
        profile.with(|p| {
            p.readiness
                .value
                .filter(|_| p.readiness.standing == Standing::Assessed)
                .map_or("readiness-value".to_owned(), |value| {
                    format!("readiness-value readiness-{}", value.word())
                })
        })
    };
    // On paper: the summary report, and each step's guidance only when the
    // user asks for the detailed report.
    let print_details = RwSignal::new(false);
    view! {
        <div class="results" class:print-details=move || print_details.get()>
        <h1 node_ref=heading tabindex="-1">{move || title.get()}</h1>
        {move || about().map(|(name, updated)| view! {
            <p class="result-meta">
                {name.unwrap_or_else(|| state.t().unnamed.to_owned())} " · " {state.t().updated} ": " {browser::date(updated, state.lang.get())}
            </p>
        })}
        {(content.role == crate::core::role::Role::Institution).then(|| view! {
            <p class="role-badge">{move || state.t().role_badge(content.role)}</p>
        })}
        {move || carried().map(|(version, kept, not)| view! {
            <p class="note carried" role="note">{state.t().carried_note(version, kept, not)}</p>
        })}
        {children.map(|children| children())}
        // The summary first: where the NGO stands, in the matrix and in one
        // sentence, its readiness, and what to do next; then the rest.
        <Matrix profile=profile.into() />
        <Reading profile=profile.into() />
        // Readiness in one line here; its weakest conditions on demand.
        <section aria-labelledby="readiness-heading" class="readiness">
            <h2 id="readiness-heading">{move || state.t().readiness_title}</h2>
            <p class="level-line">
                {move || state.t().readiness_label} ": " <strong class=readiness_class>{readiness_text}</strong>
                {move || {
                    let weakest = profile.with(|p| p.readiness.set_by.len());
                    (weakest > 0).then(|| format!(" · {}", state.t().weakest_count(weakest)))
                }}
            </p>
            <details class="readiness-detail">
                <summary>{move || state.t().show_details}<span class="visually-hidden">{move || format!(": {}", state.t().readiness_title)}</span></summary>
                <p class="note">{move || state.t().readiness_note}</p>
                {move || {
                    let readiness = profile.with(|p| p.readiness.clone());
                    (!readiness.set_by.is_empty()).then(|| view! {
                        <p>{state.t().readiness_weakest} ":"</p>
                        <WhySet reasons=readiness.set_by.clone() />
                    })
                }}
                {move || {
                    let counts = profile.with(|p| p.readiness.counts);
                    (counts.dont_know > 0).then(|| view! { <p class="muted">{state.t().dont_know_line(counts.dont_know, state.content().role)}</p> })
                }}
            </details>
        </section>
        <Priorities profile=profile.into() />
        {move || {
            let id = entry.get()?;
            let (total, done) = state.store.with(|store| store.entry(id).map(|e| e.assessment.plan.counts()))?;
            Some(view! {
                <p class="plan-link no-print">
                    <A href="/plan" attr:class="button">{state.t().plan_open}</A>
                    " " <span class="muted">{state.t().plan_counts(total, done)}</span>
                </p>
            })
        }}
        <p class="note">{move || state.t().self_reflection_note}</p>
        <Compass profile=profile.into() />
        <section aria-labelledby="profile-heading">
            <h2 id="profile-heading">{move || state.t().profile_title}</h2>
            <dl class="profile">
                <dt>{move || state.t().typical_level}</dt>
                <dd>{move || level_text(profile.with(|p| p.typical))}</dd>
                <dt>{move || state.t().highest_level}</dt>
                <dd>{move || level_text(profile.with(|p| p.highest))}</dd>
                <dt>{move || state.t().steps_assessed}</dt>
                <dd>{move || format!("{} / 6", profile.with(|p| p.assessed))}</dd>
            </dl>
        </section>
        {move || earlier.get().map(|(name, created, before, done)| view! {
            <Comparison before=before after=profile.get() done=done label=format!("{} ({})", name.unwrap_or_else(|| state.t().unnamed.to_owned()), browser::date(created, state.lang.get())) />
        })}
        <PrintPlan entry=entry />
        <PrintResources profile=profile.into() />
        <section aria-labelledby="steps-heading" class="steps-section">
            <h2 id="steps-heading">{move || state.t().steps_title}</h2>
            <p class="muted">{move || state.t().steps_hint}</p>
            {move || {
                // The details read the language and the guidance once: a
                // switch, or the guidance coming in, redraws them.
                state.lang.track();
                super::super::parts::guidance_here(state);
                let can_plan = entry.get().is_some();
                profile.with(|p: &Profile| p.steps.clone()).into_iter().map(|result| view! {
                    <StepDetail result=result can_plan=can_plan />
                }).collect_view()
            }}
        </section>
        <TakeAway answers=answers entry=entry tag=tag print_details=print_details />
        </div>
    }
}

/// The name of a readiness value on its own scale.
pub fn readiness_name(state: AppState, value: Readiness) -> String {
    state
        .content()
        .readiness_text(value)
        .map(|text| text.name.get(state.lang.get()).clone())
        .unwrap_or_default()
}
