//! The current assessment's results.

use leptos::prelude::*;

use super::super::components::result_view::ResultView;
use super::super::AppState;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = Signal::derive(move || {
        state.store.with(|store| {
            store
                .current()
                .map(|entry| entry.assessment.answers.clone())
                .unwrap_or_default()
        })
    });
    let tag = Signal::derive(move || {
        state
            .store
            .with(|store| store.current().map_or(0, |entry| entry.assessment.tag))
    });
    let entry = Signal::derive(move || {
        state
            .store
            .with(|store| store.current.filter(|id| store.entry(*id).is_some()))
    });
    view! { <ResultView answers=answers tag=tag entry=entry title=Signal::derive(move || state.t().results_title) /> }
}
