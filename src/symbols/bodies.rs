//! Which body adopted a resolution or decision, from how the text names
//! bodies around its number (names in `src/data/adopting_bodies.tsv`).
//!
//! In order: the one an English reference names right after it (`decision
//! 1/CP.26 of the Conference of the Parties`); after a possessive reference
//! the one the clause names next (`In its resolution 3/1, the Conference …`),
//! else the subject before it or the resolution's author, else the subject
//! the sentence names later (`In its resolution 10/1 of 1
//! June 2023, the Conference …`, `Recalling its resolution 66/3, as well as
//! …, the Commission noted`), not past a preamble paragraph's comma;
//! the nearest body the sentence names before the list, outside quoted
//! titles (`大会在题为“…大会特别会议”的第 73/191 号决议中` → General Assembly),
//! unless that body is named directly before another reference and the
//! sentence names other bodies so (`大会第 77/238 号决议、安全理事会第 2231（2015）
//! 号决议以及第 S-32/1 号决议` → the last undecided) or the reference is of
//! the other kind and joined on as the next part of the list (`Conference
//! resolutions 10/1 and 10/5, and decision 5/1` → the decision undecided);
//! one named right after the
//! reference (`在第 4/1 号决议中，缔约国会议…`); else none. A bare word
//! (`the Commission`, `Commission decision 55/1`, `委员会第 55/1 号决定`) is
//! the body of that kind the document names first. A PDF line break inside
//! a sentence does not end it; a heading line does.
//!
//! A body numbers its texts either by year (`2024/246`, the Economic and
//! Social Council) or by session (`58/4`, `67/1`, the others), as the data
//! file marks; a body of the other kind is never the one that adopted a number.
//!
//! Left out: a body named as the owner of rules (`经济及社会理事会议事规则`,
//! `rules of procedure of the Economic and Social Council`).

use std::sync::LazyLock;

use super::resolutions::{Located, Type, ITEM, LIST_REACH};
use crate::model::SymbolParts;
use crate::text::floor_boundary;

/// Names of adopting bodies, with the English name the value carries,
/// grouped by first character and longest first within a group, so that a
/// position is compared only with the names that can start there.
static BODIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut bodies: Vec<(&str, &str)> = rows().map(|(name, body, _)| (name, body)).collect();
    crate::sorting::sort_by_key(&mut bodies, |(name, _)| (name.chars().next(), std::cmp::Reverse(name.len())));
    bodies
});

/// The bodies that number their resolutions and decisions by year
/// (`2024/246`), marked `year` in the data file.
static NUMBERED_BY_YEAR: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| rows().filter(|(_, _, by_year)| *by_year).map(|(_, body, _)| body).collect());

/// The rows of `adopting_bodies.tsv`: a name, the body, whether it numbers by year.
fn rows() -> impl Iterator<Item = (&'static str, &'static str, bool)> {
    data_file!("adopting_bodies.tsv").lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
        let mut cells = l.split('\t');
        Some((cells.next()?, cells.next()?, cells.next() == Some("year")))
    })
}

/// Whether the first number of a reference is one of a year (`2024/246`)
/// rather than of a session (`58/4`, `S-32/1`); `None` for numbers of
/// neither kind (`1373 (2001)`).
fn numbered_by_year(reference: &str) -> Option<bool> {
    let slash = reference.find(['/', '／'])?;
    let digits = reference[..slash].chars().rev().take_while(|&c| crate::numerals::digit_value(c).is_some()).count();
    (digits > 0).then_some(digits == 4)
}

/// The longest body name that `rest` starts with, and how many bytes of
/// `rest` it covers: a space of the name matches a line break too
/// (`Economic and Social\nCouncil`, PDF text).
#[inline]
fn body_name(rest: &str) -> Option<(usize, &'static (&'static str, &'static str))> {
    let first = rest.chars().next()?;
    let from = BODIES.partition_point(|(name, _)| name.chars().next() < Some(first));
    if let Some(entry) = BODIES[from..].iter().take_while(|(name, _)| name.starts_with(first)).find(|(name, _)| rest.starts_with(name)) {
        // `Conference of the States Parties to the United Nations Convention
        // against\nCorruption,`: a longer name a line break parts is the one written.
        let longer = first.is_ascii().then(|| broken_body_name(rest, from)).flatten().filter(|&(len, _)| len > entry.0.len());
        return Some(longer.unwrap_or((entry.0.len(), entry)));
    }
    if first.is_ascii() {
        broken_body_name(rest, from)
    } else {
        None
    }
}

/// [`body_name`] for an English name a line break parts (`Economic and
/// Social\nCouncil`), among the names from index `from` of [`BODIES`]: only
/// when a line break is close ahead.
#[cold]
fn broken_body_name(rest: &str, from: usize) -> Option<(usize, &'static (&'static str, &'static str))> {
    let near = &rest.as_bytes()[..rest.len().min(LOOSE_REACH)];
    if !near.contains(&b'\n') {
        return None;
    }
    let first = rest.chars().next()?;
    // Only a name whose first word is the text's first word can match loosely.
    let word = &rest[..near.iter().position(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))?];
    BODIES[from..]
        .iter()
        .take_while(|(name, _)| name.starts_with(first))
        .filter(|(name, _)| name.as_bytes().get(word.len()) == Some(&b' ') && name.starts_with(word))
        .find_map(|entry| Some((loose_prefix(rest, entry.0)?, entry)))
}

/// How far ahead a line break may part a body's name, in bytes (longer
/// than any name of the data).
const LOOSE_REACH: usize = 96;

/// The length of the prefix of `rest` that spells `name`, a space of the
/// name written as a space, a tab or one line break (`\n`, `\r\n`) with
/// the spaces around it.
fn loose_prefix(rest: &str, name: &str) -> Option<usize> {
    if rest.starts_with(name) {
        return Some(name.len());
    }
    if !name.contains(' ') || !name.is_ascii() {
        return None;
    }
    let text = rest.as_bytes();
    let mut at = 0;
    for (k, word) in name.split(' ').enumerate() {
        if k > 0 {
            let gap = text.get(at..)?.iter().take(6).take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')).count();
            let breaks = text[at..at + gap].iter().filter(|&&b| b == b'\n').count();
            if gap == 0 || breaks > 1 {
                return None;
            }
            at += gap;
        }
        if !text.get(at..)?.starts_with(word.as_bytes()) {
            return None;
        }
        at += word.len();
    }
    Some(at)
}

/// How far back, in bytes, the sentence of a reference is searched for its body.
const WINDOW: usize = 1200;

/// How a Chinese reference ends where another of the same list follows it
/// (`第 58/4 号决议和`, `第 5/1 号决定、`).
const JOINED_REFERENCES: &[&str] = &["号决议和", "号决议、", "号决议以及", "号决定和", "号决定、", "号决定以及"];

/// How long, in bytes, the phrase describing a resolution between `其` and
/// its number may be (`其关于审议机制的`; about twenty ideographs).
const DESCRIBED_REACH: usize = 60;

/// True when `head` ends with a paragraph of a Chinese resolution and a
/// joiner (`第 9/1 号决议第 3 段和`, `第 9/1 号决议执行部分第 3 段、`): the
/// next reference is joined to that resolution's.
fn joined_after_paragraph(head: &str) -> bool {
    let Some(h) = ["和", "、", "以及"].into_iter().find_map(|j| head.strip_suffix(j)) else { return false };
    let Some(h) = h.trim_end_matches(' ').strip_suffix('段') else { return false };
    let h = h.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '(' | ')' | '（' | '）'));
    let Some(h) = h.strip_suffix('第') else { return false };
    let h = h.trim_end_matches(' ');
    let h = ["执行部分", "序言部分", "附件"].into_iter().find_map(|w| h.strip_suffix(w)).unwrap_or(h);
    h.ends_with("号决议") || h.ends_with("号决定")
}

/// True when `head` ends with a Chinese `其` joined on right after another
/// reference (`…号决定和其`, `…、其`, `…以及其`): in Chinese it is the
/// possessor just named. Not English `and its`, whose `its` is the
/// sentence's subject, not the body heading a reference (`General Assembly
/// resolution 77/262 and its resolution 5/1`).
fn joined_possessive(head: &str) -> bool {
    head.strip_suffix('其').is_some_and(|h| {
        let h = h.trim_end_matches(' ');
        ["号决议和", "号决定和", "号决议、", "号决定、", "号决议以及", "号决定以及"].into_iter().any(|j| h.ends_with(j))
    })
}

/// The body that adopted the resolutions of `list`: one named right after in
/// English (`decision 1/CP.26 of the Conference of the Parties`); after the
/// reference when a possessive stands before it (`In its resolution 3/1, the
/// Conference …`, `在其第 7/1 号决议里，缔约国会议…`); else the last one the
/// sentence names before it; else one named right after it.
pub(super) fn adopting_body(text: &str, list: &Located<'_>, mentions: &Mentions) -> Option<&'static str> {
    let head = text[..list.start].trim_end_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
    // `又重申其 2007 年 6 月 18 日第 5/1 号决议`: the date of adoption between `其` and the number.
    let undated = head.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | ' ' | '\u{3000}'));
    // `尤其` is "especially", not "its".
    let its = |h: &str| h.ends_with('其') && !h.ends_with("尤其");
    // `又回顾其第 S-32/1 号决议和 2022 年 12 月 15 日第 77/210 号决议`: a
    // reference joined to one that `其` owns, in the same clause, shares it.
    // Not when a body heads a reference between them (`回顾其第 67/1 号决议、大会第
    // S-30/1 号决议以及第 78/246 号决定`): the joint is that reference's.
    // Read back at most [`WINDOW`] bytes: a list running on without a stop
    // must not make every reference in it read back to the text's start.
    let near = &undated[floor_boundary(undated, undated.len().saturating_sub(WINDOW))..];
    let clause = near.rsplit(['，', '。', '；', '\n']).next().unwrap_or("");
    let clause_start = undated.len() - clause.len();
    let owner = clause.rmatch_indices('其').find(|(p, _)| its(&clause[..p + '其'.len_utf8()]));
    let joined = (JOINED_REFERENCES.iter().any(|j| undated.ends_with(j)) || joined_after_paragraph(undated))
        && owner.is_some_and(|(p, _)| !mentions.heads_between(clause_start + p, list.start));
    // `又回顾其关于审议机制的第 11/1 号决议`: a short phrase ending in `的`
    // between `其` and the number describes the resolution `其` owns; not
    // when it names a body (`其与大会的`) or runs long.
    let described = owner.is_some_and(|(p, _)| {
        let phrase = &clause[p + '其'.len_utf8()..];
        phrase.ends_with('的') && phrase.len() <= DESCRIBED_REACH && !phrase.starts_with('中') && !mentions.names_between(clause_start + p, list.start)
    });
    let possessive = ["its", "their", "its own", "their own"].iter().any(|w| {
        head.strip_suffix(w).is_some_and(|h| !h.ends_with(|c: char| c.is_ascii_alphanumeric()))
    }) || its(head) || its(undated) || joined || described;
    // `委员会…经第 2024/246 号决定核准`: a body that numbers by session adopts no
    // number of a year (the Council's), nor the other way round.
    let by_year = numbered_by_year(list.text);
    let fits = |body: &&str| by_year.is_none_or(|y| NUMBERED_BY_YEAR.contains(body) == y);
    let before = || mentions.before(text, list.start, list.kind).filter(fits);
    let after = || body_after(text, list.end, mentions).filter(fits);
    let named = body_of(text, list.end, mentions).filter(fits);
    if possessive {
        // `Recalling its resolution 64/1`: in a resolution, the body adopting it.
        let author = || mentions.author.and_then(|m| mentions.resolve(m)).filter(fits);
        // `the Council, recalling General Assembly resolution 78/224 and its
        // own resolution 2023/19`: `its` is the subject's, not the Assembly's
        // that heads another reference. Nor is `its` that body when the
        // sentence names no subject (`Recalling General Assembly resolutions
        // 77/262 A and B and its own resolutions 10/1 and 10/2`): it is the author's.
        let subject = || mentions.subject_before(text, list.start).filter(fits);
        // `Recalling its resolution 66/3, as well as …, the Commission noted`:
        // in a report, the subject its sentence names later.
        let later = || mentions.subject_after(text, list.end).filter(fits);
        // `缔约方会议第 12/1 号决定和其第 11/2 号决议`: with no subject nor
        // author to own it, a possessive joined on after another reference
        // is the body that reference names.
        let just_named = || joined_possessive(head).then(before).flatten();
        named.or_else(after).or_else(subject).or_else(author).or_else(later).or_else(just_named)
    } else {
        named.or_else(before).or_else(after)
    }
}

/// Where the text names adopting bodies and opens or closes quotes, found in
/// one pass so that each reference looks them up by binary search.
pub(super) struct Mentions {
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
    /// The bodies `text` names; `cited` are the parts of the document
    /// symbols it cites, in text order.
    pub(super) fn new(text: &str, cited: &[&SymbolParts]) -> Mentions {
        let mut mentions =
            Mentions { bodies: Vec::new(), author: None, firsts: Vec::new(), quotes: Vec::new(), closes: Vec::new(), ascii_quotes: Vec::new() };
        let mut depth = 0;
        let mut inside_until = 0;
        let first_chars = FIRST_CHARS.as_slice();
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
            if i < inside_until || !opens_in(first_chars, c) {
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
        let cover = cover_body(text);
        let cited: Vec<&'static str> = cited.iter().copied().filter_map(series_body).collect();
        for &(_, key) in BARE {
            let named = mentions.bodies.iter().find_map(|&(_, m, _)| match m {
                Mention::Named(body) if body.contains(key) => Some(body),
                _ => None,
            });
            // `Conference resolution 3/1` in a document of `CAC/COSP/IRG/…`: the
            // body that issues the document's series, when the text names none.
            let named = named.or(cover.filter(|body| body.contains(key)));
            // `the Commission adopted decisions 69/1 to 69/4` in an excerpt
            // pasted without its cover: the body of the first document the
            // text cites whose series that body issues (`E/CN.7/2026/9`).
            let named = named.or_else(|| cited.iter().copied().find(|body| body.contains(key)));
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

    /// True when a body's name heading a reference starts between `from` and `to`.
    fn heads_between(&self, from: usize, to: usize) -> bool {
        let lo = self.bodies.partition_point(|&(p, _, _)| p < from);
        self.bodies[lo..].iter().take_while(|&&(p, _, _)| p < to).any(|&(_, _, head)| head.is_some())
    }

    /// True when any body's name starts between `from` and `to`.
    fn names_between(&self, from: usize, to: usize) -> bool {
        let lo = self.bodies.partition_point(|&(p, _, _)| p < from);
        self.bodies.get(lo).is_some_and(|&(p, _, _)| p < to)
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
    /// Nor does it carry over to a reference of the other kind that a comma
    /// joins on as the next part of the list (`Conference resolutions 10/1
    /// and 10/5, and decision 5/1`, `…号决议以及第 5/1 号决定` → the
    /// decision undecided): the name heads the part before the comma. Joined
    /// by `and` alone, the reference is inside its reach (`General Assembly
    /// resolution 77/262 and decision 78/546` → both the Assembly's).
    fn before(&self, text: &str, at: usize, kind: Type) -> Option<&'static str> {
        self.nearest_before(text, at, Some(kind))
    }

    /// The last body the sentence names before `at` other than as the head
    /// of a reference (`General Assembly resolution 78/224`): the subject a
    /// possessive `its` refers to.
    fn subject_before(&self, text: &str, at: usize) -> Option<&'static str> {
        self.nearest_before(text, at, None)
    }

    /// The first body the sentence names after `at` other than as the head
    /// of a reference, outside quotes: the subject of a clause the reference
    /// opens. The sentence ends at `。`, `；`, `;`, a full stop before a
    /// blank, or a line break after a comma or before a blank line (a
    /// resolution's preamble paragraph, `Recalling …,`); looks ahead at most
    /// [`WINDOW`] bytes.
    fn subject_after(&self, text: &str, at: usize) -> Option<&'static str> {
        let rest = &text[at..floor_boundary(text, at + WINDOW)];
        let paragraph = |p: usize| {
            let before = rest[..p].trim_end_matches([' ', '\t', '\r']);
            before.ends_with([',', '，']) || rest[p + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n')
        };
        let stop = rest.char_indices().find(|&(p, c)| {
            matches!(c, '。' | '；' | ';') || (c == '.' && rest[p + 1..].starts_with([' ', '\n', '\r'])) || (c == '\n' && paragraph(p))
        });
        let end = at + stop.map_or(rest.len(), |(p, _)| p);
        let lo = self.bodies.partition_point(|&(p, _, _)| p < at);
        self.bodies[lo..]
            .iter()
            .take_while(|&&(p, _, _)| p < end)
            .filter(|&&(p, _, head)| head.is_none() && self.depth(at, p) <= 0)
            .find_map(|&(_, m, _)| self.resolve(m))
    }

    /// [`Mentions::before`] for a reference of `kind`, or without one the
    /// nearest body that heads no reference.
    fn nearest_before(&self, text: &str, at: usize, kind: Option<Type>) -> Option<&'static str> {
        let mut start = sentence_start(text, at);
        let mut lo = self.bodies.partition_point(|&(p, _, _)| p < start);
        // `the Economic and Social\nCouncil, recalling …`: a line break inside
        // a body's name, before a capital, ends no sentence.
        if let Some(&(p, _, _)) = lo.checked_sub(1).and_then(|k| self.bodies.get(k)) {
            if body_at(text, p).is_some_and(|(len, _)| p + len > start) {
                start = sentence_start(text, p);
                lo = self.bodies.partition_point(|&(q, _, _)| q < start);
            }
        }
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
        let Some(kind) = kind else {
            return seen.filter(|&&(_, _, head)| head.is_none()).find_map(|&(_, m, _)| self.resolve(m));
        };
        let &(_, mention, head) = seen.next()?;
        let body = self.resolve(mention)?;
        // Numbers of one session are one body's: `人权理事会第 52/1 号决议以及第 52/2 号决议`.
        let elsewhere = head.filter(|&h| h != at && session_at(text, h).is_none_or(|s| session_at(text, at) != Some(s)));
        let others = |&&(_, m, h): &&(usize, Mention, Option<usize>)| h.is_some() && self.resolve(m).is_some_and(|b| b != body);
        if let Some(h) = elsewhere {
            if (kind_at(text, h).is_some_and(|k| k != kind) && joined_as_next_part(text, at)) || seen.any(|b| others(&b)) {
                return None;
            }
        }
        Some(body)
    }
}

/// Lines at the top of a document that may hold its cover's symbol.
const COVER_LINES: usize = 3;

/// The adopting body that issues the series of the symbol on the cover's
/// first lines (`United Nations\tCAC/COSP/IRG/2024/1` → Conference of the
/// States Parties; `E/CN.7/2023/1` → Commission on Narcotic Drugs): its
/// most specific organ, else its series root's.
fn cover_body(text: &str) -> Option<&'static str> {
    let head = &text[..floor_boundary(text, 400)];
    head.lines().take(COVER_LINES).flat_map(|l| l.split([' ', '\t'])).find_map(|token| {
        let token = token.trim_end_matches('*');
        let parsed = super::grammar::parse_at(token, 0).filter(|p| p.len == token.len() && token.contains('/'))?;
        series_body(&parsed.parts)
    })
}

/// The adopting body that issues a symbol's series: its most specific
/// organ, else its series root's (the `Implementation Review Group …`
/// adopts nothing; the Conference of `CAC/` does).
fn series_body(parts: &SymbolParts) -> Option<&'static str> {
    let root = parts.bodies.first().and_then(|r| super::grammar::root_organ(r));
    let organ = parts.organ.as_deref().and_then(body_name).map(|(_, &(_, body))| body);
    organ.or_else(|| root.and_then(body_name).map(|(_, &(_, body))| body))
}

/// Where a reference starts that a body's name ending at `end` directly
/// precedes: `第 58/4 号决议`, `S-32/1 号决议`, ` resolution 58/4`.
fn reference_head(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    // `大会 2024 年 12 月 17 日第 79/175 号决议`: the date of adoption between
    // them; the reference starts after it.
    let rest = skip_zh_date(rest.trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']));
    let at = text.len() - rest.len();
    let number = rest.strip_prefix('第').unwrap_or(rest).trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
    let english = ["resolution", "decision", "Resolution", "Decision"].iter().any(|w| rest.starts_with(w));
    // A resolution's number, not a date (`理事会 2007 年 6 月 18 日第 5/1 号决议`); bounded look.
    let number = &number[..floor_boundary(number, 40)];
    // Every number starts with a letter or digit and has a digit in its
    // first word (`58/4`, `S-32/1`, `1/CP.26`, `５８／４`): most names are
    // followed by neither (`of the States Parties`), and cost no regex search.
    let digit = |c: char| c.is_ascii_digit() || crate::numerals::digit_value(c).is_some();
    let first_word = number.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    let numbered = number.starts_with(|c: char| c.is_ascii_alphanumeric() || digit(c))
        && first_word.chars().take(16).any(digit)
        && ITEM.find(number).is_some_and(|m| m.start() == 0);
    (english || numbered).then_some(at)
}

/// `rest` after a Chinese date of adoption it opens with (`2024 年 12 月 17 日`,
/// `2024年12月17日`) and the spaces after it; `rest` itself when it opens with none.
fn skip_zh_date(rest: &str) -> &str {
    let blanks = [' ', '\t', '\u{3000}', '\u{a0}'];
    let mut at = rest;
    for unit in ['年', '月', '日'] {
        let digits = at.len() - at.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let Some(after) = (1..=4).contains(&digits).then(|| at[digits..].trim_start_matches(blanks).strip_prefix(unit)).flatten() else {
            return rest;
        };
        at = after.trim_start_matches(blanks);
    }
    at
}

/// The session of the first number of the reference at `at` (`52` of
/// `第 52/1 号决议`, of `resolution 52/1`); `None` for numbers without one
/// (`2231 (2015)`). Bounded look.
fn session_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let rest = &rest[..floor_boundary(rest, 40)];
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let rest = ["resolutions", "resolution", "decisions", "decision", "Resolutions", "Resolution", "Decisions", "Decision"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
        .trim_start_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
    let number = ITEM.find(rest).filter(|m| m.start() == 0)?.as_str();
    number.split_once(['/', '／']).map(|(session, _)| session)
}

/// True when the reference at `at` is joined to the text before it as the
/// next part of a list: by a comma or semicolon, perhaps with `and` (`…,
/// and decision 5/1`, `…，并第 5/1 号决定`), or by `以及`, the Chinese
/// `, and` (`…号决议以及第 5/1 号决定`); not by `and`/`和` alone.
fn joined_as_next_part(text: &str, at: usize) -> bool {
    let blanks = [' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}'];
    let head = text[..at].trim_end_matches(blanks);
    if head.ends_with("以及") {
        return true;
    }
    let head = ["and", "as well as", "及", "和", "并"].iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head);
    head.trim_end_matches(blanks).ends_with([',', '，', ';', '；'])
}

/// The kind of the reference that starts at `at`: the English word it opens
/// with (`resolutions 10/1`), or the first `号决议`/`号决定` that closes a
/// Chinese one (`第 10/1 和 10/5 号决议`). Bounded look.
fn kind_at(text: &str, at: usize) -> Option<Type> {
    let rest = text.get(at..)?;
    let rest = &rest[..floor_boundary(rest, LIST_REACH)];
    let word = |w: &str| rest.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w));
    if word("resolution") {
        return Some(Type::Resolution);
    }
    if word("decision") {
        return Some(Type::Decision);
    }
    rest.match_indices('号').find_map(|(p, _)| {
        let tail = rest[p + '号'.len_utf8()..].trim_start_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
        if tail.starts_with("决议") {
            Some(Type::Resolution)
        } else if tail.starts_with("决定") {
            Some(Type::Decision)
        } else {
            None
        }
    })
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
/// `resolution 7/1, the Conference …`; not one that heads the next
/// reference (`第 9/3 号决议，经济及社会理事会第 2024/15 号决议` → that one's).
fn body_after(text: &str, at: usize, mentions: &Mentions) -> Option<&'static str> {
    let rest = text.get(at..)?;
    let rest = rest.strip_prefix(['中', '里', '内']).unwrap_or(rest);
    let rest = rest.trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
    let rest = rest.strip_prefix(['，', ',']).unwrap_or(rest);
    let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']).len();
    // A blank line ends the paragraph: a body that opens the next one is not this reference's.
    if rest[..gap].matches('\n').count() > 1 {
        return None;
    }
    let rest = &rest[gap..];
    // `resolution 73/191, entitled "…", the General Assembly …`.
    let rest = skip_title(rest).unwrap_or(rest);
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let at = text.len() - rest.len();
    body_at(text, at).filter(|&(len, _)| reference_head(text, at + len).is_none()).and_then(|(_, m)| mentions.resolve(m))
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

/// The first characters of the bodies' names as a bitmap of the Basic
/// Multilingual Plane, to skip most positions of the text with one lookup.
static FIRST_CHARS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    let names = BODIES.iter().map(|(name, _)| *name).chain(BARE.iter().map(|(word, _)| *word));
    for c in names.filter_map(|name| name.chars().next()) {
        if let Some(word) = bits.get_mut(c as usize / 64) {
            *word |= 1 << (c as usize % 64);
        }
    }
    bits
});

/// True when a body's name may start with `c`.
fn may_open(c: char) -> bool {
    opens_in(&FIRST_CHARS, c)
}

/// [`may_open`] with the bit set at hand, for a loop over every character.
fn opens_in(first_chars: &[u64], c: char) -> bool {
    first_chars.get(c as usize / 64).is_some_and(|word| word & (1 << (c as usize % 64)) != 0)
}

/// The length of the body's name that starts at byte `i` and the mention, if
/// a name starts there and is not part of a longer word (`世界卫生大会` is not
/// `大会`; `General Assemblyman` is not one). A bare word counts after `the`
/// (`the Commission`, not `the Commission of Inquiry`) or `该`/`本`, and
/// `Assembly` alone.
fn body_at(text: &str, i: usize) -> Option<(usize, Mention)> {
    let rest = text.get(i..)?;
    if !may_open(rest.chars().next()?) {
        return None;
    }
    let head = &text[..i];
    let before = head.chars().next_back();
    // Letters, digits and the joints of a symbol: `HRC` in `A/HRC/49/2` is not a mention.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '/');
    let glued = |c: Option<char>| word(c) || matches!(c, Some('.' | '-'));
    let Some((len, &(name, body))) = body_name(rest) else {
        let &(bare, key) = BARE.iter().find(|(bare, _)| rest.starts_with(bare))?;
        let after = &rest[bare.len()..];
        if owner_of_rules(head, after) {
            return None;
        }
        // `Commission decision 55/1`: the word names the body of the reference it opens.
        let opens = reference_head(text, i + bare.len()).is_some();
        let alone = if bare.is_ascii() {
            let next = after.chars().next();
            // After a capitalised word the bare word ends a longer name
            // (`International Law Commission`), unless that word is the verb
            // opening a preamble paragraph (`Recalling Conference resolution 10/1`).
            let trimmed = head.trim_end();
            let last = trimmed.rsplit([' ', '\n']).next().unwrap_or("");
            // At a line's start, perhaps after a paragraph number (`3. Recalling …`).
            let before_verb = trimmed[..trimmed.len() - last.len()].trim_end_matches([' ', '\t']);
            let line_head = before_verb.rsplit('\n').next().unwrap_or("");
            let numbered = !line_head.is_empty() && line_head.len() <= 6 && line_head.trim_end_matches(['.', ')']).trim_start_matches('(').bytes().all(|b| b.is_ascii_alphanumeric());
            let opening = line_head.is_empty() || numbered;
            let verb = opening && (last.ends_with("ing") || last.ends_with("ed"));
            let in_name = last.starts_with(|c: char| c.is_ascii_uppercase()) && !verb;
            let named = head.ends_with("the ") || head.ends_with("The ") || bare == "Assembly" || (opens && !in_name);
            named && !glued(before) && !word(next) && !after.starts_with(" of")
        } else {
            head.ends_with(['该', '本']) || before.is_none_or(clause_edge)
        };
        return alone.then_some((bare.len(), Mention::Bare(key)));
    };
    if owner_of_rules(head, &rest[len..]) {
        return None;
    }
    let after = rest[len..].chars().next();
    if name.is_ascii() {
        return (!glued(before) && !word(after)).then_some((len, Mention::Named(body)));
    }
    // `大会` inside the name of another assembly (`代表大会`, `全体大会`, `缔约国大会`).
    if name == "大会" && (before.is_some_and(|c| "表体界员东度党协".contains(c)) || head.ends_with("约国")) {
        return None;
    }
    Some((len, Mention::Named(body)))
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
/// blank, or a joining word (`和委员会第 55/1 号决定`, `根据委员会…`) or the
/// end of a preamble's verb (`注意到委员会`, `回顾委员会`, `重申`, `遵循`, `关于`)
/// or of a verb of running text (`一位代表回顾了委员会第 68/1 号决定`).
fn clause_edge(c: char) -> bool {
    c.is_whitespace() || (!c.is_alphanumeric() && !c.is_ascii()) || "和及与据照按经由请在同到顾申循于了".contains(c) || c.is_ascii_punctuation()
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
            || (c == '\n'
                && ends_line(&head[..p])
                && !((continues(last_line(&head[..p])) || comma_goes_on(&head[..p], &head[p..])) && (continued(&head[p..]) || ends_mid_phrase(&head[..p]))));
        if ends {
            return lo + p + c.len_utf8();
        }
        prev = Some(c);
    }
    lo
}

/// Words that leave a phrase open at the end of a line: after them the
/// sentence goes on, even with a capital (`the report of the` / `Third
/// Committee`).
const OPEN_WORDS: [&str; 10] = ["the", "of", "and", "to", "in", "for", "on", "by", "with", "an"];

/// True when the line before a break ends with one of [`OPEN_WORDS`].
fn ends_mid_phrase(before: &str) -> bool {
    let before = before.trim_end();
    let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    OPEN_WORDS.contains(&word) && before.len() > word.len()
}

/// True when `next`, the text after a line break, goes on with a sentence
/// rather than starting one: not a capital letter or a numbered paragraph.
/// The capital of a special session's number (`S-32/1 of 2 June 2021`) is
/// no sentence's start.
fn continued(next: &str) -> bool {
    let next = next.trim_start();
    let first = next.chars().next();
    let numbered = next.split_once(['.', ')', '）', '、']).is_some_and(|(n, _)| {
        !n.is_empty() && n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit() || c == '(' || c == '（' || c.is_ascii_lowercase())
    });
    !numbered && (opens_special_session_number(next) || !first.is_some_and(|c| c.is_ascii_uppercase()))
}

/// True when `next` opens with a special session's number: `S-32/1`.
fn opens_special_session_number(next: &str) -> bool {
    next.as_bytes().get(..3).is_some_and(|b| b[0] == b'S' && b[1] == b'-' && b[2].is_ascii_digit())
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

/// True when a line ending with an ASCII comma goes on, after the break, with
/// a lowercase word (`…, and the General Assembly,\nin its resolutions …`)
/// or a special session's number (`…, 2018,\nS-32/1 of 2 June 2021`):
/// the sentence runs on; a preamble paragraph (`Recalling …,`) is followed
/// by a capital (`Noting …`).
fn comma_goes_on(before: &str, next: &str) -> bool {
    let next = next.trim_start();
    before.trim_end().ends_with(',') && (next.starts_with(|c: char| c.is_ascii_lowercase()) || opens_special_session_number(next))
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
    use crate::model::{SymbolParts, SymbolValue, Value};

    /// The bodies of the references of `text`, in order (`-` for none).
    fn bodies(text: &str) -> Vec<String> {
        super::super::resolutions::find_resolutions(text, &[])
            .into_iter()
            .map(|a| match a.value {
                Value::Symbol(SymbolValue::Resolution { body, .. } | SymbolValue::Decision { body, .. }) => body.unwrap_or_else(|| "-".into()),
                _ => "?".into(),
            })
            .collect()
    }

    #[test]
    fn its_own_resolution_is_the_subjects() {
        let text = "At its 38th plenary meeting, the Economic and Social Council, recalling General Assembly resolution 78/224 of 19 December 2023 and its own resolution 2023/19 of 25 July 2023, decided to recommend that the Congress be held.";
        assert_eq!(bodies(text), ["General Assembly", "Economic and Social Council"]);
        // With no subject before it, `its` still looks after the reference, then before it.
        assert_eq!(bodies("In its resolution 58/4, the General Assembly adopted"), ["General Assembly"]);
        assert_eq!(bodies("Recalling General Assembly resolution 58/4 and resolution 60/1,"), ["General Assembly", "General Assembly"]);
    }

    #[test]
    fn a_body_adopts_numbers_of_its_own_kind() {
        let text = "麻醉药品委员会\n\n委员会通过了经第 2024/246 号决定核准的临时议程，并回顾其第 67/1 号决议。";
        assert_eq!(bodies(text), ["-", "Commission on Narcotic Drugs"]);
        assert_eq!(bodies("In accordance with decision 2024/246, the Commission on Narcotic Drugs adopted"), ["-"]);
        assert_eq!(bodies("经济及社会理事会第 2024/15 号决议和第 9/3 号决议"), ["Economic and Social Council", "-"]);
        assert_eq!(bodies("Security Council resolution 1373 (2001)"), ["Security Council"]);
        assert_eq!(super::numbered_by_year("第 ２０２４／２４６ 号决定"), Some(true));
        assert_eq!(super::numbered_by_year("resolution S-32/1"), Some(false));
        assert_eq!(super::numbered_by_year("resolution 1373 (2001)"), None);
    }

    #[test]
    fn a_special_session_number_after_a_line_break_goes_on_with_the_sentence() {
        let text = "The General Assembly, recalling its resolutions 73/191 of 17 December 2018,\nS-32/1 of 2 June 2021 and its decision 78/546, decides.";
        assert_eq!(bodies(text), ["General Assembly", "General Assembly", "General Assembly"]);
    }

    #[test]
    fn a_body_that_heads_the_next_reference_is_that_ones() {
        let text = "回顾大会第 77/237 号决议，人权理事会第 55/12 号决议，第 9/3 号和第 10/2 号决议，经济及社会理事会第 2024/15 号决议。";
        assert_eq!(bodies(text), ["General Assembly", "Human Rights Council", "-", "-", "Economic and Social Council"]);
        // A body that is the clause's subject after the reference still counts.
        assert_eq!(bodies("在第 4/1 号决议中，缔约国会议决定"), ["Conference of the States Parties"]);
        assert_eq!(bodies("Recalling resolution 9/3, General Assembly resolution 78/1 and"), ["-", "General Assembly"]);
    }

    #[test]
    fn a_possessive_joined_after_a_reference_is_that_references_body() {
        let cases: &[(&str, &[&str])] = &[
            ("回顾缔约方会议第 12/1 号决定和其第 11/2 号决议，", &["Conference of the Parties", "Conference of the Parties"]),
            ("又回顾大会第 70/1 号决议以及其第 71/2 号决议，", &["General Assembly", "General Assembly"]),
            // Not English `its`, the subject's; nor a possessive that opens the
            // clause, nor one past a comma alone.
            ("Recalling General Assembly resolution 70/1 and its resolution 71/2,", &["General Assembly", "-"]),
            ("回顾其第 11/2 号决议，", &["-"]),
            ("回顾大会第 70/1 号决议，其第 71/2 号决议", &["General Assembly", "-"]),
        ];
        for (text, want) in cases {
            assert_eq!(bodies(text), *want, "{text}");
        }
    }

    #[test]
    fn its_resolution_is_the_one_of_the_subject_named_later() {
        let cnd = "Commission on Narcotic Drugs\n\n";
        let cases: &[(&str, &[&str])] = &[
            ("3. Recalling its resolution 66/3, as well as General Assembly resolution 78/246, the Commission noted the report.", &["Commission on Narcotic Drugs", "General Assembly"]),
            ("回顾其第 66/3 号决议以及大会第 78/246 号决议，委员会注意到该报告。", &["Commission on Narcotic Drugs", "General Assembly"]),
            // Not past the end of the sentence, nor a body that heads a reference or sits in quotes.
            ("Recalling its resolution 66/3. The Commission noted the report.", &["-"]),
            ("回顾其第 66/3 号决议。委员会注意到该报告。", &["-"]),
            ("回顾其第 66/3 号决议和题为“委员会的工作”的报告。", &["-"]),
            // A preamble paragraph ends at its line's comma.
            ("Recalling its resolutions 8/9 and 9/7,\n\nRecalling also that the General Assembly, in its resolution 58/4, adopted", &["-", "-", "General Assembly"]),
            ("Recalling its resolution 8/9, and\nnoting that the Commission met,", &["Commission on Narcotic Drugs"]),
        ];
        for (text, want) in cases {
            // A short heading line: the Chinese sentence does not run on from it.
            let head = if text.is_ascii() { cnd } else { "麻醉药品委员会\n\n" };
            assert_eq!(bodies(&format!("{head}{text}")), *want, "{text}");
        }
    }

    #[test]
    fn a_bare_word_is_the_body_of_a_cited_series_when_none_is_named() {
        // The text cites `E/CN.7/2026/9`, `CAC/COSP/IRG/2026/3` (the Implementation
        // Review Group adopts nothing: its series' Conference does), `A/80/123`.
        let cited = |symbol: &str| super::super::grammar::parse_at(symbol, 0).map(|p| p.parts);
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("委员会以记录表决方式通过了第 69/1 号决定。", &["E/CN.7/2026/9"], &["Commission on Narcotic Drugs"]),
            ("By its decision 69/1, the Commission decided", &["E/CN.7/2026/9"], &["Commission on Narcotic Drugs"]),
            ("若干发言者回顾了缔约国会议第 10/1 号决议。", &["CAC/COSP/IRG/2026/3"], &["Conference of the States Parties"]),
            ("In its resolution 10/1, the Conference decided", &["A/80/123", "CAC/COSP/IRG/2026/3"], &["Conference of the States Parties"]),
            // A series of another body's, or a body the text names in full, decides nothing / wins.
            ("By its decision 69/1, the Commission decided", &["A/80/123", "CAC/COSP/2026/1"], &["-"]),
            ("The Commission on Crime Prevention and Criminal Justice met. By its decision 69/1, the Commission decided", &["E/CN.7/2026/9"], &["Commission on Crime Prevention and Criminal Justice"]),
        ];
        for (text, symbols, want) in cases {
            let parts: Vec<SymbolParts> = symbols.iter().filter_map(|s| cited(s)).collect();
            let refs: Vec<&SymbolParts> = parts.iter().collect();
            let got: Vec<String> = super::super::resolutions::find_resolutions(text, &refs)
                .into_iter()
                .map(|a| match a.value {
                    Value::Symbol(SymbolValue::Resolution { body, .. } | SymbolValue::Decision { body, .. }) => body.unwrap_or_else(|| "-".into()),
                    _ => "?".into(),
                })
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_body_that_heads_resolutions_is_not_the_next_decisions() {
        let cosp = "the Conference of the States Parties to the Convention. ";
        let cases: &[(&str, &[&str])] = &[
            ("缔约国会议第 10/1 和 10/5 号决议以及第 5/1 号决定", &["Conference of the States Parties", "Conference of the States Parties", "-"]),
            ("大会第 75/194 号决议，并第 76/1 号决定", &["General Assembly", "-"]),
            // `其` owns the references joined to its own, not those after another body's.
            ("麻醉药品委员会\n\n委员会回顾其第 67/1 号决议、大会第 S-30/1 号决议以及第 78/246 号决定。", &["Commission on Narcotic Drugs", "General Assembly", "-"]),
            ("又回顾其第 S-32/1 号决议和 2022 年 12 月 15 日第 77/210 号决议", &["-", "-"]),
            // A bare `委员会` after a preamble's verb is the Commission the text names first.
            ("预防犯罪和刑事司法委员会，\n注意到委员会第 33/1 号决议第 2 至 4 段，", &["Commission on Crime Prevention and Criminal Justice"]),
            ("预防犯罪和刑事司法委员会，\n回顾委员会第 33/1 号决议，", &["Commission on Crime Prevention and Criminal Justice"]),
            ("预防犯罪和刑事司法委员会，\n注意到区域渔业委员会第 55/1 号决定，", &["-"]),
            ("预防犯罪和刑事司法委员会。\n一位代表回顾了委员会第 33/1 号决议。", &["Commission on Crime Prevention and Criminal Justice"]),
            // Joined after a paragraph of the one `其` owns, too; not after another body's.
            ("缔约方会议，\n回顾其第 9/1 号决议第 3 段和第 10/1 号决议，", &["Conference of the Parties", "Conference of the Parties"]),
            ("缔约方会议，\n回顾其第 9/1 号决议执行部分第 3(a) 段、第 10/1 号决议，", &["Conference of the Parties", "Conference of the Parties"]),
            ("缔约方会议，\n回顾其第 9/1 号决议、大会第 78/1 号决议第 3 段和第 10/1 号决议，", &["Conference of the Parties", "General Assembly", "General Assembly"]),
            ("缔约方会议，\n回顾第 9/1 号决议第 3 段和第 10/1 号决议，", &["-", "-"]),
            // A phrase ending in `的` between `其` and the number describes the resolution it owns.
            ("缔约方会议，\n又回顾其关于审议机制的第 11/1 号决议，", &["Conference of the Parties"]),
            ("缔约方会议，\n又回顾其在第十届会议上通过的第 10/1 号决议，", &["Conference of the Parties"]),
            ("缔约方会议，\n又回顾其中提及的第 10/1 号决议，", &["-"]),
            // A body that heads a dated reference of the next paragraph is that one's.
            ("以及第 11/2 号决定，\n\n大会 2024 年 12 月 17 日第 79/175 号决议，", &["-", "General Assembly"]),
            ("以及第 11/2 号决定，\n大会2024年12月17日第79/175号决议，", &["-", "General Assembly"]),
            // A body after a blank line opens another paragraph; one after a PDF line break goes on.
            ("在第 4/1 号决议中，\n\n缔约国会议决定", &["-"]),
            ("在第 4/1 号决议中，\n缔约国会议决定", &["Conference of the States Parties"]),
            ("大会第 75/194 号决议，以及第 76/1 号决定", &["General Assembly", "-"]),
            ("Recalling General Assembly resolution 60/1; and decision 5/1,", &["General Assembly", "-"]),
            // Joined by `and` alone, the decision is the same body's.
            ("大会第 75/194 号决议和第 76/1 号决定", &["General Assembly", "General Assembly"]),
            ("Recalling General Assembly resolution 77/262 and decision 78/546,", &["General Assembly", "General Assembly"]),
            ("根据缔约方会议第 5/1 号决定和第 11/1 号决议", &["Conference of the Parties", "Conference of the Parties"]),
            // Same kind: the body carries over, as before.
            ("大会第 75/194 号决议和第 76/1 号决议", &["General Assembly", "General Assembly"]),
            ("Recalling General Assembly resolutions 60/1 and 61/2, and resolution 62/3,", &["General Assembly", "General Assembly", "General Assembly"]),
            // Same session: one body's numbers.
            ("人权理事会第 52/1 号决议以及第 52/2 号决定", &["Human Rights Council", "Human Rights Council"]),
            // A subject, not a head: it adopted both.
            ("缔约国会议在其第 10/1 号决议和第 5/1 号决定中", &["Conference of the States Parties", "Conference of the States Parties"]),
            ("The Conference of the States Parties, in its resolution 10/1 and decision 5/1, decided", &["Conference of the States Parties", "Conference of the States Parties"]),
        ];
        for (text, want) in cases {
            assert_eq!(bodies(text), *want, "{text}");
        }
        let text = format!("{cosp}\nRecalling Conference resolutions 10/1 and 10/5, and decision 5/1, the secretariat prepared.");
        assert_eq!(bodies(&text), ["Conference of the States Parties", "Conference of the States Parties", "-"]);
        // The verb opening a paragraph is no part of a name; a capitalised word of a name is.
        let cnd = "the Commission on Narcotic Drugs.\n";
        assert_eq!(bodies(&format!("{cnd}Noting Commission decision 55/1,")), ["Commission on Narcotic Drugs"]);
        assert_eq!(bodies(&format!("{cnd}3. Recalling Commission resolution 67/1,")), ["Commission on Narcotic Drugs"]);
        assert_eq!(bodies(&format!("{cnd}(b) Noting Commission decision 55/1,")), ["Commission on Narcotic Drugs"]);
        assert_eq!(bodies(&format!("{cnd}the Standing Committee decision 55/1,")), ["-"]);
        assert_eq!(bodies(&format!("{cnd}Welcomed by the International Law Commission decision 55/1,")), ["-"]);
        assert_eq!(bodies(&format!("{cnd}Recalling International Law Commission decision 55/1,")), ["-"]);
    }

    #[test]
    fn a_line_ending_mid_phrase_goes_on_before_a_capital() {
        let text = "The Assembly will consider draft resolutions contained in the report of the\nThird Committee (A/80/480) and the follow-up to resolution S-32/1.";
        assert_eq!(bodies(text), ["General Assembly"]);
        // A finished line before a capital starts another sentence.
        assert_eq!(bodies("The Assembly will consider the report of the Third Committee\nIt recalled resolution S-32/1."), ["-"]);
    }

    #[test]
    fn a_resolution_opens_with_its_author_across_a_line_break() {
        let text = "The Conference of the States Parties to the United Nations Convention against\nCorruption,\n\nRecalling its resolution 9/1 of 17 December 2021, entitled \"Review mechanism\",\n";
        assert_eq!(bodies(text), ["Conference of the States Parties"]);
        let len = super::body_name("Conference of the States Parties to the United Nations Convention against\nCorruption,").map(|(len, _)| len);
        assert_eq!(len, Some("Conference of the States Parties to the United Nations Convention against\nCorruption".len()));
        assert_eq!(super::body_name("Conference of the States Parties to the\nnext session").map(|(len, _)| len), Some("Conference of the States Parties".len()));
    }

    #[test]
    fn a_body_named_across_a_line_break() {
        let text = "At its 38th plenary meeting, the Economic and Social\nCouncil, recalling General Assembly resolution 78/224 and its own resolution 2023/19, decided.";
        assert_eq!(bodies(text), ["General Assembly", "Economic and Social Council"]);
        assert_eq!(bodies("Recalling General\r\nAssembly resolution 58/4,"), ["General Assembly"]);
        assert_eq!(super::loose_prefix("Economic and Social\n\nCouncil", "Economic and Social Council"), None);
        assert_eq!(super::loose_prefix("Economic and Social \n Council", "Economic and Social Council"), Some(29));
    }
}
