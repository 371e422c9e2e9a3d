//! The headings of the annotations that repeat an item of the list: a line
//! of its own `N. title` or `(x) title` whose title is the one the list
//! gives that number (`2. 审议“联合国反腐败公约”实施情况` repeats `2.
//! 审议《联合国反腐败公约》实施情况。`), followed across line breaks.
//!
//! A heading written with the word `Item` may give only the beginning of
//! the title (`Item 3.\tPromotion and protection of all human rights` for
//! the item `Promotion and protection of all human rights, civil, …`).
//!
//! Left out: a numbered line with another title (`2. 审议实施情况`), a
//! shortened title without the word `Item`, and numbered paragraphs
//! (`14. 秘书处的一位代表…`).

use super::head::{number, split_head, Head};
use super::list::written_with_item;
use super::line::Line;
use super::title::{follow_title, title_value};
use super::unlisted::lone_title;
use super::{item_annotation, Known};
use crate::model::Annotation;
use crate::span::Span;

/// Headings of the annotations that repeat an item of the list.
pub(super) fn headings(text: &str, lines: &[Line], from: usize, to: usize, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut context: Option<u32> = None;
    let mut i = from;
    while i < to.min(lines.len()) {
        let Some((h, j)) = split_head(text, lines, i) else {
            i += 1;
            continue;
        };
        i = j + 1;
        let candidates: Vec<String> = match (h.main, h.letter) {
            (Some(n), _) => vec![n.to_string()],
            (None, Some(c)) => {
                let mut v: Vec<String> = context.map(|m| number(m, Some(c))).into_iter().collect();
                let mut others: Vec<String> = known.keys().filter(|k| k.ends_with(&format!("({c})"))).cloned().collect();
                crate::sorting::sort(&mut others);
                v.extend(others);
                v
            }
            _ => Vec::new(),
        };
        for num in candidates {
            let Some(k) = known.get(&num) else {
                // A page that opened inside item `n` lists its sub-items only, the
                // title on the page before: the heading reads as a title alone.
                let found = (h.letter.is_none() && lists_only_sub_items(known, &num)).then(|| lone_title(text, lines, h.title_start, i - 1)).flatten();
                if let Some((end, last)) = found {
                    out.push(item_annotation(Span::new(h.num_start, end), num.clone(), title_value(text, h.title_start, end)));
                    context = h.main;
                    i = last + 1;
                    break;
                }
                continue;
            };
            let found = follow_title(text, lines, i - 1, h.title_start, k, true);
            if let Some((end, last, _)) = found.filter(|&(end, _, whole)| whole || shortens_title(text, h, end)) {
                out.push(item_annotation(Span::new(h.num_start, end), num.clone(), title_value(text, h.title_start, end)));
                if h.main.is_some() {
                    context = h.main;
                }
                i = last + 1;
                break;
            }
        }
    }
    out
}

/// True when the list gives sub-items of item `main` but not the item
/// itself: a continued page that opened inside it (`(c) …`, `(d) …`, `2. …`).
fn lists_only_sub_items(known: &Known, main: &str) -> bool {
    !known.contains_key(main) && known.keys().any(|k| k.strip_prefix(main).is_some_and(|rest| rest.starts_with('(')))
}

/// Fewest words of a title that a heading written with the word `Item` may
/// give for the whole.
const SHORT_TITLE_WORDS: usize = 3;

/// True when a heading that gives only the beginning of its item's title
/// (`Item 3.\tPromotion and protection of all human rights`) stands for the
/// item: its number written with the word `Item`, which no numbered
/// paragraph is, and at least [`SHORT_TITLE_WORDS`] words of the title.
fn shortens_title(text: &str, h: Head, end: usize) -> bool {
    written_with_item(text, h) && text[h.title_start..end].split_whitespace().count() >= SHORT_TITLE_WORDS
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::items;

    #[test]
    fn headings_match_whatever_the_punctuation() {
        let text = "临时议程\n\n1. 组织事项。\n2. 审议《联合国反腐败公约》实施情况。\n\n说明\n\n2. 审议“联合国反腐败公约”实施情况\n\n2. 审议实施情况\n";
        let got: Vec<String> = items(text).into_iter().map(|(s, _, _)| s).collect();
        assert_eq!(got, vec!["1. 组织事项", "2. 审议《联合国反腐败公约》实施情况", "2. 审议“联合国反腐败公约”实施情况"]);
    }

    #[test]
    fn a_heading_with_the_word_item_may_shorten_the_title() {
        let list = "Agenda\n\nItem 1. Organizational and procedural matters.\nItem 3. Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development.\n\nAnnotations\n\n";
        // (annotations, the headings read after the list's two items)
        let cases: [(&str, &[&str]); 4] = [
            ("Item 3.\tPromotion and protection of all human rights\n\nThe Council will hold a debate.\n", &["Item 3.\tPromotion and protection of all human rights"]),
            // Without the word, or with too few words, a shortened title is no heading.
            ("3.\tPromotion and protection of all human rights\n\nThe Council will hold a debate.\n", &[]),
            ("Item 3.\tPromotion and\n\nThe Council will hold a debate.\n", &[]),
            ("Item 3.\tProtection of human rights\n", &[]),
        ];
        for (annotations, want) in cases {
            let text = format!("{list}{annotations}");
            let got: Vec<String> = items(&text).into_iter().skip(2).map(|(s, _, _)| s).collect();
            assert_eq!(got, want, "{annotations}");
        }
    }

    #[test]
    fn the_heading_of_an_item_whose_title_is_on_the_page_before() {
        let list = "Provisional agenda (continued)\n\n(c)\tAdoption of the agenda;\n(d)\tParticipation of observers;\n2.\tTechnical assistance.\n3.\tAsset recovery.\n4.\tOther matters.\n\nAnnotations\n\n";
        let cases: [(&str, &[(&str, &str)]); 3] = [
            ("1.\tOrganizational matters\n\n(d)\tParticipation of observers\n\nThe Conference will.\n", &[("1.\tOrganizational matters", "1"), ("(d)\tParticipation of observers", "1(d)")]),
            // A numbered paragraph is still none, nor a number the list does not know.
            ("1.\tThe Conference will consider the requests of observers.\n\n", &[]),
            ("5.\tFuture work\n\n", &[]),
        ];
        for (annotations, want) in cases {
            let text = format!("{list}{annotations}");
            let got: Vec<(String, String)> = items(&text).into_iter().skip(5).map(|(s, n, _)| (s, n)).collect();
            let want: Vec<(String, String)> = want.iter().map(|(s, n)| (s.to_string(), n.to_string())).collect();
            assert_eq!(got, want, "{annotations}");
        }
        let zh = "临时议程（续）\n\n(c) 通过议程；\n(d) 全权证书；\n2. 技术援助。\n3. 资产追回。\n4. 其他事项。\n\n临时议程说明\n\n1. 组织事项\n\n(c) 通过议程\n\n缔约国会议将。\n";
        let got: Vec<String> = items(zh).into_iter().skip(5).map(|(_, n, _)| n).collect();
        assert_eq!(got, ["1", "1(c)"]);
        // The tree puts the page's sub-items under the item, titled by its heading.
        let doc = crate::text::Document { text: zh, language: crate::model::Language::Chinese };
        let (_, tree, _) = crate::agenda::find_agenda(&doc);
        let top: Vec<(&str, &str, usize)> = tree.iter().map(|n| (n.number.as_str(), n.title.as_str(), n.items.len())).collect();
        assert_eq!(top, [("1", "组织事项", 2), ("2", "技术援助", 0), ("3", "资产追回", 0), ("4", "其他事项", 0)]);
    }

    #[test]
    fn headings_under_a_section_number() {
        let text = "I. Provisional agenda\n\n1.\tOpening of the session.\n2.\tOrganizational matters:\n(a)\tAdoption of the agenda.\n3.\tReports.\n\nII. Annotations to the provisional agenda\n\n1.\tOpening of the session\n\nThe session will be opened.\n\nC. Organization of work\n\nThe Conference met.\n\nAnnex\n\nProposed organization of work\n\n10 a.m.–1 p.m.\t3\tReports\n";
        let got: Vec<(String, String)> = items(text).into_iter().map(|(s, n, _)| (s, n)).collect();
        let want: Vec<(String, String)> = [
            ("1.\tOpening of the session", "1"),
            ("2.\tOrganizational matters", "2"),
            ("(a)\tAdoption of the agenda", "2(a)"),
            ("3.\tReports", "3"),
            ("1.\tOpening of the session", "1"),
            ("3\tReports", "3"),
        ]
        .iter()
        .map(|(s, n)| (s.to_string(), n.to_string()))
        .collect();
        assert_eq!(got, want);
    }
}
