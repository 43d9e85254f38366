//! The Leptos layer over the core: routes, layout and shared state. Pages
//! live in `pages/`, reusable pieces in `components/`.

mod browser;
mod camera;
mod components;
mod invited;
mod pages;
mod parts;
mod rescue;
mod routes;
mod state;
mod storage;
mod texts;
mod texts_counts;
mod texts_invite;
mod texts_paper;
mod texts_scan;
mod texts_session;
mod texts_sides;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use wasm_bindgen::JsCast;

use crate::core::content::Content;
use crate::core::content_parts::Kind;
use crate::core::embedded;
use crate::core::lang::Lang;
use crate::core::role::Role;
use components::notice::NoticeBanner;
use leptos_router::Lazy;
use pages::{question::QuestionPage, review::Review, start::Start};
use routes::{
    AboutRoute, InviteRoute, PlanRoute, PresentRoute, ResourcesRoute, ResultsRoute, RoomRoute,
    RoomsRoute, SavedRoute, SharedRoute, TableRoute,
};
pub use state::AppState;
use texts::texts;

pub fn mount() {
    rescue::install();
    // Effects created before the first mount need the executor.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // The static loading screen of index.html (the start text) is painted
    // first, even when the wasm comes from a warm cache. Starting is then
    // done in pieces, a task each, so a slow phone never freezes for long:
    // the content, a slice at a time; the saved data; the app's frame, built
    // out of sight; its first screen; and then the app takes the loading
    // screen's place.
    browser::after_paint(|| parse_content(embedded::frame(), 0));
}

/// Parses the content's questions from slice `piece` on, one per task, then
/// goes on with the start.
fn parse_content(mut parsed: Result<Content, String>, piece: usize) {
    browser::when_idle(move || {
        if piece == embedded::QUESTION_PIECES {
            let owner = Owner::new();
            let state = embedded::keep(parsed)
                .ok()
                .map(|content| owner.with(|| AppState::new(content)));
            return browser::when_idle(move || start(owner, state));
        }
        if let Ok(content) = &mut parsed {
            if let Err(error) = embedded::add_questions(content, piece) {
                parsed = Err(error);
            }
        }
        parse_content(parsed, piece + 1);
    });
}

/// The saved language's texts first, if the app does not embed them: the
/// loading screen (already in that language) stays until they are here.
/// If they cannot come, the app starts in Turkish and says so.
fn start(owner: Owner, state: Option<AppState>) {
    let wanted = storage::load_lang().unwrap_or_default();
    match state {
        Some(state) if state.lang.get_untracked() != wanted => owner.clone().with(|| {
            parts::fetch(state, Kind::Texts, wanted, move |arrived| {
                if arrived {
                    state.lang.set(wanted);
                }
                with_bank(owner, state);
            });
        }),
        Some(state) => with_bank(owner, state),
        None => build(owner, state),
    }
}

/// An open institution's assessment waits on the loading screen for its
/// questions. If they cannot come, the app starts on its NGO content and
/// the start screen says so with a retry (the record is kept untouched).
fn with_bank(owner: Owner, state: AppState) {
    if state.role() == Role::Ngo {
        return build(owner, Some(state));
    }
    owner.clone().with(|| {
        parts::want_institution(state, move |arrived| {
            if !arrived {
                state.store.update(|store| store.current = None);
            }
            build(owner, Some(state));
        });
    });
}

fn build(owner: Owner, state: Option<AppState>) {
    let Some(app) = document()
        .create_element("div")
        .ok()
        .and_then(|app| app.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    app.set_hidden(true);
    let _ = document().body().map(|body| body.append_child(&app));
    let screen = RwSignal::new(false);
    owner.with(|| {
        // The app lives as long as the page.
        std::mem::forget(leptos::mount::mount_to(app.clone(), move || {
            view! { <App state screen=screen.read_only() /> }
        }));
    });
    // Its signals and effects too.
    std::mem::forget(owner);
    browser::when_idle(move || {
        screen.set(true);
        browser::when_idle(move || {
            if let Some(shell) = document().get_element_by_id("shell") {
                shell.remove();
            }
            app.set_hidden(false);
            if let Some(state) = state {
                // The loading screen's language button may have been
                // pressed since the state was read.
                if let Some(lang) = storage::load_lang() {
                    if lang != state.lang.get_untracked() {
                        parts::switch_lang(state, lang);
                    }
                }
            }
        });
    });
}

/// The app over its state; without one the embedded content is broken.
/// `screen` says when to build the screen of the address (its own task).
#[component]
pub fn App(state: Option<AppState>, screen: ReadSignal<bool>) -> impl IntoView {
    let Some(state) = state else {
        // Validated at build time; if it still fails, say so instead of dying.
        return view! { <main id="main"><h1>{texts(Lang::Tr).content_broken}</h1><p lang="en">{texts(Lang::En).content_broken}</p></main> }.into_any();
    };
    provide_context(state);
    // <html lang> follows the choice so screen readers and CSS casing are right.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.lang.get().code());
        }
    });
    view! {
        <Router>
            <a class="skip" href="#main">{move || state.t().skip_to_content}</a>
            <header class="bar">
                <A href="/" attr:class="brand">{move || state.t().app_name}</A>
                <nav aria-label=move || state.t().nav_label>
                    <A href="/saved">{move || state.t().nav_saved}</A>
                    <A href="/rooms">{move || state.t().nav_rooms}</A>
                    <A href="/resources">{move || state.t().nav_resources}</A>
                    <A href="/about">{move || state.t().nav_about}</A>
                </nav>
                <LanguageSwitch />
            </header>
            <NoticeBanner />
            <main id="main" tabindex="-1">
                {move || screen.get().then(|| view! {
                    <Routes fallback=move || view! { <h1>{state.t().not_found}</h1> }>
                        <Route path=path!("/") view=Start />
                        <Route path=path!("/q/:n") view=QuestionPage />
                        <Route path=path!("/review") view=Review />
                        <Route path=path!("/results") view={Lazy::<ResultsRoute>::new()} />
                        <Route path=path!("/plan") view={Lazy::<PlanRoute>::new()} />
                        <Route path=path!("/shared") view={Lazy::<SharedRoute>::new()} />
                        <Route path=path!("/saved") view={Lazy::<SavedRoute>::new()} />
                        <Route path=path!("/rooms") view={Lazy::<RoomsRoute>::new()} />
                        <Route path=path!("/rooms/:id") view={Lazy::<RoomRoute>::new()} />
                        <Route path=path!("/rooms/:id/present") view={Lazy::<PresentRoute>::new()} />
                        <Route path=path!("/table") view={Lazy::<TableRoute>::new()} />
                        <Route path=path!("/davet") view={Lazy::<InviteRoute>::new()} />
                        <Route path=path!("/resources") view={Lazy::<ResourcesRoute>::new()} />
                        <Route path=path!("/about") view={Lazy::<AboutRoute>::new()} />
                    </Routes>
                })}
            </main>
        </Router>
    }
    .into_any()
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let other = move || match state.lang.get() {
        Lang::Tr => Lang::En,
        Lang::En => Lang::Tr,
    };
    let busy = move || state.parts.with(|parts| parts.switching.is_some());
    view! {
        <button class="lang" type="button" lang=move || other().code() aria-busy=move || busy().then_some("true") disabled=busy on:click=move |_| parts::switch_lang(state, other())>
            {move || texts(other()).language_name}
        </button>
    }
}
