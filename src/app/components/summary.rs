//! The summary under the matrix: the row read in one sentence, and the
//! three suggested priorities with their next step, each a link to its
//! step's details.

use leptos::prelude::*;

use crate::core::scoring::Profile;
use crate::core::summary::{priorities, reading};

use super::super::AppState;
use super::matrix::{level_name, step_name};
use super::notice::GuidanceNote;
use super::step_detail::open_step;

#[component]
pub fn Reading(profile: Signal<Profile>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        profile
            .with(|p| reading(state.content(), p, lang))
            .map(|sentence| view! { <p class="reading">{sentence}</p> })
    }
}

#[component]
pub fn Priorities(profile: Signal<Profile>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        // Read now: a language's texts arrive before it is shown.
        let content = state.content();
        let guidance = super::super::parts::guidance_here(state);
        let t = state.t();
        let list = profile.with(priorities);
        (!list.is_empty()).then(|| {
            view! {
                <section aria-labelledby="priorities-heading" class="priorities">
                    <h2 id="priorities-heading">{t.priorities_title}</h2>
                    <ol>
                        {list.into_iter().map(|priority| {
                            let step = priority.step;
                            let level = priority.level.map_or_else(|| t.not_enough.to_owned(), |l| level_name(content, l, lang));
                            let next = priority
                                .from
                                .as_ref()
                                .and_then(|reason| content.question(&reason.question)?.choice(&reason.choice))
                                .map(|choice| choice.guidance.get(lang).next.clone());
                            let peak = priority.peak.map(|peak| format!(" · {}: {}", t.peak_short, level_name(content, peak, lang)));
                            view! {
                                <li>
                                    <p class="priority-step">
                                        <strong>{step_name(content, step, lang)}</strong> " — " {level} {peak} " "
                                        <a href=format!("#step-{}", step.id()) class="details-link" on:click=move |ev| { ev.prevent_default(); open_step(step); }>
                                            {t.show_details} <span class="visually-hidden">{format!(": {}", step_name(content, step, lang))}</span>
                                        </a>
                                    </p>
                                    {match next {
                                        None => view! { <p class="next-step">{t.answer_step_first}</p> }.into_any(),
                                        Some(_) if !guidance => view! { <GuidanceNote /> }.into_any(),
                                        Some(next) => view! { <p class="next-step">{next}</p> }.into_any(),
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            }
        })
    }
}
