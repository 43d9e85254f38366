//! The invitation a participant opened (see core::invite), kept on their
//! device for a day so that a reload mid-walk keeps it, and the room tag it
//! adds to the link of their result; on the trainer's device, each room's
//! tag.

use crate::core::invite::{read_room_tags, tag_text, write_room_tags, Invitation, TAG_MARK};

use super::browser;
use super::storage::{read_key, save_key};

const KEY: &str = "katilim.invite";
/// The trainer's side: each room's tag (see core::invite::read_room_tags).
const ROOM_TAGS: &str = "katilim.room-tags";
/// A day: an invitation belongs to one workshop.
const KEPT_MS: u64 = 24 * 60 * 60 * 1000;

pub fn keep(invitation: &Invitation) {
    let _ = save_key(
        KEY,
        Some(&format!("{}\n{}", browser::now(), invitation.to_fragment())),
    );
}

/// The invitation opened on this device within the last day.
pub fn current() -> Option<Invitation> {
    let kept = read_key(KEY)?;
    let (at, fragment) = kept.split_once('\n')?;
    let at: u64 = at.parse().ok()?;
    if browser::now().saturating_sub(at) > KEPT_MS {
        return None;
    }
    Invitation::from_fragment(fragment)
}

/// What the link of a result made here ends with: `~TTTT` of the room
/// that invited this participant, or nothing.
pub fn link_suffix() -> String {
    current().map_or_else(String::new, |invitation| {
        format!("{TAG_MARK}{}", tag_text(invitation.tag))
    })
}

/// Room `id`'s tag on this device, 0 if it has never invited anyone.
pub fn room_tag(id: u32) -> u32 {
    let tags = read_room_tags(&read_key(ROOM_TAGS).unwrap_or_default());
    tags.iter()
        .find(|(room, _)| *room == id)
        .map_or(0, |(_, tag)| *tag)
}

/// Room `id` (just imported) takes the tag its file carried, if any.
pub fn adopt_room_tag(id: u32, tag: u32) {
    if tag == 0 {
        return;
    }
    let mut tags = read_room_tags(&read_key(ROOM_TAGS).unwrap_or_default());
    tags.retain(|(room, _)| *room != id);
    tags.push((id, tag));
    let _ = save_key(ROOM_TAGS, Some(&write_room_tags(&tags)));
}

/// Room `id`'s tag, made (random, never 0) and kept if it has none yet.
pub fn ensure_room_tag(id: u32) -> u32 {
    let mut tags = read_room_tags(&read_key(ROOM_TAGS).unwrap_or_default());
    if let Some((_, tag)) = tags.iter().find(|(room, _)| *room == id) {
        return *tag;
    }
    // The tag only tells rooms apart; it needs no secrecy.
    let random = (js_sys::Math::random() * f64::from(1u32 << 20)) as u32;
    let tag = random.clamp(1, (1 << 20) - 1);
    tags.push((id, tag));
    let _ = save_key(ROOM_TAGS, Some(&write_room_tags(&tags)));
    tag
}
