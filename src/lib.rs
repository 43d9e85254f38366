//! Katılım Pusulası: a civil-participation self-assessment for NGOs.
//! `core` is the pure domain (tested on the host); `app` is the thin Leptos
//! layer, compiled only for the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
