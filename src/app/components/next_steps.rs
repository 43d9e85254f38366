//! The room's most common next steps: the guidance's next step of the
//! answers that the NGOs' results most often point to, with how many
//! participants share it. On the room's screen and in presenter mode.

use leptos::prelude::*;

use crate::core::room::Picture;

use super::super::parts::guidance_here;
use super::super::AppState;
use super::notice::GuidanceNote;

/// How many of the most common next steps are shown.
const SHOWN: usize = 5;

/// The list's items; nothing while the group is under the room's floor.
pub fn common_next_steps(state: AppState, ngos: &Picture, floor: usize) -> AnyView {
    // The next steps are the guidance's: drawn again when it comes in.
    if !guidance_here(state) {
        return view! { <li><GuidanceNote /></li> }.into_any();
    }
    if !ngos.shown(floor) {
        return ().into_any();
    }
    let lang = state.lang.get();
    ngos.next_steps
        .iter()
        .take(SHOWN)
        .filter_map(|(reason, count)| {
            let choice = state
                .whole()
                .question(&reason.question)?
                .choice(&reason.choice)?;
            let next = choice.guidance.get(lang).next.clone();
            Some(view! { <li>{next} <span class="muted">{format!(" ({count})")}</span></li> })
        })
        .collect_view()
        .into_any()
}
