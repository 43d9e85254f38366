//! Presenter mode: one step per screen in large, high-contrast type, moved
//! with the arrow keys; Escape returns to the room.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::core::step::Step;

use super::super::components::compass::RoomCompass;
use super::super::components::focus::focus_on_change;
use super::super::components::matrix::step_name;
use super::super::components::picture::SpreadTable;
use super::super::AppState;
use super::room::{picture_of, use_room_id};

#[component]
pub fn Present() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = use_room_id();
    let slide = RwSignal::new(0usize);
    let heading = focus_on_change(move || slide.get());
    // One slide per area, then the room's compass.
    let count = Step::ALL.len() + 1;
    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "ArrowRight" | "PageDown" => slide.update(|s| *s = (*s + 1).min(count - 1)),
        "ArrowLeft" | "PageUp" => slide.update(|s| *s = s.saturating_sub(1)),
        "Escape" => navigate(
            &format!("/rooms/{}", id.get_untracked()),
            Default::default(),
        ),
        _ => {}
    });
    on_cleanup(move || handle.remove());
    let fullscreen = |_| {
        if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    move || {
        let t = state.t();
        let lang = state.lang.get();
        let Some((room, picture)) = picture_of(&state, id.get()) else {
            return view! { <h1 node_ref=heading tabindex="-1">{t.room_not_found}</h1> }.into_any();
        };
        let index = slide.get();
        let Some(step) = Step::ALL.get(index).copied() else {
            return view! {
                <div class="present">
                    <p class="muted">{format!("{} · {} {} · {} / {count}", room.name, picture.participants, t.participants, index + 1)}</p>
                    <h1 node_ref=heading tabindex="-1">{t.room_compass_title}</h1>
                    <RoomCompass spreads=picture.spreads.clone() />
                    <p class="actions">
                        <button type="button" on:click=move |_| slide.update(|s| *s = s.saturating_sub(1))>{t.previous}</button>
                        <A href=format!("/rooms/{}", room.id) attr:class="button">{t.exit_present}</A>
                    </p>
                </div>
            }
            .into_any();
        };
        let spread: Vec<_> = picture
            .spreads
            .iter()
            .filter(|s| s.step == step)
            .cloned()
            .collect();
        let discussion = state
            .content()
            .step_text(step)
            .map(|text| text.discussion.get(lang).clone())
            .unwrap_or_default();
        view! {
            <div class="present">
                <p class="muted">{format!("{} · {} {} · {} / {count}", room.name, picture.participants, t.participants, index + 1)}</p>
                <h1 node_ref=heading tabindex="-1">{step_name(state.content(), step, lang)}</h1>
                <SpreadTable spreads=spread caption=step_name(state.content(), step, lang) />
                <p class="discussion">{discussion}</p>
                <p class="actions">
                    <button type="button" on:click=move |_| slide.update(|s| *s = s.saturating_sub(1)) disabled=index == 0>{t.previous}</button>
                    <button type="button" class="primary" on:click=move |_| slide.update(|s| *s = (*s + 1).min(count - 1)) disabled=index + 1 == count>{t.next_slide}</button>
                    <button type="button" on:click=fullscreen>{t.fullscreen}</button>
                    <A href=format!("/rooms/{}", room.id) attr:class="button">{t.exit_present}</A>
                </p>
                <p class="muted">{t.present_hint}</p>
            </div>
        }
        .into_any()
    }
}
