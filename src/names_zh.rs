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
//! Chinese names written without a dot ([`find_plain_names`]) are a surname
//! of `data/surnames_zh.tsv` and one or two given-name ideographs, and are
//! read only where the text marks them as a person's: before a word of
//! address or a title (`张军先生`, `联合国副秘书长李军华先生`, `欧阳明教授`),
//! after a role label (`主席：王毅（中国）`), or before a bracket
//! (`、李明（新加坡）`), which [`crate::participants`] then requires to hold a State.
//! A foreign name without a dot is also read right beside a role noun
//! (`秘书长古特雷斯在开幕式上致辞`, `古特雷斯秘书长`) when it is two to six
//! ideographs of `data/transliteration_zh.tsv` that a word following names,
//! punctuation or a bracket closes.
//!
//! Left out: names in Latin script (found by [`crate::participants`]), and
//! names without a dot in running text (`王毅主持会议`): there a Chinese word
//! cannot be told from a name; nor an office addressed (`主席先生`).

use std::sync::LazyLock;

use crate::span::Span;
use crate::text::{char_at, is_cjk, skip_while};

/// The dots that join the groups of a transliterated name (their UTF-8
/// opens with 0xC2, 0xE2 or 0xE3: see [`find_names`]).
const DOTS: &[char] = &['·', '•', '‧', '・'];

/// The hyphens that join the parts of a group after the first
/// (`朗斯基-蒂芬塔尔`).
const HYPHENS: &[char] = &['-', '－'];

/// Most ideographs in one group of a name.
const MAX_GROUP: usize = 8;

/// Most groups in one name.
const MAX_GROUPS: usize = 5;

/// Ideographs that cannot start or continue a name: function words written
/// around names (`由…主持`, `…和…`).
const NOT_IN_NAME: &str = "由和与及的在";

/// Words that follow a name and end its last group (`瓦利致开幕词`,
/// `布兰多利诺以及…`).
const AFTER_NAME: &[&str] = &["以及", "等", "致", "主持", "宣布", "介绍", "发言", "发了言", "担任", "当选", "表示", "指出", "代表", "作了", "作为", "为", "是", "出席", "在", "女士", "先生", "阁下", "大使", "教授", "博士", "法官", "部长", "议员",
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
        // `让-皮埃尔·杜邦`: a hyphen joins the parts of a first name, between ideographs.
        let joins = HYPHENS.contains(&c) && p > 0 && start < dot && head[..p].ends_with(name_char);
        if n >= MAX_GROUP * 3 || !(name_char(c) || joins) {
            break;
        }
        start = p;
    }
    let run = &text[start..dot];
    // `执行主任加达`: the name starts after the last role in the run (or
    // the last verb before a person: `感谢加达`, `非洲国家组提名阿卜杜拉·姆贝基`).
    let cut = crate::roles::chinese_nouns().iter().chain(crate::roles::chinese_openers()).chain(crate::participants::HONORIFICS).chain(ELECTING).filter_map(|r| run.rfind(r).map(|p| p + r.len())).max().unwrap_or(0);
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
        // `阿明娜·穆罕默德常务副秘书长`: an office written after the name ends it.
        let office = n > 0 && (rest[p..].starts_with("常务") || role_noun_at(rest, p).is_some());
        if n >= MAX_GROUP || !name_char(c) || office || (n > 0 && AFTER_NAME.iter().any(|w| rest[p..].starts_with(w))) {
            break;
        }
        end = i + p + c.len_utf8();
    }
    (end > i).then_some(end)
}

/// Where the text resumes after a PDF line break at byte `i` (blanks and
/// one line break, or two as PDF text prints them: `追回被盗资产\n\n举措`),
/// or `None` when no line break is there.
fn line_break_end(text: &str, i: usize) -> Option<usize> {
    let one = |at: usize| {
        let j = skip_while(text, at, crate::text::is_space);
        let rest = &text[j..];
        rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).map(|r| skip_while(text, text.len() - r.len(), crate::text::is_space))
    };
    let first = one(i)?;
    Some(one(first).unwrap_or(first))
}

/// Where the next group of a name starts after a dot at byte `i` ends:
/// past a PDF line break (`哈立德·阿卜杜勒·\n拉赫曼`) when a name's
/// ideograph follows it, else `i`.
fn after_line_break(text: &str, i: usize) -> usize {
    line_break_end(text, i).filter(|&j| char_at(text, j).is_some_and(name_char)).unwrap_or(i)
}

/// True when `span` (a word such as a State's name) is glued to a middle
/// dot inside a name's group: `马里亚诺·加西亚` holds no Mali, `约翰·马里`
/// none either. The group before the dot starts where [`find_names`] would
/// start it (`巴西代表加达·瓦利` keeps Brazil). Looks at one group each way.
pub fn in_dotted_name(text: &str, span: Span) -> bool {
    let Some(rest) = text.get(span.end..) else { return false };
    let ahead = rest.char_indices().take(MAX_GROUP + 1).find(|&(_, c)| !name_char(c));
    if let Some((n, _)) = ahead.filter(|&(_, c)| DOTS.contains(&c)) {
        if first_group_start(text, span.end + n).is_some_and(|start| start <= span.start) {
            return true;
        }
    }
    let Some(head) = text.get(..span.start) else { return false };
    head.chars().rev().take(MAX_GROUP + 1).find(|&c| !name_char(c)).is_some_and(|c| DOTS.contains(&c))
}

/// The transliterated names in `text`, in order, not overlapping. Linear:
/// each dot looks at most a few groups around it.
pub fn find_names(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut done = 0;
    let bytes = text.as_bytes();
    for (at, &lead) in bytes.iter().enumerate() {
        // Each dot's UTF-8 opens with one of these bytes: the test before any decoding.
        if at < done || !matches!(lead, 0xC2 | 0xE2 | 0xE3) {
            continue;
        }
        let Some(c) = char_at(text, at).filter(|c| DOTS.contains(c)) else { continue };
        let Some(start) = first_group_start(text, at) else { continue };
        // Middle groups: ideographs up to the next dot.
        let mut pos = after_line_break(text, at + c.len_utf8());
        let mut groups = 1;
        loop {
            let mut group_end = crate::text::skip_while(text, pos, name_char);
            // `加达·法\n特希·瓦利`: a PDF line break inside a group that a dot closes on the next line.
            if let Some(resume) = line_break_end(text, group_end) {
                let cont = crate::text::skip_while(text, resume, name_char);
                if cont > resume && char_at(text, cont).is_some_and(|d| DOTS.contains(&d)) {
                    group_end = cont;
                }
            }
            let next = crate::text::char_at(text, group_end);
            let n = text[pos..group_end].chars().filter(|&c| name_char(c)).count();
            // `彼得·朗斯基-蒂芬塔尔`: a hyphen joins the parts of a double surname.
            let joined = next.is_some_and(|d| DOTS.contains(&d) || HYPHENS.contains(&d) && char_at(text, group_end + d.len_utf8()).is_some_and(name_char));
            if groups + 1 < MAX_GROUPS && (1..=MAX_GROUP).contains(&n) && joined {
                groups += 1;
                pos = after_line_break(text, group_end + next.map_or(0, char::len_utf8));
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

/// The surnames of `data/surnames_zh.tsv`: single ideographs (a set, asked
/// at every candidate name) and double ones, with the set of the ideographs
/// these open so that most runs are passed over without a search.
struct Surnames {
    single: Ideographs,
    double: Vec<&'static str>,
    double_first: Ideographs,
    /// Japanese surnames that open with a function word (`和田`, `中村`):
    /// the `japanese` rows, read only before `（日本）` ([`japanese_before_bracket`]).
    japanese: Vec<&'static str>,
}

static SURNAMES: LazyLock<Surnames> = LazyLock::new(|| {
    let lines = include_str!("data/surnames_zh.tsv").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
    let mut single = Vec::new();
    let mut double = Vec::new();
    let mut japanese = Vec::new();
    for line in lines {
        if let Some(name) = line.strip_prefix("japanese\t") {
            japanese.push(name.trim());
            continue;
        }
        let mut chars = line.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => single.push(c),
            _ => double.push(line),
        }
    }
    let double_first = Ideographs::of(double.iter().filter_map(|d| d.chars().next()));
    Surnames { single: Ideographs::of(single.into_iter()), double, double_first, japanese }
});

/// Most given-name ideographs after a Japanese surname (`健太郎`).
const MAX_JAPANESE_GIVEN: usize = 3;

/// A Japanese name whose surname opens with a function word (`和田浩二`,
/// `中村由美`), ending right before the bracket at `open` that holds
/// `日本`: the State says how the name is written. Not after a closing
/// bracket, where `和` joins two persons (`王芳（中国）和田中宏（日本）` is
/// `田中宏`), nor after an ideograph that no role noun ends.
fn japanese_before_bracket(text: &str, open: usize) -> Option<Span> {
    if !text[open..].starts_with("（日本）") && !text[open..].starts_with("(日本)") {
        return None;
    }
    let head = &text[..open];
    // `由美`: a given name may hold an ideograph that is a function word in Chinese.
    let starts = head.char_indices().rev().take(MAX_JAPANESE_GIVEN).take_while(|&(_, c)| is_cjk(c)).map(|(p, _)| p);
    let starts: Vec<usize> = starts.collect();
    // Each given name's start, longest first, with the surname before it.
    starts.iter().rev().find_map(|&given| {
        let surname = SURNAMES.japanese.iter().find(|s| head[..given].ends_with(**s))?;
        let start = given - surname.len();
        let opens = match head[..start].chars().next_back() {
            None => true,
            Some(c) if !is_cjk(c) || "，、：；。".contains(c) => !matches!(c, '）' | ')'),
            Some(_) => crate::roles::chinese_nouns().iter().any(|r| head[..start].ends_with(r)),
        };
        opens.then(|| Span::new(start, open))
    })
}

/// Words of address and titles written right after a name without a dot
/// that make it a person's (`张军先生`, `王毅大使`); `副教授` before `教授`.
/// Not `部长`: a ministry's field stands before it (`卫生部长`, `石油部长`).
pub(crate) const TITLES: &[&str] = &["先生", "女士", "阁下", "大使", "副教授", "教授", "博士", "法官", "主席"];

/// The characters a title of [`TITLES`] opens with: the others are passed over at once.
const TITLE_STARTS: &[char] = &['先', '女', '阁', '大', '副', '教', '博', '法', '主'];

/// Ideographs that end the name of a body, a rank or a place, not of a
/// person: `董事会` of `董事会主席`, `高级` of `高级法官`, `张三副` of `张三副教授`.
const NOT_LAST_IN_NAME: &str = "会组局部署院处团所委党厅司办府馆副级省市县州区镇村岛港湾";

/// Single ideographs after which a name may start: function words that
/// introduce a person (`由张军先生主持`, `和王毅女士`), and a verb's `了`
/// (`听取了潘基文前秘书长的发言`).
const BEFORE_NAME: &str = "由和与及同在为请向对被经让使是了";

/// Words after which a name may start (`感谢张军先生`).
const WORDS_BEFORE_NAME: &[&str] = &["感谢", "欢迎", "祝贺", "邀请", "包括", "以及"];

/// Verbs of electing or appointing, after which a report names the person
/// chosen (`委员会还选举周晓明（中国）担任第四副主席`, `任命李明（新加坡）为…`).
const ELECTING: &[&str] = &["选举", "选出", "推选", "任命", "提名", "改选", "增选"];

/// True when `run` (two to four ideographs) is a surname and one or two
/// given-name ideographs.
fn is_plain_name(run: &str) -> bool {
    let n = run.chars().count();
    let surnames = &*SURNAMES;
    let first = run.chars().next();
    let single = (2..=3).contains(&n) && first.is_some_and(|c| surnames.single.contains(c));
    let double = (3..=4).contains(&n) && first.is_some_and(|c| surnames.double_first.contains(c)) && surnames.double.iter().any(|d| run.starts_with(d));
    // `谢谢`: a doubled ideograph is a word, not a surname and a given name.
    let doubled = n == 2 && run.chars().next() == run.chars().next_back();
    // `王女士`: a surname and its word of address, not a given name.
    let addressed = TITLES.iter().any(|t| run.ends_with(t));
    (single || double) && !doubled && !addressed && run.chars().all(name_char) && !run.ends_with(|c| NOT_LAST_IN_NAME.contains(c))
}

/// True when a name may start at byte `start`: at a non-ideograph, after a
/// function word that introduces a person, or after a role (`副秘书长李军华`).
fn name_may_start(text: &str, start: usize) -> bool {
    let head = &text[..start];
    match head.chars().next_back() {
        None => true,
        // `约翰·马丁先生`: the last group of a dotted name is not a name of its own.
        Some(c) if DOTS.contains(&c) => false,
        Some(c) if !is_cjk(c) || BEFORE_NAME.contains(c) => true,
        Some(_) => WORDS_BEFORE_NAME.iter().chain(ELECTING).chain(crate::roles::chinese_nouns()).any(|w| head.ends_with(w)),
    }
}

/// True when `run` is a word of the gazetteer or holds a role noun:
/// `韩国大使`, `张大使先生` are not names.
fn names_something_else(run: &str) -> bool {
    crate::gazetteer::lookup(run).is_some() || crate::roles::chinese_nouns().iter().any(|r| run.contains(r))
}

/// The name without a dot that ends right before byte `end` (a title or a
/// bracket): the longest run of two to four ideographs that is a plain name
/// and may start where it does.
fn name_ending_at(text: &str, end: usize) -> Option<Span> {
    let starts: Vec<usize> = text[..end].char_indices().rev().take(4).map(|(p, _)| p).collect();
    starts.iter().skip(1).rev().map(|&start| Span::new(start, end)).find(|span| {
        let run = &text[span.range()];
        is_plain_name(run) && name_may_start(text, span.start) && !names_something_else(run)
    })
}

/// A foreign name written in ideographs without a dot, between an office
/// and a word of address (`执行主任瓦莱女士`, `署长施泰纳先生`): two to four
/// name characters right after a role noun, ending before byte `end`, that
/// are no word of the gazetteer and hold no role.
fn transliterated_after_role(text: &str, end: usize) -> Option<Span> {
    let starts: Vec<usize> = text[..end].char_indices().rev().take(4).map(|(p, _)| p).collect();
    starts.iter().skip(1).map(|&start| Span::new(start, end)).find(|span| {
        let run = &text[span.range()];
        // `主席：\t弗朗西斯先生`: a role label's colon and spaces may stand between.
        let head = text[..span.start].trim_end_matches(crate::text::is_space);
        let head = head.strip_suffix(['：', ':']).unwrap_or(head);
        let after_role = crate::roles::chinese_nouns().iter().any(|r| head.ends_with(r));
        after_role && run.chars().all(name_char) && !names_something_else(run)
    })
}

/// The ideographs of `data/transliteration_zh.tsv`, used to write foreign
/// names (`古`, `特`, `雷`, `斯`).
/// A set of ideographs of the basic CJK block (U+4E00–U+9FFF), one bit
/// each: membership is an index, not a search, because the scan asks it at
/// every character of the text.
struct Ideographs([u64; IDEOGRAPH_WORDS]);

/// The basic CJK block's first code point and its size in 64-bit words.
const IDEOGRAPH_BASE: u32 = 0x4E00;
const IDEOGRAPH_WORDS: usize = (0xA000 - 0x4E00) / 64;

impl Ideographs {
    fn of(chars: impl Iterator<Item = char>) -> Ideographs {
        let mut bits = [0u64; IDEOGRAPH_WORDS];
        for c in chars {
            let i = (c as u32).wrapping_sub(IDEOGRAPH_BASE) as usize;
            if let Some(word) = bits.get_mut(i / 64) {
                *word |= 1 << (i % 64);
            }
        }
        Ideographs(bits)
    }

    fn contains(&self, c: char) -> bool {
        let i = (c as u32).wrapping_sub(IDEOGRAPH_BASE) as usize;
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }
}

/// The ideographs used to write foreign names (`data/transliteration_zh.tsv`),
/// and the first and the last ideographs of the role nouns: most
/// characters open and close none, and are passed over at once.
struct NameEdges {
    transliteration: Ideographs,
    role_first: Ideographs,
    role_last: Ideographs,
}

static NAME_EDGES: LazyLock<NameEdges> = LazyLock::new(|| {
    let lines = include_str!("data/transliteration_zh.tsv").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
    let nouns = crate::roles::chinese_nouns();
    NameEdges {
        transliteration: Ideographs::of(lines.flat_map(str::chars).filter(|&c| is_cjk(c))),
        role_first: Ideographs::of(nouns.iter().filter_map(|r| r.chars().next())),
        role_last: Ideographs::of(nouns.iter().filter_map(|r| r.chars().next_back())),
    }
});

/// True for an ideograph of `data/transliteration_zh.tsv`.
fn transliteration_char(c: char) -> bool {
    NAME_EDGES.transliteration.contains(c)
}

/// Fewest and most ideographs of a transliterated name beside a role.
const ROLE_NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=6;

/// True when a name may end at byte `end`: at the end of the text, at a
/// non-ideograph (punctuation, a bracket) other than the dot or hyphen
/// inside a name (`奥马尔·兹尼贝尔`), before `和`, before the `的` of
/// what belongs to the person (`秘书长古特雷斯的代表`) or before a word
/// that follows names (`在`, `指出`, `宣布`, `致辞`).
fn name_may_end(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.chars().next().is_none_or(|c| !is_cjk(c) && !DOTS.contains(&c) && !HYPHENS.contains(&c) || c == '和' || c == '的') || AFTER_NAME.iter().any(|w| rest.starts_with(w))
}

/// True when `run` is a name that no State, organisation or place of the
/// gazetteer overlaps (`代表巴西发言`, `主席马里代表`) and that holds no role.
fn plain_foreign_name(run: &str) -> bool {
    ROLE_NAME_CHARS.contains(&run.chars().count()) && crate::gazetteer::scan(run).is_empty() && !names_something_else(run)
}

/// A foreign name written without a dot right after a role noun that ends
/// at byte `start` (`秘书长古特雷斯在开幕式上致辞`, `主席拉赫曼宣布`): two to six
/// transliteration ideographs closed as [`name_may_end`] says. Not an
/// ordinary word after the role (`秘书长报告`, `主席团成员`, `秘书长特别代表`).
fn transliterated_after_role_noun(text: &str, start: usize) -> Option<Span> {
    let rest = &text[start..];
    let mut end = start;
    for (n, (p, c)) in rest.char_indices().enumerate() {
        // One ideograph past the longest name, so a longer run is refused, not cut.
        if n > *ROLE_NAME_CHARS.end() || !transliteration_char(c) || (n > 0 && AFTER_NAME.iter().any(|w| rest[p..].starts_with(w))) {
            break;
        }
        end = start + p + c.len_utf8();
    }
    (name_may_end(text, end) && plain_foreign_name(&text[start..end])).then(|| Span::new(start, end))
}

/// A foreign name written without a dot right before a role noun that
/// starts at byte `end` (`古特雷斯秘书长`): the longest run of two to six
/// transliteration ideographs before it that starts at a non-ideograph or
/// after a word that introduces a person (`感谢古特雷斯秘书长`).
fn transliterated_before_role_noun(text: &str, end: usize) -> Option<Span> {
    let starts: Vec<usize> = text[..end].char_indices().rev().take(*ROLE_NAME_CHARS.end()).take_while(|&(_, c)| transliteration_char(c)).map(|(p, _)| p).collect();
    starts.iter().rev().map(|&start| Span::new(start, end)).find(|span| {
        let head = &text[..span.start];
        let opens = head.chars().next_back().is_none_or(|c| !is_cjk(c) && !DOTS.contains(&c) && !HYPHENS.contains(&c) || BEFORE_NAME.contains(c)) || WORDS_BEFORE_NAME.iter().any(|w| head.ends_with(w));
        opens && plain_foreign_name(&text[span.range()])
    })
}

/// The words before a role noun that make it a former holder's
/// (`前秘书长`, `前任主席`), longest first.
const FORMER_ZH: &[&str] = &["前任", "前"];

/// The ideograph every word of [`FORMER_ZH`] opens with: the scan compares
/// one character, not the words, at each position.
const FORMER_START: char = '前';

/// The office right after a name at byte `i`: a role noun, with the
/// `前` of a former holder before it kept as written (`潘基文前秘书长` →
/// `前秘书长`, `古特雷斯秘书长` → `秘书长`).
pub fn office_at(text: &str, i: usize) -> Option<&str> {
    let noun_at = FORMER_ZH.iter().find(|w| text[i..].starts_with(**w)).map_or(i, |w| i + w.len());
    role_noun_at(text, noun_at).map(|noun| &text[i..noun_at + noun.len()])
}

/// Most ideographs of the last group of a dotted name read again alone.
const SURNAME_CHARS: usize = 6;

/// The last groups of the dotted names among `names` (`乔鲍·克勒希` → `克勒希`),
/// which a record names its speakers by after the full name.
pub fn last_groups<'t>(text: &'t str, names: &[Span]) -> Vec<&'t str> {
    let mut groups: Vec<&str> = names.iter().filter_map(|s| text.get(s.range()).filter(|n| n.contains(DOTS))?.rsplit(DOTS).next()).filter(|g| (2..=SURNAME_CHARS).contains(&g.chars().count())).collect();
    groups.sort_unstable();
    groups.dedup();
    groups
}

/// The surnames of `groups` (from [`last_groups`]) that a word of address
/// follows elsewhere in the text: `克勒希先生（以英语发言）`, `感谢…和克勒希先生的发言`
/// after `乔鲍·克勒希`. Not the group inside its dotted name, nor a longer
/// run of name ideographs that only ends like it. Linear: each `先生`/`女士`
/// looks back a few ideographs, and the groups are searched by halving.
pub fn surnames_of_dotted_names(text: &str, groups: &[&str]) -> Vec<Span> {
    let mut out = Vec::new();
    if groups.is_empty() {
        return out;
    }
    for title in ["先生", "女士"] {
        for (at, _) in text.match_indices(title) {
            let starts = text[..at].char_indices().rev().take(SURNAME_CHARS).map(|(p, _)| p);
            let Some(start) = starts.filter(|&p| groups.binary_search(&&text[p..at]).is_ok()).last() else { continue };
            // `乔鲍·克勒希先生`: the group inside its dotted name is the name's.
            let before = text[..start].chars().next_back();
            if before.is_some_and(|c| DOTS.contains(&c) || HYPHENS.contains(&c) || transliteration_char(c) && !BEFORE_NAME.contains(c)) {
                continue;
            }
            out.push(Span::new(start, at));
        }
    }
    crate::sorting::sort_by_key(&mut out, |s| s.start);
    out
}

/// The role noun of [`crate::roles::chinese_nouns`] that starts at byte
/// `i`, the longest if several do (`副秘书长` before `秘书长`).
pub fn role_noun_at(text: &str, i: usize) -> Option<&'static str> {
    crate::roles::chinese_nouns().iter().copied().filter(|r| text[i..].starts_with(r)).max_by_key(|r| r.len())
}

/// Most ideographs of a foreign name without a dot before a speaker's
/// word of address and bracket (`罗德里格斯`, `阿布杜拉希德`).
const MAX_BRACKETED: usize = 6;

/// A foreign name written in ideographs without a dot that a speaker's
/// word of address and bracket mark, as a summary record names its
/// speakers (`卡马拉女士（几内亚）说`, `主席：拉赫曼先生（孟加拉国）`,
/// `瓦利女士（毒品和犯罪问题办公室执行主任）说`, `罗德里格斯先生（古巴，…）`):
/// the whole run of two to [`MAX_BRACKETED`] name characters before the word of address at `end` (`len` bytes long),
/// with a bracket right after it, no word of the gazetteer and holding no
/// role; a [`Cue::Bracket`], so a person's only when the bracket holds a State.
fn transliterated_before_bracket(text: &str, end: usize, len: usize) -> Option<Span> {
    if !text[end + len..].starts_with(['（', '(']) {
        return None;
    }
    let start = text[..end].char_indices().rev().take(MAX_BRACKETED + 1).take_while(|&(_, c)| name_char(c)).last().map(|(p, _)| p)?;
    let run = &text[start..end];
    // `奥马尔·兹尼贝尔先生`: the last group of a dotted name is not a name of its own.
    let whole = !text[..start].ends_with(name_char) && !text[..start].ends_with(DOTS);
    // `王女士（中国）说`: a Chinese surname alone names the speaker, as
    // `Hassan 先生（埃及）` does.
    let n = run.chars().count();
    let surname = n == 1 && run.chars().next().is_some_and(|c| SURNAMES.single.contains(c));
    (whole && ((2..=MAX_BRACKETED).contains(&n) || surname) && !names_something_else(run)).then(|| Span::new(start, end))
}

/// The name without a dot after a role label at `colon` (`主席：王毅（中国）`):
/// a plain name closed by a bracket, a line or cell end, or a list
/// separator ([`Cue::Label`]); else a name in ideographs of no Chinese
/// surname right before a bracket (`第二副主席：\t森武（日本）`, Japanese and
/// Korean names written in their own characters): two to four name
/// characters that are no word of the gazetteer, a [`Cue::Bracket`], so a
/// person's only when the bracket holds a State.
fn name_after_label(text: &str, colon: usize) -> Option<(Span, Cue)> {
    let head = text[..colon].trim_end_matches(crate::text::is_space);
    if !crate::roles::chinese_nouns().iter().any(|r| head.ends_with(r)) {
        return None;
    }
    let start = skip_while(text, colon + char_at(text, colon)?.len_utf8(), crate::text::is_space);
    let end = skip_while(text, start, name_char);
    let run = text.get(start..end)?;
    if names_something_else(run) {
        return None;
    }
    // A name in a label ends its cell, line or list entry, or opens its
    // State's bracket: `主席：谢谢。` in a verbatim record is speech.
    // `主席：张军先生` is read at its title; `主席：马里亚诺·加西亚` has a dot.
    let closed = char_at(text, end).is_none_or(|c| "（(\n\r\t 、；;".contains(c));
    let span = Span::new(start, end);
    if closed && run.chars().count() <= 4 && is_plain_name(run) {
        return Some((span, Cue::Label));
    }
    (text[end..].starts_with(['（', '(']) && (2..=4).contains(&run.chars().count())).then_some((span, Cue::Bracket))
}

/// True when a name before a bracket starts where a list of persons or a
/// role puts one: a line or cell start, a label's colon, `、`/`和`/`及`, or
/// a role noun. Not after `在` (`在马塞卢（莱索托）举行` names a city).
fn listed_or_labelled(text: &str, start: usize) -> bool {
    match text[..start].chars().next_back() {
        None => true,
        Some(c) if "\n\t ：:、和及与".contains(c) => true,
        // `选举周晓明（中国）为…`: a verb of electing names the person chosen.
        Some(_) => crate::roles::chinese_nouns().iter().chain(ELECTING).any(|r| text[..start].ends_with(r)),
    }
}

/// Words after a person's bracket that say the person was elected:
/// `王芳（中国）当选为报告员`, `…（大韩民国）分别当选为…`.
const ELECTED_AFTER: &[&str] = &["当选", "分别当选", "被选为", "获选"];

/// Most persons with their brackets joined by `和`/`、` before the word of
/// election that [`elected_after`] passes over (`甲（A）、乙（B）和丙（C）分别当选`).
const MAX_ELECTED_TOGETHER: usize = 4;

/// Most name characters between a joining `和`/`、` and the next person's bracket.
const MAX_JOINED_NAME: usize = 6;

/// True when the bracket that opens at `open` closes within a few
/// ideographs and a word of [`ELECTED_AFTER`] follows it, maybe past a few
/// more names with their brackets joined by `和`/`、`/`及`: the name before
/// it is a person's wherever the sentence puts it (`在同次会议上，王芳（中国）当选…`,
/// `金正浩（大韩民国）和佐藤健（日本）分别当选…`).
fn elected_after(text: &str, open: usize) -> bool {
    let mut at = open;
    for _ in 0..MAX_ELECTED_TOGETHER {
        let rest = &text[at..crate::text::floor_boundary(text, at.saturating_add(60))];
        let Some(close) = rest.find(['）', ')']) else { return false };
        let after = &rest[close + rest[close..].chars().next().map_or(0, char::len_utf8)..];
        if ELECTED_AFTER.iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // The next person of the same election: a joining word, a name, its bracket.
        let Some(joined) = after.strip_prefix(['和', '、', '及']) else { return false };
        let name = joined.char_indices().take(MAX_JOINED_NAME + 1).find(|&(_, c)| !name_char(c));
        match name {
            Some((n, c)) if n > 0 && (c == '（' || c == '(') => at += rest.len() - joined.len() + n,
            _ => return false,
        }
    }
    false
}

/// What marks a name without a dot as a person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A word of address or a title after it: `张军先生`.
    Title,
    /// A role label before it: `主席：王毅`.
    Label,
    /// A bracket after it, a person's only when it holds a State: `李明（新加坡）`.
    Bracket,
    /// A role noun right before it (`秘书长古特雷斯在…`) or right after it
    /// (`古特雷斯秘书长`), the name written in transliteration ideographs.
    Role,
}

/// A name without a dot and what marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlainName {
    /// The name, in bytes of the text.
    pub span: Span,
    /// The title, label or bracket around it.
    pub cue: Cue,
}

/// The names without a dot in `text` that a title or bracket after them or
/// a role label before them may mark as persons' (`张军先生`, `主席：王毅`,
/// `李明（新加坡）`), in order. Linear: each title, colon or bracket looks at
/// a few ideographs around it.
pub fn find_plain_names(text: &str) -> Vec<PlainName> {
    let mut out: Vec<PlainName> = Vec::new();
    let mut done = 0;
    let mut previous = None;
    let edges = &*NAME_EDGES;
    for (at, c) in text.char_indices() {
        let before_c = previous.replace(c);
        // Every cue is an ideograph, a colon or a bracket: Latin text costs one test a character.
        if at < done || (c.is_ascii() && c != ':' && c != '(') {
            continue;
        }
        let found = match c {
            '：' | ':' => name_after_label(text, at),
            '（' | '(' => japanese_before_bracket(text, at)
                .or_else(|| name_ending_at(text, at).filter(|span| listed_or_labelled(text, span.start) || elected_after(text, at)))
                .map(|span| (span, Cue::Bracket)),
            _ if TITLE_STARTS.contains(&c) => {
                let title = TITLES.iter().find(|t| text[at..].starts_with(**t));
                // `女士们、先生们`: an address to the room.
                let plural = title.is_some_and(|t| text[at + t.len()..].starts_with('们'));
                let addressed = title.filter(|_| !plural);
                addressed
                    .and_then(|_| name_ending_at(text, at))
                    .or_else(|| addressed.filter(|t| matches!(**t, "先生" | "女士")).and_then(|_| transliterated_after_role(text, at)))
                    .map(|span| (span, Cue::Title))
                    .or_else(|| {
                        let bracketed = addressed.filter(|t| matches!(**t, "先生" | "女士")).and_then(|t| transliterated_before_bracket(text, at, t.len()));
                        bracketed.map(|span| (span, Cue::Bracket))
                    })
            }
            _ => None,
        };
        let found = found.or_else(|| {
            let after_role = edges.transliteration.contains(c)
                && before_c.is_some_and(|b| edges.role_last.contains(b))
                && crate::roles::chinese_nouns().iter().any(|r| text[..at].ends_with(r));
            let after = after_role.then(|| transliterated_after_role_noun(text, at)).flatten();
            // `潘基文前秘书长`: a former holder's `前` opens the office.
            let opens_role = (edges.role_first.contains(c) || c == FORMER_START) && before_c.is_some_and(|b| edges.transliteration.contains(b));
            let before = || opens_role.then(|| office_at(text, at)).flatten().and_then(|_| transliterated_before_role_noun(text, at));
            after.or_else(before).map(|span| (span, Cue::Role))
        });
        if let Some((span, cue)) = found.filter(|(s, _)| out.last().is_none_or(|l| l.span.end <= s.start)) {
            done = span.end;
            out.push(PlainName { span, cue });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_dotted_names_last_group_is_a_surname_before_a_word_of_address() {
        let text = "请大会前主席乔鲍·克勒希先生（匈牙利）发言。\n\n克勒希先生（以英语发言）：谢谢。我感谢潘基文前秘书长和克勒希先生。阿克勒希先生未出席。";
        let dotted = super::find_names(text);
        let groups = super::last_groups(text, &dotted);
        assert_eq!(groups, vec!["克勒希"]);
        let found: Vec<&str> = super::surnames_of_dotted_names(text, &groups).iter().map(|s| &text[s.range()]).collect();
        // Not the group inside the dotted name, nor `阿克勒希`, which only ends like it.
        assert_eq!(found, vec!["克勒希", "克勒希"]);
        assert!(super::surnames_of_dotted_names("克勒希先生", &[]).is_empty());
    }

    #[test]
    fn every_former_holders_word_opens_with_the_character_the_scan_looks_at() {
        assert!(super::FORMER_ZH.iter().all(|w| w.starts_with(super::FORMER_START)));
    }

    #[test]
    fn the_office_after_a_name_keeps_a_former_holders_word() {
        let cases: &[(&str, Option<&str>)] = &[("前秘书长的发言", Some("前秘书长")), ("秘书长在", Some("秘书长")), ("前副主席", Some("前副主席")), ("前任主席在", Some("前任主席")), ("前往", None), ("前", None), ("", None)];
        for (text, want) in cases {
            assert_eq!(super::office_at(text, 0), *want, "{text}");
        }
    }

    use super::*;

    #[test]
    fn every_dot_opens_with_a_byte_find_names_looks_for() {
        assert!(DOTS.iter().all(|d| matches!(d.to_string().as_bytes()[0], 0xC2 | 0xE2 | 0xE3)));
    }

    fn names(text: &str) -> Vec<&str> {
        find_names(text).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn name_edges_are_basic_ideographs() {
        // The bit sets hold U+4E00–U+9FFF only: every listed character must be there.
        let block = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
        let nouns = crate::roles::chinese_nouns();
        assert!(nouns.iter().filter_map(|r| r.chars().next()).all(|c| block(c) && NAME_EDGES.role_first.contains(c)));
        assert!(nouns.iter().filter_map(|r| r.chars().next_back()).all(|c| block(c) && NAME_EDGES.role_last.contains(c)));
        let listed = include_str!("data/transliteration_zh.tsv").lines().filter(|l| !l.starts_with('#')).flat_map(str::chars).filter(|&c| is_cjk(c));
        assert!(listed.clone().all(|c| block(c) && transliteration_char(c)));
        assert!(!transliteration_char('的') && !transliteration_char('a') && !transliteration_char('\u{9FFF}'));
    }

    #[test]
    fn every_title_opens_with_a_title_start() {
        assert!(TITLES.iter().all(|t| t.chars().next().is_some_and(|c| TITLE_STARTS.contains(&c))));
    }

    #[test]
    fn plain_names() {
        let cases: &[(&str, &[&str])] = &[
            ("张军先生和王毅女士发了言。", &["张军", "王毅"]),
            ("会议由联合国副秘书长李军华先生宣布开幕", &["李军华"]),
            ("由欧阳明教授和司马光博士介绍", &["欧阳明", "司马光"]),
            ("主席：王毅（中国）", &["王毅"]),
            ("副主席：\t张军\n", &["张军"]),
            ("外交部长王毅先生（中国）感谢刘结一大使", &["王毅", "刘结一"]),
            ("感谢刘结一大使", &["刘结一"]),
            ("中国常驻代表张军大使", &["张军"]),
            // Not names: an office addressed, a State, a body, the room.
            ("主席先生、秘书长先生，女士们、先生们", &[]),
            ("韩国大使和张大使先生", &[]),
            ("，卫生部长和石油部长，高级法官", &[]),
            ("，董事会主席", &[]),
            ("张三副教授", &["张三"]),
            ("主席：马里亚诺·加西亚（秘鲁）", &[]),
            ("主席：缔约国会议", &[]),
            ("主席：谢谢。主席：高兴地宣布。主席：谢谢\n", &[]),
            ("王毅主持会议", &[]),
            // A foreign name between an office and a word of address.
            ("毒品和犯罪问题办公室执行主任瓦莱女士和开发署署长施泰纳先生", &["瓦莱", "施泰纳"]),
            ("执行主任先生，副主席女士", &[]),
            // A speaker of a summary record: the word of address and a bracket.
            ("5. 卡马拉女士（几内亚）和佩雷拉先生（几内亚比绍）说", &["卡马拉", "佩雷拉"]),
            ("5. 罗德里格斯先生（古巴）和阿布杜拉希德先生（沙特阿拉伯）说；在委员会上卡马拉先生（几内亚）", &["罗德里格斯", "阿布杜拉希德"]),
            ("主席：   拉赫曼先生（孟加拉国）", &["拉赫曼"]),
            // A Chinese surname alone before its word of address and bracket.
            ("3. 王女士（中国）说；李先生(新加坡)说", &["王", "李"]),
            ("王女士说", &[]),
            ("会议开幕时布朗先生（加拿大）说；布朗先生说", &[]),
            ("奥马尔·兹尼贝尔先生和古特雷斯先生", &[]),
            ("Ghada Waly 女士", &[]),
            ("约翰·马丁先生", &[]),
            ("：先生", &[]),
            // Before a bracket (the participants check that it holds a State).
            ("副主席：张军（中国）、李明（新加坡）和欧阳明（泰国）", &["张军", "李明", "欧阳明"]),
            ("在中国（北京）和韩国（首尔）", &[]),
            // After a verb of electing or appointing.
            ("委员会还选举周晓明（中国）担任第四副主席，任命欧阳明（泰国）为报告员", &["周晓明", "欧阳明"]),
            ("在同次会议上，王芳（中国）当选为报告员。随后，金正浩（大韩民国）分别当选为…", &["王芳", "金正浩"]),
            ("在同次会议上，马塞卢（莱索托）举行，王芳（中国）发言", &[]),
            // Persons elected together, one bracket after another.
            ("在第 1 次会议上，金正浩（大韩民国）和佐藤健（日本）分别当选为副主席和报告员", &["金正浩", "佐藤健"]),
            ("会上，王芳（中国）、金正浩（大韩民国）及田中宏（日本）当选为副主席", &["王芳", "金正浩", "田中宏"]),
            // The chain ends where no bracket follows the joined words.
            ("在马塞卢（莱索托）举行的会议上，王芳（中国）当选为主席", &["王芳"]),
            ("会上，金正浩（大韩民国）和其他代表当选为成员", &[]),
            ("选举委员会（中国）和选举产生（中国）", &[]),
            ("会议在马塞卢（莱索托）举行，江苏省（中国）", &[]),
            ("报告员\t王芳（中国）", &["王芳"]),
            // A Japanese name in its own ideographs after a label, before a bracket.
            ("第二副主席：\t森武（日本）\n报告员：铃木一郎（日本）", &["森武", "铃木一郎"]),
            ("主席：日本（东京）、副主席：\t欧洲联盟（观察员）", &[]),
            // A Japanese surname that opens with a function word, before `（日本）` only.
            ("缔约方会议副主席和田浩二（日本）代表主席团报告说", &["和田浩二"]),
            ("在同次会议上，中村由美（日本）和田中健（日本）分别介绍了报告", &["中村由美", "田中健"]),
            ("王芳（中国）和田中宏（日本）当选为副主席", &["王芳", "田中宏"]),
            ("会上，中村健太郎（日本）发言", &["中村健太郎"]),
            // Not before another State's bracket: there `和` joins (`田浩二`).
            ("副主席和田浩二（中国）发言", &["田浩二"]),
            // A transliterated name beside a role noun, without a dot or a word of address.
            ("秘书长古特雷斯在开幕式上致辞", &["古特雷斯"]),
            ("执行主任瓦利指出", &["瓦利"]),
            ("古特雷斯秘书长", &["古特雷斯"]),
            ("会议听取了潘基文前秘书长的发言。", &["潘基文"]),
            ("前秘书长潘基文出席了会议。", &["潘基文"]),
            ("古特雷斯前往会场。", &[]),
            ("主席：\t弗朗西斯先生\t（特立尼达和多巴哥）", &["弗朗西斯"]),
            ("主席：弗朗西斯先生", &["弗朗西斯"]),
            ("主席拉赫曼宣布会议开幕", &["拉赫曼"]),
            ("秘书长古特雷斯的代表作了发言", &["古特雷斯"]),
            ("感谢古特雷斯秘书长和执行主任瓦利。", &["古特雷斯", "瓦利"]),
            // Names of the whole Xinhua syllabary, not only those seen.
            ("普京总统在会上发言。总统普京指出", &["普京", "普京"]),
            ("秘书长瓦格纳宣布会议开幕，主席卡马拉宣布", &["瓦格纳", "卡马拉"]),
            ("由潘基文秘书长和马克龙总统主持", &["潘基文", "马克龙"]),
            ("总统拉马福萨强调，克林顿部长说", &["拉马福萨", "克林顿"]),
            // Not names: ordinary words beside a role, a State after it.
            ("秘书长报告", &[]),
            ("主席团成员", &[]),
            ("主席宣布会议开幕", &[]),
            ("执行主任办公室", &[]),
            ("主席之友", &[]),
            ("秘书长特别代表", &[]),
            ("秘书长报告的附件，代表亚洲的，代表团的", &[]),
            ("许多代表指出，若干代表和一些代表", &[]),
            ("代表拉丁美洲和加勒比国家组发言，代表欧洲联盟发言", &[]),
            ("主席提到，代表提出，秘书长文件，主席团成员和主席之友", &[]),
            ("副主席奥马尔·兹尼贝尔先生，彼得·朗斯基-蒂芬塔尔秘书长", &[]),
            ("代表巴西发言，马里代表说，南苏丹代表", &[]),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = find_plain_names(text).into_iter().map(|n| &text[n.span.range()]).collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn words_glued_to_a_dot() {
        // (text, word, inside a dotted name)
        let cases = [
            ("马里亚诺·加西亚出席了会议", "马里", true),
            ("约翰·马里发了言", "马里", true),
            ("巴西代表加达·瓦利发了言", "巴西", false),
            ("法国的让·杜邦先生", "法国", false),
            ("马里代表发了言", "马里", false),
            ("马里、巴西·", "马里", false),
        ];
        for (text, word, inside) in cases {
            let at = text.find(word).unwrap_or(0);
            assert_eq!(in_dotted_name(text, Span::new(at, at + word.len())), inside, "{text}");
        }
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
            ("秘书长彼得·朗斯基-蒂芬塔尔发了言", &["彼得·朗斯基-蒂芬塔尔"]),
            ("加达·瓦利-", &["加达·瓦利"]),
            ("工作组主席、法国的让-皮埃尔·杜邦先生宣布", &["让-皮埃尔·杜邦"]),
            ("-皮埃尔·杜邦，的-皮埃尔·杜邦", &["皮埃尔·杜邦", "皮埃尔·杜邦"]),
            ("阿明娜·穆罕默德常务副秘书长和彼得·朗斯基秘书长", &["阿明娜·穆罕默德", "彼得·朗斯基"]),
            // A PDF line break after a dot or inside a group the next dot closes.
            ("主席哈立德·阿卜杜勒·\n拉赫曼（埃及）致开幕词", &["哈立德·阿卜杜勒·\n拉赫曼"]),
            ("执行主任加达·法\r\n特希·瓦利也作了发言", &["加达·法\r\n特希·瓦利"]),
            ("执行主任加达·\n\n瓦利", &["加达·\n\n瓦利"]),
            ("执行主任加达·\n\n\n瓦利", &[]),
            ("主席加达·法\n特希也作了发言", &["加达·法"]),
            // `以及`, `等` after a name join or close a list of names.
            ("司长约翰·布兰多利诺以及秘书", &["约翰·布兰多利诺"]),
            // A title after the name is not part of it.
            ("代表彼得·奥迪安博大使代表非洲国家组", &["彼得·奥迪安博"]),
            ("院长托马斯·施托尔和世界银行代表", &["托马斯·施托尔"]),
            ("感谢加达·瓦利、米歇尔·巴切莱特等人", &["加达·瓦利", "米歇尔·巴切莱特"]),
            // A verb of electing or nominating before the name is not part of it.
            ("非洲国家组提名阿卜杜拉·姆贝基先生（南非）", &["阿卜杜拉·姆贝基"]),
            ("委员会选举玛丽亚·洛佩斯（墨西哥）为主席", &["玛丽亚·洛佩斯"]),
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
