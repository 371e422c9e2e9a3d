//! The issuing body a header names: the cells above `Distr.`, the organ
//! above the session line, below a symbol on a cover without `Distr.`, or
//! above an Official Records report's title.

use crate::text::{is_cjk, is_ws};

use super::{session::session, title::document_type, vocabulary, DISTRIBUTION, ORIGINAL, Line, ORGAN_ENDINGS_ZH, cells, is_symbol};

/// The cover's issuing body: the cells above `Distr.` (and before it on its
/// line), less the symbol and the bare `United Nations` banner. A masthead
/// printed with spaced characters beside the symbol or distribution
/// (`联 合 国 A/HRC/52/1`, `大 会 Distr.: General`) is read as its name (`大会`).
fn cover_body(text: &str, lines: &[Line]) -> Option<String> {
    let parts: Vec<String> = lines
        .iter()
        .flat_map(|l| cells(text, *l))
        .take_while(|c| !DISTRIBUTION.is_match(c))
        .filter(|c| !is_symbol(c))
        .map(despaced)
        .filter(|c| !matches!(c.as_str(), "United Nations" | "联合国" | "Nations Unies"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A cell with the spaces between its ideographs removed when it is
/// printed spaced out (`大 会` → `大会`).
pub(super) fn despaced(cell: &str) -> String {
    let chars: Vec<char> = cell.trim().chars().collect();
    let spaced = chars.len() >= 3 && chars.iter().enumerate().all(|(i, c)| if i % 2 == 1 { *c == ' ' } else { is_cjk(*c) });
    if spaced {
        chars.iter().filter(|c| **c != ' ').collect()
    } else {
        cell.trim().to_owned()
    }
}

/// Principal organs printed above `Distr.` as the series of a subsidiary
/// body's documents (`大会` above `人权理事会`, `经济及社会理事会` above
/// `麻醉药品委员会`).
const PARENT_ORGANS: &[&str] = &["大会", "经济及社会理事会", "安全理事会", "General Assembly", "Economic and Social Council", "Security Council"];

/// The issuing body: the lines above `Distr.` (line `distr`), unless they
/// print only the principal organ of a body named below.
pub(super) fn issuing_body(text: &str, lines: &[Line], distr: usize) -> Option<String> {
    let above = cover_body(text, &lines[..=distr]);
    if above.as_deref().is_none_or(|b| PARENT_ORGANS.contains(&b)) {
        if let Some(below) = body_below(text, &lines[distr..]) {
            return Some(below);
        }
    }
    let mut name = above?;
    let mut at = distr;
    // `…to the` / `United Nations Convention against` / `Transnational Organized Crime`.
    while at < distr + BODY_WRAP_LINES && name.rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())) {
        let Some(next) = lines.get(at + 1).filter(|n| text[lines[at].end..n.start].matches('\n').count() == 1) else {
            break;
        };
        let line = &text[next.start..next.end];
        let Some(rest) = wrapped_on(line).or_else(|| (at > distr).then(|| line.trim_matches(is_ws)).filter(|l| is_name_rest(l) && !is_languages_only(l))) else {
            break;
        };
        name = format!("{name} {rest}");
        at += 1;
    }
    Some(name)
}

/// Most lines below `Distr.` that a cover wraps its body's name onto.
const BODY_WRAP_LINES: usize = 2;

/// True for a line that can only go on with a wrapped name: a capital, no
/// digit, no `:` (`Transnational Organized Crime` alone below `United
/// Nations Convention against→18 July 2025`).
fn is_name_rest(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_uppercase()) && !line.contains(|c: char| c.is_ascii_digit() || c == ':')
}

/// The rest of a body's name that a cover wraps onto the line below its
/// `Distr.`, before the date of issue in the right-hand column
/// (`Conference of the States Parties to the→Distr.: General` / `United
/// Nations Convention against Corruption      2 September 2025`): the
/// left-hand column, when it is a name (a capital, no digit).
fn wrapped_on(line: &str) -> Option<&str> {
    let left = line.split('\t').next()?.split("   ").next()?.trim_matches(is_ws);
    (is_name_rest(left) && left != line.trim_matches(is_ws)).then_some(left)
}

/// The body printed alone on a header line below `Distr.`: an organisation
/// the gazetteer knows (`麻醉药品委员会`, `Human Rights Council`), or one
/// wrapped over two or three lines (`联合国打击跨国有组织犯罪公约` / `缔约方会议`),
/// written as [`cover_body`] writes the cells of a wrapped name: joined by a space.
fn body_below(text: &str, lines: &[Line]) -> Option<String> {
    let is_organization = |name: &str| matches!(crate::gazetteer::lookup(name), Some(crate::gazetteer::Entry::Organization(_)));
    lines.iter().enumerate().find_map(|(k, l)| {
        let line = &text[l.start..l.end];
        if is_organization(line) {
            return Some(line.to_owned());
        }
        // `Conference of the Parties to the` / `United Nations Convention
        // against` / `Transnational Organized Crime`: up to three lines.
        let glue = if line.is_ascii() { " " } else { "" };
        let (mut joined, mut written) = (line.to_owned(), line.to_owned());
        for next in lines.get(k + 1..).unwrap_or(&[]).iter().take(BODY_WRAP_LINES) {
            let next = &text[next.start..next.end];
            joined = format!("{joined}{glue}{next}");
            written = format!("{written} {next}");
            if is_organization(&joined) {
                return Some(written);
            }
        }
        None
    })
}

/// Most lines below the symbol that a cover without `Distr.` (a meeting
/// record's) gives its organ in.
const RECORD_BODY_LINES: usize = 3;

/// The organ of a cover that prints no `Distr.` line, as a meeting record
/// does (`United Nations→S/PV.9000` / `Security Council` / `Seventy-eighth
/// year`): an organisation alone on one of the lines just below the symbol.
pub(super) fn body_below_symbol(text: &str, lines: &[Line]) -> Option<String> {
    let at = lines.iter().take(RECORD_BODY_LINES).position(|l| cells(text, *l).any(is_symbol))?;
    body_below(text, lines.get(at + 1..(at + 1 + RECORD_BODY_LINES).min(lines.len()))?)
}

/// Most lines an organ's name takes above the session line.
const ORGAN_LINES: usize = 3;

/// The organ that meets, when the header names it above the line that
/// names the session, under a parent body's cover (`Economic and Social
/// Council` … `Commission on Narcotic Drugs` / `Sixty-sixth session` or
/// `Report on the sixty-sixth session`): the lines directly above that line
/// that hold a name and nothing else (no digit, no `Original:`, no
/// language, no `Distr.`).
pub(super) fn organ(text: &str, lines: &[Line]) -> Option<String> {
    let at = lines.iter().position(|l| session(&text[l.start..l.end]).is_some())?;
    // `Report of the Implementation Review Group on its` / `fourteenth
    // session, …`: a title wrapped onto the session line, not a name above it.
    let above = lines[..at].last().map(|l| &text[l.start..l.end])?;
    if above.rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())) {
        return None;
    }
    // `联合国反腐败公约缔约国会议` / `日刊` / `第十届会议`: a title between the name and the session line.
    let names: Vec<&str> = lines[..at]
        .iter()
        .rev()
        .map(|l| &text[l.start..l.end])
        .skip_while(|line| document_type(line).is_some())
        .take(ORGAN_LINES)
        .take_while(|line| is_name_line(line))
        .enumerate()
        // `联合国反腐败公约缔约国会议` / `预防腐败问题…工作组` / `第十六届会议`: a
        // parent body named whole above the organ that meets is no part of its name.
        .take_while(|(k, line)| *k == 0 || !is_whole_name(line))
        .map(|(_, line)| line)
        .collect();
    // A wrapped name goes on in lower case (`and Criminal Justice`); it begins with a capital.
    let first = names.last()?;
    // `Report of the Conference of the Parties to the United` / `Nations …
    // Organized` / `Crime on its eleventh session`: the lines are a title's,
    // whichever of them the title opens (a body above it is cut off by [`ORGAN_LINES`]).
    if names.iter().any(|line| vocabulary("title-prefix").any(|(p, _)| line.starts_with(p))) {
        return None;
    }
    first.starts_with(|c: char| c.is_uppercase() || is_cjk(c)).then(|| names.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The body of an Official Records cover, which prints no `Distr.`: the
/// [`organ`] above a report's title that names the session but no body
/// (`Commission on Crime Prevention and Criminal Justice` / `Report on the
/// thirty-third session`, `第三十三届会议报告`). A session line alone (`Sixty-sixth session`)
/// under a name is no such cover.
pub(super) fn official_records_body(text: &str, lines: &[Line]) -> Option<String> {
    let at = lines.iter().position(|l| session(&text[l.start..l.end]).is_some())?;
    let line = &text[lines[at].start..lines[at].end];
    let zh = line.starts_with('第') && (line.ends_with("届会议报告") || line.ends_with("届会议的报告"));
    (zh || line.starts_with("Report on the ") || line.starts_with("Report on its ")).then(|| organ(text, lines)).flatten()
}

/// True when `line` is a whole name of its own, not the first part of one
/// wrapped below: an organisation the gazetteer knows (`经济及社会理事会`),
/// or a Chinese name that ends like an organ (`联合国反腐败公约缔约国会议`),
/// where a wrapped one breaks before its end (`联合国打击跨国有组织犯罪公约`).
fn is_whole_name(line: &str) -> bool {
    matches!(crate::gazetteer::lookup(line), Some(crate::gazetteer::Entry::Organization(_)))
        || (line.chars().last().is_some_and(is_cjk) && ORGAN_ENDINGS_ZH.iter().any(|e| line.ends_with(e)))
}

/// A header line that can only be a body's name: not a document type
/// (`日刊`, `Journal` below the body's name is the title), nor a Chinese
/// sentence's clause (`…向各常驻代表团致意，`).
pub(super) fn is_name_line(line: &str) -> bool {
    !line.contains(['\t', '，', '。'])
        && !line.chars().any(|c| c.is_ascii_digit())
        && !DISTRIBUTION.is_match(line)
        && !ORIGINAL.is_match(line)
        && !vocabulary("language").any(|(n, _)| n.eq_ignore_ascii_case(line))
        && !is_languages_only(line)
        && !matches!(line, "United Nations" | "联合国" | "Nations Unies")
        && document_type(line).is_none()
}

/// The line of a document issued in some languages only, printed where the
/// original language would be: `English only`, `Chinese and English only`,
/// `English, French and Spanish only`, and in Chinese `仅有中文和英文`,
/// `只有英文`.
pub(super) fn is_languages_only(line: &str) -> bool {
    let line = line.trim();
    let known = |n: &str| vocabulary("language").any(|(l, _)| l.eq_ignore_ascii_case(n.trim()));
    if let Some(names) = ["仅有", "只有", "仅"].iter().find_map(|p| line.strip_prefix(p)) {
        return names.split(['、', '和', '及']).all(known);
    }
    let Some(names) = line.strip_suffix(" only") else { return false };
    names.split(", ").flat_map(|n| n.split(" and ")).all(known)
}
