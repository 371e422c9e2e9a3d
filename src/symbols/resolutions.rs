//! Numbers of resolutions and decisions: `第 58/4 号决议`, `第 5/1 号决定`,
//! `大会 S-32/1 号决议`, lists `第 8/7、8/8 和 8/14 号决议` and
//! `第 69/199 号和第 73/190 号决议`, Security Council style
//! `第 2231(2015)号决议`, decisions of conferences of parties `第 1/CP.26 号决定`;
//! English `resolution 58/4`, `decisions 2/1 and 3/1`,
//! `resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011`,
//! `resolution 2231 (2015)`, `resolution 217 A (III)`.
//!
//! One annotation per number, the span the number alone (with the bracketed
//! year or session where that is part of the number, `2231 (2015)`). The type
//! comes from the words that close (Chinese) or open (English) the reference.
//! The adopting body (names in `src/data/adopting_bodies.tsv`) is, in order:
//! the one an English reference names right after it (`decision 1/CP.26 of
//! the Conference of the Parties`); after a possessive reference the one the
//! clause names next (`In its resolution 3/1, the Conference …`); the nearest
//! body the sentence names before the list, outside quoted titles
//! (`大会在题为“…大会特别会议”的第 73/191 号决议中` → General Assembly); one
//! named right after the reference (`在第 4/1 号决议中，缔约国会议…`); else none.
//! A PDF line break inside a sentence does not end it; a heading line does.
//!
//! Left out: draft resolutions cited by document symbol (those are document
//! symbols), slashed dates and fractions (no `号决议`/`resolution` closes or
//! opens them), and anaphora without a number (`该决议`).

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::{Annotation, SymbolValue, Value};
use crate::span::Span;
use crate::text::floor_boundary;

/// A resolution or decision number: `58/4`, `S-32/1`, `ES-10/19`,
/// `2231 (2015)`, `1/CP.26`, `XIV/1` (older decisions of conferences of
/// parties), `BC-15/1` (chemicals conventions), `217 A (III)` and
/// `3314 (XXIX)` (General Assembly before 1976).
const NUMBER: &str = r"(?:(?:[A-Z]{1,6}-)?[0-9]{1,4}/(?:[0-9]{1,4}|(?:CP|CMP|CMA|COP|MOP)\.[0-9]{1,2})|[0-9]{1,4}[ \t\x{3000}\x{A0}]*[(（][0-9]{4}[)）]|[0-9]{1,4}(?:[ \t\x{3000}\x{A0}]?[A-F])?[ \t\x{3000}\x{A0}]*[(（](?:E?S-)?[IVXL]{1,7}[)）]|[IVXL]{1,6}/[0-9]{1,3})";

/// Blanks inside a line, full-width and no-break spaces included.
const SP: &str = r"[ \t\x{3000}\x{A0}]";
/// Blanks and line breaks.
const WS: &str = r"[ \t\r\n\x{3000}\x{A0}]";

/// A Chinese number with the parts of a General Assembly resolution adopted
/// in parts: `77/262 A`, `76/245 A-C` (`第 77/262 A 号决议`).
fn zh_number() -> String {
    format!(r"{NUMBER}(?:{SP}+[A-H](?:{SP}*[-–]{SP}*[A-H])?)?")
}

static ZH: LazyLock<Regex> = LazyLock::new(|| {
    let item = format!(r"(?:第{SP}*)?{}(?:{SP}*号)?", zh_number());
    let sep = format!(r"{WS}*(?:、|和|及|以及|与|或|至){WS}*");
    Regex::new(&format!(r"{item}(?:{sep}{item})*{WS}*号{WS}*决{WS}*(议|定)")).expect("valid regex")
});

static EN: LazyLock<Regex> = LazyLock::new(|| {
    let sep = format!(r"(?:{WS}*,{WS}*and{WS}+|{WS}*,{WS}*|{WS}+(?:and|or|to){WS}+)");
    // `resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011`.
    let date = format!(r"(?:{WS}+of{WS}+[0-9]{{1,2}}{WS}+[A-Z][a-z]{{2,8}}{WS}+[0-9]{{4}})?");
    Regex::new(&format!(r"\b([Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)[Ss]?{WS}+(?:No\.{SP}*)?{NUMBER}{date}(?:{sep}{NUMBER}{date})*"))
        .expect("valid regex")
});

/// A Security Council resolution cited by its number alone, without the year:
/// `Security Council resolution 2231`, `安全理事会第 2231 号决议`.
static SC_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:Security{WS}+Council{WS}+resolutions?{WS}+|(?:安全理事会|安理会){SP}*(?:第{SP}*)?)([0-9]{{3,4}})({SP}*号{WS}*决{WS}*议)?"))
        .expect("valid regex")
});

static ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(NUMBER).expect("valid regex"));

static ZH_ITEM: LazyLock<Regex> = LazyLock::new(|| Regex::new(&zh_number()).expect("valid regex"));

/// Names of adopting bodies, longest first, with the English name the value
/// carries.
static BODIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut bodies: Vec<(&str, &str)> = include_str!("../data/adopting_bodies.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    bodies.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    bodies
});

/// How far back, in bytes, the sentence of a reference is searched for its body.
const WINDOW: usize = 1200;

/// The kind of reference.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Type {
    Resolution,
    Decision,
}

/// Finds resolution and decision numbers in `text`. Linear in its length:
/// the body search looks back at most a bounded window per reference.
pub fn find_resolutions(text: &str) -> Vec<Annotation> {
    let mut mentions: Option<Mentions> = None;
    let mut out = Vec::new();
    for (offset, caps) in matches(&ZH, text, zh_regions(text)) {
        let (Some(whole), Some(word)) = (caps.get(0), caps.get(1)) else { continue };
        let whole = Located { start: offset + whole.start(), end: offset + whole.end(), text: whole.as_str() };
        let kind = if word.as_str() == "定" { Type::Decision } else { Type::Resolution };
        let mentions = mentions.get_or_insert_with(|| Mentions::new(text));
        let body = adopting_body(text, &whole, mentions);
        push_items(text, &ZH_ITEM, &whole, kind, body, &mut out);
    }
    for (offset, caps) in matches(&EN, text, en_regions(text)) {
        let (Some(whole), Some(word)) = (caps.get(0), caps.get(1)) else { continue };
        let whole = Located { start: offset + whole.start(), end: offset + whole.end(), text: whole.as_str() };
        let kind = if word.as_str().eq_ignore_ascii_case("decision") { Type::Decision } else { Type::Resolution };
        let mentions = mentions.get_or_insert_with(|| Mentions::new(text));
        let body = adopting_body(text, &whole, mentions);
        push_items(text, &ITEM, &whole, kind, body, &mut out);
    }
    for (offset, caps) in matches(&SC_BARE, text, council_regions(text)) {
        let (Some(whole), Some(number)) = (caps.get(0), caps.get(1)) else { continue };
        let (start, end) = (offset + number.start(), offset + number.end());
        // Chinese needs its closing `号决议`; neither may go on into a year or symbol.
        let closed = whole.as_str().starts_with('S') || caps.get(2).is_some();
        let next = text[end..].trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
        if closed && !next.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '(' | '（')) {
            let body = Some("Security Council".to_owned());
            let value = SymbolValue::Resolution { number: number.as_str().to_owned(), body };
            out.push(Annotation::new(Span::new(start, end), Value::Symbol(value)));
        }
    }
    out.sort_by_key(|a| a.span.start);
    out.dedup_by_key(|a| a.span);
    out
}

/// The body that adopted the resolutions of `list`: one named right after in
/// English (`decision 1/CP.26 of the Conference of the Parties`); after the
/// reference when a possessive stands before it (`In its resolution 3/1, the
/// Conference …`, `在其第 7/1 号决议里，缔约国会议…`); else the last one the
/// sentence names before it; else one named right after it.
fn adopting_body(text: &str, list: &Located<'_>, mentions: &Mentions) -> Option<&'static str> {
    let head = text[..list.start].trim_end_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
    let possessive = ["its", "their", "其"].iter().any(|w| {
        head.strip_suffix(w).is_some_and(|h| !h.ends_with(|c: char| c.is_ascii_alphanumeric()))
    });
    let before = || mentions.before(text, list.start);
    let after = || body_after(text, list.end, mentions);
    let named = body_of(text, list.end, mentions);
    if possessive {
        // `Recalling its resolution 64/1`: in a resolution, the body adopting it.
        let author = || mentions.author.and_then(|m| mentions.resolve(m));
        named.or_else(after).or_else(before).or_else(author)
    } else {
        named.or_else(before).or_else(after)
    }
}

/// A match of a reference list, at byte offsets of the whole text.
struct Located<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

/// How far before `号决议` a Chinese list may start, and after `resolution`
/// an English one may end, in bytes.
const LIST_REACH: usize = 300;

/// The regions of `text` that may hold a Chinese reference: each
/// `号…决议`/`号…决定` with the run before it of characters a list of numbers
/// is made of, up to [`LIST_REACH`] bytes. Running the regex only there keeps
/// the scan fast on long texts.
fn zh_regions(text: &str) -> Vec<(usize, usize)> {
    let mut regions = Vec::new();
    for (at, _) in text.match_indices('号') {
        let tail = text[at + '号'.len_utf8()..].trim_start_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
        if !tail.starts_with('决') {
            continue;
        }
        let end = text.len() - tail.len() + '决'.len_utf8();
        let end = end + text[end..].chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum::<usize>();
        let end = end + text[end..].chars().next().map_or(0, char::len_utf8);
        let lo = floor_boundary(text, at.saturating_sub(LIST_REACH));
        let run: usize = text[lo..at].chars().rev().take_while(|&c| in_list(c)).map(char::len_utf8).sum();
        regions.push((at - run, end));
    }
    regions
}

/// True for the characters of a list of resolution numbers: `第 8/7、8/8 和 8/14`,
/// `S-32/1`, `2231(2015)`, `1/CP.26`, `XIV/1`.
fn in_list(c: char) -> bool {
    c.is_ascii_digit()
        || c.is_ascii_uppercase()
        || matches!(c, '/' | '-' | '.' | '(' | ')' | '（' | '）' | ' ' | '\t' | '\r' | '\n' | '\u{3000}' | '\u{a0}')
        || matches!(c, '、' | '和' | '及' | '以' | '与' | '或' | '至' | '第' | '号')
}

/// The regions of `text` that may hold a Security Council resolution cited
/// without its year: a short stretch from each name of the Council.
fn council_regions(text: &str) -> Vec<(usize, usize)> {
    let mut starts: Vec<usize> = ["Security", "安全理事会", "安理会"]
        .iter()
        .flat_map(|name| text.match_indices(name).map(|(at, _)| at))
        .collect();
    starts.sort_unstable();
    starts.into_iter().map(|at| (at, floor_boundary(text, at + 80))).collect()
}

/// The regions of `text` that may hold an English reference: from each
/// `resolution`/`decision` up to [`LIST_REACH`] bytes on.
fn en_regions(text: &str) -> Vec<(usize, usize)> {
    let mut starts: Vec<usize> = ["esolution", "ecision", "ESOLUTION", "ECISION"]
        .iter()
        .flat_map(|word| text.match_indices(word).map(|(at, _)| at.saturating_sub(1)))
        .collect();
    starts.sort_unstable();
    starts.into_iter().map(|at| (at, floor_boundary(text, (at + LIST_REACH).min(text.len())))).collect()
}

/// The matches of `re` in the `regions` of `text` (sorted by start), each
/// with the offset of the text it was found in; overlapping regions are
/// merged so that no byte is scanned twice.
fn matches<'t>(re: &Regex, text: &'t str, regions: Vec<(usize, usize)>) -> Vec<(usize, regex_lite::Captures<'t>)> {
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in regions {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
        .into_iter()
        .flat_map(|(start, end)| re.captures_iter(&text[start..end]).map(move |caps| (start, caps)))
        .collect()
}

/// Where the text names adopting bodies and opens or closes quotes, found in
/// one pass so that each reference looks them up by binary search.
struct Mentions {
    /// Start of each body's name and the body, in text order; a name inside
    /// a longer one (`Assembly` in `Environment Assembly`) is not another
    /// mention. With it, where the reference starts that the name directly
    /// precedes (`大会第 58/4 号决议`, `Commission decision 55/1`), if one does.
    bodies: Vec<(usize, Mention, Option<usize>)>,
    /// The body a resolution opens with on a line of its own
    /// (`The Human Rights Council,`, `麻醉药品委员会，`): the one its `its`/`其` means.
    author: Option<Mention>,
    /// For each word of [`BARE`], the body of that kind the text names first.
    firsts: Vec<(&'static str, &'static str)>,
    /// Offsets of `“`, `「`, `『` (+1) and `”`, `」`, `』` (-1), and the running
    /// depth after each.
    quotes: Vec<(usize, i32)>,
    /// Offsets of closing quotes.
    closes: Vec<usize>,
    /// Offsets of ASCII `"`.
    ascii_quotes: Vec<usize>,
}

impl Mentions {
    fn new(text: &str) -> Mentions {
        let mut mentions =
            Mentions { bodies: Vec::new(), author: None, firsts: Vec::new(), quotes: Vec::new(), closes: Vec::new(), ascii_quotes: Vec::new() };
        let mut depth = 0;
        let mut inside_until = 0;
        for (i, c) in text.char_indices() {
            match c {
                '“' | '「' | '『' => depth += 1,
                '”' | '」' | '』' => {
                    depth -= 1;
                    mentions.closes.push(i);
                }
                '"' => mentions.ascii_quotes.push(i),
                _ => {}
            }
            if matches!(c, '“' | '「' | '『' | '”' | '」' | '』') {
                mentions.quotes.push((i, depth));
            }
            if i < inside_until {
                continue;
            }
            if let Some((len, mention)) = body_at(text, i) {
                mentions.bodies.push((i, mention, reference_head(text, i + len)));
                inside_until = i + len;
                if mentions.author.is_none() && opens_resolution(text, i, i + len) {
                    mentions.author = Some(mention);
                }
            }
        }
        for &(_, key) in BARE {
            let named = mentions.bodies.iter().find_map(|&(_, m, _)| match m {
                Mention::Named(body) if body.contains(key) => Some(body),
                _ => None,
            });
            // An assembly unnamed is the General Assembly.
            if let Some(body) = named.or((key == "Assembly").then_some("General Assembly")) {
                mentions.firsts.push((key, body));
            }
        }
        mentions
    }

    /// The body a mention stands for.
    fn resolve(&self, mention: Mention) -> Option<&'static str> {
        match mention {
            Mention::Named(body) => Some(body),
            Mention::Bare(key) => self.firsts.iter().find(|(k, _)| *k == key).map(|&(_, body)| body),
        }
    }

    /// The quote depth at `i` counted from `from`.
    fn depth(&self, from: usize, i: usize) -> i32 {
        let at = |p: usize| {
            let k = self.quotes.partition_point(|&(q, _)| q < p);
            k.checked_sub(1).map_or(0, |k| self.quotes[k].1)
        };
        at(i) - at(from)
    }

    /// The body named last before `at` in its sentence, outside quotes that
    /// do not hold the reference too. A body named directly before another
    /// reference is that reference's; it carries over to this one only when
    /// the sentence does not name other bodies so (`大会第 75/194 号决议和第
    /// 76/1 号决议` → both the Assembly's; `大会第 77/238 号决议、安全理事会第
    /// 2231（2015）号决议以及第 S-32/1 号决议` → the last undecided).
    fn before(&self, text: &str, at: usize) -> Option<&'static str> {
        let start = sentence_start(text, at);
        let lo = self.bodies.partition_point(|&(p, _, _)| p < start);
        let hi = self.bodies.partition_point(|&(p, _, _)| p < at);
        let ascii = |p: usize| self.ascii_quotes.partition_point(|&q| q < p);
        let closes = |p: usize| self.closes.partition_point(|&q| q < p);
        // A name in quotes counts only for a reference inside the same quotes
        // (`题为“大会第 60/251 号决议”的…`).
        let visible = |p: usize| {
            let curly = self.depth(start, p) <= 0 || closes(at) == closes(p);
            let ascii = (ascii(p) - ascii(start)) % 2 == 0 || ascii(at) == ascii(p);
            curly && ascii
        };
        let mut seen = self.bodies[lo..hi].iter().rev().filter(|&&(p, _, _)| visible(p));
        let &(_, mention, head) = seen.next()?;
        let body = self.resolve(mention)?;
        let elsewhere = head.is_some_and(|h| h != at);
        let others = |&&(_, m, h): &&(usize, Mention, Option<usize>)| h.is_some() && self.resolve(m).is_some_and(|b| b != body);
        if elsewhere && seen.any(|b| others(&b)) {
            return None;
        }
        Some(body)
    }
}

/// Where a reference starts that a body's name ending at `end` directly
/// precedes: `第 58/4 号决议`, `S-32/1 号决议`, ` resolution 58/4`.
fn reference_head(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    let rest = rest.trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
    let at = text.len() - rest.len();
    let number = rest.strip_prefix('第').unwrap_or(rest).trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
    let english = ["resolution", "decision", "Resolution", "Decision"].iter().any(|w| rest.starts_with(w));
    // A resolution's number, not a date (`理事会 2007 年 6 月 18 日第 5/1 号决议`); bounded look.
    let number = &number[..floor_boundary(number, 40)];
    let numbered = ITEM.find(number).is_some_and(|m| m.start() == 0);
    (english || numbered).then_some(at)
}

/// One annotation per number (as `item` reads them) of the matched `list`.
/// A number's form can name its body whatever the sentence names
/// ([`numbered_body`]), or rule one out (a slashed number is not the Security
/// Council's).
fn push_items(text: &str, item: &Regex, list: &Located<'_>, kind: Type, body: Option<&str>, out: &mut Vec<Annotation>) {
    let offset = list.start;
    for m in item.find_iter(list.text) {
        let span = Span::new(offset + m.start(), offset + m.end());
        // The tail of a document symbol (`A/RES/58/4 号决议`) is not a number of its own.
        // Nor is the head of a slashed date (`resolution 12/05/2021`).
        let bytes = text.as_bytes();
        let glued = span.start.checked_sub(1).and_then(|p| bytes.get(p)).is_some_and(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-')
        }) || bytes.get(span.end).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'/');
        if glued {
            continue;
        }
        let number = normalise(m.as_str());
        // The Security Council numbers its resolutions without a session: `60/180` is not its.
        let council = |b: &&str| *b == "Security Council" && number.contains('/');
        let body = numbered_body(&number).or(body.filter(|b| !council(b))).map(str::to_owned);
        let value = match kind {
            Type::Resolution => SymbolValue::Resolution { number, body },
            Type::Decision => SymbolValue::Decision { number, body },
        };
        out.push(Annotation::new(span, Value::Symbol(value)));
    }
}

/// The body a number names by its form: `1/CP.26` → the Conference of the
/// Parties; `2231 (2015)`, numbered with its year, → the Security Council.
fn numbered_body(number: &str) -> Option<&'static str> {
    let year = number.split_once(" (").is_some_and(|(n, y)| {
        n.bytes().all(|b| b.is_ascii_digit()) && y.len() == 5 && y.bytes().take(4).all(|b| b.is_ascii_digit())
    });
    if year {
        return Some("Security Council");
    }
    let (_, tail) = number.split_once('/')?;
    match tail.split_once('.')?.0 {
        "CP" | "COP" | "CMA" | "CMP" => Some("Conference of the Parties"),
        "MOP" => Some("Meeting of the Parties"),
        _ => None,
    }
}

/// `2231(2015)` and `2231（2015）` → `2231 (2015)`; other numbers as written.
fn normalise(number: &str) -> String {
    match number.split_once(['(', '（']) {
        Some((n, year)) => format!("{} ({})", n.trim(), year.trim_end_matches([')', '）'])),
        None => number.to_owned(),
    }
}

/// True when the name at `start..end` is all its line holds but an article
/// and a comma: the opening of a resolution's text (`    The Human Rights Council,`).
fn opens_resolution(text: &str, start: usize, end: usize) -> bool {
    // Bounded looks on both sides keep this constant per mention.
    let lo = floor_boundary(text, start.saturating_sub(64));
    let line_start = match text[lo..start].rfind('\n') {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let head = text[line_start..start].trim_start();
    let tail = &text[end..floor_boundary(text, end + 16)];
    let tail = tail.split('\n').next().unwrap_or("").trim_end();
    matches!(head, "" | "The " | "the ") && matches!(tail, "," | "，")
}

/// The body named right after a reference: `号决议中，缔约国会议…`,
/// `resolution 7/1, the Conference …`.
fn body_after(text: &str, at: usize, mentions: &Mentions) -> Option<&'static str> {
    let rest = text.get(at..)?;
    let rest = rest.strip_prefix(['中', '里', '内']).unwrap_or(rest);
    let rest = rest.trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
    let rest = rest.strip_prefix(['，', ',']).unwrap_or(rest);
    let rest = rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
    // `resolution 73/191, entitled "…", the General Assembly …`.
    let rest = skip_title(rest).unwrap_or(rest);
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    body_at(text, text.len() - rest.len()).and_then(|(_, m)| mentions.resolve(m))
}

/// The text after an `entitled "…",` clause at the start of `rest`, if there
/// is one (at most [`LIST_REACH`] bytes long).
fn skip_title(rest: &str) -> Option<&str> {
    let quoted = rest.strip_prefix("entitled ")?;
    let open = quoted.chars().next()?;
    let close = match open {
        '"' => '"',
        '“' => '”',
        _ => return None,
    };
    let inner = &quoted[open.len_utf8()..];
    let end = inner[..floor_boundary(inner, LIST_REACH)].find(close)?;
    let after = &inner[end + close.len_utf8()..];
    let after = after.strip_prefix(',').unwrap_or(after);
    Some(after.trim_start())
}

/// The body an English reference names right after it: `decision 1/CP.26 of
/// the Conference of the Parties`.
fn body_of(text: &str, at: usize, mentions: &Mentions) -> Option<&'static str> {
    let rest = text.get(at..)?;
    let rest = rest.strip_prefix(" of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    body_at(text, text.len() - rest.len()).and_then(|(_, m)| mentions.resolve(m))
}

/// Words that stand for a body named earlier in full (`the Commission`,
/// `该委员会`), with the word the body's English name contains.
const BARE: &[(&str, &str)] = &[
    ("Conference", "Conference"),
    ("Commission", "Commission"),
    ("Council", "Council"),
    ("Committee", "Committee"),
    ("Board", "Board"),
    ("Assembly", "Assembly"),
    ("委员会", "Commission"),
    ("理事会", "Council"),
];

/// A body as the text names it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Mention {
    /// By its name: the body.
    Named(&'static str),
    /// By a bare word: the word of [`BARE`] its English name contains.
    Bare(&'static str),
}

/// The first characters of the bodies' names, to skip most positions fast.
static FIRST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let names = BODIES.iter().map(|(name, _)| *name).chain(BARE.iter().map(|(word, _)| *word));
    let mut chars: Vec<char> = names.filter_map(|name| name.chars().next()).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
});

/// The length of the body's name that starts at byte `i` and the mention, if
/// a name starts there and is not part of a longer word (`世界卫生大会` is not
/// `大会`; `General Assemblyman` is not one). A bare word counts after `the`
/// (`the Commission`, not `the Commission of Inquiry`) or `该`/`本`, and
/// `Assembly` alone.
fn body_at(text: &str, i: usize) -> Option<(usize, Mention)> {
    let rest = text.get(i..)?;
    let first = rest.chars().next()?;
    if FIRST_CHARS.binary_search(&first).is_err() {
        return None;
    }
    let head = &text[..i];
    let before = head.chars().next_back();
    // Letters, digits and the joints of a symbol: `HRC` in `A/HRC/49/2` is not a mention.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '/');
    let glued = |c: Option<char>| word(c) || matches!(c, Some('.' | '-'));
    let Some((name, body)) = BODIES.iter().find(|(name, _)| rest.starts_with(name)) else {
        let &(bare, key) = BARE.iter().find(|(bare, _)| rest.starts_with(bare))?;
        let after = &rest[bare.len()..];
        if owner_of_rules(head, after) {
            return None;
        }
        // `Commission decision 55/1`: the word names the body of the reference it opens.
        let opens = reference_head(text, i + bare.len()).is_some();
        let alone = if bare.is_ascii() {
            let next = after.chars().next();
            // After a capitalised word the bare word ends a longer name (`International Law Commission`).
            let in_name = head.trim_end().rsplit([' ', '\n']).next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
            let named = head.ends_with("the ") || head.ends_with("The ") || bare == "Assembly" || (opens && !in_name);
            named && !glued(before) && !word(next) && !after.starts_with(" of")
        } else {
            head.ends_with(['该', '本']) || before.is_none_or(clause_edge)
        };
        return alone.then_some((bare.len(), Mention::Bare(key)));
    };
    if owner_of_rules(head, &rest[name.len()..]) {
        return None;
    }
    let after = rest[name.len()..].chars().next();
    if name.is_ascii() {
        return (!glued(before) && !word(after)).then_some((name.len(), Mention::Named(body)));
    }
    // `大会` inside the name of another assembly (`代表大会`, `全体大会`, `缔约国大会`).
    if *name == "大会" && (before.is_some_and(|c| "表体界员东度党协".contains(c)) || head.ends_with("约国")) {
        return None;
    }
    Some((name.len(), Mention::Named(body)))
}

/// True when the body named between `head` and `after` is named as the
/// owner of rules or terms of reference (`经济及社会理事会议事规则第 59 条`,
/// `rule 59 of the rules of procedure of the Economic and Social Council`),
/// not as the one adopting a resolution.
fn owner_of_rules(head: &str, after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\u{3000}']);
    let zh = ["议事规则", "暂行议事规则", "职权范围"].iter().any(|w| after.starts_with(w));
    let en = ["procedure of the ", "procedure of ", "reference of the "].iter().any(|w| head.ends_with(w));
    zh || en
}

/// True for a character after which a Chinese bare `委员会` starts a name of
/// its own rather than ends a longer one (`国际法委员会`): punctuation, a
/// blank, or a joining word (`和委员会第 55/1 号决定`, `根据委员会…`).
fn clause_edge(c: char) -> bool {
    c.is_whitespace() || (!c.is_alphanumeric() && !c.is_ascii()) || "和及与据照按经由请在同".contains(c) || c.is_ascii_punctuation()
}

/// Start of the sentence that holds byte `at`: after the last sentence end
/// before it, or after a line break that ends a paragraph or heading. A line
/// of running text broken by a PDF (long, no closing punctuation) continues
/// the sentence across the break. Looks back at most [`WINDOW`] bytes.
fn sentence_start(text: &str, at: usize) -> usize {
    let lo = floor_boundary(text, at.saturating_sub(WINDOW));
    let head = &text[lo..at];
    let mut prev: Option<char> = None;
    for (p, c) in head.char_indices().rev() {
        let ends = matches!(c, '。' | '；' | '！' | '？' | ';' | '!' | '?')
            || (c == '.' && prev.is_some_and(char::is_whitespace) && !abbreviation(&head[..p]))
            || (c == '\n' && ends_line(&head[..p]) && !(continues(last_line(&head[..p])) && continued(&head[p..])));
        if ends {
            return lo + p + c.len_utf8();
        }
        prev = Some(c);
    }
    lo
}

/// True when `next`, the text after a line break, goes on with a sentence
/// rather than starting one: not a capital letter or a numbered paragraph.
fn continued(next: &str) -> bool {
    let next = next.trim_start();
    let first = next.chars().next();
    let numbered = next.split_once(['.', ')', '）', '、']).is_some_and(|(n, _)| {
        !n.is_empty() && n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit() || c == '(' || c == '（' || c.is_ascii_lowercase())
    });
    !numbered && !first.is_some_and(|c| c.is_ascii_uppercase())
}

/// True when a line break after `before` ends a line with text; the breaks of
/// blank lines are judged once, at the line before them, which keeps the scan
/// linear.
fn ends_line(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t', '\r', '\u{3000}']);
    !before.is_empty() && !before.ends_with('\n')
}

/// The last line of `text` that is not blank, trimmed.
fn last_line(text: &str) -> &str {
    let text = text.trim_end();
    text.rsplit('\n').next().unwrap_or("").trim()
}

/// True when `line`, a line before a break, is running text that the break
/// interrupts rather than a heading or a finished paragraph.
fn continues(line: &str) -> bool {
    let last = line.chars().next_back();
    let long = line.chars().nth(19).is_some();
    // A comma ends a paragraph of a resolution's preamble (`Recalling …,`).
    long && !last.is_some_and(|c| matches!(c, '：' | ':' | '。' | '.' | '；' | ';' | '）' | ')' | '，' | ','))
}

/// True when the text before a full stop ends with an abbreviation, an
/// initial or a paragraph number (`No.`, `para.`, `U.N.`, `1.` at the start of
/// a line), after which the stop does not end a sentence.
fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
    let ahead = before[..before.len() - word.len()].trim_end_matches([' ', '\t']);
    let numbering = word.bytes().all(|b| b.is_ascii_digit()) && (ahead.is_empty() || ahead.ends_with('\n'));
    (word.is_empty() && before.ends_with('.'))
        || (!word.is_empty() && numbering)
        || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()))
        || matches!(
            word,
            "No" | "no" | "Nos" | "para" | "paras" | "art" | "arts" | "chap" | "sect" | "Corr" | "Add" | "Rev" | "Suppl"
                | "Mr" | "Ms" | "Mrs" | "Dr" | "vol" | "Vol" | "St"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The references found in `text`, as `number type body` per annotation.
    fn found(text: &str) -> Vec<String> {
        find_resolutions(text)
            .into_iter()
            .map(|a| {
                let (kind, number, body) = match a.value {
                    Value::Symbol(SymbolValue::Resolution { number, body }) => ("res", number, body),
                    Value::Symbol(SymbolValue::Decision { number, body }) => ("dec", number, body),
                    _ => ("?", String::new(), None),
                };
                let span = &text[a.span.range()];
                format!("{span}={number} {kind} {}", body.as_deref().unwrap_or("-"))
            })
            .collect()
    }

    /// `(number as written, "res" or "dec", body or "-")`.
    type Expected = (&'static str, &'static str, &'static str);

    const GA: &str = "General Assembly";
    const COSP: &str = "Conference of the States Parties";

    #[test]
    fn resolutions_and_decisions() {
        let cases: &[(&str, &[Expected])] = &[
            ("大会第 58/4 号决议通过了《公约》。", &[("58/4", "res", GA)]),
            ("依照缔约国会议第 1/1 号决定，2008 年", &[("1/1", "dec", COSP)]),
            ("第58/4号决议", &[("58/4", "res", "-")]),
            ("大会第\u{3000}58/4\u{3000}号决议", &[("58/4", "res", GA)]),
            ("General Assembly resolution\u{a0}58/4", &[("58/4", "res", GA)]),
            ("大会 S-32/1 号决议，附件", &[("S-32/1", "res", GA)]),
            ("缔约国会议关于预防腐败的第 8/7、8/8、8/11、8/12 和 8/14 号决议", &[("8/7", "res", COSP), ("8/8", "res", COSP), ("8/11", "res", COSP), ("8/12", "res", COSP), ("8/14", "res", COSP)]),
            ("大会在第 69/199 号和第 73/190 号决议中", &[("69/199", "res", GA), ("73/190", "res", GA)]),
            ("通过了第 3/2、第 4/3 和第 8/8 号决议。", &[("3/2", "res", "-"), ("4/3", "res", "-"), ("8/8", "res", "-")]),
            // The body inside a quoted title is not the adopting body.
            ("缔约国会议在题为“大会反腐败问题特别会议的后续行动”的第 9/2 号决议中", &[("9/2", "res", COSP)]),
            ("大会在题为“关于反腐败问题的大会特别会议”的第 73/191 号决议中决定", &[("73/191", "res", GA)]),
            ("人权理事会在题为“大会第 60/251 号决议”的第 5/1 号决议中", &[("60/251", "res", GA), ("5/1", "res", "Human Rights Council")]),
            ("Recalling \"General Assembly resolution 60/251\" and the Human Rights Council, in resolution 5/1", &[("60/251", "res", GA), ("5/1", "res", "Human Rights Council")]),
            // A sentence end cuts the body off; a body named after the number is used.
            ("缔约国会议在第 3/1 号决议中建立了机制。第 3/1 号决议附件载有", &[("3/1", "res", COSP), ("3/1", "res", "-")]),
            ("在其第 7/1 号决议里，缔约国会议请秘书处", &[("7/1", "res", COSP)]),
            // A PDF line break inside the sentence does not end it; a heading does.
            ("缔约国会议在第三、四、五、六、七、八届会议上强调了预防措施对于打击腐败的\n\n核心重要性，并因此通过了第 3/2 号决议", &[("3/2", "res", COSP)]),
            ("(a) 缔约国会议第九届会议开幕\n\n第 3/2 号决议", &[("3/2", "res", "-")]),
            // Other bodies.
            ("安全理事会第 2231(2015)号决议", &[("2231(2015)", "res", "Security Council")]),
            ("安全理事会第 2231 号决议和 Security Council resolution 1325.", &[("2231", "res", "Security Council"), ("1325", "res", "Security Council")]),
            ("安全理事会第 2231 次会议", &[]),
            ("Security Council resolution 2231 (2015)", &[("2231 (2015)", "res", "Security Council")]),
            ("Security Council resolution 22310 and resolution 123", &[]),
            ("人权理事会第 47/1 号决议", &[("47/1", "res", "Human Rights Council")]),
            ("经济及社会理事会第 2021/15 号决议", &[("2021/15", "res", "Economic and Social Council")]),
            ("联合国环境大会第 5/1 号决议", &[("5/1", "res", "United Nations Environment Assembly")]),
            ("缔约方会议第 1/CP.26 号决定", &[("1/CP.26", "dec", "Conference of the Parties")]),
            ("大会第 77/262 A 号决议和第 76/245 A-C 号决议，以及第 1/CP.26 号决定", &[("77/262 A", "res", GA), ("76/245 A-C", "res", GA), ("1/CP.26", "dec", "Conference of the Parties")]),
            ("General Assembly and Security Council resolutions 60/180 and 1645 (2005)", &[("60/180", "res", "-"), ("1645 (2005)", "res", "Security Council")]),
            ("Member States are bound by resolution 2231 (2015) and 第 2250（2015）号决议", &[("2231 (2015)", "res", "Security Council"), ("2250（2015）", "res", "Security Council")]),
            ("Recalling decisions 1/CP.21 and 19/CMP.1,", &[("1/CP.21", "dec", "Conference of the Parties"), ("19/CMP.1", "dec", "Conference of the Parties")]),
            ("麻醉药品委员会第 64/1 号决议", &[("64/1", "res", "Commission on Narcotic Drugs")]),
            ("亚洲及太平洋经济社会委员会第 79/1 号决议和 ESCAP resolution 78/2", &[("79/1", "res", "Economic and Social Commission for Asia and the Pacific"), ("78/2", "res", "Economic and Social Commission for Asia and the Pacific")]),
            ("世界卫生大会第 74/1 号决议", &[("74/1", "res", "World Health Assembly")]),
            ("生物多样性公约缔约方大会第 15/4 号决定", &[("15/4", "dec", "Conference of the Parties")]),
            // English.
            ("In its resolution 58/4, the General Assembly adopted", &[("58/4", "res", GA)]),
            ("(a) Opening of the ninth session of the Conference\n\nBy its resolution 58/4, the General Assembly", &[("58/4", "res", GA)]),
            ("In its resolution 73/191, entitled \"Special session of the General Assembly\", the General Assembly decided", &[("73/191", "res", GA)]),
            ("In its resolution 73/191, entitled “Special session”, the General Assembly decided", &[("73/191", "res", GA)]),
            ("In its resolution 73/191, entitled “", &[("73/191", "res", "-")]),
            ("Recalling the work of the Human Rights Council and the report\nof the Secretary-General on resolution 47/1", &[("47/1", "res", "Human Rights Council")]),
            ("The Human Rights Council met in 2021. In resolution 47/1 it decided", &[("47/1", "res", "-")]),
            ("The Human Rights Council (see A/HRC/47/2). In resolution 47/1 it decided", &[("47/1", "res", "-")]),
            ("The Human Rights Council, see para. 5 of resolution 47/1", &[("47/1", "res", "Human Rights Council")]),
            ("1. The Human Rights Council, in resolution 47/1", &[("47/1", "res", "Human Rights Council")]),
            ("The Human Rights Council held a long meeting on the report\n\nIn resolution 47/1 it decided", &[("47/1", "res", "-")]),
            ("General Assembly resolutions 70/1 and 72/279", &[("70/1", "res", GA), ("72/279", "res", GA)]),
            ("resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011", &[("60/251", "res", "-"), ("65/281", "res", "-")]),
            ("the Conference of the States Parties, in its decisions 2/1, 3/1 and 4/1,", &[("2/1", "dec", COSP), ("3/1", "dec", COSP), ("4/1", "dec", COSP)]),
            ("Security Council resolution 1325 (2000)", &[("1325 (2000)", "res", "Security Council")]),
            ("Economic and Social Council decision 2021/225", &[("2021/225", "dec", "Economic and Social Council")]),
            ("Human Rights Council resolution S-30/1.", &[("S-30/1", "res", "Human Rights Council")]),
            ("decision 1/CMA.3 of the Conference of the Parties", &[("1/CMA.3", "dec", "Conference of the Parties")]),
            ("大会第 217 A (III) 号决议和第 3314(XXIX)号决议", &[("217 A (III)", "res", GA), ("3314(XXIX)", "res", GA)]),
            ("General Assembly resolutions 2200 A (XXI) and ES-10/19", &[("2200 A (XXI)", "res", GA), ("ES-10/19", "res", GA)]),
            ("decisions BC-15/1 and SC-10/1", &[("BC-15/1", "dec", "-"), ("SC-10/1", "dec", "-")]),
            ("第 3/1 至 3/5 号决议", &[("3/1", "res", "-"), ("3/5", "res", "-")]),
            ("Meeting of the Parties decision XIV/1 and 第 XXXIII/5 号决定", &[("XIV/1", "dec", "Meeting of the Parties"), ("XXXIII/5", "dec", "Meeting of the Parties")]),
            ("the Environment Assembly resolution 5/2", &[("5/2", "res", "United Nations Environment Assembly")]),
            ("Assembly resolution 70/1", &[("70/1", "res", GA)]),
            ("GA resolution 70/1 and HRC resolution 47/1", &[("70/1", "res", GA), ("47/1", "res", "Human Rights Council")]),
            ("see A/HRC/47/2 on resolution 47/1", &[("47/1", "res", "-")]),
            ("In resolution 47/1 of the Human Rights Council.", &[("47/1", "res", "Human Rights Council")]),
            ("Welcoming decision 1/CP.26 of the Conference of the Parties,", &[("1/CP.26", "dec", "Conference of the Parties")]),
            ("回顾大会 2016 年 4 月 19 日关于世界毒品问题的第 S-30/1 号决议", &[("S-30/1", "res", GA)]),
            ("禁止化学武器公约缔约国大会第 C-26/DEC.5 号决定和全国人民代表大会第 3/1 号决定", &[("3/1", "dec", "-")]),
            // A paragraph of a preamble ends with a comma: its body does not carry over.
            ("回顾经济及社会理事会第 2021/15 号决议以及其他有关决议，\n又回顾其第 64/1 和 64/2 号决议，", &[("2021/15", "res", "Economic and Social Council"), ("64/1", "res", "-"), ("64/2", "res", "-")]),
            // Not references.
            ("A/RES/58/4 号决议", &[]),
            ("2021/12/13 和 3/4 号文件", &[]),
            ("第 2/3 段", &[]),
            ("the resolution of 58/4 disputes", &[]),
            ("resolution 12/05/2021 of the board", &[]),
            ("CAC/COSP/2021/1 号文件", &[]),
        ];
        for &(text, expected) in cases {
            let want: Vec<String> = expected.iter().map(|(n, k, b)| format!("{n}={} {k} {b}", normalise(n))).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn its_in_a_resolution_is_the_body_adopting_it() {
        let zh = "    麻醉药品委员会，\n    回顾经济及社会理事会第 2021/15 号决议，\n    又回顾其第 64/1 和 64/2 号决议，";
        assert_eq!(found(zh), vec![
            "2021/15=2021/15 res Economic and Social Council",
            "64/1=64/1 res Commission on Narcotic Drugs",
            "64/2=64/2 res Commission on Narcotic Drugs",
        ]);
        let en = "    The Human Rights Council,\n    Recalling its resolution 5/1 and General Assembly resolution 60/251,";
        assert_eq!(found(en), vec!["5/1=5/1 res Human Rights Council", "60/251=60/251 res General Assembly"]);
        // A report has no such opening: `its` stays undecided.
        assert_eq!(found("The Council met.\n\nRecalling its resolution 5/1,"), vec!["5/1=5/1 res -"]);
    }

    #[test]
    fn a_body_named_directly_before_a_number_is_that_numbers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Commission on Narcotic Drugs\n\nPursuant to Economic and Social Council resolution 1999/30 and Commission decision 55/1, the Commission will meet",
                &["1999/30=1999/30 res Economic and Social Council", "55/1=55/1 dec Commission on Narcotic Drugs"],
            ),
            (
                "麻醉药品委员会\n\n根据经济及社会理事会第 1999/30 号决议和委员会第 55/1 号决定，委员会将举行会议。",
                &["1999/30=1999/30 res Economic and Social Council", "55/1=55/1 dec Commission on Narcotic Drugs"],
            ),
            (
                "回顾大会第 77/238 号决议、安全理事会第 2231（2015）号决议和麻醉药品委员会第 66/1 号决议，以及第 S-32/1 号决议。",
                &["77/238=77/238 res General Assembly", "2231（2015）=2231 (2015) res Security Council", "66/1=66/1 res Commission on Narcotic Drugs", "S-32/1=S-32/1 res -"],
            ),
            ("大会第 75/194 号决议和第 76/1 号决议", &["75/194=75/194 res General Assembly", "76/1=76/1 res General Assembly"]),
            (
                "General Assembly resolution 75/194 and Security Council resolution 2231 (2015), and resolution 52/1",
                &["75/194=75/194 res General Assembly", "2231 (2015)=2231 (2015) res Security Council", "52/1=52/1 res -"],
            ),
            // A date between the bare word and the number; the owner of rules is not the adopting body.
            (
                "人权理事会\n\n1. 根据大会第 60/251 号决议以及理事会 2007 年 6 月 18 日第 5/1 和 5/2 号决议。根据经济及社会理事会议事规则第 59 条以及第 16/21 号决议第 9 段。",
                &["60/251=60/251 res General Assembly", "5/1=5/1 res Human Rights Council", "5/2=5/2 res Human Rights Council", "16/21=16/21 res -"],
            ),
            ("under rule 59 of the rules of procedure of the Economic and Social Council and resolution 16/21", &["16/21=16/21 res -"]),
            // A longer name the table does not know is not the bare word.
            ("麻醉药品委员会\n\n国际法委员会第 5/1 号决议", &["5/1=5/1 res -"]),
            ("Commission on Narcotic Drugs\n\nInternational Law Commission resolution 5/1", &["5/1=5/1 res -"]),
        ];
        for &(text, expected) in cases {
            assert_eq!(found(text), expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn a_bare_word_is_the_body_the_document_names_first() {
        let cases = [
            ("Conference of the States Parties to the United Nations Convention against Corruption\n\nIn its resolution 3/1, the Conference established", "3/1=3/1 res Conference of the States Parties"),
            ("In its resolution 3/1, the Conference established", "3/1=3/1 res -"),
            ("Commission on Narcotic Drugs\n\nThe Commission, in its resolution 64/1, requested", "64/1=64/1 res Commission on Narcotic Drugs"),
            ("Human Rights Council\n\nIn its resolution 5/1, the Council established", "5/1=5/1 res Human Rights Council"),
            ("Human Rights Council\n\nThe Commission of Inquiry cited resolution 5/1.", "5/1=5/1 res -"),
            ("United Nations Environment Assembly\n\nIn its resolution 5/2, the Assembly decided", "5/2=5/2 res United Nations Environment Assembly"),
            ("In its resolution 76/1, the Assembly decided", "76/1=76/1 res General Assembly"),
            ("麻醉药品委员会\n\n该委员会在第 64/1 号决议中请", "64/1=64/1 res Commission on Narcotic Drugs"),
            ("人权理事会\n\n本理事会第 5/1 号决议", "5/1=5/1 res Human Rights Council"),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), vec![expected], "{text}");
        }
    }
}
