//! English references: a chain of levels, each a unit word and its numbers,
//! outermost first (`article 63, paragraph 4 (c)`, `rule 22`, `chapter II`,
//! `paragraphs 40 and 41`, `para. 102`), then the instrument after `of`:
//! `of the Convention`, `of the rules of procedure`, `of resolution 8/2`,
//! `of that article`, or an article (`paragraph 1 (c) of article 54 of the
//! Convention`). A paragraph with no instrument counts only after a document
//! symbol (`(CAC/COSP/2019/17, para. 102)`); the document's own paragraphs
//! (`paragraph 14 above`, `of the present report`) are left out.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::instruments::{self, Role};
use super::{lookback, resolution_name, MAX_ITEMS, RESOLUTION_NUMBER, Base, Context, Item, Label, Level, Unit};
use crate::numerals::{digit_value, parse_decimal};
use crate::span::Span;
use crate::text::{char_at, floor_boundary, is_space, is_ws, skip_back_while, skip_while, skip_ws};

/// A resolution or decision after `of`: `of General Assembly resolution 58/4`;
/// a PDF line break may part the body's name (`Economic\nand Social Council`).
static RESOLUTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let bodies = ["its", "the", "General Assembly", "Conference", "Council", "Economic and Social Council", "Human Rights Council", "Security Council"]
        .map(|b| b.replace(' ', r"[ \t\r\n]+"))
        .join("|");
    crate::text::regex(&format!(r"^(?:(?:{bodies})[ \t\r\n]+)?([Rr]esolution|[Dd]ecision)[ \t\r\n]+({RESOLUTION_NUMBER})"))
});

/// An annex between `of` and its owner: `of the annex to`, `of annex I to`.
static ANNEX_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:the[ \t\r\n]+)?annex(?:[ \t\r\n]+[IVXL0-9]{1,5})?[ \t\r\n]+(?:to|of)[ \t\r\n]+")
});

/// A text named by a few lower-case words and annexed to its owner, after
/// `of`: `of the procedures and rules annexed to`, `of the guidelines annexed to`.
static ANNEXED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:the[ \t\r\n]+)?(?:[a-z]+[ \t\r\n]+){1,4}annexed[ \t\r\n]+to[ \t\r\n]+")
});

/// A document symbol after `of`: `of document CAC/COSP/2019/17`. Its
/// parts end in a letter or digit: the full stop of `… of document
/// A/78/1.` ends the sentence, not the symbol.
static SYMBOL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:(?:the[ \t]+)?document[ \t\r\n]+)?([A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+)")
});

/// How far ahead, in bytes, the anchored patterns after `of` look.
const OWNER_WINDOW: usize = 160;

/// Adds the English references of `text` to `ctx`.
pub(super) fn find(text: &str, ctx: &mut Context) {
    let mut consumed = 0;
    let bytes = text.as_bytes();
    for (s, &b) in bytes.iter().enumerate() {
        // A unit word starts a word: `article`, `Chapter`, `para.`, `sub-paragraph`.
        if s < consumed || !b"aAcCrRpPsS".contains(&b) || s.checked_sub(1).is_some_and(|i| bytes[i].is_ascii_alphanumeric()) {
            continue;
        }
        let Some((_, _, _, w)) = unit_word(text, s) else { continue };
        let k = skip_ws(text, w);
        if k == w || !char_at(text, k).is_some_and(|c| digit_value(c).is_some() || matches!(c, 'I' | 'V' | 'X' | 'L' | '(')) {
            continue;
        }
        if let Some(end) = reference(text, s, ctx) {
            consumed = end;
        }
    }
}

/// Nouns that a chapter number names when written right before them
/// (`Chapter 11 bankruptcy`, `Chapter 7 liquidation`): a procedure of national
/// law, not a reference to an instrument.
const PROCEDURE_NOUNS: [&str; 4] = ["bankruptcy", "liquidation", "reorganization", "reorganisation"];

/// True when `rest` (the text after a reference) opens with one of the
/// [`PROCEDURE_NOUNS`] as a whole word.
fn names_a_procedure(rest: &str) -> bool {
    PROCEDURE_NOUNS.iter().any(|n| rest.starts_with(n) && !rest[n.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// Verbs that a chapter of the document itself is the subject of
/// (`Chapter III contains the conclusions`, `chapter II sets out …`): a
/// chapter with no instrument followed by one is the document's own.
const DOCUMENT_VERBS: [&str; 8] = ["contains", "sets out", "outlines", "describes", "summarizes", "presents", "provides", "reviews"];

/// True when `rest` (the text after a chapter reference) opens with one of
/// the [`DOCUMENT_VERBS`] as a whole word.
fn describes_the_document(rest: &str) -> bool {
    DOCUMENT_VERBS.iter().any(|v| rest.starts_with(v) && !rest[v.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// True when the capitalised `Article` at `s`, with no instrument, stands
/// in running text (after a lower-case word: `such as Article 19 (an
/// NGO)`): UN style writes a treaty's article in lower case there, so the
/// capital marks a name, not a reference. `Article 5` opening a heading
/// or a sentence, or the Charter's `Article 71`, is left to the other rules.
fn names_in_running_text(text: &str, s: usize) -> bool {
    let before = skip_back_while(text, s, is_space);
    text[s..].starts_with('A') && before < s && text[..before].ends_with(|c: char| c.is_ascii_lowercase())
}

/// The instrument a chain's `of …` names.
enum Owner {
    /// Named, with the end of the span.
    Named(Base, usize),
    /// A document symbol: the span stops before `of`.
    Symbol(Base),
    /// An outer level: `paragraph 1 (c) of article 54 …`.
    Outer(Level, usize),
    /// The document itself, or a treaty the table does not know.
    Skip,
    /// A common noun after a determiner (`of the partnership agreement`): an
    /// article or chapter of it is not one of an instrument; rules and
    /// paragraphs keep their default (`rule 8 (b) of the institution-building
    /// package`).
    Common,
}

/// A reference starting with the unit word at `s`; returns its end.
fn reference(text: &str, s: usize, ctx: &mut Context) -> Option<usize> {
    let (mut levels, end) = chain(text, s)?;
    let after = skip_while(text, end, is_space);
    if text[after..].starts_with("above") || text[after..].starts_with("below") || names_a_procedure(&text[after..]) {
        return Some(end);
    }
    // `Chapter I` on a line of its own heads a chapter of the document itself.
    let indent = skip_back_while(text, s, is_space);
    let alone = (indent == 0 || text[..indent].ends_with('\n')) && text[after..].chars().next().is_none_or(|c| c == '\n' || c == '\r');
    if alone && levels.first().is_some_and(|l| l.unit == Unit::Chapter) {
        return Some(end);
    }
    let mut base = None;
    let mut span_end = end;
    // `the political declaration …, in particular paragraph 54 thereof`: the
    // anaphora belongs to the span and names what the sentence named before.
    let thereof = skip_while(text, end, is_ws);
    if text[thereof..].starts_with("thereof") && !text[thereof + "thereof".len()..].starts_with(|c: char| c.is_alphanumeric()) {
        // `its resolution 9/1 of 16 October 2018, in particular paragraphs 5
        // and 7 thereof`: the resolution just cited, not a treaty named before it.
        if let Some(name) = lookback::en_resolution_ending_at(text, s) {
            base = Some(Base { instrument: Some(name), ..Base::default() });
            span_end = thereof + "thereof".len();
        } else if let Some(instrument) = instruments::en_thereof(text, s) {
            base = Some(Base::named(instrument.value, instrument.role, instrument.value, ctx.main.as_deref()));
            span_end = thereof + "thereof".len();
        } else if let Some(symbol) = lookback::symbol_named_earlier(text, s) {
            // `contained in document CTOC/COP/WG.3/2026/2, drawing attention to paragraphs 12 to 18 thereof`.
            base = Some(Base { instrument: Some(symbol.into_owned()), ..Base::default() });
            span_end = thereof + "thereof".len();
        }
    }
    // `subparagraph (c) of paragraph 4 of article 63 of the Convention`: outer
    // levels after `of` are read into the reference, then their instrument.
    let mut at = end;
    // `paragraph 12 of its report`: a common noun owns it, not the reference before.
    let mut common = false;
    for _ in 0..3 {
        match owner(text, at, ctx) {
            Some(Owner::Named(b, e)) => {
                base = Some(b);
                span_end = e;
            }
            Some(Owner::Symbol(b)) => {
                base = Some(b);
                span_end = at;
            }
            Some(Owner::Outer(outer, e)) if levels.first().is_some_and(|l| outer.unit < l.unit) => {
                levels.insert(0, outer);
                span_end = e;
                at = e;
                continue;
            }
            Some(Owner::Skip) => return Some(end),
            Some(Owner::Common) if levels.first().is_some_and(|l| !l.rule && matches!(l.unit, Unit::Article | Unit::Chapter)) => return Some(end),
            Some(Owner::Common) => common = true,
            _ => {}
        }
        break;
    }
    let first = levels.first()?;
    let (unit, rule) = (first.unit, first.rule);
    let base = match base {
        Some(b) => b,
        None => {
            // `E/CN.15/2025/14 (chap. I, sect. B)`: a part of the document, never its article.
            let bracketed = || (unit != Unit::Article && !rule).then(|| lookback::en_symbol_before_bracket(text, s)).flatten();
            if let Some(symbol) = lookback::en_symbol_before(text, s).or_else(bracketed) {
                Base { instrument: Some(symbol.into_owned()), ..Base::default() }
            } else if let Some(instrument) = instruments::en_before_comma(text, s) {
                // `the Organized Crime Convention, article 32`: the span stays the reference, as after a symbol.
                if matches!(instrument.role, Role::Own | Role::Other) {
                    return Some(end);
                }
                Base::named(instrument.value, instrument.role, instrument.value, ctx.short_form_target(instrument.value, s))
            } else if let Some(title) = title_before_bracket(text, s) {
                // `the Criminal Procedure Code (art. 45)`: the article of the title it follows.
                Base { instrument: Some(title.to_owned()), ..Base::default() }
            } else if let Some(instrument) = instruments::en_its_treaty(text, s).filter(|_| unit == Unit::Article) {
                // `the Firearms Protocol, in particular its article 10`.
                Base::named(instrument.value, instrument.role, instrument.value, ctx.short_form_target(instrument.value, s))
            } else if let Some(name) = lookback::en_resolution_ending_at(text, s) {
                Base { instrument: Some(name), ..Base::default() }
            } else if !common && ctx.last.as_ref().is_some_and(|(e, _, _)| adjacent(text, *e, s)) && ctx.lends_to(unit) {
                ctx.continuation(unit)?
            } else if let Some(b) = shared_owner(text, end, ctx, (unit, rule)) {
                b
            } else if rule {
                Base { instrument: Some("rules of procedure".to_owned()), rules: true, ..Base::default() }
            } else if unit == Unit::Article && names_in_running_text(text, s) {
                return Some(end);
            } else if unit == Unit::Article {
                // `Parties to the Firearms Protocol discussed marking. They noted
                // that article 5 …`: the treaty its paragraph names alone.
                // Not when `of that Convention` after it named no treaty the sentence has.
                let that = text[end..].trim_start_matches([',', ' ']).starts_with("of that ");
                let named = (!that).then(|| ctx.named_before(text, s)).flatten();
                Base { instrument: named.or_else(|| ctx.main.clone()), ..Base::default() }
            } else if unit == Unit::Chapter
                && (describes_the_document(&text[after..]) || levels.iter().any(|l| l.unit == Unit::Paragraph) || instruments::en_its_own(text, s))
            {
                // `(see chapter III, paras. 20–24)`: a treaty's chapters hold
                // articles; one with paragraphs and no owner is the document's
                // own, and so is one of a sentence about the document (`As the
                // present report explains in its chapter II`).
                return Some(end);
            } else {
                ctx.bare(text, s, unit, false)?
            }
        }
    };
    // `operative paragraph 5 of resolution 77/205`: the part of the resolution
    // belongs to the span, as `执行部分` does in Chinese.
    let part = ["operative ", "preambular "].iter().find(|w| {
        let lo = floor_boundary(text, s.saturating_sub(w.len()));
        text[lo..s].eq_ignore_ascii_case(w) && !text[..lo].ends_with(|c: char| c.is_alphanumeric())
    });
    let of_resolution = base.instrument.as_deref().is_some_and(super::is_resolution_name);
    let start = part.filter(|_| of_resolution && levels.first().is_some_and(|l| l.unit == Unit::Paragraph)).map_or(s, |w| s - w.len());
    ctx.emit(text, &base, &levels, start, span_end);
    Some(span_end)
}

/// The instrument named after the next reference of a coordination, which
/// this one shares: `article 16, paragraph 14, and article 18, paragraph 21,
/// of the Convention`. Looks one reference ahead, to a reference of the same
/// unit (`articles 6–8, and rules 25 to 27 of the rules of procedure` share
/// nothing): `kind` is this reference's first unit and whether its word says rule.
fn shared_owner(text: &str, end: usize, ctx: &Context, kind: (Unit, bool)) -> Option<Base> {
    let hi = floor_boundary(text, end.saturating_add(12));
    let gap = &text[end..hi];
    let words = gap.len() - gap.trim_start_matches(|c: char| is_ws(c) || c == ',').len();
    let mut j = end + words;
    for word in ["and ", "or "] {
        if text[j..].starts_with(word) {
            j = skip_ws(text, j + word.len());
        }
    }
    if j == end {
        return None;
    }
    let (next, e) = chain(text, j)?;
    if next.first().map(|l| (l.unit, l.rule)) != Some(kind) {
        return None;
    }
    match owner(text, e, ctx)? {
        Owner::Named(b, _) => Some(b),
        _ => None,
    }
}

/// What `of …` after byte `end` names.
fn owner(text: &str, end: usize, ctx: &Context) -> Option<Owner> {
    let mut j = skip_ws(text, end);
    if text[j..].starts_with(',') {
        j = skip_ws(text, j + 1);
    }
    let rest = text.get(j..)?;
    if !rest.starts_with("of") || rest[2..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let k = skip_ws(text, j + 2);
    let rest = &text[k..floor_boundary(text, k.saturating_add(OWNER_WINDOW))];
    for (word, resolution) in [
        ("that article", false),
        ("the same article", false),
        ("this article", false),
        ("that resolution", true),
        ("the same resolution", true),
        ("that decision", true),
    ] {
        if rest.starts_with(word) {
            let base = if resolution {
                Base { instrument: Some(ctx.resolution_before(k)?.to_owned()), ..Base::default() }
            } else {
                let (_, v, rules) = ctx.last_article.as_ref()?;
                let value = crate::model::ArticleValue { article: v.article, rule: v.rule, ..Default::default() };
                Base { instrument: v.instrument.clone(), rules: *rules, value }
            };
            return Some(Owner::Named(base, k + word.len()));
        }
    }
    // `article 2, paragraph 4, of that Convention`: the treaty the sentence
    // named last, not the document's.
    for word in ["Convention", "Protocol"] {
        let Some(after) = rest.strip_prefix("that ").and_then(|r| r.strip_prefix(word)) else { continue };
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let instrument = instruments::en_that_treaty(text, k, word)?;
        return Some(Owner::Named(Base::named(instrument.value, instrument.role, instrument.value, None), k + "that ".len() + word.len()));
    }
    // `paragraph 17 of the annex to resolution S-32/1`: the annexed text is
    // the resolution's (or the document's); an annex of anything else is not an instrument.
    let annex = ANNEX_AFTER.find(rest).map_or(0, |m| m.end());
    // `paragraph 12 of the procedures and rules annexed to its resolution
    // 9/1`: a text the resolution annexes is the resolution's too.
    let annexed = (annex == 0 && rest.contains("annexed"))
        .then(|| ANNEXED_AFTER.find(rest))
        .flatten()
        .filter(|m| RESOLUTION_AFTER.is_match(&rest[m.end()..]))
        .map_or(0, |m| m.end());
    let annex = annex.max(annexed);
    if let Some(c) = RESOLUTION_AFTER.captures(&rest[annex..]) {
        let (Some(m), Some(w), Some(n)) = (c.get(0), c.get(1), c.get(2)) else { return None };
        let base = Base { instrument: Some(resolution_name(w.as_str(), n.as_str())), ..Base::default() };
        return Some(Owner::Named(base, k + annex + m.end()));
    }
    if annex > 0 {
        let symbol = SYMBOL_AFTER.captures(&rest[annex..]).and_then(|c| c.get(1));
        return Some(symbol.map_or(Owner::Skip, |s| Owner::Symbol(Base { instrument: Some(s.as_str().to_owned()), ..Base::default() })));
    }
    if let Some((levels, e)) = chain(text, k) {
        let [outer] = <[Level; 1]>::try_from(levels).ok()?;
        return (outer.items.len() == 1).then_some(Owner::Outer(outer, e));
    }
    if let Some(symbol) = SYMBOL_AFTER.captures(rest).and_then(|c| c.get(1)) {
        return Some(Owner::Symbol(Base { instrument: Some(symbol.as_str().to_owned()), ..Base::default() }));
    }
    // `of the\nrules of procedure`: the determiner may end a line.
    let name_at = ["the", "its", "this"]
        .iter()
        .find(|d| rest.starts_with(**d) && rest[d.len()..].starts_with(is_ws))
        .map_or(k, |d| skip_ws(text, k + d.len()));
    // `rule 37 of the Council's provisional rules of procedure`: the owner's
    // possessive stands between the determiner and the rules.
    let name_at = possessive_end(text, name_at).filter(|&p| instruments::en_starting_at(text, p).is_some_and(|(_, i)| i.role == Role::Rules)).unwrap_or(name_at);
    let title = || title_at(text, name_at).map(|(e, t)| Owner::Named(Base { instrument: Some(t.to_owned()), ..Base::default() }, e));
    // `Article 5 of the partnership agreement`, `chapter 3 of the technical
    // manual`: after a determiner, a common noun (lowercase, no possessive)
    // that is neither a known instrument nor a title names something else,
    // not the document's treaty.
    let first_word = text[name_at..].split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').next().unwrap_or("");
    let determined = name_at > k
        && first_word.starts_with(|c: char| c.is_lowercase())
        && !first_word.ends_with("'s")
        && !first_word.ends_with("’s");
    let Some((e, instrument)) = instruments::en_starting_at(text, name_at) else {
        if let Some(symbol) = determined.then(|| described_symbol(text, name_at)).flatten() {
            return Some(Owner::Symbol(Base { instrument: Some(symbol.to_owned()), ..Base::default() }));
        }
        return title().or(determined.then_some(Owner::Common));
    };
    match instrument.role {
        Role::Own | Role::Other => Some(Owner::Skip),
        // `of the Convention on Biological Diversity`: a treaty the table does not know.
        Role::The if title_at(text, name_at).is_some_and(|(te, _)| te > e) => title(),
        role => Some(Owner::Named(Base::named(instrument.value, role, &text[name_at..e], ctx.short_form_target(instrument.value, name_at)), e)),
    }
}

/// Nouns of a document that its description, closed by its symbol in
/// brackets, may name (`of the report on the twelfth session (CTOC/COP/2024/15)`).
const DOCUMENT_NOUNS: [&str; 9] = ["report", "note", "study", "paper", "document", "compilation", "summary", "letter", "analysis"];

/// How far, in bytes, a described document's bracketed symbol is looked for.
const DESCRIPTION_REACH: usize = 120;

/// The symbol in the bracket that closes the description of a document at
/// `at` (`report of the Working Group (CTOC/COP/WG.1/2026/2)`, `its
/// report (A/78/10)`): the description names a document noun, not the text
/// itself (`present`), and holds no comma, stop or other bracket nor a
/// blank line; the bracket opens with the symbol (`(see …)` is no owner).
fn described_symbol(text: &str, at: usize) -> Option<&str> {
    let window = &text[at..floor_boundary(text, at.saturating_add(DESCRIPTION_REACH))];
    let open = window.find('(')?;
    let description = &window[..open];
    if description.contains([',', '.', ';', ':', ')', '（', '）']) || description.contains("\n\n") || description.contains("\n\r\n") {
        return None;
    }
    let mut words = description.split_whitespace();
    if !words.clone().any(|w| DOCUMENT_NOUNS.contains(&w)) || words.any(|w| matches!(w, "present" | "this")) {
        return None;
    }
    let inner = &window[open + 1..];
    let symbol = SYMBOL_AFTER.captures(inner).and_then(|c| c.get(1)).filter(|m| m.start() == 0)?;
    inner[symbol.end()..].starts_with([')', ',', ';']).then_some(symbol.as_str())
}

/// Most words of an owner's name before its `'s` (`Security Council's`).
const POSSESSIVE_WORDS: usize = 4;

/// The end of a capitalised possessive at `k` (`Council's `, `Security
/// Council’s `), after its space.
fn possessive_end(text: &str, k: usize) -> Option<usize> {
    let rest = text.get(k..floor_boundary(text, k.saturating_add(OWNER_WINDOW)))?;
    let mut at = 0;
    for word in rest.split(' ').take(POSSESSIVE_WORDS) {
        if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        if word.len() > 2 && (word.ends_with("'s") || word.ends_with("’s")) {
            return Some(k + at + word.len() + 1).filter(|&e| e <= text.len());
        }
        at += word.len() + 1;
    }
    None
}

/// Words that make a capitalised title an instrument.
const INSTRUMENT_WORDS: [&str; 12] = [
    "Convention", "Covenant", "Protocol", "Charter", "Statute", "Declaration", "Agreement", "Treaty", "Rules",
    "Principles", "Code", "Constitution",
];

/// A capitalised title at `k` that names an instrument the table does not
/// know (`Rome Statute of the International Criminal Court`): its end and text.
fn title_at(text: &str, k: usize) -> Option<(usize, &str)> {
    // Not `and`: `of the Convention and the Protocol` names two instruments.
    const JOINERS: [&str; 8] = ["of", "the", "on", "against", "for", "in", "to", "relating"];
    let hi = floor_boundary(text, k.saturating_add(OWNER_WINDOW));
    let rest = text.get(k..hi)?;
    let mut end = 0;
    let mut keyword = false;
    let mut at = 0;
    for word in rest.split(' ').take(14) {
        // `…of the Rome Statute.\nNext`: a title may end its line.
        let line_end = word.find(['\r', '\n']);
        let word = line_end.map_or(word, |i| &word[..i]);
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let capital = bare.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && bare.chars().all(|c| c.is_alphanumeric() || c == '-');
        if capital {
            keyword |= INSTRUMENT_WORDS.contains(&bare);
            end = at + bare.len();
        } else if !JOINERS.contains(&bare) || at == 0 {
            break;
        }
        if bare.len() != word.len() || line_end.is_some() {
            break;
        }
        at += word.len() + 1;
    }
    (keyword && end > 0).then(|| (k + end, &text[k..k + end]))
}

/// The capitalised title of two words or more, ending in one of the
/// [`INSTRUMENT_WORDS`], that a bracketed reference at `s` directly follows:
/// `the Criminal Procedure Code (art. 45)` → `Criminal Procedure Code`.
fn title_before_bracket(text: &str, s: usize) -> Option<&str> {
    const JOINERS: [&str; 6] = ["of", "on", "against", "for", "in", "relating"];
    let head = text.get(..s)?.trim_end_matches(is_space).strip_suffix('(')?.trim_end_matches(is_space);
    let window = &head[floor_boundary(head, head.len().saturating_sub(OWNER_WINDOW))..];
    let mut start = None;
    let mut words = 0;
    let mut at = window.len();
    for word in window.rsplit(' ') {
        let capital = word.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && word.chars().all(|c| c.is_alphanumeric() || c == '-');
        if words == 0 && !(capital && INSTRUMENT_WORDS.contains(&word)) {
            return None;
        }
        at -= word.len();
        if capital {
            start = Some(at);
            words += 1;
        } else if !JOINERS.contains(&word) {
            break;
        }
        at = at.saturating_sub(1);
    }
    let from = start?;
    (words >= 2).then(|| &window[from..])
}

/// True when only list words and spaces lie between `end` and `s`:
/// `article 44, paragraph 5, and article 46, paragraph 7`.
fn adjacent(text: &str, end: usize, s: usize) -> bool {
    if end > s || s - end > 40 {
        return false;
    }
    let Some(gap) = text.get(end..s) else { return false };
    gap.split(|c: char| is_ws(c) || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| matches!(w, "and" | "or" | "as" | "well" | "in" | "under" | "to" | "through"))
}

/// The unit word at `i`: its unit, whether it says rule, whether it is plural, its end.
fn unit_word(text: &str, i: usize) -> Option<(Unit, bool, bool, usize)> {
    const WORDS: [(&str, Unit, bool); 13] = [
        ("subparagraph", Unit::Subparagraph, false),
        ("sub-paragraph", Unit::Subparagraph, false),
        ("subpara.", Unit::Subparagraph, false),
        ("paragraph", Unit::Paragraph, false),
        ("para.", Unit::Paragraph, false),
        ("paras.", Unit::Paragraph, false),
        ("chapter", Unit::Chapter, false),
        ("chap.", Unit::Chapter, false),
        ("chaps.", Unit::Chapter, false),
        ("article", Unit::Article, false),
        ("art.", Unit::Article, false),
        ("arts.", Unit::Article, false),
        ("rule", Unit::Article, true),
    ];
    let rest = text.get(i..)?;
    for (word, unit, rule) in WORDS {
        let Some(head) = rest.get(..word.len()) else { continue };
        if !head.eq_ignore_ascii_case(word) || !head[1..].eq(&word[1..]) {
            continue;
        }
        let mut e = i + word.len();
        // `paras.`, `arts.` are plural as written; `articles`, `rules` by their `s`.
        let abbreviated = word.ends_with('.');
        let plural = word.ends_with("s.") || (!abbreviated && text[e..].starts_with('s'));
        if plural && !abbreviated {
            e += 1;
        }
        if char_at(text, e).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        return Some((unit, rule, plural, e));
    }
    None
}

/// The levels of a chain whose first unit word is at `s`, and its end.
fn chain(text: &str, s: usize) -> Option<(Vec<Level>, usize)> {
    let (first, mut end) = level(text, s)?;
    let mut levels = vec![first];
    loop {
        let mut j = skip_ws(text, end);
        if text[j..].starts_with(',') {
            j = skip_ws(text, j + 1);
        }
        match level(text, j) {
            Some((l, e)) if levels.last().is_some_and(|last| l.unit > last.unit) => {
                levels.push(l);
                end = e;
            }
            _ => break,
        }
    }
    Some((levels, end))
}

/// One level at `i`: a unit word and its numbers (several only after a plural word).
fn level(text: &str, i: usize) -> Option<(Level, usize)> {
    let (unit, rule, plural, w) = unit_word(text, i)?;
    let k = skip_ws(text, w);
    let roman = matches!(unit, Unit::Chapter | Unit::Article) && !rule;
    let (first, mut e) = item(text, k, roman)?;
    if first.number.is_none() && unit != Unit::Subparagraph {
        return None;
    }
    let mut items = vec![first];
    // Items joined by commas alone (`article 5, 12 States`) are not a list
    // unless a closing `and`/`or`/`to` follows.
    let mut closed = 1;
    // `paragraph 4 (c) and (d)`: a singular word lists only labels.
    let labels_follow = first.label.is_some();
    if plural || labels_follow {
        // `chapters III (Criminalization and law enforcement) and IV`: a title
        // in brackets may follow a number of the list.
        while let Some((n, comma)) =
            separator(text, e).or_else(|| separator(text, after_title(text, e)?)).filter(|_| items.len() < MAX_ITEMS)
        {
            match item(text, n, roman) {
                Some((it, e2)) if plural || it.number.is_none() => {
                    items.push(it);
                    e = e2;
                    if !comma {
                        closed = items.len();
                    }
                }
                _ => break,
            }
        }
        if closed < items.len() {
            items.truncate(closed);
            e = items.last().map_or(e, |it| it.span.end);
        }
    }
    // The list is of labels: the first item's span is its label (`(c)`), as the others'.
    if items.len() > 1 && items[1..].iter().all(|it| it.number.is_none()) {
        if let Some(first) = items.first_mut() {
            if let Some(open) = text[first.span.range()].find('(') {
                first.span.start += open;
            }
        }
    }
    Some((Level { unit, rule, items }, e))
}

/// A number at `k` (`63`, `II` when `roman`), with its labels (`4 (c)`), or
/// a label alone (`(d)`).
fn item(text: &str, k: usize, roman: bool) -> Option<(Item, usize)> {
    let j = skip_while(text, k, |c| digit_value(c).is_some());
    let number = if j > k {
        parse_decimal(&text[k..j])
    } else if roman {
        let j2 = skip_while(text, k, |c| matches!(c, 'I' | 'V' | 'X' | 'L'));
        let n = parse_roman(&text[k..j2]);
        return n.filter(|_| !char_at(text, j2).is_some_and(|c| c.is_alphanumeric())).map(|n| labelled(text, k, j2, Some(n)));
    } else {
        None
    };
    match number {
        Some(n) => {
            if char_at(text, j).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '／'))
                || (char_at(text, j) == Some('.') && char_at(text, j + 1).is_some_and(|c| c.is_ascii_digit()))
            {
                return None;
            }
            Some(labelled(text, k, j, Some(n)))
        }
        None if j == k => {
            let (l, e) = label(text, k)?;
            Some((Item { span: Span::new(k, e), number: None, label: l, sub: None }, e))
        }
        None => None,
    }
}

/// The item from `k` to `j` and the labels after it: the first counts, and
/// a letter after a number label (`article 63 (4) (c)`) is the subparagraph.
fn labelled(text: &str, k: usize, j: usize, number: Option<u32>) -> (Item, usize) {
    let mut end = j;
    let mut labels = Vec::new();
    for _ in 0..3 {
        let at = skip_while(text, end, is_space);
        match label(text, at) {
            Some((l, e)) => {
                labels.push(l);
                end = e;
            }
            None => break,
        }
    }
    let first = labels.first().copied().flatten();
    let sub = match (first, labels.get(1).copied().flatten()) {
        (Some(Label::Number(_)), Some(Label::Letter(c))) => Some(c),
        _ => None,
    };
    (Item { span: Span::new(k, end), number, label: first, sub }, end)
}

/// After a bracketed title at `e` (`(Preventive measures)`): not a label,
/// on one line, at most 80 bytes.
fn after_title(text: &str, e: usize) -> Option<usize> {
    let k = skip_while(text, e, is_space);
    if char_at(text, k) != Some('(') || label(text, k).is_some() {
        return None;
    }
    let hi = floor_boundary(text, k.saturating_add(80));
    let close = text.get(k + 1..hi)?.find([')', '\n', '('].as_slice()).filter(|&i| i > 0 && text[k + 1 + i..].starts_with(')'))?;
    Some(k + 1 + close + 1)
}

/// A bracketed label at `k`: `(c)` → letter, `(4)` → number, `(ii)` → a
/// roman numeral, the subparagraph of a paragraph (`paragraph 3 (iii)`), but
/// after a letter a sub-subparagraph, read without a value (`4 (c) (ii)`).
fn label(text: &str, k: usize) -> Option<(Option<Label>, usize)> {
    if char_at(text, k) != Some('(') {
        return None;
    }
    let b = skip_while(text, k + 1, |c| c.is_ascii_alphanumeric());
    let inner = &text[k + 1..b];
    if char_at(text, b) != Some(')') || inner.is_empty() || inner.len() > 4 {
        return None;
    }
    let l = if inner.len() == 1 && inner.as_bytes()[0].is_ascii_lowercase() {
        Some(Label::Letter(char::from(inner.as_bytes()[0])))
    } else if let Some(n) = parse_decimal(inner) {
        Some(Label::Number(n))
    } else if inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        parse_roman(&inner.to_ascii_uppercase()).map(Label::Roman)
    } else {
        return None;
    };
    Some((l, b + 1))
}

/// After a list separator at `e`: where the next number starts, and whether
/// the separator was a comma alone.
fn separator(text: &str, e: usize) -> Option<(usize, bool)> {
    let j = skip_while(text, e, is_space);
    let rest = text.get(j..)?;
    // `articles 16–19`: a range's dash, en or em (a PDF's), or a hyphen.
    if let Some(r) = rest.strip_prefix(['-', '–', '—', '\u{2011}']) {
        return Some((skip_while(text, text.len() - r.len(), is_space), false));
    }
    let (comma, j) = if rest.starts_with(',') { (true, skip_ws(text, j + 1)) } else { (false, skip_ws(text, j)) };
    for word in ["and", "or", "to", "through"] {
        if text[j..].starts_with(word) && text[j + word.len()..].starts_with(is_ws) {
            return Some((skip_ws(text, j + word.len()), false));
        }
    }
    (comma && j > e).then_some((j, true))
}

/// `II` → 2, `IV` → 4, `XIV` → 14; up to 89.
fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let value = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };
    let digits: Vec<i64> = s.chars().map(value).collect();
    let mut total = 0i64;
    for (i, &d) in digits.iter().enumerate() {
        total += if digits.get(i + 1).is_some_and(|&n| n > d) { -d } else { d };
    }
    let total = u32::try_from(total).ok()?;
    let canonical = to_roman(total);
    (total > 0 && canonical == s).then_some(total)
}

/// 2 → `II`, 14 → `XIV`: the canonical form [`parse_roman`] accepts.
pub(super) fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, r) in [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse_roman;
    use super::super::cases::{art, chap, para, rule, want};
    use crate::model::{ArticleValue, Language};

    fn found(text: &str) -> Vec<(String, ArticleValue)> {
        super::super::cases::found(text, Language::English)
    }

    const HEADER: &str = "Conference of the States Parties to the United Nations Convention against Corruption\n\n";

    #[test]
    fn references() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "in accordance with article 63, paragraph 4 (c), of the Convention.",
                vec![art("article 63, paragraph 4 (c), of the Convention", "UNCAC", 63, Some(4), Some("c"))],
            ),
            ("Article 43 of the United Nations Convention against Corruption", vec![art("Article 43 of the United Nations Convention against Corruption", "UNCAC", 43, None, None)]),
            // Full-width digits and no-break spaces.
            ("under article ６３ of the Convention", vec![art("article ６３ of the Convention", "UNCAC", 63, None, None)]),
            ("article\u{a0}63, paragraph\u{a0}4 (c), of the Convention", vec![art("article\u{a0}63, paragraph\u{a0}4 (c), of the Convention", "UNCAC", 63, Some(4), Some("c"))]),
            ("paragraph ８ of resolution ８／２", vec![para("paragraph ８ of resolution ８／２", "resolution 8/2", 8, None)]),
            ("under rule 22 of the rules of procedure of the Conference", vec![rule("rule 22 of the rules of procedure", "rules of procedure", 22, None)]),
            ("Under rule 17, representatives", vec![rule("rule 17", "rules of procedure", 17, None)]),
            (
                "Noting the political declaration adopted at the special session of the\nGeneral Assembly against corruption, in particular paragraph 54 thereof,",
                vec![want("paragraph 54 thereof", "political declaration", |v| v.paragraph = Some(54))],
            ),
            ("paragraph 54 thereof", vec![]),
            // A chapter with paragraphs and no owner is the document's own.
            ("(see also chapter III, paras. 20–24, and annex I)", vec![]),
            ("E/2025/30, chap. I, para. 3", vec![want("chap. I, para. 3", "E/2025/30", |v| { v.chapter = Some(1); v.paragraph = Some(3) })]),
            // `thereof` after a document named in the sentence is that document; not past its full stop.
            (
                "the background paper contained in document CTOC/COP/WG.3/2026/2,\ndrawing attention in particular to paragraph 12 thereof.",
                vec![para("paragraph 12 thereof", "CTOC/COP/WG.3/2026/2", 12, None)],
            ),
            ("a note (E/CN.7/2026/8), in particular paragraph 14 thereof", vec![para("paragraph 14 thereof", "E/CN.7/2026/8", 14, None)]),
            ("It introduced E/CN.7/2026/8. The report, in particular paragraph 14 thereof", vec![]),
            ("the and/or option, in particular paragraph 14 thereof", vec![]),
            // `thereof` after a resolution just cited is that resolution, not the treaty of the text.
            (
                "Recalling its resolution 9/1 of 16 October 2018, in particular paragraph 7 thereof,",
                vec![para("paragraph 7 thereof", "resolution 9/1", 7, None)],
            ),
            (
                "Recalling its resolution 9/1, in particular paragraphs\n5 (b) and 7 thereof,",
                vec![para("5 (b)", "resolution 9/1", 5, Some("b")), para("7", "resolution 9/1", 7, None)],
            ),
            (
                "under paragraph 11 of the guidelines for governmental experts and the secretariat in the conduct of country reviews.",
                vec![want("paragraph 11 of the guidelines for governmental experts and the secretariat in the conduct of country reviews", "guidelines", |v| v.paragraph = Some(11))],
            ),
            (
                "the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and\nAmmunition, in particular its article 10.",
                vec![art("article 10", "Firearms Protocol", 10, None, None)],
            ),
            ("rule 3 of the\nrules of procedure for the Conference", vec![rule("rule 3 of the\nrules of procedure", "rules of procedure", 3, None)]),
            ("Article 12 of the Single Convention on Narcotic Drugs of 1961 applies", vec![art("Article 12 of the Single Convention on Narcotic Drugs of 1961", "Single Convention on Narcotic Drugs of 1961", 12, None, None)]),
            ("under article 3 of the 1988 Convention", vec![art("article 3 of the 1988 Convention", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988", 3, None, None)]),
            ("article 2, paragraph 4, of the Convention on Psychotropic Substances of 1971", vec![art("article 2, paragraph 4, of the Convention on Psychotropic Substances of 1971", "Convention on Psychotropic Substances of 1971", 2, Some(4), None)]),
            ("paragraph 48 of the terms of reference of the Mechanism", vec![para("paragraph 48 of the terms of reference", "terms of reference", 48, None)]),
            ("in paragraph 8 of its resolution 8/2, the Conference", vec![para("paragraph 8 of its resolution 8/2", "resolution 8/2", 8, None)]),
            ("paragraph 3 of decision 5/1", vec![para("paragraph 3 of decision 5/1", "decision 5/1", 3, None)]),
            // An annexed text is the resolution's: its paragraph is one of the resolution's instrument.
            (
                "paragraph 17 of the annex to General Assembly resolution S-32/1",
                vec![para("paragraph 17 of the annex to General Assembly resolution S-32/1", "resolution S-32/1", 17, None)],
            ),
            ("paragraph 4 of annex I to resolution 9/1", vec![para("paragraph 4 of annex I to resolution 9/1", "resolution 9/1", 4, None)]),
            // A text the resolution annexes, named by a few words.
            (
                "paragraph 12 of the procedures and rules annexed to its\nresolution 9/1,",
                vec![para("paragraph 12 of the procedures and rules annexed to its\nresolution 9/1", "resolution 9/1", 12, None)],
            ),
            ("paragraph 3 of the guidelines annexed to resolution 20/1", vec![para("paragraph 3 of the guidelines annexed to resolution 20/1", "resolution 20/1", 3, None)]),
            ("paragraph 3 of the report annexed to the letter", vec![]),
            (
                "paragraphs 3 and 4 of annex I to Economic\nand Social Council resolution 2024/15",
                vec![para("3", "resolution 2024/15", 3, None), para("4", "resolution 2024/15", 4, None)],
            ),
            ("resolution S-32/1, annex, paragraph 17", vec![para("paragraph 17", "resolution S-32/1", 17, None)]),
            // A roman subparagraph of a paragraph is its label; after a letter, a sub-subparagraph has none.
            ("paragraph 3 (iii) of resolution 30/1", vec![para("paragraph 3 (iii) of resolution 30/1", "resolution 30/1", 3, Some("iii"))]),
            ("paragraph 4 (c) (ii) of resolution 9/1", vec![para("paragraph 4 (c) (ii) of resolution 9/1", "resolution 9/1", 4, Some("c"))]),
            ("paragraph 2 (i) of resolution 9/1", vec![para("paragraph 2 (i) of resolution 9/1", "resolution 9/1", 2, Some("i"))]),
            ("paragraph 2 (iix) of resolution 9/1", vec![para("paragraph 2 (iix) of resolution 9/1", "resolution 9/1", 2, None)]),
            // The date of adoption between the number and the comma.
            ("its resolution 26/2 of 26 May 2017, paragraph 4, and", vec![para("paragraph 4", "resolution 26/2", 4, None)]),
            ("resolution 9/1 of 17\nDecember 2021, paragraph 3", vec![para("paragraph 3", "resolution 9/1", 3, None)]),
            ("paragraph 2 of annex II to document A/78/1", vec![para("paragraph 2", "A/78/1", 2, None)]),
            ("paragraph 3 of the annex to the present report", vec![]),
            // A resolution's paragraph does not lend its resolution to an article after it.
            ("paragraph 2 (b) of resolution 9/1, and article 31, paragraph 1", vec![para("paragraph 2 (b) of resolution 9/1", "resolution 9/1", 2, Some("b")), art("article 31, paragraph 1", "UNCAC", 31, Some(1), None)]),
            // A document described before its bracketed symbol owns the paragraph.
            ("paragraphs 15 to 18 of the report on the twelfth session\n(CTOC/COP/2024/15)", vec![para("15", "CTOC/COP/2024/15", 15, None), para("18", "CTOC/COP/2024/15", 18, None)]),
            ("paragraph 12 of its report (A/78/10, chap. IV)", vec![para("paragraph 12", "A/78/10", 12, None), chap("chap. IV", "A/78/10", 4)]),
            ("paragraph 4 of the note by the Secretariat on technical assistance (CAC/COSP/2025/5)", vec![para("paragraph 4", "CAC/COSP/2025/5", 4, None)]),
            // Not past a comma or stop, into a bracket opened by a word, or for the text itself.
            ("paragraph 12 of its report, as noted by the Group (A/78/10)", vec![]),
            ("paragraph 12 of the report. The Group (A/78/10) agreed", vec![]),
            ("paragraph 12 of the report (see A/78/10)", vec![]),
            ("paragraph 12 of the present report (A/78/10)", vec![]),
            ("paragraph 12 of the partnership agreement (A/78/10)", vec![]),
            (
                "paragraph 5 of the annex to resolution 9/3 and in paragraph 12 of its report",
                vec![para("paragraph 5 of the annex to resolution 9/3", "resolution 9/3", 5, None)],
            ),
            // An inner level after a list is the last number's alone.
            ("articles 14 and 52, paragraph 1, of the Convention", vec![art("14", "UNCAC", 14, None, None), art("52, paragraph 1", "UNCAC", 52, Some(1), None)]),
            (
                "articles 14 and 52, paragraphs 1 and 2",
                vec![art("14", "UNCAC", 14, None, None), art("52", "UNCAC", 52, None, None), art("1", "UNCAC", 52, Some(1), None), art("2", "UNCAC", 52, Some(2), None)],
            ),
            ("the implementation of chapter II (Preventive measures)", vec![chap("chapter II", "UNCAC", 2)]),
            ("chapters II and V of the Convention", vec![chap("II", "UNCAC", 2), chap("V", "UNCAC", 5)]),
            ("articles 52, 54 and 57 remained", vec![art("52", "UNCAC", 52, None, None), art("54", "UNCAC", 54, None, None), art("57", "UNCAC", 57, None, None)]),
            ("articles 5 to 14 of the Convention", vec![art("5", "UNCAC", 5, None, None), art("14", "UNCAC", 14, None, None)]),
            // A range gives its two ends, each its number alone (the value has no field for a range).
            ("articles 16 to 19.", vec![art("16", "UNCAC", 16, None, None), art("19", "UNCAC", 19, None, None)]),
            ("articles 16–19, and", vec![art("16", "UNCAC", 16, None, None), art("19", "UNCAC", 19, None, None)]),
            ("articles 16—19 of the Convention", vec![art("16", "UNCAC", 16, None, None), art("19", "UNCAC", 19, None, None)]),
            ("articles 16 to\n19 of the Convention", vec![art("16", "UNCAC", 16, None, None), art("19", "UNCAC", 19, None, None)]),
            // Paragraphs of a document: the symbol ends before the sentence's full stop.
            ("paragraphs 15 and 16 of document A/78/1.", vec![para("15", "A/78/1", 15, None), para("16", "A/78/1", 16, None)]),
            ("paras. 15–22 of document A/78/1.", vec![para("15", "A/78/1", 15, None), para("22", "A/78/1", 22, None)]),
            ("paragraph 4 of document A/78/1/Add.1.", vec![para("paragraph 4", "A/78/1/Add.1", 4, None)]),
            ("article 67, paragraphs 1 and 2, of the Convention", vec![art("1", "UNCAC", 67, Some(1), None), art("2", "UNCAC", 67, Some(2), None)]),
            (
                "paragraph 1 (c) of article 54 of the Convention",
                vec![art("paragraph 1 (c) of article 54 of the Convention", "UNCAC", 54, Some(1), Some("c"))],
            ),
            ("(CAC/COSP/2019/17, para. 102)", vec![para("para. 102", "CAC/COSP/2019/17", 102, None)]),
            ("paragraph 47 (a) of document CAC/COSP/EG.1/2019/4", vec![para("paragraph 47 (a)", "CAC/COSP/EG.1/2019/4", 47, Some("a"))]),
            ("paragraph 19 of the political declaration", vec![para("paragraph 19 of the political declaration", "political declaration", 19, None)]),
            ("article 32 of the United Nations Convention against Transnational Organized Crime", vec![art("article 32 of the United Nations Convention against Transnational Organized Crime", "UNTOC", 32, None, None)]),
            ("Article 2 of the Charter", vec![art("Article 2 of the Charter", "Charter of the United Nations", 2, None, None)]),
            ("under article 5, 12 States reported", vec![art("article 5", "UNCAC", 5, None, None)]),
            ("paragraph 2 of Security Council resolution 1373 (2001)", vec![para("paragraph 2 of Security Council resolution 1373 (2001)", "resolution 1373 (2001)", 2, None)]),
            ("General Assembly resolution 75/194, para. 12", vec![para("para. 12", "resolution 75/194", 12, None)]),
            ("article 55 and article 56 of the Charter", vec![art("article 55", "Charter of the United Nations", 55, None, None), art("article 56 of the Charter", "Charter of the United Nations", 56, None, None)]),
            ("chapter IV of the Convention, Article II", vec![chap("chapter IV of the Convention", "UNCAC", 4), art("Article II", "UNCAC", 2, None, None)]),
            ("article 18 (21) (d) of the Convention", vec![art("article 18 (21) (d) of the Convention", "UNCAC", 18, Some(21), Some("d"))]),
            (
                "chapters III (Criminalization and law enforcement) and IV (International cooperation)",
                vec![chap("III", "UNCAC", 3), chap("IV", "UNCAC", 4)],
            ),
            ("article 5 of UNTOC", vec![art("article 5 of UNTOC", "UNTOC", 5, None, None)]),
            ("article 8 of the Convention on Biological Diversity", vec![art("article 8 of the Convention on Biological Diversity", "Convention on Biological Diversity", 8, None, None)]),
            ("article 7 of the Rome Statute of the International Criminal Court, which", vec![art("article 7 of the Rome Statute of the International Criminal Court", "Rome Statute of the International Criminal Court", 7, None, None)]),
            ("paragraph 3 of the Annual Report", vec![]),
            ("article 3 of the Convention and the Protocol", vec![art("article 3 of the Convention", "UNCAC", 3, None, None)]),
            (
                "subparagraph (c) of paragraph 4 of article 63 of the Convention",
                vec![art("subparagraph (c) of paragraph 4 of article 63 of the Convention", "UNCAC", 63, Some(4), Some("c"))],
            ),
            ("paragraph 3 of rule 5", vec![rule("paragraph 3 of rule 5", "rules of procedure", 5, Some(3))]),
            ("rule 2 of resolution 4/5", vec![rule("rule 2 of resolution 4/5", "resolution 4/5", 2, None)]),
            (
                "under art. 5 and arts. 6 and 7 of the Convention, and E/2023/56, chap. I",
                vec![art("art. 5", "UNCAC", 5, None, None), art("6", "UNCAC", 6, None, None), art("7", "UNCAC", 7, None, None), chap("chap. I", "E/2023/56", 1)],
            ),
            (
                "as provided in the Organized Crime Convention, article 32, paragraph 3, and the Charter of the United Nations, Article 71",
                vec![art("article 32, paragraph 3", "UNTOC", 32, Some(3), None), art("Article 71", "Charter of the United Nations", 71, None, None)],
            ),
            ("the present report, paragraph 5", vec![]),
            // A bracket right after a symbol names a part of that document; an article there is the text's.
            ("as set out in E/CN.15/2025/14 (chap. I, sect. B)", vec![chap("chap. I", "E/CN.15/2025/14", 1)]),
            ("its report (A/78/10 (chapter IV))", vec![chap("chapter IV", "A/78/10", 4)]),
            ("the review of CAC/COSP/IRG/2024/4 (article 9 of the Convention)", vec![art("article 9 of the Convention", "UNCAC", 9, None, None)]),
            (
                "article 12 of the Single Convention on Narcotic Drugs of 1961 and article 3 of the 1988 Convention",
                vec![
                    art("article 12 of the Single Convention on Narcotic Drugs of 1961", "Single Convention on Narcotic Drugs of 1961", 12, None, None),
                    art("article 3 of the 1988 Convention", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988", 3, None, None),
                ],
            ),
            ("paragraph 5 of decision 1/CP.26", vec![para("paragraph 5 of decision 1/CP.26", "decision 1/CP.26", 5, None)]),
            ("paragraph 3 of resolution 77/262 A", vec![para("paragraph 3 of resolution 77/262 A", "resolution 77/262 A", 3, None)]),
            ("paragraph 79 of the 2030 Agenda for Sustainable Development", vec![para("paragraph 79 of the 2030 Agenda for Sustainable Development", "2030 Agenda for Sustainable Development", 79, None)]),
            ("Article 19 of the International Covenant on Civil and Political Rights", vec![art("Article 19 of the International Covenant on Civil and Political Rights", "ICCPR", 19, None, None)]),
            ("the Criminal Procedure Code (art. 45) regulates seizure", vec![art("art. 45", "Criminal Procedure Code", 45, None, None)]),
            // A footnote mark glued to the instrument's name.
            ("as required by article 52 of the Convention against Corruption3 and", vec![art("article 52 of the Convention against Corruption", "UNCAC", 52, None, None)]),
        ];
        for (text, want) in cases {
            let text = format!("{HEADER}{text}");
            assert_eq!(found(&text), want, "{text}");
        }
    }

    #[test]
    fn anaphora_and_continuations() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "article 63 of the Convention. Under paragraph 2 of that article, the Conference",
                vec![art("article 63 of the Convention", "UNCAC", 63, None, None), art("paragraph 2 of that article", "UNCAC", 63, Some(2), None)],
            ),
            (
                "paragraph 18 of resolution 9/3. In paragraph 19 of that resolution,",
                vec![para("paragraph 18 of resolution 9/3", "resolution 9/3", 18, None), para("paragraph 19 of that resolution", "resolution 9/3", 19, None)],
            ),
            (
                "article 44, paragraph 5, article 46, paragraph 7, and article 48, paragraph 2, of the Convention",
                vec![
                    art("article 44, paragraph 5", "UNCAC", 44, Some(5), None),
                    art("article 46, paragraph 7", "UNCAC", 46, Some(7), None),
                    art("article 48, paragraph 2, of the Convention", "UNCAC", 48, Some(2), None),
                ],
            ),
            ("article 63, paragraph 4 (c) and (d)", vec![art("(c)", "UNCAC", 63, Some(4), Some("c")), art("(d)", "UNCAC", 63, Some(4), Some("d"))]),
        ];
        for (text, want) in cases {
            let text = format!("{HEADER}{text}");
            assert_eq!(found(&text), want, "{text}");
        }
    }

    #[test]
    fn a_documents_chapter_carries_within_its_paragraph() {
        let report = |text: &str, c: u32| (text.to_owned(), ArticleValue { chapter: Some(c), ..ArticleValue::default() });
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            ("chapter I of the report (E/2025/30), and chapter II", vec![chap("chapter I", "E/2025/30", 1), chap("chapter II", "E/2025/30", 2)]),
            ("chapter I of the report (E/2025/30). Its chapter II", vec![chap("chapter I", "E/2025/30", 1), chap("chapter II", "E/2025/30", 2)]),
            // Another speaker's paragraph: its own report's chapter.
            ("chapter I of the report (E/2025/30).\n\nMs. Lind: as the report explains in its chapter II.", vec![chap("chapter I", "E/2025/30", 1), report("chapter II", 2)]),
            ("chapter I of the report (E/2025/30).\n  \r\nIts chapter II", vec![chap("chapter I", "E/2025/30", 1), report("chapter II", 2)]),
            // `its` is the document itself, named earlier in the sentence: no reference, whatever the text's treaty.
            (concat!("Conference of the States Parties to the United Nations Convention against Corruption\n\n", "As the present report explains in its chapter II, the Conference"), vec![]),
            (concat!("Conference of the States Parties to the United Nations Convention against Corruption\n\n", "This note, in its\nchapter III, sets out"), vec![]),
            // Not the document: `its` is another's, or the document was named in an earlier sentence.
            (concat!("Conference of the States Parties to the United Nations Convention against Corruption\n\n", "The Conference, in its chapter II"), vec![chap("chapter II", "UNCAC", 2)]),
            (concat!("Conference of the States Parties to the United Nations Convention against Corruption\n\n", "The present report is short. The Convention, in its chapter II"), vec![chap("chapter II", "UNCAC", 2)]),
            (concat!("Conference of the States Parties to the United Nations Convention against Corruption\n\n", "The present report covers chapter II"), vec![chap("chapter II", "UNCAC", 2)]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
        assert!(!super::super::has_blank_line("\nA\nB\n"));
        assert!(super::super::has_blank_line("x\n\t\ny"));
    }

    #[test]
    fn that_convention_is_the_treaty_the_sentence_named_last() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "Schedule I of the Single Convention on Narcotic Drugs of 1961; to Schedule II of the Convention on Psychotropic Substances of 1971, in accordance with article 2, paragraph 4, of that Convention.",
                vec![art("article 2, paragraph 4, of that Convention", "Convention on Psychotropic Substances of 1971", 2, Some(4), None)],
            ),
            // A treaty named alone is what a bare article of its paragraph refers
            // to; not past a blank line, nor after `the Convention` named since.
            (
                "CTOC/COP/2026/5\n\nParties to the Firearms Protocol discussed marking. They noted that article 5 requires it.\n\nIn another view, article 5 applies.",
                vec![art("article 5", "Firearms Protocol", 5, None, None), art("article 5", "UNTOC", 5, None, None)],
            ),
            (
                "CTOC/COP/2026/5\n\nBoth the Firearms Protocol and the Convention apply. Under article 5, States",
                vec![art("article 5", "UNTOC", 5, None, None)],
            ),
            (
                "CTOC/COP/2026/5\n\nthe Firearms Protocol, supplementing the United Nations Convention against Transnational Organized Crime. Under article 5, States",
                vec![art("article 5", "Firearms Protocol", 5, None, None)],
            ),
            (
                "under the Firearms Protocol and the Convention against Corruption, and article 5 of that Protocol",
                vec![art("article 5 of that Protocol", "Firearms Protocol", 5, None, None)],
            ),
            // A protocol that supplements a convention is no Convention; the convention it names is.
            (
                "Conference of the States Parties to the United Nations Convention against Corruption\n\nthe Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime; article 5 of that Convention",
                vec![art("article 5 of that Convention", "UNTOC", 5, None, None)],
            ),
            (
                "Conference of the States Parties to the United Nations Convention against Corruption\n\nThe Kyoto Protocol was noted; article 5 of that Convention",
                vec![art("article 5", "UNCAC", 5, None, None)],
            ),
            // The name without `United Nations`, as the Convention against Corruption's.
            (
                "article 5, paragraph 1 (a), of the Convention against Transnational Organized Crime.",
                vec![art("article 5, paragraph 1 (a), of the Convention against Transnational Organized Crime", "UNTOC", 5, Some(1), Some("a"))],
            ),
            // A title the table does not know may end its line.
            ("article 5 of the Rome Statute of the International Criminal Court.\nNext", vec![art("article 5 of the Rome Statute of the International Criminal Court", "Rome Statute of the International Criminal Court", 5, None, None)]),
            ("article 5 of the Minsk Convention on Legal Assistance.\nNext", vec![art("article 5 of the Minsk Convention on Legal Assistance", "Minsk Convention on Legal Assistance", 5, None, None)]),
            // A protocol named first is no Convention: the treaty of a series the text cites is.
            (
                concat!(
                    "the Protocol against the Smuggling of Migrants by Land, Sea and Air, in particular its article 7. The Working Group ",
                    "considered item 3 of its agenda and the background paper that the secretariat had prepared for it, contained in document ",
                    "CTOC/COP/WG.3/2026/2. Speakers referred to article 18, paragraph 13, of the Convention."
                ),
                vec![
                    art("article 7", "Smuggling of Migrants Protocol", 7, None, None),
                    art("article 18, paragraph 13, of the Convention", "UNTOC", 18, Some(13), None),
                ],
            ),
            // The short name of the Single Convention.
            ("under article 3, paragraph 3 (iii), of the Single Convention,", vec![art("article 3, paragraph 3 (iii), of the Single Convention", "Single Convention on Narcotic Drugs of 1961", 3, Some(3), Some("iii"))]),
            // No treaty the word can name in the sentence: the words stay out of the span.
            (
                "Conference of the States Parties to the United Nations Convention against Corruption\n\nThe Kyoto Protocol was noted. Under article 5 of that Convention",
                vec![art("article 5", "UNCAC", 5, None, None)],
            ),
            (
                "Conference of the States Parties to the United Nations Convention against Corruption\n\nUnder article 5 of that Conventional",
                vec![art("article 5", "UNCAC", 5, None, None)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn rules_of_an_owner_named_in_the_possessive() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "In accordance with rule 37 of the Council's provisional rules of procedure, I invite",
                vec![rule("rule 37 of the Council's provisional rules of procedure", "provisional rules of procedure", 37, None)],
            ),
            ("under rule 39 of the Security Council’s provisional rules of procedure", vec![rule("rule 39 of the Security Council’s provisional rules of procedure", "provisional rules of procedure", 39, None)]),
            ("paragraph 12 of decision -/CP.28", vec![para("paragraph 12 of decision -/CP.28", "decision -/CP.28", 12, None)]),
            ("Pursuant to operative paragraph 5 of resolution 77/205,", vec![para("operative paragraph 5 of resolution 77/205", "resolution 77/205", 5, None)]),
            ("Preambular paragraph 3 of resolution 77/205", vec![para("Preambular paragraph 3 of resolution 77/205", "resolution 77/205", 3, None)]),
            // Not a part of a resolution: the word stays out.
            ("the cooperative paragraph 5 of resolution 77/205", vec![para("paragraph 5 of resolution 77/205", "resolution 77/205", 5, None)]),
            (
                "United Nations\tCCPR/C/GBR/CO/8\n\narticles 6–8, and rules 25 to 27 of the rules of procedure",
                vec![art("6", "ICCPR", 6, None, None), art("8", "ICCPR", 8, None, None), rule("25", "rules of procedure", 25, None), rule("27", "rules of procedure", 27, None)],
            ),
            // Not rules: the possessive is left out of the span.
            ("rule 37 of the Council's practice", vec![rule("rule 37", "rules of procedure", 37, None)]),
            ("rule 37 of the council's provisional rules of procedure", vec![rule("rule 37", "rules of procedure", 37, None)]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn the_short_form_is_the_treaty_of_the_cover_symbol() {
        let none = |text: &str| (text.to_owned(), ArticleValue { article: Some(2), ..ArticleValue::default() });
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            // A UNFCCC decision cites the Paris Agreement first; `the Convention` is still the UNFCCC.
            (
                "United Nations\tFCCC/CP/2022/10/Add.1\n\nArticle 2, paragraph 1 (a), of the Paris Agreement and Article 4 of the Convention",
                vec![art("Article 2, paragraph 1 (a), of the Paris Agreement", "Paris Agreement", 2, Some(1), Some("a")), art("Article 4 of the Convention", "UNFCCC", 4, None, None)],
            ),
            (
                "United Nations\tCCPR/C/GBR/CO/8\n\narticles 2 and 6 of the Covenant. It refers to article 9, paragraph 3.",
                vec![art("2", "ICCPR", 2, None, None), art("6", "ICCPR", 6, None, None), art("article 9, paragraph 3", "ICCPR", 9, Some(3), None)],
            ),
            // A short form that cannot name the document's treaty stays unknown.
            ("The Paris Agreement entered into force. article 2 of the Convention", vec![none("article 2 of the Convention")]),
            (
                "Conference of the States Parties to the United Nations Convention against Corruption\n\narticle 2 of the Covenant",
                vec![none("article 2 of the Covenant")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn what_must_not_match() {
        let cases = [
            "as described in paragraph 14 above",
            "chapter II of the present report",
            "\nChapter I\nMatters calling for action by the Economic and Social Council",
            "Chapter VIII\r\nOrganization of the session",
            "paragraph 3 of the present note",
            "the rule of law",
            "articles of association",
            "In paragraph 12, the Conference",
            "the eleventh session",
            "agenda item 3",
            "resolution 58/4",
            "Paragraphs 3-5 below",
            "one supplier filed for Chapter 11 bankruptcy in March",
            "a Chapter 7 liquidation",
            "Article 5 of the partnership agreement governs reporting",
            "chapter 3 of the technical manual",
            "Non-governmental organizations such as Article 19 (an NGO) took part",
            "Chapter III contains the conclusions of the review",
        ];
        for text in cases {
            let text = format!("{HEADER}{text}");
            let got = found(&text);
            let bad: Vec<_> = got.iter().filter(|(t, _)| !t.contains("Convention against Corruption")).collect();
            assert!(bad.is_empty(), "{text}: {bad:?}");
        }
    }

    #[test]
    fn roman_numerals() {
        let cases = [("II", Some(2)), ("IV", Some(4)), ("XIV", Some(14)), ("IIII", None), ("VX", None), ("", None), ("L", Some(50))];
        for (s, want) in cases {
            assert_eq!(parse_roman(s), want, "{s}");
        }
    }
}
