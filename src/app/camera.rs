//! The camera behind the room's scanner: opening and closing it, and
//! reading QR codes from its frames, with the browser's `BarcodeDetector`
//! where there is one and otherwise with the app's own decoder in a Web
//! Worker (scan/, built by scripts/build-wasm.mjs), so a frame never
//! blocks the page. Only the room screen uses this.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    HtmlCanvasElement, HtmlVideoElement, MediaStream, Worker, WorkerOptions, WorkerType,
};

use super::texts_scan::CameraProblem;

/// Frames go to the decoder at most this wide or high: a table's dense QR
/// code held at arm's length stays readable, and a frame decodes in about
/// 50 ms here (scripts/bench-scan.mjs).
const FRAME_SIDE: u32 = 1280;

/// A frame decodes in well under this; a worker that has not answered by
/// then is stuck (seen in tests: a worker that never started) and is
/// replaced.
const REPLY_MS: i32 = 3000;

/// A worker loads its decoder (module and wasm, from the service worker's
/// cache when offline) well within this, even on a slow phone; a worker
/// that has not said it is ready by then is replaced.
const LOAD_MS: i32 = 20_000;

/// Replaced workers in a row before the decoder counts as broken.
const MOST_STALLS: u8 = 3;

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Starts the camera (the back one on a phone) in `video`.
pub async fn open(video: &HtmlVideoElement) -> Result<MediaStream, CameraProblem> {
    let window = web_sys::window().ok_or(CameraProblem::Other)?;
    // Without a secure context (or a camera API) there is no camera to ask.
    let devices = window
        .navigator()
        .media_devices()
        .map_err(|_| CameraProblem::NoCamera)?;
    let wanted = Object::new();
    let _ = Reflect::set(&wanted, &"facingMode".into(), &"environment".into());
    // Many phones give 640x480 unless asked: too coarse for a table's code.
    let width = Object::new();
    let _ = Reflect::set(&width, &"ideal".into(), &1280.into());
    let _ = Reflect::set(&wanted, &"width".into(), &width);
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&wanted);
    constraints.set_audio(&JsValue::FALSE);
    let asked = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraProblem::Other)?;
    let stream: MediaStream = JsFuture::from(asked)
        .await
        .map_err(|error| problem_of(&error))?
        .dyn_into()
        .map_err(|_| CameraProblem::Other)?;
    video.set_muted(true);
    video.set_src_object(Some(&stream));
    if let Ok(playing) = video.play() {
        if JsFuture::from(playing).await.is_err() {
            close(&stream, video);
            return Err(CameraProblem::Other);
        }
    }
    Ok(stream)
}

/// What a refused `getUserMedia` means for the user.
fn problem_of(error: &JsValue) -> CameraProblem {
    match get(error, "name").as_string().as_deref() {
        Some("NotAllowedError" | "SecurityError") => CameraProblem::Denied,
        Some("NotFoundError" | "OverconstrainedError") => CameraProblem::NoCamera,
        Some("NotReadableError" | "AbortError") => CameraProblem::InUse,
        _ => CameraProblem::Other,
    }
}

/// Turns the camera off: its light goes out.
pub fn close(stream: &MediaStream, video: &HtmlVideoElement) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
    video.set_src_object(None);
}

/// Whether this browser reads QR codes itself.
pub fn has_detector() -> bool {
    web_sys::window().is_some_and(|window| get(&window, "BarcodeDetector").is_function())
}

/// The address of the decoder's worker, written into the page by the build.
fn worker_address() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=katilim-scanner]")
        .ok()??
        .get_attribute("content")
}

/// Asks for the decoder's files ahead, on a trainer's room screen without
/// `BarcodeDetector`, so the service worker keeps them for offline use.
pub fn warm_decoder() {
    if has_detector() {
        return;
    }
    if let Some(address) = worker_address() {
        if let Ok((worker, loaded)) = start_worker(&address) {
            // Its first word says the decoder is loaded (and so kept).
            wasm_bindgen_futures::spawn_local(async move {
                let _ = within(&loaded, LOAD_MS).await;
                worker.terminate();
            });
        }
    }
}

/// A new worker, and the promise of its first word: `{ready: true}` once
/// its decoder is loaded, `{failed: true}` or an error if it cannot load.
fn start_worker(address: &str) -> Result<(Worker, Promise), JsValue> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(address, &options)?;
    let loaded = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    Ok((worker, loaded))
}

/// The data of the message `reply` resolves with, or undefined if it fails
/// or takes longer than `ms`.
async fn within(reply: &Promise, ms: i32) -> JsValue {
    let late = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    JsFuture::from(Promise::race(&Array::of2(reply, &late)))
        .await
        .map(|reply| get(&reply, "data"))
        .unwrap_or(JsValue::UNDEFINED)
}

fn frame_message(width: u32, height: u32, pixels: &JsValue) -> JsValue {
    let message = Object::new();
    let _ = Reflect::set(&message, &"width".into(), &width.into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    let _ = Reflect::set(&message, &"pixels".into(), pixels);
    message.into()
}

/// Reads QR codes from the camera's frames.
pub enum Reader {
    Detector(JsValue),
    Worker {
        address: String,
        worker: Worker,
        /// Until the worker has said it is ready: its first word.
        loading: Option<Promise>,
        canvas: HtmlCanvasElement,
        stalls: u8,
    },
}

impl Reader {
    /// The browser's detector unless `own` (or there is none), else the
    /// app's decoder.
    pub fn new(own: bool) -> Result<Reader, CameraProblem> {
        let window = web_sys::window().ok_or(CameraProblem::Other)?;
        if !own {
            if let Some(detector) = detector(&window) {
                return Ok(Reader::Detector(detector));
            }
        }
        let address = worker_address().ok_or(CameraProblem::Decoder)?;
        let (worker, loaded) = start_worker(&address).map_err(|_| CameraProblem::Decoder)?;
        let canvas = window
            .document()
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
            .ok_or(CameraProblem::Other)?;
        Ok(Reader::Worker {
            address,
            worker,
            loading: Some(loaded),
            canvas,
            stalls: 0,
        })
    }

    /// The texts of the QR codes in the video's current frame.
    pub async fn read(&mut self, video: &HtmlVideoElement) -> Result<Vec<String>, CameraProblem> {
        let (width, height) = (video.video_width(), video.video_height());
        if width == 0 || height == 0 {
            return Ok(Vec::new());
        }
        match self {
            Reader::Detector(detector) => {
                let detect = get(detector, "detect");
                let Ok(detect) = detect.dyn_into::<js_sys::Function>() else {
                    return Err(CameraProblem::Other);
                };
                let Ok(found) = detect.call1(detector, video) else {
                    return Ok(Vec::new());
                };
                let found = JsFuture::from(Promise::resolve(&found))
                    .await
                    .unwrap_or_else(|_| Array::new().into());
                Ok(Array::from(&found)
                    .iter()
                    .filter_map(|code| get(&code, "rawValue").as_string())
                    .collect())
            }
            Reader::Worker {
                address,
                worker,
                loading,
                canvas,
                stalls,
            } => {
                // Frames wait until the decoder is loaded: a slow load (a
                // busy phone, or just after an offline reload) is not a
                // stuck worker.
                if let Some(loaded) = loading.take() {
                    let word = within(&loaded, LOAD_MS).await;
                    if !get(&word, "ready").is_truthy() {
                        return Self::replace(address, worker, loading, stalls);
                    }
                }
                let scale = f64::from(FRAME_SIDE) / f64::from(width.max(height));
                let scale = scale.min(1.0);
                // Whole pixels: the scale is at most 1.
                let (w, h) = (
                    (f64::from(width) * scale).round() as u32,
                    (f64::from(height) * scale).round() as u32,
                );
                canvas.set_width(w);
                canvas.set_height(h);
                let context = canvas
                    .get_context("2d")
                    .ok()
                    .flatten()
                    .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
                    .ok_or(CameraProblem::Other)?;
                let drawn = context.draw_image_with_html_video_element_and_dw_and_dh(
                    video,
                    0.0,
                    0.0,
                    f64::from(w),
                    f64::from(h),
                );
                let Ok(image) = context.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)) else {
                    return Ok(Vec::new());
                };
                if drawn.is_err() {
                    return Ok(Vec::new());
                }
                // The pixels move to the worker without a copy.
                let pixels = get(&get(&image, "data"), "buffer");
                let reply = Promise::new(&mut |resolve, reject| {
                    worker.set_onmessage(Some(&resolve));
                    worker.set_onerror(Some(&reject));
                });
                if worker
                    .post_message_with_transfer(&frame_message(w, h, &pixels), &Array::of1(&pixels))
                    .is_err()
                {
                    return Ok(Vec::new());
                }
                let data = within(&reply, REPLY_MS).await;
                // No answer in time, an error, or a frame broke the decoder:
                // a fresh worker takes over, a few times before giving up.
                if data.is_undefined() || get(&data, "failed").is_truthy() {
                    return Self::replace(address, worker, loading, stalls);
                }
                *stalls = 0;
                Ok(get(&data, "text")
                    .as_string()
                    .unwrap_or_default()
                    .lines()
                    .filter(|line| !line.is_empty())
                    .map(str::to_owned)
                    .collect())
            }
        }
    }

    /// Puts a fresh worker in place of one that is stuck, could not load
    /// its decoder (offline before it was ever fetched, a broken file), or
    /// was broken by a frame; after a few in a row the decoder is broken.
    fn replace(
        address: &str,
        worker: &mut Worker,
        loading: &mut Option<Promise>,
        stalls: &mut u8,
    ) -> Result<Vec<String>, CameraProblem> {
        *stalls += 1;
        worker.terminate();
        if *stalls > MOST_STALLS {
            return Err(CameraProblem::Decoder);
        }
        let (fresh, loaded) = start_worker(address).map_err(|_| CameraProblem::Decoder)?;
        *worker = fresh;
        *loading = Some(loaded);
        Ok(Vec::new())
    }

    pub fn close(&self) {
        if let Reader::Worker { worker, .. } = self {
            worker.terminate();
        }
    }
}

/// A `BarcodeDetector` for QR codes, if the browser has one that reads them.
fn detector(window: &web_sys::Window) -> Option<JsValue> {
    let class = get(window, "BarcodeDetector")
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = Object::new();
    let _ = Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()));
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// A short tick for each code added: heard across a noisy hall.
pub struct Tick(Option<web_sys::AudioContext>);

impl Tick {
    /// Made on the trainer's click: browsers let sound start only then.
    pub fn new() -> Self {
        Tick(web_sys::AudioContext::new().ok())
    }

    pub fn play(&self) {
        let Some(audio) = &self.0 else { return };
        let (Ok(tone), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
            return;
        };
        let now = audio.current_time();
        tone.frequency().set_value(880.0);
        gain.gain().set_value(0.15);
        let _ = tone.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&audio.destination());
        let _ = tone.start_with_when(now);
        let _ = tone.stop_with_when(now + 0.12);
    }

    pub fn close(&self) {
        if let Some(audio) = &self.0 {
            let _ = audio.close();
        }
    }
}
