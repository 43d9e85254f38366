//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    katilim::app::mount();
}

// The host build exists only for `cargo test` of the core.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
