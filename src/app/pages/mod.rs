//! One file per screen.

pub mod about;
pub mod invite;
pub mod paper;
pub mod plan;
pub mod present;
pub mod question;
pub mod resources;
pub mod results;
pub mod review;
pub mod room;
pub mod rooms;
pub mod saved;
pub mod session;
pub mod shared;
pub mod start;
pub mod table;
