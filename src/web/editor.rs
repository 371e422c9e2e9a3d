//! The input: the "Document text" box (annotated as you type, after a short
//! pause), opening or dropping a `.txt` file (decoded as the command line
//! decodes it), the example documents, and clearing with confirmation.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::{Action, Dispatch};
use crate::errors::js_message;

/// How long typing must pause before the text is annotated.
const DEBOUNCE_MS: u32 = 250;

/// The example documents shipped in `assets/examples/`: file and label.
const EXAMPLES: [(&str, &str); 6] = [
    ("000_19d8e4581a498d05.txt", "中文 · provisional agenda"),
    ("001_06028432a52c8909.txt", "中文 · expert meeting"),
    ("002_b3e6555703f58ac3.txt", "中文 · session report"),
    ("003_329d18431a4b4c59.txt", "中文 · asset recovery"),
    ("004_74beb604c366e27e.txt", "中文 · secretariat note"),
    ("en_committee_agenda.txt", "English · committee agenda"),
];

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The current text.
    pub text: AttrValue,
    /// Why the last file or example could not be opened.
    pub error: Option<String>,
    /// An example is being fetched (its buttons wait).
    pub fetching: bool,
    /// Takes the text after typing pauses, a file or example loaded (text
    /// and file name), and the clearing once confirmed.
    pub dispatch: Dispatch,
}

/// Decodes a file's bytes as the command line does, or says why not.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, String> {
    undoc::decode::decode_with(bytes, gb18030).map(|d| d.text).map_err(|e| format!("{name}: {e}"))
}

/// Strict GB18030 by the browser's `TextDecoder` (the same WHATWG standard
/// as the command line's `encoding_rs`, without its tables in the wasm).
fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// The input box and its buttons.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let pending = use_mut_ref(|| None::<Timeout>);
    // Counts the files opened: only the last one's read is loaded.
    let opened = use_mut_ref(|| 0u32);
    let file_input = use_node_ref();

    let oninput = {
        let dispatch = props.dispatch.clone();
        let pending = pending.clone();
        Callback::from(move |e: InputEvent| {
            let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() else { return };
            let dispatch = dispatch.clone();
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || dispatch.dispatch(Action::SetText(area.value()))));
        })
    };

    let read = {
        let dispatch = props.dispatch.clone();
        let opened = opened.clone();
        Rc::new(move |file: web_sys::File| {
            let name = file.name();
            let (dispatch, opened) = (dispatch.clone(), opened.clone());
            let n = {
                let mut count = opened.borrow_mut();
                *count = count.wrapping_add(1);
                *count
            };
            yew::platform::spawn_local(async move {
                let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                // A file opened since supersedes this one, as a dropped
                // FileReader used to.
                if *opened.borrow() != n {
                    return;
                }
                let bytes = read.map(|b| js_sys::Uint8Array::new(&b).to_vec()).map_err(|e| format!("{name}: {}", read_error(e)));
                match bytes.and_then(|b| decode(&name, &b)) {
                    Ok(text) => {
                        dispatch.dispatch(Action::InputError(None));
                        dispatch.dispatch(Action::Load(text, name));
                    }
                    Err(e) => dispatch.dispatch(Action::InputError(Some(e))),
                }
            });
        })
    };

    let onchange = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read(file);
            }
            input.set_value("");
        })
    };
    // A file dropped anywhere on the page is opened: left to the browser, a
    // drop beside the text box would leave the page for the file.
    {
        let read = read.clone();
        use_effect_with((), move |()| {
            let window = gloo::utils::window();
            let options = EventListenerOptions::enable_prevent_default();
            let over = EventListener::new_with_options(&window, "dragover", options, |e| {
                let files = e.dyn_ref::<DragEvent>().and_then(|e| e.data_transfer()).is_some_and(|d| d.types().includes(&"Files".into(), 0));
                if files {
                    e.prevent_default();
                }
            });
            let drop = EventListener::new_with_options(&window, "drop", options, move |e| {
                let file = e.dyn_ref::<DragEvent>().and_then(|e| e.data_transfer()).and_then(|d| d.files()).and_then(|f| f.get(0));
                if let Some(file) = file {
                    e.prevent_default();
                    read(file);
                }
            });
            // Dropped, a listener stops listening.
            move || std::mem::drop((over, drop))
        });
    }
    let open = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let clear = {
        let dispatch = props.dispatch.clone();
        let pending = pending.clone();
        let empty = props.text.is_empty();
        Callback::from(move |_| {
            if empty || gloo::dialogs::confirm("Clear the text and its corrections? This cannot be undone.") {
                pending.borrow_mut().take();
                dispatch.dispatch(Action::Clear);
            }
        })
    };

    html! {
        <section class="editor" aria-labelledby="editor-title">
            <h2 id="editor-title" class="visually-hidden">{ "Input" }</h2>
            <label for="doc-text" class="field-label">{ "Document text" }</label>
            <textarea id="doc-text" value={props.text.clone()} {oninput} spellcheck="false" rows="3"
                placeholder="Paste a UN meeting document here (Chinese or English), open or drop a .txt file, or load an example." />
            <div class="toolbar" role="group" aria-label="Input">
                <button type="button" onclick={open}>{ "Open .txt file…" }</button>
                <input ref={file_input} type="file" accept=".txt,text/plain" class="visually-hidden"
                    tabindex="-1" aria-hidden="true" {onchange} />
                <button type="button" class="danger" onclick={clear}>{ "Clear" }</button>
            </div>
            { examples(&props.dispatch, props.fetching) }
            if let Some(e) = &props.error {
                <p class="error" role="alert">{ e }</p>
            }
        </section>
    }
}

/// The example documents, one button each: one click fetches and loads
/// it, or says why not; disabled while one is being `fetching`.
fn examples(dispatch: &Dispatch, fetching: bool) -> Html {
    let button = |(file, label): &(&'static str, &'static str)| {
        let file = *file;
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_| {
            let dispatch = dispatch.clone();
            dispatch.dispatch(Action::Fetching(true));
            yew::platform::spawn_local(async move {
                match fetch_example(file).await {
                    Ok(text) => dispatch.dispatch(Action::Load(text, file.to_string())),
                    Err(e) => dispatch.dispatch(Action::InputError(Some(format!("{file}: {e}")))),
                }
                dispatch.dispatch(Action::Fetching(false));
            });
        });
        html! { <button type="button" class="example" data-file={file} {onclick} disabled={fetching}>{ *label }</button> }
    };
    html! {
        <div class="examples" role="group" aria-labelledby="examples-title">
            <span id="examples-title">{ "Examples:" }</span>
            { for EXAMPLES.iter().map(button) }
        </div>
    }
}

/// Why a file could not be read, in the words of `gloo::file`, whose
/// `FileReader` callbacks (2 KB more of wasm) `Blob::arrayBuffer` replaces:
/// the read fails with the same exceptions.
fn read_error(error: wasm_bindgen::JsValue) -> String {
    let Some(e) = error.dyn_ref::<js_sys::Error>() else { return js_message(error) };
    let message = String::from(e.message());
    match String::from(e.name()).as_str() {
        "NotFoundError" => format!("FileReader cannot find blob: {message}"),
        "NotReadableError" => format!("FileReader cannot read contents of blob: {message}"),
        "SecurityError" => format!("FileReader encountered a security exception: {message}"),
        _ => js_message(error),
    }
}

/// Fetches `examples/FILE` from the page's own server and decodes it. The
/// browser's `fetch` directly: `gloo::net`'s request builder is several KB
/// of wasm for one GET.
async fn fetch_example(file: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let promise = gloo::utils::window().fetch_with_str(&format!("examples/{file}"));
    let response: web_sys::Response = JsFuture::from(promise).await.map_err(js_message)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(js_message)?).await.map_err(js_message)?;
    decode(file, &js_sys::Uint8Array::new(&buffer).to_vec())
}
