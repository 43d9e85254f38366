//! The NGO's row of the civil participation matrix as an accessible table:
//! steps by levels, the reached level marked, "not assessed" drawn apart from
//! "not yet"; and the step-by-step comparison with an earlier result.

use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::lang::Lang;
use crate::core::level::Level;
use crate::core::scoring::Profile;
use crate::core::step::Step;

use super::super::AppState;

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

#[component]
pub fn Matrix(profile: Signal<Profile>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = state.content;
    move || {
        let lang = state.lang.get();
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
                            let cells = match row.level {
                                None => view! { <td colspan="5" class="not-assessed">{t.not_assessed}</td> }.into_any(),
                                Some(reached) => Level::ALL.into_iter().map(|level| {
                                    let is_reached = level == reached;
                                    view! {
                                        <td class=format!("level-{}", level.value()) class:filled=level <= reached class:reached=is_reached>
                                            {is_reached.then(|| view! { <span aria-hidden="true">"●"</span><span class="visually-hidden">{t.reached}</span> })}
                                        </td>
                                    }
                                }).collect_view().into_any(),
                            };
                            view! { <tr><th scope="row">{step_name(content, row.step, lang)}</th>{cells}</tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}

#[component]
pub fn Comparison(before: Profile, after: Profile, label: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = state.content;
    let lang = state.lang.get_untracked();
    let t = state.t();
    let name = move |level: Option<Level>| {
        level.map_or_else(
            || t.not_assessed.to_owned(),
            |level| level_name(content, level, lang),
        )
    };
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
                        view! { <tr><th scope="row">{step_name(content, b.step, lang)}</th><td>{name(b.level)}</td><td>{name(a.level)}</td><td>{change}</td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
