//! Article, rule, paragraph and chapter references.
//!
//! Chinese: `《公约》第六十三条第四款第(三)项` → `{"instrument": "UNCAC",
//! "article": 63, "paragraph": 4, "subparagraph": "c"}`; `议事规则第 22 条` →
//! rule 22 of the rules of procedure; `《公约》第五章` → chapter 5;
//! `职权范围第 48 段`; `第 8/2 号决议第 8 段` → paragraph 8 of `resolution 8/2`;
//! `（CAC/COSP/2019/17，第 102 段）` → paragraph 102 of that document;
//! `第 4/5 号决议中的规则 2`; anaphora `该条第二款`, `该决议第 19 段`.
//! English: `article 63, paragraph 4 (c), of the Convention`, `rule 22 of
//! the rules of procedure`, `paragraph 1 (c) of article 54`, `chapter II`,
//! `paragraph 48 of the terms of reference`, `paragraph 8 of resolution 8/2`,
//! `paragraph 2 of Security Council resolution 1373 (2001)`,
//! `(CAC/COSP/2019/17, para. 102)`, `article 7 of the Rome Statute …` (a
//! capitalised title the table does not know is kept as written, as an
//! unknown Chinese `《…》` title is).
//!
//! A single reference spans its words, with an instrument written directly
//! before it (Chinese) or after it (English). In a coordinated list that
//! shares its unit word (`第五十二、五十四和五十七条`, `第(三)和(四)项`,
//! `articles 5 to 14`) each number is an annotation of its own and the span is
//! the number alone; a range (`articles 5 to 14`, `第五十一至五十九条`) gives
//! its two ends, as written, in both languages (`第五十一条至第五十九条`,
//! with its own `第…条` each, is two single references). A level written
//! after a list belongs to its last number alone: `articles 14 and 52,
//! paragraph 1` → `14` (article 14) and `52, paragraph 1` (article 52,
//! paragraph 1), as `第十四和五十二条第一款` → `十四`, `五十二条第一款`.
//! The paragraph of a resolution's annex is a paragraph of the resolution,
//! annex in the span (`第 S-32/1 号决议附件第 17 段`, `paragraph 17 of the
//! annex to resolution S-32/1`; after a comma `resolution S-32/1, annex,
//! paragraph 17` → `paragraph 17`): `{"instrument": "resolution S-32/1",
//! "paragraph": 17}`, since the value has no annex field (NOTES.md).
//! `《公约》` / `the Convention` is the treaty the document is about (the
//! first one it names); a bare `第五章` or `article 5` belongs to it, a bare
//! `第 20 条` right after rules of procedure continues them.
//!
//! Left out on purpose: the document's own chapters and paragraphs
//! (`本报告第 14 段`, `paragraph 14 above`, a bare `第 14 段`), sessions and
//! meetings (`第十一届会议`, `第二次会议`), agenda items, annexes and
//! sections themselves (`附件三`, `第三节`), and anaphora without a number (`该决议`).

#[cfg(test)]
mod cases;
mod en;
mod instruments;
mod lookback;
mod zh;

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::{Annotation, ArticleValue, Language, Value};
use crate::span::Span;
use crate::text::Document;

use instruments::Role;

/// Finds article references. Linear in the length of the text: candidates
/// come from one pass of a compiled regex, and every look-back is bounded.
pub fn find_articles(doc: &Document) -> Vec<Annotation> {
    let mut ctx = Context::new(doc.text);
    match doc.language {
        Language::Chinese => zh::find(doc.text, &mut ctx),
        Language::English => en::find(doc.text, &mut ctx),
    }
    ctx.out
}

/// True when `instrument` names a resolution or decision (`resolution 78/123`).
fn is_resolution_name(instrument: &str) -> bool {
    instrument.starts_with("resolution ") || instrument.starts_with("decision ")
}

/// True when the year that ends at byte `end` of `text` closes the name of
/// an instrument (`the Single Convention on Narcotic Drugs of 1961`): part
/// of the name, not a date.
pub fn year_ends_instrument_name(text: &str, end: usize) -> bool {
    instruments::en_dated_name_ends_at(text, end)
}

/// The levels of a reference, outermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    /// `第五章`, `chapter II`.
    Chapter,
    /// `第六十三条`, `article 63`, `rule 22`.
    Article,
    /// `第四款`, `第 48 段`, `paragraph 4`.
    Paragraph,
    /// `第(三)项`, `subparagraph (c)`.
    Subparagraph,
}

/// A bracketed label after a number: `(c)`, `(三)` → a letter, `(4)` → a
/// number, `(iii)` → a roman numeral (an English subparagraph so numbered).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Letter(char),
    Number(u32),
    Roman(u32),
}

/// One number of a level, with the labels written after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Item {
    span: Span,
    number: Option<u32>,
    label: Option<Label>,
    /// A letter after a number label: the `(c)` of `article 63 (4) (c)`.
    sub: Option<char>,
}

/// One level of a reference: its unit and the numbers it lists.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Level {
    unit: Unit,
    /// `rule 22`: the word itself says rule, whatever the instrument.
    rule: bool,
    items: Vec<Item>,
}

/// What the reference points into, as far as it is known.
#[derive(Clone, Debug, Default, PartialEq)]
struct Base {
    instrument: Option<String>,
    /// The instrument's `条`/`article` numbers are rules.
    rules: bool,
    /// Inherited from an anaphor or the reference before: `该条第二款`.
    value: ArticleValue,
}

impl Base {
    /// The base of a reference to the instrument `value` of `role`, written
    /// `written` (`《公约》`, `Covenant`): a short form is the document's
    /// treaty `main` when it can name it.
    fn named(value: &str, role: Role, written: &str, main: Option<&str>) -> Base {
        let instrument = match role {
            Role::The => main.filter(|m| instruments::short_form_fits(written, m)).map(str::to_owned),
            _ => Some(value.to_owned()),
        };
        Base { instrument, rules: role == Role::Rules, value: ArticleValue::default() }
    }
}

/// The most numbers one list may hold; bounds the work per candidate, so a
/// text of endless `第一和第一和…` stays linear.
const MAX_ITEMS: usize = 40;

/// How far back, in bytes, a bare `第 20 条` / `第六章` continues the
/// instrument of the reference before it.
const CARRY_WINDOW: usize = 600;

/// How far back, in bytes, a treaty named alone is what a bare article
/// of its paragraph refers to.
const PARAGRAPH_WINDOW: usize = 2000;

/// True when `gap` holds a blank line (a line of spaces only): it parts
/// two paragraphs. Linear in `gap`.
fn has_blank_line(gap: &str) -> bool {
    let (Some(first), Some(last)) = (gap.find('\n'), gap.rfind('\n')) else { return false };
    first < last && gap[first + 1..last].split('\n').any(|l| l.trim_matches([' ', '\t', '\r', '\u{3000}']).is_empty())
}

/// The value of the short form `《公约》` / `the Convention` in the table.
const CONVENTION: &str = "Convention";

/// What the scan has seen so far, for anaphora and bare references.
struct Context {
    main: Option<String>,
    /// The treaty of the first symbol of a known series the text cites, when
    /// `main` is no Convention (a protocol named first): what `the
    /// Convention` / `《公约》` then stands for.
    cited: Option<&'static str>,
    /// Ends and names of resolution and decision numbers, in text order.
    resolutions: Vec<(usize, String)>,
    /// The last annotation's end and value.
    last: Option<(usize, ArticleValue, bool)>,
    /// End, value and rules flag of the last reference with an article or rule.
    last_article: Option<(usize, ArticleValue, bool)>,
    /// End, instrument and rules flag of the last chapter reference.
    last_chapter: Option<(usize, Option<String>, bool)>,
    /// Ends and values of the protocols named in full, in text order.
    protocols: Vec<(usize, &'static str)>,
    /// Ends and values of every treaty named, in text order
    /// ([`instruments::treaty_mentions`]).
    treaties: Vec<(usize, &'static str)>,
    /// The document cites a titled treaty's articles in Arabic digits
    /// (`《公约》第2条第3款`, as treaty bodies write), so a bare `第9条` is not
    /// told from a rule of procedure by its digits.
    arabic_treaty_articles: bool,
    out: Vec<Annotation>,
}

/// A titled instrument's article in Arabic digits: `《公约》第2条`, `》第 14 条`.
static ARABIC_TREATY_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"^》[ \t\x{3000}]*第[ \t\x{3000}]*[0-9]{1,3}[ \t\x{3000}]*条"));

/// True when a titled treaty's article is cited in Arabic digits
/// (`《公约》第2条`): the regex runs only at each `》`, on a few bytes.
fn cites_treaty_articles_in_digits(text: &str) -> bool {
    text.match_indices('》').any(|(at, _)| ARABIC_TREATY_ARTICLE.is_match(&text[at..crate::text::floor_boundary(text, at + 48)]))
}

/// The number of a resolution or decision: `8/2`, `S-32/1`, `1373 (2001)`,
/// `1/CP.26`, `-/CP.28`, `77/262 A`, `217 A (III)`; digits, slash and dash
/// may be full-width (`８／２`).
const RESOLUTION_NUMBER: &str = r"(?:[A-ZＡ-Ｚ]{1,3}[-－])?[0-9０-９]{1,4}[/／](?:[0-9０-９]{1,4}|(?:CP|CMP|CMA|COP|MOP)\.[0-9]{1,2})(?:[ \t]+[A-H](?:-[A-H])?)?|-/(?:CP|CMP|CMA)\.[0-9]{1,2}|[0-9０-９]{1,4}[ \t]*[(（][0-9０-９]{4}[)）]|[0-9]{1,4}(?:[ \t]?[A-F])?[ \t]*[(（](?:E?S-)?[IVXL]{1,7}[)）]";

impl Context {
    fn new(text: &str) -> Context {
        let resolutions = lookback::resolution_mentions(text);
        let main = instruments::main_treaty(text);
        let cited = main.as_deref().filter(|m| !instruments::short_form_fits(CONVENTION, m)).and_then(|_| instruments::cited_treaty(text));
        Context {
            main,
            cited,
            resolutions,
            last: None,
            last_article: None,
            last_chapter: None,
            protocols: instruments::protocol_mentions(text),
            treaties: instruments::treaty_mentions(text),
            arabic_treaty_articles: cites_treaty_articles_in_digits(text),
            out: Vec::new(),
        }
    }

    /// The treaty that the short form `value` written at byte `at` may
    /// stand for: the protocol named in full last before it for
    /// `《议定书》` / `the Protocol`, else the document's treaty.
    fn short_form_target(&self, value: &str, at: usize) -> Option<&str> {
        if value != instruments::PROTOCOL {
            // `the Protocol against the Smuggling of Migrants …` named first, then
            // `article 18 of the Convention` in a text citing `CTOC/COP/WG.3/2026/2`.
            let fits = |m: &&str| value != CONVENTION || instruments::short_form_fits(CONVENTION, m);
            return self.main.as_deref().filter(fits).or(self.cited).or(self.main.as_deref());
        }
        let i = self.protocols.partition_point(|(end, _)| *end <= at);
        i.checked_sub(1).and_then(|i| self.protocols.get(i)).map(|(_, p)| *p)
    }

    /// The treaty named last before byte `at` in its paragraph, alone: not
    /// one a reference has cited an article of since (`《联合国宪章》第 2 条第 7
    /// 款。第 9 条` is the document's treaty's), nor past a blank line or
    /// [`PARAGRAPH_WINDOW`] bytes. `Parties to the Firearms Protocol discussed
    /// marking. They noted that article 5 …` is the Protocol's article.
    fn named_before(&self, text: &str, at: usize) -> Option<String> {
        let i = self.treaties.partition_point(|(end, _)| *end <= at).checked_sub(1)?;
        let (end, value) = self.treaties[i];
        let cited_since = self.last.as_ref().is_some_and(|(e, _, _)| *e >= end);
        if cited_since || at - end > PARAGRAPH_WINDOW || has_blank_line(&text[end..at]) {
            return None;
        }
        if value == CONVENTION {
            return self.short_form_target(value, end).map(str::to_owned);
        }
        Some(value.to_owned())
    }

    /// The last resolution or decision named before byte `at`.
    fn resolution_before(&self, at: usize) -> Option<&str> {
        let i = self.resolutions.partition_point(|(end, _)| *end <= at);
        i.checked_sub(1).and_then(|i| self.resolutions.get(i)).map(|(_, n)| n.as_str())
    }

    /// The base of a reference with no instrument of its own, by its first unit.
    /// `may_be_rule`: whether a recent rule of procedure may continue (a
    /// Chinese `第 20 条` in Arabic digits may; `第六十七条` or `article 67` may not).
    /// A treaty named in an earlier sentence does not carry past its full
    /// stop (`《联合国宪章》第 2 条第 7 款。第 9 条规定…` is the document's
    /// treaty's article 9 again); rules of procedure do (`议事规则第 20 条规定…。第 21 条…`).
    fn bare(&self, text: &str, at: usize, unit: Unit, may_be_rule: bool) -> Option<Base> {
        match unit {
            Unit::Chapter => {
                // `chapter I of the report (E/2025/30)` in one speaker's
                // paragraph lends nothing to `its chapter II` in the next.
                let recent = self
                    .last_chapter
                    .as_ref()
                    .filter(|(end, i, _)| at.saturating_sub(*end) <= CARRY_WINDOW && i.is_some() && !text.get(*end..at).is_some_and(has_blank_line));
                let instrument = recent.map_or_else(|| self.main.clone(), |(_, i, _)| i.clone());
                Some(Base { instrument, ..Base::default() })
            }
            Unit::Article => {
                // Rules of procedure are cited with Arabic digits, treaty
                // articles with Chinese numerals: `第六十七条` after rule 19 is
                // the Convention's again.
                let carries = |end: usize, rules: bool| {
                    at.saturating_sub(end) <= CARRY_WINDOW && (rules || !text.get(end..at).is_some_and(|between| between.contains('。')))
                };
                // A treaty's chapter named after the last article is what
                // the next articles are in (`《公约》第五章，特别是第五十一条`).
                if let Some((end, Some(instrument), false)) = &self.last_chapter {
                    if self.last_article.as_ref().is_none_or(|(a, _, _)| a < end) && carries(*end, false) {
                        return Some(Base { instrument: Some(instrument.clone()), ..Base::default() });
                    }
                }
                let recent = self.last_article.as_ref().filter(|(end, v, rules)| carries(*end, *rules) && v.instrument.is_some() && (may_be_rule || !*rules));
                match recent {
                    Some((_, v, rules)) => Some(Base { instrument: v.instrument.clone(), rules: *rules, ..Base::default() }),
                    None => Some(Base { instrument: self.named_before(text, at).or_else(|| self.main.clone()), ..Base::default() }),
                }
            }
            Unit::Paragraph | Unit::Subparagraph => None,
        }
    }

    /// True when the reference just before may lend its instrument to a
    /// reference of `unit` after it: a resolution has no articles or
    /// chapters (`第 9/1 号决议第 2 段和第三十一条`, `paragraph 2 of resolution
    /// 9/1, and article 31`), so those fall back on the text's treaty.
    fn lends_to(&self, unit: Unit) -> bool {
        let resolution = self.last.as_ref().is_some_and(|(_, v, _)| v.instrument.as_deref().is_some_and(is_resolution_name));
        !(resolution && unit <= Unit::Article)
    }

    /// The base of a reference that continues the one just before it
    /// (`第四十四条第五款、第四十六条第七款`): the same instrument, and the
    /// outer levels of that reference above `unit`.
    fn continuation(&self, unit: Unit) -> Option<Base> {
        let (_, v, rules) = self.last.as_ref()?;
        let mut value = ArticleValue { instrument: v.instrument.clone(), ..ArticleValue::default() };
        if unit > Unit::Article {
            value.article = v.article;
            value.rule = v.rule;
        }
        if unit > Unit::Paragraph {
            value.paragraph = v.paragraph;
        }
        Some(Base { instrument: v.instrument.clone(), rules: *rules, value })
    }

    /// Adds the annotations of a parsed reference; `start` is where a single
    /// reference's span begins, `end` where it ends.
    fn emit(&mut self, text: &str, base: &Base, levels: &[Level], start: usize, end: usize) {
        let list = levels.iter().position(|l| l.items.len() > 1);
        let mut value = base.value.clone();
        value.instrument = base.instrument.clone();
        let head = list.unwrap_or(levels.len());
        for level in &levels[..head] {
            if let Some(item) = level.items.first() {
                fill(&mut value, level, item, base.rules);
            }
        }
        let mut emitted = Vec::new();
        match list {
            None => emitted.push((Span::new(start, end), value)),
            Some(i) => {
                let level = &levels[i];
                let mut previous: Option<u32> = None;
                for (k, item) in level.items.iter().enumerate() {
                    let mut v = value.clone();
                    // `第 47(a)和(b)段`: a bare label keeps the number before it.
                    let item_full = Item { number: item.number.or(previous), ..*item };
                    previous = item_full.number;
                    fill(&mut v, level, &item_full, base.rules);
                    let inner = &levels[i + 1..];
                    if k + 1 == level.items.len() && !inner.is_empty() {
                        emitted.extend(last_with_inner(text, item.span, v, inner, base.rules));
                    } else {
                        emitted.push((item.span, v));
                    }
                }
            }
        }
        for (span, v) in emitted {
            if span.is_empty() || text.get(span.range()).is_none() || !has_number(&v) {
                continue;
            }
            if v.article.is_some() || v.rule.is_some() {
                self.last_article = Some((span.end, v.clone(), base.rules));
            }
            if v.chapter.is_some() {
                self.last_chapter = Some((span.end, v.instrument.clone(), base.rules));
            }
            self.last = Some((span.end, v.clone(), base.rules));
            self.out.push(Annotation::new(span, Value::Article(v)));
        }
    }
}

/// The annotations of the last number of a list and the inner levels
/// written after it, which belong to it alone: `articles 14 and 52,
/// paragraph 1` → `52, paragraph 1` is article 52, paragraph 1 (and `14`
/// stays article 14). Single inner numbers make one span from the number
/// to the last unit word (`五十二条第一款`); an inner list (`articles 14
/// and 52, paragraphs 1 and 2`) keeps `52` and gives each inner number its
/// own annotation, as any list does.
fn last_with_inner(text: &str, number: Span, value: ArticleValue, inner: &[Level], rules: bool) -> Vec<(Span, ArticleValue)> {
    let mut v = value.clone();
    for level in inner {
        match level.items.as_slice() {
            [item] => fill(&mut v, level, item, rules),
            items => {
                let mut out = vec![(number, value)];
                for item in items {
                    let mut w = v.clone();
                    fill(&mut w, level, item, rules);
                    out.push((item.span, w));
                }
                // Levels after an inner list are not read.
                return out;
            }
        }
    }
    let end = inner.last().and_then(|l| l.items.last()).map_or(number.end, |item| unit_end(text, item.span.end));
    vec![(Span::new(number.start, end), v)]
}

/// The end of a Chinese unit word (`款`, `段`, `项`, `条`, `章`) written
/// right after byte `end`, else `end`: an English number ends its level.
fn unit_end(text: &str, end: usize) -> usize {
    let at = crate::text::skip_while(text, end, crate::text::is_space);
    match crate::text::char_at(text, at) {
        Some(c @ ('款' | '段' | '项' | '条' | '章')) => at + c.len_utf8(),
        _ => end,
    }
}

/// `resolution 8/2`, `decision 5/1`.
fn resolution_name(word: &str, number: &str) -> String {
    let kind = if word.starts_with('决') && word.ends_with('定') || word.eq_ignore_ascii_case("decision") {
        "decision"
    } else {
        "resolution"
    };
    // `1373(2001)`, `1373（2001）` → `1373 (2001)`, as the Security Council writes it;
    // `８／２` → `8/2`.
    let number = crate::numerals::to_halfwidth(number);
    match number.split_once('(') {
        Some((n, year)) => format!("{kind} {} ({})", n.trim(), year.trim_end_matches(')').trim()),
        None => format!("{kind} {number}"),
    }
}

fn has_number(v: &ArticleValue) -> bool {
    v.article.is_some() || v.rule.is_some() || v.paragraph.is_some() || v.chapter.is_some() || v.subparagraph.is_some()
}

/// Writes one level's number (and its labels) into `value`.
fn fill(value: &mut ArticleValue, level: &Level, item: &Item, rules: bool) {
    // A subparagraph's value is its label as written: `c`, or `iii` for `(iii)`.
    let letter = |l: Option<Label>| match l {
        Some(Label::Letter(c)) => Some(c.to_string()),
        Some(Label::Roman(n)) => Some(en::to_roman(n).to_ascii_lowercase()),
        _ => None,
    };
    match level.unit {
        Unit::Chapter => value.chapter = item.number,
        Unit::Article => {
            if level.rule || rules {
                value.rule = item.number;
            } else {
                value.article = item.number;
            }
            match item.label {
                Some(Label::Number(n)) => {
                    value.paragraph = Some(n);
                    value.subparagraph = item.sub.map(String::from);
                }
                Some(Label::Letter(_) | Label::Roman(_)) => value.subparagraph = letter(item.label),
                None => {}
            }
        }
        Unit::Paragraph => {
            value.paragraph = item.number;
            if let Some(l) = letter(item.label) {
                value.subparagraph = Some(l);
            }
        }
        Unit::Subparagraph => {
            value.subparagraph = letter(item.label).or_else(|| item.number.and_then(crate::numerals::letter_of).map(String::from));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolutions_are_indexed_in_both_languages() {
        let ctx = Context::new("第 9/3 号决议第 18 段……in decision 5/1, the Conference");
        assert_eq!(ctx.resolution_before(5), None);
        assert_eq!(ctx.resolution_before(30), Some("resolution 9/3"));
        assert_eq!(ctx.resolution_before(usize::MAX), Some("decision 5/1"));
    }

    #[test]
    fn empty_and_noise_find_nothing() {
        for text in ["", "第", "第第第", "第(", "article", "rule (", "第二十", "\u{0}第\u{1}条"] {
            for language in [Language::Chinese, Language::English] {
                assert!(find_articles(&Document { text, language }).is_empty(), "{text:?}");
            }
        }
    }
}
