//! Importing an exported assessment file: validated by the core; a bad file
//! gets a clear message and changes nothing.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::core::assessment::{Assessment, ImportError};

use super::super::browser;
use super::super::texts::Texts;
use super::super::AppState;

fn import_error(t: &Texts, error: &ImportError) -> &'static str {
    match error {
        ImportError::TooLarge { .. } => t.import_too_large,
        ImportError::NewerSchema { .. } => t.import_newer,
        ImportError::UnknownQuestion { .. }
        | ImportError::UnknownChoice { .. }
        | ImportError::TooManyChoices { .. } => t.import_other_content,
        ImportError::NotAnAssessment { .. }
        | ImportError::NameTooLong
        | ImportError::OtherRole { .. }
        | ImportError::BadPlan { .. } => t.import_bad_file,
    }
}

#[component]
pub fn ImportFile() -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<ImportError>);
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        let navigate = navigate.clone();
        browser::read_chosen_file(&ev, move |text| {
            // Read with the questions of the role it was made for (an
            // institution's, fetched first).
            let role = Assessment::role_of(&text);
            super::super::parts::want_institution_if(state, role, move |_| {
                let content = state.content_for(role).unwrap_or_else(|| state.whole());
                match Assessment::from_json(content, &text) {
                    Ok(assessment) => {
                        error.set(None);
                        state.store.update(|store| {
                            store.add(assessment);
                        });
                        navigate("/results", Default::default());
                    }
                    Err(problem) => error.set(Some(problem)),
                }
            });
        });
    };
    view! {
        <section class="import no-print" aria-labelledby="import-heading">
            <h2 id="import-heading">{move || state.t().import_title}</h2>
            <p class="field">
                <label for="import-file">{move || state.t().import_file}</label>
                <input id="import-file" type="file" accept="application/json,.json" on:change=on_change />
            </p>
            <p class="error" role="alert">{move || error.get().map(|e| import_error(state.t(), &e))}</p>
        </section>
    }
}
