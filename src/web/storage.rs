//! Keeps the document (text, name, corrections) in `localStorage`, so a
//! reload or a crash loses nothing.
//!
//! Written as JSON by `serde_json` (which the exports need anyway); read
//! back with the browser's `JSON.parse`, field by field, so that the page
//! carries no JSON deserializer (about 20 KB of wasm).

use gloo::storage::{LocalStorage, Storage};
use js_sys::{Array, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::corrections::{Edit, Mark};
use crate::errors::js_message;

/// The `localStorage` key; the suffix changes if the stored shape does.
const KEY: &str = "undoc.document.v1";
/// Set when the page stopped on an internal error, until the next start.
const CRASHED: &str = "undoc.crashed.v1";

/// What the page keeps between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stored {
    /// The document's text.
    pub text: String,
    /// The source's file name, as in the JSON's `source.name`.
    pub name: String,
    /// The person's corrections, oldest first.
    pub edits: Vec<Edit>,
}

/// The stored document, or an empty one when there is none or it is unreadable.
pub fn load() -> Stored {
    stored_item(KEY).as_ref().and_then(stored).unwrap_or_default()
}

/// Stores `doc`; `Err` with a message when the browser refuses (quota).
/// Serialised here rather than by `LocalStorage::set`, whose error type
/// brings every `serde_json` error message into the wasm: writing these
/// types cannot fail.
pub fn save(doc: &Stored) -> Result<(), String> {
    let json = serde_json::to_string(doc).unwrap_or_default();
    LocalStorage::raw()
        .set_item(KEY, &json)
        .map_err(|e| format!("the text could not be kept in this browser: {}", js_message(e)))
}

/// Notes that the page stopped on an internal error, so that the next start
/// does not annotate the stored text straight away (it may be what stopped
/// it, and would stop every reload).
pub fn note_crash() {
    let _ = LocalStorage::raw().set_item(CRASHED, "true");
}

/// Whether the page stopped last time; asking clears it.
pub fn take_crash() -> bool {
    let crashed = stored_item(CRASHED).and_then(|v| v.as_bool()).unwrap_or(false);
    LocalStorage::delete(CRASHED);
    crashed
}

/// The JSON stored under `key`, parsed; `None` when there is none or it is
/// not JSON.
fn stored_item(key: &str) -> Option<JsValue> {
    let item = LocalStorage::raw().get_item(key).ok()??;
    JSON::parse(&item).ok()
}

/// A [`Stored`] read from parsed JSON as `serde` would read it: every field
/// present and of its type (unknown fields ignored), else `None`.
pub fn stored(value: &JsValue) -> Option<Stored> {
    let edits = field(value, "edits").filter(Array::is_array)?;
    Some(Stored {
        text: field(value, "text")?.as_string()?,
        name: field(value, "name")?.as_string()?,
        edits: Array::from(&edits).iter().map(|e| edit(&e)).collect::<Option<_>>()?,
    })
}

/// An [`Edit`]; a missing or `null` side is `None`.
fn edit(value: &JsValue) -> Option<Edit> {
    let side = |name| match field(value, name) {
        Some(v) if !v.is_null() && !v.is_undefined() => mark(&v).map(Some),
        _ => Some(None),
    };
    if !value.is_object() {
        return None;
    }
    Some(Edit { remove: side("remove")?, add: side("add")? })
}

/// A [`Mark`]: offsets are whole non-negative numbers.
fn mark(value: &JsValue) -> Option<Mark> {
    let offset = |name| field(value, name)?.as_f64().filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= usize::MAX as f64).map(|n| n as usize);
    Some(Mark { start: offset("start")?, end: offset("end")?, kind: field(value, "kind")?.as_string()?, text: field(value, "text")?.as_string()? })
}

/// The field `name` of the object `value`; `None` when `value` is not an
/// object or has no such field.
fn field(value: &JsValue, name: &str) -> Option<JsValue> {
    if !value.is_object() {
        return None;
    }
    Reflect::get(value, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined())
}
