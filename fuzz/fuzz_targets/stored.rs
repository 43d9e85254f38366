//! Whatever is found under the app's storage keys (saved assessments, rooms)
//! or in a room file: reading never panics, and whatever is accepted saves
//! and reads back unchanged.
#![no_main]

use katilim::core::embedded;
use katilim::core::room::{Room, Rooms};
use katilim::core::store::Store;
use katilim::core::versioned::Versioned;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(content) = embedded::content() else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    if let Ok(store) = Store::from_json(content, &text) {
        assert_eq!(Store::from_json(content, &store.to_json()), Ok(store));
    }
    if let Versioned::Readable(rooms) = Rooms::from_json(&text) {
        match Rooms::from_json(&rooms.to_json()) {
            Versioned::Readable(again) => assert_eq!(again, rooms),
            _ => panic!("saved rooms no longer read"),
        }
    }
    if let Some(room) = Room::from_json(content, &text) {
        assert_eq!(Room::from_json(content, &room.to_json()), Some(room));
    }
});
