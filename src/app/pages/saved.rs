//! The assessments kept on this device: open, rename, delete, and delete
//! everything the app stored.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::super::browser;
use super::super::components::focus::focus_on_change;
use super::super::components::import::ImportFile;
use super::super::AppState;
use crate::core::assessment::MAX_NAME_CHARS;

#[component]
pub fn Saved() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    // An institution's total is known once its questions are here.
    let total = move |role| {
        state
            .content_for(role)
            .map_or_else(|| "…".to_owned(), |c| c.questions.len().to_string())
    };
    let navigate = use_navigate();
    let rows = move || {
        state.store.with(|store| {
            store
                .by_recency()
                .into_iter()
                .map(|entry| {
                    (
                        entry.id,
                        entry.assessment.name.clone(),
                        entry.assessment.updated,
                        entry.assessment.answers.len(),
                        entry.assessment.role,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().saved_title}</h1>
        {move || rows().is_empty().then(|| view! { <p>{state.t().saved_empty}</p> })}
            <ul class="saved">
                <For each=rows key=|row| row.clone() let((id, name, updated, answered, role))>
                    {
                        let navigate = navigate.clone();
                        let editing = RwSignal::new(false);
                        let draft = RwSignal::new(name.clone().unwrap_or_default());
                        let title = name.clone().unwrap_or_else(|| state.t().unnamed.to_owned());
                        let to_plan = navigate.clone();
                        // An institution's record opens once its questions are here.
                        let open_at = move |to: &'static str, navigate: std::rc::Rc<dyn Fn(&str)>| {
                            super::super::parts::want_institution_if(state, role, move |ready| {
                                if ready {
                                    state.store.update(|store| store.current = Some(id));
                                    navigate(to);
                                }
                            });
                        };
                        let go: std::rc::Rc<dyn Fn(&str)> = std::rc::Rc::new(move |to| navigate(to, Default::default()));
                        let go_plan: std::rc::Rc<dyn Fn(&str)> = std::rc::Rc::new(move |to| to_plan(to, Default::default()));
                        let open = move |_| open_at("/results", go.clone());
                        let open_plan = move |_| open_at("/plan", go_plan.clone());
                        let save_name = move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            let name: String = draft.get_untracked().trim().chars().take(MAX_NAME_CHARS).collect();
                            state.store.update(|store| {
                                if let Some(entry) = store.entry_mut(id) {
                                    entry.assessment.name = (!name.is_empty()).then_some(name);
                                    entry.assessment.updated = browser::now();
                                }
                            });
                            editing.set(false);
                        };
                        let input_id = format!("name-{id}");
                        view! {
                            <li class="saved-item">
                                <h2 class="saved-name">{title.clone()}</h2>
                                <p class="muted">
                                    {move || format!("{} · {answered} / {} {} · {}: {}", state.t().role_name(role), total(role), state.t().answered, state.t().updated, browser::date(updated, state.lang.get()))}
                                </p>
                                <Show when=move || editing.get()>
                                    <form class="field" on:submit=save_name>
                                        <label for=input_id.clone()>{move || state.t().name_label}</label>
                                        <input id=input_id.clone() maxlength=MAX_NAME_CHARS prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                                        <button type="submit">{move || state.t().save_name}</button>
                                    </form>
                                </Show>
                                <p class="actions">
                                    <button type="button" class="primary" on:click=open.clone() aria-label=format!("{}: {title}", state.t().open)>{move || state.t().open}</button>
                                    <button type="button" on:click=open_plan aria-label=format!("{}: {title}", state.t().plan_open)>{move || state.t().plan_open}</button>
                                    <button type="button" on:click=move |_| editing.set(true) aria-label=format!("{}: {title}", state.t().rename)>{move || state.t().rename}</button>
                                    <button type="button" on:click=move |_| state.store.update(|store| store.remove(id)) aria-label=format!("{}: {title}", state.t().delete)>{move || state.t().delete}</button>
                                </p>
                            </li>
                        }
                    }
                </For>
            </ul>
        <ImportFile />
        <section class="danger no-print" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{move || state.t().delete_all}</h2>
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" on:click=move |_| { deleted.set(false); confirming.set(true) }>{state.t().delete_all}</button>
            }>
                <p>{move || state.t().delete_all_confirm}</p>
                <p class="actions">
                    <button type="button" class="danger" on:click=move |_| { state.delete_everything(); confirming.set(false); deleted.set(true) }>{move || state.t().delete_all_yes}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{move || state.t().cancel}</button>
                </p>
            </Show>
            <p role="status">{move || deleted.get().then(|| state.t().deleted_all)}</p>
        </section>
    }
}
