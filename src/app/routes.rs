//! The screens a volunteer does not need to answer, loaded when first
//! opened. With the build split (scripts/build-wasm.mjs), each group of
//! screens is one chunk of code (and the chunks of what it shares with the
//! others), fetched by the router before it shows the screen: the screens
//! after answering; the workshop's; and the reading ones. Three groups, not
//! a chunk per screen: every split point multiplies the small shared chunks,
//! which compress worse apart (measured in docs/performance.md).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use leptos_router::LazyRoute;

use super::pages::{
    about::About, invite::InvitePage, paper::PaperPage, plan::PlanPage, present::Present,
    resources::Resources, results::ResultsPage, room::RoomPage, rooms::Rooms, saved::Saved,
    session::SessionPage, shared::Shared, table::TablePage,
};

/// The trainer's two pages that answer the room's route: the session
/// script (`/rooms/session`) and the paper form (`/rooms/paper`).
const SESSION_ID: &str = "session";
const PAPER_ID: &str = "paper";

#[derive(Clone, Copy)]
enum Screen {
    Results,
    Invite,
    Plan,
    Shared,
    Saved,
    Rooms,
    Room,
    Present,
    Table,
    Resources,
    About,
}

#[leptos::lazy]
fn results(_screen: Screen) -> AnyView {
    ResultsPage().into_any()
}

// An invited participant's start: a chunk of its own, so a volunteer who
// came without an invitation downloads none of it.
#[leptos::lazy]
fn invited(_screen: Screen) -> AnyView {
    InvitePage().into_any()
}

#[leptos::lazy]
fn after_answering(screen: Screen) -> AnyView {
    match screen {
        Screen::Plan => PlanPage().into_any(),
        Screen::Shared => Shared().into_any(),
        _ => Saved().into_any(),
    }
}

#[leptos::lazy]
fn workshop(screen: Screen) -> AnyView {
    match screen {
        Screen::Rooms => Rooms().into_any(),
        // The session script and the paper form answer the room's route:
        // a route of their own would add router code to what every
        // volunteer downloads to answer.
        Screen::Room => {
            let params = use_params_map();
            let page = Memo::new(move |_| {
                params.with(|p| match p.get_str("id") {
                    Some(SESSION_ID) => 1,
                    Some(PAPER_ID) => 2,
                    _ => 0,
                })
            });
            (move || match page.get() {
                1 => SessionPage().into_any(),
                2 => PaperPage().into_any(),
                _ => RoomPage().into_any(),
            })
            .into_any()
        }
        Screen::Table => TablePage().into_any(),
        _ => Present().into_any(),
    }
}

#[leptos::lazy]
fn reading(screen: Screen) -> AnyView {
    match screen {
        Screen::Resources => Resources().into_any(),
        _ => About().into_any(),
    }
}

macro_rules! lazy_screen {
    ($route:ident, $screen:ident, $group:ident) => {
        pub struct $route;
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }
            async fn view(_this: Self) -> AnyView {
                $group(Screen::$screen).await
            }
        }
    };
}

lazy_screen!(ResultsRoute, Results, results);
lazy_screen!(InviteRoute, Invite, invited);
lazy_screen!(PlanRoute, Plan, after_answering);
lazy_screen!(SharedRoute, Shared, after_answering);
lazy_screen!(SavedRoute, Saved, after_answering);
lazy_screen!(RoomsRoute, Rooms, workshop);
lazy_screen!(RoomRoute, Room, workshop);
lazy_screen!(PresentRoute, Present, workshop);
lazy_screen!(TableRoute, Table, workshop);
lazy_screen!(ResourcesRoute, Resources, reading);
lazy_screen!(AboutRoute, About, reading);
