//! Bringing participants into a room: codes pasted (a chat export, or a
//! hand-held scanner that types each code and Enter), assessment files,
//! and the camera scanner. Each way ends in the same `Room::add`.

use leptos::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::invite::take_foreign;
use crate::core::paste::{parse_banks, pieces, Found, Pasted, Rejected};
use crate::core::role::Role;
use crate::core::room::Added;
use crate::core::share_code::{encode, DecodeError};

use super::super::browser;
use super::super::pages::shared::code_error;
use super::super::{invited, AppState};
use super::scanner::{Scanned, Scanner};

/// Rejected lines listed one by one; a chat export can have thousands.
const SHOWN_REJECTED: usize = 100;

/// Bytes of pasted text read per frame: well under a frame's worth of work.
const PIECE_BYTES: usize = 64 * 1024;

/// Reads pasted text with both banks (an institution's once it is here).
pub fn parse_here(state: &AppState, text: &str) -> Pasted {
    parse_banks(state.whole(), state.content_for(Role::Institution), text)
}

/// Whether some lines hold public institutions' codes that wait for their
/// questions (not on this device yet).
pub fn wants_bank(state: &AppState, pasted: &Pasted) -> bool {
    state.content_for(Role::Institution).is_none()
        && pasted.rejected.iter().any(|r| {
            r.reason
                == DecodeError::OtherRole {
                    found: Some(Role::Institution),
                }
        })
}

/// A hand-held scanner types a code and presses Enter. When the last line
/// of `text` holds a code (or one that waits for the institution's
/// questions), that line leaves the box and is returned, and the Enter does
/// not make a new line; any other Enter is a new line, as always.
pub fn scanned_line(
    state: &AppState,
    ev: &leptos::ev::KeyboardEvent,
    text: RwSignal<String>,
) -> Option<(Pasted, String)> {
    if ev.key() != "Enter" || ev.shift_key() {
        return None;
    }
    let typed = text.get_untracked();
    let (before, last) = typed.rsplit_once('\n').unwrap_or(("", typed.as_str()));
    let pasted = parse_here(state, last);
    if pasted.found.is_empty() && !wants_bank(state, &pasted) {
        return None;
    }
    ev.prevent_default();
    let last = last.to_owned();
    text.set(before.to_owned());
    Some((pasted, last))
}

/// Adds what was read to room `id`, except the codes made from another
/// room's invitation: those are put in `held`, for the trainer to decide.
fn add_checked(state: AppState, id: u32, pasted: &Pasted, held: RwSignal<Vec<Found>>) -> Added {
    let mut pasted = pasted.clone();
    let foreign = take_foreign(invited::room_tag(id), &mut pasted);
    if !foreign.is_empty() {
        held.update(|held| held.extend(foreign));
    }
    add_to(state, id, &pasted)
}

/// Adds what was read to room `id`.
fn add_to(state: AppState, id: u32, pasted: &Pasted) -> Added {
    let institution = state.content_for(Role::Institution);
    state
        .decoded
        .update_value(|decoded| decoded.remember(state.whole(), institution, pasted));
    let mut added = Added::default();
    state.rooms.update(|rooms| {
        if let Some(room) = rooms.room_mut(id) {
            added = room.add(pasted);
        }
    });
    added
}

/// The room's participants, as counted now.
fn participants(state: AppState, id: u32) -> usize {
    super::super::pages::room::picture_of(&state, id).map_or(0, |(_, sides)| sides.all.participants)
}

#[component]
pub fn Collect(id: Memo<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let text = RwSignal::new(String::new());
    let report = RwSignal::new(None::<(Added, Vec<Rejected>)>);
    // Codes of another room's invitation, until the trainer decides.
    let held = RwSignal::new(Vec::<Found>::new());
    let add = move |pasted: Pasted| {
        let added = add_checked(state, id.get_untracked(), &pasted, held);
        report.set(Some((added, pasted.rejected)));
    };
    // Public institutions' codes: read again once their questions are here
    // (if they cannot come, the codes are reported).
    let add_with_bank = move |pasted: Pasted, source: String| {
        if wants_bank(&state, &pasted) {
            super::super::parts::want_institution(state, move |arrived| {
                add(if arrived {
                    parse_here(&state, &source)
                } else {
                    pasted
                })
            });
        } else {
            add(pasted);
        }
    };
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pasted_text = text.get_untracked();
        text.set(String::new());
        // A large paste (a whole chat export) is read a piece per frame, so
        // the page never freezes; a small one is done within the first.
        leptos::task::spawn_local(async move {
            let mut pasted = Pasted::default();
            for (i, (lines_before, piece)) in
                pieces(&pasted_text, PIECE_BYTES).into_iter().enumerate()
            {
                if i > 0 {
                    browser::next_frame().await;
                }
                pasted.extend(parse_here(&state, piece), lines_before);
            }
            add_with_bank(pasted, pasted_text);
        });
    };
    let scanner_enter = move |ev: leptos::ev::KeyboardEvent| {
        if let Some((pasted, line)) = scanned_line(&state, &ev, text) {
            add_with_bank(pasted, line);
        }
    };
    let files = move |ev: leptos::ev::Event| {
        browser::read_chosen_files(&ev, move |files| {
            // Each file becomes a code line; a bad file becomes a rejected
            // line. An institution's file is read with its questions, which
            // are asked for first.
            let institution = files
                .iter()
                .any(|(_, text)| Assessment::role_of(text) == Role::Institution);
            let role = if institution {
                Role::Institution
            } else {
                Role::Ngo
            };
            super::super::parts::want_institution_if(state, role, move |_| {
                let lines: Vec<String> = files
                    .into_iter()
                    .map(|(name, text)| {
                        let role = Assessment::role_of(&text);
                        let read = state.content_for(role).and_then(|content| {
                            Some((content, Assessment::from_json(content, &text).ok()?))
                        });
                        match read {
                            Some((content, a)) => encode(content, &a.answers, a.tag),
                            None => name,
                        }
                    })
                    .collect();
                add(parse_here(&state, &lines.join("\n")));
            });
        });
    };
    let scanned = Callback::new(move |text: String| {
        let pasted = parse_here(&state, &text);
        if wants_bank(&state, &pasted) {
            add_with_bank(pasted, text);
            return Scanned::Waiting;
        }
        if pasted.found.is_empty() {
            let reason = pasted
                .rejected
                .first()
                .map_or(DecodeError::NotACode, |r| r.reason.clone());
            return Scanned::Rejected(code_error(state.t(), &reason).to_owned());
        }
        let room = id.get_untracked();
        let before = held.with_untracked(Vec::len);
        if add_checked(state, room, &pasted, held).added > 0 {
            Scanned::Added {
                participants: participants(state, room),
                table: false,
            }
        } else if held.with_untracked(Vec::len) > before {
            Scanned::Rejected(state.t().scan_foreign().to_owned())
        } else {
            Scanned::Repeated
        }
    });
    let decide = move |take: bool| {
        let found = held.get_untracked();
        held.set(Vec::new());
        if take {
            // Added as they are: the trainer has said yes.
            let pasted = Pasted {
                found,
                rejected: Vec::new(),
            };
            report.set(Some((
                add_to(state, id.get_untracked(), &pasted),
                Vec::new(),
            )));
        }
    };
    let reasons = move |rejected: &Rejected| code_error(state.t(), &rejected.reason);
    view! {
        <Scanner on_code=scanned />
        <form class="stack no-print" on:submit=paste>
            <p class="field column">
                <label for="room-paste">{t.room_paste_label}</label>
                <textarea id="room-paste" rows="6" aria-describedby="room-paste-hint" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) on:keydown=scanner_enter></textarea>
                <span id="room-paste-hint" class="muted">{t.hand_scanner_hint()}</span>
            </p>
            <p class="actions"><button type="submit" class="primary">{t.room_add}</button></p>
        </form>
        <p class="field no-print">
            <label for="room-files">{t.room_files_label}</label>
            <input id="room-files" type="file" multiple accept="application/json,.json" on:change=files />
        </p>
        {move || held.with(|held| !held.is_empty()).then(|| view! {
            <div class="note no-print" role="alert">
                <p>{state.t().foreign_codes(held.with(Vec::len))}</p>
                <p class="actions">
                    <button type="button" on:click=move |_| decide(true)>{state.t().foreign_add()}</button>
                    <button type="button" on:click=move |_| decide(false)>{state.t().foreign_skip()}</button>
                </p>
            </div>
        })}
        <div role="status" class="room-report">
            {move || report.get().map(|(added, rejected)| view! {
                <p>{format!("{} {} · {} {}", added.added, state.t().room_added, added.repeated, state.t().room_repeated)}</p>
                {(!rejected.is_empty()).then(|| view! {
                    <h2>{state.t().room_rejected_title}</h2>
                    <ul class="rejected">
                        {rejected.iter().take(SHOWN_REJECTED).map(|r| view! { <li>{format!("{} {}: {} — {}", state.t().line, r.line, r.text, reasons(r))}</li> }).collect_view()}
                    </ul>
                    {(rejected.len() > SHOWN_REJECTED).then(|| view! { <p>{format!("… {} {}", rejected.len() - SHOWN_REJECTED, state.t().more_lines)}</p> })}
                })}
            })}
        </div>
    }
}
