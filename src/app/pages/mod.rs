//! One file per screen.

pub mod about;
pub mod question;
pub mod resources;
pub mod results;
pub mod review;
pub mod saved;
pub mod shared;
pub mod start;
