//! Any text pasted into a room: reading never panics, every code found is a
//! valid code of this content, and reading in pieces finds what reading at
//! once finds.
#![no_main]

use katilim::core::embedded;
use katilim::core::paste::{parse, pieces, Pasted};
use katilim::core::share_code::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(content) = embedded::content() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let whole = parse(content, &text);
    for found in &whole.found {
        assert!(decode(content, &found.canonical).is_ok());
    }
    let size = usize::from(data.first().copied().unwrap_or(1)).max(1);
    let mut pieced = Pasted::default();
    for (lines_before, piece) in pieces(&text, size) {
        pieced.extend(parse(content, piece), lines_before);
    }
    assert_eq!(pieced, whole);
});
