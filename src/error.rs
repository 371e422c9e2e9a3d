//! The crate's one error type, for the front ends: input that cannot be read
//! or decoded, and bad command-line arguments. Problems *inside* a document
//! are never errors; they are [`crate::model::Diagnostic`]s.

use std::fmt;

/// Why a front end could not produce an annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The file could not be read.
    Read {
        /// The file as the user named it.
        path: String,
        /// The operating system's reason, lowercase.
        reason: String,
    },
    /// The output could not be written.
    Write {
        /// The file, or `standard output`.
        path: String,
        /// The operating system's reason, lowercase.
        reason: String,
    },
    /// The bytes are not text in any encoding the annotator reads.
    Binary {
        /// Where the first byte that gave it away is.
        offset: usize,
    },
    /// The command line was wrong.
    Usage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { path, reason } => write!(f, "cannot read {path}: {reason}"),
            Error::Write { path, reason } => write!(f, "cannot write {path}: {reason}"),
            Error::Binary { offset } => write!(
                f,
                "this looks like binary data, not text (byte {offset}); save the document as plain text (UTF-8, UTF-16 or GB18030) and try again"
            ),
            Error::Usage(msg) => write!(f, "{msg}"),
        }
    }
}

impl std::error::Error for Error {}
