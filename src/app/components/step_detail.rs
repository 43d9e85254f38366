//! One step of the result: its level, the answers that set it, the guidance
//! of that answer with its next step, the example mechanisms of the next
//! level's cell, and the resources to learn from.

use leptos::prelude::*;

use crate::core::content::{Choice, Question, Resource};
use crate::core::level::Level;
use crate::core::scoring::{Reason, Standing, StepResult};
use crate::core::step::Step;

use crate::core::content_parts::Kind;

use super::super::AppState;
use super::matrix::{level_name, standing_text, step_name};
use super::notice::GuidanceNote;

/// The answers that set a result: each question with its chosen situation.
#[component]
pub fn WhySet(reasons: Vec<Reason>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    view! {
        <ul class="why">
            {reasons.iter().filter_map(|reason| {
                let question = state.content().question(&reason.question)?;
                let choice = question.choice(&reason.choice)?;
                Some(view! {
                    <li>
                        <span class="why-question">{question.prompt.get(lang).clone()}</span>
                        " → "
                        <strong>{choice.label.get(lang).clone()}</strong>
                        <NextStep choice=choice />
                    </li>
                })
            }).collect_view()}
        </ul>
    }
}

#[component]
fn NextStep(choice: &'static Choice) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let guidance = choice.guidance.get(lang);
    // Not yet here: the step's guidance note says so.
    (!guidance.next.is_empty()).then(|| view! {
        <p class="next-step"><strong>{state.t().your_next_step} ": "</strong>{guidance.next.clone()}</p>
    })
}

/// Opens a step's details, brings them into view and moves focus there
/// (from a matrix row, a priority or the compass list).
pub fn open_step(step: Step) {
    use wasm_bindgen::JsCast;
    let Some(details) = document().get_element_by_id(&format!("step-{}", step.id())) else {
        return;
    };
    let _ = details.set_attribute("open", "");
    details.scroll_into_view();
    if let Some(summary) = details
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}

#[component]
pub fn StepDetail(
    result: StepResult,
    /// The result is the open assessment's, so its plan can take this step.
    #[prop(optional)]
    can_plan: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = state.content();
    let lang = state.lang.get_untracked();
    let t = state.t();
    // The institution's bank brings its own guidance.
    let guidance_here = content.role == crate::core::role::Role::Institution
        || state
            .parts
            .with_untracked(|parts| parts.has(Kind::Guidance, lang));
    let details_id = format!("step-{}", result.step.id());
    let heading_id = format!("step-{}-heading", result.step.id());
    let level = standing_text(content, &result, lang, t);
    // The guidance shown is that of the first answer that set the level.
    let setting: Option<(&'static Question, &'static Choice)> =
        result.set_by.first().and_then(|reason| {
            let question = content.question(&reason.question)?;
            Some((question, question.choice(&reason.choice)?))
        });
    let next_level = match result.level {
        None => Some(Level::Information),
        Some(level) => level.next(),
    };
    let mechanisms = next_level
        .and_then(|next| content.cell(result.step, next))
        .map(|cell| (cell.level, cell.mechanisms.get(lang).clone()));
    // The peak is shown beside the established level, never instead of it.
    let peak = result
        .peak
        .filter(|peak| result.level.is_none_or(|level| *peak > level));
    let counts = result.counts;
    let labelled_by = heading_id.clone();
    view! {
        <details class="step-detail" id=details_id aria-labelledby=labelled_by>
            <summary><h3 id=heading_id>{step_name(content, result.step, lang)} ": " {level}</h3></summary>
            {match result.standing {
                Standing::Assessed => view! {
                    <p class="set-by-label">{t.set_by} ":"</p>
                    <WhySet reasons=result.set_by.clone() />
                }.into_any(),
                Standing::NotEnough => view! { <p>{t.not_enough_line(counts.counted, counts.questions)}</p> }.into_any(),
                Standing::NotAssessed => view! { <p>{t.no_counted_answer}</p> }.into_any(),
            }}
            {peak.map(|peak| view! {
                <div class="peak-line">
                    <p><strong>{t.peak_label} ": " {level_name(content, peak, lang)}</strong> " — " {t.peak_explained}</p>
                    <WhySet reasons=result.peak_by.clone() />
                </div>
            })}
            {(counts.dont_know > 0).then(|| view! { <p class="finding">{t.dont_know_line(counts.dont_know, state.content().role)}</p> })}
            {(counts.not_applicable > 0).then(|| view! { <p class="muted">{t.not_applicable_line(counts.not_applicable)}</p> })}
            {setting.map(|(_, choice)| {
                let guidance = choice.guidance.get(lang);
                if !guidance_here {
                    return view! { <GuidanceNote /> }.into_any();
                }
                view! {
                    <div class="guidance">
                        <p class="guidance-title"><strong>{guidance.title.clone()}</strong></p>
                        <div inner_html=guidance.html.clone()></div>
                        <ResourceLinks ids=guidance.resources.clone() />
                    </div>
                    {can_plan.then(|| view! { <AddToPlan step=result.step text=guidance.next.clone() /> })}
                }
                .into_any()
            })}
            {match mechanisms {
                Some((level, list)) => view! {
                    <div class="mechanisms">
                        <p>{t.next_level_mechanisms} " — " {level_name(content, level, lang)} ":"</p>
                        <ul>{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                        <p class="muted">{t.matrix_basis}</p>
                    </div>
                }.into_any(),
                None => view! { <p class="mechanisms">{t.keep_going}</p> }.into_any(),
            }}
        </details>
    }
}

/// Puts a suggested next step into the open assessment's action plan, once.
#[component]
fn AddToPlan(step: Step, text: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let wanted = text.clone();
    let planned = move || {
        state.store.with(|store| {
            store.current().is_some_and(|entry| {
                entry
                    .assessment
                    .plan
                    .items
                    .iter()
                    .any(|item| item.text == wanted)
            })
        })
    };
    let planned_too = planned.clone();
    let add = move |_| {
        state.update_plan(|plan, now| {
            let _ = plan.add(step, &text, now);
        });
    };
    view! {
        <p class="actions no-print">
            <button type="button" on:click=add disabled=planned_too>{move || state.t().plan_add_suggested}</button>
            <span role="status">{move || planned().then(|| state.t().plan_added)}</span>
        </p>
    }
}

/// The resources a guidance text recommends, with their URLs for print.
#[component]
pub fn ResourceLinks(ids: Vec<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="resources">
            <p class="resources-label">{state.t().learn_more} ":"</p>
            <ul>
                {ids.iter().filter_map(|id| state.content().resource(id)).map(|resource| view! {
                    <li>
                        <ResourceLink resource=resource />
                        <span class="publisher">{format!(" — {}", resource.publisher)}</span>
                        <span class="print-url">{resource.url.clone()}</span>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// One resource link: opens only when clicked, in a new tab, with no referrer.
#[component]
pub fn ResourceLink(resource: &'static Resource) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <a href=resource.url.clone() target="_blank" rel="noopener noreferrer" hreflang=resource.language.clone()>
            {resource.title.clone()}
            <span class="visually-hidden">{move || format!(" {}", state.t().opens_new_tab)}</span>
        </a>
    }
}
