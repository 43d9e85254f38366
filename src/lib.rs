//! Katılım Pusulası: a civil-participation self-assessment for NGOs.
//! `core` is the pure domain (tested on the host); `app` is the thin Leptos
//! layer, compiled only for the browser.

// Tests may unwrap and index: a panic there is a failing test.
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
