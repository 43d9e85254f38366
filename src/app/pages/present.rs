//! Presenter mode in large, high-contrast type, moved with the arrow keys;
//! Escape returns to the room. First the whole matrix (six steps by the
//! levels, each cell with its count and share), then one step per screen,
//! readiness, the most common next steps, the room's compass; a room of
//! both sides adds the gap view: per step, the NGOs and the institutions on
//! one screen. The session's clock, when one was started, stays on top.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::core::role::Role;
use crate::core::step::Step;

use super::super::components::clock::{ticking, SessionClock};
use super::super::components::compass::RoomCompass;
use super::super::components::focus::focus_on_change;
use super::super::components::invite::Invite;
use super::super::components::matrix::step_name;
use super::super::components::next_steps::common_next_steps;
use super::super::components::picture::SpreadTable;
use super::super::components::sides::{gap_prompt, FloorNote};
use super::super::AppState;
use super::room::{picture_of, use_room_id};

#[component]
pub fn Present() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = use_room_id();
    let slide = RwSignal::new(0usize);
    let heading = focus_on_change(move || slide.get());
    // The whole matrix, one slide per area, the most common next steps,
    // then the room's compass; in a room of both sides, then one gap slide
    // per matrix step.
    let mixed = Memo::new(move |_| picture_of(&state, id.get()).is_some_and(|(_, s)| s.mixed()));
    let count = move || 1 + Step::ALL.len() + 2 + if mixed.get() { Step::MATRIX.len() } else { 0 };
    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "ArrowRight" | "PageDown" => slide.update(|s| *s = (*s + 1).min(count() - 1)),
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
    let now = ticking();
    let slides = move || {
        let t = state.t();
        let lang = state.lang.get();
        let Some((room, sides)) = picture_of(&state, id.get()) else {
            return view! { <h1 node_ref=heading tabindex="-1">{t.room_not_found}</h1> }.into_any();
        };
        let count = count();
        let floor = room.floor();
        let picture = sides.all.clone();
        let index = slide.get();
        let room_id = room.id;
        let nav = move || {
            view! {
                <p class="actions">
                    <button type="button" on:click=move |_| slide.update(|s| *s = s.saturating_sub(1)) disabled=index == 0>{t.previous}</button>
                    <button type="button" class="primary" on:click=move |_| slide.update(|s| *s = (*s + 1).min(count - 1)) disabled=index + 1 == count>{t.next_slide}</button>
                    <A href=format!("/rooms/{room_id}") attr:class="button">{t.exit_present}</A>
                </p>
                <Invite room=room_id />
            }
        };
        let header = format!(
            "{} · {} · {} / {count}",
            room.name,
            if sides.institution.participants > 0 {
                t.side_counts(sides.ngo.participants, sides.institution.participants)
            } else {
                format!("{} {}", picture.participants, t.participants)
            },
            index + 1
        );
        // After the matrix, the areas and the compass: the gap slides.
        if let Some(step) = index
            .checked_sub(1 + Step::ALL.len() + 2)
            .and_then(|i| Step::MATRIX.get(i).copied())
        {
            let (line, prompt) = gap_prompt(state, &sides, floor, step).unwrap_or_default();
            let side = |role: Role| {
                let group = sides.side(role);
                let spread: Vec<_> = group
                    .spreads
                    .iter()
                    .filter(|s| s.step == step)
                    .cloned()
                    .collect();
                let caption = format!(
                    "{} · {} {}",
                    t.side_name(role),
                    group.participants,
                    t.participants
                );
                if group.shown(floor) {
                    view! { <SpreadTable spreads=spread caption=caption /> }.into_any()
                } else {
                    view! { <h2>{caption}</h2><FloorNote count=group.participants floor=floor /> }
                        .into_any()
                }
            };
            return view! {
                <div class="present gap-slide">
                    <p class="muted">{header}</p>
                    <h1 node_ref=heading tabindex="-1">{format!("{}: {}", t.gap_title(), step_name(state.whole(), step, lang))}</h1>
                    <div class="sides">{side(Role::Ngo)}{side(Role::Institution)}</div>
                    <p class="discussion">{(!line.is_empty()).then(|| view! { <strong>{line}</strong> " " })}{prompt}</p>
                    {nav}
                    <p class="muted">{t.present_hint}</p>
                </div>
            }
            .into_any();
        }
        if !picture.shown(floor) {
            return view! {
                <div class="present">
                    <p class="muted">{header}</p>
                    <h1 node_ref=heading tabindex="-1">{t.room_picture_title}</h1>
                    <FloorNote count=picture.participants floor=floor />
                    {nav}
                </div>
            }
            .into_any();
        }
        if index == 0 {
            let matrix: Vec<_> = picture
                .spreads
                .iter()
                .filter(|s| s.step.in_matrix())
                .cloned()
                .collect();
            return view! {
                <div class="present">
                    <p class="muted">{header}</p>
                    <h1 node_ref=heading tabindex="-1">{t.room_picture_title}</h1>
                    <div class="heatmap">
                        <SpreadTable spreads=matrix caption=format!("{} · {} {}", t.room_picture_title, picture.participants, t.participants) />
                    </div>
                    {nav}
                    <p class="muted">{t.present_hint}</p>
                </div>
            }
            .into_any();
        }
        if index == 1 + Step::ALL.len() {
            let ngos = &sides.ngo;
            let list = if ngos.participants == 0 {
                view! { <p>{t.next_steps_no_ngo()}</p> }.into_any()
            } else if ngos.shown(floor) {
                view! { <ol class="next-steps">{common_next_steps(state, ngos, floor)}</ol> }
                    .into_any()
            } else {
                view! { <FloorNote count=ngos.participants floor=floor /> }.into_any()
            };
            return view! {
                <div class="present">
                    <p class="muted">{header}</p>
                    <h1 node_ref=heading tabindex="-1">{t.room_next_steps}</h1>
                    {list}
                    {nav}
                </div>
            }
            .into_any();
        }
        let Some(step) = Step::ALL.get(index.saturating_sub(1)).copied() else {
            return view! {
                <div class="present">
                    <p class="muted">{header}</p>
                    <h1 node_ref=heading tabindex="-1">{t.room_compass_title}</h1>
                    <RoomCompass spreads=picture.spreads.clone() />
                    {nav}
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
                <p class="muted">{header}</p>
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
    };
    view! { <SessionClock now /> {slides} }
}
