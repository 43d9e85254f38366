//! A result opened from a share link (`/shared#CODE`): read-only, with the
//! option to save it on this device.

use leptos::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::paste::parse_banks;
use crate::core::role::Role;
use crate::core::share_code::{decode, decode_carried, encode, DecodeError};

use super::super::browser;
use super::super::components::result_view::ResultView;
use super::super::texts::Texts;
use super::super::AppState;

pub fn code_error(t: &Texts, error: &DecodeError) -> &'static str {
    match error {
        DecodeError::NotACode | DecodeError::UnknownChoice { .. } => t.code_not_a_code,
        DecodeError::BadChecksum => t.code_bad_checksum,
        DecodeError::TooLong | DecodeError::TooShort => t.code_length,
        DecodeError::WrongFormat { .. }
        | DecodeError::OtherContentVersion { .. }
        | DecodeError::OtherRole { .. } => t.code_other_version,
        DecodeError::BadTable(error) => t.table_error(error),
    }
}

#[component]
pub fn Shared() -> impl IntoView {
    let state = expect_context::<AppState>();
    // An invited participant's link ends with their room's tag.
    let fragment = browser::fragment();
    let fragment = fragment
        .split(crate::core::invite::TAG_MARK)
        .next()
        .unwrap_or_default()
        .to_owned();
    // An institution's code is read with its bank, fetched first.
    let wants_bank = matches!(
        decode(state.whole(), &fragment),
        Err(DecodeError::OtherRole {
            found: Some(Role::Institution)
        })
    );
    let ready = RwSignal::new(!wants_bank || state.content_for(Role::Institution).is_some());
    if !ready.get_untracked() {
        super::super::parts::want_institution(state, move |_| ready.set(true));
    }
    on_cleanup(move || state.view_role(None));
    move || {
        if !ready.get() {
            return view! {
                <h1 tabindex="-1">{move || state.t().shared_title}</h1>
                <p role="status">{move || state.t().institution_loading()}</p>
                <super::super::components::notice::BankNote />
            }
            .into_any();
        }
        let role = if wants_bank {
            Role::Institution
        } else {
            Role::Ngo
        };
        state.view_role(Some(role));
        shared_result(state, &fragment)
    }
}

fn shared_result(state: AppState, fragment: &str) -> AnyView {
    let fragment = fragment.to_owned();
    let decoded = decode(state.content(), &fragment);
    // Made with an earlier question set: its answers were carried over.
    let made_with = decode_carried(state.content(), &fragment)
        .ok()
        .map(|(_, _, version)| version)
        .filter(|version| *version != state.content().version);
    let saved = RwSignal::new(false);
    match decoded {
        Err(error) => view! {
            <h1 tabindex="-1">{move || state.t().shared_title}</h1>
            <p class="error" role="alert">{move || code_error(state.t(), &error)}</p>
        }
        .into_any(),
        Ok(shared) => {
            let code = encode(state.content(), &shared.answers, shared.tag);
            let (answers, tag) = (shared.answers, shared.tag);
            let for_saving = answers.clone();
            let content = state.content();
            let save = move |_| {
                let mut assessment =
                    Assessment::new(content, state.lang.get_untracked(), browser::now());
                assessment.answers = for_saving.clone();
                assessment.tag = tag;
                state.store.update(|store| {
                    store.add(assessment);
                });
                saved.set(true);
            };
            view! {
                <ResultView answers=Signal::derive(move || answers.clone()) tag=Signal::derive(move || tag) entry=Signal::derive(|| None) title=Signal::derive(move || state.t().shared_title)>
                    <p class="shared-intro">{move || state.t().shared_intro}</p>
                    {made_with.map(|version| view! { <p class="note carried" role="note">{move || state.t().shared_carried(version)}</p> })}
                    <p class="actions no-print">
                        <button type="button" class="primary" on:click=save.clone() disabled=move || saved.get()>{move || state.t().save_shared}</button>
                    </p>
                    <p role="status">{move || saved.get().then(|| state.t().saved_shared)}</p>
                    <AddToRoom code=code.clone() />
                </ResultView>
            }
            .into_any()
        }
    }
}

/// On a trainer's device: put the opened participant's result into a room.
#[component]
fn AddToRoom(code: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rooms = move || {
        state.rooms.with(|rooms| {
            rooms
                .rooms
                .iter()
                .map(|r| (r.id, r.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let chosen = RwSignal::new(None::<u32>);
    let done = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = chosen
            .get_untracked()
            .or_else(|| rooms().first().map(|(id, _)| *id));
        let pasted = parse_banks(state.whole(), state.content_for(Role::Institution), &code);
        state.rooms.update(|all| {
            if let Some(room) = target.and_then(|id| all.room_mut(id)) {
                room.add(&pasted);
                done.set(true);
            }
        });
    };
    move || {
        let list = rooms();
        (!list.is_empty()).then(|| {
            let t = state.t();
            view! {
                <form class="field no-print" on:submit=add.clone()>
                    <label for="add-to-room">{t.room_choose}</label>
                    <select id="add-to-room" on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                        {list.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                    <button type="submit">{t.room_add}</button>
                    <span role="status">{move || done.get().then(|| state.t().added_to_room)}</span>
                </form>
            }
        })
    }
}
