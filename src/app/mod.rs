//! The Leptos layer over the core. For now the start screen only: what the
//! tool is, Start, and the language switch.

mod texts;

use leptos::prelude::*;

use crate::core::lang::Lang;
use texts::{texts, Texts};

/// The language everything is shown in, shared through context.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

pub fn mount() {
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::Tr);
    provide_context(UiLang(lang));
    // <html lang> follows the choice so screen readers and CSS casing are right.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    let t = move || texts(lang.get());
    view! {
        <header class="bar">
            <span class="brand">{move || t().app_name}</span>
            <LanguageSwitch />
        </header>
        <main id="main">
            <Start t=Signal::derive(t) />
        </main>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let UiLang(lang) = expect_context::<UiLang>();
    let other = move || match lang.get() {
        Lang::Tr => Lang::En,
        Lang::En => Lang::Tr,
    };
    view! {
        <button
            class="lang"
            type="button"
            lang=move || other().code()
            on:click=move |_| lang.set(other())
        >
            {move || texts(other()).language_name}
        </button>
    }
}

#[component]
fn Start(t: Signal<&'static Texts>) -> impl IntoView {
    let started = RwSignal::new(false);
    view! {
        <h1>{move || t.get().app_name}</h1>
        <p class="lead">{move || t.get().tagline}</p>
        <ul class="facts">
            <li>{move || t.get().not_a_ranking}</li>
            <li>{move || t.get().duration}</li>
            <li>{move || t.get().stays_on_device}</li>
        </ul>
        <button class="primary" type="button" on:click=move |_| started.set(true)>
            {move || t.get().start}
        </button>
        <p role="status">{move || started.get().then(|| t.get().coming_soon)}</p>
    }
}
