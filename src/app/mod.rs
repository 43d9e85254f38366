//! The Leptos layer over the core: routes, layout and shared state. Pages
//! live in `pages/`, reusable pieces in `components/`.

mod browser;
mod components;
mod pages;
mod rescue;
mod state;
mod storage;
mod texts;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use crate::core::embedded;
use crate::core::lang::Lang;
use components::notice::NoticeBanner;
use pages::{
    about::About, present::Present, question::QuestionPage, resources::Resources,
    results::ResultsPage, review::Review, room::RoomPage, rooms::Rooms, saved::Saved,
    shared::Shared, start::Start,
};
pub use state::AppState;
use texts::texts;

pub fn mount() {
    rescue::install();
    // The static loading screen of index.html (the start text) is painted
    // first, even when the wasm comes from a warm cache; then the app takes
    // its place, a frame later.
    browser::after_paint(|| {
        if let Some(shell) = document().get_element_by_id("shell") {
            shell.remove();
        }
        leptos::mount::mount_to_body(App);
    });
}

#[component]
pub fn App() -> impl IntoView {
    let content = match embedded::content() {
        Ok(content) => content,
        // Validated at build time; if it still fails, say so instead of dying.
        Err(_) => return view! { <main id="main"><h1>{texts(Lang::Tr).content_broken}</h1><p lang="en">{texts(Lang::En).content_broken}</p></main> }.into_any(),
    };
    let state = AppState::new(content);
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
                <Routes fallback=move || view! { <h1>{state.t().not_found}</h1> }>
                    <Route path=path!("/") view=Start />
                    <Route path=path!("/q/:n") view=QuestionPage />
                    <Route path=path!("/review") view=Review />
                    <Route path=path!("/results") view=ResultsPage />
                    <Route path=path!("/shared") view=Shared />
                    <Route path=path!("/saved") view=Saved />
                    <Route path=path!("/rooms") view=Rooms />
                    <Route path=path!("/rooms/:id") view=RoomPage />
                    <Route path=path!("/rooms/:id/present") view=Present />
                    <Route path=path!("/resources") view=Resources />
                    <Route path=path!("/about") view=About />
                </Routes>
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
    view! {
        <button class="lang" type="button" lang=move || other().code() on:click=move |_| state.lang.set(other())>
            {move || texts(other()).language_name}
        </button>
    }
}
