//! The method in plain words, the sources, and privacy.

use leptos::prelude::*;

use super::super::components::focus::focus_on_change;
use super::super::components::step_detail::ResourceLinks;
use super::super::AppState;

#[component]
pub fn About() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    deliberate_panic_for_tests();
    // The CoE texts, each beside its Turkish translation by TÜSEV.
    let sources = vec![
        "coe-code-2019".to_owned(),
        "tusev-code-tr".to_owned(),
        "coe-guidelines-2017".to_owned(),
        "tusev-cm2017-tr".to_owned(),
        "tusev-katilim-2020".to_owned(),
    ];
    move || {
        let t = state.t();
        let lang = state.lang.get();
        view! {
            <h1 node_ref=heading tabindex="-1">{t.about_title}</h1>
            <p>{t.about_what}</p>
            <h2>{t.about_method_title}</h2>
            <ol>{t.about_method.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ol>
            <dl class="levels">
                {state.content().levels.iter().map(|level| view! {
                    <dt>{format!("{} · {}", level.level.value(), level.name.get(lang))}</dt>
                    <dd>{level.meaning.get(lang).clone()}</dd>
                }).collect_view()}
            </dl>
            <p>{t.readiness_note}</p>
            <dl class="levels">
                {state.content().readiness.iter().map(|value| view! {
                    <dt>{value.name.get(lang).clone()}</dt>
                    <dd>{value.meaning.get(lang).clone()}</dd>
                }).collect_view()}
            </dl>
            <h2>{t.about_sources_title}</h2>
            <ResourceLinks ids=sources.clone() />
            <h2>{t.about_privacy_title}</h2>
            <p>{t.about_privacy}</p>
        }
    }
}

/// The browser test of the panic hook sets `window.katilimPanicTest` before
/// the app starts; nothing else does. The one allowed `panic!` outside tests.
#[allow(clippy::panic)]
fn deliberate_panic_for_tests() {
    let wanted = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"katilimPanicTest".into()).ok())
        .is_some_and(|flag| flag.is_truthy());
    if wanted {
        panic!("the panic hook test asked for a panic");
    }
}
