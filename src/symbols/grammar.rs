//! The grammar of United Nations document symbols.
//!
//! A symbol is a chain of `/`-separated components: a series root that names
//! the issuing organ (`A`, `E`, `CAC`, `FCCC`, … from
//! `src/data/symbol_series.tsv`), then bodies (`COSP`, `HRC`, `CN.15`,
//! `AC.260`, `COP(15)`), a session or year (`76`, `2021`, `S-32`), a document
//! type (`L.1`, `CRP.1`, `SR.12`, `PV.9000`, `INF/`, `RES/`), the running
//! number, and chained modifiers (`Add.2`, `Corr.1`, `Rev.1`). Example:
//! `CAC/COSP/IRG/2022/L.1/Add.9` → bodies `CAC`, `COSP`, `IRG`, session
//! `2022`, type `L.`, number `1`, modifier `Add.9`.
//!
//! A Security Council resolution's year in brackets is part of its symbol:
//! `S/RES/2334 (2016)` → `S/RES/2334(2016)`, the form undocs.org takes, with
//! the year as the session.
//!
//! So is the volume or section of a report issued in parts: `A/78/5 (Vol.
//! I)` → `A/78/5(Vol.I)`, `A/79/6 (Sect. 16)` → `A/79/6(Sect.16)`, with the
//! modifiers glued after it (`A/78/6 (Sect. 29A)/Corr.1`).
//!
//! Left out on purpose: job numbers (`V.21-07050`, no `/` and no series),
//! slashed dates and fractions (no series root), and a bracketed year after
//! any other symbol (`A/RES/73/191 (2018)` → `A/RES/73/191`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::model::SymbolParts;

/// The series roots, document types and modifiers of the data file.
struct Lexicon {
    /// Series root → the organ that issues documents under it.
    roots: HashMap<&'static str, &'static str>,
    /// Heads of document-type components (`L`, `CRP`, `INF`, …).
    types: Vec<&'static str>,
    /// Heads of modifier components (`Add`, `Corr`, …).
    modifiers: Vec<&'static str>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = Lexicon { roots: HashMap::new(), types: Vec::new(), modifiers: Vec::new() };
    for line in data_file!("symbol_series.tsv").lines() {
        let mut fields = line.split('\t');
        match (fields.next(), fields.next(), fields.next()) {
            (Some("series"), Some(root), Some(organ)) => {
                lexicon.roots.insert(root, organ);
            }
            (Some("type"), Some(head), None) => lexicon.types.push(head),
            (Some("modifier"), Some(head), None) => lexicon.modifiers.push(head),
            _ => {}
        }
    }
    lexicon
});

/// The longest a symbol may be, in bytes; keeps the scan linear.
const MAX_LEN: usize = 120;

/// A document symbol read at some offset of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// Length of the span in bytes (all ASCII).
    pub len: usize,
    /// The normalised symbol: the span without blanks.
    pub symbol: String,
    /// Its components.
    pub parts: SymbolParts,
}

/// One `/`-separated component, classified.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Component<'a> {
    /// A series root or body: `CAC`, `CN.15`, `COP(15)`.
    Body(&'a str),
    /// Digits: a year, session or running number.
    Number(&'a str),
    /// A special or emergency special session: `S-32`, `ES-10`.
    Session(&'a str),
    /// A document type followed by its number: `L.1`, `CRP.2`, `PV.9000`.
    Typed(&'a str),
    /// A document type whose number follows in later components: `INF`, `RES`.
    TypeSlash(&'a str),
    /// `Add.2`, `Corr.1`, `Rev.1`.
    Modifier(&'a str),
}

/// The organ that issues documents under the series root `root` (`CAC` →
/// the Conference of the States Parties to the United Nations Convention
/// against Corruption), as the data names it.
pub fn root_organ(root: &str) -> Option<&'static str> {
    LEXICON.roots.get(root).copied()
}

/// True when `head` opens a modifier component (`Add`, `Corr`, `Rev`, …),
/// as the data names them.
pub fn is_modifier(head: &str) -> bool {
    LEXICON.modifiers.contains(&head)
}

/// True for the bytes a symbol is made of.
fn is_symbol_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'/' | b'-' | b'(' | b')')
}

/// Reads the document symbol that starts at byte `start` of `text`, if one
/// does. `start` must be where the caller saw a plausible beginning (an
/// uppercase letter not glued to a preceding word). A line break or spaces
/// right after a `/` (a symbol broken by a PDF) stay inside the span and out
/// of the normalised symbol. O(length of the symbol).
pub fn parse_at(text: &str, start: usize) -> Option<Parsed> {
    let bytes = text.as_bytes().get(start..)?;
    let mut run = 0;
    while run < bytes.len().min(MAX_LEN) {
        let b = bytes[run];
        let after_slash = run > 0 && bytes[run - 1] == b'/';
        if after_slash && matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            // Bounded: at most a few blank bytes, then the symbol goes on.
            let gap = bytes[run..].iter().take(8).take_while(|b| b.is_ascii_whitespace()).count();
            run += gap;
            continue;
        }
        if !is_symbol_byte(b) {
            break;
        }
        run += 1;
    }
    let run = std::str::from_utf8(&bytes[..run.min(bytes.len())]).ok()?;

    let mut components = Vec::new();
    let mut ends = Vec::new();
    let mut at = 0;
    for piece in run.split('/') {
        let end = at + piece.len();
        let raw = piece.trim_start();
        let raw_start = end - raw.len();
        // Sentence punctuation and unbalanced brackets after the symbol.
        let raw = trim_tail(raw);
        match classify(raw).filter(|c| !is_range_after_year(c, components.last())) {
            Some(c) => {
                components.push(c);
                ends.push(raw_start + raw.len());
            }
            // `WFP/EB.A/2023/5-A/1`: a lettered part of a number, unless a
            // symbol starts at the letter (`E/2021/30-E/CN.15/2021/17`).
            None if lettered(raw) && parse_at(text, start + raw_start + raw.find('-').map_or(0, |d| d + 1)).is_none() => {
                components.push(Component::Number(raw));
                ends.push(raw_start + raw.len());
            }
            None => {
                // `2231(2015)`: a year in brackets is not part of the symbol;
                // `E/2021/30-E/CN.15/2021/17`: two symbols of one document.
                if let Some((c, len)) = head_before_tail(raw) {
                    components.push(c);
                    ends.push(raw_start + len);
                }
                break;
            }
        }
        if raw.len() + raw_start < end {
            break;
        }
        at = end + 1;
    }
    // More numbers than year, session and number: a path or a table, not a symbol.
    if components.iter().filter(|c| matches!(c, Component::Number(_) | Component::Session(_))).count() > 3 {
        return None;
    }
    (1..=components.len()).rev().find_map(|k| {
        let mut parts = validate(&components[..k])?;
        let mut len = ends[k - 1];
        if let Some(year) = council_year(&parts, &bytes[len..]) {
            parts.session = Some(year.digits.to_owned());
            len += year.len;
        }
        if let Some((part, extra)) = volume(&bytes[len..]) {
            parts.modifiers.push(part);
            len += extra;
            // `A/78/6 (Sect. 29A)/Corr.1`: the volume's own corrigenda and addenda.
            while let Some((modifier, extra)) = modifier_after(&bytes[len..]) {
                parts.modifiers.push(modifier.to_owned());
                len += extra;
            }
        }
        // `A/78/5（Vol. I）` in a Chinese text: the value in ASCII.
        let symbol: String = crate::numerals::to_halfwidth(&text[start..start + len]).chars().filter(|c| !c.is_ascii_whitespace()).collect();
        Some(Parsed { len, symbol, parts })
    })
}

/// The bracketed year that closes a Security Council resolution's symbol.
struct CouncilYear<'a> {
    /// The four digits of the year.
    digits: &'a str,
    /// Bytes from the end of the number to the closing bracket, included.
    len: usize,
}

/// The year in brackets after `S/RES/2334`, as in ` (2016)`, `(2016)`:
/// at most two blanks, then four digits of a UN year in ASCII brackets.
fn council_year<'a>(parts: &SymbolParts, after: &'a [u8]) -> Option<CouncilYear<'a>> {
    let resolution = parts.bodies == ["S"] && parts.doc_type.as_deref() == Some("RES/") && parts.session.is_none() && parts.modifiers.is_empty();
    if !resolution {
        return None;
    }
    let gap = after.iter().take(3).take_while(|&&b| matches!(b, b' ' | b'\t')).count();
    let digits = after.get(gap + 1..gap + 5).and_then(|d| std::str::from_utf8(d).ok())?;
    let closed = after.get(gap) == Some(&b'(') && after.get(gap + 5) == Some(&b')');
    (gap <= 2 && closed && is_year(digits)).then_some(CouncilYear { digits, len: gap + 6 })
}

/// The longest bracketed volume or section read after a symbol, in bytes.
const VOLUME_REACH: usize = 16;

/// The volume or section in brackets that closes the symbol of a report
/// issued in parts, `A/78/5 (Vol. I)` → `Vol.I`, `A/79/6 (Sect. 29A)` →
/// `Sect.29A`, with the bytes it takes from the end of the symbol: at most
/// two blanks, then `Vol.` or `Sect.` and a Roman numeral or a number
/// (one capital may follow it) in brackets, ASCII or full-width.
fn volume(after: &[u8]) -> Option<(String, usize)> {
    let gap = after.iter().take(3).take_while(|&&b| matches!(b, b' ' | b'\t')).count();
    let bracket = match after.get(gap..)? {
        [b'(', ..] => 1,
        rest if rest.starts_with("（".as_bytes()) => "（".len(),
        _ => return None,
    };
    let open = gap + bracket;
    let inside = after.get(open..)?.iter().take(VOLUME_REACH).position(|&b| b == b')' || b == 0xEF)?;
    let close = open + inside;
    let close_len = if after[close] == b')' { 1 } else if after[close..].starts_with("）".as_bytes()) { "）".len() } else { return None };
    if gap > 2 || (bracket == 1) != (close_len == 1) {
        return None;
    }
    let (head, label) = std::str::from_utf8(&after[open..close]).ok()?.split_once('.')?;
    let label = label.trim_start_matches(' ');
    let roman = (1..=6).contains(&label.len()) && label.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=3).contains(&digits) && label.len() - digits <= 1 && label.bytes().skip(digits).all(|b| b.is_ascii_uppercase());
    (matches!(head, "Vol" | "Sect") && (roman || numbered)).then(|| (format!("{head}.{label}"), close + close_len))
}

/// A modifier glued to the end of a symbol, `/Corr.1` → `Corr.1`, with the
/// bytes it takes.
fn modifier_after(after: &[u8]) -> Option<(&str, usize)> {
    let run = after.strip_prefix(b"/")?.iter().take(12).take_while(|b| b.is_ascii_alphanumeric() || **b == b'.').count();
    let raw = trim_tail(std::str::from_utf8(&after[1..1 + run]).ok()?);
    matches!(classify(raw), Some(Component::Modifier(_))).then_some((raw, 1 + raw.len()))
}

/// `2.` → `2`, `4)` → `4`, `COP(15)` unchanged.
fn trim_tail(raw: &str) -> &str {
    let mut raw = raw;
    loop {
        let opens = raw.bytes().filter(|&b| b == b'(').count();
        let closes = raw.bytes().filter(|&b| b == b')').count();
        match raw.as_bytes().last() {
            Some(b'.' | b'-' | b'(') => raw = &raw[..raw.len() - 1],
            Some(b')') if closes > opens => raw = &raw[..raw.len() - 1],
            _ => return raw,
        }
    }
}

/// True when `c` is two numbers joined by a hyphen right after a year
/// (`CAC/COSP/IRG/2024/3-5`): a range of documents, read to its first
/// number here and to its last by `elliptical`; after no year it is one
/// number (`CERD/C/CHN/CO/14-17`, combined reports).
fn is_range_after_year(c: &Component<'_>, before: Option<&Component<'_>>) -> bool {
    let ranged = matches!(c, Component::Number(n) if n.contains('-'));
    ranged && matches!(before, Some(Component::Number(y)) if is_year(y))
}

/// True for a number with a lettered part: `5-A`, `4-B`.
fn lettered(raw: &str) -> bool {
    raw.split_once('-').is_some_and(|(n, l)| is_digits(n, 4) && !l.is_empty() && l.len() <= 2 && l.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The component at the head of `raw` before a bracket or a `-` (a year, the
/// next symbol of a joint symbol, a range of addenda), with its length:
/// `2231(2015)` → `2231`, `30-E` → `30`, `L.1-E` → `L.1`, `Add.9-13` → `Add.9`.
fn head_before_tail(raw: &str) -> Option<(Component<'_>, usize)> {
    let cut = raw.find(['(', '-'])?;
    let head = &raw[..cut];
    classify(head).map(|c| (c, head.len()))
}

/// True for a number that reads as a year of the United Nations' time.
fn is_year(n: &str) -> bool {
    n.len() == 4 && n.parse::<u16>().is_ok_and(|y| (1945..2100).contains(&y))
}

fn is_digits(s: &str, max: usize) -> bool {
    !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
}

/// Classifies one component, or `None` when it cannot be part of a symbol.
fn classify(raw: &str) -> Option<Component<'_>> {
    if is_digits(raw, 6) {
        return Some(Component::Number(raw));
    }
    if let Some((prefix, digits)) = raw.split_once('-') {
        // `S-32`, `ES-10`; combined reports of treaty bodies: `CO/14-17`.
        if is_digits(prefix, 3) && is_digits(digits, 3) {
            return Some(Component::Number(raw));
        }
        // `ICC-ASP`: a body whose name joins two abbreviations.
        let capitals = |p: &str| (2..=6).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase());
        if capitals(prefix) && capitals(digits) {
            return Some(Component::Body(raw));
        }
        return (matches!(prefix, "S" | "ES") && is_digits(digits, 3)).then_some(Component::Session(raw));
    }
    if !raw.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let head_len = raw.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (head, rest) = raw.split_at(head_len);
    let lexicon = &*LEXICON;
    if rest.is_empty() {
        if lexicon.types.contains(&head) {
            return Some(Component::TypeSlash(head));
        }
        return (head.len() <= 12 && !lexicon.modifiers.contains(&head)).then_some(Component::Body(raw));
    }
    if rest.strip_prefix('.').is_some_and(|n| is_digits(n, 6)) {
        if lexicon.modifiers.contains(&head) {
            return Some(Component::Modifier(raw));
        }
        if lexicon.types.contains(&head) {
            return Some(Component::Typed(raw));
        }
        return Some(Component::Body(raw));
    }
    // `COP14`: a body with its session run on.
    if is_digits(rest, 3) && head.len() >= 2 {
        return Some(Component::Body(raw));
    }
    // `COP(15)`, `OzL.Pro.33`, `WG.III`.
    if let Some(session) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return is_digits(session, 3).then_some(Component::Body(raw));
    }
    let dotted = rest.split('.').skip(1).all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    (rest.starts_with('.') && dotted && raw.len() <= 16).then_some(Component::Body(raw))
}

/// The parts of a complete symbol made of `components`, or `None` when they
/// do not form one.
fn validate(components: &[Component<'_>]) -> Option<SymbolParts> {
    let Some(&Component::Body(root)) = components.first() else { return None };
    let root_head = root.split(['.', '(']).next().unwrap_or(root);
    if !LEXICON.roots.contains_key(root_head) {
        return None;
    }
    let last = components.last()?;
    if !matches!(last, Component::Number(_) | Component::Typed(..) | Component::Modifier(_)) {
        return None;
    }
    match (components.len(), last) {
        (0 | 1, _) | (2, Component::Modifier(_)) => return None,
        // `S/PV.9000`, `CD/2200`, `IDB.49/8`, but not `A/76`, `E/2021`, `ST/2`
        // or `UNODC/2021`.
        (2, Component::Number(n)) if root_head.len() == 1 || (root_head == root && (n.len() < 3 || is_year(n))) => return None,
        _ => {}
    }
    // A type followed by more than modifiers names a body: `ECE/TRANS/WP.29/1159`.
    let last_type = components.iter().rposition(|c| matches!(c, Component::Typed(..)));
    let typed_at = last_type.filter(|&t| components[t + 1..].iter().all(|c| matches!(c, Component::Modifier(_))));
    let mut parts = SymbolParts::default();
    let mut numbers = Vec::new();
    let mut typed_number = None;
    for (i, c) in components.iter().enumerate() {
        let after_modifier = !parts.modifiers.is_empty();
        let c = match *c {
            Component::Typed(raw) if Some(i) != typed_at => Component::Body(raw),
            c => c,
        };
        match c {
            Component::Modifier(m) if numbers.len() + usize::from(typed_number.is_some()) > 0 => {
                parts.modifiers.push(m.to_owned());
            }
            Component::Modifier(_) => return None,
            _ if after_modifier => return None,
            Component::Body(b) => parts.bodies.push(b.to_owned()),
            Component::Number(n) | Component::Session(n) => {
                if typed_number.is_some() {
                    return None;
                }
                numbers.push(n);
            }
            Component::Typed(raw) => {
                let (head, n) = raw.split_once('.')?;
                if parts.doc_type.is_some() {
                    return None;
                }
                parts.doc_type = Some(format!("{head}."));
                typed_number = Some(n);
            }
            Component::TypeSlash(head) => {
                if parts.doc_type.is_some() {
                    return None;
                }
                parts.doc_type = Some(format!("{head}/"));
            }
        }
    }
    // A one-letter series needs more than one number, a body or a type:
    // `A/76/251`, `E/CN.15/…`, `S/PV.9000`, not `A/76/Add.1`.
    let thin = root_head.len() == 1 && numbers.len() < 2 && parts.bodies.len() < 2 && parts.doc_type.is_none();
    if numbers.len() > 3 || thin {
        return None;
    }
    match typed_number {
        Some(n) => {
            parts.number = Some(n.to_owned());
            parts.session = numbers.first().map(|s| (*s).to_owned());
        }
        None => {
            let (number, session) = numbers.split_last()?;
            parts.number = Some((*number).to_owned());
            parts.session = session.first().map(|s| (*s).to_owned());
        }
    }
    // The most specific organ the leading bodies name: `E/CN.15` before `E`;
    // a session after a dot names the organ's session (`UNEP/EA.5` → `UNEP/EA`).
    parts.organ = (1..=parts.bodies.len())
        .rev()
        .find_map(|k| {
            let rest = parts.bodies.get(1..k).unwrap_or_default();
            let key = std::iter::once(root_head).chain(rest.iter().map(String::as_str)).collect::<Vec<_>>().join("/");
            let head = key.rsplit_once('.').map(|(head, _)| head).filter(|_| k > 1);
            LEXICON.roots.get(key.as_str()).or_else(|| head.and_then(|h| LEXICON.roots.get(h)))
        })
        .map(|organ| (*organ).to_owned());
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(input, expected symbol or "" for none, bodies, session, type, number, modifiers)`.
    type Case = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

    const CASES: &[Case] = &[
        // UNCAC and its subsidiary bodies.
        ("CAC/COSP/2021/2", "CAC/COSP/2021/2", "CAC COSP", "2021", "", "2", ""),
        ("CAC/COSP/IRG/2022/1/Add.2", "CAC/COSP/IRG/2022/1/Add.2", "CAC COSP IRG", "2022", "", "1", "Add.2"),
        ("CAC/COSP/EG.1/2023/CRP.1", "CAC/COSP/EG.1/2023/CRP.1", "CAC COSP EG.1", "2023", "CRP.", "1", ""),
        ("CAC/COSP/IRG/2022/L.1/Add.9](#)", "CAC/COSP/IRG/2022/L.1/Add.9", "CAC COSP IRG", "2022", "L.", "1", "Add.9"),
        ("CAC/COSP/WG.2/2020/4).", "CAC/COSP/WG.2/2020/4", "CAC COSP WG.2", "2020", "", "4", ""),
        ("CAC/COSP/WG.2/2026/INF/1", "CAC/COSP/WG.2/2026/INF/1", "CAC COSP WG.2", "2026", "INF/", "1", ""),
        // The Vienna commissions' information series.
        ("CND/2026/INF/2", "CND/2026/INF/2", "CND", "2026", "INF/", "2", ""),
        ("UNODC/CCPCJ/2026/INF/1/Rev.1", "UNODC/CCPCJ/2026/INF/1/Rev.1", "UNODC CCPCJ", "2026", "INF/", "1", "Rev.1"),
        // General Assembly, Security Council, ECOSOC, Secretariat.
        ("A/RES/73/191", "A/RES/73/191", "A", "73", "RES/", "191", ""),
        ("A/76/251.", "A/76/251", "A", "76", "", "251", ""),
        ("A/C.3/76/L.1/Rev.1", "A/C.3/76/L.1/Rev.1", "A C.3", "76", "L.", "1", "Rev.1"),
        ("A/AC.260/2", "A/AC.260/2", "A AC.260", "", "", "2", ""),
        ("A/RES/S-32/1", "A/RES/S-32/1", "A", "S-32", "RES/", "1", ""),
        ("A/ES-10/L.22", "A/ES-10/L.22", "A", "ES-10", "L.", "22", ""),
        ("A/INF/76/1", "A/INF/76/1", "A", "76", "INF/", "1", ""),
        ("A/HRC/49/L.1/Add.1/Corr.2", "A/HRC/49/L.1/Add.1/Corr.2", "A HRC", "49", "L.", "1", "Add.1 Corr.2"),
        ("S/RES/2231 (2015)", "S/RES/2231 (2015)", "S", "2015", "RES/", "2231", ""),
        ("S/RES/2231(2015),", "S/RES/2231(2015)", "S", "2015", "RES/", "2231", ""),
        ("S/RES/2334\t(2016).", "S/RES/2334\t(2016)", "S", "2016", "RES/", "2334", ""),
        // Not a year of the symbol: too far, not a year, another series.
        ("S/RES/2231   (2015)", "S/RES/2231", "S", "", "RES/", "2231", ""),
        ("S/RES/2231 (para. 4)", "S/RES/2231", "S", "", "RES/", "2231", ""),
        ("S/RES/2231 (1850)", "S/RES/2231", "S", "", "RES/", "2231", ""),
        ("A/RES/73/191 (2018)", "A/RES/73/191", "A", "73", "RES/", "191", ""),
        ("S/PV.9000", "S/PV.9000", "S", "", "PV.", "9000", ""),
        ("S/2021/1,", "S/2021/1", "S", "2021", "", "1", ""),
        ("E/2021/30", "E/2021/30", "E", "2021", "", "30", ""),
        ("E/CN.15/2021/L.1/Add.7", "E/CN.15/2021/L.1/Add.7", "E CN.15", "2021", "L.", "1", "Add.7"),
        ("E/CN.7/2022/CRP.3", "E/CN.7/2022/CRP.3", "E CN.7", "2022", "CRP.", "3", ""),
        ("ST/SGB/2019/8", "ST/SGB/2019/8", "ST SGB", "2019", "", "8", ""),
        // Other bodies and treaty organs.
        ("CTOC/COP/2020/10", "CTOC/COP/2020/10", "CTOC COP", "2020", "", "10", ""),
        ("FCCC/SBI/2021/INF.1", "FCCC/SBI/2021/INF.1", "FCCC SBI", "2021", "INF.", "1", ""),
        ("FCCC/PA/CMA/2021/10/Add.1", "FCCC/PA/CMA/2021/10/Add.1", "FCCC PA CMA", "2021", "", "10", "Add.1"),
        ("UNEP/EA.5/Res.1", "UNEP/EA.5/Res.1", "UNEP EA.5", "", "Res.", "1", ""),
        ("ICCD/COP(15)/21/Add.1", "ICCD/COP(15)/21/Add.1", "ICCD COP(15)", "", "", "21", "Add.1"),
        ("TD/B/68/3", "TD/B/68/3", "TD B", "68", "", "3", ""),
        ("UNW/2021/1", "UNW/2021/1", "UNW", "2021", "", "1", ""),
        ("DP/FPA/2021/4", "DP/FPA/2021/4", "DP FPA", "2021", "", "4", ""),
        ("CCPR/C/GC/37", "CCPR/C/GC/37", "CCPR C GC", "", "", "37", ""),
        ("CD/2200", "CD/2200", "CD", "", "", "2200", ""),
        ("UNEP/OzL.Pro.33/8", "UNEP/OzL.Pro.33/8", "UNEP OzL.Pro.33", "", "", "8", ""),
        ("IDB.49/8", "IDB.49/8", "IDB.49", "", "", "8", ""),
        ("E/2021/30-E/CN.15/2021/17", "E/2021/30", "E", "2021", "", "30", ""),
        ("UNEP/EA.5/HLS.1", "UNEP/EA.5/HLS.1", "UNEP EA.5", "", "HLS.", "1", ""),
        ("UNEP/CMS/COP14/Doc.1", "UNEP/CMS/COP14/Doc.1", "UNEP CMS COP14", "", "Doc.", "1", ""),
        ("UNEP/CMS/COP14/Inf.3/Rev.1", "UNEP/CMS/COP14/Inf.3/Rev.1", "UNEP CMS COP14", "", "Inf.", "3", "Rev.1"),
        ("UNAIDS/PCB(52)/23.1", "", "", "", "", "", ""),
        ("WFP/EB.A/2023/5-A/1", "WFP/EB.A/2023/5-A/1", "WFP EB.A", "2023", "", "1", ""),
        ("WFP/EB.1/2023/4-B.", "WFP/EB.1/2023/4-B", "WFP EB.1", "2023", "", "4-B", ""),
        ("E/CN.15/2021/L.1-E/CN.7/2021/L.1", "E/CN.15/2021/L.1", "E CN.15", "2021", "L.", "1", ""),
        ("CAC/COSP/IRG/2022/L.1/Add.9-13", "CAC/COSP/IRG/2022/L.1/Add.9", "CAC COSP IRG", "2022", "L.", "1", "Add.9"),
        ("A/76/251/Add.1(Part II)", "A/76/251/Add.1", "A", "76", "", "251", "Add.1"),
        // A report issued in volumes or sections: the bracket is part of its symbol.
        ("A/78/5 (Vol. I))", "A/78/5 (Vol. I)", "A", "78", "", "5", "Vol.I"),
        ("A/78/5(Vol.II),", "A/78/5(Vol.II)", "A", "78", "", "5", "Vol.II"),
        ("A/79/6 (Sect. 16)", "A/79/6 (Sect. 16)", "A", "79", "", "6", "Sect.16"),
        ("A/78/6 (Sect. 29A)", "A/78/6 (Sect. 29A)", "A", "78", "", "6", "Sect.29A"),
        ("A/78/5（Vol. I）。", "A/78/5（Vol. I）", "A", "78", "", "5", "Vol.I"),
        ("A/78/5（Vol. I)", "A/78/5", "A", "78", "", "5", ""),
        ("A/78/6 (Sect. 29A)/Corr.1.", "A/78/6 (Sect. 29A)/Corr.1", "A", "78", "", "6", "Sect.29A Corr.1"),
        ("A/78/6 (Sect. 29A)/2025", "A/78/6 (Sect. 29A)", "A", "78", "", "6", "Sect.29A"),
        ("A/78/5 (Vol. one)", "A/78/5", "A", "78", "", "5", ""),
        ("A/78/5   (Vol. I)", "A/78/5", "A", "78", "", "5", ""),
        ("A/78/5 (see vol. I)", "A/78/5", "A", "78", "", "5", ""),
        ("CERD/C/CHN/CO/14-17", "CERD/C/CHN/CO/14-17", "CERD C CHN CO", "", "", "14-17", ""),
        ("ECE/TRANS/WP.29/1159", "ECE/TRANS/WP.29/1159", "ECE TRANS WP.29", "", "", "1159", ""),
        ("A/CONF.234/7", "A/CONF.234/7", "A CONF.234", "", "", "7", ""),
        ("UNEP/CBD/COP/DEC/XIII/1", "UNEP/CBD/COP/DEC/XIII/1", "UNEP CBD COP XIII", "", "DEC/", "1", ""),
        ("A/HRC/WG.6/40/COL/1", "A/HRC/WG.6/40/COL/1", "A HRC WG.6 COL", "40", "", "1", ""),
        ("CAC/COSP/EG.1/\n\n2019/4", "CAC/COSP/EG.1/\n\n2019/4", "CAC COSP EG.1", "2019", "", "4", ""),
        // Not symbols.
        ("V.21-07050", "", "", "", "", "", ""),
        ("A/76", "", "", "", "", "", ""),
        ("A/B", "", "", "", "", "", ""),
        ("XYZ/2021/1", "", "", "", "", "", ""),
        ("COSP/2021/1", "", "", "", "", "", ""),
        ("A/RES", "", "", "", "", "", ""),
        ("A/76/Add.1", "", "", "", "", "", ""),
        ("CAC/COSP/", "", "", "", "", "", ""),
        ("S/he", "", "", "", "", "", ""),
        ("ST/2", "", "", "", "", "", ""),
        ("EC/12", "", "", "", "", "", ""),
        ("UNODC/2021", "", "", "", "", "", ""),
        ("CND/CCPCJ", "", "", "", "", "", ""),
        ("CND/2026", "", "", "", "", "", ""),
        ("A/1/2/3/4/5", "", "", "", "", "", ""),
    ];

    #[test]
    fn symbols_parse_into_parts() {
        for &(input, symbol, bodies, session, doc_type, number, modifiers) in CASES {
            let found = parse_at(input, 0);
            let text = found.as_ref().map(|p| &input[..p.len]);
            if symbol.is_empty() {
                assert_eq!(text, None, "{input}");
                continue;
            }
            assert_eq!(text, Some(symbol), "{input}");
            let parts = found.map(|p| p.parts).unwrap_or_default();
            assert_eq!(parts.bodies.join(" "), bodies, "{input}");
            assert_eq!(parts.session.as_deref().unwrap_or(""), session, "{input}");
            assert_eq!(parts.doc_type.as_deref().unwrap_or(""), doc_type, "{input}");
            assert_eq!(parts.number.as_deref().unwrap_or(""), number, "{input}");
            assert_eq!(parts.modifiers.join(" "), modifiers, "{input}");
            assert!(parts.organ.is_some(), "{input}");
        }
    }

    #[test]
    fn organ_is_the_most_specific_the_data_names() {
        let cases = [
            ("E/CN.15/2021/L.1", "Commission on Crime Prevention and Criminal Justice"),
            ("E/2021/30", "Economic and Social Council"),
            ("A/HRC/49/2", "Human Rights Council"),
            ("A/C.3/76/L.1", "Third Committee of the General Assembly"),
            ("CAC/COSP/IRG/2022/9", "Implementation Review Group of the United Nations Convention against Corruption"),
            ("CAC/COSP/2021/2", "Conference of the States Parties to the United Nations Convention against Corruption"),
            ("IDB.49/8", "Industrial Development Board (UNIDO)"),
            ("A/HRC/WG.6/40/COL/1", "Working Group on the Universal Periodic Review"),
            ("A/CN.4/750", "International Law Commission"),
            ("WFP/EB.A/2021/5-A/1", "Executive Board of the World Food Programme"),
            ("CTOC/COP/2020/10", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
            ("UNEP/EA.5/Res.3", "United Nations Environment Assembly"),
            ("E/INCB/2022/1", "International Narcotics Control Board"),
            ("INCB/2022/1", "International Narcotics Control Board"),
            ("A/AC.260/1", "General Assembly"),
        ];
        for (input, organ) in cases {
            let parsed = parse_at(input, 0).map(|p| p.parts.organ);
            assert_eq!(parsed, Some(Some(organ.to_owned())), "{input}");
        }
        let broken = parse_at("CAC/COSP/ \n2021/2。", 0).map(|p| (p.len, p.symbol));
        assert_eq!(broken, Some((17, "CAC/COSP/2021/2".to_owned())));
    }
}
