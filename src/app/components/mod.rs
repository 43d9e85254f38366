//! Pieces shared by several screens.

pub mod clock;
pub mod collect;
pub mod compare;
pub mod compass;
pub mod focus;
pub mod import;
pub mod invite;
pub mod matrix;
pub mod next_steps;
pub mod notice;
pub mod paper;
pub mod picture;
pub mod report;
pub mod result_view;
pub mod scanner;
pub mod share;
pub mod sides;
pub mod step_detail;
pub mod summary;
