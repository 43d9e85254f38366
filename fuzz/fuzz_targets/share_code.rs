//! Any text given as a share code: decoding never panics, and whatever it
//! accepts encodes back to the same answers.
#![no_main]

use katilim::core::{embedded, share_code};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(content) = embedded::content() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    if let Ok(shared) = share_code::decode(content, &text) {
        let again = share_code::encode(content, &shared.answers, shared.tag);
        assert_eq!(share_code::decode(content, &again), Ok(shared));
    }
});
