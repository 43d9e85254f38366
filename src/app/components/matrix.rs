//! The NGO's row of the civil participation matrix as an accessible table:
//! steps by levels, the established level filled and marked, the peak
//! marked apart, "not enough answers" and "not assessed" drawn apart from
//! "not yet"; and the step-by-step comparison with an earlier result.

use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::lang::Lang;
use crate::core::level::Level;
use crate::core::scoring::{Profile, Standing, StepResult};
use crate::core::step::Step;

use super::super::texts::Texts;
use super::super::AppState;
use super::step_detail::open_step;

pub fn level_name(content: &Content, level: Level, lang: Lang) -> String {
    content
        .level_text(level)
        .map(|text| text.name.get(lang).clone())
        .unwrap_or_default()
}

pub fn step_name(content: &Content, step: Step, lang: Lang) -> String {
    content
        .step_text(step)
        .map(|text| text.name.get(lang).clone())
        .unwrap_or_default()
}

/// What a step's result says in words: its established level, "not enough
/// answers" or "not assessed".
pub fn standing_text(content: &Content, result: &StepResult, lang: Lang, t: &Texts) -> String {
    match (result.standing, result.level) {
        (Standing::Assessed, Some(level)) => level_name(content, level, lang),
        (Standing::NotAssessed, _) => t.not_assessed.to_owned(),
        _ => t.not_enough.to_owned(),
    }
}

#[component]
pub fn Matrix(profile: Signal<Profile>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        // Read now: a language's texts arrive before it is shown.
        let content = state.content();
        let t = state.t();
        let rows = profile.with(|p| p.steps.clone());
        view! {
            <div class="matrix-wrap">
                <table class="matrix">
                    <caption>{t.matrix_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.step_column}</th>
                            {Level::ALL.into_iter().map(|level| view! { <th scope="col" class=format!("level-{}", level.value())>{level_name(content, level, lang)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let cells = match (row.standing, row.level) {
                                (Standing::Assessed, Some(established)) => Level::ALL.into_iter().map(|level| {
                                    let is_established = level == established;
                                    let is_peak = row.peak == Some(level) && level > established;
                                    view! {
                                        <td class=format!("level-{}", level.value()) class:filled=level <= established class:reached=is_established class:peak=is_peak>
                                            {is_established.then(|| view! { <span aria-hidden="true">"●"</span><span class="visually-hidden">{t.established}</span> })}
                                            {is_peak.then(|| view! { <span aria-hidden="true">"◇"</span><span class="visually-hidden">{t.peak}</span> })}
                                        </td>
                                    }
                                }).collect_view().into_any(),
                                _ => view! { <td colspan="5" class="not-assessed">{standing_text(content, &row, lang, t)}</td> }.into_any(),
                            };
                            let step = row.step;
                            view! {
                                <tr>
                                    <th scope="row">
                                        <a href=format!("#step-{}", step.id()) on:click=move |ev| { ev.prevent_default(); open_step(step); }>{step_name(content, step, lang)}</a>
                                    </th>
                                    {cells}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="legend"><span aria-hidden="true">"● "</span>{t.established_legend} " " <span aria-hidden="true">"◇ "</span>{t.peak_legend}</p>
            </div>
        }
    }
}

#[component]
pub fn Comparison(
    before: Profile,
    after: Profile,
    label: String,
    /// The earlier assessment's plan steps marked done since.
    #[prop(optional)]
    done: Vec<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = state.content();
    let lang = state.lang.get_untracked();
    let t = state.t();
    let name = move |result: &StepResult| standing_text(content, result, lang, t);
    view! {
        <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t.compare_title}</h2>
            <p>{t.compare_with} ": " {label}</p>
            <table class="compare">
                <thead><tr><th scope="col">{t.step_column}</th><th scope="col">{t.earlier}</th><th scope="col">{t.now}</th><th scope="col">{t.change_column}</th></tr></thead>
                <tbody>
                    {before.steps.iter().zip(&after.steps).map(|(b, a)| {
                        let change = match (b.level, a.level) {
                            (Some(b), Some(a)) if a > b => t.change_up,
                            (Some(b), Some(a)) if a < b => t.change_down,
                            (b, a) if a == b => t.change_same,
                            _ => "",
                        };
                        view! { <tr><th scope="row">{step_name(content, b.step, lang)}</th><td>{name(b)}</td><td>{name(a)}</td><td>{change}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
            {(!done.is_empty()).then(|| view! {
                <h3>{t.done_since}</h3>
                <ul class="done-since">{done.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
