//! The app's shared state, provided once as context: the content, the
//! language, the saved assessments and what the user must be told.

use leptos::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::content::{Content, Question};
use crate::core::content_parts::Kind;
use crate::core::lang::Lang;
use crate::core::role::Role;
use crate::core::room::{Decoded, Rooms};
use crate::core::store::Store;

use super::browser;
use super::parts::Parts;
use super::storage::{self, Notice, ROOMS_KEY, STORE_KEY};
use super::texts::{texts, Texts};

#[derive(Clone, Copy)]
pub struct AppState {
    /// The content as far as it has arrived (see super::parts): the
    /// embedded part first, then each fetched part poured in.
    content_now: StoredValue<&'static Content>,
    /// The institution's view of it (its questions on the same frame), once
    /// its bank has arrived; the NGO's content until then (one type of
    /// stored value fewer in the first download).
    institution_now: StoredValue<&'static Content>,
    /// A role shown instead of the open assessment's: a result opened from
    /// someone else's share link (see pages::shared).
    viewing: StoredValue<Option<Role>>,
    /// Which fetched parts have arrived, are on their way or failed.
    pub parts: RwSignal<Parts>,
    pub lang: RwSignal<Lang>,
    pub store: RwSignal<Store>,
    pub rooms: RwSignal<Rooms>,
    /// Answers of room codes decoded so far (see core::room::Decoded).
    pub decoded: StoredValue<Decoded>,
    pub notice: RwSignal<Option<Notice>>,
    /// A new version of the app is installed and waits for the user's word.
    pub update_ready: RwSignal<bool>,
}

/// Runs `run` once the changes of `value` are on screen: changes within a
/// frame run it once, and the first reading of `value` does not. Returns a
/// flush that runs it at once if a change is still waiting.
fn after_changes<T: Send + Sync + 'static>(
    value: RwSignal<T>,
    run: impl Fn() + Copy + 'static,
) -> impl Fn() + Copy + 'static {
    let pending = StoredValue::new(false);
    let flush = move || {
        if pending.get_value() {
            pending.set_value(false);
            run();
        }
    };
    Effect::new(move |first: Option<()>| {
        value.track();
        if first.is_some() && !pending.get_value() {
            pending.set_value(true);
            browser::after_paint(flush);
        }
    });
    flush
}

/// Saves `value` under `key` when it changes, once the change is on screen:
/// a write costs milliseconds on a cheap phone, and the next question should
/// not wait for it. Leaving or hiding the page saves at once. `json` gives
/// `None` when there is nothing to keep: the key is removed, so "delete all"
/// leaves no trace. In memory-only mode nothing is written.
fn persist<T: Send + Sync + 'static>(
    value: RwSignal<T>,
    key: &'static str,
    persistent: bool,
    notice: RwSignal<Option<Notice>>,
    json: impl Fn(&T) -> Option<String> + Send + Sync + 'static,
) {
    if !persistent {
        return;
    }
    let json = StoredValue::new(json);
    let save = after_changes(value, move || {
        let text = json.with_value(|json| value.with_untracked(json));
        if storage::save_key(key, text.as_deref()).is_err() {
            notice.set(Some(Notice::SaveFailed));
        }
    });
    // A page being left or hidden may never paint again.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| save());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| save());
}

impl AppState {
    pub fn new(content: &'static Content) -> Self {
        let now = browser::now();
        let loaded = storage::load(content, now);
        let rooms = storage::load_rooms(now);
        let state = AppState {
            content_now: StoredValue::new(content),
            institution_now: StoredValue::new(content),
            viewing: StoredValue::new(None),
            parts: RwSignal::new(Parts::default()),
            // A language the app does not embed is switched to once its
            // texts are here (see super::start).
            lang: RwSignal::new(
                storage::load_lang()
                    .filter(|lang| crate::core::embedded::embeds(Kind::Texts, *lang))
                    .unwrap_or_default(),
            ),
            store: RwSignal::new(loaded.value),
            rooms: RwSignal::new(rooms.value),
            decoded: StoredValue::new(Decoded::default()),
            notice: RwSignal::new(loaded.notice.or(rooms.notice)),
            update_ready: RwSignal::new(browser::update_waiting()),
        };
        let store = state.store;
        // Kept for the panic hook (from the start, then after each change),
        // off the path to the next paint.
        let remember = move || {
            store.with_untracked(|store| {
                if let Some(entry) = store.current() {
                    super::rescue::remember(&entry.assessment.to_json());
                }
            })
        };
        browser::after_paint(remember);
        let _ = after_changes(store, remember);
        // Another tab on this device saved: show its answers here too.
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(STORE_KEY) {
                return;
            }
            if let Some(newer) = event.new_value().and_then(|text| state.read_store(&text)) {
                store.update(|store| store.absorb(&newer));
            }
        });
        let update_ready = state.update_ready;
        // The listener lives as long as the page.
        let _ = window_event_listener_untyped("katilim-update", move |_| update_ready.set(true));
        persist(
            state.store,
            STORE_KEY,
            loaded.persistent,
            state.notice,
            // Another tab may have saved since: keep its newer answers.
            move |store: &Store| {
                (!store.entries.is_empty()).then(|| {
                    storage::read_key(STORE_KEY)
                        .and_then(|raw| state.read_store(&raw))
                        .map_or_else(
                            || store.to_json(),
                            |stored| store.saved_over(&stored).to_json(),
                        )
                })
            },
        );
        persist(
            state.rooms,
            ROOMS_KEY,
            rooms.persistent,
            state.notice,
            |rooms| (!rooms.rooms.is_empty()).then(|| rooms.to_json()),
        );
        // Saved when it changes: the first run would overwrite a saved
        // language still on its way.
        Effect::new(move |first: Option<()>| {
            let lang = state.lang.get();
            if first.is_some() {
                storage::save_lang(lang);
            }
        });
        state
    }

    /// The content of the open assessment's role as it is now: the NGO's,
    /// or the institution's view once its bank is here (the app asks for
    /// the bank before it opens an institution's assessment). Not tracked:
    /// the texts of the language on screen are there before it is (see
    /// super::parts::switch_lang), and what shows guidance tracks `parts`.
    pub fn content(&self) -> &'static Content {
        let role = self.viewing.get_value().unwrap_or_else(|| self.role());
        self.content_for(role).unwrap_or_else(|| self.whole())
    }

    /// Shows `role`'s content instead of the open assessment's (`None`:
    /// back to it).
    pub fn view_role(&self, role: Option<Role>) {
        self.viewing.set_value(role);
    }

    /// The content of `role`, when it is here.
    pub fn content_for(&self, role: Role) -> Option<&'static Content> {
        match role {
            Role::Ngo => Some(self.whole()),
            Role::Institution => {
                Some(self.institution_now.get_value()).filter(|view| view.role == Role::Institution)
            }
        }
    }

    /// Everything that has arrived: the NGO's content, with the
    /// institution's bank inside once it is here (what storage reads with).
    pub fn whole(&self) -> &'static Content {
        self.content_now.get_value()
    }

    /// A store another tab saved, each record read with its role's
    /// questions (an institution's kept as saved while its bank is away).
    fn read_store(&self, text: &str) -> Option<Store> {
        Store::from_json_banks(self.whole(), self.content_for(Role::Institution), text).ok()
    }

    /// The open assessment's role (an NGO's when none is open). Not tracked.
    pub fn role(&self) -> Role {
        self.store
            .with_untracked(|store| store.current().map(|entry| entry.assessment.role))
            .unwrap_or_default()
    }

    /// Makes `content` the app's content from now on (a part came in).
    pub fn set_content(&self, content: &'static Content) {
        self.content_now.set_value(content);
    }

    /// Makes `view` the institution's content from now on (its bank, or
    /// another part, came in: see super::parts).
    pub fn set_institution(&self, view: &'static Content) {
        self.institution_now.set_value(view);
    }

    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    /// The id of the assessment being answered, starting one if none is.
    pub fn current_or_new(&self) -> u32 {
        if let Some(id) = self
            .store
            .with_untracked(|store| store.current().map(|entry| entry.id))
        {
            return id;
        }
        self.start_new()
    }

    pub fn start_new(&self) -> u32 {
        self.start_new_carrying(self.role(), false)
    }

    /// Starts a new assessment on behalf of `role` (whose content must be
    /// here); with `carry`, its plan begins with the open assessment's
    /// items that are not done (the same NGO, months later).
    pub fn start_new_carrying(&self, role: Role, carry: bool) -> u32 {
        let now = browser::now();
        let content = self.content_for(role).unwrap_or_else(|| self.whole());
        let mut assessment = Assessment::new(content, self.lang.get_untracked(), now);
        if carry {
            if let Some(open) = self
                .store
                .with_untracked(|store| store.current().map(|e| e.assessment.plan.open_items()))
            {
                assessment.plan = open;
                assessment.plan.updated = now;
            }
        }
        let mut id = 0;
        self.store.update(|store| id = store.add(assessment));
        id
    }

    /// How many items of the open assessment's plan are not done.
    pub fn open_plan_items(&self) -> usize {
        self.store.with(|store| {
            store
                .current()
                .map_or(0, |entry| entry.assessment.plan.open_items().items.len())
        })
    }

    /// Records a choice in the current assessment (and where the user is).
    pub fn choose(&self, index: usize, question: &Question, choice: &str, on: bool) {
        let id = self.current_or_new();
        let now = browser::now();
        self.store.update(|store| {
            if let Some(entry) = store.entry_mut(id) {
                entry.assessment.answer(question, choice, on, now);
                entry.cursor = index;
            }
        });
    }

    /// Changes the open assessment's action plan (`now` given); nothing
    /// when no assessment is open.
    pub fn update_plan(&self, change: impl FnOnce(&mut crate::core::plan::Plan, u64)) {
        let now = browser::now();
        self.store.update(|store| {
            if let Some(id) = store.current {
                if let Some(entry) = store.entry_mut(id) {
                    change(&mut entry.assessment.plan, now);
                }
            }
        });
    }

    pub fn set_cursor(&self, index: usize) {
        self.store.update(|store| {
            if let Some(id) = store.current {
                if let Some(entry) = store.entry_mut(id) {
                    entry.cursor = index;
                }
            }
        });
    }

    pub fn delete_everything(&self) {
        storage::clear_all();
        self.store.set(Store::new());
        self.rooms.set(Rooms::default());
    }
}
