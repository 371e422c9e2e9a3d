//! Numbers written with ASCII, full-width or Chinese digits.
//!
//! `六十三` → 63, `十四` → 14, `二十三` → 23, `一百零二` → 102, `６` → 6.
//! Larger units (千, 万) are left out: article, paragraph and session
//! numbers of UN documents stay below a thousand.

use std::borrow::Cow;

/// The value of an ASCII or full-width decimal digit.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// `text` with its full-width ASCII forms (`０`–`９`, `Ａ`–`Ｚ`, `／`, `（）`,
/// `．`, `－`, U+FF01–U+FF5E) and ideographic spaces in ASCII: `第９／１号` →
/// `第9/1号`. Borrows when there is nothing to change.
pub fn to_halfwidth(text: &str) -> Cow<'_, str> {
    let full = |c: char| matches!(c, '\u{ff01}'..='\u{ff5e}' | '\u{3000}');
    if !text.contains(full) {
        return Cow::Borrowed(text);
    }
    let half = |c: char| match c {
        '\u{3000}' => ' ',
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        _ => c,
    };
    Cow::Owned(text.chars().map(half).collect())
}

/// True for a Chinese numeral character handled by [`parse_chinese`].
pub fn is_chinese_numeral(c: char) -> bool {
    matches!(c, '〇' | '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百')
}

/// The value of a Chinese digit (`〇`/`零` to `九`, `两` for 2); `None` for
/// the units `十`, `百` and anything else.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a whole string of Chinese numerals (`六十三`, `十`, `一百零二`).
pub fn parse_chinese(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            if pending.is_some() {
                return None; // two digits in a row (`二三`, `一〇〇`): not this notation
            }
            pending = if d == 0 { pending } else { Some(d) };
        } else {
            let unit = match c {
                '十' => 10,
                '百' => 100,
                _ => return None,
            };
            if unit >= last_unit {
                return None;
            }
            total += pending.take().unwrap_or(1) * unit;
            last_unit = unit;
        }
    }
    Some(total + pending.unwrap_or(0))
}

/// Parses a string of ASCII or full-width digits.
pub fn parse_decimal(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    s.chars().try_fold(0u32, |acc, c| acc.checked_mul(10)?.checked_add(digit_value(c)?))
}

/// Parses decimal or Chinese numerals.
pub fn parse_number(s: &str) -> Option<u32> {
    parse_decimal(s).or_else(|| parse_chinese(s))
}

/// The letter of a Chinese subparagraph numeral: `三` → `c` (第(三)项).
pub fn letter_of(n: u32) -> Option<char> {
    (1..=26).contains(&n).then(|| (b'a' + (n - 1) as u8) as char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        let cases = [
            ("一", Some(1)),
            ("十", Some(10)),
            ("十四", Some(14)),
            ("二十三", Some(23)),
            ("六十三", Some(63)),
            ("一百零二", Some(102)),
            ("一百", Some(100)),
            ("三十六", Some(36)),
            ("十十", None),
            ("二三", None),
            ("一〇〇", None),
            ("一零", None),
            ("", None),
            ("第", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_chinese(s), want, "{s}");
        }
    }

    #[test]
    fn decimals_and_letters() {
        assert_eq!(parse_number("２０２１"), Some(2021));
        assert_eq!(parse_number("48"), Some(48));
        assert_eq!(parse_number("4a"), None);
        assert_eq!(parse_decimal("99999999999"), None);
        assert_eq!(letter_of(3), Some('c'));
        assert_eq!(letter_of(0), None);
    }

    #[test]
    fn full_width_forms_in_ascii() {
        assert_eq!(to_halfwidth("第９／１号"), "第9/1号");
        assert_eq!(to_halfwidth("ＣＡＣ／ＣＯＳＰ／２０２１／１"), "CAC/COSP/2021/1");
        assert_eq!(to_halfwidth("２２３１（２０１５）\u{3000}Ａ－Ｃ．"), "2231(2015) A-C.");
        assert!(matches!(to_halfwidth("58/4 号"), Cow::Borrowed("58/4 号")));
    }
}
