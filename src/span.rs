//! Byte spans into the annotated text.

use std::ops::Range;

/// A half-open byte range `start..end` into the annotated text.
///
/// Both ends lie on UTF-8 character boundaries and `start <= end`. Byte
/// offsets are used everywhere inside the crate; the conversion to code
/// points and UTF-16 units happens once, in [`crate::export`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    ///
    /// # Panics
    /// In debug builds, when `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span as a `Range`, to slice the text with.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn overlap_is_half_open() {
        assert!(Span::new(0, 3).overlaps(Span::new(2, 5)));
        assert!(!Span::new(0, 3).overlaps(Span::new(3, 5)));
        assert!(Span::new(0, 5).contains(Span::new(1, 5)));
        assert!(!Span::new(1, 5).contains(Span::new(0, 2)));
    }
}
