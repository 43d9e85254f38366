//! A room's picture for a set of areas: how many participants are at each
//! value of the areas' scale, as a table (the text alternative) with a bar
//! in every cell, and the share of "don't know" answers. Matrix steps and
//! readiness have different scales, so they get separate tables.

use leptos::prelude::*;

use crate::core::room::{slot_name, Spread};
use crate::core::step::Step;

use super::super::AppState;
use super::matrix::step_name;

/// Rows are built once; only the numbers change when participants come
/// in, so a paste of a thousand codes updates text, not the table.
#[component]
pub fn SpreadTable(
    #[prop(into)] spreads: Signal<Vec<Spread>>,
    #[prop(into)] caption: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let steps: Vec<Step> =
        spreads.with_untracked(|spreads| spreads.iter().map(|s| s.step).collect());
    let first = spreads.with_untracked(|spreads| spreads.first().cloned());
    let slots: Vec<usize> = first
        .as_ref()
        .map(|s| s.slots().collect())
        .unwrap_or_default();
    let kind = first.map_or(Step::Agenda, |s| s.step);
    let names: Vec<String> = slots
        .iter()
        .map(|slot| slot_name(state.content(), kind, *slot, lang))
        .collect();
    view! {
        // Wider than a phone: the table scrolls, so its frame takes focus
        // and the keyboard can scroll it too.
        <div class="matrix-wrap" tabindex="0" role="region" aria-label=move || caption.get()>
            <table class="spread" class:readiness-spread=!kind.in_matrix()>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{state.t().step_column}</th>
                        {names.iter().map(|name| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                        <th scope="col">{state.t().room_dont_know}</th>
                    </tr>
                </thead>
                <tbody>
                    {steps.into_iter().enumerate().map(|(row, step)| {
                        let count = move |slot: usize| spreads.with(|all| all.get(row).and_then(|s| s.counts.get(slot).copied()).unwrap_or(0));
                        let percent = move |slot: usize| spreads.with(|all| all.get(row).map_or(0, |s| s.whole_percent(slot)));
                        let dont_know = move || spreads.with(|all| all.get(row).map_or(0, |s| (s.dont_know_tenths() + 5) / 10));
                        view! {
                            <tr>
                                <th scope="row">{step_name(state.content(), step, lang)}</th>
                                {slots.iter().map(|&slot| view! {
                                    // Its share as a shade too (presenter's heatmap); the
                                    // numbers say it, never the colour alone.
                                    <td class=format!("slot-{slot}") style:--share=move || format!("{:.2}", f64::from(percent(slot)) / 100.0)>
                                        <span class="count">{move || count(slot)}</span>
                                        <span class="percent">{move || format!(" ({}%)", percent(slot))}</span>
                                        <span class="meter" style:width=move || format!("{}%", percent(slot)) aria-hidden="true"></span>
                                    </td>
                                }).collect_view()}
                                <td class="dont-know-share">{move || format!("{}%", dont_know())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
