//! Any text read as a table code: reading never panics, and whatever is
//! accepted writes again into a table code that reads back the same
//! participants (each once).
#![no_main]

use katilim::core::table_code;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(codes) = table_code::decode(&text) {
        let mut once = codes.clone();
        let mut seen = std::collections::HashSet::new();
        once.retain(|code| seen.insert(code.clone()));
        let again = table_code::encode(&codes).expect("an accepted table writes again");
        assert_eq!(table_code::decode(&again), Ok(once));
    }
});
