//! Moves focus to a screen's heading whenever what it shows changes, so
//! keyboard and screen-reader users start reading at the top. The screen a
//! visit opens on keeps the browser's own focus: there was no navigation.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::html::H1;
use leptos::prelude::*;

static FIRST_SCREEN: AtomicBool = AtomicBool::new(true);

/// A heading ref that takes focus each time `key` changes (and when a
/// screen is navigated to).
pub fn focus_on_change<T: PartialEq + Clone + Send + Sync + 'static>(
    key: impl Fn() -> T + Send + Sync + 'static,
) -> NodeRef<H1> {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        key();
        if let Some(heading) = heading.get() {
            if !FIRST_SCREEN.swap(false, Ordering::Relaxed) {
                let _ = heading.focus();
            }
        }
    });
    heading
}
