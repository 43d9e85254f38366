//! The trainer's rooms: create, list, open, import a room file.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::core::room::Room;

use super::super::browser;
use super::super::components::compare::CompareRooms;
use super::super::components::focus::focus_on_change;
use super::super::AppState;

#[component]
pub fn Rooms() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(browser::today());
    let note = RwSignal::new(String::new());
    let import_failed = RwSignal::new(false);
    let navigate = use_navigate();
    let go = navigate.clone();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let room = Room {
            name: name.get_untracked().trim().to_owned(),
            date: date.get_untracked(),
            note: note.get_untracked(),
            ..Room::default()
        };
        let mut id = 0;
        state.rooms.update(|rooms| id = rooms.add(room));
        go(&format!("/rooms/{id}"), Default::default());
    };
    let import = move |ev: leptos::ev::Event| {
        let navigate = navigate.clone();
        browser::read_chosen_file(&ev, move |text| {
            // Without the institution's questions its codes are kept, and
            // the room asks for the questions to count them.
            let institution = state.content_for(crate::core::role::Role::Institution);
            match Room::from_json(state.whole(), institution, &text) {
                Some(mut room) => {
                    import_failed.set(false);
                    // The file's invitation tag is this device's for the
                    // room now; the room itself keeps none.
                    let tag = std::mem::take(&mut room.tag);
                    let mut id = 0;
                    state.rooms.update(|rooms| id = rooms.add(room));
                    super::super::invited::adopt_room_tag(id, tag);
                    navigate(&format!("/rooms/{id}"), Default::default());
                }
                None => import_failed.set(true),
            }
        });
    };
    // Several room files (a programme's provinces) as one room.
    let merge_refused = RwSignal::new(Vec::<String>::new());
    let go_merged = use_navigate();
    let merge = move |ev: leptos::ev::Event| {
        let navigate = go_merged.clone();
        browser::read_chosen_files(&ev, move |files| {
            let institution = state.content_for(crate::core::role::Role::Institution);
            let mut read = Vec::new();
            let mut refused = Vec::new();
            for (name, text) in files {
                match Room::from_json(state.whole(), institution, &text) {
                    Some(room) => read.push(room),
                    None => refused.push(name),
                }
            }
            let all_read = refused.is_empty();
            merge_refused.set(refused);
            if read.is_empty() {
                return;
            }
            let names: Vec<&str> = read.iter().map(|room| room.name.as_str()).collect();
            let name: String = state
                .t()
                .merged_name(&names.join(", "))
                .chars()
                .take(200)
                .collect();
            let room = Room::merged(&read, name, browser::today());
            let mut id = 0;
            state.rooms.update(|rooms| id = rooms.add(room));
            // With a file left out, the list and the reason stay in sight.
            if all_read {
                navigate(&format!("/rooms/{id}"), Default::default());
            }
        });
    };
    let list = move || {
        state.rooms.with(|rooms| {
            rooms
                .rooms
                .iter()
                .rev()
                .map(|r| (r.id, r.name.clone(), r.date.clone(), r.codes.len()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().rooms_title}</h1>
        <p>{move || state.t().rooms_intro}</p>
        {move || list().is_empty().then(|| view! { <p>{state.t().rooms_empty}</p> })}
        <ul class="saved">
            <For each=list key=|row| row.clone() let((id, name, date, count))>
                <li class="saved-item">
                    <h2 class="saved-name"><A href=format!("/rooms/{id}")>{name.clone()}</A></h2>
                    <p class="muted">{move || format!("{date} · {count} {}", state.t().participants)}</p>
                </li>
            </For>
        </ul>
        <section aria-labelledby="new-room-heading">
            <h2 id="new-room-heading">{move || state.t().room_new}</h2>
            <form class="stack" on:submit=create>
                <p class="field">
                    <label for="room-name">{move || state.t().room_name}</label>
                    <input id="room-name" required maxlength="200" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </p>
                <p class="field">
                    <label for="room-date">{move || state.t().room_date}</label>
                    <input id="room-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                </p>
                <p class="field">
                    <label for="room-note">{move || state.t().room_note}</label>
                    <input id="room-note" maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                </p>
                <p class="actions"><button type="submit" class="primary">{move || state.t().room_create}</button></p>
            </form>
        </section>
        <section aria-labelledby="import-room-heading" class="no-print">
            <h2 id="import-room-heading">{move || state.t().import_title}</h2>
            <p class="field">
                <label for="room-file">{move || state.t().room_import}</label>
                <input id="room-file" type="file" accept="application/json,.json" on:change=import />
            </p>
            <p class="error" role="alert">{move || import_failed.get().then(|| state.t().room_import_bad)}</p>
        </section>
        <section aria-labelledby="merge-heading" class="no-print">
            <h2 id="merge-heading">{move || state.t().merge_title()}</h2>
            <p>{move || state.t().merge_intro()}</p>
            <p class="field">
                <label for="merge-files">{move || state.t().merge_label()}</label>
                <input id="merge-files" type="file" multiple accept="application/json,.json" on:change=merge />
            </p>
            <p class="error" role="alert">{move || merge_refused.with(|refused| (!refused.is_empty()).then(|| state.t().merge_refused(&refused.join(", "))))}</p>
        </section>
        <CompareRooms />
        <section aria-labelledby="session-heading" class="no-print">
            <h2 id="session-heading">{move || state.t().session_title()}</h2>
            <p><A href="/rooms/session">{move || state.t().session_link()}</A></p>
        </section>
        <section aria-labelledby="paper-form-heading" class="no-print">
            <h2 id="paper-form-heading">{move || state.t().paper_title()}</h2>
            <p><A href="/rooms/paper">{move || state.t().paper_print_link()}</A></p>
        </section>
        <section aria-labelledby="table-heading" class="no-print">
            <h2 id="table-heading">{move || state.t().table_title()}</h2>
            <p><A href="/table">{move || state.t().table_link()}</A></p>
        </section>
    }
}
