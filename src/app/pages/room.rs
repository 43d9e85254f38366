//! One room: add codes (scanned, pasted, or from assessment files: see
//! `components/collect.rs`), see the room's anonymous picture, export it,
//! and present it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::core::content_parts::Kind;
use crate::core::lang::Lang;
use crate::core::role::Role;
use crate::core::room::{Room, DEFAULT_FLOOR, FLOORS};
use crate::core::room_export::{picture_to_json, to_csv};
use crate::core::sides::Sides;
use crate::core::step::Step;

use super::super::browser;
use super::super::components::collect::Collect;
use super::super::components::compass::RoomCompass;
use super::super::components::focus::focus_on_change;
use super::super::components::invite::Invite;
use super::super::components::next_steps::common_next_steps;
use super::super::components::paper::PaperTally;
use super::super::components::picture::SpreadTable;
use super::super::components::sides::{gap_prompt, FloorNote, GapTable, SidePicture};
use super::super::AppState;

/// The room of the URL's id, if this device has it.
pub fn use_room_id() -> Memo<u32> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse().ok())
            .unwrap_or(0)
    })
}

/// The room of `id` and its pictures per side. Tracks the parts too: the
/// institutions' codes are counted once their questions arrive.
pub fn picture_of(state: &AppState, id: u32) -> Option<(Room, Sides)> {
    let room = state.rooms.with(|rooms| rooms.room(id).cloned())?;
    state.parts.track();
    let institution = state.content_for(Role::Institution);
    let mut sides = None;
    state.decoded.update_value(|decoded| {
        sides = Some(decoded.sides(state.whole(), institution, &room));
    });
    Some((room, sides?))
}

#[component]
pub fn RoomPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = use_room_id();
    let heading = focus_on_change(move || id.get());
    let room = Memo::new(move |_| picture_of(&state, id.get()));
    // Public institutions' codes wait for their questions: asked for when
    // the room holds such codes (a trainer's screen, never a volunteer's).
    Effect::new(move |_| {
        if room.with(|room| room.as_ref().is_some_and(|(_, sides)| sides.waiting > 0))
            && !state
                .parts
                .with(|p| p.has_failed(Kind::Institution, Lang::Tr))
        {
            super::super::parts::want_institution(state, |_| {});
        }
    });

    let navigate = use_navigate();
    let delete = move |_| {
        state.rooms.update(|rooms| rooms.remove(id.get_untracked()));
        navigate("/rooms", Default::default());
    };
    let export_csv = move |_| {
        if let Some((room, sides)) = room.get_untracked() {
            let _ = browser::download(
                &format!("{}.csv", file_stem(&room)),
                "text/csv;charset=utf-8",
                &to_csv(
                    state.whole(),
                    &sides,
                    room.floor(),
                    room.from_paper(),
                    state.lang.get_untracked(),
                ),
            );
        }
    };
    let export_picture = move |_| {
        if let Some((room, sides)) = room.get_untracked() {
            let _ = browser::download(
                &format!("{}-summary.json", file_stem(&room)),
                "application/json",
                &picture_to_json(&sides, room.floor(), room.from_paper()),
            );
        }
    };
    let set_floor = move |ev: leptos::ev::Event| {
        if let Ok(floor) = event_target_value(&ev).parse::<u8>() {
            state.rooms.update(|rooms| {
                if let Some(room) = rooms.room_mut(id.get_untracked()) {
                    room.floor = floor.clamp(*FLOORS.start(), *FLOORS.end());
                }
            });
        }
    };
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = draft.get_untracked().trim().to_owned();
        if !name.is_empty() {
            state.rooms.update(|rooms| {
                if let Some(room) = rooms.room_mut(id.get_untracked()) {
                    room.name = name;
                }
            });
        }
        renaming.set(false);
    };
    let export_json = move |_| {
        if let Some((mut room, _)) = room.get_untracked() {
            // The file takes the room's invitation tag along.
            room.tag = super::super::invited::room_tag(room.id);
            let _ = browser::download(
                &format!("{}.json", file_stem(&room)),
                "application/json",
                &room.to_json(),
            );
        }
    };

    // Only the parts that show the codes are redrawn when codes come in:
    // the whole page once per paste would cost a frame of layout.
    let exists = Memo::new(move |_| room.with(Option::is_some));
    let name = move || room.with(|room| room.as_ref().map(|(room, _)| room.name.clone()));
    let summary = move || {
        room.with(|room| {
            room.as_ref().map(|(room, sides)| {
                let count = if sides.institution.participants > 0 {
                    state
                        .t()
                        .side_counts(sides.ngo.participants, sides.institution.participants)
                } else {
                    format!("{} {}", sides.all.participants, state.t().participants)
                };
                match room.from_paper() {
                    0 => format!("{} · {count}", room.date),
                    paper => format!("{} · {count} · {}", room.date, state.t().paper_count(paper)),
                }
            })
        })
    };
    let waiting = move || room.with(|room| room.as_ref().map_or(0, |(_, sides)| sides.waiting));
    let floor_now = move || {
        room.with(|room| {
            room.as_ref()
                .map_or(usize::from(DEFAULT_FLOOR), |(room, _)| room.floor())
        })
    };
    let note = move || room.with(|room| room.as_ref().map(|(room, _)| room.note.clone()));
    let present = move || format!("/rooms/{}/present", id.get());

    move || {
        let t = state.t();
        if !exists.get() {
            return view! { <h1 node_ref=heading tabindex="-1">{t.room_not_found}</h1> }.into_any();
        }
        view! {
            <h1 node_ref=heading tabindex="-1">{name}</h1>
            <p class="muted">{summary}</p>
            {move || (waiting() > 0).then(|| view! { <p class="note" role="note">{state.t().waiting_codes(waiting())}</p> })}
            {move || if renaming.get() {
                view! {
                    <form class="field no-print" on:submit=rename>
                        <label for="room-rename">{state.t().room_name}</label>
                        <input id="room-rename" required maxlength="200" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                        <button type="submit">{state.t().save_name}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <p class="no-print">
                        <button type="button" on:click=move |_| { draft.set(name().unwrap_or_default()); renaming.set(true) }>{state.t().rename}</button>
                    </p>
                }.into_any()
            }}
            {move || note().filter(|note| !note.is_empty()).map(|note| view! { <p>{note}</p> })}
            <Invite room=id.get() />
            <Collect id />
            <PaperTally id />
            <p class="field no-print">
                <label for="room-floor">{t.floor_label()}</label>
                <select id="room-floor" on:change=set_floor>
                    {FLOORS.map(|n| view! { <option value=n.to_string() selected=move || floor_now() == usize::from(n)>{n}</option> }).collect_view()}
                </select>
            </p>
            <RoomPicture room />
            <p class="actions no-print">
                <A href=present attr:class="button primary">{t.present}</A>
                <button type="button" on:click=export_csv>{t.room_export_csv}</button>
                <button type="button" on:click=export_picture>{t.room_export_picture}</button>
                <button type="button" on:click=export_json>{t.room_export_json}</button>
                <button type="button" class="danger" on:click=delete.clone()>{t.room_delete}</button>
            </p>
            <p class="actions no-print">
                {move || {
                    let this = id.get();
                    let active = state.rooms.with(|rooms| rooms.kiosk == Some(this));
                    let label = if active { state.t().kiosk_off } else { state.t().kiosk_on };
                    view! {
                        <button type="button" aria-pressed=active.to_string() on:click=move |_| state.rooms.update(|rooms| rooms.kiosk = (!active).then_some(this))>{label}</button>
                        {active.then(|| view! { <span class="muted">{state.t().kiosk_active}</span> })}
                    }
                }}
            </p>
        }
        .into_any()
    }
}

/// The room's spread over the levels, its most common next steps and the
/// discussion prompts. Built once; a paste updates the numbers in place.
#[component]
fn RoomPicture(room: Memo<Option<(Room, Sides)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let lang = state.lang.get_untracked();
    let participants =
        move || room.with(|room| room.as_ref().map_or(0, |(_, s)| s.all.participants));
    let floor = Memo::new(move |_| {
        room.with(|room| {
            room.as_ref()
                .map_or(usize::from(DEFAULT_FLOOR), |(room, _)| room.floor())
        })
    });
    let shown = Memo::new(move |_| participants() == 0 || participants() >= floor.get());
    let mixed = Memo::new(move |_| room.with(|room| room.as_ref().is_some_and(|(_, s)| s.mixed())));
    let sides = Signal::derive(move || room.with(|room| room.as_ref().map(|(_, s)| s.clone())));
    // The six steps on the CoE levels; readiness on its own scale, apart.
    let spreads_where = move |matrix: bool| {
        Memo::new(move |_| {
            room.with(|room| {
                room.as_ref()
                    .map(|(_, s)| {
                        s.all
                            .spreads
                            .iter()
                            .filter(|s| s.step.in_matrix() == matrix)
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let (spreads, readiness) = (spreads_where(true), spreads_where(false));
    let carried = move || room.with(|room| room.as_ref().map_or(0, |(_, s)| s.all.carried));
    let caption = move || {
        format!(
            "{} · {} {}",
            state.t().room_picture_title,
            participants(),
            state.t().participants
        )
    };
    let next_steps = move || {
        room.with(|room| {
            room.as_ref()
                .map(|(_, sides)| common_next_steps(state, &sides.ngo, floor.get()))
        })
    };
    view! {
        <h2>{t.room_picture_title}</h2>
        {move || (participants() == 0).then(|| view! { <p>{state.t().room_no_participants}</p> })}
        {move || (carried() > 0).then(|| view! { <p class="note" role="note">{state.t().room_carried(carried())}</p> })}
        {move || if shown.get() {
            view! {
                <SpreadTable spreads caption=Signal::derive(caption) />
                <SpreadTable spreads=readiness caption=Signal::derive(move || state.t().readiness_title.to_owned()) />
                <h2>{state.t().room_compass_title}</h2>
                <RoomCompass spreads=spreads />
            }
            .into_any()
        } else {
            (participants() > 0).then(|| view! { <FloorNote count=Signal::derive(participants) floor=floor /> }).into_any()
        }}
        {move || mixed.get().then(|| view! {
            <section class="gap-section" aria-labelledby="gap-heading">
                <h2 id="gap-heading">{state.t().gap_title()}</h2>
                <p>{state.t().gap_intro()}</p>
                <GapTable sides floor />
                <SidePicture role=Role::Ngo sides floor />
                <SidePicture role=Role::Institution sides floor />
                <dl class="levels">
                    {move || Step::MATRIX.into_iter().filter_map(|step| {
                        let (line, prompt) = sides.with(|s| gap_prompt(state, s.as_ref()?, floor.get(), step))?;
                        Some(view! {
                            <dt>{super::super::components::matrix::step_name(state.whole(), step, lang)}</dt>
                            <dd>{(!line.is_empty()).then(|| view! { <strong>{line}</strong> " " })}{prompt}</dd>
                        })
                    }).collect_view()}
                </dl>
            </section>
        })}
        <h2>{t.room_next_steps}</h2>
        <ol class="next-steps">{next_steps}</ol>
        <h2>{t.room_discussion}</h2>
        <dl class="levels">
            {Step::ALL.into_iter().filter_map(|step| state.whole().step_text(step)).map(|text| view! {
                <dt>{text.name.get(lang).clone()}</dt>
                <dd>{text.discussion.get(lang).clone()}</dd>
            }).collect_view()}
        </dl>
    }
}

/// A file name from the room's date and name, without characters that file
/// systems refuse.
fn file_stem(room: &Room) -> String {
    let name: String = room
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("katilim-{}-{}", room.date, name.trim_matches('-'))
}
