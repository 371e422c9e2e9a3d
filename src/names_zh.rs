//! Personal names transliterated into Chinese: syllable groups joined by a
//! middle dot (`马里亚诺·加西亚`, `加达·法特希·瓦利`).
//!
//! A candidate is two to five groups of ideographs joined by `·` (or `•`,
//! `‧`, `・`). The first group starts after the role written before it
//! (`缔约方会议主席马里亚诺·加西亚` → `马里亚诺`) or after a word that cannot
//! be part of a name (`由`, `和`, punctuation); the last group ends at a
//! bracket, punctuation or a word that follows names (`致开幕词`, `主持`).
//! Whether a candidate is a person (a role before it or a State in brackets
//! after it) is decided by [`crate::participants`].
//!
//! Left out: names in Latin script (found by [`crate::participants`]) and
//! names without a dot (`王毅`): a Chinese word cannot be told from a name
//! without one.

use crate::span::Span;
use crate::text::is_cjk;

/// The dots that join the groups of a transliterated name.
const DOTS: &[char] = &['·', '•', '‧', '・'];

/// Most ideographs in one group of a name.
const MAX_GROUP: usize = 8;

/// Most groups in one name.
const MAX_GROUPS: usize = 5;

/// Ideographs that cannot start or continue a name: function words written
/// around names (`由…主持`, `…和…`).
const NOT_IN_NAME: &str = "由和与及的在";

/// Words that follow a name and end its last group (`瓦利致开幕词`).
const AFTER_NAME: &[&str] = &["致", "主持", "宣布", "介绍", "发言", "担任", "当选", "表示", "指出", "代表", "作了", "作为", "为", "是", "出席", "在", "女士", "先生", "阁下",
    // Adverbs and verbs of reported speech right after a name (`帕维迪亚也作了发言`).
    "也", "还", "亦", "则", "又", "曾", "随后", "同时", "分别", "已", "将", "首先", "就", "对", "向", "说", "称", "认为", "强调", "感谢", "欢迎", "提出", "通报",
];

/// True for an ideograph that may belong to a name.
fn name_char(c: char) -> bool {
    is_cjk(c) && !NOT_IN_NAME.contains(c)
}

/// Where the first group of a name that ends at `dot` (a dot's byte
/// offset) starts — after the last role noun or word of address of
/// [`crate::participants`] before it — or `None` when no ideograph precedes
/// the dot.
fn first_group_start(text: &str, dot: usize) -> Option<usize> {
    let head = &text[..dot];
    let mut start = dot;
    for (n, (p, c)) in head.char_indices().rev().enumerate() {
        if n >= MAX_GROUP * 3 || !name_char(c) {
            break;
        }
        start = p;
    }
    let run = &text[start..dot];
    // `执行主任加达`: the name starts after the last role in the run.
    let cut = crate::roles::chinese_nouns().iter().chain(crate::participants::HONORIFICS).filter_map(|r| run.rfind(r).map(|p| p + r.len())).max().unwrap_or(0);
    let start = start + cut;
    let n = text[start..dot].chars().count();
    (1..=MAX_GROUP).contains(&n).then_some(start)
}

/// Where the last group of a name that starts at `i` (after its last dot)
/// ends, or `None` when it is empty.
fn last_group_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let mut end = i;
    for (n, (p, c)) in rest.char_indices().enumerate() {
        if n >= MAX_GROUP || !name_char(c) || (n > 0 && AFTER_NAME.iter().any(|w| rest[p..].starts_with(w))) {
            break;
        }
        end = i + p + c.len_utf8();
    }
    (end > i).then_some(end)
}

/// The transliterated names in `text`, in order, not overlapping. Linear:
/// each dot looks at most a few groups around it.
pub fn find_names(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut done = 0;
    for (at, c) in text.char_indices() {
        if at < done || !DOTS.contains(&c) {
            continue;
        }
        let Some(start) = first_group_start(text, at) else { continue };
        // Middle groups: ideographs up to the next dot.
        let mut pos = at + c.len_utf8();
        let mut groups = 1;
        loop {
            let group_end = crate::text::skip_while(text, pos, name_char);
            let next = crate::text::char_at(text, group_end);
            let n = text[pos..group_end].chars().count();
            if groups + 1 < MAX_GROUPS && (1..=MAX_GROUP).contains(&n) && next.is_some_and(|d| DOTS.contains(&d)) {
                groups += 1;
                pos = group_end + next.map_or(0, char::len_utf8);
            } else {
                break;
            }
        }
        let Some(end) = last_group_end(text, pos) else {
            done = pos;
            continue;
        };
        done = end;
        out.push(Span::new(start, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        find_names(text).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("由缔约方会议主席马里亚诺·加西亚（秘鲁）宣布开幕", &["马里亚诺·加西亚"]),
            ("毒品和犯罪问题办公室执行主任加达·法特希·瓦利致开幕词", &["加达·法特希·瓦利"]),
            ("会议由安东尼奥·古特雷斯主持", &["安东尼奥·古特雷斯"]),
            ("主席：\t玛丽亚·费尔南达·埃斯皮诺萨（厄瓜多尔）", &["玛丽亚·费尔南达·埃斯皮诺萨"]),
            ("和米歇尔·巴切莱特女士", &["米歇尔·巴切莱特"]),
            ("副主席兼报告员穆罕默德·M·O·卡赫（冈比亚）", &[]),
            ("副主席兼报告员穆罕默德•卡赫（冈比亚）", &["穆罕默德•卡赫"]),
            ("国际麻醉品管制局主席贾格吉特·帕维迪亚也作了发言", &["贾格吉特·帕维迪亚"]),
            ("高级专员福尔克尔·蒂尔克随后介绍了报告，米歇尔·巴切莱特强调", &["福尔克尔·蒂尔克", "米歇尔·巴切莱特"]),
            ("执行主任加达·瓦利还感谢各国", &["加达·瓦利"]),
            // Not names: no dot, a dot with nothing around it, a list marker.
            ("主席王毅主持会议", &[]),
            ("· 第一项", &[]),
            ("项目·", &[]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
