//! The current assessment's results.

use leptos::prelude::*;

use super::super::components::result_view::ResultView;
use leptos_router::hooks::use_navigate;

use crate::core::share_code::encode;

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
    view! {
        <ResultView answers=answers tag=tag entry=entry title=Signal::derive(move || state.t().results_title)>
            <KioskNext />
        </ResultView>
    }
}

/// On a shared kiosk device: hand the result to the room and clear this
/// participant's answers, ready for the next one.
#[component]
fn KioskNext() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let kiosk = move || {
        state.rooms.with(|rooms| {
            rooms
                .kiosk
                .and_then(|id| rooms.room(id).map(|room| (id, room.name.clone())))
        })
    };
    move || {
        let navigate = navigate.clone();
        kiosk().map(|(room, name)| {
            let next = move |_| {
                let Some(entry) = state.store.with_untracked(|store| store.current().cloned()) else { return };
                let code = encode(state.content(), &entry.assessment.answers, entry.assessment.tag);
                // Written by this app just now: no need to read it back.
                state.rooms.update(|rooms| {
                    if let Some(target) = rooms.room_mut(room) {
                        target.add_code(code);
                    }
                });
                state.store.update(|store| store.remove(entry.id));
                navigate("/", Default::default());
            };
            view! {
                <p class="kiosk no-print">
                    <span>{format!("{} ({name})", state.t().kiosk_active)}</span>
                    <button type="button" class="primary" on:click=next>{state.t().next_participant}</button>
                </p>
            }
        })
    }
}
