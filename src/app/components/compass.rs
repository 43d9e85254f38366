//! The compass: the six steps as six axes of one figure, drawn by the app
//! as inline SVG (no chart library, no request). The established levels
//! are a filled shape, the peaks a dashed outline; the numbered list under
//! it is its text alternative and says the same.

use leptos::prelude::*;

use crate::core::level::Level;
use crate::core::room::Spread;
use crate::core::scoring::Profile;

use super::super::AppState;
use super::matrix::{level_name, standing_text, step_name};

const CENTRE: i32 = 120;
/// The axes' directions, clockwise from the top, times 1000 (60° apart):
/// integers, since printing floats would cost the app kilobytes of code.
const AXES: [(i32, i32); 6] = [
    (0, -1000),
    (866, -500),
    (866, 500),
    (0, 1000),
    (-866, 500),
    (-866, -500),
];

/// The distance from the centre of a level's ring; no level is the centre.
fn radius(level: Option<Level>) -> i32 {
    level.map_or(0, |level| 20 + 22 * i32::from(level.value()))
}

fn point(axis: (i32, i32), radius: i32) -> String {
    let (x, y) = (
        CENTRE + radius * axis.0 / 1000,
        CENTRE + radius * axis.1 / 1000,
    );
    format!("{x},{y}")
}

fn shape(radii: impl IntoIterator<Item = i32>) -> String {
    AXES.into_iter()
        .zip(radii)
        .map(|(axis, r)| point(axis, r))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One axis of a compass: the step, the two drawn levels, and the words of
/// its line in the text alternative.
struct Axis {
    name: String,
    level: Option<Level>,
    /// Drawn dashed where it is above `level`.
    peak: Option<Level>,
    level_text: String,
    peak_text: Option<String>,
}

/// The figure: rings, six numbered axes, the filled and the dashed shape,
/// and its numbered list.
/// A room has no peaks (`peaks` false): no dashed shape, which would only
/// trace the filled one.
fn figure(
    axes: Vec<Axis>,
    legend: &'static str,
    peak_label: &'static str,
    peaks: bool,
) -> impl IntoView {
    let filled = shape(axes.iter().map(|a| radius(a.level)));
    let peak_shape = peaks.then(|| shape(axes.iter().map(|a| radius(a.peak.or(a.level)))));
    let rings: Vec<String> = Level::ALL
        .into_iter()
        .map(|level| shape([radius(Some(level)); 6]))
        .collect();
    view! {
        <figure class="compass">
            <svg viewBox="0 0 240 240" width="240" height="240" aria-hidden="true" focusable="false">
                {rings.into_iter().map(|ring| view! { <polygon class="ring" points=ring></polygon> }).collect_view()}
                {AXES.into_iter().enumerate().map(|(i, axis)| {
                    let end = point(axis, radius(Some(Level::Partnership)));
                    let (x, y) = (CENTRE + 112 * axis.0 / 1000, CENTRE + 112 * axis.1 / 1000 + 4);
                    view! {
                        <polyline class="axis" points=format!("{CENTRE},{CENTRE} {end}")></polyline>
                        <text x=x.to_string() y=y.to_string() text-anchor="middle">{(i + 1).to_string()}</text>
                    }
                }).collect_view()}
                <polygon class="established" points=filled></polygon>
                {peak_shape.map(|points| view! { <polygon class="peak" points=points></polygon> })}
            </svg>
            <figcaption>
                <p class="legend">{legend}</p>
                <ol class="compass-list">
                    {axes.into_iter().map(|a| view! {
                        <li>
                            <span class="compass-step">{a.name}</span> ": "
                            <span class="compass-level">{a.level_text}</span>
                            {a.peak_text.map(|peak| view! { " · " {peak_label} ": " <span class="compass-peak">{peak}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
            </figcaption>
        </figure>
    }
}

#[component]
pub fn Compass(profile: Signal<Profile>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        // Read now: a language's texts arrive before it is shown.
        let content = state.content();
        let t = state.t();
        let axes = profile.with(|p| {
            p.steps
                .iter()
                .map(|s| {
                    // The established level exists only where the step is assessed.
                    let (level, peak) = (s.level, s.peak_above());
                    Axis {
                        name: step_name(content, s.step, lang),
                        level,
                        peak,
                        level_text: standing_text(content, s, lang, t),
                        peak_text: peak.map(|peak| level_name(content, peak, lang)),
                    }
                })
                .collect()
        });
        figure(axes, t.compass_legend, t.peak_short, true)
    }
}

/// The room's compass: per step, the lower median of the established
/// levels of the participants it could assess; the counts beside it.
#[component]
pub fn RoomCompass(#[prop(into)] spreads: Signal<Vec<Spread>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        // Read now: a language's texts arrive before it is shown.
        let content = state.content();
        let t = state.t();
        let axes = spreads.with(|spreads| {
            spreads
                .iter()
                .filter(|s| s.step.in_matrix())
                .map(|s| {
                    let level = s.median().and_then(Level::from_value);
                    let typical = level.map_or_else(
                        || t.not_assessed.to_owned(),
                        |l| level_name(content, l, lang),
                    );
                    Axis {
                        name: step_name(content, s.step, lang),
                        level,
                        peak: None,
                        level_text: t.room_typical_line(&typical, s.assessed()),
                        peak_text: None,
                    }
                })
                .collect()
        });
        figure(axes, t.room_compass_legend, t.peak_short, false)
    }
}
