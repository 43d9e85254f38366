//! The room scanner's QR decoder: a wasm module of its own, which the
//! trainer's room screen runs in a Web Worker (scripts/build-wasm.mjs
//! builds it and writes the worker's script). A volunteer's phone never
//! downloads it, and decoding a frame never blocks the page. The reading
//! itself is the core's (`src/core/codes/scan.rs`, tested there), compiled
//! here too so that this module holds nothing of the app.

#[path = "../../src/core/codes/scan.rs"]
#[allow(clippy::indexing_slicing)]
pub mod scan;

/// The texts of the QR codes in one RGBA frame, one per line.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn read_frame(width: u32, height: u32, rgba: &[u8]) -> String {
    let (Ok(width), Ok(height)) = (usize::try_from(width), usize::try_from(height)) else {
        return String::new();
    };
    scan::read_rgba(width, height, rgba).join("\n")
}
