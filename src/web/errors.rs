//! JavaScript exceptions as the messages the page shows.

use gloo::utils::errors::JsError;
use wasm_bindgen::JsValue;

/// What a JavaScript exception says, as its `toString()` does
/// (`TypeError: Failed to fetch`): the message `gloo` gave for it.
pub fn js_message(error: JsValue) -> String {
    match JsError::try_from(error) {
        Ok(e) => e.to_string(),
        Err(e) => e.to_string(),
    }
}
