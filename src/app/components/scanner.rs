//! "Kamerayla tara": the room's camera scanner. It reads participants' QR
//! codes until stopped, hands each new one to the room once, and says what
//! happened with a tick that is seen and heard. The camera goes off when
//! the scan is stopped, the screen is left or the page is hidden.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use super::super::browser;
use super::super::camera::{self, Reader, Tick};
use super::super::texts_scan::CameraProblem;
use super::super::AppState;

/// Pause between frames: a code is counted within a fraction of a second,
/// and a phone's battery is spared.
const FRAME_PAUSE_MS: i32 = 100;

/// What the room (or a table's collector) made of one scanned text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scanned {
    /// Counted: the room (or the table, `table`) now has `participants`.
    Added {
        participants: usize,
        table: bool,
    },
    Repeated,
    Rejected(String),
    /// Read later, when its questions have arrived.
    Waiting,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Line {
    Waiting,
    Scanned(Scanned),
    Problem(CameraProblem),
    Hidden,
}

#[component]
pub fn Scanner(on_code: Callback<String, Scanned>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let video = NodeRef::<leptos::html::Video>::new();
    let scanning = RwSignal::new(false);
    let line = RwSignal::new(None::<Line>);
    // Each scan has a number; stopping moves it on, and the scan's loop
    // ends when its number is no longer the current one.
    let session = Arc::new(AtomicU32::new(0));
    let stop = {
        let session = session.clone();
        move || {
            session.fetch_add(1, Ordering::SeqCst);
        }
    };
    on_cleanup({
        let stop = stop.clone();
        move || stop()
    });
    // The decoder's files, fetched ahead so the scan works offline later.
    browser::when_idle(camera::warm_decoder);

    let start = {
        let session = session.clone();
        move |_| {
            let Some(element) = video.get_untracked() else {
                return;
            };
            let mine = session.fetch_add(1, Ordering::SeqCst) + 1;
            let session = session.clone();
            let tick = Tick::new();
            scanning.set(true);
            line.set(Some(Line::Waiting));
            leptos::task::spawn_local(async move {
                let element: web_sys::HtmlVideoElement = element;
                let current = || session.load(Ordering::SeqCst) == mine;
                let ended = scan(&element, &tick, &current, on_code, line).await.err();
                tick.close();
                if current() {
                    session.fetch_add(1, Ordering::SeqCst);
                    let _ = line.try_set(Some(ended.unwrap_or(Line::Hidden)));
                }
                let _ = scanning.try_set(false);
            });
        }
    };
    view! {
        <section class="scanner no-print" aria-labelledby="scanner-heading">
            <h2 id="scanner-heading">{move || state.t().scan_start()}</h2>
            <p class="muted">{move || state.t().scan_hint()}</p>
            <p class="actions">
                {move || if scanning.get() {
                    let stop = stop.clone();
                    view! { <button type="button" on:click=move |_| { stop(); scanning.set(false); line.set(None) }>{state.t().scan_stop()}</button> }.into_any()
                } else {
                    let start = start.clone();
                    view! { <button type="button" class="primary" on:click=start>{state.t().scan_start()}</button> }.into_any()
                }}
            </p>
            <video node_ref=video class="scanner-view" hidden=move || !scanning.get() aria-label=move || state.t().scan_video() playsinline="" muted=""></video>
            <p role="status" class="scan-line">
                {move || line.get().map(|line| match line {
                    Line::Waiting => state.t().scan_waiting().to_owned(),
                    Line::Scanned(Scanned::Added { participants, table }) => state.t().scan_added(participants, table),
                    Line::Scanned(Scanned::Repeated) => state.t().scan_repeat().to_owned(),
                    Line::Scanned(Scanned::Rejected(reason)) => reason,
                    Line::Scanned(Scanned::Waiting) => state.t().institution_loading().to_owned(),
                    Line::Problem(problem) => state.t().camera_problem(problem).to_owned(),
                    Line::Hidden => state.t().scan_stopped_hidden().to_owned(),
                })}
            </p>
        </section>
    }
}

/// One scan, until it is stopped (`Ok`) or the page is hidden or the
/// camera fails (`Err` with what to say). The camera is off when it returns.
async fn scan(
    video: &web_sys::HtmlVideoElement,
    tick: &Tick,
    current: &impl Fn() -> bool,
    on_code: Callback<String, Scanned>,
    line: RwSignal<Option<Line>>,
) -> Result<(), Line> {
    let stream = camera::open(video).await.map_err(Line::Problem)?;
    let mut reader = match Reader::new(false) {
        Ok(reader) => reader,
        Err(problem) => {
            camera::close(&stream, video);
            return Err(Line::Problem(problem));
        }
    };
    // A code stays in view for many frames: it is handed over once, and
    // again only after another code (then it is a repeat).
    let mut last = String::new();
    let outcome = loop {
        if !current() {
            break Ok(());
        }
        if browser::hidden() {
            break Err(Line::Hidden);
        }
        match reader.read(video).await {
            Ok(texts) => {
                for text in texts {
                    if text == last || !current() {
                        continue;
                    }
                    let scanned = on_code.run(text.clone());
                    if matches!(scanned, Scanned::Added { .. }) {
                        tick.play();
                    }
                    let _ = line.try_set(Some(Line::Scanned(scanned)));
                    last = text;
                }
            }
            Err(problem) => break Err(Line::Problem(problem)),
        }
        browser::sleep(FRAME_PAUSE_MS).await;
    };
    reader.close();
    camera::close(&stream, video);
    outcome
}
