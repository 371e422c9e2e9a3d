//! Chinese references: a chain of levels, each `第` + numbers + a unit
//! (`章`, `条`, `款`, `段`, `项`), outermost first —
//! `《公约》第六十三条第四款第(三)项`, `第 47(a)段`, `第四十六条第十三和第十四款` —
//! and the prefix form `规则 2`. What precedes the chain decides the
//! instrument: a name (`《公约》`, `议事规则`, `职权范围`, any `《…》` title), a
//! resolution (`第 8/2 号决议`) or a text it annexes (`…号决议附件所载程序和规则第 12 段`), an anaphor (`该条`, `该决议`), a document symbol
//! and a comma (`CAC/COSP/2019/17，第 102 段`), or the reference just before.

use super::instruments::{self, Role};
use super::{lookback, MAX_ITEMS, Base, Context, Item, Label, Level, Unit};
use crate::numerals::{digit_value, is_chinese_numeral, letter_of, parse_chinese, parse_decimal};
use crate::span::Span;
use crate::text::{char_at, floor_boundary, is_space, is_ws, skip_back_while, skip_spaces, skip_while, skip_ws};

/// What may stand between a resolution and a reference it owns:
/// `第 4/5 号决议中的规则 2` (longest first).
const OWNER_SUFFIXES: [&str; 7] = ["附件所载的", "所附的", "中的", "附件所载", "所附", "中", "的"];

/// How far back, in bytes, the prefix patterns look.
const PREFIX_WINDOW: usize = 240;

/// Anaphors and what they stand for.
const ANAPHORS: [(&str, Anaphor); 11] = [
    ("该条", Anaphor::Article),
    ("本条", Anaphor::Article),
    ("同条", Anaphor::Article),
    ("该款", Anaphor::Paragraph),
    ("本款", Anaphor::Paragraph),
    ("该项决议", Anaphor::Resolution),
    ("该决议", Anaphor::Resolution),
    ("同一决议", Anaphor::Resolution),
    ("该决定", Anaphor::Resolution),
    ("上述决议", Anaphor::Resolution),
    ("上述决定", Anaphor::Resolution),
];

#[derive(Clone, Copy)]
enum Anaphor {
    Article,
    Paragraph,
    Resolution,
}

/// Adds the Chinese references of `text` to `ctx`.
pub(super) fn find(text: &str, ctx: &mut Context) {
    let mut consumed = 0;
    for (s, c) in text.match_indices(['第', '规']) {
        if s < consumed {
            continue;
        }
        let end = if c == "第" {
            chain(text, s, ctx)
        } else if text[s..].starts_with("规则") {
            rule_word(text, s, ctx)
        } else {
            None
        };
        if let Some(end) = end {
            consumed = end;
        }
    }
}

/// A `第…` chain at `s`; returns how far later candidates can be skipped:
/// its end when it is a reference.
fn chain(text: &str, s: usize, ctx: &mut Context) -> Option<usize> {
    let (levels, end) = match levels(text, s) {
        Ok(found) => found,
        Err(skip) => return (skip > s).then_some(skip),
    };
    let first = levels.first()?;
    let chinese = first.items.first().and_then(|i| char_at(text, i.span.start)).is_some_and(is_chinese_numeral);
    let p = skip_back_while(text, s, is_space);
    // `《公约》\n第五条`: a PDF line break between the title and its article;
    // `（见本报告\n第一章 A 节）`: one inside a sentence, after an ideograph,
    // between any owner and its reference.
    let wrapped = skip_back_while(text, p, |c| c == '\n' || c == '\r' || is_space(c));
    let breaks = text[wrapped..p].matches('\n').count();
    let mid_sentence = breaks == 1 && crate::text::char_before(text, wrapped).is_some_and(|c| crate::text::is_cjk(c) && !is_chinese_numeral(c));
    let p = if wrapped < p && ((text[..wrapped].ends_with('》') && breaks <= 2) || mid_sentence) { wrapped } else { p };
    let (base, start) = prefix(text, (s, end), p, first.unit, chinese, ctx)?;
    ctx.emit(text, &base, &levels, start, end);
    Some(end)
}

/// The instrument of the chain from `s` to `end` (`p`: before the spaces
/// ahead of it) and where a single reference's span starts; `None` when the
/// chain is not a reference (the document's own paragraphs and chapters, an
/// unowned `第二款`).
fn prefix(text: &str, (s, end): (usize, usize), p: usize, unit: Unit, chinese: bool, ctx: &Context) -> Option<(Base, usize)> {
    let head = &text[..p];
    // `该决议附件第 2 段`, `上述决议执行部分第 3 段`: the part of the resolution the anaphor names.
    let parted = ["执行部分", "序言部分"].into_iter().find(|w| head.ends_with(w)).map_or_else(|| annex_start(text, p), |w| p - w.len());
    for (word, anaphor) in ANAPHORS {
        let p = if matches!(anaphor, Anaphor::Resolution) { parted } else { p };
        if !text[..p].ends_with(word) {
            continue;
        }
        let base = match anaphor {
            Anaphor::Resolution => {
                Base { instrument: Some(ctx.resolution_before(p - word.len())?.to_owned()), ..Base::default() }
            }
            Anaphor::Article | Anaphor::Paragraph => {
                let (_, v, rules) = ctx.last_article.as_ref()?;
                let mut value = v.clone();
                value.subparagraph = None;
                if matches!(anaphor, Anaphor::Article) || unit <= Unit::Paragraph {
                    value.paragraph = None;
                }
                Base { instrument: v.instrument.clone(), rules: *rules, value }
            }
        };
        return Some((base, p - word.len()));
    }
    // `第 73/190 号决议执行部分第 5 段`, `第 S-32/1 号决议附件第 17 段`: the part
    // of the resolution belongs to the span; an annexed text is the resolution's.
    if let Some((start, name)) = lookback::zh_resolution_ending_at(text, parted, &[]) {
        return Some((Base { instrument: Some(name), ..Base::default() }, start));
    }
    // `第 78/123 号决议执行部分第 3 段和序言部分第 2 段`: another part of the
    // resolution just cited.
    if parted < p && unit == Unit::Paragraph {
        if let Some((_, v, _)) = ctx.last.as_ref().filter(|(end, v, _)| adjacent(text, *end, parted) && v.instrument.as_deref().is_some_and(super::is_resolution_name)) {
            return Some((Base { instrument: v.instrument.clone(), ..Base::default() }, parted));
        }
    }
    if let Some((start, instrument)) = instruments::zh_ending_at(text, p) {
        if matches!(instrument.role, Role::Own | Role::Other) {
            return None;
        }
        // `《1961 年公约》附表一，并依照该公约第三条`: the treaty the sentence named last.
        if let Some(named) = (instrument.role == Role::The).then(|| instruments::zh_that_treaty(text, start, &text[start..p])).flatten() {
            return Some((Base::named(named.value, named.role, named.value, None), start));
        }
        return Some((Base::named(instrument.value, instrument.role, &text[start..p], ctx.short_form_target(instrument.value, start)), start));
    }
    if head.ends_with('》') {
        let w = floor_boundary(text, p.saturating_sub(PREFIX_WINDOW));
        let window = &text[w..p];
        if let Some(open) = window.rfind('《') {
            let title = &window[open + '《'.len_utf8()..window.len() - '》'.len_utf8()];
            if !title.is_empty() && !title.contains(['》', '\n']) {
                return Some((Base { instrument: Some(title.to_owned()), ..Base::default() }, w + open));
            }
        }
    }
    if let Some((_, name)) = lookback::zh_resolution_ending_at(text, p, &OWNER_SUFFIXES) {
        return Some((Base { instrument: Some(name), ..Base::default() }, s));
    }
    // `第 9/1 号决议附件所载程序和规则第 12 段`: a text the resolution annexes,
    // named by a short phrase, is the resolution's, as its annex is.
    if let Some(q) = annexed_text_start(text, p) {
        if let Some((_, name)) = lookback::zh_resolution_ending_at(text, q, &ANNEXING) {
            return Some((Base { instrument: Some(name), ..Base::default() }, s));
        }
    }
    // `A/78/1 号文件附件二第 2 段`: an annex of a document is the document's, as a resolution's is.
    let annexed = annex_start(text, p);
    if let Some(symbol) = lookback::zh_symbol_before(text, p).or_else(|| (annexed < p).then(|| lookback::zh_symbol_before(text, annexed)).flatten()) {
        return Some((Base { instrument: Some(symbol.into_owned()), ..Base::default() }, s));
    }
    // `CTOC/COP/WG.3/2026/2 号文件所载背景文件，提请注意其中第 12 段`: the document its sentence named.
    if let Some(symbol) = text[..p].trim_end_matches(is_space).strip_suffix("其中").and_then(|h| lookback::symbol_named_earlier(text, h.len())) {
        return Some((Base { instrument: Some(symbol.into_owned()), ..Base::default() }, s));
    }
    if ctx.last.as_ref().is_some_and(|(end, _, _)| adjacent(text, *end, p)) && ctx.lends_to(unit) {
        return ctx.continuation(unit).map(|b| (b, s));
    }
    if unit == Unit::Chapter && (describes_the_document(&text[end..]) || heads_a_line(text, s, end)) {
        return None;
    }
    ctx.bare(text, s, unit, !chinese && !ctx.arabic_treaty_articles).map(|b| (b, s))
}

/// Words by which a resolution annexes a text (`附件所载程序和规则`, `所附准则`).
const ANNEXING: [&str; 2] = ["附件所载", "所附"];

/// Longest name of an annexed text, in ideographs (`程序和规则`, `示范条文`).
const ANNEXED_NAME: usize = 8;

/// Where the name of a text ending at `p` starts when one of [`ANNEXING`]
/// stands right before it: a short run of ideographs with no `的` or
/// punctuation (`程序和规则`).
fn annexed_text_start(text: &str, p: usize) -> Option<usize> {
    let mut q = p;
    for c in text[..p].chars().rev().take(ANNEXED_NAME) {
        if !('\u{4e00}'..='\u{9fff}').contains(&c) || c == '的' {
            return None;
        }
        q -= c.len_utf8();
        if ANNEXING.iter().any(|w| text[..q].ends_with(w)) {
            return Some(q);
        }
    }
    None
}

/// Where `附件` or `附件一` (an annex and its number) ending at `p` starts,
/// spaces before it included; `p` when none ends there.
fn annex_start(text: &str, p: usize) -> usize {
    let head = text[..p].trim_end_matches(|c: char| is_chinese_numeral(c) || is_space(c));
    head.strip_suffix("附件").map_or(p, |h| skip_back_while(text, h.len(), is_space))
}

/// Verbs that a chapter of the document itself is the subject of
/// (`第二章概述了各国的做法`, `第三章载有结论和建议`): a chapter with no
/// instrument followed by one is the document's own, not the Convention's.
const DOCUMENT_VERBS: [&str; 8] = ["概述", "载有", "介绍", "论述", "阐述", "总结", "列出", "列有"];

/// True when `rest` (the text after a chapter) opens with one of the
/// [`DOCUMENT_VERBS`].
fn describes_the_document(rest: &str) -> bool {
    DOCUMENT_VERBS.iter().any(|v| rest.starts_with(v))
}

/// Longest line, in bytes, read as a chapter heading of the document.
const HEADING_LINE: usize = 48;

/// True when the chapter from `s` to `end` is all its line holds: the
/// heading of the document's own chapter (`第九章` above `通过议程和其他组织事项`).
fn heads_a_line(text: &str, s: usize, end: usize) -> bool {
    crate::text::short_line_bounds(text, s, HEADING_LINE)
        .is_some_and(|(a, b)| text[a..s].chars().all(is_space) && end <= b && text[end..b].chars().all(is_ws))
}

/// True when only separators, spaces, unit words and a short bracketed note
/// lie between `end` (the reference before) and `p`: `第三章（定罪和执法）和第四章`.
fn adjacent(text: &str, end: usize, p: usize) -> bool {
    if end > p || p - end > 80 {
        return false;
    }
    let Some(gap) = text.get(end..p) else { return false };
    let mut depth = 0usize;
    for c in gap.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            '。' | '；' | ';' | '\n' => return false,
            _ if depth > 0 => {}
            '、' | '，' | ',' | '和' | '及' | '以' | '与' | '或' | '至' | '到' | '-' | '–' => {}
            // The unit word after a list, whose annotations end at the last number: `第 1 至 3 段和第 5(b)段`.
            '段' | '条' | '款' | '项' | '章' => {}
            c if is_ws(c) => {}
            _ => return false,
        }
    }
    depth == 0
}

/// The levels of a chain starting with `第` at `s`, and its end.
fn levels(text: &str, s: usize) -> Result<(Vec<Level>, usize), usize> {
    let (first, mut end) = level(text, s, true)?;
    let mut levels = vec![first];
    loop {
        let j = skip_ws(text, end);
        match level(text, j, false) {
            Ok((l, e)) if levels.last().is_some_and(|last| l.unit > last.unit) => {
                levels.push(l);
                end = e;
            }
            _ => break,
        }
    }
    Ok((levels, end))
}

/// One level at `i`: `第` (which a bracketed label may leave out after the
/// first level, `第四款(c)项`), numbers joined by `、`/`和`/`至`, a unit.
/// Without a unit after a list, `Err` carries the start of its last number:
/// no `第` inside the list starts a reference either.
fn level(text: &str, i: usize, first: bool) -> Result<(Level, usize), usize> {
    let di = text.get(i..).ok_or(0usize)?.starts_with('第');
    if first && !di {
        return Err(0);
    }
    let k = if di { skip_ws(text, i + '第'.len_utf8()) } else { i };
    let (item, mut e) = item(text, k).ok_or(0usize)?;
    if !di && item.number.is_some() {
        return Err(0);
    }
    let mut items = vec![item];
    while let Some(n) = separator(text, e).filter(|_| items.len() < MAX_ITEMS) {
        match self::item(text, n) {
            Some((it, e2)) => {
                items.push(it);
                e = e2;
            }
            None => break,
        }
    }
    let skip = if items.len() > 1 { items.last().map_or(0, |it| it.span.start) } else { 0 };
    let u = skip_ws(text, e);
    let c = char_at(text, u).ok_or(skip)?;
    let unit = match c {
        '章' => Unit::Chapter,
        '条' => Unit::Article,
        '款' | '段' => Unit::Paragraph,
        '项' => Unit::Subparagraph,
        _ => return Err(skip),
    };
    let end = u + c.len_utf8();
    // `第三条约`, `第一章程`, `第 3 项目`: other words that start with the unit.
    let next = char_at(text, end);
    let other_word = match c {
        // `第十九条组织` (the NGO Article 19) is a name.
        '条' => matches!(next, Some('约' | '例' | '件' | '线' | '路' | '道' | '建')) || text[end..].starts_with("组织"),
        '章' => matches!(next, Some('程')),
        '项' => matches!(next, Some('目')),
        _ => false,
    };
    if other_word {
        return Err(skip);
    }
    let end = repeated_unit(text, c, end, &mut items);
    Ok((Level { unit, rule: false, items }, end))
}

/// `(a)项和(b)项`, `(a)项至(c)项`: a list that writes its unit `unit` after
/// every label goes on past the first one; `end` is after that unit.
/// Not a number with its own `第` (`第五十一条至第五十九条` stays two
/// references). Returns the end of the last unit.
fn repeated_unit(text: &str, unit: char, mut end: usize, items: &mut Vec<Item>) -> usize {
    if !matches!(unit, '项' | '款' | '段') || items.last().is_none_or(|it| it.label.is_none() || it.number.is_some()) {
        return end;
    }
    while items.len() < MAX_ITEMS {
        let Some(n) = separator(text, end) else { break };
        if text[..n].trim_end_matches(is_ws).ends_with('第') {
            break;
        }
        let Some((it, e)) = item(text, n).filter(|(it, _)| it.number.is_none() && it.label.is_some()) else { break };
        let u = skip_ws(text, e);
        if char_at(text, u) != Some(unit) {
            break;
        }
        items.push(it);
        end = u + unit.len_utf8();
    }
    end
}

/// One number at `k`: Arabic (`48`, `47(a)`), Chinese (`六十三`) or a
/// bracketed label alone (`(三)`).
fn item(text: &str, k: usize) -> Option<(Item, usize)> {
    let c = char_at(text, k)?;
    let (number, j) = if digit_value(c).is_some() {
        let j = skip_while(text, k, |c| digit_value(c).is_some());
        // `8/2`, `5.3`: part of another number.
        let after = char_at(text, j).filter(|c| matches!(c, '/' | '.' | '．' | '／'));
        if after.is_some_and(|a| char_at(text, j + a.len_utf8()).and_then(digit_value).is_some()) {
            return None;
        }
        (Some(parse_decimal(&text[k..j])?), j)
    } else if is_chinese_numeral(c) {
        let j = skip_while(text, k, is_chinese_numeral);
        (Some(parse_chinese(&text[k..j])?), j)
    } else {
        (None, k)
    };
    let at = if number.is_some() { skip_spaces(text, j) } else { k };
    match label(text, at) {
        Some((l, e)) => Some((Item { span: Span::new(k, e), number, label: Some(l), sub: None }, e)),
        None => number.map(|n| (Item { span: Span::new(k, j), number: Some(n), label: None, sub: None }, j)),
    }
}

/// The stems of a treaty's subparagraphs in Chinese: `(甲)` is (a), `(乙)` (b)….
const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/// A bracketed label at `k`: `(三)`, `（c）`, `(4)`, `㈢`, `(丙)`.
fn label(text: &str, k: usize) -> Option<(Label, usize)> {
    // `㈢`: PDF text writes the bracketed numeral as one character.
    if let Some(c @ '\u{3220}'..='\u{3229}') = char_at(text, k) {
        return Some((Label::Letter(letter_of(c as u32 - 0x3220 + 1)?), k + c.len_utf8()));
    }
    let open = char_at(text, k).filter(|c| matches!(c, '(' | '（'))?;
    let a = skip_spaces(text, k + open.len_utf8());
    let b = skip_while(text, a, |c| c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'ａ'..='ｚ') || is_chinese_numeral(c) || STEMS.contains(&c));
    // `（ｃ）`, `（３）`: full-width forms read as their ASCII letters and digits.
    let inner = crate::numerals::to_halfwidth(&text[a..b]);
    let inner = inner.as_ref();
    let close_at = skip_spaces(text, b);
    let close = char_at(text, close_at).filter(|c| matches!(c, ')' | '）'))?;
    let stem = inner.chars().next().and_then(|c| STEMS.iter().position(|s| *s == c)).filter(|_| inner.chars().count() == 1);
    let l = if inner.len() == 1 && inner.as_bytes()[0].is_ascii_lowercase() {
        Label::Letter(char::from(inner.as_bytes()[0]))
    } else if let Some(i) = stem {
        Label::Letter(char::from(b'a' + i as u8))
    } else if let Some(n) = parse_decimal(inner) {
        Label::Number(n)
    } else {
        Label::Letter(letter_of(parse_chinese(inner)?)?)
    };
    Some((l, close_at + close.len_utf8()))
}

/// After a list separator at `e` (`、`, `和`, `至 第`), where the next number starts.
fn separator(text: &str, e: usize) -> Option<usize> {
    const SEPARATORS: [&str; 12] = ["以及", "、", "和", "及", "与", "或", "至", "到", "-", "–", "—", "～"];
    let j = skip_ws(text, e);
    let rest = text.get(j..)?;
    let len = SEPARATORS.iter().find(|s| rest.starts_with(**s))?.len();
    let mut k = skip_ws(text, j + len);
    if text[k..].starts_with('第') {
        k = skip_ws(text, k + '第'.len_utf8());
    }
    Some(k)
}

/// `规则 2` at `s`: a rule of the rules of procedure, or of the resolution
/// the words before name (`第 4/5 号决议中的规则 2`).
fn rule_word(text: &str, s: usize, ctx: &mut Context) -> Option<usize> {
    let k = skip_spaces(text, s + "规则".len());
    let (first, mut end) = item(text, k)?;
    first.number?;
    let mut items = vec![first];
    while let Some(n) = separator(text, end).filter(|_| items.len() < MAX_ITEMS) {
        match item(text, n) {
            Some((it, e)) if it.number.is_some() => {
                items.push(it);
                end = e;
            }
            _ => break,
        }
    }
    if char_at(text, skip_spaces(text, end)).is_some_and(|c| c == '条' || c.is_ascii_alphanumeric()) {
        return None;
    }
    let level = Level { unit: Unit::Article, rule: true, items };
    let head = &text[..s];
    let owner = || {
        lookback::zh_resolution_ending_at(text, s, &OWNER_SUFFIXES).or_else(|| lookback::zh_resolution_ending_at(text, s, &[]))
    };
    let (base, start) = if let Some((start, instrument)) = instruments::zh_ending_at(text, s + "规则".len()) {
        (Base::named(instrument.value, instrument.role, &text[start..s + "规则".len()], ctx.short_form_target(instrument.value, start)), start)
    } else if let Some((_, name)) = owner() {
        (Base { instrument: Some(name), ..Base::default() }, s)
    } else if head.ends_with(|c: char| c.is_alphanumeric() && !crate::text::is_cjk(c)) {
        return None;
    } else {
        (Base { instrument: Some("rules of procedure".to_owned()), rules: true, ..Base::default() }, s)
    };
    ctx.emit(text, &base, &[level], start, end);
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::super::cases::{art, chap, para, rule};
    use crate::model::{ArticleValue, Language};

    fn found(text: &str) -> Vec<(String, ArticleValue)> {
        super::super::cases::found(text, Language::Chinese)
    }

    const HEADER: &str = "联合国反腐败公约缔约国会议\n\n";

    #[test]
    fn single_references() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            ("根据《公约》第六十三条第四款第(三)项。", vec![art("《公约》第六十三条第四款第(三)项", "UNCAC", 63, Some(4), Some("c"))]),
            // Full-width digits, letters and brackets, no-break spaces.
            ("根据《公约》第６３条第４款第（ｃ）项。", vec![art("《公约》第６３条第４款第（ｃ）项", "UNCAC", 63, Some(4), Some("c"))]),
            ("议事规则第\u{a0}22\u{a0}条和第\u{3000}２３\u{3000}条", vec![rule("议事规则第\u{a0}22\u{a0}条", "rules of procedure", 22, None), rule("第\u{3000}２３\u{3000}条", "rules of procedure", 23, None)]),
            ("缔约国会议在第８／２号决议第８段中", vec![para("第８／２号决议第８段", "resolution 8/2", 8, None)]),
            ("实施《公约》第四十三条。", vec![art("《公约》第四十三条", "UNCAC", 43, None, None)]),
            ("根据《反腐败公约》第一条第(二)项，", vec![art("《反腐败公约》第一条第(二)项", "UNCAC", 1, None, Some("b"))]),
            ("根据缔约国会议议事规则第 22 条，", vec![rule("议事规则第 22 条", "rules of procedure", 22, None)]),
            ("议事规则第 3 条第 2 款", vec![rule("议事规则第 3 条第 2 款", "rules of procedure", 3, Some(2))]),
            ("依照审议机制职权范围第 48 段评估", vec![para("职权范围第 48 段", "terms of reference", 48, None)]),
            ("在政治宣言第 77 段中", vec![para("政治宣言第 77 段", "political declaration", 77, None)]),
            ("缔约国会议在第 8/2 号决议第 8 段中", vec![para("第 8/2 号决议第 8 段", "resolution 8/2", 8, None)]),
            ("依照第 5/1 号决定第 3 段", vec![para("第 5/1 号决定第 3 段", "decision 5/1", 3, None)]),
            ("审议《公约》第五章的实施", vec![chap("《公约》第五章", "UNCAC", 5)]),
            ("《联合国反腐败公约》第二章（预防措施）", vec![chap("《联合国反腐败公约》第二章", "UNCAC", 2)]),
            // A title broken across lines keeps the break inside the span; counting words are no articles.
            ("回顾了《联合国反腐败\n公约》第六十条第一款", vec![art("《联合国反腐败\n公约》第六十条第一款", "UNCAC", 60, Some(1), None)]),
            ("提出了三条建议，开发了两款软件，第一段时间内", vec![]),
            ("依照《联合国打击跨国有组织犯罪公约》第三十二条", vec![art("《联合国打击跨国有组织犯罪公约》第三十二条", "UNTOC", 32, None, None)]),
            // Its title without `联合国`, as CTOC documents shorten it.
            ("依照《打击跨国有组织犯罪公约》第三十二条", vec![art("《打击跨国有组织犯罪公约》第三十二条", "UNTOC", 32, None, None)]),
            ("《联合国宪章》第一百零二条", vec![art("《联合国宪章》第一百零二条", "Charter of the United Nations", 102, None, None)]),
            // The drug conventions by their year, as the English `the 1988 Convention`.
            (
                "《1988 年公约》第三条",
                vec![art("《1988 年公约》第三条", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988", 3, None, None)],
            ),
            ("公约第 5 条规定", vec![art("公约第 5 条", "UNCAC", 5, None, None)]),
            ("安全理事会暂行议事规则第 37 条", vec![rule("暂行议事规则第 37 条", "provisional rules of procedure", 37, None)]),
            ("《公约》第六十三条第四款第㈢项", vec![art("《公约》第六十三条第四款第㈢项", "UNCAC", 63, Some(4), Some("c"))]),
            ("按照《刑法》第 3 条", vec![art("《刑法》第 3 条", "刑法", 3, None, None)]),
            ("工作计划（CAC/COSP/2019/17，第 102 段和附件三）", vec![para("第 102 段", "CAC/COSP/2019/17", 102, None)]),
            ("（[CAC/COSP/EG.1/2019/4](#)，第 47(a)段）", vec![para("第 47(a)段", "CAC/COSP/EG.1/2019/4", 47, Some("a"))]),
            ("见 A/76/5 号文件第 12 段", vec![para("第 12 段", "A/76/5", 12, None)]),
            ("安全理事会第 1373(2001)号决议第 2 段", vec![para("第 1373(2001)号决议第 2 段", "resolution 1373 (2001)", 2, None)]),
            ("《联合国宪章》第五十五条和第五十六条", vec![art("《联合国宪章》第五十五条", "Charter of the United Nations", 55, None, None), art("第五十六条", "Charter of the United Nations", 56, None, None)]),
            ("大会第 73/190 号决议执行部分第 5 段", vec![para("第 73/190 号决议执行部分第 5 段", "resolution 73/190", 5, None)]),
            // An annexed text is the resolution's: its paragraph is one of the resolution's instrument.
            ("大会第 S-32/1 号决议附件第 17 段", vec![para("第 S-32/1 号决议附件第 17 段", "resolution S-32/1", 17, None)]),
            ("第 9/1 号决议附件一第 4 段", vec![para("第 9/1 号决议附件一第 4 段", "resolution 9/1", 4, None)]),
            // A PDF line break after an ideograph, between an owner and its reference.
            ("依照议事规则\n第 22 条", vec![rule("议事规则\n第 22 条", "rules of procedure", 22, None)]),
            ("依照第 66/2 号决议\n第 4 段", vec![para("第 66/2 号决议\n第 4 段", "resolution 66/2", 4, None)]),
            // A text the resolution annexes, named by a short phrase, is the resolution's.
            ("按照第 9/1 号决议附件所载程序和规则第 12 段编写", vec![para("第 12 段", "resolution 9/1", 12, None)]),
            ("第 20/1 号决议所附准则第 3 段", vec![para("第 3 段", "resolution 20/1", 3, None)]),
            ("第 9/1 号决议附件所载的程序和规则第 12 段", vec![]),
            ("第 9/1 号决议附件所载关于审议机制运作的程序和规则第 12 段", vec![]),
            ("见 A/78/1 号文件附件二第 2 段", vec![para("第 2 段", "A/78/1", 2, None)]),
            ("第四十六条第九款(b)和(c)项", vec![art("(b)", "UNCAC", 46, Some(9), Some("b")), art("(c)", "UNCAC", 46, Some(9), Some("c"))]),
            ("第 53 条(a)项和(b)项", vec![art("(a)", "UNCAC", 53, None, Some("a")), art("(b)", "UNCAC", 53, None, Some("b"))]),
            ("第 57 条第 3 款(a)项至(c)项", vec![art("(a)", "UNCAC", 57, Some(3), Some("a")), art("(c)", "UNCAC", 57, Some(3), Some("c"))]),
            ("按照第 4/5 号决议中的规则 2，", vec![rule("规则 2", "resolution 4/5", 2, None)]),
            ("根据议事规则 16，", vec![rule("议事规则 16", "rules of procedure", 16, None)]),
            ("《公约》第五十四条第一款\n\n第(三)项", vec![art("《公约》第五十四条第一款\n\n第(三)项", "UNCAC", 54, Some(1), Some("c"))]),
            ("就《公约》\n第五条的执行情况", vec![art("《公约》\n第五条", "UNCAC", 5, None, None)]),
            // `《议定书》`: the protocol named in full before it.
            (
                "《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》。《议定书》第 9 条，《枪支议定书》第 5 条。《议定书》第 6 条",
                vec![
                    art("《议定书》第 9 条", "Trafficking in Persons Protocol", 9, None, None),
                    art("《枪支议定书》第 5 条", "Firearms Protocol", 5, None, None),
                    art("《议定书》第 6 条", "Trafficking in Persons Protocol", 6, None, None),
                ],
            ),
            // Not across the end of a sentence: the title is not the article's.
            ("《公约》。\n第五条规定", vec![art("第五条", "UNCAC", 5, None, None)]),
            (
                "《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》第 5 条",
                vec![art("《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》第 5 条", "Trafficking in Persons Protocol", 5, None, None)],
            ),
            ("《1961 年麻醉品单一公约》第 12 条", vec![art("《1961 年麻醉品单一公约》第 12 条", "Single Convention on Narcotic Drugs of 1961", 12, None, None)]),
            ("《公民及政治权利国际公约》第十九条", vec![art("《公民及政治权利国际公约》第十九条", "ICCPR", 19, None, None)]),
            ("第 1/CP.26 号决定第 5 段", vec![para("第 1/CP.26 号决定第 5 段", "decision 1/CP.26", 5, None)]),
            ("第 217 A (III) 号决议第 3 段", vec![para("第 217 A (III) 号决议第 3 段", "resolution 217 A (III)", 3, None)]),
            ("《2030 年可持续发展议程》第 79 段", vec![para("《2030 年可持续发展议程》第 79 段", "2030 Agenda for Sustainable Development", 79, None)]),
            // A long title the table does not know is kept as written.
            (
                "《关于在国际贸易中对某些危险化学品和农药采用事先知情同意程序的鹿特丹公约》第 5 条",
                vec![art("《关于在国际贸易中对某些危险化学品和农药采用事先知情同意程序的鹿特丹公约》第 5 条", "关于在国际贸易中对某些危险化学品和农药采用事先知情同意程序的鹿特丹公约", 5, None, None)],
            ),
        ];
        for (text, want) in cases {
            let text = format!("{HEADER}{text}");
            assert_eq!(found(&text), want, "{text}");
        }
    }

    #[test]
    fn lists_give_one_annotation_per_number() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "第五十二、五十四和五十七条仍然是",
                vec![art("五十二", "UNCAC", 52, None, None), art("五十四", "UNCAC", 54, None, None), art("五十七", "UNCAC", 57, None, None)],
            ),
            ("《公约》第六十七条第一和第二款", vec![art("一", "UNCAC", 67, Some(1), None), art("二", "UNCAC", 67, Some(2), None)]),
            (
                "第六十三条第四款第(三)和(四)项的执行",
                vec![art("(三)", "UNCAC", 63, Some(4), Some("c")), art("(四)", "UNCAC", 63, Some(4), Some("d"))],
            ),
            ("职权范围第 40 和 41 段", vec![para("40", "terms of reference", 40, None), para("41", "terms of reference", 41, None)]),
            ("《公约》第四和第五章", vec![chap("四", "UNCAC", 4), chap("五", "UNCAC", 5)]),
            ("第五至第七条", vec![art("五", "UNCAC", 5, None, None), art("七", "UNCAC", 7, None, None)]),
            (
                "《公约》第四十四条第五款、第四十六条第七款和第四十八条第二款。",
                vec![
                    art("《公约》第四十四条第五款", "UNCAC", 44, Some(5), None),
                    art("第四十六条第七款", "UNCAC", 46, Some(7), None),
                    art("第四十八条第二款", "UNCAC", 48, Some(2), None),
                ],
            ),
            ("《公约》第三章（定罪和执法）和第四章", vec![chap("《公约》第三章", "UNCAC", 3), chap("第四章", "UNCAC", 4)]),
            // A chapter alone on its line heads the document's own chapter; with its instrument it is a reference.
            ("报告\n\n第九章\n通过议程和其他组织事项", vec![]),
            ("\n《公约》第五章\n", vec![chap("《公约》第五章", "UNCAC", 5)]),
            ("议事规则第 5 条至第 7 条", vec![rule("议事规则第 5 条", "rules of procedure", 5, None), rule("第 7 条", "rules of procedure", 7, None)]),
            ("第 8/2 号决议第 8 段和第 9 段", vec![para("第 8/2 号决议第 8 段", "resolution 8/2", 8, None), para("第 9 段", "resolution 8/2", 9, None)]),
            // A resolution has no articles: the article after its paragraph is the Convention's.
            ("第 9/1 号决议第 2 段和第三十一条第一款", vec![para("第 9/1 号决议第 2 段", "resolution 9/1", 2, None), art("第三十一条第一款", "UNCAC", 31, Some(1), None)]),
            (
                "第 55/25 号决议第 1 至 3 段和第 5(b)段",
                vec![para("1", "resolution 55/25", 1, None), para("3", "resolution 55/25", 3, None), para("第 5(b)段", "resolution 55/25", 5, Some("b"))],
            ),
            ("议事规则第 22 条和第 23 条", vec![rule("议事规则第 22 条", "rules of procedure", 22, None), rule("第 23 条", "rules of procedure", 23, None)]),
            // An inner level after a list is the last number's alone.
            ("《公约》第十四和五十二条第一款", vec![art("十四", "UNCAC", 14, None, None), art("五十二条第一款", "UNCAC", 52, Some(1), None)]),
            (
                "第十四和五十二条第一和第二款",
                vec![art("十四", "UNCAC", 14, None, None), art("五十二", "UNCAC", 52, None, None), art("一", "UNCAC", 52, Some(1), None), art("二", "UNCAC", 52, Some(2), None)],
            ),
            ("第十四条和第五十二条第一款", vec![art("第十四条", "UNCAC", 14, None, None), art("第五十二条第一款", "UNCAC", 52, Some(1), None)]),
        ];
        for (text, want) in cases {
            let text = format!("{HEADER}{text}");
            assert_eq!(found(&text), want, "{text}");
        }
    }

    #[test]
    fn anaphora_and_bare_references_take_their_instrument_from_context() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "《公约》第六十三条规定设立缔约国会议。根据该条第二款的规定，",
                vec![art("《公约》第六十三条", "UNCAC", 63, None, None), art("该条第二款", "UNCAC", 63, Some(2), None)],
            ),
            (
                "在第 9/3 号决议第 18 段中请专家会议。在该决议第 19 段中，",
                vec![para("第 9/3 号决议第 18 段", "resolution 9/3", 18, None), para("该决议第 19 段", "resolution 9/3", 19, None)],
            ),
            // Another part of the resolution just cited; not after a sentence or of a treaty.
            (
                "大会第 78/123 号决议执行部分第 3 段和序言部分第 2 段",
                vec![para("第 78/123 号决议执行部分第 3 段", "resolution 78/123", 3, None), para("序言部分第 2 段", "resolution 78/123", 2, None)],
            ),
            ("第 78/123 号决议执行部分第 3 段。序言部分第 2 段", vec![para("第 78/123 号决议执行部分第 3 段", "resolution 78/123", 3, None)]),
            // `其中` after a document its sentence names is that document's; not past the sentence's full stop.
            (
                "秘书处介绍了\nCTOC/COP/WG.3/2026/2 号文件所载背景文件，提请注意其中第 12 段。",
                vec![para("第 12 段", "CTOC/COP/WG.3/2026/2", 12, None)],
            ),
            ("秘书处介绍了（E/CN.7/2026/8），特别是其中第 14 段", vec![para("第 14 段", "E/CN.7/2026/8", 14, None)]),
            ("秘书处介绍了 E/CN.7/2026/8 号文件。其中第 14 段", vec![]),
            // An anaphor with the part of the resolution it names; a part singled out after a comma.
            (
                "回顾第 9/3 号决议，特别是其中第 5 段，以及上述决议附件第 2 段和该决议执行部分第 4 段，",
                vec![
                    para("第 5 段", "resolution 9/3", 5, None),
                    para("上述决议附件第 2 段", "resolution 9/3", 2, None),
                    para("该决议执行部分第 4 段", "resolution 9/3", 4, None),
                ],
            ),
            (
                "议事规则第 19 条规定，主席团应审查全权证书。\n\n第 20 条规定，",
                vec![rule("议事规则第 19 条", "rules of procedure", 19, None), rule("第 20 条", "rules of procedure", 20, None)],
            ),
            (
                "议事规则第 15 条规定，尚未根据第六十七条签署的国家",
                vec![rule("议事规则第 15 条", "rules of procedure", 15, None), art("第六十七条", "UNCAC", 67, None, None)],
            ),
            // Another treaty carries within its sentence, not past its full stop.
            (
                "一些国家提及《联合国宪章》第 2 条第 7 款。第 9 条规定了公共采购，",
                vec![art("《联合国宪章》第 2 条第 7 款", "Charter of the United Nations", 2, Some(7), None), art("第 9 条", "UNCAC", 9, None, None)],
            ),
            // A treaty named alone is what a bare article of its paragraph refers
            // to, in a UNTOC document too; not past a blank line.
            (
                "CTOC/COP/2026/5\n\n《枪支议定书》缔约国审议了标识问题。一些发言者指出，第五条要求将非法制造定为刑事犯罪。\n\n第五条也适用于",
                vec![art("第五条", "Firearms Protocol", 5, None, None), art("第五条", "UNTOC", 5, None, None)],
            ),
            (
                "CTOC/COP/2026/5\n\n《枪支议定书》和《公约》均有规定。第五条要求",
                vec![art("第五条", "UNTOC", 5, None, None)],
            ),
            (
                "《枪支议定书》第 5 条将非法制造定为刑事犯罪，第 8 条\n规定了标识。",
                vec![art("《枪支议定书》第 5 条", "Firearms Protocol", 5, None, None), art("第 8 条", "Firearms Protocol", 8, None, None)],
            ),
            (
                "委员会回顾《1988 年公约》第 12 条。依照该条第 6 款，",
                vec![
                    art("《1988 年公约》第 12 条", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988", 12, None, None),
                    art("该条第 6 款", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988", 12, Some(6), None),
                ],
            ),
            // `该公约` is the treaty the sentence named last, not the document's.
            (
                "将三种物质列入《1961 年公约》附表一，并依照该公约第三条第三款第(三)项的规定",
                vec![art("该公约第三条第三款第(三)项", "Single Convention on Narcotic Drugs of 1961", 3, Some(3), Some("c"))],
            ),
            (
                "回顾《枪支议定书》和《联合国反腐败公约》，依照该议定书第 5 条",
                vec![art("该议定书第 5 条", "Firearms Protocol", 5, None, None)],
            ),
            // Past the sentence's full stop, or no treaty the word names: the document's treaty.
            (
                "列入《1961 年公约》附表一。该公约第三条",
                vec![art("该公约第三条", "UNCAC", 3, None, None)],
            ),
            (
                "回顾《枪支议定书》，依照该公约第三条",
                vec![art("该公约第三条", "UNCAC", 3, None, None)],
            ),
            // A treaty's chapter named after another treaty's article is what the next article is in.
            (
                "重申《联合国宪章》第五十五条，\n注意到《联合国反腐败公约》第五章，特别是第五十一条",
                vec![
                    art("《联合国宪章》第五十五条", "Charter of the United Nations", 55, None, None),
                    chap("《联合国反腐败公约》第五章", "UNCAC", 5),
                    art("第五十一条", "UNCAC", 51, None, None),
                ],
            ),
            ("有关第三方的难题及其对第五章下资产追回的影响", vec![chap("第五章", "UNCAC", 5)]),
            ("议事规则第五章规定了选举。第六章规定了表决。", vec![chap("议事规则第五章", "rules of procedure", 5), chap("第六章", "rules of procedure", 6)]),
        ];
        for (text, want) in cases {
            let text = format!("{HEADER}{text}");
            assert_eq!(found(&text), want, "{text}");
        }
    }

    #[test]
    fn treaty_body_style_arabic_articles_and_stem_subparagraphs() {
        let text = "联合国\tCCPR/C/140/D/3000/2017\n\n违反《公约》第2条第3款和第26条，以及第14条第3款(丙)项。根据委员会议事规则第107条。结合第2条第3款解读的第9条第1款。";
        assert_eq!(
            found(text),
            vec![
                art("《公约》第2条第3款", "ICCPR", 2, Some(3), None),
                art("第26条", "ICCPR", 26, None, None),
                art("第14条第3款(丙)项", "ICCPR", 14, Some(3), Some("c")),
                rule("议事规则第107条", "rules of procedure", 107, None),
                art("第2条第3款", "ICCPR", 2, Some(3), None),
                art("第9条第1款", "ICCPR", 9, Some(1), None),
            ]
        );
        // Without a titled article in Arabic digits, a bare one after a rule goes on with the rules.
        let text = "议事规则第 19 条规定，主席团应审查全权证书。\n\n第 20 条规定，应暂准其出席会议。";
        assert_eq!(found(text), vec![rule("议事规则第 19 条", "rules of procedure", 19, None), rule("第 20 条", "rules of procedure", 20, None)]);
        // Must not match: a stem that is not a bracketed label.
        assert_eq!(found("甲方和乙方第 3 项目"), vec![]);
    }

    #[test]
    fn the_short_form_is_the_treaty_of_the_cover_symbol() {
        let cases: Vec<(&str, Vec<(String, ArticleValue)>)> = vec![
            (
                "联合国\tFCCC/CP/2022/10/Add.1\n\n又回顾《公约》第二和第四条以及《巴黎协定》第二条第一款(a)项",
                vec![art("二", "UNFCCC", 2, None, None), art("四", "UNFCCC", 4, None, None), art("《巴黎协定》第二条第一款(a)项", "Paris Agreement", 2, Some(1), Some("a"))],
            ),
            ("联合国\tCCPR/C/GBR/CO/8\n\n《公约》第二和第六条。第九条第三款", vec![art("二", "ICCPR", 2, None, None), art("六", "ICCPR", 6, None, None), art("第九条第三款", "ICCPR", 9, Some(3), None)]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want, "{text}");
        }
        // A treaty's short name without title marks is that treaty, whatever
        // the document's own (here UNTOC, by the cover symbol).
        let text = "联合国\tCTOC/COP/2024/3\n\n反腐败公约第三十一条第一款和有组织犯罪公约第十二条";
        assert_eq!(found(text), vec![art("反腐败公约第三十一条第一款", "UNCAC", 31, Some(1), None), art("有组织犯罪公约第十二条", "UNTOC", 12, None, None)]);
        // `《公约》` cannot be the Paris Agreement that the document names first.
        let text = "《巴黎协定》生效。《公约》第四条";
        assert_eq!(found(text), vec![("《公约》第四条".to_owned(), ArticleValue { article: Some(4), ..ArticleValue::default() })]);
    }

    #[test]
    fn what_must_not_match() {
        let cases = [
            "缔约国会议第十一届会议",
            "第二次会议",
            "第十一届第二次续会",
            "临时议程第 3 项",
            "CAC/COSP/EG.1/2021/2 号文件第三节",
            "附件三",
            "见上文第 14 段。",
            "本报告第 14 段",
            "如本说明第五章所述",
            // A PDF line break inside the sentence parts no owner from its reference.
            "（见本报告\n第一章 A 节）",
            "如本说明\r\n第五章所述",
            "麻醉药品委员会第六十八届会议报告\n第一章\n提请经济及社会理事会注意的事项",
            "第 8/2 号决议",
            "该决议",
            "这条规则",
            "第二款的规定",
            "第三条约",
            "第一章程",
            "14. 秘书处的一位代表",
            "第 2021 年",
            "财务规则 5.3",
            "第(三)项",
            "第一条建议",
            "第 3 条道路",
            "第十九条组织的代表",
            "第二章概述了各国的做法，第三章载有结论和建议",
            "调查问卷第 2 条",
            "手册第 3 章",
        ];
        for text in cases {
            let text = format!("{HEADER}{text}");
            assert_eq!(found(&text), vec![], "{text}");
        }
    }
}
