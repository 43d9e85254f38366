//! Moves focus to a screen's heading whenever what it shows changes, so
//! keyboard and screen-reader users start reading at the top.

use leptos::html::H1;
use leptos::prelude::*;

/// A heading ref that takes focus each time `key` changes (and on mount).
pub fn focus_on_change<T: PartialEq + Clone + Send + Sync + 'static>(
    key: impl Fn() -> T + Send + Sync + 'static,
) -> NodeRef<H1> {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        key();
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    heading
}
