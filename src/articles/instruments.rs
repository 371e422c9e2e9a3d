//! The instruments that article references point into, read from
//! `src/data/instruments.tsv`: treaties (`《联合国反腐败公约》` → `UNCAC`), the
//! short form `《公约》` / `the Convention`, rules of procedure, texts cited by
//! paragraph (`职权范围`, `terms of reference`) and the words by which a
//! document points at itself (`本报告`, `present report`).

use std::sync::LazyLock;

/// What an instrument is, which decides how its numbers are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A convention or protocol: `条`/`article` is an article.
    Treaty,
    /// `《公约》` / `the Convention`: the treaty the document is about.
    The,
    /// Rules of procedure: `条`/`rule` is a rule.
    Rules,
    /// A text cited by paragraph (terms of reference, a declaration).
    Text,
    /// The document itself: its own chapters and paragraphs are not references.
    Own,
    /// A text that is no instrument (a questionnaire, a handbook): its
    /// numbered parts are not references either.
    Other,
}

/// One row of `instruments.tsv`.
#[derive(Debug)]
pub struct Instrument {
    /// How its numbers are read.
    pub role: Role,
    /// The normalised name given as the article's `instrument`.
    pub value: &'static str,
    /// Chinese names, as written.
    pub zh: Vec<&'static str>,
    /// English names, as written after `of the`.
    pub en: Vec<&'static str>,
}

static INSTRUMENTS: LazyLock<Vec<Instrument>> = LazyLock::new(|| {
    data_file!("instruments.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            let role = match *f.first()? {
                "treaty" => Role::Treaty,
                "the" => Role::The,
                "rules" => Role::Rules,
                "text" => Role::Text,
                "own" => Role::Own,
                "other" => Role::Other,
                _ => return None,
            };
            let names = |s: &'static str| s.split('|').map(str::trim).filter(|n| !n.is_empty()).collect();
            Some(Instrument { role, value: f.get(1)?, zh: names(f.get(2)?), en: names(f.get(3)?) })
        })
        .collect()
});

/// The value of the short form `《议定书》` / `the Protocol` in the table.
pub const PROTOCOL: &str = "Protocol";

/// Where each protocol is named in full (`《…关于预防、禁止和惩治贩运人口…
/// 补充议定书》`, `Protocol to Prevent, Suppress and Punish Trafficking in
/// Persons…`): the end of the name and the protocol, in text order; what
/// `《议定书》` then means. Not its short form (`《枪支议定书》`, the last of
/// a row's names), which a text uses for a protocol it is not about. One
/// search of the text per full name of a protocol.
pub fn protocol_mentions(text: &str) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    if !text.contains("议定书") && !text.contains(PROTOCOL) {
        return out;
    }
    let full = |names: &'static [&'static str]| if names.len() > 1 { &names[..names.len() - 1] } else { names };
    // Each full name holds `议定书` or `Protocol`: the text is searched for
    // those two words once, and each name is tried where its word stands.
    let words: Vec<usize> = ["议定书", PROTOCOL].iter().flat_map(|w| text.match_indices(w).map(|(at, _)| at)).collect();
    for i in INSTRUMENTS.iter().filter(|i| i.role == Role::Treaty && i.value.ends_with(PROTOCOL)) {
        for name in full(&i.zh).iter().chain(full(&i.en)) {
            let Some(k) = name.find("议定书").or_else(|| name.find(PROTOCOL)) else {
                out.extend(text.match_indices(name).map(|(at, _)| (at + name.len(), i.value)));
                continue;
            };
            let starts = words.iter().filter_map(|&w| w.checked_sub(k)).filter(|&at| text.get(at..).is_some_and(|t| t.starts_with(name)));
            out.extend(starts.map(|at| (at + name.len(), i.value)));
        }
    }
    crate::sorting::sort_by_key(&mut out, |(end, _)| *end);
    out.dedup();
    out
}

/// Words one of which every treaty's name holds: a text is searched for
/// these alone, and a name is tried only where its word stands.
const TREATY_WORDS: [&str; 4] = ["议定书", "公约", "Protocol", "Convention"];

/// Where each treaty is named, in full or by its own short form
/// (`《枪支议定书》`, `the Firearms Protocol`, `《联合国打击跨国有组织犯罪公约》`),
/// or as `《公约》` / `the Convention` ([`PROTOCOL`]'s kin: the value
/// `Convention`): the end of the name and its value, in text order. A
/// convention that a protocol's full name says it supplements (`…,
/// supplementing the United Nations Convention against Transnational
/// Organized Crime`) is no mention of its own. One search of the text per
/// word of [`TREATY_WORDS`].
pub fn treaty_mentions(text: &str) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    for word in TREATY_WORDS {
        let names: Vec<(&str, usize, &'static str)> = INSTRUMENTS
            .iter()
            .filter(|i| i.role == Role::Treaty)
            .flat_map(|i| i.zh.iter().chain(&i.en).map(move |n| (*n, i.value)))
            .filter_map(|(n, v)| {
                let first = TREATY_WORDS.iter().filter_map(|w| n.find(w).map(|k| (k, *w))).min()?;
                (first.1 == word).then_some((n, first.0, v))
            })
            .collect();
        for (at, _) in text.match_indices(word) {
            let named = names.iter().filter_map(|&(n, k, v)| {
                let start = at.checked_sub(k)?;
                text.get(start..).filter(|t| t.starts_with(n)).map(|_| (start, start + n.len(), v))
            });
            let found = named.max_by_key(|&(_, end, _)| end).or_else(|| short_convention(text, at, word));
            if let Some((start, end, v)) = found {
                let before = &text[..start];
                if !before.strip_suffix("United Nations ").unwrap_or(before).ends_with("supplementing the ") {
                    out.push((end, v));
                }
            }
        }
    }
    crate::sorting::sort_by_key(&mut out, |(end, _)| *end);
    out.dedup();
    out
}

/// `《公约》` or `the Convention` written at `at`, where `word` stands: its
/// span and the value `Convention`.
fn short_convention(text: &str, at: usize, word: &str) -> Option<(usize, usize, &'static str)> {
    let after = &text[at + word.len()..];
    let short = match word {
        "公约" => text[..at].ends_with('《') && after.starts_with('》'),
        "Convention" => text[..at].ends_with("the ") && !after.starts_with(|c: char| c.is_alphanumeric()) && !after.starts_with(" on") && !after.starts_with(" against") && !after.starts_with(" for") && !after.starts_with(" of"),
        _ => false,
    };
    short.then(|| (at, at + word.len() + if word == "公约" { '》'.len_utf8() } else { 0 }, "Convention"))
}

/// How far into the document the treaty it is about must be named.
const MAIN_TREATY_WINDOW: usize = 200_000;

/// How far into the document its own symbol is looked for, in bytes (the
/// cover's first lines: `United Nations→FCCC/CP/2022/10/Add.1`).
const SYMBOL_WINDOW: usize = 300;

/// `series` rows of `instruments.tsv`: the root of a treaty body's or
/// conference's document symbols, and the treaty it serves.
static SERIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    data_file!("instruments.tsv")
        .lines()
        .filter_map(|l| l.strip_prefix("series\t"))
        .filter_map(|l| {
            let (treaty, roots) = l.split_once('\t')?;
            Some(roots.split('|').map(str::trim).filter(|r| !r.is_empty()).map(move |r| (r, treaty.trim())).collect::<Vec<_>>())
        })
        .flatten()
        .collect()
});

/// The treaty whose body or conference issued a document the text cites,
/// by its symbol (`FCCC/…` → UNFCCC, `CCPR/…` → ICCPR): the earliest root
/// of [`SERIES`] that starts a word in the first `window` bytes. Within
/// [`SYMBOL_WINDOW`] it is the cover's own symbol.
fn treaty_of_symbol(text: &str, window: usize) -> Option<&'static str> {
    let head = &text[..crate::text::floor_boundary(text, window)];
    SERIES
        .iter()
        .filter_map(|&(root, treaty)| {
            head.match_indices(root)
                .find(|(p, _)| !head[..*p].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '/' || c == '.'))
                .map(|(p, _)| (p, treaty))
        })
        .min_by_key(|&(p, _)| p)
        .map(|(_, t)| t)
}

/// The treaty of the first symbol of a known series that the text's first
/// [`MAIN_TREATY_WINDOW`] bytes cite (`CTOC/COP/WG.3/2026/2` → UNTOC).
pub fn cited_treaty(text: &str) -> Option<&'static str> {
    treaty_of_symbol(text, MAIN_TREATY_WINDOW)
}

/// True when the short form `written` (`the Convention`, `present Covenant`,
/// `《公约》`, `本公约`) can name `main`, the treaty the document is about:
/// its last word (English) or last two characters (Chinese) are in one of
/// the treaty's names. `the Convention` is not the Paris Agreement, `the
/// Covenant` not UNCAC; `《公约》` is the ICCPR (`《公民权利和政治权利国际公约》`).
/// A treaty the table does not know (a Chinese title read from the text)
/// fits any short form.
pub fn short_form_fits(written: &str, main: &str) -> bool {
    let Some(row) = INSTRUMENTS.iter().find(|i| i.role == Role::Treaty && i.value == main) else { return true };
    let written = written.trim_matches(|c: char| matches!(c, '《' | '》') || c.is_whitespace());
    if written.chars().any(crate::text::is_cjk) {
        let chars: Vec<char> = written.chars().collect();
        let key: String = chars[chars.len().saturating_sub(2)..].iter().collect();
        row.zh.iter().any(|n| n.contains(&key))
    } else {
        let key = written.rsplit(' ').next().unwrap_or(written);
        row.en.iter().any(|n| n.split(' ').any(|w| w == key))
    }
}

/// The treaty the document is about: the one whose body's symbol the cover
/// prints ([`treaty_of_symbol`]), else the first one of the table named in
/// its first [`MAIN_TREATY_WINDOW`] bytes (the header `联合国反腐败公约 缔约国会议`,
/// `Conference of the States Parties to the United Nations Convention against
/// Corruption`), else the first Chinese title that ends in `公约》`
/// (`《生物多样性公约》`), else the treaty of the first symbol of a known
/// series it cites (an excerpt pasted without its cover: `CAC/COSP/IRG/2026/3
/// 号文件` … `《公约》第五章`), else UNCAC where it speaks of [`ANTI_CORRUPTION`].
/// The Charter named first gives way to a later treaty ([`BACKGROUND`]).
/// `None` when there is none of these.
pub fn main_treaty(text: &str) -> Option<String> {
    if let Some(treaty) = treaty_of_symbol(text, SYMBOL_WINDOW) {
        return Some(treaty.to_owned());
    }
    let head = &text[..crate::text::floor_boundary(text, MAIN_TREATY_WINDOW)];
    // Each name is looked for only before the earliest one found so far:
    // the header names the treaty, so most searches read a few lines.
    let mut first: Option<(usize, &str)> = None;
    for i in INSTRUMENTS.iter().filter(|i| i.role == Role::Treaty) {
        for name in i.zh.iter().chain(&i.en) {
            let bound = first.map_or(head.len(), |(p, _)| crate::text::floor_boundary(head, p + name.len()));
            if let Some(p) = head[..bound].find(name).filter(|&p| first.is_none_or(|(q, _)| p < q)) {
                first = Some((p, i.value));
            }
        }
    }
    // The Charter is cited for its purposes and principles before the
    // treaty a resolution is about (`重申《联合国宪章》…，注意到《联合国反腐败公约》`):
    // any later treaty is the document's.
    if first.is_some_and(|(_, v)| BACKGROUND.contains(&v)) {
        let rest = &head[first.map_or(0, |(p, _)| p)..];
        // As above, each name only before the earliest found so far.
        let mut later: Option<(usize, &str)> = None;
        for i in INSTRUMENTS.iter().filter(|i| i.role == Role::Treaty && !BACKGROUND.contains(&i.value)) {
            for name in i.zh.iter().chain(&i.en) {
                let bound = later.map_or(rest.len(), |(p, _)| crate::text::floor_boundary(rest, p + name.len()));
                if let Some(p) = rest[..bound].find(name).filter(|&p| later.is_none_or(|(q, _)| p < q)) {
                    later = Some((p, i.value));
                }
            }
        }
        if let Some((_, v)) = later {
            return Some(v.to_owned());
        }
    }
    let known = first.map(|(_, v)| v.to_owned());
    known.or_else(|| {
        head.match_indices("公约》").find_map(|(close, _)| {
            let lo = crate::text::floor_boundary(head, close.saturating_sub(120));
            let open = lo + head[lo..close].rfind('《')?;
            let title = &head[open + '《'.len_utf8()..close + "公约".len()];
            (title != "公约" && !title.contains(['》', '\n'])).then(|| title.to_owned())
        })
    })
    // A treaty named, or titled, in the text outranks a symbol it cites:
    // a resolution on another treaty may cite a CAC/ document in a footnote.
    .or_else(|| cited_treaty(head).map(str::to_owned))
    .or_else(|| ANTI_CORRUPTION.iter().any(|w| head.contains(w)).then(|| "UNCAC".to_owned()))
}

/// Texts every UN document may cite before the treaty it is about: the
/// document's treaty only when it names no other.
const BACKGROUND: [&str; 2] = ["Charter of the United Nations", "Universal Declaration of Human Rights"];

/// A head that names no treaty but speaks of the fight against corruption
/// (`东南亚反腐败区域平台` … `《公约》第五条`) or names a body on it (`Working
/// Group on the Prevention of Corruption` … `article 9 of the Convention`;
/// capitalised, as a name writes it, not the word of running text) is about
/// UNCAC, the one treaty on corruption the Convention's bodies serve.
const ANTI_CORRUPTION: [&str; 2] = ["反腐败", "Corruption"];

/// The longest Chinese name that ends exactly at byte `end`: its start and row.
/// A name broken across lines (`《联合国反腐败\n公约》`) counts; the break
/// stays inside the span.
pub fn zh_ending_at(text: &str, end: usize) -> Option<(usize, &'static Instrument)> {
    let head = text.get(..end)?;
    let tail = Tail::of(head);
    INSTRUMENTS
        .iter()
        .flat_map(|i| i.zh.iter().filter(|n| tail.may_end(n)).filter_map(move |n| broken_name_start(head, n).map(|s| (s, i))))
        .min_by_key(|&(start, _)| start)
}

/// The last characters of a text with the line breaks between them
/// stepped over as [`broken_name_start`] steps over them: a name can end
/// the text only if it ends with them. One look at the text for all names.
struct Tail {
    chars: [char; TAIL],
    len: usize,
}

/// How many characters a [`Tail`] holds.
const TAIL: usize = 3;

/// The characters [`broken_name_start`] may step over inside a name.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | ' ' | '\u{3000}')
}

impl Tail {
    fn of(head: &str) -> Tail {
        let mut tail = Tail { chars: ['\0'; TAIL], len: 0 };
        let mut skipped = 0;
        for c in head.chars().rev() {
            if tail.len == TAIL {
                break;
            }
            if tail.len > 0 && is_break(c) && skipped < MAX_BREAK {
                skipped += 1;
                continue;
            }
            tail.chars[tail.len] = c;
            tail.len += 1;
        }
        tail
    }

    /// False when `name` certainly does not end the text: its last
    /// characters (none of them a break) differ from the tail's.
    fn may_end(&self, name: &str) -> bool {
        for (k, c) in name.chars().rev().take(TAIL).enumerate() {
            if is_break(c) {
                return true;
            }
            if k >= self.len || self.chars[k] != c {
                return false;
            }
        }
        true
    }
}

/// The most line-break characters a name broken across lines may hold.
const MAX_BREAK: usize = 8;

/// Where `name` starts when `head` ends with it, as written or with line
/// breaks (and the spaces around them) between its characters; compares
/// backwards from the end, at most the name's length plus [`MAX_BREAK`].
fn broken_name_start(head: &str, name: &str) -> Option<usize> {
    if head.ends_with(name) {
        return Some(head.len() - name.len());
    }
    let mut want = name.chars().rev().peekable();
    let mut skipped = 0;
    let mut matched = 0;
    let mut seen_break = false;
    for (i, c) in head.char_indices().rev() {
        match want.peek() {
            Some(&w) if w == c => {
                want.next();
                matched += 1;
                if want.peek().is_none() {
                    return seen_break.then_some(i);
                }
            }
            Some(_) if is_break(c) && matched > 0 && skipped < MAX_BREAK => {
                seen_break |= matches!(c, '\n' | '\r');
                skipped += 1;
            }
            _ => return None,
        }
    }
    None
}

/// True when an English name that ends in a year ends at byte `end` of
/// `text` (`Single Convention on Narcotic Drugs of 1961`): the year is the
/// name's. A few `ends_with` per name.
pub fn en_dated_name_ends_at(text: &str, end: usize) -> bool {
    let Some(head) = text.get(..end) else { return false };
    INSTRUMENTS.iter().flat_map(|i| &i.en).any(|n| n.ends_with(|c: char| c.is_ascii_digit()) && head.ends_with(n))
}

/// The longest English name that ends at byte `end` of `text` and starts a
/// word, after which a comma comes before `end`'s reference:
/// `the Organized Crime Convention, article 32` → UNTOC.
pub fn en_before_comma(text: &str, end: usize) -> Option<&'static Instrument> {
    let head = text.get(..end)?.trim_end_matches([' ', '\t', '\n', '\r']).strip_suffix(',')?;
    INSTRUMENTS
        .iter()
        .flat_map(|i| {
            i.en.iter()
                .filter(|n| head.ends_with(**n) && !head[..head.len() - n.len()].ends_with(|c: char| c.is_alphanumeric()))
                .map(move |n| (n.len(), i))
        })
        .max_by_key(|&(len, _)| len)
        .map(|(_, i)| i)
}

/// Longest stretch, in bytes, before `its article 10` or `paragraph 54
/// thereof` searched for the instrument they refer to.
const ANAPHORA_REACH: usize = 400;

/// The treaty that `its` refers to in `… the Protocol against the Illicit
/// Manufacturing of … Ammunition, in particular its article 10`, the
/// reference starting at byte `start`: the last treaty named earlier in the
/// sentence.
pub fn en_its_treaty(text: &str, start: usize) -> Option<&'static Instrument> {
    let head = text.get(..start)?.trim_end_matches(crate::text::is_ws).strip_suffix("its")?;
    if head.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    en_named_earlier(text, head.len(), |i| i.role == Role::Treaty)
}

/// The instrument that `thereof` refers to in `the political declaration
/// …, in particular paragraph 54 thereof`, the reference starting at byte
/// `start`: the last treaty or text named earlier in the sentence.
pub fn en_thereof(text: &str, start: usize) -> Option<&'static Instrument> {
    en_named_earlier(text, start, |i| matches!(i.role, Role::Treaty | Role::Text))
}

/// The treaty that `that Convention` / `that Protocol` refers to, `word`
/// (`Convention`) written at byte `start`: the last treaty named earlier in
/// the sentence that the word can name (`Schedule II of the Convention on
/// Psychotropic Substances of 1971, …, article 2, paragraph 4, of that
/// Convention`; not a protocol before a `that Convention`).
pub fn en_that_treaty(text: &str, start: usize, word: &str) -> Option<&'static Instrument> {
    // The word is the name's head, the first of the two it holds: the Firearms
    // Protocol `supplementing the United Nations Convention` is no Convention.
    let head = |n: &str| n.split(' ').find(|w| matches!(*w, "Convention" | "Protocol")) == Some(word);
    en_named_earlier(text, start, |i| i.role == Role::Treaty && i.en.iter().any(|n| head(n)))
}

/// The treaty that `该公约` / `该议定书` at byte `start` refers to: the last
/// treaty of the table whose title the sentence closed before it and whose
/// name holds the word (`列入《1961 年公约》附表一，并依照该公约第三条` → the
/// Single Convention, whatever treaty the document is about). Reads the
/// sentence back at most [`ANAPHORA_REACH`] bytes, at each `》` only.
pub fn zh_that_treaty(text: &str, start: usize, written: &str) -> Option<&'static Instrument> {
    let word = written.strip_prefix('该')?;
    let lo = crate::text::floor_boundary(text, start.saturating_sub(ANAPHORA_REACH));
    let window = &text[lo..start];
    let sentence = lo + ["。", "\n\n"].iter().filter_map(|b| window.rfind(b).map(|p| p + b.len())).max().unwrap_or(0);
    text[sentence..start]
        .rmatch_indices('》')
        .filter_map(|(p, _)| zh_ending_at(text, sentence + p + '》'.len_utf8()).map(|(_, i)| i))
        // The word ends the name: the Firearms Protocol's `…公约关于…补充议定书》` is no 公约.
        .find(|i| i.role == Role::Treaty && i.zh.iter().any(|n| n.trim_end_matches('》').ends_with(word)))
}

/// True when `its` before byte `start` is the document itself, named
/// earlier in the sentence (`As the present report explains in its chapter
/// II`): a chapter it cites so is the document's own, not the treaty's
/// (`The present report covers chapter II` may be the Convention's).
/// Reads the sentence back at most [`ANAPHORA_REACH`] bytes, once per name
/// of the document.
pub fn en_its_own(text: &str, start: usize) -> bool {
    let Some(end) = text.get(..start).and_then(|h| h.trim_end_matches(crate::text::is_ws).strip_suffix("its")).map(str::len) else { return false };
    if text[..end].ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let lo = crate::text::floor_boundary(text, end.saturating_sub(ANAPHORA_REACH));
    let sentence = [". ", ".\n", "\n\n"].iter().filter_map(|b| text[lo..end].rfind(b).map(|p| lo + p + 2)).max().unwrap_or(lo);
    let head = &text[sentence..end];
    // The names are written in lower case; a sentence may open with one
    // (`This report`): the first letter is compared in either case.
    INSTRUMENTS.iter().filter(|i| i.role == Role::Own).flat_map(|i| &i.en).any(|n| {
        let mut chars = n.chars();
        let (Some(first), rest) = (chars.next(), chars.as_str()) else { return false };
        head.match_indices(rest).any(|(p, _)| {
            let before = &head[..p];
            before.ends_with(|c: char| c.eq_ignore_ascii_case(&first)) && !before[..before.len() - first.len_utf8()].ends_with(|c: char| c.is_alphanumeric())
        })
    })
}

/// The last instrument that `fits` whose name starts a word of the
/// sentence before byte `end`. Linear in [`ANAPHORA_REACH`] times the names
/// of the table.
fn en_named_earlier(text: &str, end: usize, fits: impl Fn(&Instrument) -> bool) -> Option<&'static Instrument> {
    let end = crate::text::floor_boundary(text, end);
    let lo = crate::text::floor_boundary(text, end.saturating_sub(ANAPHORA_REACH));
    // The sentence, or the paragraph of a resolution, ends at a full stop or a blank line.
    let sentence = [". ", ".\n", "\n\n"].iter().filter_map(|b| text[lo..end].rfind(b).map(|p| lo + p + 2)).max().unwrap_or(lo);
    let bytes = text.as_bytes();
    (sentence..end)
        .rev()
        .filter(|&i| bytes[i].is_ascii_alphabetic() && (i == sentence || bytes[i - 1].is_ascii_whitespace()))
        .find_map(|i| en_starting_at(text, i).map(|(_, inst)| inst).filter(|inst| fits(inst)))
}

/// The longest English name that starts exactly at byte `start` and ends at
/// a word boundary: its end and row. A name broken across lines
/// (`rules of\nprocedure`) is read: any run of white space in the text
/// stands for a space of the name.
pub fn en_starting_at(text: &str, start: usize) -> Option<(usize, &'static Instrument)> {
    let tail = text.get(start..)?;
    INSTRUMENTS
        .iter()
        .flat_map(|i| {
            i.en.iter()
                .filter_map(|n| spaced_prefix(tail, n).map(|len| (n, len)))
                .filter(|&(n, len)| !tail[len..].starts_with(|c: char| c.is_alphanumeric()) || footnote_mark(n, &tail[len..]))
                .map(move |(_, len)| (start + len, i))
        })
        .max_by_key(|&(end, _)| end)
}

/// True when `rest`, right after the name `name`, opens with a footnote
/// mark glued to it (`of the Convention3 and …`): one to three digits and
/// then no letter or digit, after a name that ends with a letter.
fn footnote_mark(name: &str, rest: &str) -> bool {
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    name.ends_with(|c: char| c.is_alphabetic()) && (1..=3).contains(&digits) && !rest[digits..].starts_with(|c: char| c.is_alphanumeric())
}

/// The length in bytes of the start of `tail` that reads `name`, a space of
/// `name` matching any run of white space.
fn spaced_prefix(tail: &str, name: &str) -> Option<usize> {
    let mut at = 0;
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            let gap = tail[at..].len() - tail[at..].trim_start_matches(crate::text::is_ws).len();
            if gap == 0 {
                return None;
            }
            at += gap;
        }
        if !tail[at..].starts_with(word) {
            return None;
        }
        at += word.len();
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tail test rejects only names that cannot end the text.
    #[test]
    fn tail_keeps_every_name_that_ends_the_text() {
        let heads = ["见《联合国反腐败公约》", "《联合国反腐败\n公约》", "《联合国反腐败公\n\n约》", "《联合国反腐败公约 》", "反腐败公约", "约》", "", "《1961 年麻醉品单一公约》", "公 约》"];
        let names: Vec<&str> = INSTRUMENTS.iter().flat_map(|i| i.zh.iter().copied()).chain(["约》", "》", "公 约》", "x"]).collect();
        let mut kept = 0;
        for head in heads {
            let tail = Tail::of(head);
            for name in &names {
                if broken_name_start(head, name).is_some() {
                    assert!(tail.may_end(name), "{head:?} {name}");
                    kept += 1;
                }
            }
        }
        assert!(kept >= 6, "{kept}");
        assert!(!Tail::of("见《联合国宪章》").may_end("《联合国反腐败公约》"));
    }

    #[test]
    fn names_and_roles() {
        let cases: [(&str, Option<(&str, Role)>); 13] = [
            ("依照《联合国反腐败公约》", Some(("UNCAC", Role::Treaty))),
            // Broken across lines by a PDF.
            ("依照《联合国反腐败\n公约》", Some(("UNCAC", Role::Treaty))),
            ("依照《联合国反腐败 \n\n公约》", Some(("UNCAC", Role::Treaty))),
            // Spaces alone, or a break after the name, are no broken name.
            ("依照《公约》\n", None),
            // A treaty's short name written without its title marks.
            ("依照反腐败公约", Some(("UNCAC", Role::Treaty))),
            ("有组织犯罪公约", Some(("UNTOC", Role::Treaty))),
            ("《打击跨国有组织犯罪公约》", Some(("UNTOC", Role::Treaty))),
            ("根据《公约》", Some(("Convention", Role::The))),
            ("缔约国会议议事规则", Some(("rules of procedure", Role::Rules))),
            ("审议机制职权范围", Some(("terms of reference", Role::Text))),
            // The terms of reference cited by their title in marks.
            ("见《实施情况审议机制职权范围》", Some(("terms of reference", Role::Text))),
            ("见本报告", Some(("the present document", Role::Own))),
            ("缔约国会议", None),
        ];
        for (text, want) in cases {
            assert_eq!(zh_ending_at(text, text.len()).map(|(_, i)| (i.value, i.role)), want, "{text}");
        }
        let t = "of the rules of procedure of the Conference";
        assert_eq!(en_starting_at(t, 7).map(|(e, i)| (&t[7..e], i.value)), Some(("rules of procedure", "rules of procedure")));
        assert_eq!(en_starting_at("Conventions", 0).map(|(_, i)| i.value), None);
        let t = "the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, in particular its article 10";
        assert_eq!(en_its_treaty(t, t.len() - "article 10".len()).map(|i| i.value), Some("Firearms Protocol"));
        let t = "Noting the political declaration adopted at the special session, in particular paragraph 54 thereof";
        assert_eq!(en_thereof(t, t.len() - "paragraph 54 thereof".len()).map(|i| i.value), Some("political declaration"));
        let t = "The Conference welcomed its article 10";
        assert_eq!(en_its_treaty(t, t.len() - "article 10".len()).map(|i| i.value), None);
        let t = "of the rules of\nprocedure for the Conference";
        assert_eq!(en_starting_at(t, 7).map(|(e, i)| (&t[7..e], i.value)), Some(("rules of\nprocedure", "rules of procedure")));
        let cases = [
            ("the Organized Crime Convention, ", Some("UNTOC")),
            ("the Charter of the United Nations,\n", Some("Charter of the United Nations")),
            ("the Organized Crime Convention ", None),
            ("the XConvention, ", None),
            ("", None),
        ];
        for (head, want) in cases {
            assert_eq!(en_before_comma(head, head.len()).map(|i| i.value), want, "{head}");
        }
        for (text, want) in [
            ("the Single Convention on Narcotic Drugs of 1961", true),
            ("the Convention on Psychotropic Substances, 1971", true),
            ("in 1961", false),
            ("the Single Convention on Narcotic Drugs", false),
        ] {
            assert_eq!(en_dated_name_ends_at(text, text.len()), want, "{text}");
        }
    }

    #[test]
    fn short_forms() {
        let cases = [
            ("Convention", "UNCAC", true), ("Convention", "UNFCCC", true), ("Covenant", "ICCPR", true), ("Convention", "某某区域海洋公约", true),
            ("present Covenant", "ICCPR", true), ("《公约》", "ICCPR", true), ("本公约", "UNCAC", true), ("《公约》", "UNFCCC", true),
            // Must not fit.
            ("Convention", "Paris Agreement", false), ("Covenant", "UNCAC", false), ("Convention", "ICCPR", false), ("《公约》", "Paris Agreement", false),
        ];
        for (short, main, want) in cases {
            assert_eq!(short_form_fits(short, main), want, "{short} {main}");
        }
    }

    #[test]
    fn the_treaty_a_document_is_about_is_the_first_named() {
        let cases = [
            ("联合国反腐败公约 缔约国会议……联合国打击跨国有组织犯罪公约缔约方会议", Some("UNCAC")),
            ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", Some("UNTOC")),
            ("《生物多样性公约》缔约方大会……《公约》第 8 条", Some("Convention on Biological Diversity")),
            ("《某某区域海洋公约》缔约方大会……《公约》第 8 条", Some("某某区域海洋公约")),
            ("依照《公约》第 8 条", None),
            ("东南亚反腐败区域平台……《公约》第五条", Some("UNCAC")),
            ("Working Group on the Prevention of Corruption\n\narticle 9 of the Convention", Some("UNCAC")),
            ("The fight against corruption and article 9 of the Convention", None),
            ("依照《公约》第 8 条和《生物多样性公约》", Some("Convention on Biological Diversity")),
            ("Human Rights Council", None),
            ("", None),
            // The cover's symbol names the treaty whatever the text names first.
            ("United Nations\tFCCC/CP/2022/10/Add.1\n\nArticle 2 of the Paris Agreement", Some("UNFCCC")),
            ("United Nations\tCCPR/C/GBR/CO/8\n", Some("ICCPR")),
            ("联合国\tCBD/COP/DEC/15/4\n", Some("Convention on Biological Diversity")),
            ("United Nations\tE/C.12/GBR/CO/6\n", Some("ICESCR")),
            // Not a root that starts the symbol: `A/HRC/…`, `UNCCPR/`.
            ("United Nations\tA/HRC/53/60\nParis Agreement", Some("Paris Agreement")),
            ("UNCCPR/1 and the Paris Agreement", Some("Paris Agreement")),
            // The Charter cited first gives way to the treaty named after it; alone it is the document's.
            ("重申《联合国宪章》所载宗旨，注意到《联合国反腐败公约》第五章", Some("UNCAC")),
            ("Reaffirming the Charter of the United Nations and the Universal Declaration of Human Rights, and the Organized Crime Convention", Some("UNTOC")),
            ("重申《联合国宪章》第一条", Some("Charter of the United Nations")),
            // A symbol of a known series past the cover, when no treaty is named or titled.
            (concat!("若干发言者对国别审议的进度表示满意，并强调必须及时完成审议，同时注意到仍有一些缔约国尚未提交自评清单答复。", "秘书处在 CAC/COSP/IRG/2026/3 号文件中……《公约》第五章"), Some("UNCAC")),
            (concat!("The Working Group heard a presentation on the status of the review mechanism and on the progress made by States ", "in the country reviews, and several speakers welcomed it.\n12. The secretariat introduced document CTOC/COP/2020/10.\n", "13. article 32, paragraph 3, of the Convention"), Some("UNTOC")),
            (concat!("Recalling its resolution 78/1 and the Paris Agreement, and noting the work of all the bodies concerned with it in every region, ", "and welcoming the efforts of Member States to implement their commitments and to report on them regularly, ", "with the support of the entities of the United Nations system, ", "as reported to it in the note by the Secretariat,¹\n¹ CAC/COSP/2025/3."), Some("Paris Agreement")),
            (concat!("注意到《生物多样性公约》缔约方大会的工作，并且欢迎各区域所有相关机构在这方面所做的工作以及秘书处的说明，", "并且欢迎会员国努力履行承诺并定期报告履行情况，", "赞赏联合国系统各实体为此提供的支持，", "并请秘书长向大会下一届会议报告本决议的执行情况，", "¹\n¹ CAC/COSP/2025/3。"), Some("Convention on Biological Diversity")),
            // Not a root inside another symbol, past the cover either.
            (concat!("The Commission heard a presentation on the status of the work programme and the progress made by its members ", "in the implementation of its decisions, and several speakers welcomed it. See UNCAT/1/2."), None),
        ];
        for (text, want) in cases {
            assert_eq!(main_treaty(text).as_deref(), want, "{text}");
        }
    }
}
