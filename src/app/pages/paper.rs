//! The paper questionnaire, for participants without a phone: every
//! question of the chosen role, numbered, with its choices lettered beside
//! tick boxes and no levels shown. The trainer enters the filled-in forms
//! in the room (components/paper.rs), where the numbers and letters match.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::content::Kind;
use crate::core::paper::letter;
use crate::core::role::Role;
use crate::core::step::Step;

use super::super::browser;
use super::super::components::focus::focus_on_change;
use super::super::components::matrix::step_name;
use super::super::components::paper::{form_content, role_choice};
use super::super::AppState;

#[component]
pub fn PaperPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let role = RwSignal::new(Role::Ngo);
    let form = move || {
        let content = match form_content(state, role.get()) {
            Ok(content) => content,
            Err(note) => return note,
        };
        let lang = state.lang.get();
        let t = state.t();
        // Numbered by their place in the content, as the room's tally is,
        // whatever order the steps' files put them in.
        let steps = Step::ALL.into_iter().filter_map(|step| {
            let questions: Vec<_> = content
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.step == step)
                .collect();
            if questions.is_empty() {
                return None;
            }
            let items = questions.into_iter().map(|(n, question)| {
                // A tick box as a character: no style for every volunteer
                // to download.
                let choices = question.choices.iter().enumerate().map(|(i, choice)| {
                    view! { <p><span aria-hidden="true">"☐ "</span>{format!("{}. {}", letter(i), choice.label.get(lang))}</p> }
                });
                view! {
                    <li class="paper-question" value=(n + 1).to_string()>
                        <p><strong>{question.prompt.get(lang).clone()}</strong>
                            {(question.kind == Kind::Multiple).then(|| format!(" {}", t.paper_multiple()))}</p>
                        {choices.collect_view()}
                    </li>
                }
            });
            Some(view! {
                <h2>{step_name(content, step, lang)}</h2>
                <ol class="paper-questions">{items.collect_view()}</ol>
            })
        });
        view! {
            <p class="print-only"><strong>{t.role_name(role.get())}</strong></p>
            <p>{t.time_frame_for(role.get())}</p>
            <p>{t.paper_instructions()}</p>
            {steps.collect_view()}
        }
        .into_any()
    };
    view! {
        <h1 node_ref=heading tabindex="-1">{move || state.t().paper_form_title()}</h1>
        <p class="no-print">{move || state.t().paper_form_intro()}</p>
        {move || role_choice(state, role, state.t().paper_print_role(), || {})}
        <p class="actions no-print">
            <button type="button" class="primary" on:click=|_| browser::print()>{move || state.t().session_print()}</button>
            <A href="/rooms" attr:class="button">{move || state.t().session_back()}</A>
        </p>
        {form}
    }
}
