//! The lines of a text, as byte ranges without their line breaks, and the
//! running headers and footers of PDF page breaks between them
//! (`E/CN.7/2023/1`, `2/15 V.22-28571` alone on a line), which a list or a
//! table goes on across.
//!
//! Left out: a line holding anything else besides the furniture (`2/15 of
//! the members`) is text, not furniture.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::WS;
use crate::text::is_ws;

/// A line of the text: `start..end` without the line break (and `\r`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Line {
    /// Where the text of the line starts, after its leading whitespace (its
    /// end when the line is blank).
    pub(super) fn content_start(self, text: &str) -> usize {
        let line = &text[self.start..self.end];
        self.start + (line.len() - line.trim_start_matches(is_ws).len())
    }
}

/// The lines of `text`, in order.
pub(super) fn lines_of(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        out.push(Line { start, end: start + content.len() });
        start += piece.len();
    }
    out
}

/// True when line `l` holds only whitespace.
pub(super) fn is_blank(text: &str, l: Line) -> bool {
    text[l.start..l.end].chars().all(is_ws)
}

/// A page break's running header or footer in PDF text: the symbol, the
/// page number and the job number alone on a line (`E/CN.7/2023/1`,
/// `2/15 V.22-28571`), which a list goes on across.
pub(super) static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^[{WS}]*(?:(?:[0-9]{{1,3}}/[0-9]{{1,3}}|[A-Z]\.[0-9]{{2}}-[0-9]{{5}}(?:[{WS}]*\([A-Z]\))?|[A-Z]{{1,8}}(?:/[A-Za-z0-9.\-]+){{2,}})[{WS}]*)+$"))
});
