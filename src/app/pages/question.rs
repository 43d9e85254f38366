//! One question per screen: progress, where we are among the steps, the
//! choices as a native radio group (or checkboxes), help on demand, Back and
//! Next. No auto-advance: arrow keys move between choices freely.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::core::content::Kind;
use crate::core::step::Step;

use super::super::browser;
use super::super::components::focus::focus_on_change;
use super::super::AppState;

#[component]
pub fn QuestionPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let params = use_params_map();
    let total = state.content().questions.len();
    // The guidance is not needed to answer: it comes once the question is
    // on screen, in time for the results.
    browser::after_paint(move || super::super::parts::want_guidance(state));
    // 1-based in the URL; anything odd lands on the first question.
    let index = RwSignal::new(from_path(
        &params.read_untracked().get("n").unwrap_or_default(),
        total,
    ));
    let show = move |i: usize| {
        if index.get_untracked() != i {
            index.set(i);
        }
    };
    // The router brings this page to other questions too (back, forward,
    // links); what it reports is shown unless it is on screen already.
    Effect::new(move |_| {
        show(from_path(
            &params.read().get("n").unwrap_or_default(),
            total,
        ))
    });
    let heading = focus_on_change(move || index.get());
    let navigate = use_navigate();
    let go = move |to: &str| navigate(to, Default::default());
    // The assessment remembers where the user is (saved with the answers).
    Effect::new(move |_| {
        state.current_or_new();
        state.set_cursor(index.get());
    });
    // The address (and so the history) follows once the question is on
    // screen, without the router: its navigation (history, reading the
    // location, matching routes) takes tens of milliseconds on a cheap
    // phone, and the view needs none of it. So the router may lag behind
    // the address; going back is read here from the address itself.
    let recording = StoredValue::new(false);
    Effect::new(move |_| {
        index.track();
        if recording.get_value() {
            return;
        }
        recording.set_value(true);
        browser::after_paint(move || {
            // Gone when the user has left the questions meanwhile.
            if let Some(i) = index.try_get_untracked() {
                recording.set_value(false);
                browser::push_path(&format!("/q/{}", i + 1));
            }
        });
    });
    // A new question starts at the top. Scrolled once its view has changed,
    // so the browser lays the page out once, not also the old question.
    Effect::new(move |shown: Option<usize>| {
        let i = index.get();
        if shown.is_some_and(|shown| shown != i) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        i
    });
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some(n) = browser::path().strip_prefix("/q/") {
            show(from_path(n, total));
        }
    });
    on_cleanup(move || popstate.remove());

    move || {
        let lang = state.lang.get();
        let t = state.t();
        let i = index.get();
        let Some(question) = state.content().questions.get(i) else {
            return ().into_any();
        };
        let chosen = move || {
            state.store.with(|store| {
                store
                    .current()
                    .and_then(|entry| entry.assessment.answers.get(&question.id).cloned())
                    .unwrap_or_default()
            })
        };
        let input_type = match question.kind {
            Kind::Single => "radio",
            Kind::Multiple => "checkbox",
        };
        let role = state.content().role;
        let hint = t.choose_hint(question.kind == Kind::Single, role);
        let (back_to_start, to_review) = (go.clone(), go.clone());
        view! {
            <p class="progress">
                <span>{format!("{} {} / {total}", t.question_of, i + 1)}</span>
                <progress max=total value=i + 1 aria-hidden="true"></progress>
            </p>
            <ol class="steps" aria-label=t.steps_label>
                {Step::ALL.into_iter().map(|step| {
                    let name = state.content().step_text(step).map(|s| s.name.get(lang).clone()).unwrap_or_default();
                    let position = state.content().questions.iter().position(|q| q.step == step).unwrap_or(0);
                    let current = step == question.step;
                    let done = !current && position < i;
                    view! {
                        <li class:current=current class:done=done aria-current=current.then_some("step")>
                            {name}
                            {current.then(|| view! { <span class="visually-hidden">{format!(" ({})", t.current_step)}</span> })}
                            {done.then(|| view! { <span class="visually-hidden">{format!(" ({})", t.done_step)}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <h1 id="question-prompt" node_ref=heading tabindex="-1">{question.prompt.get(lang).clone()}</h1>
            {(i == 0).then(|| view! { <p class="time-frame">{t.time_frame_for(role)}</p> })}
            {question.help.as_ref().map(|help| view! {
                <details class="help">
                    <summary>{t.show_help}</summary>
                    <p>{help.get(lang).clone()}</p>
                </details>
            })}
            <fieldset class="choices" aria-labelledby="question-prompt" aria-describedby="question-hint">
                <p id="question-hint" class="hint">{hint}</p>
                {question.choices.iter().map(|choice| {
                    let id = choice.id.clone();
                    let checked_id = id.clone();
                    view! {
                        <label class="choice" class:dont-know=choice.value.rank().is_none()>
                            <input
                                type=input_type
                                name=question.id.clone()
                                value=id.clone()
                                prop:checked=move || chosen().contains(&checked_id)
                                on:change=move |ev| state.choose(i, question, &id, event_target_checked(&ev))
                            />
                            <span>{choice.label.get(lang).clone()}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="nav-buttons">
                <button type="button" class="secondary" on:click=move |_| if i == 0 { back_to_start("/") } else { index.set(i - 1) }>
                    {t.back}
                </button>
                <button type="button" class="primary" on:click=move |_| if i + 1 == total { to_review("/review") } else { index.set(i + 1) }>
                    {if i + 1 == total { t.to_review } else { t.next }}
                </button>
            </p>
        }
        .into_any()
    }
}

/// The question index of the URL's 1-based number; anything odd is the first.
fn from_path(n: &str, total: usize) -> usize {
    n.parse::<usize>().map_or(0, |n| n.clamp(1, total) - 1)
}
