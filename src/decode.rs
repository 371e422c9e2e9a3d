//! Turns the bytes of a file into text, the same way in the command line and
//! in the page: UTF-8 with or without BOM, UTF-16 LE/BE (with BOM, or
//! without when every other byte is NUL or when it reads as text and
//! GB18030 does not), and GB18030, the common legacy encoding of Chinese
//! files. Anything else with NUL or many control bytes
//! is refused as binary.
//!
//! GB18030 is decoded by the caller's decoder of the WHATWG Encoding
//! Standard: natively `encoding_rs` ([`decode`]), in the page the browser's
//! own `TextDecoder`, which implements the same standard, so the page's
//! WebAssembly does not carry `encoding_rs`'s tables.

use crate::error::Error;

/// A strict GB18030 decoder: the text, or `None` when the bytes are not
/// well-formed GB18030.
pub type Gb18030Decoder = fn(&[u8]) -> Option<String>;

/// Text decoded from bytes, with the encoding that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `gb18030`.
    pub encoding: &'static str,
}

/// Decodes `bytes` as described in the module documentation, with
/// `encoding_rs` for GB18030.
///
/// # Errors
/// [`Error::Binary`] when the bytes are not text.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    decode_with(bytes, gb18030)
}

/// Strict GB18030 by `encoding_rs`.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes).map(std::borrow::Cow::into_owned)
}

/// Decodes `bytes` as described in the module documentation, with
/// `gb18030` for that encoding.
///
/// # Errors
/// [`Error::Binary`] when the bytes are not text.
pub fn decode_with(bytes: &[u8], gb18030: Gb18030Decoder) -> Result<Decoded, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, Endian::Little);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, Endian::Big);
    }
    if let Some(endian) = bomless_utf16(bytes) {
        return utf16(bytes, endian);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned(), "UTF-8");
    }
    // Neither BOM nor NULs: GB18030, or UTF-16 of text without ASCII (pure
    // Chinese) when that reads as clearly more plausible text.
    let gb = gb18030(bytes);
    let gb_score = gb.as_deref().map_or(0, plausibility);
    let wide = [Endian::Little, Endian::Big]
        .into_iter()
        .filter_map(|endian| utf16_text(bytes, endian).map(|t| (plausibility(&t), t, endian)))
        .filter(|&(score, _, _)| score >= 95 && (gb.is_none() || score > gb_score))
        .max_by_key(|&(score, _, _)| score);
    match (wide, gb) {
        (Some((_, text, endian)), _) => checked(text, endian.name()),
        (None, Some(text)) => checked(text, "gb18030"),
        (None, None) => Err(Error::Binary { offset: std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| 0) }),
    }
}

/// Byte order of UTF-16.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

impl Endian {
    fn name(self) -> &'static str {
        match self {
            Endian::Little => "UTF-16LE",
            Endian::Big => "UTF-16BE",
        }
    }
}

/// The percentage of characters that are common in UN documents: ASCII text,
/// Latin, Greek, Cyrillic and Arabic letters, CJK ideographs and
/// punctuation, full-width forms. Text read in the wrong encoding scores low.
fn plausibility(text: &str) -> usize {
    let (mut good, mut total) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        good += usize::from(matches!(c,
            '\t' | '\n' | '\r' | ' '..='~' | '\u{a0}'..='\u{24f}' | '\u{370}'..='\u{4ff}' | '\u{600}'..='\u{6ff}'
            | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}'));
    }
    (good * 100).checked_div(total).unwrap_or(100)
}

fn utf8(bytes: &[u8]) -> Result<Decoded, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => checked(text.to_owned(), "UTF-8"),
        Err(e) => Err(Error::Binary { offset: e.valid_up_to() + 3 }),
    }
}

fn utf16(bytes: &[u8], endian: Endian) -> Result<Decoded, Error> {
    match utf16_text(bytes, endian) {
        Some(text) => checked(text, endian.name()),
        None => Err(Error::Binary { offset: 0 }),
    }
}

/// Strict UTF-16: `None` for an odd number of bytes or an unpaired surrogate.
fn utf16_text(bytes: &[u8], endian: Endian) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| match endian {
        Endian::Little => u16::from_le_bytes([pair[0], pair[1]]),
        Endian::Big => u16::from_be_bytes([pair[0], pair[1]]),
    });
    char::decode_utf16(units).collect::<Result<String, _>>().ok()
}

/// UTF-16 without BOM: in the first 4 KB, NULs sit almost only at odd
/// (little-endian) or only at even (big-endian) positions.
fn bomless_utf16(bytes: &[u8]) -> Option<Endian> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let pairs = head.len() / 2;
    if odd * 3 > pairs && even * 20 < odd {
        Some(Endian::Little)
    } else if even * 3 > pairs && odd * 20 < even {
        Some(Endian::Big)
    } else {
        None
    }
}

/// Refuses text with NUL characters or where more than one character in
/// twenty is a control character other than tab and line breaks.
fn checked(text: String, encoding: &'static str) -> Result<Decoded, Error> {
    let mut controls = 0usize;
    let mut total = 0usize;
    for (i, c) in text.char_indices() {
        total += 1;
        if c == '\0' {
            return Err(Error::Binary { offset: i });
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 20 > total {
        return Err(Error::Binary { offset: 0 });
    }
    Ok(Decoded { text, encoding })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use encoding_rs::GB18030;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { vec![] };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    #[test]
    fn encodings() {
        let text = "Distr.: General\n第九届会议";
        assert_eq!(decode(text.as_bytes()).unwrap().text, text);
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(&bom).unwrap().text, text);
        assert_eq!(decode(&utf16le(text, true)).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&utf16le(text, false)).unwrap().text, text);
        let be: Vec<u8> = [vec![0xFE, 0xFF], text.encode_utf16().flat_map(u16::to_be_bytes).collect()].concat();
        assert_eq!(decode(&be).unwrap().text, text);
        let (gb, _, _) = GB18030.encode(text);
        let d = decode(&gb).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "gb18030"));
    }

    #[test]
    fn bomless_utf16_without_ascii_is_told_from_gb18030() {
        for text in ["缔约国会议第九届会议将于二〇二一年十二月在埃及沙姆沙伊赫举行。", "第九届会议", "联合国反腐败公约缔约国会议（维也纳）"] {
            let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
            let (gb, _, _) = GB18030.encode(text);
            for (bytes, encoding) in [(le, "UTF-16LE"), (be, "UTF-16BE"), (gb.into_owned(), "gb18030")] {
                let d = decode(&bytes).unwrap();
                assert_eq!((d.text.as_str(), d.encoding), (text, encoding));
            }
        }
    }

    #[test]
    fn malformed_utf16_is_refused() {
        let odd = [0xFF, 0xFE, b'a', 0, b'b'];
        let lone_surrogate = [0xFF, 0xFE, 0x00, 0xD8, b'a', 0];
        for bytes in [&odd[..], &lone_surrogate[..]] {
            assert!(matches!(decode(bytes), Err(Error::Binary { .. })), "{bytes:?}");
        }
    }

    #[test]
    fn gb18030_comes_from_the_given_decoder() {
        let (gb, _, _) = GB18030.encode("临时议程");
        let refusing: Gb18030Decoder = |_| None;
        assert!(matches!(decode_with(&gb, refusing), Err(Error::Binary { .. })));
        let d = decode_with(&gb, gb18030).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("临时议程", "gb18030"));
        assert_eq!(decode_with("议程".as_bytes(), refusing).unwrap().encoding, "UTF-8");
    }

    #[test]
    fn plausibility_of_text() {
        for (text, want) in [("", 100), ("abc 中文。", 100), ("\u{ac00}\u{ac01}ab", 50), ("\u{e000}", 0), ("Ωμέγα русский", 100)] {
            assert_eq!(plausibility(text), want, "{text}");
        }
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(decode(b"PK\x03\x04\x00\x00\x08\x00"), Err(Error::Binary { .. })));
        assert!(matches!(decode(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), Err(Error::Binary { .. })));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 0x80).collect();
        assert!(matches!(decode(&noise), Err(Error::Binary { .. })));
        assert_eq!(decode(b"").unwrap().text, "");
        assert_eq!(decode(b"a\r\nb").unwrap().text, "a\r\nb");
    }
}
