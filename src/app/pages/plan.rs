//! The action plan of the open assessment: up to seven steps the NGO means
//! to take, each with who does it, by which month and how far it is; edited,
//! reordered and removed by keyboard as by touch. Saved with the assessment.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::plan::{Plan, PlanItem, Status, MAX_ITEMS, MAX_TEXT_CHARS, MAX_WHO_CHARS};
use crate::core::step::Step;

use super::super::browser;
use super::super::components::focus::focus_on_change;
use super::super::components::matrix::step_name;
use super::super::texts::Texts;
use super::super::AppState;

fn status_name(t: &Texts, status: Status) -> &'static str {
    match status {
        Status::Planned => t.plan_planned,
        Status::InProgress => t.plan_in_progress,
        Status::Done => t.plan_done,
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = focus_on_change(|| ());
    let plan = Memo::new(move |_| {
        state
            .store
            .with(|store| store.current().map(|entry| entry.assessment.plan.clone()))
    });
    let problem = RwSignal::new(None::<&'static str>);
    let change = move |f: &dyn Fn(&mut Plan, u64) -> bool| {
        let mut ok = true;
        state.update_plan(|plan, now| ok = f(plan, now));
        problem.set((!ok).then(|| state.t().plan_bad_item));
    };
    let new_step = RwSignal::new(Step::Agenda);
    let new_text = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_text.get_untracked();
        change(&|plan, now| plan.add(new_step.get_untracked(), &text, now).is_ok());
        if problem.get_untracked().is_none() {
            new_text.set(String::new());
        }
    };
    // Rows are keyed by item: editing a field or moving an item redraws no
    // other row, so the keyboard keeps its place.
    let exists = Memo::new(move |_| plan.with(Option::is_some));
    let items = move || plan.with(|p| p.as_ref().map(|p| p.items.clone()).unwrap_or_default());
    let counts = move || plan.with(|p| p.as_ref().map_or((0, 0), Plan::counts));
    move || {
        let t = state.t();
        let lang = state.lang.get();
        if !exists.get() {
            return view! {
                <h1 node_ref=heading tabindex="-1">{t.plan_title}</h1>
                <p>{t.plan_no_assessment}</p>
                <p><A href="/">{t.nav_home}</A></p>
            }
            .into_any();
        }
        let full = move || counts().0 >= MAX_ITEMS;
        view! {
            <h1 node_ref=heading tabindex="-1">{t.plan_title}</h1>
            <p>{t.plan_intro}</p>
            <p class="muted" role="status">{move || { let (total, done) = counts(); state.t().plan_counts(total, done) }}</p>
            {move || (counts().0 == 0).then(|| view! { <p>{state.t().plan_empty}</p> })}
            <ol class="plan">
                <For each=items key=|item| item.id let(item)>
                    <PlanRow item=item plan=plan change=change />
                </For>
            </ol>
            <p class="error" role="alert">{move || problem.get()}</p>
            <Show when=move || !full() fallback=move || view! { <p class="muted">{state.t().plan_full}</p> }>
                <form class="stack no-print" on:submit=add>
                    <h2>{t.plan_add_own}</h2>
                    <p class="field column">
                        <label for="plan-new-step">{t.plan_step}</label>
                        <select id="plan-new-step" on:change=move |ev| {
                            if let Some(step) = Step::from_id(&event_target_value(&ev)) { new_step.set(step) }
                        }>
                            {Step::ALL.into_iter().map(|step| view! {
                                <option value=step.id() selected=move || new_step.get() == step>{step_name(state.content(), step, lang)}</option>
                            }).collect_view()}
                        </select>
                    </p>
                    <p class="field column">
                        <label for="plan-new-text">{t.plan_text}</label>
                        <textarea id="plan-new-text" rows="2" required maxlength=MAX_TEXT_CHARS prop:value=move || new_text.get() on:input=move |ev| new_text.set(event_target_value(&ev))></textarea>
                    </p>
                    <p class="actions"><button type="submit" class="primary">{t.plan_add}</button></p>
                </form>
            </Show>
            <p class="actions no-print">
                <A href="/results" attr:class="button">{t.plan_to_results}</A>
                <button type="button" on:click=|_| browser::print()>{t.print}</button>
            </p>
        }
        .into_any()
    }
}

/// One item: its fields edited in place (saved as they change), moved up or
/// down, or removed.
#[component]
fn PlanRow(
    item: PlanItem,
    plan: Memo<Option<Plan>>,
    change: impl Fn(&dyn Fn(&mut Plan, u64) -> bool) + Copy + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.t();
    let lang = state.lang.get_untracked();
    let id = item.id;
    let status_now = item.status;
    let at = move || {
        plan.with(|p| {
            p.as_ref()
                .map(|p| (p.items.iter().position(|i| i.id == id), p.items.len()))
        })
    };
    let first = move || at().is_some_and(|(i, _)| i == Some(0));
    let last = move || at().is_some_and(|(i, n)| i.is_some_and(|i| i + 1 == n));
    let done = move || {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.items.iter().find(|i| i.id == id))
                .is_some_and(|i| i.status == Status::Done)
        })
    };
    // Each field's change goes onto the item as saved now (another field
    // may have changed since the row was drawn) and is checked whole.
    let edited = move |set: &dyn Fn(&mut PlanItem)| {
        let saved = plan.with_untracked(|p| {
            p.as_ref()
                .and_then(|p| p.items.iter().find(|i| i.id == id).cloned())
        });
        let Some(mut changed) = saved else { return };
        set(&mut changed);
        change(&|plan, now| plan.edit(changed.clone(), now).is_ok());
    };
    let field = |name: &str| format!("plan-{id}-{name}");
    // The list is drawn again after a move: the keyboard stays on the item
    // that moved (its other button where the first is now disabled).
    let moved = move |up: bool| {
        change(&|plan, now| {
            plan.shift(id, up, now);
            true
        });
        browser::after_paint(move || {
            for name in [
                if up { "up" } else { "down" },
                if up { "down" } else { "up" },
            ] {
                let button = document()
                    .get_element_by_id(&format!("plan-{id}-{name}"))
                    .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
                    .filter(|b| !b.has_attribute("disabled"));
                if let Some(button) = button {
                    let _ = button.focus();
                    return;
                }
            }
        });
    };
    let step = step_name(state.content(), item.step, lang);
    let label = format!("{step}: {}", item.text);
    view! {
        <li class="plan-item" class:done=done>
            <p class="plan-step"><strong>{step}</strong></p>
            <p class="field column">
                <label for=field("text")>{t.plan_text}</label>
                <textarea id=field("text") rows="2" maxlength=MAX_TEXT_CHARS prop:value=item.text.clone()
                    on:change=move |ev| { let text = event_target_value(&ev); edited(&|i| i.text = text.clone()) }></textarea>
            </p>
            <p class="field column">
                <label for=field("who")>{t.plan_who}</label>
                <input id=field("who") maxlength=MAX_WHO_CHARS prop:value=item.who.clone()
                    on:change=move |ev| { let who = event_target_value(&ev); edited(&|i| i.who = who.clone()) } />
            </p>
            <p class="field column">
                <label for=field("month")>{t.plan_month}</label>
                <input id=field("month") type="month" prop:value=item.month.clone()
                    on:change=move |ev| { let month = event_target_value(&ev); edited(&|i| i.month = month.clone()) } />
            </p>
            <p class="field column">
                <label for=field("status")>{t.plan_status}</label>
                <select id=field("status") on:change=move |ev| {
                    if let Some(status) = Status::from_id(&event_target_value(&ev)) { edited(&|i| i.status = status) }
                }>
                    {Status::ALL.into_iter().map(|status| view! {
                        <option value=status.id() selected=status_now == status>{status_name(t, status)}</option>
                    }).collect_view()}
                </select>
            </p>
            <p class="actions no-print">
                <button type="button" id=field("up") disabled=first aria-label=format!("{}: {label}", t.plan_up) on:click=move |_| moved(true)>{t.plan_up}</button>
                <button type="button" id=field("down") disabled=last aria-label=format!("{}: {label}", t.plan_down) on:click=move |_| moved(false)>{t.plan_down}</button>
                <button type="button" aria-label=format!("{}: {label}", t.delete) on:click=move |_| change(&|plan, now| { plan.remove(id, now); true })>{t.delete}</button>
            </p>
        </li>
    }
}
