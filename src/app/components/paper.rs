//! Paper forms in the room: the trainer enters each filled-in form (the
//! questions numbered and the choices lettered as on the printed form),
//! and it is added as a participant marked as from paper. The form is
//! drawn only while its section is open.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::answering;
use crate::core::content::{Content, Kind};
use crate::core::content_parts::Kind as Part;
use crate::core::lang::Lang;
use crate::core::paper::{form_code, letter};
use crate::core::role::Role;
use crate::core::scoring::Answers;

use super::super::parts::want_institution;
use super::super::{browser, AppState};

/// `role`'s questions, or (the public institution's not here yet) what to
/// show instead: that they are coming, or a retry.
pub fn form_content(state: AppState, role: Role) -> Result<&'static Content, AnyView> {
    state.parts.track();
    if let Some(content) = state.content_for(role) {
        return Ok(content);
    }
    let t = state.t();
    if state
        .parts
        .with(|p| p.has_failed(Part::Institution, Lang::Tr))
    {
        Err(view! {
            <p class="error" role="alert">{t.institution_failed()} " "
                <button type="button" on:click=move |_| want_institution(state, |_| {})>{t.retry}</button>
            </p>
        }
        .into_any())
    } else {
        Err(view! { <p class="muted" role="status">{t.institution_loading()}</p> }.into_any())
    }
}

/// The two roles as a radio group; the institution's questions are asked
/// for when it is chosen, and `changed` runs.
pub fn role_choice(
    state: AppState,
    role: RwSignal<Role>,
    legend: &'static str,
    changed: impl Fn() + Copy + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="choices no-print">
            <legend>{legend}</legend>
            {Role::ALL.map(|each| view! {
                <label class="choice">
                    <input type="radio" name="paper-role" prop:checked=move || role.get() == each
                        on:change=move |_| {
                            role.set(each);
                            changed();
                            if each == Role::Institution {
                                want_institution(state, |_| {});
                            }
                        } />
                    <span>{move || state.t().role_name(each)}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn PaperTally(id: Memo<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let role = RwSignal::new(Role::Ngo);
    let ticks = RwSignal::new(Answers::new());
    let said = RwSignal::new(None::<String>);
    let entered = StoredValue::new(0u64);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(content) = form_content(state, role.get_untracked()) else {
            return;
        };
        let t = state.t();
        // The moment and the count: each form its own participant tag.
        let seed = browser::now()
            .wrapping_mul(64)
            .wrapping_add(entered.get_value());
        let Some(code) = ticks.with_untracked(|ticks| form_code(content, ticks, seed)) else {
            said.set(Some(t.paper_blank().to_owned()));
            return;
        };
        entered.update_value(|n| *n += 1);
        let (mut added, mut forms) = (false, 0);
        state.rooms.update(|rooms| {
            if let Some(room) = rooms.room_mut(id.get_untracked()) {
                added = room.add_paper(code);
                forms = room.from_paper();
            }
        });
        ticks.set(Answers::new());
        said.set(Some(if added {
            t.paper_added(forms)
        } else {
            t.scan_repeat().to_owned()
        }));
    };
    // A new role is a new form: the other role's ticks go.
    let clear = move || {
        ticks.set(Answers::new());
        said.set(None);
    };
    let questions = move || {
        let content = match form_content(state, role.get()) {
            Ok(content) => content,
            Err(note) => return note,
        };
        let lang = state.lang.get();
        let t = state.t();
        content
            .questions
            .iter()
            .enumerate()
            .map(|(n, question)| {
                let multiple = question.kind == Kind::Multiple;
                let legend = format!("{}. {}", n + 1, question.prompt.get(lang));
                let choices = question.choices.iter().enumerate().map(move |(i, choice)| {
                    let id = choice.id.as_str();
                    let checked = move || {
                        ticks.with(|ticks| ticks.get(&question.id).is_some_and(|c| c.iter().any(|c| c == id)))
                    };
                    let change = move |ev| ticks.update(|ticks| answering::set(ticks, question, id, event_target_checked(&ev)));
                    // The letter as on paper, the whole choice for a
                    // screen reader and on hover: a form is entered fast.
                    let label = format!("{}. {}", letter(i), choice.label.get(lang));
                    let title = label.clone();
                    view! {
                        <label class="choice" title=title>
                            <input type=if multiple { "checkbox" } else { "radio" } name=format!("paper-{}", question.id)
                                prop:checked=checked on:change=change />
                            <span aria-hidden="true">{letter(i).to_string()}</span>
                            <span class="visually-hidden">{label}</span>
                        </label>
                    }
                });
                view! {
                    <fieldset class="choices">
                        <legend>{legend}{multiple.then(|| format!(" {}", t.paper_multiple()))}</legend>
                        <div class="actions">{choices.collect_view()}</div>
                    </fieldset>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="paper-heading" class="no-print">
            <h2 id="paper-heading">{move || state.t().paper_title()}</h2>
            <p>{move || state.t().paper_intro()}</p>
            <p><A href="/rooms/paper">{move || state.t().paper_print_link()}</A></p>
            <details prop:open=move || open.get() on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{move || state.t().paper_enter()}</summary>
                {move || open.get().then(|| view! {
                    {role_choice(state, role, state.t().paper_role(), clear)}
                    <form class="stack" on:submit=add>
                        {questions}
                        <p class="actions">
                            <button type="submit" class="primary">{move || state.t().paper_add()}</button>
                            // A mis-ticked radio cannot be unticked: start the form again.
                            <button type="button" on:click=move |_| clear()>{move || state.t().paper_clear()}</button>
                        </p>
                    </form>
                })}
            </details>
            <p role="status">{move || said.get()}</p>
        </section>
    }
}
