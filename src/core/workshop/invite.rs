//! A room's invitation: the app's own address with a fragment that names
//! the room (its name, a random room tag, its language; nothing else), shown
//! as a QR code on the trainer's screen. A participant who opens it answers
//! in the room's language, and the link of their result carries the room
//! tag, so the room can tell its own participants' codes from old or
//! foreign ones. The fragment never reaches a server.
//!
//! Fragment: `davet=TTTT&dil=tr&oda=NAME`, the tag in four symbols of the
//! share code's alphabet, the name percent-encoded (UTF-8).

use super::base32;
use super::lang::Lang;
use super::paste::{Found, Pasted};

/// Longer room names are cut: the QR code must stay easy to read.
pub const MAX_NAME_CHARS: usize = 80;
const TAG_SYMBOLS: usize = 4;
/// What follows a share code in the link of an invited participant's
/// result: `…/shared#CODE~TTTT`.
pub const TAG_MARK: char = '~';

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// 20 bits, random per room.
    pub tag: u32,
    pub name: String,
    pub lang: Lang,
}

/// The room tag in four symbols.
pub fn tag_text(tag: u32) -> String {
    (0..TAG_SYMBOLS)
        .rev()
        .map(|i| base32::symbol(u8::try_from(tag >> (5 * i) & 31).unwrap_or(0)))
        .collect()
}

/// A room tag read from four symbols, any case.
pub fn read_tag(text: &str) -> Option<u32> {
    if text.chars().count() != TAG_SYMBOLS {
        return None;
    }
    text.chars()
        .try_fold(0u32, |tag, c| Some(tag << 5 | u32::from(base32::value(c)?)))
}

/// The room tag after a code in a line (`~TTTT`), if there is one.
pub fn tag_in(line: &str) -> Option<u32> {
    let (_, after) = line.split_once(TAG_MARK)?;
    read_tag(&after.chars().take(TAG_SYMBOLS).collect::<String>())
}

impl Invitation {
    pub fn to_fragment(&self) -> String {
        let name: String = self.name.trim().chars().take(MAX_NAME_CHARS).collect();
        format!(
            "davet={}&dil={}&oda={}",
            tag_text(self.tag),
            self.lang.code(),
            percent_encode(&name)
        )
    }

    /// The invitation in a URL fragment (with or without its `#`), if it
    /// is one; anything else in the fragment is ignored.
    pub fn from_fragment(fragment: &str) -> Option<Invitation> {
        let (mut tag, mut lang, mut name) = (None, Lang::Tr, None);
        for pair in fragment.trim_start_matches('#').split('&') {
            match pair.split_once('=') {
                Some(("davet", value)) => tag = read_tag(value),
                Some(("dil", value)) => lang = Lang::from_code(value).unwrap_or(Lang::Tr),
                Some(("oda", value)) => name = percent_decode(value),
                _ => {}
            }
        }
        let name: String = name?.trim().chars().take(MAX_NAME_CHARS).collect();
        Some(Invitation {
            tag: tag?,
            name,
            lang,
        })
    }
}

/// The codes made from another room's invitation, taken out of `pasted`:
/// the room (tagged `room_tag`, 0 if it never invited) asks before it adds
/// them. Codes without a room tag (typed, or made without an invitation)
/// stay in.
pub fn take_foreign(room_tag: u32, pasted: &mut Pasted) -> Vec<Found> {
    if room_tag == 0 {
        return Vec::new();
    }
    let (foreign, own) = std::mem::take(&mut pasted.found)
        .into_iter()
        .partition(|found| found.room_tag.is_some_and(|tag| tag != room_tag));
    pasted.found = own;
    foreign
}

/// The rooms' tags on this device, one `id tag` a line. Kept apart from the
/// rooms themselves: only the workshop's screens read them, and the rooms
/// are read at every start.
pub fn read_room_tags(text: &str) -> Vec<(u32, u32)> {
    text.lines()
        .filter_map(|line| {
            let (id, tag) = line.split_once(' ')?;
            Some((id.parse().ok()?, tag.parse().ok()?))
        })
        .collect()
}

pub fn write_room_tags(tags: &[(u32, u32)]) -> String {
    tags.iter()
        .map(|(id, tag)| format!("{id} {tag}\n"))
        .collect()
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b == b'%' {
            let hex = std::str::from_utf8(bytes.get(at + 1..at + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(if b == b'+' { b' ' } else { b });
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_round_trips_through_its_fragment_with_turkish_letters() {
        let invitation = Invitation {
            tag: 0xABCDE,
            name: "İzmir STK Günü: çalıştay & şölen".to_owned(),
            lang: Lang::Tr,
        };
        let fragment = invitation.to_fragment();
        assert!(fragment.is_ascii(), "{fragment}");
        assert!(fragment.starts_with("davet=") && fragment.contains("&dil=tr&"));
        assert_eq!(
            Invitation::from_fragment(&format!("#{fragment}")),
            Some(invitation.clone())
        );
        let english = Invitation {
            lang: Lang::En,
            ..invitation
        };
        assert_eq!(
            Invitation::from_fragment(&english.to_fragment()),
            Some(english)
        );
    }

    #[test]
    fn a_broken_or_foreign_fragment_is_no_invitation() {
        assert_eq!(Invitation::from_fragment(""), None);
        assert_eq!(Invitation::from_fragment("#101N-F6YP"), None);
        assert_eq!(Invitation::from_fragment("davet=ABC&oda=x"), None);
        assert_eq!(Invitation::from_fragment("davet=ABCD&oda=%E0%A4"), None);
        assert_eq!(Invitation::from_fragment("davet=ABCD&oda=%4"), None);
        // A long name is cut; an unknown language reads as Turkish.
        let long = Invitation::from_fragment(&format!("davet=ABCD&dil=xx&oda={}", "a".repeat(500)))
            .unwrap();
        assert_eq!((long.name.len(), long.lang), (MAX_NAME_CHARS, Lang::Tr));
    }

    #[test]
    fn room_tags_round_trip_and_bad_lines_are_skipped() {
        let tags = vec![(1, 0xABCDE), (7, 3)];
        assert_eq!(read_room_tags(&write_room_tags(&tags)), tags);
        assert_eq!(read_room_tags("1 2\nx y\n3\n4 5"), vec![(1, 2), (4, 5)]);
    }

    #[test]
    fn the_room_tag_after_a_code_is_found() {
        assert_eq!(tag_text(0), "0000");
        assert_eq!(read_tag(&tag_text(0xFFFFF)), Some(0xFFFFF));
        assert_eq!(
            tag_in("https://x.example/shared#101N-F6YP~7K2Q"),
            read_tag("7K2Q")
        );
        assert_eq!(tag_in("101N-F6YP ~ 7K2Q"), None);
        assert_eq!(tag_in("101N-F6YP"), None);
    }
}
