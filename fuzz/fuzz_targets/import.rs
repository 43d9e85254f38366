//! Any file given to "import": reading never panics, and whatever it accepts
//! exports and imports back unchanged.
#![no_main]

use katilim::core::{assessment::Assessment, embedded};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(content) = embedded::content() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    if let Ok(assessment) = Assessment::from_json(content, &text) {
        assert_eq!(
            Assessment::from_json(content, &assessment.to_json()),
            Ok(assessment)
        );
    }
});
