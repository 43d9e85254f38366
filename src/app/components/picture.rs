//! A room's picture for one area: how many participants are at each level,
//! as a table (the text alternative) with a bar in every cell.

use leptos::prelude::*;

use crate::core::level::Level;
use crate::core::room::Spread;
use crate::core::step::Step;

use super::super::AppState;
use super::matrix::{level_name, step_name};

/// The column labels: "not assessed", then levels 0-4.
pub fn slot_names(state: &AppState) -> Vec<String> {
    let lang = state.lang.get();
    std::iter::once(state.t().not_assessed.to_owned())
        .chain(
            Level::ALL
                .into_iter()
                .map(|level| level_name(state.content, level, lang)),
        )
        .collect()
}

/// Rows are built once; only the numbers change when participants come
/// in, so a paste of a thousand codes updates text, not the table.
#[component]
pub fn SpreadTable(
    #[prop(into)] spreads: Signal<Vec<Spread>>,
    #[prop(into)] caption: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let names = slot_names(&state);
    let lang = state.lang.get_untracked();
    let steps: Vec<Step> =
        spreads.with_untracked(|spreads| spreads.iter().map(|s| s.step).collect());
    view! {
        <div class="matrix-wrap">
            <table class="spread">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{state.t().step_column}</th>
                        {names.iter().map(|name| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {steps.into_iter().enumerate().map(|(row, step)| {
                        let count = move |slot: usize| spreads.with(|all| all.get(row).and_then(|s| s.counts.get(slot).copied()).unwrap_or(0));
                        let percent = move |slot: usize| spreads.with(|all| all.get(row).map_or(0, |s| s.whole_percent(slot)));
                        view! {
                            <tr>
                                <th scope="row">{step_name(state.content, step, lang)}</th>
                                {(0..6).map(|slot| view! {
                                    <td class=format!("slot-{slot}")>
                                        <span class="count">{move || count(slot)}</span>
                                        <span class="percent">{move || format!(" ({}%)", percent(slot))}</span>
                                        <span class="meter" style:width=move || format!("{}%", percent(slot)) aria-hidden="true"></span>
                                    </td>
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
