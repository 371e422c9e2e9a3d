//! Mentions of the gazetteer's names as participants: a State, an
//! organisation or a UN regional group named where it takes part or acts.
//! `卡塔尔代表报告…` gives `卡塔尔` {state, QAT}; `联合国世界粮食计划署` is one
//! organisation, the `联合国` written before it included; a bracketed short
//! form after an organisation joins its span (see `shorts`).
//!
//! Deliberately left out, by the context checks: a State inside a language,
//! people, sea, descent or title (`西班牙语`, `中国人民`, `朝鲜半岛`,
//! `《北京宣言》`) or a transliterated name (`马里亚诺·加西亚`), inside a
//! longer word (`发展中国家`, `加勒比海地区`, `南非洲`),
//! a style (`美国式`), a currency (`United States dollars`, `德国马克`) or an
//! event of its history (`法国大革命`); an organ that numbers its own
//! resolution (`经济及社会理事会第 2002/1 号决议`); `大会` and `General
//! Assembly` where the Assembly does not act (`大会特别会议`, `大会第 58/4
//! 号决议`); `联合国` and `United Nations` in fixed expressions (`联合国系统`,
//! `United Nations Convention`). Cities are places, not participants.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{is_cjk_text, squeeze};
use super::shorts::{bracketed_short, MAX_SHORTS};
use crate::gazetteer::{self, Entry, Hit, OrgKind};
use crate::model::{Annotation, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_at, char_before, is_cjk, is_space};

/// The participants the gazetteer's hits give, in order, each after its
/// context checks; the short forms they introduce are added to `shorts`.
pub(super) fn find_mentions(text: &str, hits: &[Hit], shorts: &mut Vec<String>) -> Vec<Annotation> {
    let mut out: Vec<Annotation> = Vec::new();
    let mut reach = 0;
    let names: Vec<&Hit> = hits.iter().filter(|h| !matches!(h.entry, Entry::City(_))).collect();
    let cities: Vec<(Span, &str)> = hits
        .iter()
        .filter_map(|h| match h.entry {
            Entry::City(i) => gazetteer::cities().get(i).map(|c| (h.span, c.iso3)),
            _ => None,
        })
        .collect();
    for (k, hit) in names.iter().enumerate() {
        if hit.span.start < reach {
            continue;
        }
        if qualifies_city(text, hit, &cities) {
            continue;
        }
        // `联合国世界粮食计划署`: the United Nations written before one of its
        // organisations is part of that name.
        let next = names.get(k + 1).filter(|n| n.span.start == hit.span.end && matches!(n.entry, Entry::Organization(_)));
        if let (Some(next), true) = (next, is_united_nations(hit)) {
            if let Some(mut a) = from_hit(text, next, shorts) {
                a.span = Span::new(hit.span.start, a.span.end);
                if let Value::Participant(ParticipantValue::Organization { name, .. }) = &mut a.value {
                    name.insert_str(0, &squeeze(&text[hit.span.range()]));
                }
                reach = a.span.end;
                out.push(a);
                continue;
            }
        }
        if let Some(a) = agency_at(text, hits, &names, k, shorts) {
            // `the Anti-Corruption Commission of Seychelles`: the names read before the State are the agency's.
            while out.last().is_some_and(|o| o.span.start >= a.span.start) {
                out.pop();
            }
            reach = a.span.end;
            out.push(a);
            continue;
        }
        if let Some(a) = from_hit(text, hit, shorts) {
            reach = a.span.end;
            out.push(a);
        }
    }
    adjective_agencies(text, hits, shorts, &mut out);
    out
}

/// Adds the agencies named after their State's adjective (`the French
/// Anti-Corruption Agency (AFA)`) to `out`, sorted, each replacing the
/// mentions inside it (a short form the gazetteer knows): one merge of the
/// two sorted lists.
fn adjective_agencies(text: &str, hits: &[Hit], shorts: &mut Vec<String>, out: &mut Vec<Annotation>) {
    let starts: Vec<usize> = hits.iter().map(|h| h.span.start).collect();
    let agencies: Vec<Annotation> = super::agencies::adjective_agencies(text, &starts)
        .into_iter()
        .map(|span| {
            let (span, short) = with_short(text, span, shorts);
            let name = squeeze(&text[span.range()]);
            Annotation::new(span, Value::Participant(ParticipantValue::Organization { name, short }))
        })
        .collect();
    if agencies.is_empty() {
        return;
    }
    let mut merged = Vec::with_capacity(out.len() + agencies.len());
    let mut agencies = agencies.into_iter().peekable();
    let mut last: Option<Span> = None;
    for a in std::mem::take(out) {
        while let Some(g) = agencies.next_if(|g| g.span.start <= a.span.start) {
            last = Some(g.span);
            merged.push(g);
        }
        let inside = last.is_some_and(|l| l.overlaps(a.span)) || agencies.peek().is_some_and(|g| g.span.overlaps(a.span));
        if !inside {
            merged.push(a);
        }
    }
    merged.extend(agencies);
    *out = merged;
}

/// The organisation at `span` with its bracketed short form, if one follows
/// (`联合国开发计划署（开发署）`), the short form kept in `shorts` to be
/// found alone later.
fn with_short(text: &str, span: Span, shorts: &mut Vec<String>) -> (Span, Option<String>) {
    match bracketed_short(text, span.start, span.end) {
        Some((end, short)) => {
            if shorts.len() < MAX_SHORTS && !shorts.contains(&short) {
                shorts.push(short.clone());
            }
            (Span::new(span.start, end), Some(short))
        }
        None => (span, None),
    }
}

/// The national agency whose name holds the State of `names[k]`
/// (`塞舌尔反腐败委员会`, `the Ministry of Justice of Kenya`), with its
/// bracketed short form (`(ACCS)`): one organisation, the State no mention.
fn agency_at(text: &str, hits: &[Hit], names: &[&Hit], k: usize, shorts: &mut Vec<String>) -> Option<Annotation> {
    let hit = names.get(k)?;
    let Entry::State(_) = hit.entry else { return None };
    let next = hits.partition_point(|h| h.span.start < hit.span.end);
    let limit = hits.get(next).map_or(text.len(), |h| h.span.start);
    let after_org = k.checked_sub(1).and_then(|p| names.get(p)).is_some_and(|p| p.span.end == hit.span.start && matches!(p.entry, Entry::Organization(_)));
    let span = super::agencies::agency(text, hit.span, limit, after_org)?;
    let (span, short) = with_short(text, span, shorts);
    let name = squeeze(&text[span.range()]);
    Some(Annotation::new(span, Value::Participant(ParticipantValue::Organization { name, short })))
}

/// True when the State of `hit` only says which country a city of its own
/// is in, a place expression: `泰国曼谷`, `埃及沙姆沙伊赫`, `Bangkok,
/// Thailand`, `Kyoto, Japan`. `cities` are the city hits, sorted. The State
/// named as where an activity happens (`in Colombia and Mexico`) stays.
fn qualifies_city(text: &str, hit: &Hit, cities: &[(Span, &str)]) -> bool {
    let Entry::State(i) = hit.entry else { return false };
    let Some(iso3) = gazetteer::states().get(i).map(|s| s.iso3) else { return false };
    // `泰国曼谷`: the city right after the State.
    let next = crate::text::skip_spaces(text, hit.span.end);
    let k = cities.partition_point(|(s, _)| s.start < next);
    if cities.get(k).is_some_and(|(s, c)| s.start == next && *c == iso3) && is_cjk_text(&text[hit.span.range()]) {
        return true;
    }
    // `Bangkok, Thailand`: the city, a comma, the State.
    let before = text[..hit.span.start].trim_end_matches(is_space);
    let before = before.strip_suffix('\n').unwrap_or(before).trim_end_matches(is_space);
    let Some(comma) = before.strip_suffix(',') else { return false };
    let k = cities.partition_point(|(s, _)| s.end <= comma.len());
    k.checked_sub(1).and_then(|k| cities.get(k)).is_some_and(|(s, c)| s.end == comma.len() && *c == iso3)
}

/// True when `hit` is the United Nations itself (`联合国`).
fn is_united_nations(hit: &Hit) -> bool {
    match hit.entry {
        Entry::Organization(i) => gazetteer::organizations().get(i).is_some_and(|o| o.zh.first() == Some(&"联合国")),
        _ => false,
    }
}

/// A resolution or decision numbered right after the body that adopted it,
/// perhaps with its date between: `第 2002/1 号决议`, ` S-32/1 号决议`,
/// `第 1373 (2001) 号决议`, `2021年7月22日第2021/15号决议`.
static OWN_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[ \t\u{3000}]*(?:[0-9]{4}[ \t]*年(?:[ \t]*[0-9]{1,2}[ \t]*月(?:[ \t]*[0-9]{1,2}[ \t]*日)?)?[ \t]*(?:的[ \t]*)?)?第?[ \t]*(?:S-)?[0-9]{1,4}(?:/[0-9]{1,4})?(?:[ \t]*[(（][0-9]{4}[)）])?[ \t]*号(?:决议|决定)")
});

/// True when `rest`, the text right after an organisation, numbers one of
/// its resolutions or decisions: the organisation is then the body of a
/// symbol, not a participant, as `大会` in `大会第 58/4 号决议`. Not when the
/// organisation acts first (`人权理事会2023年通过了第52/1号决议`).
fn numbers_its_resolution(rest: &str) -> bool {
    // Every match holds `号决`: a cheap search for it keeps the pattern off most mentions.
    rest.contains("号决") && OWN_RESOLUTION.is_match(rest)
}

/// The annotation a gazetteer hit gives, after the context checks.
fn from_hit(text: &str, hit: &Hit, shorts: &mut Vec<String>) -> Option<Annotation> {
    let span = hit.span;
    let name = squeeze(&text[span.range()]);
    match hit.entry {
        Entry::State(i) => {
            let state = gazetteer::states().get(i)?;
            if !state_context_ok(text, span, &name) {
                return None;
            }
            Some(Annotation::new(span, Value::Participant(ParticipantValue::State { name, iso3: state.iso3.to_string() })))
        }
        Entry::Organization(i) => {
            let org = gazetteer::organizations().get(i)?;
            if org.kind == OrgKind::Group {
                return Some(Annotation::new(span, Value::Participant(ParticipantValue::Group { name })));
            }
            if !org_context_ok(text, span, &name) {
                return None;
            }
            let (span, short) = with_short(text, span, shorts);
            let written = squeeze(&text[span.range()]);
            let name = match &short {
                // `（全\n\n球网)` is written `（全球网）` in the name.
                Some(s) if is_cjk_text(&name) && written.contains(s.as_str()) && written.chars().count() == name.chars().count() + s.chars().count() + 2 => {
                    format!("{name}（{s}）")
                }
                Some(_) => written,
                None => name,
            };
            Some(Annotation::new(span, Value::Participant(ParticipantValue::Organization { name, short })))
        }
        Entry::City(_) => None,
    }
}

/// Words a State's name qualifies without the State taking part: its
/// currencies, revolutions and wars (`德国马克`, `瑞士法郎`, `法国大革命`,
/// `越南战争`); `元` (`加拿大元`) is checked apart, as `元首` is no currency.
const ATTRIBUTIVE_HEADS: &[&str] =
    &["马克", "法郎", "克朗", "卢布", "卢比", "比索", "兰特", "第纳尔", "先令", "里拉", "镑", "大革命", "革命", "战争"];

/// A State mention that is not part of a language, people, sea, title or
/// longer word.
fn state_context_ok(text: &str, span: Span, name: &str) -> bool {
    let next = char_at(text, span.end);
    // `朝鲜半岛`, `非洲裔`: a peninsula, a descent.
    if next.is_some_and(|c| matches!(c, '语' | '文' | '人' | '河' | '湾' | '海' | '洋' | '湖' | '族' | '籍' | '半' | '裔')) {
        return false;
    }
    // `美国式`, `南非洲`: a style, a continent's part.
    if matches!(next, Some('式' | '洲')) {
        return false;
    }
    // `德国马克`, `加拿大元`, `法国大革命`: a currency, an event of its history.
    let rest = text.get(span.end..).unwrap_or("");
    let dollar = rest.starts_with('元') && !rest.starts_with("元首");
    if dollar || ATTRIBUTIVE_HEADS.iter().any(|h| rest.starts_with(h)) {
        return false;
    }
    // `发展中国家`, `拉美国家`, `过程中国际合作`: the `国` belongs to `国家`, `国际`.
    if name.ends_with('国') && matches!(next, Some('家' | '际')) {
        return false;
    }
    // `加勒比海地区`: `海地` is not Haiti there.
    if name == "海地" && (next == Some('区') || char_before(text, span.start) == Some('比')) {
        return false;
    }
    // `明智利用`: `智利` is not Chile there.
    if name == "智利" && (next == Some('用') || char_before(text, span.start) == Some('明')) {
        return false;
    }
    // `马里亚诺·加西亚`: a State's name glued to a middle dot is part of a person's name.
    if char_before(text, span.start) == Some('《') || inside_title(text, span) || crate::names_zh::in_dotted_name(text, span) {
        return false;
    }
    let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(8))..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let lead = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(40))..span.start).unwrap_or("");
    if names_special_region(lead, after) {
        return false;
    }
    if names_national_body(after) {
        return false;
    }
    if names_person_or_feature(lead, after) {
        return false;
    }
    let titled = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms "].iter().any(|t| before.ends_with(t));
    // `United States dollars` is a currency.
    !titled && !after.starts_with(" dollar")
}

/// Words after an English State's name that make it a river, sea or
/// landform named after it (`the Niger River`), as `河` and `湾` do in Chinese.
const FEATURES_EN: &[&str] = &[" River", " river", " Delta", " delta", " Basin", " basin", " Valley", " Sea", " Gulf", " Lake"];

/// True when an English State's name between `lead` and `after` is a
/// person's name or a place named after it: a first name before a
/// capitalised surname (`to Chad Johnson`), a surname after a capitalised
/// first name (`to Michael Jordan`), both in running text (a lower-case word
/// or a comma before them, and neither word part of a State's name, so
/// `Burundi Chad Chile` pasted from a list stays three States and `Guinea
/// Bissau` one); the
/// university of a US state (`the University of Georgia`); a river or
/// landform (see [`FEATURES_EN`]).
fn names_person_or_feature(lead: &str, after: &str) -> bool {
    if lead.ends_with("University of ") || FEATURES_EN.iter().any(|f| after.starts_with(f)) {
        return true;
    }
    let capitalised = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase()) && w.len() > 1 && cs.all(|c| c.is_ascii_lowercase())
    };
    let in_state = |w: &str| gazetteer::states().iter().any(|s| s.en.iter().any(|n| n.split([' ', '-']).any(|p| p == w)));
    let running = |w: &str| w.ends_with(',') || (!w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()));
    let Some(head) = lead.strip_suffix(' ') else { return false };
    let mut words = head.rsplit(' ');
    let (prev, prev2) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    // `Michael Jordan`: a capitalised first name right before.
    if capitalised(prev) && running(prev2) && !in_state(prev) {
        return true;
    }
    // `Chad Johnson`: a capitalised surname right after.
    let next = after.strip_prefix(' ').map(|a| a.split([' ', ',', '.', ';', ':', '\n', ')']).next().unwrap_or(""));
    next.is_some_and(|n| capitalised(n) && running(prev) && !["Mr", "Ms", "Mrs", "Dr"].contains(&n) && !in_state(n))
}

/// True when a State mention with `before` and `after` around it is part of
/// the name of one of its special administrative regions: `中国香港特别行政区`,
/// `中国澳门`, `Hong Kong, China`, `Hong Kong Special Administrative Region
/// of China`. The region's delegation or agency acts as the region, not as the
/// State (as `挪威发展合作署` gives no mention of Norway: the longest name wins).
fn names_special_region(before: &str, after: &str) -> bool {
    const ZH: &[&str] = &["香港", "澳门"];
    const EN: &[&str] = &["Hong Kong, ", "Macao, ", "Macau, ", "Special Administrative Region of ", "Special Administrative Region of the "];
    ZH.iter().any(|r| after.starts_with(r)) || EN.iter().any(|r| before.ends_with(r))
}

/// The names of the special administrative regions as the gazetteer finds
/// their cities (`data/places.tsv`).
const SPECIAL_REGIONS: &[&str] = &["香港", "澳门", "Hong Kong", "Macao", "Macau"];

/// What follows a region's city in its name as a delegation: `中国香港特别行政区`,
/// `Hong Kong, China`, `Hong Kong Special Administrative Region of China`,
/// `Macao SAR`; a line break may stand for a space.
static REGION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:特别行政区|,[ \n]+China\b|[ \n]+Special[ \n]+Administrative[ \n]+Region(?:[ \n]+of[ \n]+(?:the[ \n]+)?(?:People's[ \n]+Republic[ \n]+of[ \n]+)?China\b)?|[ \n]+SAR\b)")
});

/// The special administrative regions of China named as taking part
/// (`中国香港`, `中国澳门特别行政区`, `Hong Kong, China`, `the representative
/// of Macao, China`): each an organisation, as it is no State (the types are
/// state, organisation, person and group) and its State is not named by it
/// (see [`names_special_region`]). A region that is a venue (`在中国香港举行`,
/// `held in Hong Kong, China`) is the place [`crate::places`] finds there,
/// not a participant: [`crate::resolve`] drops the region where a place
/// overlaps it, as it drops a State.
pub(super) fn find_special_regions(doc: &crate::text::Document, hits: &[Hit]) -> Vec<Annotation> {
    let text = doc.text;
    let mut found: Vec<Annotation> = Vec::new();
    for (k, hit) in hits.iter().enumerate() {
        let Entry::City(_) = hit.entry else { continue };
        if !SPECIAL_REGIONS.contains(&&text[hit.span.range()]) {
            continue;
        }
        let tail = REGION_TAIL.find(&text[hit.span.end..]).map_or(0, |m| m.end());
        // `中国香港`: the State written right before the city.
        let state = k.checked_sub(1).and_then(|p| hits.get(p)).filter(|h| h.span.end == hit.span.start && matches!(h.entry, Entry::State(i) if gazetteer::states().get(i).is_some_and(|s| s.iso3 == "CHN")));
        // A city alone (`香港`, `Hong Kong`) is a city, not the region's delegation.
        if state.is_none() && tail == 0 {
            continue;
        }
        let span = Span::new(state.map_or(hit.span.start, |h| h.span.start), hit.span.end + tail);
        let name = squeeze(&text[span.range()]);
        found.push(Annotation::new(span, Value::Participant(ParticipantValue::Organization { name, short: None })));
    }
    found
}

/// True when `after`, the text after a State, makes it part of the name of
/// its central bank (`印度储备银行`, `莫桑比克国家银行`, `印度银行`); its other
/// national bodies are the agencies of [`super::agencies`].
fn names_national_body(after: &str) -> bool {
    // `印度储备银行`, `莫桑比克国家银行`: its central bank, named after it.
    ["银行", "国家银行", "中央银行", "储备银行"].iter().any(|b| after.starts_with(b))
}

/// An organ named as the owner of rules of procedure: `经济及社会理事会议事规则`,
/// `经济及社会理事会职司委员会议事规则` (the text after the name).
static OWNS_RULES_ZH: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"^[ \t]*的?[ \t]*(?:各?职司委员会[ \t]*(?:的[ \t]*)?)?(?:暂行)?议事规则"));

/// The same in English, the text before the name: `rules of procedure of the
/// General Assembly`, `rule 15 of the rules of procedure of the functional
/// commissions of the Economic and Social Council`.
static OWNS_RULES_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"rules of procedure (?:of the [a-z]+(?: [a-z]+){0,3} )?of (?:the )?$")
});

/// True when the organisation between `before` and `after` is named only as
/// the owner of rules of procedure: the rules are an instrument the document
/// applies, the organ does not act (as `大会` is the symbol's body in
/// `大会第 58/4 号决议`, and the owner is left out of `议事规则第 22 条`).
fn owns_rules(before: &str, after: &str) -> bool {
    // Cheap literal checks first keep the patterns off most mentions.
    (after.contains("议事规则") && OWNS_RULES_ZH.is_match(after))
        || (before.contains("procedure") && OWNS_RULES_EN.is_match(&before.replace('\n', " ").to_ascii_lowercase()))
        || after.starts_with("'s rules of procedure") || after.starts_with("’s rules of procedure")
        || after.starts_with("'s provisional rules of procedure") || after.starts_with("’s provisional rules of procedure")
}

/// True when the organisation after `before` is the one a diplomatic mission
/// or representative is accredited to, a part of the mission's designation:
/// `Permanent Observer Mission of the State of Palestine to the United
/// Nations Office at Geneva`, `常驻联合国代表团`, `驻联合国日内瓦办事处`.
fn accredited_to(before: &str) -> bool {
    static MISSION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::regex(r"\b(?:[Mm]issions?|[Rr]epresentatives?|[Oo]bservers?|[Dd]elegations?)\b[^.;:]{0,80} to (?:the )?$")
    });
    let tail = before.trim_end();
    let tail = tail.strip_suffix("the").unwrap_or(tail).trim_end();
    let to = tail.strip_suffix("to").is_some_and(|t| t.ends_with([' ', '\n']));
    before.ends_with('驻') || (to && MISSION.is_match(&before.replace('\n', " ")))
}

/// Verbs of going into, to or out of a building, before its name in
/// Chinese: `进入联合国内罗毕办事处`, `前往联合国维也纳办事处领取证件`.
const MOTION_ZH: &[&str] = &["进入", "进出", "出入", "前往", "抵达", "到达", "来到", "离开", "步入", "驶入"];

/// The same in English, before the name and its article: `enter the United
/// Nations Office at Nairobi`, `access to the …`, `arrive at the …`.
const MOTION_EN: &[&str] = &[
    "enter", "enters", "entering", "entered", "entry to", "entry into", "access to", "accessing", "arrive at", "arriving at", "arrival at", "go to", "leave", "leaving", "entrance to", "entrance of", "premises of", "gates of",
];

/// True when the organisation after `lead` is an office named as the
/// building someone enters, goes to or leaves (`进入联合国内罗毕办事处`,
/// `enter the United Nations Office at Nairobi`): its premises, not the
/// office taking part. Only offices and headquarters, which are buildings
/// too: `前往毒品和犯罪问题办公室` is no such name, nor `joined UNODC`.
fn entered_premises(lead: &str, name: &str) -> bool {
    let premises = name.ends_with("办事处") || name.ends_with("总部") || name.contains("Office at") || name.contains("Headquarters");
    if !premises {
        return false;
    }
    let lead = lead.trim_end_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
    if MOTION_ZH.iter().any(|v| lead.ends_with(v)) {
        return true;
    }
    let Some(lead) = lead.strip_suffix("the") else { return false };
    let lead = lead.trim_end_matches([' ', '\n']);
    MOTION_EN.iter().any(|v| lead.strip_suffix(v).is_some_and(|h| !h.ends_with(|c: char| c.is_ascii_alphanumeric())))
}

/// How far, in bytes, [`inside_title`] looks either side of a mention for
/// the marks that open and close a title.
const TITLE_REACH: usize = 160;

/// True when the mention at `span` lies inside the title of a document or
/// study, on its line: between `《` and `》` (`《2024年财务报告，第一卷：联合国》`),
/// between quotation marks after `题为` or `名为` (`题为“国际货币基金组织与
/// 反腐败”的研究报告`; not a name merely quoted, `“世界银行”项目`), around an
/// English name between quotation marks after a word for a work (`the study
/// "The World Bank and asset recovery"`, see [`WORKS_EN`]), or after the colon of a financial
/// report's volume (`Volume I: United Nations`, `financial statements:
/// United Nations Office on Drugs and Crime`). The title names a subject, not
/// who takes part.
fn inside_title(text: &str, span: Span) -> bool {
    let lo = crate::text::floor_boundary(text, span.start.saturating_sub(TITLE_REACH));
    let lead = &text[lo..span.start];
    let lead = lead.rsplit('\n').next().unwrap_or(lead);
    let hi = crate::text::floor_boundary(text, span.end.saturating_add(TITLE_REACH));
    let tail = &text[span.end.min(hi)..hi];
    let tail = tail.split('\n').next().unwrap_or(tail);
    let opened = |open: char, close: char| lead.rfind(open).is_some_and(|o| lead.rfind(close).is_none_or(|c| c < o)) && tail.contains(close);
    if opened('《', '》') {
        return true;
    }
    let english = text[span.range()].is_ascii();
    if opened('“', '”') {
        let before = lead[..lead.rfind('“').unwrap_or(0)].trim_end_matches(is_space);
        if before.ends_with("题为") || before.ends_with("名为") || (english && names_a_work(before)) {
            return true;
        }
    }
    if english && lead.matches('"').count() % 2 == 1 && tail.contains('"') {
        return names_a_work(lead[..lead.rfind('"').unwrap_or(0)].trim_end());
    }
    // `Volume I: United Nations`, `Vol. II: …`, `financial statements: …`.
    let Some(head) = lead.strip_suffix(": ") else { return false };
    let word = head.rsplit(' ').next().unwrap_or(head);
    let volume = head.rsplit(' ').nth(1).is_some_and(|v| v == "Volume" || v == "Vol.") && word.chars().all(|c| "IVX0123456789".contains(c));
    volume || word == "statements"
}

/// Words before an English quotation that make it the title of a work
/// (`the study "The World Bank and asset recovery"`, `entitled “…”`), not a
/// statement quoted (`made the following statement: “The Security Council
/// reaffirms…”`).
const WORKS_EN: &[&str] = &["entitled", "titled", "study", "report", "paper", "publication", "handbook", "guide", "manual", "toolkit", "book", "article", "brochure", "series"];

/// True when `before`, the text before an English opening quotation mark,
/// ends with a word of [`WORKS_EN`].
fn names_a_work(before: &str) -> bool {
    let word = before.rsplit([' ', '\n']).next().unwrap_or(before);
    WORKS_EN.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// True when `clause`, the words after `联合国` up to a punctuation mark,
/// goes on to the name of a programme (`联合国国际药物管制规划`,
/// `联合国预防犯罪和刑事司法方案网`): a noun run without `的` or a verb
/// in front, not the UN acting (`联合国在索马里的战略规划工作`,
/// `联合国协助制定国家方案`). An entity named after a programme
/// (`联合国药物管制规划署`) is no mention of the UN alone either.
fn names_a_programme_zh(clause: &str) -> bool {
    let Some(at) = clause.find("规划").or_else(|| clause.find("方案")) else { return false };
    // Verbs of the UN acting on a programme (`联合国协助制定国家方案`).
    const ACTING: &[&str] = &["协助", "支持", "制定", "实施", "执行", "开展", "提供", "通过", "参与", "推动", "加强", "建立", "协调", "设立", "发起", "启动", "编制", "审查", "资助", "管理"];
    let head = &clause[..at];
    head.chars().count() <= 12
        && !head.contains('的')
        && !head.starts_with(|c: char| "在由经与对向为将已正所请".contains(c))
        && !ACTING.iter().any(|v| head.contains(v))
}

/// True when `after`, the text after `United Nations`, names one of its
/// programmes in lower case (`United Nations crime prevention and criminal
/// justice programme`, `United Nations programme on …`): a run of lower-case
/// words that ends in `programme`, before any punctuation.
fn names_a_programme_en(after: &str) -> bool {
    // Words that open a clause of a sentence (`the United Nations in its
    // programme`), not the name of a programme.
    const CLAUSE: &[&str] = &["the", "its", "their", "a", "an", "in", "to", "of", "for", "on", "with", "by", "at", "is", "are", "has", "have", "will", "should"];
    let words: Vec<&str> = after.split_whitespace().take(9).collect();
    let Some(end) = words.iter().position(|w| matches!(w.trim_end_matches([',', ';', '.', ':']), "programme" | "programmes")) else { return false };
    words.first() != Some(&"and")
        && words[..end].iter().all(|w| !CLAUSE.contains(w) && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
}

/// Characters that may stand before `大会` when the General Assembly acts.
fn assembly_may_follow(c: char) -> bool {
    !is_cjk(c) || "在由经和与及向请的对将供交给被到据了并或为使令即中后时".contains(c)
}

/// An organisation mention that is the organisation itself, not part of a
/// fixed expression, a meeting's name or a title.
fn org_context_ok(text: &str, span: Span, name: &str) -> bool {
    if char_before(text, span.start) == Some('《') || inside_title(text, span) {
        return false;
    }
    let rest = text.get(span.end..).unwrap_or("");
    if numbers_its_resolution(&rest[..crate::text::floor_boundary(rest, 80)]) {
        return false;
    }
    let lead = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(120))..span.start).unwrap_or("");
    let lead = lead.rsplit(['。', '；']).next().unwrap_or(lead);
    if owns_rules(lead, &rest[..crate::text::floor_boundary(rest, 60)]) || accredited_to(lead) || entered_premises(lead, name) || crate::places::organization_is_venue(text, span) {
        return false;
    }
    let rest = &rest[..crate::text::floor_boundary(rest, 40)];
    match name {
        "大会" => {
            let prev = char_before(text, span.start);
            let after = rest.trim_start_matches(is_space);
            let head: String = after.chars().take(12).take_while(|c| !matches!(c, '，' | '。' | '；' | '、')).collect();
            prev.is_none_or(assembly_may_follow)
                && !head.contains("特别会议")
                && !head.contains("届会")
                && !after.starts_with('第')
                && !after.starts_with(|c: char| c.is_ascii_digit() || c == 'S')
                && !after.starts_with("决议")
        }
        "联合国" => {
            const FIXED: &[&str] = &[
                "系统", "所有语文", "所有正式语文", "所有正式语言", "语文", "正式语文", "正式语言", "机构", "会员国", "各", "反腐败公约", "公约", "宪章", "实体", "预防犯罪",
                "区域", "基金", "方案", "专门机构", "日", "文件", "大楼", "总部", "工作人员", "维持和平", "所有各", "秘书长", "人权事务高级专员",
                "难民事务高级专员", "驻", "其他", "副秘书长", "会议中心", "通行证",
                // Categories of an attendance list: `下列联合国办事处、机关、基金和方案`,
                // `联合国下列非委员会成员国`.
                // `联合国秘书处单位`, a list's heading over the Secretariat's offices.
                "办事处、", "机关", "下列", "秘书处单位",
                // `在联合国以外举行`, `联合国内外的伙伴`: where, not who.
                "以外", "之外", "内外", "内部",
                // `联合国，《条约汇编》，第 2349 卷`: the publisher in a treaty citation.
                "，《条约汇编》", "《条约汇编》", ",《条约汇编》",
            ];
            let after = rest.trim_start_matches(is_space);
            let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(9))..span.start).unwrap_or("");
            // `联合国打击跨国有组织犯罪公约`: the title of a convention.
            let clause: String = after.chars().take(16).take_while(|c| !"，。；、（(”".contains(*c)).collect();
            // `联合国处理全球腐败问题的共同立场`: the title of the UN system's
            // common position, a policy document, not the UN acting.
            !FIXED.iter().any(|f| after.starts_with(f))
                && !clause.contains("公约")
                && !clause.contains("共同立场")
                && !names_a_programme_zh(&clause)
                && !after.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两几".contains(c))
                && !before.ends_with("一个")
                && !before.ends_with('“')
                // `常驻\n联合国（维也纳）代表`: a representative's title, broken by a line.
                && !before.trim_end().ends_with("常驻")
        }
        "General Assembly" => {
            // `the special session of the\nGeneral Assembly`: read without the line break.
            let before = squeeze(text.get(crate::text::floor_boundary(text, span.start.saturating_sub(20))..span.start).unwrap_or("")) + " ";
            let lower = rest.to_ascii_lowercase();
            !["resolution", "decision", "special session"].iter().any(|w| lower.trim_start().starts_with(w))
                && !before.ends_with("session of the ")
                && !before.ends_with("sessions of the ")
        }
        "United Nations" => {
            const FIXED_EN: &[&str] = &[
                "system", "Convention", "Charter", "entities", "agencies", "bodies", "Member States", "official languages", "languages", "Headquarters",
                "staff", "regional groups", "funds", "programmes", "Day", "High Commissioner", "Secretary-General", "common position",
                "system common position",
                // `United Nations Journal`: a publication, as `the Journal of the United Nations`.
                "Journal",
                // `The following United Nations offices, organs, funds and programmes`.
                "offices", "organs", "organizations",
                // Events, instruments and programmes named after the UN: `the
                // Fourteenth United Nations Congress on Crime Prevention…`.
                "Congress", "Conference on", "Summit", "Decade", "Declaration", "Standard Minimum Rules", "Rules for", "Guidelines", "Principles",
                "Model", "Crime Prevention and Criminal Justice", "Sustainable Development Cooperation", "Millennium",
            ];
            let after = rest.trim_start();
            // A programme's name runs longer than `rest`.
            let following = text.get(span.end..).unwrap_or("");
            let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(32))..span.start).unwrap_or("");
            // `States Members of the\nUnited Nations`: a PDF line break read as a space.
            let joined: String;
            let before = if before.ends_with(['\n', '\r']) {
                joined = format!("{} ", before.trim_end());
                joined.as_str()
            } else {
                before
            };
            !FIXED_EN.iter().any(|f| after.starts_with(f))
                && !names_a_programme_en(&following[..crate::text::floor_boundary(following, 100)])
                && !before.ends_with("Charter of the ")
                && !before.ends_with("One ")
                && !before.ends_with("Members of the ")
                // `the Secretary-General of the United Nations`, as `联合国秘书长`.
                && !before.ends_with("Secretary-General of the ")
                && !before.ends_with("languages of the ")
                && !before.ends_with("system of the ")
                // `the Journal of the United Nations`: a publication.
                && !before.ends_with("Journal of the ")
                // `took place outside the United Nations`: where, not who.
                && !["outside the ", "within the ", "across the ", "throughout the "].iter().any(|w| before.ends_with(w))
        }
        // `Security Council resolution 2334 (2016)`: the body of the symbol.
        _ if name.is_ascii() => {
            let after = rest.trim_start();
            !["resolution", "decision"].iter().any(|w| after.starts_with(w))
        }
        // `全球网络` is a network, not the short form `全球网`.
        _ => !(name.ends_with('网') && char_at(text, span.end) == Some('络')),
    }
}
