//! Keeps the document (text, name, corrections) in `localStorage`, so a
//! reload or a crash loses nothing.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::corrections::Edit;

/// The `localStorage` key; the suffix changes if the stored shape does.
const KEY: &str = "undoc.document.v1";
/// Set when the page stopped on an internal error, until the next start.
const CRASHED: &str = "undoc.crashed.v1";

/// What the page keeps between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    LocalStorage::get(KEY).unwrap_or_default()
}

/// Stores `doc`; `Err` with a message when the browser refuses (quota).
pub fn save(doc: &Stored) -> Result<(), String> {
    LocalStorage::set(KEY, doc).map_err(|e| format!("the text could not be kept in this browser: {e}"))
}

/// Notes that the page stopped on an internal error, so that the next start
/// does not annotate the stored text straight away (it may be what stopped
/// it, and would stop every reload).
pub fn note_crash() {
    let _ = LocalStorage::set(CRASHED, true);
}

/// Whether the page stopped last time; asking clears it.
pub fn take_crash() -> bool {
    let crashed = LocalStorage::get::<bool>(CRASHED).unwrap_or(false);
    LocalStorage::delete(CRASHED);
    crashed
}
