//! Every question with its chosen answer; a link to change any of them.

use leptos::prelude::*;
use leptos_router::components::A;

use super::super::components::focus::focus_on_change;
use super::super::AppState;

#[component]
pub fn Review() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let answers = move || {
        state.store.with(|store| {
            store
                .current()
                .map(|entry| entry.assessment.answers.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().review_title}</h1>
        <p>{move || state.t().review_intro}</p>
        <ol class="review">
            {move || {
                let lang = state.lang.get();
                let t = state.t();
                let answers = answers();
                state.content().questions.iter().enumerate().map(|(i, question)| {
                    let chosen: Vec<String> = answers
                        .get(&question.id)
                        .map(|ids| ids.iter().filter_map(|id| question.choice(id)).map(|c| c.label.get(lang).clone()).collect())
                        .unwrap_or_default();
                    let answered = !chosen.is_empty();
                    view! {
                        <li>
                            <p class="review-prompt">{question.prompt.get(lang).clone()}</p>
                            <p class="review-answer" class:unanswered=!answered>
                                {if answered { chosen.join(" · ") } else { t.not_answered.to_owned() }}
                            </p>
                            <A href=format!("/q/{}", i + 1) attr:aria-label=format!("{}: {} {}", t.change, t.question_of, i + 1)>{t.change}</A>
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
        <p class="actions"><A href="/results" attr:class="button primary">{move || state.t().see_results}</A></p>
    }
}
