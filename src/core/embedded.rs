//! The content the app ships: built and validated from `assets/content/` by
//! build.rs, embedded as compact JSON, parsed once on first use.

use std::sync::OnceLock;

use super::content::Content;

const JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// The embedded content. It was validated at build time, so an error here
/// means a broken build, which the app reports instead of panicking.
pub fn content() -> Result<&'static Content, &'static str> {
    static CONTENT: OnceLock<Result<Content, String>> = OnceLock::new();
    CONTENT
        .get_or_init(|| serde_json::from_str(JSON).map_err(|error| error.to_string()))
        .as_ref()
        .map_err(String::as_str)
}
