//! The pure core: domain types, content, scoring and codecs. Nothing here
//! touches the browser, so all of it is tested with plain `cargo test`.
//! The files are grouped by concept: `content/` (the model, its reader,
//! validator and parts), `method/` (levels, steps, scoring, the summary,
//! carrying answers across versions), `codes/` (share codes and their
//! encodings), `workshop/` (rooms and pasted codes); the assessment, its
//! action plan and the store of saved ones stay here. The modules stay
//! flat (`core::scoring`, not `core::method::scoring`) and refer to each
//! other with `super::`, because build.rs compiles the content-reading
//! files as siblings too.

#[path = "method/answering.rs"]
pub mod answering;
pub mod assessment;
#[path = "codes/base32.rs"]
pub mod base32;
#[path = "content/content.rs"]
pub mod content;
#[path = "content/content_error.rs"]
pub mod content_error;
#[path = "content/content_parts.rs"]
pub mod content_parts;
#[path = "content/embedded.rs"]
pub mod embedded;
#[path = "workshop/invite.rs"]
pub mod invite;
#[path = "content/lang.rs"]
pub mod lang;
#[path = "method/level.rs"]
pub mod level;
#[path = "codes/marks.rs"]
pub mod marks;
#[path = "method/migrate.rs"]
pub mod migrate;
#[path = "workshop/paper.rs"]
pub mod paper;
#[path = "workshop/paste.rs"]
pub mod paste;
pub mod plan;
#[path = "codes/qr.rs"]
pub mod qr;
#[path = "method/readiness.rs"]
pub mod readiness;
#[path = "method/role.rs"]
pub mod role;
#[path = "workshop/room.rs"]
pub mod room;
#[path = "workshop/room_export.rs"]
pub mod room_export;
#[path = "codes/scan.rs"]
pub mod scan;
#[path = "method/scoring.rs"]
pub mod scoring;
#[path = "workshop/session.rs"]
pub mod session;
#[path = "codes/share_code.rs"]
pub mod share_code;
#[path = "workshop/sides.rs"]
pub mod sides;
#[path = "content/spelling.rs"]
pub mod spelling;
#[path = "method/step.rs"]
pub mod step;
pub mod store;
#[path = "method/summary.rs"]
pub mod summary;
#[path = "codes/table_code.rs"]
pub mod table_code;
#[path = "workshop/tally.rs"]
pub mod tally;
#[path = "content/validate.rs"]
pub mod validate;
#[path = "codes/versioned.rs"]
pub mod versioned;

#[cfg(test)]
#[path = "workshop/session_source.rs"]
pub mod session_source;
#[cfg(test)]
#[path = "content/source.rs"]
pub mod source;
#[cfg(test)]
#[path = "content/source_bank.rs"]
pub mod source_bank;
#[cfg(test)]
#[path = "content/source_guidance.rs"]
pub mod source_guidance;
#[cfg(test)]
#[path = "content/source_previous.rs"]
pub mod source_previous;
#[cfg(test)]
mod tests;
