//! The learning-resource library, filterable by step and level.

use leptos::prelude::*;

use crate::core::level::Level;
use crate::core::step::Step;

use super::super::components::focus::focus_on_change;
use super::super::components::matrix::{level_name, step_name};
use super::super::components::step_detail::ResourceLink;
use super::super::AppState;

#[component]
pub fn Resources() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let step = RwSignal::new(String::new());
    let level = RwSignal::new(String::new());
    let shown = move || {
        let step = Step::from_id(&step.get());
        let level = level.get().parse::<u8>().ok().and_then(Level::from_value);
        // Which resources the guidance links: drawn again when it comes in.
        super::super::parts::guidance_here(state);
        state.content().resources_for(step, level)
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().resources_title}</h1>
        <p>{move || state.t().resources_intro}</p>
        <div class="filters">
            <p class="field">
                <label for="filter-step">{move || state.t().filter_step}</label>
                <select id="filter-step" on:change=move |ev| step.set(event_target_value(&ev))>
                    <option value="">{move || state.t().all}</option>
                    {move || Step::ALL.into_iter().map(|s| view! { <option value=s.id()>{step_name(state.content(), s, state.lang.get())}</option> }).collect_view()}
                </select>
            </p>
            <p class="field">
                <label for="filter-level">{move || state.t().filter_level}</label>
                <select id="filter-level" on:change=move |ev| level.set(event_target_value(&ev))>
                    <option value="">{move || state.t().all}</option>
                    {move || Level::PARTICIPATING.into_iter().chain([Level::NotYet]).map(|l| view! { <option value=l.value().to_string()>{level_name(state.content(), l, state.lang.get())}</option> }).collect_view()}
                </select>
            </p>
        </div>
        {move || {
            let t = state.t();
            let list = shown();
            if list.is_empty() {
                return view! { <p>{t.resources_none}</p> }.into_any();
            }
            view! {
                <ul class="library" aria-live="polite">
                    {list.into_iter().map(|resource| {
                        let kind = match resource.kind.as_str() {
                            "course" => t.kind_course,
                            "guide" => t.kind_guide,
                            "law" => t.kind_law,
                            "portal" => t.kind_portal,
                            _ => t.kind_standard,
                        };
                        let language = if resource.language == "tr" { t.in_turkish } else { t.in_english };
                        view! {
                            <li>
                                <ResourceLink resource=resource />
                                <p class="muted">{format!("{} · {kind} · {language}", resource.publisher)}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
