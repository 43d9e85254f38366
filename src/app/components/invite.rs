//! "Katılımcıları davet et": the room's invitation as a large QR code and a
//! readable address, for the room's screen and the projector. The address
//! is wherever the app runs (its own origin); the room gets its random tag
//! when first opened.

use leptos::prelude::*;

use crate::core::invite::Invitation;
use crate::core::qr;

use super::super::browser;
use super::super::{invited, AppState};

#[component]
pub fn Invite(room: u32) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    // Kept apart from the room (see core::invite::read_room_tags).
    let tag = invited::ensure_room_tag(room);
    let address = move || {
        let name = state
            .rooms
            .with(|rooms| rooms.room(room).map(|r| r.name.clone()))?;
        Some(format!(
            "{}/davet#{}",
            browser::origin(),
            Invitation {
                tag,
                name,
                lang: state.lang.get(),
            }
            .to_fragment()
        ))
    };
    let toggle = move |_| open.update(|open| *open = !*open);
    view! {
        <div class="invite no-print">
            <p class="actions">
                <button type="button" aria-expanded=move || open.get().to_string() aria-controls="invite-panel" on:click=toggle>
                    {move || state.t().invite_button()}
                </button>
            </p>
            <div id="invite-panel" class="invite-panel" hidden=move || !open.get()>
                {move || open.get().then(address).flatten().map(|address| view! {
                    <div class="qr invite-qr" role="img" aria-label=state.t().invite_qr_label()
                        inner_html=qr::inline_svg(&address)>
                    </div>
                    <p class="invite-address" lang="en">{address}</p>
                    <p class="muted">{state.t().invite_hint()}</p>
                })}
            </div>
        </div>
    }
}
