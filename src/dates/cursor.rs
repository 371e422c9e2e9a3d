//! A small forward reader over the text, shared by the date and time
//! recognisers: literals, bounded whitespace (PDF line breaks included) and
//! numbers in ASCII, full-width or Chinese digits.
//!
//! Every step is bounded, so a failed attempt costs a few bytes and a scan
//! that tries the reader at each number stays linear.

use crate::numerals::{chinese_digit, digit_value, is_chinese_numeral, parse_chinese};
use crate::text::{char_at, is_ws};

/// The longest whitespace run, in bytes, that may sit inside a mention
/// (`2020年 11月 16日， \n\n星期一`, `下\n\n午 3 时`).
const MAX_GAP: usize = 24;

/// A position in the text that parsers move forward; `Copy`, so saving and
/// restoring a position is an assignment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    /// A reader at byte `pos` of `text`.
    pub fn new(text: &'a str, pos: usize) -> Cursor<'a> {
        Cursor { text, pos }
    }

    /// The next character.
    pub fn peek(&self) -> Option<char> {
        char_at(self.text, self.pos)
    }

    /// The text from the cursor on.
    pub fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }

    /// The text before byte `i`.
    pub fn text_before(&self, i: usize) -> &'a str {
        self.text.get(..i).unwrap_or("")
    }

    /// Steps over `lit` when the text continues with it.
    pub fn eat(&mut self, lit: &str) -> bool {
        if self.rest().starts_with(lit) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    /// Steps over the first of `lits` the text continues with; returns its index.
    pub fn eat_any(&mut self, lits: &[&str]) -> Option<usize> {
        let i = lits.iter().position(|l| self.rest().starts_with(l))?;
        self.pos += lits[i].len();
        Some(i)
    }

    /// Steps over one character satisfying `pred`.
    pub fn eat_char(&mut self, pred: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| pred(c))?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Steps over whitespace, line breaks included, when the run is at most
    /// [`MAX_GAP`] bytes long; a longer run separates mentions and is left.
    pub fn ws(&mut self) {
        let mut end = self.pos;
        for c in self.rest().chars() {
            if !is_ws(c) {
                break;
            }
            end += c.len_utf8();
            if end - self.pos > MAX_GAP {
                return;
            }
        }
        self.pos = end;
    }

    /// Steps over up to `max` ASCII or full-width digits and returns their
    /// value; fails, without moving, on none or on more than `max`.
    pub fn digits(&mut self, max: usize) -> Option<u32> {
        let mut value = 0u32;
        let mut count = 0;
        let mut end = self.pos;
        for c in self.rest().chars() {
            let Some(d) = digit_value(c) else { break };
            count += 1;
            if count > max {
                return None;
            }
            value = value * 10 + d;
            end += c.len_utf8();
        }
        if count == 0 {
            return None;
        }
        self.pos = end;
        Some(value)
    }

    /// Steps over a run of at most `max` Chinese numerals (`十二`, `三十一`)
    /// and returns its value.
    pub fn chinese(&mut self, max: usize) -> Option<u32> {
        let run: String = self.rest().chars().take_while(|&c| is_chinese_numeral(c)).take(max + 1).collect();
        if run.is_empty() || run.chars().count() > max {
            return None;
        }
        let value = parse_chinese(&run)?;
        self.pos += run.len();
        Some(value)
    }

    /// Steps over a year written digit by digit in Chinese (`二〇二一`).
    pub fn chinese_year(&mut self) -> Option<u32> {
        let mut value = 0;
        let mut end = self.pos;
        for c in self.rest().chars().take(4) {
            // `两` counts things (`两周`), it never spells a digit of a year.
            let d = if c == '两' { None } else { chinese_digit(c) }?;
            value = value * 10 + d;
            end += c.len_utf8();
        }
        if end - self.pos < 4 || self.text.get(end..).and_then(|r| r.chars().next()).is_some_and(is_chinese_numeral) {
            return None;
        }
        self.pos = end;
        Some(value)
    }

    /// A number in digits, or in Chinese numerals when `chinese` allows.
    pub fn number(&mut self, max_digits: usize, chinese: bool) -> Option<u32> {
        self.digits(max_digits).or_else(|| if chinese { self.chinese(3) } else { None })
    }
}

#[cfg(test)]
mod tests {
    use super::Cursor;

    #[test]
    fn steps() {
        let cases: &[(&str, usize, &str, Option<u32>, usize)] = &[
            // text, start, what, value, end
            ("2021年", 0, "digits4", Some(2021), 4),
            ("20211年", 0, "digits4", None, 0),
            ("２０２１年", 0, "digits4", Some(2021), 12),
            ("十二月", 0, "chinese", Some(12), 6),
            ("三十一日", 0, "chinese", Some(31), 9),
            ("二〇二一年", 0, "year", Some(2021), 12),
            ("二〇二年", 0, "year", None, 0),
            ("一二三四五年", 0, "year", None, 0),
            ("二〇两一年", 0, "year", None, 0),
            ("二〇二〇年", 0, "year", Some(2020), 12),
            ("x", 0, "digits4", None, 0),
        ];
        for &(text, start, what, want, end) in cases {
            let mut c = Cursor::new(text, start);
            let got = match what {
                "digits4" => c.digits(4),
                "chinese" => c.chinese(3),
                _ => c.chinese_year(),
            };
            assert_eq!((got, c.pos), (want, end), "{text}");
        }
    }

    #[test]
    fn whitespace_is_bounded() {
        let mut c = Cursor::new("a \n\n b", 1);
        c.ws();
        assert_eq!(c.peek(), Some('b'));
        let long = format!("a{}b", " ".repeat(40));
        let mut c = Cursor::new(&long, 1);
        c.ws();
        assert_eq!(c.pos, 1);
        assert!(!Cursor::new("ab", 5).eat("a"));
    }
}
