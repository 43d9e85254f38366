//! A table's collector: any participant's device gathers the codes of the
//! people at its table (scanned or pasted) and shows them as one table
//! code and QR, which the trainer scans once into the room. The codes stay
//! on this device for the session (sessionStorage) and nowhere else.

use leptos::prelude::*;

use crate::core::paste::Pasted;
use crate::core::qr;
use crate::core::share_code::DecodeError;
use crate::core::table_code::{self, MAX_CODES};

use super::super::browser;
use super::super::components::collect::{parse_here, scanned_line, wants_bank};
use super::super::components::focus::focus_on_change;
use super::super::components::scanner::{Scanned, Scanner};
use super::super::AppState;
use super::shared::code_error;

/// Where a reload finds the table again; closing the tab empties it.
const KEPT: &str = "katilim.table";

fn kept() -> Vec<String> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(KEPT).ok().flatten())
        .map(|text| text.lines().map(str::to_owned).collect())
        .unwrap_or_default()
}

fn keep(codes: &[String]) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.set_item(KEPT, &codes.join("\n"));
    }
}

/// What adding `pasted` to the table did.
enum Outcome {
    Added(usize),
    Repeated,
    Full,
    Rejected(&'static str),
}

#[component]
pub fn TablePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    // A stored list is checked again: only codes this app reads are kept.
    let codes = RwSignal::new({
        let stored = kept().join("\n");
        parse_here(&state, &stored)
            .found
            .into_iter()
            .map(|found| found.canonical)
            .fold(Vec::new(), |mut codes: Vec<String>, code| {
                if !codes.contains(&code) {
                    codes.push(code);
                }
                codes
            })
    });
    Effect::new(move |_| codes.with(|codes| keep(codes)));
    let text = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);

    let add = move |pasted: &Pasted| -> Outcome {
        let mut outcome = Outcome::Repeated;
        codes.update(|codes| {
            for found in &pasted.found {
                if codes.contains(&found.canonical) {
                    continue;
                }
                if codes.len() >= MAX_CODES {
                    outcome = Outcome::Full;
                    return;
                }
                codes.push(found.canonical.clone());
                outcome = Outcome::Added(codes.len());
            }
        });
        if pasted.found.is_empty() {
            let reason = pasted
                .rejected
                .first()
                .map_or(DecodeError::NotACode, |r| r.reason.clone());
            return Outcome::Rejected(code_error(state.t(), &reason));
        }
        outcome
    };
    // A public institution's code is checked with its questions, fetched
    // first; if they cannot come, it is refused like any unread code.
    // `pasted` is `source` already read: a line is parsed once.
    let read = move |source: String, pasted: Pasted, then: Box<dyn Fn(Outcome)>| {
        if wants_bank(&state, &pasted) {
            super::super::parts::want_institution(state, move |_| {
                then(add(&parse_here(&state, &source)))
            });
        } else {
            then(add(&pasted));
        }
    };
    let say = move |outcome: Outcome| {
        said.set(Some(match outcome {
            Outcome::Added(n) => state.t().table_count(n),
            Outcome::Repeated => state.t().scan_repeat().to_owned(),
            Outcome::Full => state.t().table_full(),
            Outcome::Rejected(reason) => reason.to_owned(),
        }))
    };
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let source = text.get_untracked();
        text.set(String::new());
        let pasted = parse_here(&state, &source);
        read(source, pasted, Box::new(say));
    };
    // A hand-held scanner: its code and Enter are added at once.
    let enter = move |ev: leptos::ev::KeyboardEvent| {
        if let Some((pasted, line)) = scanned_line(&state, &ev, text) {
            read(line, pasted, Box::new(say));
        }
    };
    let scanned = Callback::new(move |source: String| {
        let pasted = parse_here(&state, &source);
        if wants_bank(&state, &pasted) {
            read(source, pasted, Box::new(|_| {}));
            return Scanned::Waiting;
        }
        match add(&pasted) {
            Outcome::Added(participants) => Scanned::Added {
                participants,
                table: true,
            },
            Outcome::Repeated => Scanned::Repeated,
            Outcome::Full => Scanned::Rejected(state.t().table_full()),
            Outcome::Rejected(reason) => Scanned::Rejected(reason.to_owned()),
        }
    });
    let table = Memo::new(move |_| codes.with(|codes| table_code::encode(codes)));
    let copied = RwSignal::new(false);
    let copy = move |_| {
        if let Some(code) = table.get_untracked() {
            leptos::task::spawn_local(async move { copied.set(browser::copy(&code).await) });
        }
    };
    let clear = move |_| {
        codes.set(Vec::new());
        said.set(Some(state.t().table_cleared().to_owned()));
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().table_title()}</h1>
        <p>{move || state.t().table_intro()}</p>
        <p class="lead" aria-live="polite">{move || state.t().table_count(codes.with(Vec::len))}</p>
        <Scanner on_code=scanned />
        <form class="stack no-print" on:submit=paste>
            <p class="field column">
                <label for="table-paste">{move || state.t().table_paste_label()}</label>
                <textarea id="table-paste" rows="4" aria-describedby="table-paste-hint" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) on:keydown=enter></textarea>
                <span id="table-paste-hint" class="muted">{move || state.t().hand_scanner_hint()}</span>
            </p>
            <p class="actions"><button type="submit" class="primary">{move || state.t().table_add()}</button></p>
        </form>
        <p role="status">{move || said.get()}</p>
        {move || table.get().filter(|_| codes.with(|c| !c.is_empty())).map(|code| view! {
            <section class="for-trainer" aria-labelledby="table-code-heading">
                <h2 id="table-code-heading">{state.t().table_code_title()}</h2>
                <div class="qr" role="img" aria-label=state.t().table_qr_label()
                    inner_html=qr::inline_svg(&code)>
                </div>
                <p class="field column">
                    <label for="table-code">{state.t().table_code_label()}</label>
                    <textarea id="table-code" class="code" readonly rows="4" prop:value=code.clone()></textarea>
                </p>
                <p class="actions">
                    <button type="button" on:click=copy>{state.t().copy}</button>
                    <button type="button" class="danger" on:click=clear>{state.t().table_clear()}</button>
                </p>
                <p role="status">{move || copied.get().then(|| state.t().copied)}</p>
            </section>
        })}
    }
}
