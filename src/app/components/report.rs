//! What only paper shows: the action plan as a table and the resources of
//! the priorities with their addresses written out, so the one- or
//! two-page summary report stands on its own at a board meeting.

use leptos::prelude::*;

use crate::core::plan::Status;
use crate::core::scoring::Profile;
use crate::core::summary::priorities;

use super::super::AppState;
use super::matrix::step_name;

#[component]
pub fn PrintPlan(entry: Signal<Option<u32>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let id = entry.get()?;
        let plan = state
            .store
            .with(|store| store.entry(id).map(|e| e.assessment.plan.clone()))?;
        let t = state.t();
        let lang = state.lang.get();
        (!plan.is_empty()).then(|| {
            view! {
                <section class="print-only print-plan" aria-labelledby="print-plan-heading">
                    <h2 id="print-plan-heading">{t.plan_title}</h2>
                    <table>
                        <thead><tr>
                            <th scope="col">{t.plan_step}</th><th scope="col">{t.plan_text}</th>
                            <th scope="col">{t.plan_who}</th><th scope="col">{t.plan_month}</th><th scope="col">{t.plan_status}</th>
                        </tr></thead>
                        <tbody>
                            {plan.items.into_iter().map(|item| view! {
                                <tr>
                                    <td>{step_name(state.content(), item.step, lang)}</td>
                                    <td>{item.text}</td>
                                    <td>{item.who}</td>
                                    <td>{item.month}</td>
                                    <td>{match item.status {
                                        Status::Planned => t.plan_planned,
                                        Status::InProgress => t.plan_in_progress,
                                        Status::Done => t.plan_done,
                                    }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        })
    }
}

/// The resources the priorities' guidance cites, each with its address.
#[component]
pub fn PrintResources(profile: Signal<Profile>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        // Read now: a language's texts arrive before it is shown.
        let content = state.content();
        // Drawn again when the guidance (which cites them) comes in.
        super::super::parts::guidance_here(state);
        let mut ids: Vec<String> = Vec::new();
        for priority in profile.with(priorities) {
            let Some(reason) = priority.from else {
                continue;
            };
            let Some(choice) = content
                .question(&reason.question)
                .and_then(|q| q.choice(&reason.choice))
            else {
                continue;
            };
            for id in &choice.guidance.get(lang).resources {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        (!ids.is_empty()).then(|| {
            view! {
                <section class="print-only print-resources" aria-labelledby="print-resources-heading">
                    <h2 id="print-resources-heading">{state.t().learn_more}</h2>
                    <ul>
                        {ids.iter().filter_map(|id| content.resource(id)).map(|r| view! {
                            <li>{r.title.clone()} " — " {r.publisher.clone()} <span class="print-url">{r.url.clone()}</span></li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
