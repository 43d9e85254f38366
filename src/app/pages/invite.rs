//! What a participant sees on opening a room's invitation (the QR code on
//! the trainer's screen): the room's name, the app in the room's language,
//! and a start on behalf of an NGO or a public institution. The results
//! then ask them to show their QR code to the trainer.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::core::invite::Invitation;
use crate::core::role::Role;

use super::super::browser;
use super::super::components::focus::focus_on_change;
use super::super::parts::{begin_walk, switch_lang};
use super::super::{invited, AppState};

#[component]
pub fn InvitePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let invitation = Invitation::from_fragment(&browser::fragment());
    if let Some(invitation) = &invitation {
        invited::keep(invitation);
        switch_lang(state, invitation.lang);
    }
    let navigate = use_navigate();
    let loading = RwSignal::new(false);
    let begin = move |role: Role| {
        let go = navigate.clone();
        begin_walk(state, role, false, loading, move || {
            go("/q/1", Default::default())
        });
    };
    let Some(invitation) = invitation else {
        return view! {
            <h1 node_ref=heading tabindex="-1">{move || state.t().invite_broken_title()}</h1>
            <p>{move || state.t().invite_broken()}</p>
            <p><a href="/">{move || state.t().app_name}</a></p>
        }
        .into_any();
    };
    let name = invitation.name.clone();
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().invite_title(&name)}</h1>
        <p class="lead">{move || state.t().invite_lead()}</p>
        <ul class="facts">
            <li>{move || state.t().not_a_ranking}</li>
            <li>{move || state.t().duration}</li>
            <li>{move || state.t().stays_on_device}</li>
        </ul>
        <p class="actions">
            {[Role::Ngo, Role::Institution].map(|role| {
                let begin = begin.clone();
                view! {
                    <button type="button" class=if role == Role::Ngo { "primary" } else { "" } aria-busy=move || loading.get().then_some("true") on:click=move |_| begin(role)>
                        {move || state.t().invite_start(role)}
                    </button>
                }
            }).collect_view()}
        </p>
    }
    .into_any()
}
