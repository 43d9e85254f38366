//! The few browser services the app needs: time, dates, files, clipboard.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::lang::Lang;

pub fn now() -> u64 {
    // Milliseconds since 1970 fit in u64 for the next few million years.
    js_sys::Date::now().max(0.0) as u64
}

/// A date in the user's language, e.g. "22 Kasım 2026".
pub fn date(ms: u64, lang: Lang) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(lang.code(), &options).into()
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Reads every file chosen in the file input that fired `event`, as (name,
/// text) pairs (an unreadable file gives an empty text), clears the input so
/// the same file can be chosen again, and hands the files to `then`.
/// The text of the first chosen file (empty when none is readable).
pub fn read_chosen_file(event: &web_sys::Event, then: impl FnOnce(String) + 'static) {
    read_chosen_files(event, move |files| {
        then(
            files
                .into_iter()
                .next()
                .map(|(_, text)| text)
                .unwrap_or_default(),
        )
    });
}

pub fn read_chosen_files(
    event: &web_sys::Event,
    then: impl FnOnce(Vec<(String, String)>) + 'static,
) {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::new();
        let files = input.files();
        for i in 0..files.as_ref().map_or(0, web_sys::FileList::length) {
            let Some(file) = files.as_ref().and_then(|files| files.get(i)) else {
                continue;
            };
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_default();
            read.push((file.name(), text));
        }
        input.set_value("");
        then(read);
    });
}

/// Today as YYYY-MM-DD in local time, for a new room's date.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Resolves at the next animation frame: lets the page paint between pieces
/// of long work.
pub async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(frame).await;
}

/// Whether a new version of the app is installed and waiting (set by
/// assets/pwa/register.js before the app may have started).
pub fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"katilimUpdate".into()).ok())
        .is_some_and(|worker| !worker.is_undefined() && !worker.is_null())
}

/// Asks the waiting version to take over; register.js reloads the page then.
pub fn activate_update() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("katilim-activate"))
    {
        let _ = window.dispatch_event(&event);
    }
}

/// Runs `f` after the next frame has been painted, once the page is idle:
/// an idle callback asked for from an animation-frame callback runs after
/// that frame's paint. A page that paints no frames (hidden, or occluded)
/// runs it at once, or after at most `PAINT_WAIT_MS`, whichever comes first.
pub fn after_paint(f: impl FnOnce() + 'static) {
    const PAINT_WAIT_MS: i32 = 100;
    let Some(window) = web_sys::window().filter(|window| {
        window.document().is_some_and(|document| {
            document.visibility_state() == web_sys::VisibilityState::Visible
        })
    }) else {
        return f();
    };
    let once = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let (late, after) = (once.clone(), once);
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        idle_callback(
            wasm_bindgen::closure::Closure::once_into_js(move || run_once(&after)),
            PAINT_WAIT_MS,
        );
    });
    let fallback = wasm_bindgen::closure::Closure::once_into_js(move || run_once(&late));
    let _ = window.request_animation_frame(frame.unchecked_ref());
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        fallback.unchecked_ref(),
        PAINT_WAIT_MS,
    );
}

/// Runs `f` in a task of its own once the main thread is idle (at most
/// 50 ms later): long work split this way keeps the page responsive.
pub fn when_idle(f: impl FnOnce() + 'static) {
    idle_callback(wasm_bindgen::closure::Closure::once_into_js(f), 50);
}

/// Calls `callback` when the main thread has nothing else to do, or after
/// `at_most_ms`. Safari has no idle callbacks: there it is a zero timer.
fn idle_callback(callback: JsValue, at_most_ms: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|idle| idle.dyn_into::<js_sys::Function>().ok());
    if let Some(idle) = idle {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &at_most_ms.into());
        let _ = idle.call2(&window, &callback, &options);
    } else {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}

/// The path of the page's address, e.g. "/q/3".
pub fn path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default()
}

/// Adds `path` to the history without the router: for moves the page has
/// already shown (see pages/question.rs). Nothing when it is there already.
pub fn push_path(path: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        if self::path() != path {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
        }
    }
}

fn run_once<F: FnOnce()>(once: &std::cell::Cell<Option<F>>) {
    if let Some(f) = once.take() {
        f();
    }
}

/// Fetches a file of the app's own origin as text; `Err` says why, for a
/// message (offline, not found, ...).
pub async fn fetch_text(address: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(address))
        .await
        .map_err(|_| "the network failed".to_owned())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "no body".to_owned())?;
    JsFuture::from(text)
        .await
        .map_err(|_| "the body did not arrive".to_owned())?
        .as_string()
        .ok_or_else(|| "not text".to_owned())
}

/// Resolves after `ms` milliseconds (later in a hidden tab).
pub async fn sleep(ms: i32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(timer).await;
}

/// Whether the page is out of sight (another tab, a locked phone).
pub fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}
