//! The pure core: domain types, content, scoring and codecs. Nothing here
//! touches the browser, so all of it is tested with plain `cargo test`.
//! Files reference each other with `super::` because build.rs compiles the
//! content-reading ones too.

pub mod answering;
pub mod assessment;
pub mod base32;
pub mod content;
pub mod content_error;
pub mod content_parts;
pub mod embedded;
pub mod lang;
pub mod level;
pub mod marks;
pub mod migrate;
pub mod paste;
pub mod plan;
pub mod qr;
pub mod readiness;
pub mod room;
pub mod scoring;
pub mod share_code;
pub mod spelling;
pub mod step;
pub mod store;
pub mod summary;
pub mod validate;
pub mod versioned;

#[cfg(test)]
pub mod source;
#[cfg(test)]
pub mod source_guidance;
#[cfg(test)]
pub mod source_previous;
#[cfg(test)]
mod tests;
