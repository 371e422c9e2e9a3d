//! The headings and sentences that open the parts of an agenda, from
//! `data/agenda_headings.tsv`: a list heading (`临时议程`, `Provisional
//! agenda`, `Provisional agenda for the 9520th meeting of the Security
//! Council`), a lead sentence (`…adopted the following agenda:`), the
//! table heading (`拟议工作安排`, `Organization of work`) and section
//! headings. Compared lowercased, without a section number (`I. `, `一、`)
//! or a trailing `*` or colon.
//!
//! Left out: lines longer than [`HEADING_BYTES`], and a numbered paragraph
//! that only mentions a draft agenda (`12. 委员会审议了临时议程草案，…`).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::WS;
use crate::text::is_ws;

/// Heading vocabulary, one `kind<TAB>phrase` a line.
pub(super) static HEADINGS: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::parse(data_file!("agenda_headings.tsv")));

/// The phrases of `data/agenda_headings.tsv`, by kind, lowercased.
pub(super) struct Vocabulary {
    /// Headings that open the list (`临时议程`, `Provisional agenda and annotations`).
    pub(super) list: Vec<String>,
    lead: Vec<String>,
    pub(super) schedule: Vec<String>,
    pub(super) section: Vec<String>,
    /// Headings of the annotations to the list (`临时议程说明`, `Annotations
    /// to the provisional agenda`).
    pub(super) annotations: Vec<String>,
    /// Headings that are the annotations' only when marked continued (`说明（续）`).
    pub(super) continued: Vec<String>,
    /// How a line naming a document under an item begins (`letter dated`).
    document: Vec<String>,
    /// Words that name a part of the list (`segment`).
    part: Vec<String>,
}

impl Vocabulary {
    fn parse(data: &str) -> Vocabulary {
        let mut v = Vocabulary { list: Vec::new(), lead: Vec::new(), schedule: Vec::new(), section: Vec::new(), annotations: Vec::new(), continued: Vec::new(), document: Vec::new(), part: Vec::new() };
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let Some((kind, phrase)) = line.split_once('\t') else { continue };
            let phrase = phrase.trim().to_ascii_lowercase();
            match kind {
                "list" => v.list.push(phrase),
                "lead" => v.lead.push(phrase),
                "schedule" => v.schedule.push(phrase),
                "section" => v.section.push(phrase),
                "annotations" => v.annotations.push(phrase),
                "continued" => v.continued.push(phrase),
                "document" => v.document.push(phrase),
                "part" => v.part.push(phrase),
                _ => {}
            }
        }
        v
    }
}

/// A section number before a heading: `I. `, `II.\t`, `A. `, `一、`, `二. `.
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(&format!(r"^(?:[IVX]{{1,5}}|[A-Z]|[一二三四五六七八九十]{{1,3}})[.．、][{WS}]*")));

/// The line, trimmed, without a section number (`I. Provisional agenda`), a
/// trailing `*`, `:` or `：`, lowercased: the key compared with the heading
/// vocabulary.
fn heading_key(s: &str) -> String {
    let s = s.trim_matches(|c| is_ws(c) || c == '*' || c == '＊');
    unnumbered_key(SECTION_NUMBER.find(s).map_or(s, |m| &s[m.end()..]))
}

/// The key of a heading read without a section number: a report's `C.
/// Organization of work` section is not the annex table. A page that goes
/// on with a part marks its heading continued (`Provisional agenda
/// (continued)`, `临时议程（续）`): the key is the heading's.
pub(super) fn unnumbered_key(s: &str) -> String {
    let s = s.trim_matches(|c| is_ws(c) || c == '*' || c == '＊').trim_end_matches([':', '：', '*', '＊']).trim_end();
    let s = CONTINUED.iter().find_map(|mark| strip_suffix_ignoring_case(s, mark)).unwrap_or(s);
    s.trim().to_ascii_lowercase()
}

/// The marks after a heading continued from the page before.
const CONTINUED: [&str; 3] = ["(continued)", "（续）", "(续)"];

/// True when heading `s` is marked continued from the page before
/// (`说明（续）`, `Annotations (continued)*`).
pub(super) fn is_continued(s: &str) -> bool {
    let s = s.trim_matches(|c| is_ws(c) || c == '*' || c == '＊').trim_end_matches([':', '：', '*', '＊']).trim_end();
    CONTINUED.iter().any(|mark| strip_suffix_ignoring_case(s, mark).is_some())
}

/// `s` without `suffix` at its end (ASCII case ignored), when it ends so.
fn strip_suffix_ignoring_case<'s>(s: &'s str, suffix: &str) -> Option<&'s str> {
    let at = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(at) && s[at..].eq_ignore_ascii_case(suffix)).then(|| s[..at].trim_end_matches(is_ws))
}

/// Longest line, in bytes, that is read as a heading (keeps long
/// paragraphs from being lowercased for nothing).
pub(super) const HEADING_BYTES: usize = 300;

/// True when line `s` is one of `phrases` once read as a heading key.
pub(super) fn is_heading(s: &str, phrases: &[String]) -> bool {
    if s.len() > HEADING_BYTES {
        return false;
    }
    let key = heading_key(s);
    !key.is_empty() && phrases.contains(&key)
}

/// A heading that opens the list: `临时议程`, `Provisional agenda`, or a short
/// line naming it (`Provisional agenda for the 9520th meeting of the
/// Security Council`, `安全理事会第9520次会议临时议程`).
pub(super) fn is_list_heading(s: &str) -> bool {
    if is_heading(s, &HEADINGS.list) {
        return true;
    }
    let key = heading_key(s);
    key.chars().count() <= 80
        && !key.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '（')
        && !key.contains(['。', '，', ','])
        && (NAMED_LIST_OPENINGS.iter().any(|p| key.starts_with(p)) || key.ends_with("临时议程") || key.ends_with("临时议程草案"))
}

/// How a short heading naming its list of items opens (`Provisional agenda
/// for the 9520th meeting …`, `Provisional agenda of the eightieth regular
/// session`).
const NAMED_LIST_OPENINGS: [&str; 4] = ["provisional agenda for", "draft provisional agenda for", "provisional agenda of", "draft provisional agenda of"];

/// True when heading `s` carries a section number (`IV. Provisional agenda
/// for the eleventh session`, `四. 临时议程`): a part of a report or note.
pub(super) fn has_section_number(s: &str) -> bool {
    SECTION_NUMBER.is_match(s.trim_start_matches(is_ws))
}

/// True when line `s` names a document under an item rather than going on
/// with its title: `Letter dated 18 April 2024 from …` (ASCII case ignored).
pub(super) fn is_document_line(s: &str) -> bool {
    let s = s.trim_start_matches(is_ws);
    HEADINGS.document.iter().any(|p| {
        s.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)) && s[p.len()..].starts_with(|c: char| is_ws(c))
    })
}

/// True when `s` holds a word that names a part of an agenda list
/// (`Operational segment`, `Segment for the high-level segment`).
pub(super) fn names_list_part(s: &str) -> bool {
    s.split(|c: char| !c.is_alphabetic()).any(|w| HEADINGS.part.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// A sentence that ends by announcing the agenda: `…通过了以下议程：`; the
/// agenda's symbol may stand in brackets before the colon (`…adopted the
/// following agenda (CTOC/COP/WG.2/2025/1):`, `…通过了以下议程（CAC/COSP/2025/1）：`).
pub(super) fn is_lead(s: &str) -> bool {
    let t = s.trim_end_matches(is_ws);
    let Some(t) = t.strip_suffix(':').or_else(|| t.strip_suffix('：')) else {
        return false;
    };
    let t = t.trim_end_matches(is_ws);
    let t = t.strip_suffix([')', '）']).and_then(|inner| inner.rfind(['(', '（'])).map_or(t, |open| &t[..open]);
    let key = heading_key(t);
    HEADINGS.lead.iter().any(|p| key.ends_with(p.as_str())) || announces_agenda(&key)
}

/// `The agenda adopted was as follows:`, `The agenda of the session, as
/// adopted by the Council, read as follows:`, `…approved the provisional
/// agenda … set out below:`, `会议通过的议程如下：`: the
/// last sentence says `as follows` of an agenda, not of an item's documents
/// (`The documents under agenda item 3 were as follows:`).
fn announces_agenda(key: &str) -> bool {
    let sentence = key.rsplit(". ").next().unwrap_or(key);
    let sentence = sentence.rsplit('。').next().unwrap_or(sentence);
    // `…approved the provisional agenda … set out below:` announces it too.
    let follows = sentence.ends_with("as follows") || sentence.ends_with("below") || sentence.ends_with("如下");
    let agenda = sentence.contains("agenda") || sentence.contains("议程");
    let item = ["agenda item", "agenda items", "议程项目", "item of the agenda", "documents", "文件"].iter().any(|w| sentence.contains(w));
    follows && agenda && !item
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continued_headings_are_the_headings() {
        for line in ["Provisional agenda (continued)", "临时议程（续）", "临时议程 (续)", "Provisional agenda (Continued)*"] {
            assert!(is_list_heading(line), "{line}");
        }
        assert!(is_heading("Annotations (continued)", &HEADINGS.section));
        assert!(is_list_heading("Provisional agenda of the eightieth regular session (continued)"));
        assert!(has_section_number("IV.\tProvisional agenda for the eleventh session"));
        assert!(has_section_number("四. 临时议程"));
        assert!(!has_section_number("Provisional agenda (continued)"));
        assert!(is_list_heading("Provisional agenda of the eightieth regular session of the General Assembly"));
        // A sentence about the agenda is no heading.
        assert!(!is_list_heading("Provisional agenda of the session, as approved, is annexed."));
        // Not a heading: the mark alone, or after another phrase.
        assert!(!is_list_heading("(continued)"));
        assert!(!is_list_heading("Adoption of the agenda (continued)"));
    }

    #[test]
    fn lines_naming_a_document_under_an_item() {
        assert!(is_document_line("Letter dated 18 April 2024 from the Permanent Representative of Malta to"));
        assert!(is_document_line("  Report of the Secretary-General on the Sudan (S/2024/123)"));
        assert!(!is_document_line("Letters of credentials"));
        assert!(!is_document_line("Report of the Human Rights Council"));
        assert!(!is_document_line("Maintenance of international peace and security"));
    }

    #[test]
    fn lead_sentences_announce_the_agenda() {
        let cases: &[(&str, bool)] = &[
            ("6. The agenda adopted was as follows:", true),
            ("The agenda of the session, as adopted by the Council, read as follows:", true),
            ("51. At its 1st meeting, the Commission adopted its provisional agenda (E/CN.7/2023/1). The agenda was as follows:", true),
            ("5. 会议通过的议程如下：", true),
            ("At the same meeting, the Committee adopted the following agenda:", true),
            ("(b) Approved the provisional agenda for the thirty-fourth session of the Commission set out below:", true),
            // The agenda's symbol in brackets before the colon.
            ("6. On 2 June 2025, the Working Group adopted the following agenda (CTOC/COP/WG.2/2025/1):", true),
            ("3. 审议组通过了以下议程（CAC/COSP/IRG/2025/1）：", true),
            ("The agenda adopted (E/CN.7/2025/1) was as follows:", true),
            ("The documents under agenda item 3 (see annex) were as follows:", false),
            ("The documents under agenda item 3 are listed below:", false),
            ("The recommendations are set out below:", false),
            // Must not: other things said to be as follows.
            ("5. The recommendations were as follows:", false),
            ("7. The documents before the Commission under agenda item 3 were as follows:", false),
            ("8. 议程项目 3 下的文件如下：", false),
            ("The agenda adopted was as follows", false),
            ("9. The Chair summarized the discussion of the agenda. The conclusions were as follows:", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_lead(line), *want, "{line}");
        }
    }
}
