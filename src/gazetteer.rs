//! The gazetteer: names of States, organisations, UN regional groups and
//! meeting cities, found in one left-to-right pass over the text.
//!
//! The names live in `src/data/states.tsv`, `src/data/organizations.tsv` and
//! `src/data/places.tsv`; they are parsed once and compiled into a character
//! trie ([`scan`] walks it with leftmost-longest semantics), so
//! `刚果民主共和国` wins over `刚果`, `南苏丹` over `苏丹` and `尼日利亚` over
//! `尼日尔`: in `出席者：刚果民主共和国、南苏丹。` the hits are exactly the two
//! States. Each hit costs at most the length of the longest name, so a scan
//! is linear in the text.
//!
//! Whitespace inside a name in the data matches any run of whitespace; PDF
//! line breaks inside a Chinese name (`追回被盗资产\n\n举措`) are stepped
//! over. Names that start or end with an ASCII letter or digit match only
//! as whole words (`Niger` is not found in `Nigeria`, `Oman` not in `Romania`).
//!
//! What it leaves out: deciding whether a mention is a participant (a State
//! in a venue, `大会` as the name of a special session) — that is the job of
//! [`crate::participants`] and [`crate::places`].

use std::sync::LazyLock;

use crate::span::Span;
use crate::text::{char_at, char_before, is_ws, skip_ws};

/// A State, observer State or the European Union.
#[derive(Debug)]
pub struct StateRecord {
    /// ISO 3166 alpha-3 (`EUU` for the European Union).
    pub iso3: &'static str,
    /// UN regional group, or `none`.
    pub group: &'static str,
    /// Chinese names, UN formal name first.
    pub zh: Vec<&'static str>,
    /// English names, formal name first.
    pub en: Vec<&'static str>,
    /// English adjectives that name the State in its agencies' names
    /// (`French` in `the French Anti-Corruption Agency`), perhaps none.
    pub adjectives: Vec<&'static str>,
}

/// What an organisation line of the data describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgKind {
    /// An organisation, agency, programme, network or NGO.
    Organization,
    /// A UN regional group.
    Group,
}

/// An organisation or regional group.
#[derive(Debug)]
pub struct OrgRecord {
    /// Organisation or regional group.
    pub kind: OrgKind,
    /// Chinese names, full form first.
    pub zh: Vec<&'static str>,
    /// English names, full form first.
    pub en: Vec<&'static str>,
    /// The body this one is a subsidiary of (its Chinese full name), when the
    /// data says: a document of the parent is about its subsidiaries too.
    pub parent: Option<&'static str>,
}

/// A city where meetings are held.
#[derive(Debug)]
pub struct CityRecord {
    /// ISO alpha-3 of its State.
    pub iso3: &'static str,
    /// Chinese names.
    pub zh: Vec<&'static str>,
    /// English names.
    pub en: Vec<&'static str>,
}

/// What a hit names: an index into [`states`], [`organizations`] or [`cities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entry {
    /// Index into [`states`].
    State(usize),
    /// Index into [`organizations`].
    Organization(usize),
    /// Index into [`cities`].
    City(usize),
}

/// One name found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Where, in bytes.
    pub span: Span,
    /// What it names.
    pub entry: Entry,
}

static STATES: LazyLock<Vec<StateRecord>> = LazyLock::new(|| {
    rows(data_file!("states.tsv"), 4)
        .map(|f| StateRecord { iso3: f[0], group: f[1], zh: names(f[2]), en: names(f[3]), adjectives: f.get(4).map_or(Vec::new(), |a| names(a)) })
        .collect()
});

static ORGANIZATIONS: LazyLock<Vec<OrgRecord>> = LazyLock::new(|| {
    rows(data_file!("organizations.tsv"), 3)
        .map(|f| OrgRecord {
            kind: if f[0] == "group" { OrgKind::Group } else { OrgKind::Organization },
            zh: names(f[1]),
            en: names(f[2]),
            parent: f.get(3).copied().filter(|p| !p.is_empty()),
        })
        .collect()
});

static CITIES: LazyLock<Vec<CityRecord>> = LazyLock::new(|| {
    rows(data_file!("places.tsv"), 3).map(|f| CityRecord { iso3: f[0], zh: names(f[1]), en: names(f[2]) }).collect()
});

static TRIE: LazyLock<Trie> = LazyLock::new(|| {
    // A node for each char of each name at most: no reallocation while building.
    let names = STATES.iter().flat_map(|s| s.zh.iter().chain(&s.en));
    let names = names.chain(ORGANIZATIONS.iter().flat_map(|o| o.zh.iter().chain(&o.en)));
    let chars: usize = names.chain(CITIES.iter().flat_map(|c| c.zh.iter().chain(&c.en))).map(|n| n.len()).sum();
    let mut nodes = Vec::with_capacity(chars + 1);
    nodes.push(Node::default());
    let mut trie = Trie { nodes, roots: Vec::new() };
    // States first: a name listed twice keeps its first meaning.
    for (i, s) in STATES.iter().enumerate() {
        for name in s.zh.iter().chain(&s.en) {
            trie.insert(name, Entry::State(i));
        }
    }
    for (i, o) in ORGANIZATIONS.iter().enumerate() {
        for name in o.zh.iter().chain(&o.en) {
            trie.insert(name, Entry::Organization(i));
        }
    }
    for (i, c) in CITIES.iter().enumerate() {
        for name in c.zh.iter().chain(&c.en) {
            trie.insert(name, Entry::City(i));
        }
    }
    trie.index_roots();
    trie
});

/// The States of `src/data/states.tsv`, in file order.
pub fn states() -> &'static [StateRecord] {
    &STATES
}

/// The organisations and groups of `src/data/organizations.tsv`.
pub fn organizations() -> &'static [OrgRecord] {
    &ORGANIZATIONS
}

/// The cities of `src/data/places.tsv`.
pub fn cities() -> &'static [CityRecord] {
    &CITIES
}

/// The entry that `name` is exactly (whitespace ignored), if any.
pub fn lookup(name: &str) -> Option<Entry> {
    let hits = scan(name);
    match hits.as_slice() {
        [h] if h.span.start == 0 && h.span.end == name.trim_end().len() => Some(h.entry),
        _ => None,
    }
}

/// The English names of the States, lower-cased, with the State's index
/// and the name as the data writes it.
static STATES_CASELESS: LazyLock<std::collections::HashMap<String, (usize, &'static str)>> = LazyLock::new(|| {
    STATES.iter().enumerate().flat_map(|(i, s)| s.en.iter().map(move |n| (crate::text::to_latin1_lowercase(n), (i, *n)))).collect()
});

/// The State that `name` names in English whatever its case, as a list of
/// participants writes its headings in capitals (`NEW ZEALAND`, `HOLY
/// SEE`): its index in [`states`] and the name as the data writes it.
pub fn state_caseless(name: &str) -> Option<(usize, &'static str)> {
    STATES_CASELESS.get(&crate::text::to_latin1_lowercase(name.trim())).copied()
}

/// The States' English adjectives, with the State's index.
static ADJECTIVES: LazyLock<std::collections::HashMap<&'static str, usize>> =
    LazyLock::new(|| STATES.iter().enumerate().flat_map(|(i, s)| s.adjectives.iter().map(move |a| (*a, i))).collect());

/// The State whose English adjective `word` is, as written (`French`,
/// `South African`): its index in [`states`].
pub fn state_by_adjective(word: &str) -> Option<usize> {
    ADJECTIVES.get(word).copied()
}

/// All names in `text`, left to right, longest first at each position,
/// never overlapping. O(n · longest name).
pub fn scan(text: &str) -> Vec<Hit> {
    let trie = &*TRIE;
    let mut hits = Vec::new();
    // The end of the last name found: the scan goes on from there.
    let mut resume = 0;
    for (i, c) in text.char_indices() {
        if i < resume {
            continue;
        }
        let root = trie.root_child(c);
        if root.is_some_and(|n| trie.may_go_on(n, text, i + c.len_utf8())) && word_start_ok(text, i, c) {
            if let Some((end, entry)) = trie.longest(text, i) {
                hits.push(Hit { span: Span::new(i, end), entry });
                resume = end;
            }
        }
    }
    hits
}

/// The non-comment lines of a TSV file with at least `n` fields.
fn rows(data: &'static str, n: usize) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
        .filter(move |f| f.len() >= n)
}

fn names(field: &'static str) -> Vec<&'static str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// True when a footnote mark starts at `j`: one or two digits set right
/// after a word as PDF text prints a superscript (`Japan1 and`), then no
/// more of a word.
fn footnote_mark(text: &str, j: usize) -> bool {
    let digits = text[j..].bytes().take(3).take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && !char_at(text, j + digits).is_some_and(|d| is_word_char(d) || d == '-')
}

fn word_start_ok(text: &str, i: usize, first: char) -> bool {
    !is_word_char(first) || !char_before(text, i).is_some_and(|p| is_word_char(p) || p == '-')
}

/// The character a name is stored and matched by: typographic apostrophes
/// (`Côte d’Ivoire`, `Lao People’s Democratic Republic`, as UN PDFs print
/// them) are the ASCII one of the data.
fn fold(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
        _ => c,
    }
}

#[derive(Default)]
struct Node {
    /// Sorted by char; `' '` stands for a run of whitespace.
    edges: Vec<(char, u32)>,
    /// Bit `c % 64` set for each char `c` of `edges`: a char whose bit is
    /// clear has no edge, known without a search.
    follows: u64,
    value: Option<Entry>,
}

struct Trie {
    nodes: Vec<Node>,
    /// The root's children by code point, for the Basic Multilingual Plane
    /// (0 = none): the scan asks the root about every character of the text.
    roots: Vec<u32>,
}

/// The bit of [`Node::follows`] that stands for `c`.
fn follow_bit(c: char) -> u64 {
    1 << (c as u32 % 64)
}

/// Longest run of whitespace stepped over inside a name, in bytes, not
/// counting the indentation of a wrapped line (see [`MAX_INDENT`]).
const MAX_GAP: usize = 12;

/// Longest indentation of the line a name wraps onto, in bytes: PDF text
/// indents a sub-item's wrapped title by 14 spaces and more (`(a)     Work
/// of … the United` / `              Nations Office on Drugs and Crime`).
const MAX_INDENT: usize = 40;

/// Whether a name may step over the whitespace `gap` between two of its
/// words: a short run, or a line break and the next line's indentation.
fn steps_over(gap: &str) -> bool {
    match gap.rfind('\n') {
        Some(nl) => nl < MAX_GAP && gap.len() - nl - 1 <= MAX_INDENT,
        None => gap.len() <= MAX_GAP,
    }
}

impl Trie {
    fn insert(&mut self, name: &str, entry: Entry) {
        let mut node = 0usize;
        let mut gap = false;
        for c in name.chars() {
            if is_ws(c) {
                gap = true;
                continue;
            }
            if gap {
                node = self.step_or_add(node, ' ');
                gap = false;
            }
            node = self.step_or_add(node, fold(c));
        }
        if node != 0 && self.nodes[node].value.is_none() {
            self.nodes[node].value = Some(entry);
        }
    }

    fn step_or_add(&mut self, node: usize, c: char) -> usize {
        if let Some(n) = self.child(node, c) {
            return n;
        }
        let n = self.nodes.len();
        self.nodes.push(Node::default());
        let parent = &mut self.nodes[node];
        let at = parent.edges.partition_point(|&(k, _)| k < c);
        parent.edges.insert(at, (c, n as u32));
        parent.follows |= follow_bit(c);
        n
    }

    fn index_roots(&mut self) {
        let mut roots = vec![0u32; 0x10000];
        for &(c, n) in &self.nodes[0].edges {
            if let Some(slot) = roots.get_mut(c as usize) {
                *slot = n;
            }
        }
        self.roots = roots;
    }

    fn root_child(&self, c: char) -> Option<usize> {
        match self.roots.get(c as usize) {
            Some(&n) => (n != 0).then_some(n as usize),
            None => self.child(0, c),
        }
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        let edges = &self.nodes.get(node)?.edges;
        edges.binary_search_by(|&(k, _)| k.cmp(&c)).ok().map(|i| edges[i].1 as usize)
    }

    /// False when no name longer than one char can go on from `node` (a
    /// child of the root) with the text at `j`: the char there is no
    /// whitespace and has no edge. Most first chars of names in a text start
    /// none, and this says so without walking the trie.
    fn may_go_on(&self, node: usize, text: &str, j: usize) -> bool {
        let Some(n) = self.nodes.get(node) else { return false };
        n.value.is_some() || char_at(text, j).is_some_and(|c| is_ws(c) || n.follows & follow_bit(fold(c)) != 0)
    }

    /// The longest name starting at `i` that ends on a word boundary.
    fn longest(&self, text: &str, i: usize) -> Option<(usize, Entry)> {
        let mut node = 0usize;
        let mut j = i;
        let mut best = None;
        let mut last: Option<char> = None;
        while let Some(c) = char_at(text, j) {
            if is_ws(c) {
                let end = skip_ws(text, j);
                // A tab separates table cells (`瑞士\t联邦外交部`): no name spans it.
                if !steps_over(&text[j..end]) || last.is_none() || text[j..end].contains('\t') {
                    break;
                }
                if let Some(n) = self.child(node, ' ') {
                    node = n;
                    j = end;
                    continue;
                }
                // A line break inside a Chinese name, as PDF text has it.
                match (last, char_at(text, end)) {
                    (Some(l), Some(next)) if !l.is_ascii() && !next.is_ascii() && self.child(node, next).is_some() && !ends_heading(text, j, end) => {
                        j = end;
                        continue;
                    }
                    _ => break,
                }
            }
            let folded = fold(c);
            let next = if node == 0 { self.root_child(folded) } else { self.child(node, folded) };
            let Some(n) = next else { break };
            node = n;
            j += c.len_utf8();
            last = Some(c);
            if let Some(entry) = self.nodes[node].value {
                let ends_word = !is_word_char(c) || !char_at(text, j).is_some_and(|d| is_word_char(d) || d == '-');
                // `Barbados, Japan1 and`: a State's name with a footnote mark.
                let marked = matches!(entry, Entry::State(_)) && c.is_ascii_lowercase() && footnote_mark(text, j);
                if ends_word || marked {
                    best = Some((j, entry));
                }
            }
        }
        best
    }
}

/// Longest numbered heading line, in characters, that a blank line below
/// ends: shorter than a full line of a PDF's paragraph, which breaks
/// wherever the page's width falls.
const HEADING_CHARS: usize = 30;

/// True when the whitespace `j..end` is a blank line (two or more line
/// breaks) below a numbered heading (`3. 资产追回：包括没收事宜的国际合作`,
/// `(b) 国际合作`, `二、技术援助`): a short line that holds no `，`, `。`
/// or `；`. The blank line ends the heading, so a name does not run on
/// into the paragraph below (`工作组不妨审议…`). A PDF's blank line inside
/// a sentence (`追回被盗资产\n\n举措`, a long numbered paragraph's first
/// line) is no such end. Reads back one line, at most [`HEADING_CHARS`]
/// characters of it.
fn ends_heading(text: &str, j: usize, end: usize) -> bool {
    if text[j..end].bytes().filter(|&b| b == b'\n').count() < 2 {
        return false;
    }
    // Each char takes at most 4 bytes, leading whitespace aside.
    let lo = crate::text::floor_boundary(text, j.saturating_sub(4 * HEADING_CHARS + 8));
    let Some(line) = text[lo..j].rfind('\n').map(|p| &text[lo + p + 1..j]).or((lo == 0).then(|| &text[..j])) else { return false };
    let line = line.trim_start_matches(is_ws);
    if line.contains(['，', '。', '；']) || line.chars().count() > HEADING_CHARS {
        return false;
    }
    let marker = line.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    let numbered = marker.len() < line.len() && marker.starts_with(['.', '．', '、']);
    let lettered = ["(", "（"].iter().any(|o| line.strip_prefix(o).and_then(|r| r.find([')', '）'])).is_some_and(|p| (1..=4).contains(&p)));
    numbered || lettered
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names found in `text`, with the ISO code of States.
    fn found(text: &str) -> Vec<String> {
        scan(text)
            .iter()
            .map(|h| {
                let t = &text[h.span.range()];
                match h.entry {
                    Entry::State(i) => format!("{t}={}", STATES[i].iso3),
                    Entry::Organization(_) => format!("{t}=org"),
                    Entry::City(i) => format!("{t}@{}", CITIES[i].iso3),
                }
            })
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("刚果民主共和国和刚果", &["刚果民主共和国=COD", "刚果=COG"]),
            ("南苏丹、苏丹", &["南苏丹=SSD", "苏丹=SDN"]),
            // A footnote mark after a State; not a longer word or a code.
            ("Barbados, Japan1 and Chad12,", &["Barbados=BRB", "Japan=JPN", "Chad=TCD"]),
            ("Japan123 Chad1x", &[]),
            ("尼日利亚、尼日尔", &["尼日利亚=NGA", "尼日尔=NER"]),
            ("多民族玻利维亚国", &["多民族玻利维亚国=BOL"]),
            ("玻利维亚(多民族玻利维亚国)", &["玻利维亚(多民族玻利维亚国)=BOL"]),
            ("大不列颠及北爱尔兰联合王国", &["大不列颠及北爱尔兰联合王国=GBR"]),
            ("委内瑞拉玻利瓦尔共和国", &["委内瑞拉玻利瓦尔共和国=VEN"]),
            ("坦桑尼亚联合共和国", &["坦桑尼亚联合共和国=TZA"]),
            ("巴勒斯坦国", &["巴勒斯坦国=PSE"]),
            ("欧洲联盟", &["欧洲联盟=EUU"]),
            ("印度尼西亚和印度", &["印度尼西亚=IDN", "印度=IND"]),
            ("索马里", &["索马里=SOM"]),
            ("巴拿马城", &["巴拿马城@PAN"]),
            ("追回被盗资产\n\n举措", &["追回被盗资产\n\n举措=org"]),
            // A blank line below a numbered heading ends it: the paragraph below is no part of a name.
            ("3. 资产追回：包括没收事宜的国际合作\n\n工作组不妨审议《公约》第十二条。", &[]),
            ("(b) 国际合作\n\n工作组审议了这一问题。", &[]),
            // A blank line inside a sentence or a single break below a heading is stepped over.
            ("3. 会议注意到，秘书处介绍了国际合作\n\n工作组的工作。", &["国际合作\n\n工作组=org"]),
            ("会议欢迎追回被盗资产\n\n举措的工作。", &["追回被盗资产\n\n举措=org"]),
            ("3. 出席会议的有《公约》下列缔约国：阿尔及利亚、多民族玻利维亚国、委内瑞拉(玻利瓦尔共和国)、国际合作\n\n工作组。", &["阿尔及利亚=DZA", "多民族玻利维亚国=BOL", "委内瑞拉(玻利瓦尔共和国)=VEN", "国际合作\n\n工作组=org"]),
            ("(b) 国际合作\n工作组", &["国际合作\n工作组=org"]),
            ("20 国集团", &["20 国集团=org"]),
            ("瑞士\t联邦外交部", &["瑞士=CHE"]),
            ("Nigeria and the Niger", &["Nigeria=NGA", "Niger=NER"]),
            ("Papua New Guinea, Guinea", &["Papua New Guinea=PNG", "Guinea=GIN"]),
            ("Guinea-Bissau", &["Guinea-Bissau=GNB"]),
            ("United Kingdom of Great\nBritain and Northern Ireland", &["United Kingdom of Great\nBritain and Northern Ireland=GBR"]),
            ("Romania", &["Romania=ROU"]),
            ("Côte d’Ivoire and the Lao People’s Democratic Republic", &["Côte d’Ivoire=CIV", "Lao People’s Democratic Republic=LAO"]),
            ("Democratic People‘s Republic of Korea", &["Democratic People‘s Republic of Korea=PRK"]),
            ("Omani", &[]),
            ("Chadian", &[]),
            ("Vienna International Centre", &["Vienna@AUT"]),
            ("UNDPX and UNDP", &["UNDP=org"]),
            ("", &[]),
            ("😀刚果😀", &["刚果=COG"]),
            ("刚\n\n\n\n\n\n\n\n\n\n\n\n\n果", &[]),
            // A wrapped sub-item title goes on under its indentation, not across a page's width.
            ("for the United Nations\n              International Drug Control Programme;", &["United Nations\n              International Drug Control Programme=org"]),
            ("the United Nations\n                                          International Drug Control Programme", &["United Nations=org"]),
            ("the United Nations             \n  Development Programme", &["United Nations=org"]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn data_is_complete() {
        // 193 Member States, the Holy See, the State of Palestine, the EU.
        assert_eq!(states().len(), 196);
        let mut codes: Vec<_> = states().iter().map(|s| s.iso3).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 196);
        assert!(states().iter().all(|s| !s.zh.is_empty() && !s.en.is_empty() && s.iso3.len() == 3));
        assert!(matches!(lookup("埃及"), Some(Entry::State(i)) if states()[i].iso3 == "EGY"));
        assert!(matches!(lookup("Egypt"), Some(Entry::State(i)) if states()[i].iso3 == "EGY"));
        assert_eq!(lookup("埃及人"), None);
    }
}
