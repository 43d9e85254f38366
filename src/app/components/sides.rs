//! The two sides of a joint room: the perception gap per step, each side's
//! picture, and the note that stands where a group is too small to show.

use leptos::prelude::*;

use crate::core::level::Level;
use crate::core::role::Role;
use crate::core::room::Spread;
use crate::core::sides::{gap, Sides};
use crate::core::step::Step;

use super::super::AppState;
use super::matrix::{level_name, step_name};
use super::picture::SpreadTable;

/// Where a group's distribution would be: its count and why it is not shown.
#[component]
pub fn FloorNote(
    #[prop(into)] count: Signal<usize>,
    #[prop(into)] floor: Signal<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! { <p class="note floor-note" role="note">{move || state.t().floor_hidden(count.get(), floor.get())}</p> }
}

pub fn median_name(state: AppState, median: Option<u8>) -> String {
    let lang = state.lang.get_untracked();
    median.and_then(Level::from_value).map_or_else(
        || state.t().gap_cell(None),
        |level| level_name(state.whole(), level, lang),
    )
}

/// Per step, the two sides' typical levels and the gap between them; a
/// gap is said in words ("Fark var: ..."), never by colour alone.
#[component]
pub fn GapTable(
    #[prop(into)] sides: Signal<Option<Sides>>,
    #[prop(into)] floor: Signal<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        sides.with(|sides| {
            sides
                .as_ref()
                .map(|sides| gap(sides, floor.get()))
                .unwrap_or_default()
        })
    };
    view! {
        <div class="matrix-wrap" tabindex="0" role="region" aria-label=move || state.t().gap_caption()>
            <table class="gap">
                <caption>{move || state.t().gap_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || state.t().step_column}</th>
                        <th scope="col">{move || state.t().side_name(Role::Ngo)}</th>
                        <th scope="col">{move || state.t().side_name(Role::Institution)}</th>
                        <th scope="col">{move || state.t().gap_column()}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|row| {
                        let lang = state.lang.get_untracked();
                        view! {
                            <tr class:gap-marked=row.marked()>
                                <th scope="row">{step_name(state.whole(), row.step, lang)}</th>
                                <td>{median_name(state, row.ngo)}</td>
                                <td>{median_name(state, row.institution)}</td>
                                <td>{state.t().gap_cell(row.difference())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The discussion line of a step where the sides differ, and the step's
/// prompt for a mixed room; `None` where there is no gap to discuss.
pub fn gap_prompt(
    state: AppState,
    sides: &Sides,
    floor: usize,
    step: Step,
) -> Option<(String, String)> {
    let row = gap(sides, floor).into_iter().find(|row| row.step == step)?;
    let lang = state.lang.get_untracked();
    let prompt = state
        .whole()
        .gap_text(step)
        .map(|text| text.prompt.get(lang).clone())
        .unwrap_or_default();
    if !row.marked() {
        return Some((String::new(), prompt));
    }
    let step_short = state
        .whole()
        .step_text(step)
        .map(|text| text.short.get(lang).clone())
        .unwrap_or_default();
    let line = state.t().gap_question(
        &step_short,
        &median_name(state, row.institution),
        &median_name(state, row.ngo),
    );
    Some((line, prompt))
}

/// One side's picture of the six steps, or the floor note when the side is
/// too small.
#[component]
pub fn SidePicture(
    role: Role,
    #[prop(into)] sides: Signal<Option<Sides>>,
    #[prop(into)] floor: Signal<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = Memo::new(move |_| {
        sides.with(|sides| sides.as_ref().map_or(0, |s| s.side(role).participants))
    });
    let shown = Memo::new(move |_| count.get() == 0 || count.get() >= floor.get());
    let spreads = Memo::new(move |_| {
        sides.with(|sides| {
            sides
                .as_ref()
                .map(|s| {
                    s.side(role)
                        .spreads
                        .iter()
                        .filter(|spread| spread.step.in_matrix())
                        .cloned()
                        .collect::<Vec<Spread>>()
                })
                .unwrap_or_default()
        })
    });
    let caption = move || {
        format!(
            "{} · {} {}",
            state.t().side_name(role),
            count.get(),
            state.t().participants
        )
    };
    move || {
        if shown.get() {
            view! { <SpreadTable spreads caption=Signal::derive(caption) /> }.into_any()
        } else {
            view! {
                <h3>{caption}</h3>
                <FloorNote count=count floor=floor />
            }
            .into_any()
        }
    }
}
