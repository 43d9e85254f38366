//! Should a panic happen anyway, the page says so in both languages and
//! offers the current assessment as a file (importable on the start page),
//! instead of going dead. Plain DOM: the app's own state may be broken.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

thread_local! {
    /// The current assessment as exported JSON, kept in memory as well:
    /// storage may be off, and a panic hook cannot ask the app's state.
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

pub fn remember(json: &str) {
    CURRENT.with(|current| {
        if let Ok(mut current) = current.try_borrow_mut() {
            current.clear();
            current.push_str(json);
        }
    });
}

pub fn install() {
    std::panic::set_hook(Box::new(|_| {
        let _ = show();
    }));
}

fn show() -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(JsValue::NULL)?;
    let body = document.body().ok_or(JsValue::NULL)?;
    let element = |tag: &str, text: &str, lang: &str| -> Result<web_sys::Element, JsValue> {
        let element = document.create_element(tag)?;
        element.set_text_content(Some(text));
        element.set_attribute("lang", lang)?;
        Ok(element)
    };
    let panel = document.create_element("div")?;
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert")?;
    let texts = [
        ("h1", "tr", "Bir hata oldu"),
        ("p", "tr", "Uygulama beklenmedik bir hatayla durdu. Yanıtlarınız bu cihazda kayıtlı; yine de bir dosya olarak indirin, sonra sayfayı yeniden yükleyin. Dosyayı başlangıç sayfasından geri yükleyebilirsiniz."),
        ("p", "en", "Something went wrong: the app stopped on an unexpected error. Your answers are saved on this device; download them as a file all the same, then reload the page. The start page can import the file."),
    ];
    for (tag, lang, text) in texts {
        let child = element(tag, text, lang)?;
        panel.append_child(&child)?;
    }
    let json = CURRENT.with(|current| current.try_borrow().map(|c| c.clone()).unwrap_or_default());
    let actions = document.create_element("p")?;
    if !json.is_empty() {
        let parts = js_sys::Array::of1(&JsValue::from_str(&json));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let download = element("a", "Yanıtlarımı indir · Export my answers", "tr")?;
        download.set_attribute("href", &web_sys::Url::create_object_url_with_blob(&blob)?)?;
        download.set_attribute("download", "katilim-yanitlar.json")?;
        download.set_class_name("button primary");
        actions.append_child(&download)?;
    }
    let reload = element("a", "Yeniden yükle · Reload", "tr")?;
    reload.set_attribute("href", "/")?;
    reload.set_class_name("button");
    actions.append_child(&reload)?;
    panel.append_child(&actions)?;
    body.prepend_with_node_1(&panel)?;
    Ok(())
}
