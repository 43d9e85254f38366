//! Two rooms side by side (before and after a training, or two provinces):
//! per step each room's typical level and the change, then each room's
//! distribution, under the stricter of the two anonymity floors.

use leptos::prelude::*;

use crate::core::sides::compare;

use super::super::pages::room::picture_of;
use super::super::AppState;
use super::matrix::step_name;
use super::picture::SpreadTable;
use super::sides::{median_name, FloorNote};

#[component]
pub fn CompareRooms() -> impl IntoView {
    let state = expect_context::<AppState>();
    let first = RwSignal::new(0u32);
    let second = RwSignal::new(0u32);
    let rooms = move || {
        state.rooms.with(|rooms| {
            rooms
                .rooms
                .iter()
                .map(|room| (room.id, room.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let chooser = move |id: &'static str,
                        label: fn(&super::super::texts::Texts) -> &'static str,
                        chosen: RwSignal<u32>| {
        view! {
            <p class="field">
                <label for=id>{move || label(state.t())}</label>
                <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                    <option value="0" selected=move || chosen.get() == 0>"—"</option>
                    {move || rooms().into_iter().map(|(room, name)| view! {
                        <option value=room.to_string() selected=move || chosen.get() == room>{name}</option>
                    }).collect_view()}
                </select>
            </p>
        }
    };
    let compared = move || {
        let (a, b) = (first.get(), second.get());
        if a == 0 || b == 0 || a == b {
            return None;
        }
        let (room_a, sides_a) = picture_of(&state, a)?;
        let (room_b, sides_b) = picture_of(&state, b)?;
        let floor = room_a.floor().max(room_b.floor());
        let lang = state.lang.get();
        let t = state.t();
        let changes = compare(&sides_a.all, &sides_b.all, floor);
        let side = |name: String, picture: crate::core::room::Picture| {
            let caption = format!("{name} · {} {}", picture.participants, t.participants);
            if picture.shown(floor) {
                let spreads: Vec<_> = picture
                    .spreads
                    .into_iter()
                    .filter(|s| s.step.in_matrix())
                    .collect();
                view! { <SpreadTable spreads=spreads caption=caption /> }.into_any()
            } else {
                view! { <h3>{caption}</h3><FloorNote count=picture.participants floor=floor /> }
                    .into_any()
            }
        };
        Some(view! {
            <div class="matrix-wrap" tabindex="0" role="region" aria-label=t.compare_caption()>
                <table class="gap compare">
                    <caption>{t.compare_caption()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.step_column}</th>
                            <th scope="col">{room_a.name.clone()}</th>
                            <th scope="col">{room_b.name.clone()}</th>
                            <th scope="col">{t.compare_change()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {changes.into_iter().map(|change| view! {
                            <tr class:gap-marked=change.difference().is_some_and(|d| d != 0)>
                                <th scope="row">{step_name(state.whole(), change.step, lang)}</th>
                                <td>{median_name(state, change.first)}</td>
                                <td>{median_name(state, change.second)}</td>
                                <td>{t.compare_cell(change.difference())}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="sides">{side(room_a.name, sides_a.all)}{side(room_b.name, sides_b.all)}</div>
        })
    };
    view! {
        <section aria-labelledby="compare-heading" class="no-print">
            <h2 id="compare-heading">{move || state.t().compare_title()}</h2>
            {chooser("compare-first", |t| t.compare_first(), first)}
            {chooser("compare-second", |t| t.compare_second(), second)}
            {compared}
        </section>
    }
}
