//! A room's picture for one area: how many participants are at each level,
//! as a table (the text alternative) with a bar in every cell.

use leptos::prelude::*;

use crate::core::level::Level;
use crate::core::room::Spread;

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

#[component]
pub fn SpreadTable(spreads: Vec<Spread>, caption: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let names = slot_names(&state);
    let lang = state.lang.get_untracked();
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
                    {spreads.into_iter().map(|spread| view! {
                        <tr>
                            <th scope="row">{step_name(state.content, spread.step, lang)}</th>
                            {(0..6).map(|slot| {
                                let count = spread.counts.get(slot).copied().unwrap_or(0);
                                let percent = spread.percent(slot);
                                view! {
                                    <td class=format!("slot-{slot}")>
                                        <span class="count">{count}</span>
                                        <span class="percent">{format!(" ({percent:.0}%)")}</span>
                                        <span class="meter" style:width=format!("{percent:.0}%") aria-hidden="true"></span>
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
