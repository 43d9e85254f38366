//! The session's clock: which part of the trainer's plan is running and
//! how long it has left. The start is kept on the device, so presenter
//! mode in another tab, or after a reload, shows the same part.

use leptos::prelude::*;

use crate::core::embedded::SESSION;
use crate::core::session::Started;

use super::super::{browser, storage, AppState};

const KEY: &str = "katilim.session-clock";

/// The session started on this device, unless it belongs to an earlier
/// workshop.
pub fn started() -> Option<Started> {
    Started::from_text(&storage::read_key(KEY)?).filter(|s| !s.forgotten(browser::now()))
}

/// Starts the clock for the plan of `minutes`, or stops it; `false` if
/// storage refused (then no clock runs, and the screen says why).
pub fn set_started(minutes: Option<u16>) -> bool {
    let text = minutes.map(|minutes| {
        Started {
            minutes,
            at_ms: browser::now(),
        }
        .to_text()
    });
    storage::save_key(KEY, text.as_deref()).is_ok()
}

/// The time now, renewed every second until the screen is left (the
/// signal is gone). A timeout loop, not setInterval: the loader's glue,
/// which every volunteer downloads, already has setTimeout.
pub fn ticking() -> RwSignal<u64> {
    let now = RwSignal::new(browser::now());
    leptos::task::spawn_local(async move {
        loop {
            browser::sleep(1000).await;
            if now.try_set(browser::now()).is_some() {
                break;
            }
        }
    });
    now
}

/// "Şimdi: Öz değerlendirme · 19 dk kaldı", or that the time is up;
/// nothing when no session was started.
#[component]
pub fn SessionClock(now: RwSignal<u64>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let now = now.get();
        let started = started()?;
        let plan = SESSION.plan(started.minutes)?;
        let t = state.t();
        let text = match plan.now(started.seconds(now)) {
            Some(running) => {
                let part = plan.parts.get(running.part)?;
                t.session_now(part.title.get(state.lang.get()), running.seconds_left)
            }
            None => t.session_over().to_owned(),
        };
        // Not on paper: a handout printed mid-session would carry the time.
        Some(
            view! { <p class="finding no-print" role="timer" aria-label=t.session_clock()><strong>{text}</strong></p> },
        )
    }
}
