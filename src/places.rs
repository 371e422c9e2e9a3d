//! Places: where a meeting is or was held.
//!
//! A city of `src/data/places.tsv` (found by the [`crate::gazetteer`]) is a
//! place, together with a State written right before it (`埃及沙姆沙伊赫` →
//! {"name": "沙姆沙伊赫", "state": "EGY"}, one span; also across a province
//! or state: `美利坚合众国佐治亚州亚特兰大`) or after it in English
//! (`Sharm el-Sheikh, Egypt`; a venue still, not a delegation so named:
//! `Representatives of Hong Kong, China`), and with the building and room that follow
//! (`维也纳国际中心 M 楼 M 号全体会议室`, `Vienna International Centre, Board
//! Room B`), which then belong to the name. A city the data does not know is
//! a place where a State introduces it in a venue phrase:
//! `在印度尼西亚努沙杜瓦举行` → `印度尼西亚努沙杜瓦`. A United Nations office
//! named after its city is a place where the meeting is held in it
//! (`在联合国日内瓦办事处举行` → {"name": "联合国日内瓦办事处", "state":
//! "CHE"}), also as a member of a list of venues (`分别在联合国内罗毕办事处、
//! 联合国日内瓦办事处和纽约联合国总部举行`). A city alone on its line
//! is a place right below the line that dates the meeting (a meeting
//! record's heading: `Tuesday, 5 September 2023, 10 a.m.` / `New York`).
//!
//! An English room named without its city (`Conference Room 6`, `M-Building,
//! Boardroom A`) is a place of no State. A room known by its own name
//! (`ECOSOC Chamber`, `General Assembly Hall`, `经社理事会会议厅`) or a Chinese
//! hall named by capitals (`D 厅`) is one where the sentence holds a meeting
//! in it or alone in a table's cell, not where it is only mentioned (`the
//! ECOSOC Chamber was renovated`); a United Nations office written before a
//! Chinese room or before its city's conference centre, or with that centre
//! in brackets, is one place with it (`联合国内罗毕办事处（吉吉里）第 2 会议室`,
//! `联合国维也纳办事处维也纳国际中心 M 楼第 3 会议室`, `联合国维也纳办事处（维也纳国际中心）`;
//! in English after a comma: `United Nations Office at Vienna, Vienna
//! International Centre, Board Room D`, and a room after it: `United Nations
//! Office at Nairobi (Gigiri), Conference Room 2`). A Chinese building named
//! by capitals, and a room named by its number (`C0713 室`), are places
//! under the same conditions, or after a venue's label (`会议地点：C 楼 C4
//! 会议室`), the building where no room of it follows (`在 C 楼举行`), the
//! floor between them (`C 楼二层 C0227 室`) or before the room alone (`二层
//! C0227 室`, `第 C0713 室`), and the conference centre named without its
//! city before the room (`会议地点为吉吉里大院第 2 会议室`); an English room in a Chinese text
//! is read as in an English one (`在 C 楼 Room C0713 举行`).
//!
//! A city is a venue in a list of sessions too, after the year in the
//! session's bracket (`第十届会议（2023 年，亚特兰大）`, `fifteenth session
//! (2024, Vienna)`), and on a header line whose dates `from` or `on`
//! introduce (`Vienna, from Monday, 8 June, to Friday, 12 June 2026`).
//!
//! The conference centres, named buildings and kinds of room (`国际中心`,
//! `会议大楼`, `全体会议厅`, `Palais des Nations`, `Gigiri complex`,
//! `Board Room`) are those of `src/data/venues.tsv`, read once.
//!
//! A conference centre or building known without its city (`吉吉里大院`,
//! `Gigiri complex`, `万国宫`, `North Lawn Building`: the landmarks of
//! `src/data/venues.tsv`) gives its State to the room named with it
//! (`万国宫第 XX 号会议室` → CHE), and is a place alone where the meeting is
//! held in it (`会议将在吉吉里大院举行`, `held at the Palais des Nations`); an
//! English room and its building take in the city after them, past a comma
//! (`Conference Room 2, North Lawn Building, New York`, one place).
//!
//! Left out: a city inside a title (`《北京宣言》`, `Vienna Declaration`);
//! States alone (they are participants, even as the location of an
//! activity); headquarters named without a city (but for the landmark
//! `United Nations Headquarters`).

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::gazetteer::{self, Entry, Hit};
use crate::model::{Annotation, PlaceValue, Value};
use crate::numerals::is_chinese_numeral;
use crate::span::Span;
use crate::text::{char_at, char_before, is_cjk, is_ws, skip_spaces, Document};

/// The buildings and rooms of `src/data/venues.tsv`, read once.
struct Venues {
    /// Conference centres and compounds after a Chinese city (`国际中心`).
    complexes_zh: Vec<&'static str>,
    /// The last words of a conference centre named between a Chinese city
    /// and them (`会展中心` of `多哈会展中心`).
    centres_zh: Vec<&'static str>,
    /// The last words of an English conference centre named by itself,
    /// written before its city (`Convention Center` of `Doha Exhibition and
    /// Convention Center, Doha`).
    centres_en: Vec<&'static str>,
    /// The first word of an English palace named by itself, written before
    /// its city (`Palais` of `Palais Wilson, Geneva`).
    palaces_en: Vec<&'static str>,
    /// Named buildings of a Chinese complex (`会议大楼`).
    buildings_zh: Vec<&'static str>,
    /// Named buildings of an English complex, written after a room
    /// (`Conference Room 5, North Lawn Building`).
    buildings_en: Vec<&'static str>,
    /// Chinese rooms named without a label (`大会堂`).
    halls_zh: Vec<&'static str>,
    /// The kinds of Chinese room, each ending a room's name (`会议室`).
    rooms_zh: Vec<&'static str>,
    /// Words before a Chinese room that make it a plenary room (`全体`).
    plenary_zh: Vec<&'static str>,
    /// Words before a Chinese room that make it a board room (`董事会`).
    board_zh: Vec<&'static str>,
    /// Conference centres after an English city (`International Centre`).
    complexes_en: Vec<&'static str>,
    /// English rooms of a kind, the longer names first, then the bare
    /// room that names no kind (`Room`), last.
    rooms_en: Vec<&'static str>,
    /// English rooms known by their own name (`ECOSOC Chamber`).
    named_en: Vec<&'static str>,
    /// Chinese rooms known by their own name (`经社理事会会议厅`).
    named_zh: Vec<&'static str>,
    /// The word of a Chinese hall named by capitals before it (`厅` of `D 厅`).
    lettered_zh: &'static str,
    /// The word of a Chinese building named by capitals before it (`楼` of `C 楼`).
    lettered_building_zh: &'static str,
    /// The word of a Chinese room named by its number before it (`室` of `C0713 室`).
    numbered_room_zh: &'static str,
    /// The bare room of [`Venues::rooms_en`].
    bare_room: &'static str,
    /// Words ending or opening an English hotel named by itself (`Hotel`, `hotel`).
    hotels_en: Vec<&'static str>,
    /// Words ending an English room named by itself (`Room` of `Mozart Room`).
    halls_en: Vec<&'static str>,
    /// Words ending a Chinese hotel or hall named by itself (`酒店`, `厅`).
    hotels_zh: Vec<&'static str>,
    /// Buildings written before an English city, each with what joins it
    /// to the city (`Palais des Nations, `, `Gigiri complex in `).
    before_city: Vec<String>,
    /// Conference centres and buildings known without their city, each
    /// with its State's iso3 (`吉吉里大院`, `Gigiri complex`: KEN).
    landmarks: Vec<Landmark>,
}

/// The buildings and rooms of `src/data/venues.tsv`.
static VENUES: LazyLock<Venues> = LazyLock::new(|| {
    let mut v = Venues {
        complexes_zh: Vec::new(),
        centres_zh: Vec::new(),
        centres_en: Vec::new(),
        palaces_en: Vec::new(),
        buildings_zh: Vec::new(),
        buildings_en: Vec::new(),
        halls_zh: Vec::new(),
        rooms_zh: Vec::new(),
        plenary_zh: Vec::new(),
        board_zh: Vec::new(),
        complexes_en: Vec::new(),
        rooms_en: Vec::new(),
        named_en: Vec::new(),
        named_zh: Vec::new(),
        lettered_zh: "",
        lettered_building_zh: "",
        numbered_room_zh: "",
        bare_room: "",
        hotels_en: Vec::new(),
        halls_en: Vec::new(),
        hotels_zh: Vec::new(),
        before_city: Vec::new(),
        landmarks: Vec::new(),
    };
    for line in data_file!("venues.tsv").lines().filter(|l| !l.is_empty()) {
        let mut cells = line.split('\t');
        let (kind, language, names) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""), cells.next().unwrap_or(""));
        let mut names = names.split('|');
        match (kind, language) {
            ("complex", "zh") => v.complexes_zh.extend(names),
            ("centre", "zh") => v.centres_zh.extend(names),
            ("centre", "en") => v.centres_en.extend(names),
            ("palace", "en") => v.palaces_en.extend(names),
            ("building", "zh") => v.buildings_zh.extend(names),
            ("building", "en") => v.buildings_en.extend(names),
            ("hall", "zh") => v.halls_zh.extend(names),
            ("room", "zh") => v.rooms_zh.extend(names),
            ("plenary", "zh") => v.plenary_zh.extend(names),
            ("board", "zh") => v.board_zh.extend(names),
            ("complex", "en") => v.complexes_en.extend(names),
            ("room", "en") => v.rooms_en.extend(names),
            ("named_room", "en") => v.named_en.extend(names),
            ("named_room", "zh") => v.named_zh.extend(names),
            ("hotel", "en") => v.hotels_en.extend(names),
            ("own_room", "en") => v.halls_en.extend(names),
            ("hotel", "zh") => v.hotels_zh.extend(names),
            ("lettered_hall", "zh") => v.lettered_zh = names.next_back().unwrap_or(""),
            ("lettered_building", "zh") => v.lettered_building_zh = names.next_back().unwrap_or(""),
            ("numbered_room", "zh") => v.numbered_room_zh = names.next_back().unwrap_or(""),
            ("bare_room", "en") => v.bare_room = names.next_back().unwrap_or(""),
            ("before_city", "en") => {
                let joiners: Vec<String> = cells.next().unwrap_or("").split('|').map(|j| match j {
                    "," => ", ".to_string(),
                    "space" => " ".to_string(),
                    word => format!(" {word} "),
                }).collect();
                v.before_city.extend(names.flat_map(|n| joiners.iter().map(move |j| format!("{n}{j}"))));
            }
            ("landmark", _) => {
                let iso3 = cells.next().unwrap_or("");
                v.landmarks.extend(names.map(|n| (n, iso3)));
            }
            _ => {}
        }
    }
    v.rooms_en.push(v.bare_room);
    v
});

/// `names` as a regex alternation, each escaped, each space matching the
/// run of white space `space` (a PDF may break a name across lines).
fn alternation(names: &[&str], space: &str) -> String {
    let escaped: Vec<String> = names.iter().map(|n| regex_lite::escape(n).replace(' ', space)).collect();
    format!("(?:{})", escaped.join("|"))
}

/// Building and room after a city: `国际中心M楼M号全体会议室`,
/// `国际中心 C 楼第三会议室`, `国际中心C楼董事会会议室B`, `万国宫第二十会议室`,
/// `联合国总部会议大楼第 4 会议室` (a building named, not lettered),
/// `国际中心 C 楼 C0713 室` (a room named by its number), `国际中心 C 楼二层
/// C0227 室` (the floor between), `联合国总部托管理事会会议厅` (a room known by
/// its name), `万国宫第 XX 号会议室`, `国际中心 D 号董事会会议室` (a label
/// before a room named by its kind);
/// a PDF line break may part the building from its room (`M 楼\n全体会议厅`).
/// The complexes, buildings and rooms are those of [`VENUES`].
static VENUE_ZH: LazyLock<Regex> = LazyLock::new(|| {
    let v = &*VENUES;
    let (kinds, board, plenary) = (broken_alternation(&v.rooms_zh), alternation(&v.board_zh, " "), alternation(&v.plenary_zh, " "));
    let halls = alternation(&v.halls_zh, " ");
    let (numbered, named) = (regex_lite::escape(v.numbered_room_zh), alternation(&v.named_zh, " "));
    let room = format!(r"(?:{named}|第[ \u{{3000}}]*[0-9一二三四五六七八九十]+[ \u{{3000}}]*{kinds}|{board}{kinds}(?:[ \u{{3000}}]?[A-Z])?|{halls}|(?:第?[ \u{{3000}}]*[A-Z0-9]+[ \u{{3000}}]*号?[ \u{{3000}}]*)?(?:{plenary}|{board})?{kinds}|{ROOM_NUMBER}[ \u{{3000}}]*{numbered})");
    let building = alternation(&v.buildings_zh, " ");
    // A centre known by its own name between the city and its last words
    // (`多哈会展中心`, `利雅得阿卜杜勒阿齐兹国王国际会议中心`): ideographs only,
    // none of the words that end a name (`在维也纳举行的会议中心` is none).
    // A PDF line break may part the city from the name (`卡塔尔多哈` / `喜来登大酒店`).
    let named = format!(r"(?:\r?\n)?[^\x00-\u{{4dff}}\u{{a000}}-\u{{10ffff}}{CENTRE_STOPS_ZH}]{{0,{CENTRE_NAME_ZH}}}?{}", alternation(&v.centres_zh, " "));
    let complex = format!("(?:{}|{named})", alternation(&v.complexes_zh, " "));
    // The floor of the building may stand before its room (`C 楼二层 C0227 室`).
    let floor = r"(?:[ \u{3000}]*[0-9一二三四五六七八九十]{1,2}[ \u{3000}]*层)?";
    crate::text::regex(&format!(
        r"^{complex}(?:(?:[ \u{{3000}}]*[A-Z0-9]+[ \u{{3000}}]*(?:号楼|楼)|{building})(?:{floor}[ \u{{3000}}]*(?:\r?\n[ \u{{3000}}]*){{0,2}}{room})?|[ \u{{3000}}]*{room})?"
    ))
});

/// The characters that a centre's name between a Chinese city and its last
/// words does not hold: they end a clause or join two names.
const CENTRE_STOPS_ZH: &str = "的在和与及将于为举是以由对从向至并或";

/// Most ideographs of a centre's name between a Chinese city and its last words.
const CENTRE_NAME_ZH: usize = 12;

/// `names` as a regex alternation, each escaped, a PDF line break allowed
/// between any two of a name's characters (`会\n议室`).
fn broken_alternation(names: &[&str]) -> String {
    let broken: Vec<String> = names.iter().map(|n| n.chars().map(|c| regex_lite::escape(c.encode_utf8(&mut [0; 4]))).collect::<Vec<_>>().join(r"(?:\r?\n)?")).collect();
    format!("(?:{})", broken.join("|"))
}

/// The number of a room written before `室` (`C0713`, `M1`, `CR4`): one or
/// two capitals, then a digit and up to four more capitals or digits.
const ROOM_NUMBER: &str = "[A-Z]{1,2}[0-9][A-Z0-9]{0,4}";

/// A numbered Chinese room right after a city of the data that is itself
/// a conference venue (`卡塔尔国家会议中心第 1 会议厅`, `… 2 号全体会议厅`):
/// `第` and a number, or a label and `号`, before a kind of room of [`VENUES`].
static ROOM_AFTER_ZH: LazyLock<Regex> = LazyLock::new(|| {
    let v = &*VENUES;
    let (kinds, plenary) = (alternation(&v.rooms_zh, " "), alternation(&v.plenary_zh, " "));
    crate::text::regex(&format!(
        r"^[ \u{{3000}}]*(?:第[ \u{{3000}}]*[0-9一二三四五六七八九十]+[ \u{{3000}}]*{kinds}|[A-Z0-9]{{1,3}}[ \u{{3000}}]*号[ \u{{3000}}]*{plenary}?{kinds})"
    ))
});

/// Building and room after an English city: `International Centre, Board Room B`,
/// `International Centre, Conference Building, Board Room D`, `…, M-Building`;
/// or a room right after the city (`Palais des Nations in Geneva, Room XVII`).
/// The centres and rooms are those of [`VENUES`].
static VENUE_EN: LazyLock<Regex> = LazyLock::new(|| {
    let v = &*VENUES;
    let complex = alternation(&v.complexes_en, r"[ \t\r\n]{1,4}");
    let rooms = alternation(&v.rooms_en, " ");
    crate::text::regex(&format!(
        r"^(?:[ \t\r\n]{{1,4}}{complex}(?:,?[ \t\r\n]{{1,4}}(?:(?:{rooms}|Building) [A-Z0-9]+|(?:Conference|[A-Z])[- ]Building\b)){{0,2}}|,[ \t\r\n]{{1,4}}{rooms} [A-Z0-9]+\b)"
    ))
});

/// Words after a city that make it part of a title, not a venue.
const TITLE_WORDS: &[&str] = &[
    "宣言", "公约", "行动纲要", "行动纲领", "行动计划", "议定书", "声明", "原则", "规则", "规约", "协定", "协议", "进程", "共识", "承诺", "倡议", "框架", "战略", "俱乐部", "宪章",
    "Declaration", "Convention", "Protocol", "Principles", "Programme of Action", "Agreement", "Statute", "Club",
];

/// Longest unknown place name after a State in a venue phrase, in chars.
const MAX_UNKNOWN_CITY: usize = 6;

/// Finds places in `doc`, given the gazetteer's names in it (`hits`, from
/// [`gazetteer::scan`], shared with the participants). Linear in the text;
/// never panics.
pub fn find_places(doc: &Document, hits: &[gazetteer::Hit]) -> Vec<Annotation> {
    let text = doc.text;
    let mut out = Vec::new();
    for (k, hit) in hits.iter().enumerate() {
        match hit.entry {
            Entry::City(i) => {
                let Some(city) = gazetteer::cities().get(i) else { continue };
                if in_title(text, hit.span) {
                    continue;
                }
                let state = k.checked_sub(1).and_then(|p| hits.get(p)).filter(|h| adjacent_state(text, h, hit.span));
                let start = state.map_or(hit.span.start, |h| h.span.start);
                let mut end = venue_end(text, hit.span.end);
                // A State after the city (`内罗毕（肯尼亚）`, `Hong Kong, China`)
                // belongs to the place, which must still be a venue.
                let needs_venue = end == hit.span.end;
                if end == hit.span.end {
                    end = trailing_state(text, hits, k).unwrap_or(end);
                }
                // `Palais des Nations, Geneva`, `United Nations Headquarters in New York`:
                // the building written before an English city belongs to the place.
                // `Board Room B of the Vienna International Centre`: a room written
                // before the conference centre belongs to it, as one written after.
                let room = (end > hit.span.end).then(|| room_before(text, start)).flatten();
                let building = state.is_none().then(|| room.or_else(|| building_before(text, start))).flatten();
                // `Board Room of the Vienna International Centre, Vienna`: a building that a
                // place found already holds in part is that place's, not this city's.
                let building = building.filter(|&b| !out.last().is_some_and(|p: &Annotation| p.span.start < b && p.span.end > b));
                let name_start = building.unwrap_or(hit.span.start);
                let name_end = if end > hit.span.end && trailing_state(text, hits, k) == Some(end) { hit.span.end } else { end };
                // A conference building names where meetings are held.
                let after_venue = out.last().is_some_and(|p: &Annotation| coordinated_venue(text, p.span.end, start));
                if needs_venue && building.is_none() && !after_venue && !is_venue(text, Span::new(start, end)) && !listed_before_venue(text, hits, k) {
                    continue;
                }
                // `联合国维也纳办事处维也纳国际中心 M 楼第 3 会议室`: the United Nations
                // office written before its city's conference centre is one place with it.
                let office = (state.is_none() && !needs_venue).then(|| office_before_zh(text, start)).flatten();
                // `联合国维也纳办事处（维也纳国际中心）`: the office's venue in brackets after it.
                if let Some((o, close)) = (state.is_none() && office.is_none() && !needs_venue).then(|| bracketed_after_office_zh(text, start, end)).flatten() {
                    out.push(place(text, Span::new(o, close), Span::new(o, close), Some(city.iso3)));
                    continue;
                }
                let (start, name_start) = match office {
                    Some(o) => (o, o),
                    None => (building.unwrap_or(start), name_start),
                };
                // `at the United Nations Office at Vienna, Vienna International Centre, Board
                // Room D`, `… at Geneva, Palais des Nations, Geneva`: the office found as a
                // place just before, and its centre or building, are one.
                // The office need not be a venue by itself: its centre makes it one.
                let office_hit = k.checked_sub(1).and_then(|p| hits.get(p)).filter(|h| matches!(h.entry, Entry::Organization(_))).map(|h| h.span);
                let joins = |o: &Span| (!needs_venue || building.is_some()) && state.is_none() && office.is_none() && text.get(o.end..start) == Some(", ");
                if let Some(o) = office_hit.filter(joins).filter(|o| city_inside(text.get(o.range()).unwrap_or("")).is_some()) {
                    if out.last().is_some_and(|p| p.span == o) {
                        out.pop();
                    }
                    out.push(place(text, Span::new(o.start, end), Span::new(o.start, end), Some(city.iso3)));
                    continue;
                }
                // `Vienna International Centre, Vienna`: the centre found with the
                // city of its name is now part of the place.
                while building.is_some() && out.last().is_some_and(|p: &Annotation| p.span.start >= start && p.span.end <= hit.span.start) {
                    out.pop();
                }
                out.push(place(text, Span::new(start, end), Span::new(name_start, name_end), Some(city.iso3)));
            }
            Entry::State(i) => {
                let next_is_city = hits.get(k + 1).is_some_and(|h| matches!(h.entry, Entry::City(_)) && adjacent_state(text, hit, h.span));
                if next_is_city {
                    continue;
                }
                if let Some(end) = unknown_city(text, hit.span) {
                    let iso3 = gazetteer::states().get(i).map(|s| s.iso3);
                    out.push(place(text, Span::new(hit.span.start, end), Span::new(hit.span.end, end), iso3));
                }
            }
            // `held at the United Nations Office at Geneva`: an office in a
            // city, where meetings are held.
            Entry::Organization(_) => {
                let written = text.get(hit.span.range()).unwrap_or("");
                let Some(iso3) = Some(hit.span).filter(|&s| organization_is_venue(text, s)).and_then(|_| city_inside(written)) else { continue };
                out.push(place(text, hit.span, hit.span, Some(iso3)));
            }
        }
    }
    match doc.language {
        crate::model::Language::English => {
            rooms(text, &mut out);
            city_after_room(text, hits, &mut out);
        }
        crate::model::Language::Chinese => rooms_zh(text, &mut out),
    }
    landmarks(text, doc.language == crate::model::Language::English, &mut out);
    match doc.language {
        crate::model::Language::English => held_in_own_name_en(text, &mut out),
        crate::model::Language::Chinese => held_in_own_name_zh(text, &mut out),
    }
    state_of_venue(&mut out);
    out
}

/// The phrases of holding before a venue named by itself, each read with
/// `in` or `at` after it (`held in the Mozart Room`, `take place at the
/// Mövenpick Hotel`).
const HELD_OWN_EN: &[&str] = &["held", "take place", "takes place", "took place", "taking place", "convened", "hosted"];

/// Most capitalised words of a venue named by itself (`Sheraton Addis hotel`).
const OWN_NAME_WORDS: usize = 6;

/// Adds the hotels and rooms known by their own name and not in the data
/// where a meeting is held in them: a capitalised name after `held in`/`held
/// at` (perhaps `the`) that ends with a hotel or room word of [`VENUES`]
/// (`the Mövenpick Hotel`, `the Sheraton Addis hotel`, `the Mozart Room`) or
/// opens with `Hotel` (`Hotel Sacher`), a room's hotel or building after
/// `of the` belonging to it (`the Mozart Room of the Hilton Vienna Park`).
/// Not a room with its label (`Conference Room 2`: [`rooms`] reads it),
/// nor one a place found holds, nor a name only mentioned (`the Hilton
/// Hotel was renovated`). One search for each phrase of holding.
fn held_in_own_name_en(text: &str, out: &mut Vec<Annotation>) {
    let mut found = Vec::new();
    for verb in HELD_OWN_EN {
        for (at, _) in text.match_indices(verb) {
            if char_before(text, at).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let Some(span) = own_name_after(text, at + verb.len()) else { continue };
            if out.iter().chain(found.iter()).any(|a: &Annotation| a.span.start < span.end && span.start < a.span.end) {
                continue;
            }
            // `the Mozart Room, Conference Centre Hotel, Vienna`: the room of the place after it.
            let after = text.get(span.end..).and_then(|t| t.strip_prefix(", ")).map(|t| text.len() - t.len());
            match out.iter_mut().find(|a| Some(a.span.start) == after && matches!(a.value, Value::Place(_))) {
                Some(venue) => {
                    let state = if let Value::Place(p) = &venue.value { p.state.clone() } else { None };
                    let whole = Span::new(span.start, venue.span.end);
                    *venue = place(text, whole, whole, state.as_deref());
                }
                None => found.push(place(text, span, span, None)),
            }
        }
    }
    out.extend(found);
}

/// The venue named by itself after a phrase of holding ending at `at` (see
/// [`held_in_own_name_en`]).
fn own_name_after(text: &str, at: usize) -> Option<Span> {
    let rest = text.get(at..)?;
    let lead = rest.len() - rest.trim_start_matches(is_ws).len();
    let rest = &rest[lead..];
    let rest = rest.strip_prefix("in").or_else(|| rest.strip_prefix("at"))?;
    let after = rest.trim_start_matches(is_ws);
    if after.len() == rest.len() {
        return None;
    }
    let after = after.strip_prefix("the").map(|a| a.trim_start_matches(is_ws)).filter(|a| a.len() < after.len() - 3).unwrap_or(after);
    let start = text.len() - after.len();
    let (words, end) = capitalised_words(text, start);
    let last = words.last()?;
    let hotel = words.len() >= 2 && (VENUES.hotels_en.contains(last) || VENUES.hotels_en.first() == words.first());
    let room = words.len() >= 2 && VENUES.halls_en.contains(last);
    if !hotel && !room {
        return None;
    }
    // `Conference Room 2`, `Room M3`: a room with its label is read by `rooms`.
    let next = text.get(end..).unwrap_or("").strip_prefix(' ').unwrap_or("");
    if room && next.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) && !next.starts_with("of ") {
        return None;
    }
    // `the Mozart Room of the Hilton Vienna Park`: the room's hotel or building.
    let end = match next.strip_prefix("of the ").filter(|_| room) {
        Some(of) => {
            let (hotel, e) = capitalised_words(text, text.len() - of.len());
            if hotel.is_empty() { end } else { e }
        }
        None => end,
    };
    Some(Span::new(start, end))
}

/// The capitalised words from `start` (with `of`, `and`, `de` between, and
/// a lower-case hotel word last: `Sheraton Addis hotel`), at most
/// [`OWN_NAME_WORDS`], and where the last one ends.
fn capitalised_words(text: &str, start: usize) -> (Vec<&str>, usize) {
    let mut words = Vec::new();
    let mut end = start;
    let mut at = start;
    while words.len() < OWN_NAME_WORDS {
        let rest = text.get(at..).unwrap_or("");
        let len = rest.find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-')).unwrap_or(rest.len());
        let word = &rest[..len];
        let capital = word.starts_with(char::is_uppercase);
        let hotel_word = !words.is_empty() && VENUES.hotels_en.contains(&word);
        if !(capital || hotel_word || (!words.is_empty() && NAME_JOINERS.contains(&word) && word != "of")) || word.is_empty() {
            break;
        }
        words.push(word);
        if capital || hotel_word {
            end = at + len;
        }
        let Some(next) = rest[len..].strip_prefix(' ') else { break };
        at = text.len() - next.len();
    }
    // A joiner left last is no part of the name.
    while words.last().is_some_and(|w| NAME_JOINERS.contains(w)) {
        words.pop();
    }
    (words, end)
}

/// Most characters of a Chinese hotel's or hall's name before its word (`希尔顿` of `希尔顿酒店`).
const OWN_NAME_ZH: usize = 10;

/// Adds the Chinese hotels and halls known by their own name and not in
/// the data where a meeting is held in them: `在` right before the name, a
/// word of [`VENUES`] ending it (`希尔顿酒店`, `喜来登饭店`, `莫扎特厅`), a verb
/// of holding in the clause after (`在希尔顿酒店举行`, `在喜来登酒店举办招待会`);
/// a hall right after its hotel is one place with it (`在希尔顿酒店莫扎特厅举行`).
/// Not a hotel only mentioned (`下榻希尔顿酒店`), nor one a place found
/// holds (`多哈喜来登大酒店`, `C 楼 D 会议厅`). One search for each word.
fn held_in_own_name_zh(text: &str, out: &mut Vec<Annotation>) {
    let mut found: Vec<Annotation> = Vec::new();
    for word in &VENUES.hotels_zh {
        for (at, _) in text.match_indices(word) {
            let Some(span) = own_name_zh(text, at, at + word.len()) else { continue };
            if !out.iter().chain(found.iter()).any(|a| a.span.start < span.end && span.start < a.span.end) {
                found.push(place(text, span, span, None));
            }
        }
    }
    out.extend(found);
}

/// Characters opening a Chinese name that point back at a venue named before, or at any (`同一`, `该`, `本`, `各`).
const DETERMINERS_ZH: &str = "同该本此这那各每另其";

/// The Chinese venue whose word spans `at..end` (see [`held_in_own_name_zh`]).
fn own_name_zh(text: &str, at: usize, end: usize) -> Option<Span> {
    let head = text.get(..at)?;
    // Read backwards from the word: the name's first character is the string's last.
    let name: String = head.chars().rev().take(OWN_NAME_ZH + 1).take_while(|&c| c != '在').collect();
    let count = name.chars().count();
    if !(2..=OWN_NAME_ZH).contains(&count) || !name.chars().all(|c| is_cjk(c) && !CENTRE_STOPS_ZH.contains(c)) {
        return None;
    }
    let start = at - name.len();
    // `在同一会议厅`, `在该酒店`: a room or hotel named before, or a room's kind (`会议厅`: `rooms_zh` reads it).
    let kind = VENUES.rooms_zh.iter().any(|r| text.get(start..end).is_some_and(|n| n.ends_with(r)));
    if !head[..start].ends_with('在') || kind || name.chars().last().is_some_and(|c| DETERMINERS_ZH.contains(c)) {
        return None;
    }
    let rest = text.get(end..).unwrap_or("");
    // `希尔顿酒店莫扎特厅`: a hall of the hotel named right after it.
    let hall = VENUES.hotels_zh.last().copied().unwrap_or("");
    let more: String = rest.chars().take(OWN_NAME_ZH).take_while(|&c| is_cjk(c) && !CENTRE_STOPS_ZH.contains(c)).collect();
    let end = match more.find(hall) {
        Some(h) if h > 0 && !hall.is_empty() => end + h + hall.len(),
        _ => end,
    };
    says_held(&held_clause(text.get(end..).unwrap_or(""), char_before(text, end))).then(|| Span::new(start, end))
}

/// Gives a room or building named without its city (`Board Room D, C
/// Building`, `C 楼 D 会议室`, `M 楼第 3 会议室`) the State of the
/// document's own venue, when every place found with a State has the same
/// one (the Vienna International Centre, Vienna): the rooms are that
/// venue's. Where places of two States are named, or none, the State is
/// not known and stays null.
fn state_of_venue(out: &mut [Annotation]) {
    let mut known: Option<&str> = None;
    for a in out.iter() {
        let Value::Place(p) = &a.value else { continue };
        match (p.state.as_deref(), known) {
            (None, _) => {}
            (Some(s), None) => known = Some(s),
            (Some(s), Some(k)) if s == k => {}
            (Some(_), Some(_)) => return,
        }
    }
    let Some(state) = known.map(str::to_string) else { return };
    for a in out.iter_mut() {
        if let Value::Place(p) = &mut a.value {
            if p.state.is_none() {
                p.state = Some(state.clone());
            }
        }
    }
}

/// Joins to an English room found with its building and without its city
/// the city of the gazetteer written after it past a comma (`Conference Room 2, North Lawn Building, New York`, `…, in
/// New York`, `Room M3 (M Building), Vienna`): one place, as the
/// Chinese `纽约联合国总部会议大楼第 4 会议室` is, with the city's State; the
/// city, if found as a place of its own, is no longer one.
fn city_after_room(text: &str, hits: &[Hit], out: &mut Vec<Annotation>) {
    let mut joined = Vec::new();
    for (n, a) in out.iter_mut().enumerate() {
        let Value::Place(p) = &mut a.value else { continue };
        // The room's building before the city, not a room alone (`Conference Room 2, in Vienna, spoke`).
        let written = text.get(a.span.range()).unwrap_or("");
        if p.state.is_some() || !(written.ends_with("Building") || written.ends_with("Building)")) {
            continue;
        }
        let rest = text.get(a.span.end..).unwrap_or("");
        let Some(after) = rest.strip_prefix(", ") else { continue };
        let after = after.strip_prefix("in ").unwrap_or(after);
        let at = text.len() - after.len();
        let Ok(k) = hits.binary_search_by_key(&at, |h| h.span.start) else { continue };
        let Entry::City(i) = hits[k].entry else { continue };
        let Some(city) = gazetteer::cities().get(i) else { continue };
        a.span = Span::new(a.span.start, hits[k].span.end);
        p.name = place_name(&text[a.span.range()]);
        p.state = Some(city.iso3.to_string());
        joined.push((n, hits[k].span));
    }
    if !joined.is_empty() {
        let mut cities: Vec<Span> = joined.iter().map(|(_, c)| *c).collect();
        cities.sort_unstable_by_key(|c| (c.start, c.end));
        out.retain(|a| cities.binary_search_by_key(&(a.span.start, a.span.end), |c| (c.start, c.end)).is_err());
    }
}

/// The words after a Chinese venue that put the meeting outside it.
const OUTSIDE_ZH: &[&str] = &["以外", "之外", "外"];

/// A landmark's name and its State's iso3 (`("吉吉里大院", "KEN")`).
type Landmark = (&'static str, &'static str);

/// The landmarks of [`VENUES`] grouped by the word they open with (`Gigiri`
/// for `Gigiri complex` and `Gigiri Compound`; the first three characters of
/// a Chinese one), each group's names the longest first: the text is
/// searched once for each word.
static LANDMARK_KEYS: LazyLock<Vec<(&'static str, Vec<Landmark>)>> = LazyLock::new(|| {
    let mut keys: Vec<(&str, Vec<Landmark>)> = Vec::new();
    for &(name, iso3) in &VENUES.landmarks {
        let key = if name.is_ascii() { name.split(' ').next().unwrap_or(name) } else { &name[..name.char_indices().nth(3).map_or(name.len(), |(i, _)| i)] };
        match keys.iter_mut().find(|(k, _)| *k == key) {
            Some((_, names)) => names.push((name, iso3)),
            None => keys.push((key, vec![(name, iso3)])),
        }
    }
    for (_, names) in &mut keys {
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    }
    keys
});

/// Gives its State to a place written without its city in a conference
/// centre or building known without it (`万国宫第 XX 号会议室`, `Conference
/// Room 2, North Lawn Building`: the landmarks of [`VENUES`]), and adds
/// such a centre named alone where a meeting is held in it or in a table's
/// cell (`会议将在吉吉里大院举行`, `held at the Gigiri complex`), not where it
/// is only mentioned (`吉吉里大院的翻修`) nor held away from it. One search
/// of the text for each word of [`LANDMARK_KEYS`] of the text's language.
fn landmarks(text: &str, english: bool, out: &mut Vec<Annotation>) {
    let state_of = |name: &str| VENUES.landmarks.iter().find(|(n, _)| name.contains(n)).map(|(_, iso3)| iso3.to_string());
    for a in out.iter_mut() {
        if let Value::Place(p) = &mut a.value {
            if p.state.is_none() {
                p.state = state_of(&p.name);
            }
        }
    }
    out.sort_by_key(|a| a.span.start);
    let mut taken = Taken::of(out);
    let mut found = Vec::new();
    for (key, names) in LANDMARK_KEYS.iter().filter(|(k, _)| k.is_ascii() == english) {
        for (at, _) in text.match_indices(key) {
            let Some(&(name, iso3)) = names.iter().find(|(n, _)| text.get(at..).is_some_and(|t| t.starts_with(n))) else { continue };
            let span = Span::new(at, at + name.len());
            // An English name stands as a word (`Gigiri complexes` is none).
            let word = !english || !(char_before(text, at).is_some_and(char::is_alphanumeric) || char_at(text, span.end).is_some_and(char::is_alphanumeric));
            // `在万国宫第 XVII 号会\n议室举行`: a room of it that no rule read is where the
            // meeting is, not the centre alone; `在联合国总部以外地点举行`: a meeting
            // held away from it.
            let outside = || text.get(span.end..).is_some_and(|r| OUTSIDE_ZH.iter().any(|w| r.starts_with(w)));
            let venue = || if english { held_in_named_room(text, at) || room_cell(text, span) } else { room_is_venue(text, span) && !room_follows_zh(text, span.end) && !outside() };
            // `Room XVII, Palais des Nations`: a room written before the centre, after a comma, is one place with it.
            if let Some(room) = at.checked_sub(2).and_then(|e| ending_at(out, e)).filter(|a| word && text.get(a.span.end..at) == Some(", ")) {
                if let Value::Place(p) = &mut room.value {
                    if p.state.is_none() {
                        room.span = Span::new(room.span.start, span.end);
                        p.name = place_name(&text[room.span.range()]);
                        p.state = Some(iso3.to_string());
                        taken.push(room.span);
                        continue;
                    }
                }
            }
            if word && venue() && !taken.overlaps(span) {
                taken.push(span);
                found.push(place(text, span, span, Some(iso3)));
            }
        }
    }
    found.sort_by_key(|a| a.span.start);
    out.extend(found);
}

/// What may stand before a Chinese room's name: its building (`C 楼`, with
/// its floor perhaps, `C 楼二层`, and a label then perhaps without `号`: `C 楼 C3 `, `C 楼 C0713 `), its label with `号`
/// (`第 XX 号` too, and the Palais des Nations' longer numerals: `第 XVII 号`)
/// (`1 号`, `M 号`) or an ordinal (`第三`, `第 3`), then `全体` or `董事会`.
static ROOM_HEAD_ZH: LazyLock<Regex> = LazyLock::new(|| {
    let v = &*VENUES;
    let kind = alternation(&[v.plenary_zh.as_slice(), v.board_zh.as_slice()].concat(), " ");
    crate::text::regex(&format!(
        r"(?:(?:^|[^A-Za-z0-9./])(?:([A-Z]{{1,2}}[ \u{{3000}}]*楼)[ \u{{3000}}]*(?:[0-9一二三四五六七八九十]{{1,2}}[ \u{{3000}}]*层[ \u{{3000}}]*)?(?:[A-Z0-9]{{1,5}}[ \u{{3000}}]*)?)?(?:((?:第[ \u{{3000}}]*)?(?:[A-Z0-9]{{1,3}}|[IVX]{{4,5}}))[ \u{{3000}}]*号|(第(?:[一二三四五六七八九十]{{1,3}}|[ \u{{3000}}]*[0-9]{{1,2}})))?)?[ \u{{3000}}]*({kind})?$"
    ))
});

/// How far before a Chinese room's name its label is read, in bytes.
const ROOM_HEAD_REACH: usize = 24;

/// Adds the Chinese rooms named without their city where a meeting is
/// held, as places of no State: `在 1 号全体会议厅举行`, `在会议室 D 举行会议`,
/// or a journal's room cell (`…\t第 5 次会议\t全体会议厅 A`) or after its
/// label (`会议地点：C 楼 C4 会议室`). A room has a
/// label (`1 号`, `第三`, ` A`): `在同一会议厅举行` names none, `会议室文件`
/// is a document. A building named by its capitals is one too where the
/// meeting is held in it, not in a room of it (`在 C 楼举行`), and so is an
/// English room of a Chinese text (`在 C 楼 Room C0713 举行`, see [`rooms`]).
/// Linear: one pass over the text for the last bytes of [`ROOM_ANCHORS_ZH`].
fn rooms_zh(text: &str, out: &mut Vec<Annotation>) {
    out.sort_by_key(|a| a.span.start);
    let mut taken = Taken::of(out);
    let mut found = Vec::new();
    let lettered = VENUES.lettered_zh;
    let anchor_at = |p: usize| text.get(..p + 1).and_then(|t| t.char_indices().next_back()).filter(|(_, c)| ROOM_ANCHORS_ZH.contains(c));
    for (anchor, c) in crate::text::find_bytes(text, *ROOM_ANCHOR_BYTES_ZH).into_iter().filter_map(anchor_at) {
        let (ends, mut buf) = (anchor + c.len_utf8(), [0; 4]);
        let c: &str = c.encode_utf8(&mut buf);
        if c.is_ascii() {
            if text.get(..ends).is_some_and(|t| t.ends_with(VENUES.bare_room)) {
                room_en_at(text, ends, out, &mut found, &mut taken);
            }
            continue;
        }
        let head = text.get(..ends).unwrap_or("");
        let Some(at) = VENUES.rooms_zh.iter().find_map(|w| ends_with_broken(head, w)) else {
            // `在 D 厅举行`: a hall named by its capitals alone; `在 C 楼举行`: a building;
            // `在 C 楼 C0713 室举行`: a room named by its number, its building before it.
            let building = c == VENUES.lettered_building_zh && !room_follows_zh(text, ends);
            let start = match c {
                _ if c == lettered || building => lettered_hall_start(text, anchor),
                _ if c == VENUES.numbered_room_zh => numbered_room_start(text, anchor),
                _ => None,
            };
            if let Some(start) = start {
                // `在联合国维也纳办事处 C 楼举行`: the building of the office before it.
                let office = (c != lettered).then(|| office_before_zh(text, start)).flatten();
                let span = Span::new(office.unwrap_or(start), ends);
                if room_is_venue(text, span) && !taken.overlaps(span) {
                    taken.push(span);
                    let state = office.and_then(|o| city_inside(text.get(o..start).unwrap_or("")));
                    found.push(place(text, span, span, state));
                }
            }
            continue;
        };
        // `在经社理事会会议厅举行`: a room known by its own name.
        if let Some(name) = VENUES.named_zh.iter().find(|n| text.get(..ends).is_some_and(|t| t.ends_with(*n))) {
            let span = Span::new(ends - name.len(), ends);
            if room_is_venue(text, span) && !taken.overlaps(span) {
                    taken.push(span);
                found.push(place(text, span, span, None));
            }
            continue;
        }
        let lo = crate::text::floor_boundary(text, at.saturating_sub(ROOM_HEAD_REACH));
        let Some(head) = text.get(lo..at).and_then(|h| ROOM_HEAD_ZH.captures(h)) else { continue };
        let label = head.get(1).or(head.get(2)).or(head.get(3));
        let start = label.or(head.get(4)).map_or(at, |m| lo + m.start());
        let labelled_before = label.is_some();
        let name_end = ends;
        let end = room_label_end_zh(text, name_end).unwrap_or(name_end);
        // `全体会议厅`, `董事会会议室`: a room named by its kind needs no label.
        if !labelled_before && end == name_end && head.get(4).is_none() {
            continue;
        }
        // `在联合国内罗毕办事处（吉吉里）第 2 会议室举行`: the room of the office before it;
        // `会议地点为吉吉里大院第 2 会议室`: of the complex before it, named without its city.
        let office = office_before_zh(text, start);
        let span = Span::new(office.or_else(|| complex_before_zh(text, start)).unwrap_or(start), end);
        if room_is_venue(text, span) && !taken.overlaps(span) {
                    taken.push(span);
            let state = office.and_then(|o| city_inside(text.get(o..start).unwrap_or("")));
            found.push(place(text, span, span, state));
        }
    }
    found.sort_by_key(|a| a.span.start);
    out.extend(found);
}

/// Where `word` starts when `head` ends with it, a PDF line break allowed
/// between two of its characters (`第 XVII 号会\n议室`).
fn ends_with_broken(head: &str, word: &str) -> Option<usize> {
    if let Some(stem) = head.strip_suffix(word) {
        return Some(stem.len());
    }
    let (mut rest, mut tail) = (head, word);
    while let Some(c) = tail.chars().next_back() {
        tail = &tail[..tail.len() - c.len_utf8()];
        rest = rest.strip_suffix(c)?;
        if tail.is_empty() {
            return None;
        }
        let broken = rest.strip_suffix('\n').map(|r| r.strip_suffix('\r').unwrap_or(r));
        if let Some(before) = broken.and_then(|r| r.strip_suffix(tail)) {
            return Some(before.len());
        }
    }
    None
}

/// Where a conference centre of [`VENUES`] written right before `start`
/// begins (`吉吉里大院第 2 会议室`, `国际中心 C 楼`), its named building perhaps
/// between (`联合国总部北草坪会议大楼第 2 会议室`), or that building alone
/// (`北草坪会议大楼第 2 会议室`).
fn complex_before_zh(text: &str, start: usize) -> Option<usize> {
    let blank = [' ', '\u{3000}'];
    let head = text.get(..start)?.trim_end_matches(blank);
    // `会展中心一层第 1 会议厅`: the floor of the room, between it and its centre.
    let floor = head.strip_suffix('层').and_then(|h| {
        let number = h.trim_end_matches(blank).trim_end_matches(|c: char| c.is_ascii_digit() || is_chinese_numeral(c));
        (number.len() < h.trim_end_matches(blank).len()).then_some(number.len())
    });
    let head = floor.map_or(head, |f| head[..f].trim_end_matches(blank));
    let building = VENUES.buildings_zh.iter().filter(|b| head.ends_with(**b)).max_by_key(|b| b.len()).map(|b| head.len() - b.len());
    let centre_head = building.map_or(head, |b| head[..b].trim_end_matches(blank));
    // A centre named by its last words alone (`会展中心`, after its name was given).
    // `在一层第 1 会议厅`: a floor alone is the room's.
    VENUES.complexes_zh.iter().chain(&VENUES.centres_zh).filter(|c| centre_head.ends_with(**c)).max_by_key(|c| c.len()).map(|c| centre_head.len() - c.len()).or(building).or(floor)
}

/// True when a room follows the building ending at `at` in its clause
/// (`C 楼 C3 会议室举行`, `C 楼 Room C0713`): the place is the room, not
/// the building.
fn room_follows_zh(text: &str, at: usize) -> bool {
    let clause = held_clause(text.get(at..).unwrap_or(""), char_before(text, at));
    let clause = HELD_ZH.iter().filter_map(|w| clause.find(w)).min().map_or(clause.as_str(), |i| &clause[..i]);
    clause.contains(ROOM_ANCHORS_ZH.as_slice())
}

/// The word that ends the name of a United Nations office (`联合国内罗毕办事处`).
const OFFICE_ZH: &str = "办事处";

/// The word that opens it.
const UNITED_NATIONS_ZH: &str = "联合国";

/// Longest name of an office, from `联合国` to `办事处`, and of the district
/// in brackets after it (`（吉吉里）`), in bytes.
const OFFICE_REACH: usize = 30;

/// Where the United Nations office written right before a Chinese room or
/// conference centre at `start` begins (`联合国内罗毕办事处（吉吉里）第 2 会议室`,
/// `联合国日内瓦办事处第十七会议室`, `联合国维也纳办事处维也纳国际中心`), its
/// district in brackets or its complex allowed (`联合国日内瓦办事处万国宫第十七会议室`);
/// the room or centre is then the office's, one place.
fn office_before_zh(text: &str, start: usize) -> Option<usize> {
    let blank = [' ', '\u{3000}'];
    // A PDF line may break between the office and what follows it, or inside its name.
    let head = text.get(..start)?.trim_end_matches(blank);
    let mut head = head.strip_suffix('\n').map_or(head, |h| h.strip_suffix('\r').unwrap_or(h).trim_end_matches(blank));
    // The complex of the office (`万国宫`) may stand between it and the room.
    if let Some(complex) = VENUES.complexes_zh.iter().find(|c| head.ends_with(**c)) {
        head = head[..head.len() - complex.len()].trim_end_matches(blank);
    }
    if let Some(inner) = head.strip_suffix(['）', ')']) {
        let open = inner.rfind(['（', '('])?;
        (inner.len() - open <= OFFICE_REACH).then_some(())?;
        head = &inner[..open];
    }
    let stem = head.strip_suffix(OFFICE_ZH)?;
    let lo = crate::text::floor_boundary(stem, stem.len().saturating_sub(OFFICE_REACH));
    let at = stem.get(lo..)?.rfind(UNITED_NATIONS_ZH)? + lo;
    // `stem` starts where `text` does: one line break at most from the office to `start`.
    Some(at).filter(|&a| !stem[a..].contains(['，', '。', '、']) && text.get(a..start).is_some_and(|t| t.matches('\n').count() <= 1))
}

/// Where a United Nations office begins, and its closing bracket ends, when
/// the venue from `start` to `end` stands in brackets right after it
/// (`联合国维也纳办事处（维也纳国际中心）`): the office and its venue, one place.
fn bracketed_after_office_zh(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (open, close) = match char_before(text, start)? {
        '（' => ('（', '）'),
        '(' => ('(', ')'),
        _ => return None,
    };
    let after = text.get(end..)?.strip_prefix(close)?;
    let office = office_before_zh(text, start - open.len_utf8())?;
    // The office's own district in brackets (`（吉吉里）`) is no venue of it.
    text.get(office..start - open.len_utf8())?.ends_with(OFFICE_ZH).then(|| (office, text.len() - after.len()))
}

/// The last characters of the Chinese rooms of [`VENUES`] (`室` of `会议室`),
/// of its lettered hall and building and numbered room (`厅`, `楼`, `室`) and of its bare English room
/// (`m` of `Room`), searched for in one pass as the anchors of a room's name.
static ROOM_ANCHORS_ZH: LazyLock<Vec<char>> = LazyLock::new(|| {
    let v = &*VENUES;
    let words = v.rooms_zh.iter().chain([&v.lettered_zh, &v.lettered_building_zh, &v.numbered_room_zh, &v.bare_room]);
    let mut anchors: Vec<char> = words.filter_map(|w| w.chars().next_back()).collect();
    anchors.sort_unstable();
    anchors.dedup();
    anchors
});

/// The last bytes of [`ROOM_ANCHORS_ZH`], looked for in one pass.
static ROOM_ANCHOR_BYTES_ZH: LazyLock<[u8; ANCHOR_BYTES]> = LazyLock::new(|| {
    byte_set(ROOM_ANCHORS_ZH.iter().filter_map(|c| c.to_string().bytes().next_back()))
});

/// How many bytes a pass of [`crate::text::find_bytes`] looks for at once.
const ANCHOR_BYTES: usize = 4;

/// `bytes` as a set of [`ANCHOR_BYTES`], the first repeated to fill it (the
/// data has that many kinds of anchor at most; a test checks it).
fn byte_set(bytes: impl Iterator<Item = u8>) -> [u8; ANCHOR_BYTES] {
    let mut set = [0; ANCHOR_BYTES];
    let mut n = 0;
    for b in bytes {
        if !set[..n].contains(&b) && n < ANCHOR_BYTES {
            set[n] = b;
            n += 1;
        }
    }
    let first = set[0];
    set[n..].fill(first);
    set
}

/// Where the capitals naming a hall or building that starts at `at` begin
/// (`D 厅`, `AB厅`, `C 楼`): one or two capitals, perhaps a space, standing
/// as a word.
fn lettered_hall_start(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?.trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    let letters = head.bytes().rev().take(3).take_while(u8::is_ascii_uppercase).count();
    let start = head.len() - letters;
    ((1..=2).contains(&letters) && !char_before(text, start).is_some_and(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.')).then_some(start)
}

/// The word of a floor of a Chinese building (`二层`).
const FLOOR_ZH: &str = "层";

/// Where a room named by its number before `室` at `at` begins (`C0713 室`,
/// `M1室`, `第 C0713 室`), with the lettered building or floor written
/// before it (`C 楼 C0713 室`, `C 楼二层 C0227 室`, `二层 C0227 室`).
fn numbered_room_start(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?.trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    let number = head.bytes().rev().take(7).take_while(u8::is_ascii_alphanumeric).count();
    let start = head.len() - number;
    let label = &head[start..];
    let letters = label.bytes().take_while(u8::is_ascii_uppercase).count();
    let rest = &label[letters..];
    let numbered = (1..=2).contains(&letters) && rest.starts_with(|c: char| c.is_ascii_digit()) && rest.len() <= 5 && rest.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if !numbered || char_before(text, start).is_some_and(|c| c == '/' || c == '.' || c == '-') {
        return None;
    }
    let building = VENUES.lettered_building_zh;
    // `第 C0713 室`: the ordinal's 第 belongs to the room's name.
    let head = text.get(..start)?.trim_end_matches([' ', '\u{3000}']);
    let start = head.strip_suffix('第').map_or(start, str::len);
    // The floor may stand between the building and the room (`C 楼二层 C0227 室`),
    // or before the room alone (`二层 C0227 室`); a PDF line may break before
    // the room (`C 楼\nC0713 室`).
    let head = text.get(..start)?.trim_end_matches([' ', '\u{3000}']);
    let head = head.strip_suffix('\n').map_or(head, |h| h.strip_suffix('\r').unwrap_or(h).trim_end_matches([' ', '\u{3000}']));
    let floor = head.strip_suffix(FLOOR_ZH).map(|h| h.trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))).filter(|h| h.len() + FLOOR_ZH.len() < head.len());
    let start = floor.map_or(start, str::len);
    let head = floor.map_or(head, |h| h.trim_end_matches([' ', '\u{3000}']));
    let stem = head.strip_suffix(building).filter(|_| !building.is_empty());
    Some(stem.and_then(|s| lettered_hall_start(text, s.len())).unwrap_or(start))
}

/// The end of a label after a Chinese room's name ending at `at` (` A`,
/// `D`, ` 2`): one capital or up to two digits, standing as a word.
fn room_label_end_zh(text: &str, at: usize) -> Option<usize> {
    let i = crate::text::skip_while(text, at, |c| c == ' ' || c == '\u{3000}' || c == '\u{a0}');
    let rest = text.get(i..)?;
    let len = match rest.bytes().next()? {
        b'A'..=b'Z' => 1,
        b'0'..=b'9' => rest.bytes().take(3).take_while(u8::is_ascii_digit).count(),
        _ => return None,
    };
    (len <= 2 && !rest[len..].starts_with(|c: char| c.is_ascii_alphanumeric())).then_some(i + len)
}

/// True when the Chinese room at `span` is where a meeting is held: in a
/// clause of holding, a table's cell, or after a venue's label (`会议地点：C 楼
/// C4 会议室`).
fn room_is_venue(text: &str, span: Span) -> bool {
    held_in_room(text, span) || room_cell(text, span) || after_venue_lead(text, span.start)
}

/// True when a meeting is held in the room at `span`: `在` before it and a
/// verb of holding in the clause after it (`在会议室 D 举行会议`); a PDF line
/// may break after `在` (`…下午 1 时在\nC 楼第 C0713 室举行`).
fn held_in_room(text: &str, span: Span) -> bool {
    let before = crate::text::skip_back_while(text, span.start, is_ws);
    let clause = held_clause(text.get(span.end..).unwrap_or(""), char_before(text, span.end));
    char_before(text, before) == Some('在') && says_held(&clause)
}

/// True when the room at `span` is a whole cell of a tab-separated row
/// (`上午 10 时至下午 1 时\t第 5 次会议\t全体会议厅 A`), or the last column of
/// a row that PDF text lays out with spaces (`下午3时至6时          第3会议室`).
fn room_cell(text: &str, span: Span) -> bool {
    let before = crate::text::skip_back_while(text, span.start, |c| c == ' ' || c == '\u{3000}');
    let after = crate::text::skip_while(text, span.end, |c| c == ' ' || c == '\u{3000}');
    let closes_line = matches!(char_at(text, after), Some('\n' | '\r') | None);
    let column = before > 0 && text.get(before..span.start).is_some_and(|gap| gap.chars().count() >= COLUMN_GAP) && closes_line;
    let opens = matches!(char_before(text, before), Some('\t') | Some('\n') | None);
    let closes = closes_line || char_at(text, after) == Some('\t');
    // The row holds a tab: one on either side, or, when the cell is its whole
    // line, inside it (not the line's search on each cell of a long line).
    let tabbed = || char_before(text, before) == Some('\t') || char_at(text, after) == Some('\t') || text.get(before..after).is_some_and(|l| l.contains('\t'));
    column || (opens && closes && tabbed())
}

/// Fewest spaces between two columns of a row in PDF text.
const COLUMN_GAP: usize = 3;

/// The last words of the English rooms of [`VENUES`] (`Room`, `Boardroom`,
/// `Hall`), and of the rooms known by their name (`Chamber`), the anchors
/// of a room's name.
static ROOM_ANCHORS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let last_word = |r: &&'static str| r.rsplit(' ').next().unwrap_or(r);
    let mut anchors: Vec<&str> = VENUES.rooms_en.iter().chain(&VENUES.named_en).map(last_word).collect();
    anchors.sort_unstable();
    anchors.dedup();
    anchors
});

/// The first bytes of [`ROOM_ANCHORS`] (capitals, rare in running text),
/// looked for in one pass.
static ROOM_ANCHOR_BYTES: LazyLock<[u8; ANCHOR_BYTES]> = LazyLock::new(|| byte_set(ROOM_ANCHORS.iter().filter_map(|a| a.bytes().next())));

/// The spans the places found so far take, for the room and landmark loops'
/// test that a new place overlaps none without scanning them all: sorted,
/// disjoint spans (overlapping ones merged), asked by binary search. The
/// loops find places in text order, so a new span mostly goes at the end.
struct Taken(Vec<Span>);

impl Taken {
    /// The spans of `places`.
    fn of(places: &[Annotation]) -> Self {
        let mut taken = Taken(Vec::with_capacity(places.len()));
        let mut spans: Vec<Span> = places.iter().map(|a| a.span).collect();
        spans.sort_unstable_by_key(|s| s.start);
        for s in spans {
            taken.push(s);
        }
        taken
    }

    /// True when `span` overlaps a span taken.
    fn overlaps(&self, span: Span) -> bool {
        let i = self.0.partition_point(|s| s.start < span.end);
        i > 0 && self.0[i - 1].end > span.start
    }

    /// Takes `span`, merged with the spans it overlaps. Strictly: merging
    /// spans that only touch would make an empty span between them overlap.
    fn push(&mut self, span: Span) {
        let i = self.0.partition_point(|s| s.start <= span.start);
        let lo = if i > 0 && self.0[i - 1].end > span.start { i - 1 } else { i };
        let (mut start, mut end) = (span.start, span.end);
        let mut hi = lo;
        while let Some(s) = self.0.get(hi).filter(|s| hi < i || s.start < end) {
            start = start.min(s.start);
            end = end.max(s.end);
            hi += 1;
        }
        self.0.splice(lo..hi, [Span::new(start, end)]);
    }
}

/// The place of `out` (sorted by start) that ends at `end`, looked for among
/// the few that start last before it.
fn ending_at(out: &mut [Annotation], end: usize) -> Option<&mut Annotation> {
    let i = out.partition_point(|a| a.span.start < end);
    let lo = i.saturating_sub(4);
    out[lo..i].iter_mut().find(|a| a.span.end == end)
}

/// Longest label of a room (`6`, `B`, `CR-4`), in bytes.
const ROOM_LABEL: usize = 5;

/// Adds the rooms of a conference building named without their city, where
/// the meetings of a journal or programme are held (`Conference Room 6`,
/// `Board Room B`, `Boardroom A`; the English rooms of [`VENUES`], the
/// longer names tried first, so that the bare `Room` is the last), that no
/// place found already holds, as places without a State. The building may
/// be written before the room (`M-Building, Boardroom A`) or in brackets
/// after it (`Room M3 (M Building)`); the bare room's label must hold a
/// digit (`Room M3`) or be a Roman numeral of two letters or more (`Room
/// XVII` of the Palais des Nations) to be a room and not a word. A room
/// written right before a place, after a comma (`Conference Room 1, Vienna
/// International Centre`), joins it, and so does one written right after a
/// place that did not take it in (`United Nations Office at Nairobi
/// (Gigiri), Conference Room 2`). Linear: one pass over the text for the
/// first bytes of [`ROOM_ANCHORS`], each anchor that starts there compared
/// with the rooms that end with it.
fn rooms(text: &str, out: &mut Vec<Annotation>) {
    out.sort_by_key(|a| a.span.start);
    let mut taken = Taken::of(out);
    let mut found = Vec::new();
    for at in crate::text::find_bytes(text, *ROOM_ANCHOR_BYTES) {
        if let Some(anchor) = ROOM_ANCHORS.iter().find(|a| text.get(at..).is_some_and(|t| t.starts_with(**a))) {
            room_en_at(text, at + anchor.len(), out, &mut found, &mut taken);
        }
    }
    found.sort_by_key(|a| a.span.start);
    out.extend(found);
}

/// Reads the English room whose name ends at `ends` (see [`rooms`]): a new
/// one goes to `found`; one written before a place of `out` joins it.
/// `out` is sorted by start and `taken` holds the spans of both.
fn room_en_at(text: &str, ends: usize, out: &mut [Annotation], found: &mut Vec<Annotation>, taken: &mut Taken) {
    let bare = VENUES.bare_room;
    // A PDF line may break where the room's name has a space (`Conference\nRoom 2`).
    let starts = |room: &str| text.get(..ends).and_then(|head| ends_with_spaced(head, room));
    let named = VENUES.named_en.iter().find_map(|room| Some((starts(room)?, *room)));
    let Some((at, room)) = named.or_else(|| VENUES.rooms_en.iter().find_map(|room| Some((starts(room)?, *room)))) else { return };
    if char_before(text, at).is_some_and(char::is_alphanumeric) {
        return;
    }
    let named_end = at + room.len();
    let end = match room_label_end(text, named_end) {
        // `ECOSOC Chamber`, `Human Rights and Alliance of Civilizations Room (Room XX)`:
        // a room known by its name, with the label it has in brackets.
        _ if named.is_some() => bracketed_label_end(text, named_end).unwrap_or(named_end),
        Some(end) if room != bare || bare_room_label(text[named_end..end].trim_start_matches([' ', '\u{a0}'])) => building_after_room(text, end).unwrap_or(end),
        Some(_) => return,
        // `Plenary Hall (M Building)`: a room of a kind needs no label when its building follows.
        None if room != bare => match building_after_room(text, named_end) {
            Some(end) => end,
            None => return,
        },
        None => return,
    };
    let start = building_of_room(text, at).unwrap_or(at);
    let span = Span::new(start, end);
    if taken.overlaps(span) {
        return;
    }
    // `Conference Room 1, Vienna International Centre`: the room of the place written after it.
    let after = text.get(end..).and_then(|t| t.strip_prefix(", ")).map(|t| text.len() - t.len());
    let next = after.map(|a| out.partition_point(|p| p.span.start < a)).filter(|&k| out.get(k).is_some_and(|p| Some(p.span.start) == after && matches!(p.value, Value::Place(_))));
    let joined = next.is_some();
    // A room known by its name is a place where a meeting is held in it, not
    // where it is only mentioned (`the ECOSOC Chamber was renovated`).
    if named.is_some() && !joined && !held_in_named_room(text, start) && !room_cell(text, span) {
        return;
    }
    // `United Nations Office at Nairobi (Gigiri), Conference Room 2`: the room of the place
    // written before it (the last one to start before it: none overlaps it).
    let last = out.partition_point(|a| a.span.start < start).checked_sub(1);
    let before = last.filter(|&k| out[k].span.end <= start && matches!(out[k].value, Value::Place(_)) && text.get(out[k].span.end..start).is_some_and(joins_room));
    if let Some(venue) = before.and_then(|k| out.get_mut(k)) {
        let state = if let Value::Place(p) = &venue.value { p.state.clone() } else { None };
        let whole = Span::new(venue.span.start, end);
        *venue = place(text, whole, whole, state.as_deref());
        taken.push(whole);
        return;
    }
    match next.and_then(|k| out.get_mut(k)) {
        Some(venue) => {
            let state = if let Value::Place(p) = &venue.value { p.state.clone() } else { None };
            let whole = Span::new(start, venue.span.end);
            *venue = place(text, whole, whole, state.as_deref());
            taken.push(whole);
        }
        None => {
            taken.push(span);
            found.push(place(text, span, span, None));
        }
    }
}

/// Longest district in brackets between a place and its room, in bytes (`(Gigiri)`).
const DISTRICT: usize = 24;

/// True when `gap`, between a place and a room after it, joins them: `, `,
/// or a district in brackets and then `, ` (` (Gigiri), `).
fn joins_room(gap: &str) -> bool {
    let Some(rest) = gap.strip_suffix(", ") else { return false };
    rest.is_empty()
        || rest.strip_prefix(" (").and_then(|r| r.strip_suffix(')')).is_some_and(|d| d.len() <= DISTRICT && d.starts_with(|c: char| c.is_ascii_uppercase()) && d.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-'))
}

/// The end of a room's label written in brackets after a room known by its
/// name that ends at `at` (` (Room XX)`, ` (Conference Room 4)`).
fn bracketed_label_end(text: &str, at: usize) -> Option<usize> {
    let inner = text.get(at..)?.strip_prefix(" (")?;
    let room = VENUES.rooms_en.iter().find(|r| inner.starts_with(*r))?;
    let end = room_label_end(text, text.len() - inner.len() + room.len())?;
    text.get(end..)?.starts_with(')').then_some(end + 1)
}

/// A clause that holds a meeting in the room written after it: `will be held
/// in the`, `took place in`, `meets in the`, `reconvene in the`.
static HELD_IN_ROOM_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:held|convened?|meets?|met|meeting|take place|takes place|took place|taking place|reconvenes?|resumes?)\b[^.;:]{0,80}\b(?:in|at) (?:the )?$")
});

/// How far before a room known by its name [`HELD_IN_ROOM_EN`] is read, in bytes.
const HELD_IN_ROOM_REACH: usize = 100;

/// True when the clause before the room starting at `start` holds a meeting in it.
fn held_in_named_room(text: &str, start: usize) -> bool {
    let lead = text.get(crate::text::floor_boundary(text, start.saturating_sub(HELD_IN_ROOM_REACH))..start).unwrap_or("");
    HELD_IN_ROOM_EN.is_match(&plain_lead(lead))
}

/// The end of the label after a room's name ending at `at` (` 6`, ` B`,
/// `\u{a0}CR-4`): capitals, digits and dashes standing as a word.
fn room_label_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let label = rest.strip_prefix([' ', '\u{a0}'])?;
    let len = label.bytes().take(ROOM_LABEL + 1).take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'-').count();
    let after = label[len..].chars().next();
    ((1..=ROOM_LABEL).contains(&len) && !label[..len].ends_with('-') && !after.is_some_and(char::is_alphanumeric))
        .then(|| text.len() - label.len() + len)
}

/// The start of a building written right before the room at `at`:
/// `M-Building, ` or `C Building, `, or in a Chinese text `C 楼 `.
fn building_of_room(text: &str, at: usize) -> Option<usize> {
    // `C 楼 Room C0713`: the building of a Chinese text, before an English room.
    let building = VENUES.lettered_building_zh;
    if let Some(stem) = text.get(..at)?.trim_end_matches([' ', '\u{3000}']).strip_suffix(building).filter(|_| !building.is_empty()) {
        return lettered_hall_start(text, stem.len());
    }
    let head = text.get(..at)?.strip_suffix(", ")?;
    let stem = head.strip_suffix("Building")?;
    let stem = stem.strip_suffix(['-', ' '])?;
    let letters = stem.bytes().rev().take_while(u8::is_ascii_uppercase).count();
    let start = stem.len() - letters;
    ((1..=2).contains(&letters) && !char_before(text, start).is_some_and(char::is_alphanumeric)).then_some(start)
}

/// True when `label` names a room after `Room` alone: it holds a digit
/// (`M3`, `C0713`) or is a Roman numeral of two letters or more (`XVII`).
fn bare_room_label(label: &str) -> bool {
    label.bytes().any(|b| b.is_ascii_digit()) || (label.len() >= 2 && label.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
}

/// Longest building in brackets after a room, its floor included, in bytes.
const BRACKETED_BUILDING: usize = 32;

/// True when `words` name a floor: `4th floor`, `ground floor`, `second floor`.
fn is_floor(words: &str) -> bool {
    let Some(which) = words.strip_suffix(" floor").or_else(|| words.strip_suffix(" Floor")) else { return false };
    let ordinal = which.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = ordinal.len() < which.len() && ["st", "nd", "rd", "th"].contains(&ordinal);
    numbered || ["ground", "Ground", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"].contains(&which)
}

/// The end of a building written in brackets right after a room ending at
/// `at`: ` (M Building)`, ` (Building M)`, ` (C-Building)`, ` (C Building, 4th
/// floor)`, also on the next
/// line; or after a
/// comma or `of the`: `, C Building`, `, M-Building`, ` of the M Building`,
/// or after a comma a building known by its name (`, North Lawn Building`).
fn building_after_room(text: &str, at: usize) -> Option<usize> {
    let after = text.get(at..)?;
    if let Some(rest) = after.strip_prefix(", ").or_else(|| after.strip_prefix(" of the ")) {
        // A named building only after a comma: `of the Conference Building`
        // may name a building of another centre than the room's.
        let comma = after.starts_with(", ");
        let named = VENUES.buildings_en.iter().filter(|_| comma).find_map(|b| rest.strip_prefix(b)).filter(|w| !w.starts_with(char::is_alphanumeric));
        if let Some(word) = named {
            return Some(text.len() - word.len());
        }
        let letters = rest.bytes().take(3).take_while(u8::is_ascii_uppercase).count();
        let tail = rest.get(letters..)?;
        let word = tail.strip_prefix(" Building").or_else(|| tail.strip_prefix("-Building"))?;
        let whole = (1..=2).contains(&letters) && !word.starts_with(|c: char| c.is_alphanumeric());
        return whole.then(|| text.len() - word.len());
    }
    // A PDF line may break before the bracket (`Plenary Hall\n(M Building)`).
    let inner = text.get(at..)?.strip_prefix([' ', '\n'])?.strip_prefix('(')?;
    let close = inner.get(..crate::text::floor_boundary(inner, BRACKETED_BUILDING))?.find(')')?;
    // `(C Building, 4th floor)`: the floor after the building stays in the brackets.
    let words = inner[..close].split_once(", ").filter(|(_, f)| is_floor(f)).map_or(&inner[..close], |(w, _)| w);
    let label = words.strip_suffix(" Building").or_else(|| words.strip_suffix("-Building")).or_else(|| words.strip_prefix("Building "))?;
    ((1..=2).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_uppercase())).then(|| at + 2 + close + 1)
}

fn place(text: &str, span: Span, name: Span, state: Option<&str>) -> Annotation {
    let name = place_name(text.get(name.range()).unwrap_or(""));
    Annotation::new(span, Value::Place(PlaceValue { name, state: state.map(str::to_string) }))
}

/// A place's name as written, without the line breaks of a PDF: an ASCII
/// name keeps one space for each run of whitespace (`Vienna International\nCentre`
/// → `Vienna International Centre`), others lose the breaks (`追回被盗资产\n举措`).
fn place_name(raw: &str) -> String {
    if raw.is_ascii() {
        raw.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        raw.chars().filter(|c| !matches!(c, '\n' | '\r')).collect()
    }
}

/// How far before an organisation the sentence that holds a meeting there
/// is read, in bytes.
const HELD_AT_REACH: usize = 120;

/// A sentence that holds a meeting at the organisation following it: `held
/// its fifty-fifth session at the`, `will meet at the`, `took place at`; or
/// in the city following it, after the host or building named between:
/// `held at the headquarters of the OECD in `, `hosted by the Government of
/// Thailand in ` (no comma between); or after a room or building it is held
/// in, then a comma (`held in Conference Room 2, North Lawn Building, in `).
static HELD_AT_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:held|convened|meets?|met|take place|took place|taking place)\b[^.;]{0,100}\bat (?:the )?$|\b(?:held at|hosted by|organi[sz]ed by)\s+the\s+[a-zA-Z][^.;,]{0,80}\sin $|\b(?:held|convened|take place|took place|taking place)\b(?:[^.;]|\.[0-9]){0,60}\bin [^.;]{0,80}\b(?:Room [A-Z0-9]{1,6}|Building|Hall(?: [A-Z0-9]{1,3})?), in $")
});

/// A phrase of holding at a venue whose capitalised name runs on into the
/// city (`held at Expo City Dubai`: the city ends the venue's name) or is
/// followed by it after a comma (`held at UNESCAP, Bangkok`).
static HELD_AT_NAMED_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:held|convened|took place|take place|taking place) at (?:the )?(?:[A-Z][A-Za-z'-]* ){0,3}[A-Z][A-Za-z'-]*,? $")
});

/// How far before a city, in bytes, a venue's name of [`HELD_AT_NAMED_EN`] is read.
const HELD_AT_NAMED_REACH: usize = 80;

/// True when a venue's name ending at `start` follows a phrase of holding
/// (see [`HELD_AT_NAMED_EN`]); not when the name goes on to its city
/// (`at the World Conference Center Bonn in Bonn`: the second city is the place).
fn held_at_named(text: &str, start: usize, rest: &str) -> bool {
    if rest.trim_start_matches(is_ws).starts_with("in ") {
        return false;
    }
    let lead = text.get(crate::text::floor_boundary(text, start.saturating_sub(HELD_AT_NAMED_REACH))..start).unwrap_or("");
    // The regex only where its word `at` stands.
    lead.contains("at") && HELD_AT_NAMED_EN.is_match(&lead.replace(['\n', '\r'], " "))
}

/// True when the organisation at `span` is where a meeting is held, a venue
/// and so a place, not a participant: `held its fifty-fifth session at the
/// United Nations Office at Geneva`, `在联合国日内瓦办事处举行`.
pub(crate) fn organization_is_venue(text: &str, span: Span) -> bool {
    let lead = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(HELD_AT_REACH))..span.start).unwrap_or("");
    let lead = lead.rsplit(['。', '；']).next().unwrap_or(lead);
    let after = text.get(span.end..).unwrap_or("").trim_start_matches(crate::text::is_space);
    let zh = lead.ends_with('在') && ["举行", "召开"].iter().any(|w| after.starts_with(w));
    zh || in_venue_list_zh(lead, after, char_before(text, span.end)) || (ends_with_at(lead) && held_phrase_before(text, span.start))
}

/// What joins the members of a Chinese list of venues.
const VENUE_LIST_ZH: &[char] = &['、', '和', '及', '与'];

/// True when the name between `lead` and `after` is a member of a list of
/// venues after `在` whose clause holds the meeting: `分别在联合国内罗毕办事处、
/// 联合国日内瓦办事处和纽约联合国总部举行`.
fn in_venue_list_zh(lead: &str, after: &str, last: Option<char>) -> bool {
    let clause = lead.rsplit(['，', ',']).next().unwrap_or(lead);
    let opens = clause.ends_with('在') || (clause.ends_with(VENUE_LIST_ZH) && clause.contains('在'));
    let goes_on = after.starts_with(VENUE_LIST_ZH) || ["举行", "召开"].iter().any(|w| after.starts_with(w));
    opens && goes_on && says_held(&held_clause(after, last))
}

/// True when a phrase of holding of [`HELD_AT_EN`] ends at `start`: before
/// an organisation after `at` (its first form), or before a city after `in`
/// (its second form: a host or building named first).
fn held_phrase_before(text: &str, start: usize) -> bool {
    let lead = text.get(crate::text::floor_boundary(text, start.saturating_sub(HELD_AT_REACH))..start).unwrap_or("");
    let plain = plain_lead(lead);
    HELD_AT_EN.is_match(&plain) || held_dated_before(&plain)
}

/// A verb of holding a meeting, as a word.
static HELD_VERB_EN: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b(?:held|convened|take place|takes place|took place|taking place)\b"));

/// Most bytes between a date's last digit and the comma after it (`, 2026`, ` March 2026`).
const DATE_TAIL: usize = 13;

/// Most bytes between the verb of holding and a date's last digit.
const HELD_TO_DATE: usize = 72;

/// True when `lead` closes a held clause's date with a comma and `in`
/// (`will be held March 9 through 13, 2026, in `, `take place from 1 to 5
/// June 2026, in `): a digit just before the comma, a verb of holding
/// before it in its sentence. No regex reads back from every byte: only the
/// clause before the digit is searched for the verb.
fn held_dated_before(lead: &str) -> bool {
    let Some(head) = lead.strip_suffix(", in ") else { return false };
    let Some(back) = head.bytes().rev().take(DATE_TAIL).take_while(|b| !matches!(b, b'.' | b';' | b',')).position(|b| b.is_ascii_digit()) else { return false };
    let digit = head.len() - 1 - back;
    let lo = crate::text::floor_boundary(head, digit.saturating_sub(HELD_TO_DATE));
    let clause = &head[lo..digit];
    let clause = clause.rfind(['.', ';']).map_or(clause, |p| &clause[p + 1..]);
    HELD_VERB_EN.is_match(clause)
}

/// `lead` as the phrases of holding read it: line breaks as spaces, and the
/// full stops of `a.m.`/`p.m.` dropped, since a stop ends their clause
/// (`will take place from 10 a.m. to 1 p.m. at the `).
fn plain_lead(lead: &str) -> String {
    lead.replace(['\n', '\r'], " ").replace("a.m.", "am").replace("p.m.", "pm")
}

/// True when `lead` ends with the word `at` and a blank, perhaps with `the`
/// (`… held at the `): the cheap test before [`HELD_AT_EN`] runs, so that
/// most organisations cost no regex search.
fn ends_with_at(lead: &str) -> bool {
    let Some(t) = lead.strip_suffix([' ', '\n']) else { return false };
    let t = t.strip_suffix("the").and_then(|t| t.strip_suffix([' ', '\n'])).unwrap_or(t);
    t.strip_suffix("at").is_some_and(|h| !h.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// The State of the city an organisation's name holds (`United Nations
/// Office at Geneva`, `联合国日内瓦办事处` → `CHE`): the longest city name
/// of the data inside it.
fn city_inside(name: &str) -> Option<&'static str> {
    gazetteer::cities()
        .iter()
        .flat_map(|c| c.zh.iter().chain(&c.en).map(move |n| (n, c.iso3)))
        .filter(|(n, _)| name.contains(**n))
        .max_by_key(|(n, _)| n.len())
        .map(|(_, iso3)| iso3)
}

/// Longest province or state written between a State and its city, in
/// chars (`美利坚合众国佐治亚州亚特兰大`).
const MAX_REGION: usize = 8;

/// True when `gap`, between a State and a city, is only spaces or names a
/// province or state of that State (`佐治亚州`, `广东省`).
fn region_gap(gap: &str) -> bool {
    let gap = gap.trim_matches(|c| c == ' ' || c == '\u{3000}');
    let n = gap.chars().count();
    n == 0 || ((3..=MAX_REGION).contains(&n) && gap.chars().all(|c| is_cjk(c) && !is_ws(c)) && gap.ends_with(['州', '省']))
}

/// True when `h` is a State written directly before `city` (Chinese),
/// perhaps with a province or state between them.
fn adjacent_state(text: &str, h: &Hit, city: Span) -> bool {
    matches!(h.entry, Entry::State(_))
        && h.span.end <= city.start
        && text.get(h.span.end..city.start).is_some_and(region_gap)
        && char_before(text, city.start).is_some_and(|c| is_cjk(c) || c == ' ')
        && text.get(h.span.range()).is_some_and(|t| t.chars().any(is_cjk))
}

/// `Sharm el-Sheikh, Egypt`, `Nairobi (Kenya)`, `内罗毕（肯尼亚）`: the end of a
/// State after a comma (English), or of one in brackets (its closing
/// bracket included).
fn trailing_state(text: &str, hits: &[Hit], k: usize) -> Option<usize> {
    let city = hits.get(k)?;
    let next = hits.get(k + 1)?;
    let gap = text.get(city.span.end..next.span.start)?;
    if !matches!(next.entry, Entry::State(_)) {
        return None;
    }
    if !text.get(city.span.range())?.is_ascii() {
        let close = match gap {
            "（" => "）",
            "(" => ")",
            _ => return None,
        };
        return text[next.span.end..].starts_with(close).then(|| next.span.end + close.len());
    }
    // `Atlanta,\nUnited States of America`: the line may break after the comma.
    let after_comma = gap.strip_prefix(',').filter(|g| !g.is_empty() && g.len() <= 4 && g.chars().all(char::is_whitespace) && !g.contains("\n\n"));
    match gap {
        _ if after_comma.is_some() => Some(next.span.end),
        " (" if text[next.span.end..].starts_with(')') => Some(next.span.end + 1),
        _ => None,
    }
}

/// How far, in bytes, a city joined by `and in` may follow the venue before it.
const COORDINATED_REACH: usize = 160;

/// True when the city at `start` is joined to a venue ending at `prev` in
/// the same sentence: by `and in` (`met in Geneva on 12 November 2024 and
/// in Rome, at the headquarters of …`), or as the next member of a list of
/// venues (see [`list_joiner`]: `held in Vienna, Geneva and Nairobi`,
/// `3,100 were held in Geneva, 1,850 in Vienna`) — the second city is a
/// venue too.
fn coordinated_venue(text: &str, prev: usize, start: usize) -> bool {
    let Some(between) = text.get(prev..start).filter(|t| t.len() <= COORDINATED_REACH) else { return false };
    if between.contains(". ") || between.contains(".\n") || between.contains("\n\n") || between.contains(';') {
        return false;
    }
    let words: Vec<&str> = between.split_whitespace().rev().take(2).collect();
    words == ["in", "and"] || list_joiner(between)
}

/// True when `gap`, between two cities, joins them as members of one list:
/// `, `, ` and `, ` or `, `、`, `和`, `及`, `与`, `或`, perhaps with `in`
/// (`, and in`), or a figure of the list and `in` (`, 1,850 in`, ` and 650
/// in`: the verb of the first member left out). Not `, and` alone, which
/// joins clauses (`met in Geneva, and Rome sent experts`).
fn list_joiner(gap: &str) -> bool {
    if zh_list_joiner(gap) {
        return true;
    }
    let g = without_aside(gap).trim_matches(is_ws);
    let (comma, g) = match g.strip_prefix(',') {
        Some(rest) => (true, rest.trim_start_matches(is_ws)),
        None => (false, g),
    };
    let (and, g) = match g.strip_prefix("and").or_else(|| g.strip_prefix("or")) {
        Some(rest) if rest.is_empty() || rest.starts_with(is_ws) => (true, rest.trim_start_matches(is_ws)),
        _ => (false, g),
    };
    let rest = g.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',');
    let figure = rest.len() < g.len();
    let rest = rest.trim_start_matches(is_ws);
    // `, 1,850 in`: a figure goes with `in`; so does `, and`.
    (comma || and) && (rest == "in" || (rest.is_empty() && !figure && !(comma && and)))
}

/// True when `gap` is a Chinese word that joins the members of a list: `、`, `和`, `及`, `与`, `或`,
/// perhaps after the member's aside (`维也纳（2024 年 6 月）、纽约`).
fn zh_list_joiner(gap: &str) -> bool {
    ["、", "和", "及", "与", "或"].contains(&without_aside(gap).trim_matches(is_ws))
}

/// Longest aside in brackets after a member of a list of venues, in bytes.
const MAX_ASIDE: usize = 40;

/// `gap` without the aside in brackets it opens with (`（2024 年 6 月）、` →
/// `、`, ` (June), ` → `, `): a member's date or note.
fn without_aside(gap: &str) -> &str {
    let g = gap.trim_start_matches(is_ws);
    let close = match g.chars().next() {
        Some('（') => '）',
        Some('(') => ')',
        _ => return gap,
    };
    match g.find(close).filter(|&i| i <= MAX_ASIDE) {
        Some(i) => &g[i + close.len_utf8()..],
        None => gap,
    }
}

/// How many cities a list of venues joined by [`zh_list_joiner`] runs to.
const MAX_LISTED: usize = 8;

/// True when the city of `hits[k]` opens a Chinese list of cities (joined
/// by [`zh_list_joiner`]) whose last member is a venue: `在维也纳、日内瓦和纽约举行`
/// (the verb of holding follows the last). An English list has its verb
/// before the first member, and [`coordinated_venue`] reads it.
/// A member's State in brackets (`内罗毕（肯尼亚）、`) is stepped over.
fn listed_before_venue(text: &str, hits: &[Hit], k: usize) -> bool {
    let mut j = k;
    for _ in 0..MAX_LISTED {
        let end = trailing_state(text, hits, j);
        let next = j + if end.is_some() { 2 } else { 1 };
        let Some(city) = hits.get(next) else { return false };
        let prev_end = end.unwrap_or(hits[j].span.end);
        if !matches!(city.entry, Entry::City(_)) || !text.get(prev_end..city.span.start).is_some_and(zh_list_joiner) {
            return false;
        }
        let city_end = trailing_state(text, hits, next).unwrap_or(city.span.end);
        if is_venue(text, Span::new(city.span.start, city_end)) {
            return true;
        }
        j = next;
    }
    false
}

/// Words that say a meeting is held at the place written before them.
const HELD_ZH: &[&str] = &["举行", "召开", "举办", "主办", "开幕", "开会"];

/// True when `clause` has a verb of [`HELD_ZH`]; the words are searched for
/// only when a character of the clause can open one.
fn says_held(clause: &str) -> bool {
    clause.chars().any(|c| HELD_ZH.iter().any(|w| w.starts_with(c))) && HELD_ZH.iter().any(|w| clause.contains(w))
}

/// Words before an English place that say a meeting is held there.
const HELD_EN: &[&str] = &[
    "held in ", "held at ", "convened in ", "take place in ", "took place in ", "taking place in ", "meet in ", "met in ", "session in ", "meeting in ", "hosted in ",
    "organized in ", "organised in ", "hybrid format in ", "in person in ",
    "Palais des Nations, ",
    // `the Vienna International Centre, Vienna`, `Georgia World Congress Center, Atlanta`: the city of a venue.
    "Centre, ", "Center, ",
];

/// The phrases of [`HELD_EN`] that hold a meeting `in` a place, written
/// `in the City of` / `in the city of` (`held in the City of Panama`).
static HELD_IN_CITY: LazyLock<Vec<String>> = LazyLock::new(|| {
    HELD_EN
        .iter()
        .filter(|w| w.contains(" in "))
        .flat_map(|w| [w.replace(" in ", " in the City of "), w.replace(" in ", " in the city of ")])
        .collect()
});

/// Words that name the venue written right after them:
/// `会议地点为卡塔尔国家会议中心`, `会址为`, `地点是`.
const VENUE_LEAD_ZH: &[&str] = &["地点为", "地点是", "会址为", "会址是", "地点：", "会址："];

/// True when a venue phrase of [`VENUE_LEAD_ZH`] ends right before `start`.
fn after_venue_lead(text: &str, start: usize) -> bool {
    let head = text.get(..crate::text::skip_back_while(text, start, |c| c == ' ' || c == '\u{3000}')).unwrap_or("");
    VENUE_LEAD_ZH.iter().any(|w| head.ends_with(w))
}

/// True when the place at `span` is one of a sentence of dated venues: `在`
/// right after a date and the clause ending with the place (`11 月 6 日在南非
/// 比勒陀利亚，12 月 4 日在巴拿马巴拿马城。`), with no verb of holding.
fn dated_venue(text: &str, span: Span) -> bool {
    let blank = |c: char| c == ' ' || c == '\u{3000}';
    // A PDF line may break after `在` (`…17 日在\n泰国曼谷，`).
    let head = text.get(..crate::text::skip_back_while(text, span.start, is_ws)).unwrap_or("");
    let Some(head) = head.strip_suffix('在').map(|h| h.trim_end_matches(blank)) else { return false };
    let Some(head) = head.strip_suffix(['日', '月']).map(|h| h.trim_end_matches(blank)) else { return false };
    let dated = head.ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    let after = text.get(span.end..).unwrap_or("").trim_start_matches(blank);
    dated && (after.is_empty() || after.starts_with(['，', '。', '；', '、', ',', ';', '\n', '\r']))
}

/// A session's bracket up to its date and a comma, before its city
/// (`第十届会议（2023 年，`, `（2024 年 10 月 15 日至 18 日，`, `tenth session
/// (December 2023, `); a PDF line may break after the year (`（2023 年\n12 月，`).
static SESSION_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:会议|届会|session|meeting|[Cc]onference|[Cc]ongress)[ \t\r\n]*[（(][^（()）\n，,]{0,30}?[0-9]{4}[^（()），,]{0,24}[，,][ \t]*$")
});

/// A session's bracket opening right before its city (`第十届会议（`,
/// `tenth session (`), the date after the city; in English the body whose
/// session it is may stand between (`the fifteenth session of the
/// Implementation Review Group (`), a capitalised name with no stop.
static SESSION_BRACKET_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:会议|届会|(?:session|meeting|[Cc]onference|[Cc]ongress)(?:[ \t\r\n]+of[ \t\r\n]+the[ \t\r\n]+[A-Z][A-Za-z, \t\r\n-]{0,72})?)[ \t\r\n]*[（(][ \t]*$")
});

/// The rest of a session's bracket after its city: a comma, its date and
/// the closing bracket (`, 9-13 March 2026)`, `，2023 年 12 月）`).
static DATE_TO_BRACKET: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"^[ \t]*[，,][^（()）\n]{0,30}?[0-9]{4}[ \t]*年?[ \t]*[）)]"));

/// Longest stretch before a city searched for [`SESSION_BRACKET`], in bytes.
const SESSION_BRACKET_WINDOW: usize = 96;

/// True when the place at `span` is the venue of a session in a list of
/// sessions, after its year in the session's bracket: `第十届会议（2023 年，
/// 亚特兰大）`, `fifteenth session (2024, Vienna)`, or before it: `the 2026
/// session (Vienna, 9-13 March 2026)`, `第十届会议（维也纳，2023 年）`. Not a city after a year
/// elsewhere (`2024 年，维也纳的代表`): the bracket closes right after it.
fn dated_in_brackets(text: &str, span: Span) -> bool {
    let rest = text.get(span.end..crate::text::floor_boundary(text, span.end + SESSION_BRACKET_WINDOW)).unwrap_or("");
    let head = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(SESSION_BRACKET_WINDOW))..span.start).unwrap_or("");
    let closes = rest.trim_start_matches([' ', '\t']).starts_with([')', '）']);
    (closes && SESSION_BRACKET.is_match(head)) || (DATE_TO_BRACKET.is_match(rest) && SESSION_BRACKET_OPEN.is_match(head))
}

/// What follows a city after `in` that dates a meeting there: `the fifth in
/// Panama City from 25 to 29 November 2013`, `to host the session in Doha in
/// December 2025`, `in Vienna on 12 June`, `in Cartagena in the second half
/// of 2027`, `in Bangkok in late 2026`.
static DATED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^,?[ \t\r\n]+(?:from|on|in)[ \t\r\n]+(?:[0-9]|the[ \t\r\n]+(?:first|second)[ \t\r\n]+half[ \t\r\n]+of[ \t\r\n]+[0-9]|(?:early|late|mid-)[ \t\r\n]?[0-9]|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
});

/// Longest header line, in bytes, that names the meeting's place and dates.
const HEADER_LINE: usize = 120;

/// Longest stretch after a Chinese place searched for `举行`, in chars
/// (`在埃及沙姆沙伊赫以混合形式（线下和线上）举行`).
const HELD_WINDOW: usize = 20;

/// True when the city at `span` is where a meeting is held: a verb of
/// holding follows in the clause (`在维也纳举行`), a holding phrase precedes
/// in English (`held in Vienna`), or the city stands on a short header line
/// with the meeting's dates (`2023年9月5日至8日，维也纳`). Not a city that an
/// office or person is based in (`常驻维也纳代表团`, `设在维也纳的`).
fn is_venue(text: &str, span: Span) -> bool {
    let rest = text.get(span.end..).unwrap_or("");
    // `维也纳时间上午10时`, `3.45 a.m. New York` / `time`: a time zone, not where the meeting is.
    let zone = rest.trim_start_matches(is_ws);
    if rest.starts_with("时间") || (zone.len() < rest.len() && zone.strip_prefix("time").is_some_and(|z| !z.starts_with(|c: char| c.is_alphanumeric()))) {
        return false;
    }
    let clause = held_clause(rest, char_before(text, span.end));
    if says_held(&clause) || after_venue_lead(text, span.start) || dated_venue(text, span) || dated_in_brackets(text, span) {
        return true;
    }
    let lo = crate::text::floor_boundary(text, span.start.saturating_sub(24));
    // `held in\nVienna`: a line break between the words is a space.
    let mut before = String::new();
    for c in text.get(lo..span.start).unwrap_or("").chars() {
        if !is_ws(c) {
            before.push(c);
        } else if !before.ends_with(' ') {
            before.push(' ');
        }
    }
    if before.ends_with(" in ") && (DATED_AFTER.is_match(rest) || held_phrase_before(text, span.start)) {
        return true;
    }
    if HELD_EN.iter().copied().chain(HELD_IN_CITY.iter().map(String::as_str)).any(|w| before.ends_with(w)) || held_at_named(text, span.start, rest) {
        return true;
    }
    let Some((ls, le)) = crate::text::short_line_bounds(text, span.start, HEADER_LINE) else { return false };
    let line = text.get(ls..le).unwrap_or("").trim();
    if line == &text[span.range()] {
        return below_dated_line(text, ls);
    }
    let city = &text[span.range()];
    if is_dateline(text, ls, line, span) {
        return false;
    }
    // `Vienna, 5-8 September 2023`, `Vienna, from Monday, 8 June, to Friday,
    // 12 June 2026`, not a wrapped sentence that only starts with the city
    // (`Panama City, supported 64 States…`, `Bern in 2021, is described…`).
    let dated = |rest: &str| rest.starts_with(',') && DATED_AFTER.is_match(rest);
    let heads = line.strip_prefix(city).is_some_and(|rest| !rest.trim_start_matches([',', ' ']).starts_with(|c: char| c.is_ascii_lowercase()) || dated(rest));
    line.contains(|c: char| c.is_ascii_digit()) && (heads || line.ends_with(city))
}

/// Words that make a dated line a span of days: a range is a meeting's, never a letter's date.
const RANGE_WORDS: &[&str] = &["至", "到", "–", "-", "—", " to ", "through", "from "];

/// True when the dated header `line` (starting at `ls`) holding the city at
/// `span` is where a letter or note was signed, not where a meeting is
/// held: `2025 年 9 月 12 日于维也纳` (a date, `于` and the city ending the
/// line: the signing formula; `于维也纳举行` is a meeting, read before), or
/// a single day and its city written below running text (`Vienna, 12
/// September 2025` closing a note verbale after a sentence's full stop).
/// The cover's `2023年9月5日至8日，维也纳`, `Vienna, 8–10 June 2026` (a
/// range, below a title) stay venues.
fn is_dateline(text: &str, ls: usize, line: &str, span: Span) -> bool {
    let head = text.get(ls..span.start).unwrap_or("").trim_end_matches([' ', '\u{3000}']);
    if head.strip_suffix('于').is_some_and(|h| h.trim_end_matches([' ', '\u{3000}']).ends_with('日')) && line.ends_with(&text[span.range()]) {
        return true;
    }
    !RANGE_WORDS.iter().any(|w| line.contains(w)) && below_sentence(text, ls)
}

/// True when the last non-blank line before the line starting at `ls` ends
/// a sentence (`。`, or `.` but for `a.m.`/`p.m.`/`Distr.`-like heads of
/// one short word).
fn below_sentence(text: &str, ls: usize) -> bool {
    let above = crate::text::skip_back_while(text, ls, is_ws);
    let prev = text.get(..above).unwrap_or("");
    let last_line = prev.rsplit('\n').next().unwrap_or(prev);
    let words = last_line.split_whitespace().count();
    prev.ends_with('。') || (prev.ends_with('.') && words > 3 && !prev.ends_with("a.m.") && !prev.ends_with("p.m."))
}

/// The clause after a Chinese place that ends with `last`: at most
/// [`HELD_WINDOW`] characters, up to a punctuation mark or a tab. It goes
/// on across a PDF line break after an ideograph, inside a sentence
/// (`在卡塔尔多哈\n喜来登大酒店举行`) or a closing bracket or quote (`曼谷（泰国）\n
/// 举行`), not across one after a Latin letter, a digit or other punctuation.
fn held_clause(rest: &str, last: Option<char>) -> String {
    // Room for HELD_WINDOW characters of three bytes: one allocation.
    let mut clause = String::with_capacity(HELD_WINDOW * 3);
    let mut prev = last;
    for c in rest.chars().take(HELD_WINDOW) {
        if matches!(c, '，' | '。' | '；' | '：' | ',' | ';' | '\t') || (c == '\n' && !prev.is_some_and(|p: char| is_cjk(p) || matches!(p, '\n' | '）' | '》' | '”'))) {
            break;
        }
        if c != '\n' && c != '\r' {
            clause.push(c);
        }
        prev = Some(c).filter(|&c| c != '\r').or(prev);
    }
    clause
}

/// True when the last non-blank line before the line starting at `ls` is a
/// short line holding a year: a meeting record's heading prints the venue
/// alone below the meeting's date (`Tuesday, 5 September 2023, 10 a.m.` /
/// `New York`; `2023年9月5日（星期二）上午10时` / `纽约`).
fn below_dated_line(text: &str, ls: usize) -> bool {
    let above = crate::text::skip_back_while(text, ls, |c| c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u{3000}');
    if above == 0 {
        return false;
    }
    let Some((ps, pe)) = crate::text::short_line_bounds(text, above - 1, HEADER_LINE) else { return false };
    let prev = text.get(ps..pe).unwrap_or("");
    let digits = prev.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    let prev = prev.trim_end();
    let sentence = prev.ends_with('。') || (prev.ends_with('.') && !prev.ends_with("a.m.") && !prev.ends_with("p.m."));
    digits && !sentence
}

/// A room of a conference centre (one of [`VENUES`]), perhaps with its
/// building in brackets, written before `of the` and the centre's city.
static ROOM_BEFORE_EN: LazyLock<Regex> = LazyLock::new(|| {
    let rooms = alternation(&VENUES.rooms_en, " ");
    crate::text::regex(&format!(r"{rooms}(?:[ \t]+[A-Z0-9]+)?(?:[ \t\r\n]+\([A-Za-z0-9 ,-]{{1,32}}\))?[ \t\r\n]+of[ \t\r\n]+the[ \t\r\n]+$"))
});

/// Longest room written before its conference centre, in bytes.
const ROOM_REACH: usize = 48;

/// The same, its building in brackets included (`Boardroom B (C Building,
/// ground floor) of the `).
const BRACKETED_ROOM_REACH: usize = 80;

/// The start of a room written right before the city at `start` of a
/// conference centre (`Plenary Hall M of the Vienna International Centre`).
fn room_before(text: &str, start: usize) -> Option<usize> {
    // The regex runs only where `the` and white space end the text, a literal check.
    let head = text.get(..start)?;
    if !head.trim_end_matches(is_ws).ends_with("the") || !head.ends_with(is_ws) {
        return None;
    }
    // The regex reads further back only over a bracket before `of the`.
    let stem = head.trim_end_matches(is_ws).strip_suffix("the").and_then(|h| h.trim_end_matches(is_ws).strip_suffix("of"));
    let reach = if stem.is_some_and(|h| h.trim_end_matches(is_ws).ends_with(')')) { BRACKETED_ROOM_REACH } else { ROOM_REACH };
    let lo = crate::text::floor_boundary(text, start.saturating_sub(reach));
    ROOM_BEFORE_EN.find(text.get(lo..start)?).map(|m| lo + m.start())
}

/// The start of a building named right before an English city at `start`;
/// a PDF line may break where the building's name has a space
/// (`Palais des Nations in\nGeneva`).
fn building_before(text: &str, start: usize) -> Option<usize> {
    let head = text.get(..start)?;
    VENUES.before_city.iter().find_map(|b| ends_with_spaced(head, b)).or_else(|| building_and_room_before(head)).or_else(|| named_centre_before(head))
}

/// Most words of an English centre's name before its last words.
const CENTRE_WORDS: usize = 8;

/// Capitalised words that open a sentence or clause, not a centre's name.
const NOT_IN_NAME: &[&str] = &["The", "A", "An", "At", "In", "On", "From", "For"];

/// Lower-case words inside a centre's name (`Doha Exhibition and Convention Center`).
const NAME_JOINERS: &[&str] = &["and", "of", "for", "de", "des", "du", "la", "le", "&"];

/// The start of a conference centre known by its own name written right
/// before an English city, after a comma or `in` (`Doha Exhibition and
/// Convention Center, Doha`, `King Abdulaziz International Conference
/// Centre, Riyadh`, `Bangkok Convention Centre in Bangkok`, `Palais Wilson,
/// Geneva`): capitalised words (and the joiners of [`NAME_JOINERS`])
/// ending in the last words of [`Venues::centres_en`] or opening with a
/// palace of [`Venues::palaces_en`], one word at least besides them. Not
/// `the Convention Centre, Doha` (no name).
fn named_centre_before(head: &str) -> Option<usize> {
    let trimmed = head.trim_end_matches(is_ws);
    if trimmed.len() == head.len() {
        return None;
    }
    let stem = trimmed.strip_suffix(',').or_else(|| trimmed.strip_suffix(" in").or_else(|| trimmed.strip_suffix("\nin")).map(|s| s.trim_end_matches(is_ws)))?;
    // Not across a blank line (`Palais Wilson in\n\nGeneva`).
    if head[stem.len()..].contains("\n\n") {
        return None;
    }
    let centre = VENUES.centres_en.iter().find_map(|c| ends_with_spaced(stem, c));
    let mut cur = centre.unwrap_or(stem.len());
    let (mut start, mut words, mut palace) = (None, 0, None);
    for _ in 0..CENTRE_WORDS {
        let before = stem[..cur].trim_end_matches([' ', '\u{a0}', '\t', '\n', '\r']);
        if before.len() == cur && cur < stem.len() || stem[before.len()..cur].contains("\n\n") {
            break;
        }
        let at = before.rfind([' ', '\u{a0}', '\t', '\n', '\r']).map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
        let word = &before[at..];
        let capitalised = word.starts_with(|c: char| c.is_uppercase()) && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')) && !NOT_IN_NAME.contains(&word);
        if capitalised {
            start = Some(at);
            words += 1;
            if VENUES.palaces_en.contains(&word) {
                palace = Some((at, words));
            }
        } else if !NAME_JOINERS.contains(&word) {
            break;
        }
        cur = at;
        if at == 0 {
            break;
        }
    }
    match (centre, palace) {
        (Some(_), _) if words >= 1 => start,
        // `Palais Wilson`, `Palais des Nations`: the palace and one name after
        // it (`Palais des Nations Declaration, Geneva` is a text's).
        (None, Some((at, 2))) => Some(at),
        _ => None,
    }
}

/// A room between a building and its city: `Palais des Nations, Room XX,
/// in Geneva` (`…, Room XX, in ` ending `head`): the building written
/// before a city (of [`VENUES`], joined by a comma) and the room before the
/// city belong to the place.
static ROOM_IN_EN: LazyLock<Regex> = LazyLock::new(|| {
    let rooms = alternation(&VENUES.rooms_en, " ");
    crate::text::regex(&format!(r"{rooms}[ \u{{a0}}][A-Z0-9-]{{1,5}},?[ \t\r\n]+in[ \t\r\n]+$"))
});

/// The start of the building of [`ROOM_IN_EN`] ending `head`.
fn building_and_room_before(head: &str) -> Option<usize> {
    // The regex runs only where `in` and white space end `head`, a literal check.
    if !head.trim_end_matches(is_ws).ends_with("in") || !head.ends_with(is_ws) {
        return None;
    }
    let lo = crate::text::floor_boundary(head, head.len().saturating_sub(ROOM_REACH));
    let room = lo + ROOM_IN_EN.find(head.get(lo..)?)?.start();
    let building = head.get(..room)?;
    VENUES.before_city.iter().filter(|b| b.ends_with(", ")).find_map(|b| ends_with_spaced(building, b))
}

/// Where `phrase` starts when `head` ends with it, each space of `phrase`
/// matching a run of whitespace in `head` that holds no blank line.
fn ends_with_spaced(head: &str, phrase: &str) -> Option<usize> {
    let mut end = head.len();
    for (n, word) in phrase.rsplit(' ').enumerate() {
        if n > 0 {
            let trimmed = head[..end].trim_end_matches(is_ws);
            let gap = &head[trimmed.len()..end];
            if gap.is_empty() || gap.contains("\n\n") {
                return None;
            }
            end = trimmed.len();
        }
        end = head[..end].strip_suffix(word)?.len();
    }
    Some(end)
}

/// The end of the building and room written right after the city ending
/// at `i` (of [`VENUE_ZH`], [`ROOM_AFTER_ZH`] or [`VENUE_EN`]), or `i`; an
/// English one takes in the building bracketed after its room, as a room
/// without its city does (`Vienna International Centre, Board Room D (C Building)`).
/// Each regex runs only where the character after the city may open its
/// match, a literal check: most cities have no building after them.
/// How far after a Chinese city the last words of a centre of its own name
/// are looked for, in bytes: [`CENTRE_NAME_ZH`] ideographs and the words.
const CENTRE_REACH_ZH: usize = (CENTRE_NAME_ZH + 6) * 3;

fn venue_end(text: &str, i: usize) -> usize {
    let rest = text.get(i..).unwrap_or("");
    let Some(first) = rest.chars().next() else { return i };
    // A centre of its own name ends in its last words within a few ideographs.
    let named = || (is_cjk(first) || matches!(first, '\n' | '\r')) && rest.get(..crate::text::floor_boundary(rest, CENTRE_REACH_ZH)).is_some_and(|r| VENUES.centres_zh.iter().any(|c| r.contains(c)));
    let complex = || VENUES.complexes_zh.iter().any(|c| c.starts_with(first)) || named();
    let numbered = || rest.trim_start_matches([' ', '\u{3000}']).starts_with(|c: char| c == '第' || c.is_ascii_alphanumeric());
    let zh = if (!first.is_ascii() || matches!(first, '\n' | '\r')) && complex() {
        VENUE_ZH.find(rest)
    } else {
        None
    };
    let after_cjk = char_before(text, i).is_some_and(is_cjk);
    let zh = zh.or_else(|| if after_cjk && (matches!(first, ' ' | '\u{3000}' | '第') || first.is_ascii_alphanumeric()) && numbered() { ROOM_AFTER_ZH.find(rest) } else { None });
    let en = || if matches!(first, ' ' | '\t' | '\r' | '\n' | ',') { VENUE_EN.find(rest) } else { None };
    let end = match zh {
        Some(m) => i + m.end(),
        None => en().map_or(i, |m| building_after_room(text, i + m.end()).unwrap_or(i + m.end())),
    };
    crate::text::skip_back_while(text, end, |c| c == ' ' || c == '\u{3000}')
}

fn in_title(text: &str, span: Span) -> bool {
    if char_before(text, span.start) == Some('《') {
        return true;
    }
    let rest = text.get(skip_spaces(text, span.end)..).unwrap_or("");
    TITLE_WORDS.iter().any(|w| rest.starts_with(w))
}

/// `在印度尼西亚努沙杜瓦举行`: the end of an unknown city written between a
/// State and `举行`/`召开`/`举办`, when the State follows `在`.
fn unknown_city(text: &str, state: Span) -> Option<usize> {
    if char_before(text, state.start) != Some('在') {
        return None;
    }
    let mut j = state.end;
    let mut n = 0;
    while let Some(c) = char_at(text, j) {
        if !is_cjk(c) || is_ws(c) {
            return None;
        }
        let rest = &text[j..];
        if n >= 2 && (rest.starts_with("举行") || rest.starts_with("召开") || rest.starts_with("举办")) {
            return city_like(&text[state.end..j]).then_some(j);
        }
        n += 1;
        if n > MAX_UNKNOWN_CITY || "的和与及在以".contains(c) {
            return None;
        }
        j += c.len_utf8();
    }
    None
}

/// Words that make the text after a State a region, a river basin or a
/// part of the country rather than a city: `刚果河流域国家`, `中国境内`,
/// `巴西北部`, `非洲各国`.
const NOT_CITY_ZH: &[&str] = &["国家", "地区", "区域", "流域", "境内", "各地", "各国", "全国", "国内", "北部", "南部", "东部", "西部", "中部", "农村", "首都", "城市"];

/// True when `name`, written between a State and `举行`, can be a city's
/// name: it does not begin with a river, lake, sea, gulf or continent
/// (`刚果河…`, `南非洲…`) and holds none of [`NOT_CITY_ZH`].
fn city_like(name: &str) -> bool {
    !name.starts_with(['河', '湖', '海', '湾', '洲']) && !NOT_CITY_ZH.iter().any(|w| name.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_spans_merge_and_answer_overlaps() {
        let mut taken = Taken(Vec::new());
        for (start, end) in [(10, 20), (30, 40), (5, 12), (18, 32), (50, 60), (60, 70)] {
            taken.push(Span::new(start, end));
        }
        // 5..40 merged; 50..60 and 60..70 only touch and stay apart.
        assert_eq!(taken.0, vec![Span::new(5, 40), Span::new(50, 60), Span::new(60, 70)]);
        for (start, end, want) in [(0, 5, false), (0, 6, true), (39, 45, true), (40, 50, false), (59, 61, true), (45, 46, false)] {
            assert_eq!(taken.overlaps(Span::new(start, end)), want, "{start}..{end}");
        }
    }

    fn found(text: &str) -> Vec<String> {
        find_places(&Document::new(text), &gazetteer::scan(text))
            .iter()
            .map(|a| match &a.value {
                Value::Place(p) => format!("{}={}@{}", &text[a.span.range()], p.name, p.state.as_deref().unwrap_or("-")),
                _ => String::new(),
            })
            .collect()
    }

    #[test]
    fn a_state_after_its_city() {
        let cases: &[(&str, &[&str])] = &[
            ("The expert group met in Nairobi (Kenya) and in Bangkok, Thailand.", &["Nairobi (Kenya)=Nairobi@KEN", "Bangkok, Thailand=Bangkok@THA"]),
            ("held in Nairobi (Kenya and Uganda)", &["Nairobi=Nairobi@KEN"]),
            // The line may break after the comma, never at a blank line.
            ("held in Atlanta,\nUnited States of America, from", &["Atlanta,\nUnited States of America=Atlanta@USA"]),
            ("held in Atlanta,\n\nUnited States of America", &["Atlanta=Atlanta@USA"]),
            ("held in Atlanta; United States of America", &["Atlanta=Atlanta@USA"]),
            // In Chinese, a State in brackets; the place must still be a venue.
            ("讲习班在内罗毕（肯尼亚）和曼谷（泰国）举行。", &["内罗毕（肯尼亚）=内罗毕@KEN", "曼谷（泰国）=曼谷@THA"]),
            ("顾问常驻内罗毕（肯尼亚）。", &[]),
            ("讲习班在内罗毕（肯尼亚）、达喀尔和曼谷（泰国）\n举行。", &["内罗毕（肯尼亚）=内罗毕@KEN", "达喀尔=达喀尔@SEN", "曼谷（泰国）=曼谷@THA"]),
            ("内罗毕，肯尼亚", &[]),
            // An English city and its State are a place only as a venue: not a
            // delegation named so (`Hong Kong, China`).
            ("Representatives of China, Hong Kong, China, and Macao, China, shared their experience.", &[]),
            ("The session was held at Expo City Dubai, United Arab Emirates.", &["Dubai, United Arab Emirates=Dubai@ARE"]),
            ("held at the World Conference Center Bonn in Bonn, Germany, from", &["Bonn, Germany=Bonn@DEU"]),
            ("Sharm el-Sheikh, Egypt, 11-15 December 2023", &["Sharm el-Sheikh, Egypt=Sharm el-Sheikh@EGY"]),
            // A header line whose dates are introduced by `from` or `on`.
            ("Seventeenth session\nVienna, from Monday, 8 June, to Friday, 12 June 2026\n", &["Vienna=Vienna@AUT"]),
            ("Vienna, on 8 June 2026\n", &["Vienna=Vienna@AUT"]),
            ("Vienna, from where 12 experts came in 2026\n", &[]),
            ("the Compact, agreed\nBern in 2021, is described in the report.\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn a_city_joined_to_a_venue() {
        let cases: &[(&str, &[&str])] = &[
            ("The Bureau met in Geneva on 12 November 2024 and in\nRome, at the headquarters of FAO.", &["Geneva=Geneva@CHE", "Rome=Rome@ITA"]),
            // Not: another sentence, or a city that is not joined by `and in`.
            ("The Bureau met in Geneva on 12 November 2024. Experts in Rome agreed.", &["Geneva=Geneva@CHE"]),
            ("The Bureau met in Geneva, and Rome sent experts.", &["Geneva=Geneva@CHE"]),
            // The members of a list of venues, the verb perhaps left out after a figure.
            ("meetings are held in Vienna, Geneva, New York and Nairobi, and", &["Vienna=Vienna@AUT", "Geneva=Geneva@CHE", "New York=New York@USA", "Nairobi=Nairobi@KEN"]),
            ("3,100 were held in Geneva, 1,850 in Vienna\nand 650 in Nairobi.", &["Geneva=Geneva@CHE", "Vienna=Vienna@AUT", "Nairobi=Nairobi@KEN"]),
            ("会议在维也纳、日内瓦、纽约和内罗毕举行。", &["维也纳=维也纳@AUT", "日内瓦=日内瓦@CHE", "纽约=纽约@USA", "内罗毕=内罗毕@KEN"]),
            // Not: a figure without `in`, a list that names no venue.
            ("held in Geneva, 1,850 Vienna delegates came.", &["Geneva=Geneva@CHE"]),
            ("办事处设在维也纳、日内瓦和纽约。", &[]),
            // A member's aside in brackets before the joiner.
            ("会议分别于维也纳（2024 年 6 月）、纽约（2024 年 9 月）和内罗毕（2024 年 11 月）举行。", &["维也纳=维也纳@AUT", "纽约=纽约@USA", "内罗毕=内罗毕@KEN"]),
            ("The sessions were held in Vienna (June), New York (September) and Doha (December).", &["Vienna=Vienna@AUT", "New York=New York@USA", "Doha=Doha@QAT"]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn a_centre_known_by_its_own_name_and_its_city() {
        let cases: &[(&str, &[&str])] = &[
            ("Held at the Doha Exhibition and Convention Center, Doha, on Tuesday.", &["Doha Exhibition and Convention Center, Doha=Doha Exhibition and Convention Center, Doha@QAT"]),
            ("held at the King Abdulaziz International Conference Centre, Riyadh.", &["King Abdulaziz International Conference Centre, Riyadh=King Abdulaziz International Conference Centre, Riyadh@SAU"]),
            ("The briefing is held at the Vienna International Centre, Vienna, on 3 March.", &["Vienna International Centre, Vienna=Vienna International Centre, Vienna@AUT"]),
            ("The meeting will be held March 9 through 13, 2026, in New York.", &["New York=New York@USA"]),
            ("It will take place from 1 to 5 June 2026, in Vienna, with", &["Vienna=Vienna@AUT"]),
            // Not: a figure that is no date before the comma, nor another clause.
            ("The session held the view, in Vienna, that", &[]),
            ("It met at the Bangkok Convention Centre in Bangkok.", &["Bangkok Convention Centre in Bangkok=Bangkok Convention Centre in Bangkok@THA"]),
            ("The meeting was held at the Palais Wilson, Geneva.", &["Palais Wilson, Geneva=Palais Wilson, Geneva@CHE"]),
            // Not: a centre without a name of its own, a name that is no centre.
            ("The meeting was held at the Convention Centre, Doha.", &["Doha=Doha@QAT"]),
            ("The meeting was held at the Ministry of Justice, Doha.", &[]),
            ("会议于 2025 年 12 月 17 日在多哈会展中心举行。", &["多哈会展中心=多哈会展中心@QAT"]),
            ("会议将在利雅得阿卜杜勒阿齐兹国王国际会议中心第 1 会议厅举行。", &["利雅得阿卜杜勒阿齐兹国王国际会议中心第 1 会议厅=利雅得阿卜杜勒阿齐兹国王国际会议中心第 1 会议厅@SAU"]),
            // A hotel is a venue as a centre is, its name perhaps on the next line.
            ("会议将在卡塔尔多哈\n喜来登大酒店举行。", &["卡塔尔多哈\n喜来登大酒店=多哈喜来登大酒店@QAT"]),
            // A room named by itself before its hotel and city is one place with them.
            ("Meetings are held in the Mozart Room, Conference Centre Hotel, Vienna.", &["Mozart Room, Conference Centre Hotel, Vienna=Mozart Room, Conference Centre Hotel, Vienna@AUT"]),
            // Not: a clause between the city and the centre's words.
            ("会议在多哈举行的会议中心议题", &["多哈=多哈@QAT"]),
            // A room whose kind a PDF line breaks, after its city's palace.
            ("会议将在日内瓦万国宫第 XVII 号会\n议室举行。", &["日内瓦万国宫第 XVII 号会\n议室=日内瓦万国宫第 XVII 号会议室@CHE"]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn the_venue_of_a_session_in_its_bracket() {
        let cases: &[(&str, &[&str])] = &[
            ("以往各届会议：第十五次会议（2024 年，维也纳）；第十\n六次会议（2025 年，维也纳）。", &["维也纳=维也纳@AUT", "维也纳=维也纳@AUT"]),
            ("第十届会议（2023 年 12 月，美利坚合众国亚特兰大）", &["美利坚合众国亚特兰大=亚特兰大@USA"]),
            ("第十七届会议（2023 年\n12 月，美利坚合众国亚特兰大）", &["美利坚合众国亚特兰大=亚特兰大@USA"]),
            ("第十二届会议（2024 年 10 月 15 日至 18 日，维也纳）的报告", &["维也纳=维也纳@AUT"]),
            ("eleventh session (from 15 to 19 December 2025, Doha)", &["Doha=Doha@QAT"]),
            ("fifteenth session (2024, Vienna); tenth session (December 2023, Atlanta)", &["Vienna=Vienna@AUT", "Atlanta=Atlanta@USA"]),
            // The city first, then the date.
            ("The 2026 session (Vienna, 9-13 March 2026) will follow; 第十届会议（维也纳，2023 年）", &["Vienna=Vienna@AUT", "维也纳=维也纳@AUT"]),
            // The body whose session it is between the session and its bracket.
            ("the fifteenth session of the Implementation Review Group (Vienna, 2024) and the meeting of the Working Group on Prevention (Vienna, 2023)", &["Vienna=Vienna@AUT", "Vienna=Vienna@AUT"]),
            ("a study (Vienna, see chapter 2026) and (Vienna, 2024 and 2025)", &[]),
            // Not: a bracket after a body with no session, or after a sentence's stop.
            ("the report of the Group (Vienna, 2024); the session. The Group (Vienna, 2024)", &[]),
            // The bracket on the line after the session.
            ("sixty-seventh session\n(2024, Vienna); sixty-eighth session\n(Vienna, 10-14 March 2025).1", &["Vienna=Vienna@AUT", "Vienna=Vienna@AUT"]),
            // Not: a city after a year outside a session's bracket, or not closing it.
            ("2024 年，维也纳的代表团人数增加。", &[]),
            ("报告（2024 年，维也纳）", &[]),
            ("fifteenth session (2024, Vienna and New York offices)", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn venues_data_names_every_kind() {
        let v = &*VENUES;
        for list in [&v.complexes_zh, &v.buildings_zh, &v.buildings_en, &v.halls_zh, &v.rooms_zh, &v.plenary_zh, &v.board_zh, &v.complexes_en, &v.rooms_en, &v.named_en, &v.named_zh] {
            assert!(!list.is_empty() && list.iter().all(|n| !n.is_empty() && n.trim() == *n), "{list:?}");
        }
        assert!(!v.landmarks.is_empty() && v.landmarks.iter().all(|(n, iso3)| !n.is_empty() && iso3.len() == 3 && iso3.bytes().all(|b| b.is_ascii_uppercase())), "{:?}", v.landmarks);
        assert_eq!(v.rooms_en.last(), Some(&"Room"));
        assert_eq!(v.bare_room, "Room");
        assert!(v.before_city.contains(&"Palais des Nations, ".to_string()) && v.before_city.contains(&"Gigiri complex in ".to_string()));
        assert!(v.before_city.contains(&"Gigiri complex, ".to_string()) && !v.before_city.contains(&"Austria Center, ".to_string()) && v.before_city.contains(&"Austria Center ".to_string()));
        assert_eq!(*ROOM_ANCHORS, ["Boardroom", "Chamber", "Hall", "Room"]);
        assert_eq!(*ROOM_ANCHORS_ZH, ['m', '厅', '室', '楼']);
        // Each anchor's byte is in the set a pass looks for.
        assert!(ROOM_ANCHORS.iter().all(|a| ROOM_ANCHOR_BYTES.contains(&a.as_bytes()[0])), "{:?}", *ROOM_ANCHOR_BYTES);
        assert!(ROOM_ANCHORS_ZH.iter().all(|c| ROOM_ANCHOR_BYTES_ZH.contains(&c.to_string().as_bytes()[c.len_utf8() - 1])));
        assert_eq!(byte_set(b"abab".iter().copied()), *b"abaa");
        assert_eq!(v.lettered_zh, "厅");
        // Every room of the data, also before its centre or between a building and its city.
        let cases: &[(&str, &[&str])] = &[
            ("held in Meeting Room 3 of the Vienna International Centre", &["Meeting Room 3 of the Vienna International Centre=Meeting Room 3 of the Vienna International Centre@AUT"]),
            ("held at the Gigiri complex in Nairobi", &["Gigiri complex in Nairobi=Gigiri complex in Nairobi@KEN"]),
            ("于维也纳国际中心董事会会议厅 B 举行", &["维也纳国际中心董事会会议厅 B=维也纳国际中心董事会会议厅 B@AUT"]),
            ("会议将在卡塔尔国家会议中心第 1 会议厅举行", &["卡塔尔国家会议中心第 1 会议厅=卡塔尔国家会议中心第 1 会议厅@QAT"]),
            ("在卡塔尔国家会议中心 2 号全体会议厅举行；卡塔尔国家会议中心会议室文件", &["卡塔尔国家会议中心 2 号全体会议厅=卡塔尔国家会议中心 2 号全体会议厅@QAT"]),
            ("will take place at the Austria Center Vienna, Hall D.", &["Austria Center Vienna, Hall D=Austria Center Vienna, Hall D@AUT"]),
            ("Side events in Hall C and Plenary Hall M", &["Hall C=Hall C@-", "Plenary Hall M=Plenary Hall M@-"]),
            // Not: a hall with no label, a city alone after a centre's words in running text.
            ("the Hall was full; the Vienna Center Vienna", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn rooms_without_their_city() {
        let cases: &[(&str, &[&str])] = &[
            ("Informal consultations\t10 a.m. to 1 p.m.\tConference Room 6\n", &["Conference Room 6=Conference Room 6@-"]),
            ("will be opened at 10 a.m. in the M-Building, Boardroom A.", &["M-Building, Boardroom A=M-Building, Boardroom A@-"]),
            // A building known by its name after its room; not a word that only starts like it.
            ("Side event in Conference Room 5, North Lawn Building, at 1.15 p.m.", &["Conference Room 5, North Lawn Building=Conference Room 5, North Lawn Building@USA"]),
            // A city after the room and its building, past a comma, is one place with them.
            ("held in Conference Room 2, North Lawn Building, New York, and in Conference Room 4, Secretariat Building, in New York.", &["Conference Room 2, North Lawn Building, New York=Conference Room 2, North Lawn Building, New York@USA", "Conference Room 4, Secretariat Building, in New York=Conference Room 4, Secretariat Building, in New York@USA"]),
            // Not: a city that does not follow the room right after its comma.
            ("held in Conference Room 4, where delegates from New York met.", &["Conference Room 4=Conference Room 4@-"]),
            ("held in Conference Room 4, Secretariat Buildings team", &["Conference Room 4=Conference Room 4@-"]),
            // The city after the room and its building, past a comma, is one place with them.
            ("take place in Conference\nRoom 2, North Lawn Building, New York.", &["Conference\nRoom 2, North Lawn Building, New York=Conference Room 2, North Lawn Building, New York@USA"]),
            ("will be held from 9.30 to 10.30 a.m. in Conference Room 2, North Lawn Building, in New York.", &["Conference Room 2, North Lawn Building, in New York=Conference Room 2, North Lawn Building, in New York@USA"]),
            ("The delegate of Conference Room 2, in Vienna, spoke.", &["Conference Room 2=Conference Room 2@-"]),
            ("in Conference Room CR-4 unless", &["Conference Room CR-4=Conference Room CR-4@-"]),
            ("in Conference Room\u{a0}4 and Plenary Hall M", &["Conference Room\u{a0}4=Conference Room\u{a0}4@-", "Plenary Hall M=Plenary Hall M@-"]),
            // Held with its city, the room is part of that place.
            ("Vienna International Centre, Board Room B", &["Vienna International Centre, Board Room B=Vienna International Centre, Board Room B@AUT"]),
            ("at the Vienna International Centre, Board Room D (C Building), from", &["Vienna International Centre, Board Room D (C Building)=Vienna International Centre, Board Room D (C Building)@AUT"]),
            ("at the Vienna International Centre (M Building) and", &["Vienna International Centre (M Building)=Vienna International Centre (M Building)@AUT"]),
            // Not rooms: a conference room paper, a room with no label.
            ("see the Conference Room Paper on", &[]),
            ("in a conference room", &[]),
            ("the Conference Room was", &[]),
            ("NewConference Room 6", &[]),
            // `Room` alone needs a digit in its label; a building may follow in brackets.
            ("will take place in Room M3 (M Building) on", &["Room M3 (M Building)=Room M3 (M Building)@-"]),
            ("in Room C0713 and", &["Room C0713=Room C0713@-"]),
            ("the Room A of", &[]),
            ("in Room XVII, and in Room IV", &["Room XVII=Room XVII@-", "Room IV=Room IV@-"]),
            ("in Room I and", &[]),
            ("Vienna International Centre, Conference Building, Board Room D, from", &["Vienna International Centre, Conference Building, Board Room D=Vienna International Centre, Conference Building, Board Room D@AUT"]),
            ("Vienna International Centre, M-Building, and", &["Vienna International Centre, M-Building=Vienna International Centre, M-Building@AUT"]),
            ("Ballroom 3 and Room for manoeuvre", &[]),
            // A building after a comma; a room of a kind with its building and no label.
            ("1.15–2.45 p.m.\tSide event\tConference Room 7, C Building\n", &["Conference Room 7, C Building=Conference Room 7, C Building@-"]),
            ("10 a.m.–1 p.m.\tPlenary\tPlenary Hall (M Building)\n", &["Plenary Hall (M Building)=Plenary Hall (M Building)@-"]),
            ("in Boardroom C (C Building, 4th floor) at", &["Boardroom C (C Building, 4th floor)=Boardroom C (C Building, 4th floor)@-"]),
            ("in Conference Room 3 (M Building, ground floor).", &["Conference Room 3 (M Building, ground floor)=Conference Room 3 (M Building, ground floor)@-"]),
            ("in Conference Room 3 (M Building, see map).", &["Conference Room 3=Conference Room 3@-"]),
            ("in the Plenary Hall\n(M Building) of", &["Plenary Hall\n(M Building)=Plenary Hall (M Building)@-"]),
            ("in Conference Room 7, CD Buildings", &["Conference Room 7=Conference Room 7@-"]),
            // The lettered building after `of the`, not a building of another kind.
            ("held in the Plenary Hall of the M Building and in Conference Room 3 of the C Building.", &["Plenary Hall of the M Building=Plenary Hall of the M Building@-", "Conference Room 3 of the C Building=Conference Room 3 of the C Building@-"]),
            ("held in Conference Room 3 of the Conference Building.", &["Conference Room 3=Conference Room 3@-"]),
            ("the Room (M Building)", &[]),
            // The room written after a place it did not join, after a comma: the office's.
            (
                "The Working Group met at the United Nations Office at Nairobi (Gigiri), Conference Room 2.",
                &["United Nations Office at Nairobi (Gigiri), Conference Room 2=United Nations Office at Nairobi (Gigiri), Conference Room 2@KEN"],
            ),
            ("held at the United Nations Office at Geneva, Room XX, on", &["United Nations Office at Geneva, Room XX=United Nations Office at Geneva, Room XX@CHE"]),
            // The room takes the State of the document's one venue (stop 20).
            ("held at the United Nations Office at Geneva (see annex), Room XX", &["United Nations Office at Geneva=United Nations Office at Geneva@CHE", "Room XX=Room XX@CHE"]),
            // The room of the conference centre written after it is one place with it.
            ("will be held in Conference Room 1, Vienna International Centre.", &["Conference Room 1, Vienna International Centre=Conference Room 1, Vienna International Centre@AUT"]),
            // A room known by its name is a place where a meeting is held in it, or in a table's cell.
            ("The meeting will be held in the ECOSOC Chamber on", &["ECOSOC Chamber=ECOSOC Chamber@-"]),
            ("The high-level segment will take place in the General Assembly Hall.", &["General Assembly Hall=General Assembly Hall@-"]),
            ("3 p.m.–6 p.m.\tPlenary\tTrusteeship Council Chamber\n", &["Trusteeship Council Chamber=Trusteeship Council Chamber@-"]),
            ("will meet in the Human Rights and Alliance of Civilizations Room (Room XX) at", &["Human Rights and Alliance of Civilizations Room (Room XX)=Human Rights and Alliance of Civilizations Room (Room XX)@-"]),
            // Not a room only mentioned.
            ("The ECOSOC Chamber was renovated in 2016.", &[]),
            ("murals of the Security Council Chamber were restored", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn chinese_rooms_where_a_meeting_is_held() {
        let cases: &[(&str, &[&str])] = &[
            ("会议开幕式将于 2025 年 12 月 15 日上午 10 时在 1 号全体会议厅举行。", &["1 号全体会议厅=1 号全体会议厅@-"]),
            ("主席团将于上午 9 时在会议室 D 举行会议。", &["会议室 D=会议室 D@-"]),
            ("在第三会议室召开", &["第三会议室=第三会议室@-"]),
            ("非洲国家组每天上午 9 时在第 2 会议室开会", &["第 2 会议室=第 2 会议室@-"]),
            // A room on a floor of a centre named by its last words alone.
            ("全体会议将在会展中心一层第 1 会议厅举行", &["会展中心一层第 1 会议厅=会展中心一层第 1 会议厅@-"]),
            ("区域组在国际会议中心 3 层第 5 会议室开会", &["国际会议中心 3 层第 5 会议室=国际会议中心 3 层第 5 会议室@-"]),
            ("会议在一层第 1 会议厅举行", &["一层第 1 会议厅=一层第 1 会议厅@-"]),
            // Not: a number before 层 that names no floor of the room (`多层`).
            ("在多层第 1 会议厅举行", &[]),
            ("会外活动将在 C 楼 C0713 会议室举行", &["C 楼 C0713 会议室=C 楼 C0713 会议室@-"]),
            ("晚上 7 时至 10 时\t全体委员会\t第 3 会议室\n", &["第 3 会议室=第 3 会议室@-"]),
            ("见第 2 会议室文件", &[]),
            ("上午 10 时至下午 1 时\t第 5 次会议\t全体会议厅 A\n", &["全体会议厅 A=全体会议厅 A@-"]),
            ("下午 1 时 15 分至 2 时 30 分\t会议室 C\r\n", &["会议室 C=会议室 C@-"]),
            // With its city, the room is part of that place.
            ("在维也纳国际中心 M 楼 M 号全体会议室开幕。", &["维也纳国际中心 M 楼 M 号全体会议室=维也纳国际中心 M 楼 M 号全体会议室@AUT"]),
            // Not rooms where a meeting is held: no label, a document, no anchor.
            ("会前磋商将在同一会议厅举行。", &[]),
            ("预录视频发言将在全体会议厅由一名代表介绍后播放。", &[]),
            ("CAC/COSP/IRG/2022/CRP.6 号会议室文件\t2\n", &[]),
            ("各代表团可申请双边会议室，时间为上午 9 时至 10 时", &[]),
            ("会议室 D 的座位有限。", &[]),
            ("全体会议厅 A\n", &[]),
            // The building before the room belongs to it; its label may go without 号.
            ("全体会议将在 C 楼 C3 会议室举行。", &["C 楼 C3 会议室=C 楼 C3 会议室@-"]),
            ("10:00–13:00\t第 3 次全体会议\tC 楼 C3 会议室\n", &["C 楼 C3 会议室=C 楼 C3 会议室@-"]),
            ("在 M 楼全体会议厅举行", &["M 楼全体会议厅=M 楼全体会议厅@-"]),
            ("见 CAC/COSP/2025/CRP.1 会议室文件", &[]),
            ("上午 10 时至下午 1 时\t全体会议\tM 楼全体会议厅\n下午 3 时至 6 时\t全体委员会\tC 楼第三会议室\n", &["M 楼全体会议厅=M 楼全体会议厅@-", "C 楼第三会议室=C 楼第三会议室@-"]),
            ("会外活动在 M 楼 M7 会议室举行。", &["M 楼 M7 会议室=M 楼 M7 会议室@-"]),
            // A room known by its name, and a hall named by its capitals, where a meeting is held.
            ("安全理事会公开会议将在经社理事会会议厅举行。", &["经社理事会会议厅=经社理事会会议厅@-"]),
            ("全体会议将在 D 厅举行。", &["D 厅=D 厅@-"]),
            ("上午 10 时至下午 1 时\t全体委员会\tAB厅\n", &["AB厅=AB厅@-"]),
            // Not where one is only mentioned, nor a word that ends with 厅.
            ("经社理事会会议厅于 2016 年翻修。", &[]),
            ("D 厅的座位有限。", &[]),
            ("代表可在餐厅用餐；在大厅举行招待会", &[]),
            // The room of a United Nations office written before it is one place with it.
            ("会议将在联合国内罗毕办事处（吉吉里）第 2 会议室举行。", &["联合国内罗毕办事处（吉吉里）第 2 会议室=联合国内罗毕办事处（吉吉里）第 2 会议室@KEN"]),
            ("会议在联合国日内瓦办事处第十七会议室召开", &["联合国日内瓦办事处第十七会议室=联合国日内瓦办事处第十七会议室@CHE"]),
            ("会议将在联合国日内瓦办事处万国宫第十七会议室举行。", &["联合国日内瓦办事处万国宫第十七会议室=联合国日内瓦办事处万国宫第十七会议室@CHE"]),
            ("会议将在日内瓦万国宫第十七会议室举行。", &["日内瓦万国宫第十七会议室=日内瓦万国宫第十七会议室@CHE"]),
            ("会议在联合国内罗毕办事处吉吉里大院第 2 会议室举行。", &["联合国内罗毕办事处吉吉里大院第 2 会议室=联合国内罗毕办事处吉吉里大院第 2 会议室@KEN"]),
            // A United Nations office written before its city's conference centre is one place with it.
            ("会议将在联合国维也纳办事处维也纳国际中心 M 楼第 3 会议室举行。", &["联合国维也纳办事处维也纳国际中心 M 楼第 3 会议室=联合国维也纳办事处维也纳国际中心 M 楼第 3 会议室@AUT"]),
            ("届会在联合国维也纳办事处维也纳国际中心举行", &["联合国维也纳办事处维也纳国际中心=联合国维也纳办事处维也纳国际中心@AUT"]),
            ("在联合国维\n也纳办事处维也纳国际中心 M 楼全体会议厅举行", &["联合国维\n也纳办事处维也纳国际中心 M 楼全体会议厅=联合国维也纳办事处维也纳国际中心 M 楼全体会议厅@AUT"]),
            ("在联合国维也纳办事处\n维也纳国际中心举行；在联合国日内瓦办事处\n\n第十七会议室举行", &["联合国维也纳办事处\n维也纳国际中心=联合国维也纳办事处维也纳国际中心@AUT"]),
            ("会议在联合国维也纳办事处（维也纳国际中心）举行。", &["联合国维也纳办事处（维也纳国际中心）=联合国维也纳办事处（维也纳国际中心）@AUT"]),
            ("简报会将在联合国日内瓦办事处万国宫第 XX 号会议室举行。", &["联合国日内瓦办事处万国宫第 XX 号会议室=联合国日内瓦办事处万国宫第 XX 号会议室@CHE"]),
            ("开发署（维也纳国际中心）的代表；联合国维也纳办事处（维也纳国际中心", &["维也纳国际中心=维也纳国际中心@AUT", "维也纳国际中心=维也纳国际中心@AUT"]),
            ("会议在联合国日内瓦办事处（万国宫）日内瓦万国宫第十七会议室召开", &["联合国日内瓦办事处（万国宫）日内瓦万国宫第十七会议室=联合国日内瓦办事处（万国宫）日内瓦万国宫第十七会议室@CHE"]),
            // Not: the office apart from the centre, or the office acting.
            ("联合国维也纳办事处，维也纳国际中心 C 楼第三会议室", &["维也纳国际中心 C 楼第三会议室=维也纳国际中心 C 楼第三会议室@AUT"]),
            ("联合国维也纳办事处在维也纳国际中心举行了一次会议", &["维也纳国际中心=维也纳国际中心@AUT"]),
            ("联合国维也纳办事处维也纳举行", &["维也纳=维也纳@AUT"]),
            // A building named by its capitals where the meeting is held in it, or alone in a cell.
            ("非正式协商将在 C 楼举行。", &["C 楼=C 楼@-"]),
            ("会外活动在M楼以混合形式举行", &["M楼=M楼@-"]),
            ("下午 1 时 15 分至 2 时 30 分\t会外活动\tM 楼\n", &["M 楼=M 楼@-"]),
            ("会议在联合国维也纳办事处 C 楼举行。", &["联合国维也纳办事处 C 楼=联合国维也纳办事处 C 楼@AUT"]),
            ("会外活动在联合国维也纳办事处 C 楼 C0713 室举行。", &["联合国维也纳办事处 C 楼 C0713 室=联合国维也纳办事处 C 楼 C0713 室@AUT"]),
            // Not: a building whose room is the place, a building only mentioned, a word.
            ("全体会议将在 C 楼 C3 会议室举行。", &["C 楼 C3 会议室=C 楼 C3 会议室@-"]),
            ("C 楼的入口将于上午 8 时开放。", &[]),
            ("会议在大楼举行；在 ABC 楼举行", &[]),
            // A room named by its number before 室, its building before it.
            ("会外活动在维也纳国际中心 C 楼 C0713 室举行", &["维也纳国际中心 C 楼 C0713 室=维也纳国际中心 C 楼 C0713 室@AUT"]),
            ("会外活动在 C 楼 C0713 室举行", &["C 楼 C0713 室=C 楼 C0713 室@-"]),
            // A PDF line break between the building and its room; not a blank line.
            ("磋商定于 13 时在 C 楼\nC0713 室举行；简报会在 C 楼\n\nC0227 室举行", &["C 楼\nC0713 室=C 楼C0713 室@-"]),
            ("工作组会议在 C 楼二层 C0227 室举行；全会在 M 楼一层全体会议厅举行", &["C 楼二层 C0227 室=C 楼二层 C0227 室@-", "M 楼一层全体会议厅=M 楼一层全体会议厅@-"]),
            ("简报会在M1室举行", &["M1室=M1室@-"]),
            // With the ordinal's 第, and a PDF line break after 在.
            ("磋商将于下午 1 时在\nC 楼第 C0713 室举行；简报会在第 M1 室举行", &["C 楼第 C0713 室=C 楼第 C0713 室@-", "第 M1 室=第 M1 室@-"]),
            ("第 C0713 室的座位有限。", &[]),
            // A floor with no building before it.
            ("工作组会议在二层 C0227 室举行", &["二层 C0227 室=二层 C0227 室@-"]),
            ("下午 1 时 15 分至 2 时 30 分\t会外活动\tC0713 室\n", &["C0713 室=C0713 室@-"]),
            // Not: an office, a room with no number, a number of a symbol, a room only mentioned.
            ("会议在秘书处办公室举行；在 C 室举行；在 CAC/COSP/2025/CRP1 室举行", &[]),
            ("C0713 室的座位有限。", &[]),
            // After a venue's label.
            ("会议地点：C 楼 C4 会议室\n", &["C 楼 C4 会议室=C 楼 C4 会议室@-"]),
            ("会议地点：C 楼 C0713 室\n", &["C 楼 C0713 室=C 楼 C0713 室@-"]),
            ("会议地点为全体会议厅 A。", &["全体会议厅 A=全体会议厅 A@-"]),
            // A complex named without its city, before the room.
            ("会议地点为吉吉里大院第 2 会议室。", &["吉吉里大院第 2 会议室=吉吉里大院第 2 会议室@KEN"]),
            // A centre known without its city, where the meeting is held in it, with its State.
            ("会议在万国宫第十七会议室举行。", &["万国宫第十七会议室=万国宫第十七会议室@CHE"]),
            // The centre's named building between it and the room, or that building alone.
            ("会议在联合国总部北草坪会议大楼第 2 会议室举行。", &["联合国总部北草坪会议大楼第 2 会议室=联合国总部北草坪会议大楼第 2 会议室@USA"]),
            ("会议在北草坪会议大楼第 2 会议室举行。", &["北草坪会议大楼第 2 会议室=北草坪会议大楼第 2 会议室@USA"]),
            ("The meeting will be held at the Gigiri complex, Nairobi, from 8 to 10 June 2026.", &["Gigiri complex, Nairobi=Gigiri complex, Nairobi@KEN"]),
            ("Meetings will take place in Room XVII, Palais des Nations.", &["Room XVII, Palais des Nations=Room XVII, Palais des Nations@CHE"]),
            ("会议将在吉吉里大院举行。非正式磋商在万国宫第 XX 号会议室举行。", &["万国宫第 XX 号会议室=万国宫第 XX 号会议室@CHE", "吉吉里大院=吉吉里大院@KEN"]),
            ("Consultations will be held at the Gigiri complex and meetings take place at the Palais des Nations.", &["Gigiri complex=Gigiri complex@KEN", "Palais des Nations=Palais des Nations@CHE"]),
            // Not: a centre only mentioned.
            ("The session will be held at United Nations Headquarters.", &["United Nations Headquarters=United Nations Headquarters@USA"]),
            ("会议在联合国总部举行。", &["联合国总部=联合国总部@USA"]),
            ("吉吉里大院的翻修工作已经完成。The Gigiri complex was renovated.", &[]),
            ("its observer office at United Nations Headquarters, was represented", &[]),
            ("在联合国总部以外地点举行会议", &[]),
            // A PDF line break inside the kind of room.
            ("在万国宫第 XVII 号会\n议室举行", &["万国宫第 XVII 号会\n议室=万国宫第 XVII 号会议室@CHE"]),
            ("在第 3 会议\n室举行", &["第 3 会议\n室=第 3 会议室@-"]),
            ("吉吉里大院第 2 会议室正在翻修。", &[]),
            ("会议室分配：C 楼 C4 会议室\n", &[]),
            // An English room of a Chinese text, its building before it.
            ("会外活动将在 C 楼 Room C0713 举行。", &["C 楼 Room C0713=C 楼 Room C0713@-"]),
            ("上午 10 时至下午 1 时\t区域会议\tConference Room 6\n", &["Conference Room 6=Conference Room 6@-"]),
            ("见 Conference Room Paper 和 Room for", &[]),
            // A room named by its kind alone, where a meeting is held or in a cell.
            ("全体会议将在全体会议厅举行。", &["全体会议厅=全体会议厅@-"]),
            ("上午10时至下午1时\t全体会议厅\n", &["全体会议厅=全体会议厅@-"]),
            ("主席团会议在董事会会议室举行。", &["董事会会议室=董事会会议室@-"]),
            ("全体会议厅的座位有限。", &[]),
            // The last column of a row that PDF text lays out with spaces.
            ("下午3时至6时                    第3会议室\n", &["第3会议室=第3会议室@-"]),
            ("上午10时至下午1时          全体会议厅\n", &["全体会议厅=全体会议厅@-"]),
            ("见 第3会议室\n", &[]),
            ("第3会议室          已满\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn an_unknown_city_between_a_state_and_held() {
        let cases: &[(&str, &[&str])] = &[
            ("会议在印度尼西亚努沙杜瓦举行。", &["印度尼西亚努沙杜瓦=努沙杜瓦@IDN"]),
            // A river basin, a part of the country, a region: no city.
            ("秘书处在刚果河流域国家举办了 4 次讲习班。", &[]),
            ("培训在巴西北部举行。", &[]),
            ("活动在肯尼亚全国各地举办。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn venue_phrases_and_dated_venues() {
        let cases: &[(&str, &[&str])] = &[
            ("会议地点为卡塔尔国家会议中心（地址：多哈教育城）。", &["卡塔尔国家会议中心=卡塔尔国家会议中心@QAT"]),
            ("会址为维也纳国际中心。", &["维也纳国际中心=维也纳国际中心@AUT"]),
            ("会议地点是 日内瓦。", &["日内瓦=日内瓦@CHE"]),
            (
                "讲习班：2023 年 10 月 16 日和 17 日在泰国曼谷，11 月 6 日在南非比勒陀利亚，12 月 4 日在巴拿马巴拿马城。",
                &["泰国曼谷=曼谷@THA", "南非比勒陀利亚=比勒陀利亚@ZAF", "巴拿马巴拿马城=巴拿马城@PAN"],
            ),
            ("2023 年 10 月 16 日和 17 日在\n泰国曼谷，2023 年 11 月 20 日至 22 日在南非比勒陀利亚。", &["泰国曼谷=曼谷@THA", "南非比勒陀利亚=比勒陀利亚@ZAF"]),
            ("2023年10月在维也纳、纽约", &["维也纳=维也纳@AUT", "纽约=纽约@USA"]),
            // Not a venue: no date before `在`, the clause goes on, a city named as a place of work.
            ("顾问在曼谷，负责区域工作。", &[]),
            ("10 月 16 日在曼谷的办事处发表了讲话。", &[]),
            ("地址：多哈教育城", &[]),
            // A venue's name before the city, after a comma or a room.
            ("The workshop was held at UNESCAP, Bangkok, from 5 to 7 March 2024.", &["Bangkok=Bangkok@THA"]),
            (
                "The meeting was held at the Palais des Nations, Room XX, in Geneva.",
                &["Palais des Nations, Room XX, in Geneva=Palais des Nations, Room XX, in Geneva@CHE"],
            ),
            // Not: a city after a name that no phrase of holding introduces.
            ("The report of UNESCAP, Bangkok, was noted.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn the_word_at_before_an_organisation() {
        for lead in ["held at ", "met at the ", "took place at\n", "took place at\nthe ", "(at "] {
            assert!(super::ends_with_at(lead), "{lead}");
        }
        for lead in ["held", "that ", "flat ", "at the", "the "] {
            assert!(!super::ends_with_at(lead), "{lead}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("将在埃及沙姆沙伊赫举行第九届会议", &["埃及沙姆沙伊赫=沙姆沙伊赫@EGY"]),
            ("在俄罗斯联邦圣彼得堡举行了第六届会议", &["俄罗斯联邦圣彼得堡=圣彼得堡@RUS"]),
            ("在巴拿马城举行了第五届会议", &["巴拿马城=巴拿马城@PAN"]),
            ("在维也纳举行", &["维也纳=维也纳@AUT"]),
            ("在维也纳国际中心M楼M号全体会议室开幕", &["维也纳国际中心M楼M号全体会议室=维也纳国际中心M楼M号全体会议室@AUT"]),
            ("维也纳国际中心 M 楼 M 全体会议厅举行", &["维也纳国际中心 M 楼 M 全体会议厅=维也纳国际中心 M 楼 M 全体会议厅@AUT"]),
            ("在加纳库马西举行研讨会", &["加纳库马西=库马西@GHA"]),
            ("在加纳的一次会议上举行", &[]),
            ("《北京宣言》和在北京召开的会议", &["北京=北京@CHN"]),
            ("2023年9月5日至8日，维也纳", &["维也纳=维也纳@AUT"]),
            ("Vienna, 5-8 September 2023", &["Vienna=Vienna@AUT"]),
            ("the session held in Vienna from 5 to 8 September", &["Vienna=Vienna@AUT"]),
            ("参与了由常驻维也纳代表团参加的咨商进程", &[]),
            ("建立一个设在维也纳的反腐败执法机构全球网络", &[]),
            ("以“维也纳精神”为基础", &[]),
            ("会议将于维也纳时间上午10时举行", &[]),
            ("The meeting will be held at 10 a.m. Vienna time in Vienna", &["Vienna=Vienna@AUT"]),
            ("The webcast will begin at 9.45 a.m. CET (3.45 a.m. New York\ntime) on 9 March.", &[]),
            ("held in Sharm el-Sheikh, Egypt, from", &["Sharm el-Sheikh, Egypt=Sharm el-Sheikh@EGY"]),
            ("at the Vienna International Centre, Board Room B.", &["Vienna International Centre, Board Room B=Vienna International Centre, Board Room B@AUT"]),
            ("the Vienna Declaration", &[]),
            ("It was held at the Palais des Nations in Geneva.", &["Palais des Nations in Geneva=Palais des Nations in Geneva@CHE"]),
            // The room written after the city belongs to the place.
            ("held at the Palais des Nations in Geneva, Room XVII, from", &["Palais des Nations in Geneva, Room XVII=Palais des Nations in Geneva, Room XVII@CHE"]),
            ("The Group met at Headquarters in New York on 4 March.", &["Headquarters in New York=Headquarters in New York@USA"]),
            ("held at the Palais des Nations in\nGeneva, Room XVII.", &["Palais des Nations in\nGeneva, Room XVII=Palais des Nations in Geneva, Room XVII@CHE"]),
            ("the Palais des Nations in\n\nGeneva", &[]),
            ("The meeting was held at the Gigiri complex in Nairobi.", &["Gigiri complex in Nairobi=Gigiri complex in Nairobi@KEN"]),
            ("the Gigiri\nComplex in Nairobi", &["Gigiri\nComplex in Nairobi=Gigiri Complex in Nairobi@KEN"]),
            ("in Geneva, Conference Room 4 and Vienna, Room for talks", &["Geneva, Conference Room 4=Geneva, Conference Room 4@CHE", "Vienna=Vienna@AUT"]),
            ("held at the Palais des Nations, Geneva, from", &["Palais des Nations, Geneva=Palais des Nations, Geneva@CHE"]),
            ("held at United Nations Headquarters in New York from 18 to 26 September", &["United Nations Headquarters in New York=United Nations Headquarters in New York@USA"]),
            ("to be held at United Nations Headquarters, New York, on", &["United Nations Headquarters, New York=United Nations Headquarters, New York@USA"]),
            ("held at the United Nations Conference Centre in Bangkok, Thailand, on", &["United Nations Conference Centre in Bangkok, Thailand=United Nations Conference Centre in Bangkok@THA"]),
            ("at the United Nations Conference Centre, Addis Ababa.", &["United Nations Conference Centre, Addis Ababa=United Nations Conference Centre, Addis Ababa@ETH"]),
            ("The regional meeting was held in Bangkok, Thailand, on 2 May 2023.", &["Bangkok, Thailand=Bangkok@THA"]),
            ("will meet at the Vienna International Centre from 13 to 17 March", &["Vienna International Centre=Vienna International Centre@AUT"]),
            ("held at the Vienna International\nCentre, Board Room B, from", &["Vienna International\nCentre, Board Room B=Vienna International Centre, Board Room B@AUT"]),
            // Not a building before the city: a State's mission, a title.
            ("the Permanent Mission of Japan in New York", &[]),
            // A city after a line break, after a conference centre, or dated after `in`.
            ("The session will be held in\nVienna.", &["Vienna=Vienna@AUT"]),
            ("in the Board Room of the Vienna International\nCentre, Vienna.", &["Board Room of the Vienna International\nCentre=Board Room of the Vienna International Centre@AUT", "Vienna=Vienna@AUT"]),
            ("in Boardroom B (C Building, ground floor) of the Vienna International Centre.", &["Boardroom B (C Building, ground floor) of the Vienna International Centre=Boardroom B (C Building, ground floor) of the Vienna International Centre@AUT"]),
            ("in Plenary Hall M of the Vienna International Centre.", &["Plenary Hall M of the Vienna International Centre=Plenary Hall M of the Vienna International Centre@AUT"]),
            ("in the Conference Room of the Vienna Philharmonic", &[]),
            ("Held at the Georgia World Congress Center, Atlanta, on Tuesday", &["Georgia World Congress Center, Atlanta=Georgia World Congress Center, Atlanta@USA"]),
            ("the fifth in Panama City from 25 to 29 November 2013 while offices in Saint Petersburg closed.", &["Panama City=Panama City@PAN"]),
            ("offered to host the eleventh session in Doha in December 2025.", &["Doha=Doha@QAT"]),
            ("to host the twelfth session of the Conference in Cartagena in the second half of 2027", &["Cartagena=Cartagena@COL"]),
            ("a regional workshop in Bangkok in late 2026", &["Bangkok=Bangkok@THA"]),
            ("advisers in Bangkok in the second half of their mission", &[]),
            ("advisers based in Nairobi and Bangkok supported 64 States in 2023.", &[]),
            ("The advisers, based in Nairobi, Bangkok and\nPanama City, supported 64 States in their follow-up.", &[]),
            ("the Palais des Nations Declaration, Geneva", &[]),
            ("The Forum will be held in the city of Doha.", &["Doha=Doha@QAT"]),
            ("The Office in Geneva issued a report.", &[]),
            // The host or building named between the verb and `in` the city.
            ("The meeting was held at the headquarters of the Organisation for Economic Co-operation and Development in Paris.", &["Paris=Paris@FRA"]),
            ("The workshop, hosted by the Government of Thailand in Bangkok, was attended by 40 experts.", &["Bangkok=Bangkok@THA"]),
            ("The second meeting was organized in Nairobi in cooperation with UNEP.", &["Nairobi=Nairobi@KEN"]),
            // Not: a comma between (another clause), no verb of holding.
            ("The meeting was held at the Centre, and experts in Paris agreed.", &[]),
            ("The report of the Government of Thailand in Bangkok was read.", &[]),
            ("巴黎协定缔约方会议在埃及举行，罗马规约缔约国大会在海牙举行", &["海牙=海牙@NLD"]),
            ("会议在特立尼达和多巴哥西班牙港举行", &["特立尼达和多巴哥西班牙港=西班牙港@TTO"]),
            ("埃及代表", &[]),
            // A United Nations office in a city, as the venue.
            ("下届会议在联合国日内瓦办事处举行，联合国维也纳办事处在会上发言", &["联合国日内瓦办事处=联合国日内瓦办事处@CHE"]),
            ("联合国内罗毕办事处举行了一次会议", &[]),
            // Offices in a list of venues after `在`, the clause holding the meetings.
            ("分别在联合国内罗毕办事处、联合国日内瓦办事处和纽约联合国总部举行", &["联合国内罗毕办事处=联合国内罗毕办事处@KEN", "联合国日内瓦办事处=联合国日内瓦办事处@CHE", "纽约联合国总部=纽约联合国总部@USA"]),
            ("在联合国日内瓦办事处和开发署的支持下编写", &[]),
            ("The expert group met in a hybrid format in Bangkok, at the Centre.", &["Bangkok=Bangkok@THA"]),
            ("在开发署举行", &[]),
            ("会议于2024年在哥斯达黎加圣何塞举行", &["哥斯达黎加圣何塞=圣何塞@CRI"]),
            ("在美利坚合众国佐治亚州亚特兰大举行第十届会议", &["美利坚合众国佐治亚州亚特兰大=亚特兰大@USA"]),
            ("2023年12月11日至15日，亚特兰大", &["亚特兰大=亚特兰大@USA"]),
            ("在佐治亚世界会议中心开幕", &["佐治亚世界会议中心=佐治亚世界会议中心@USA"]),
            ("2024年在拉脱维亚里加举行", &["拉脱维亚里加=里加@LVA"]),
            ("在维也纳国际中心 C 楼第三会议室举行", &["维也纳国际中心 C 楼第三会议室=维也纳国际中心 C 楼第三会议室@AUT"]),
            ("在维也纳国际中心C楼董事会会议室B举行", &["维也纳国际中心C楼董事会会议室B=维也纳国际中心C楼董事会会议室B@AUT"]),
            ("会议将在维也纳国际中心 D 号董事会会议室举行。", &["维也纳国际中心 D 号董事会会议室=维也纳国际中心 D 号董事会会议室@AUT"]),
            ("会议在纽约联合国总部托管理事会会议厅举行。", &["纽约联合国总部托管理事会会议厅=纽约联合国总部托管理事会会议厅@USA"]),
            ("会议在日内瓦万国宫第 XX 号会议室举行。", &["日内瓦万国宫第 XX 号会议室=日内瓦万国宫第 XX 号会议室@CHE"]),
            ("会议在维也纳国际中心 C 楼二层 C0227 室举行。", &["维也纳国际中心 C 楼二层 C0227 室=维也纳国际中心 C 楼二层 C0227 室@AUT"]),
            // Not a floor without its room: the building alone.
            ("会议在维也纳国际中心 C 楼二层举行。", &["维也纳国际中心 C 楼=维也纳国际中心 C 楼@AUT"]),
            ("在日内瓦万国宫第二十会议室举行", &["日内瓦万国宫第二十会议室=日内瓦万国宫第二十会议室@CHE"]),
            ("在维也纳国际中心 M 楼全体会议厅举行", &["维也纳国际中心 M 楼全体会议厅=维也纳国际中心 M 楼全体会议厅@AUT"]),
            ("在维也纳国际中心 M 楼\n全体会议厅开幕", &["维也纳国际中心 M 楼\n全体会议厅=维也纳国际中心 M 楼全体会议厅@AUT"]),
            ("在维也纳国际中心举行。\n会议室文件", &["维也纳国际中心=维也纳国际中心@AUT"]),
            ("埃及将于 2024 年 3 月在开罗主办一次区域会议", &["开罗=开罗@EGY"]),
            ("将在卡塔尔多哈\n喜来登大酒店举行", &["卡塔尔多哈\n喜来登大酒店=多哈喜来登大酒店@QAT"]),
            ("秘书处设在维也纳\n\n\t会议举行日期", &[]),
            ("在纽约联合国总部举行第二届会议", &["纽约联合国总部=纽约联合国总部@USA"]),
            ("在纽约联合国总部会议大楼第 4 会议室举行", &["纽约联合国总部会议大楼第 4 会议室=纽约联合国总部会议大楼第 4 会议室@USA"]),
            ("纽约联合国总部秘书处大楼第十一会议室", &["纽约联合国总部秘书处大楼第十一会议室=纽约联合国总部秘书处大楼第十一会议室@USA"]),
            ("纽约联合国总部会议大楼的安保", &["纽约联合国总部会议大楼=纽约联合国总部会议大楼@USA"]),
            ("在曼谷联合国会议中心举行", &["曼谷联合国会议中心=曼谷联合国会议中心@THA"]),
            ("在维也纳奥地利中心举行", &["维也纳奥地利中心=维也纳奥地利中心@AUT"]),
            ("美国和中国的州长在北京举行会谈", &["北京=北京@CHN"]),
            ("在这里加拿大代表发言", &[]),
            ("包罗万象的议程", &[]),
            ("the tenth meeting, held in Nagoya, Japan, in 2010", &["Nagoya, Japan=Nagoya@JPN"]),
            ("第十次会议在日本名古屋举行", &["日本名古屋=名古屋@JPN"]),
            ("第 9000 次会议\n2023年9月5日（星期二）上午10时\n纽约\n\n主席：", &["纽约=纽约@USA"]),
            ("9000th meeting\nTuesday, 5 September 2023, 10 a.m.\nNew York\n", &["New York=New York@USA"]),
            ("Tuesday, 5 September 2023, 10 a.m.\r\n\r\nGeneva\r\n", &["Geneva=Geneva@CHE"]),
            // An office where meetings are held is a place.
            ("The seminar was held at the United Nations Office at Geneva from 3 to 5 May 2023.", &["United Nations Office at Geneva=United Nations Office at Geneva@CHE"]),
            // The office and its conference centre after a comma are one place.
            (
                "The Group will meet at the United Nations Office at Vienna, Vienna International Centre, Board Room D (C Building).",
                &["United Nations Office at Vienna, Vienna International Centre, Board Room D (C Building)=United Nations Office at Vienna, Vienna International Centre, Board Room D (C Building)@AUT"],
            ),
            ("held at the United Nations Office at Geneva, Palais des Nations, Geneva", &["United Nations Office at Geneva, Palais des Nations, Geneva=United Nations Office at Geneva, Palais des Nations, Geneva@CHE"]),
            (
                "Side events take place from 1.10 to 1.50 p.m. at the United Nations Office at Vienna, Vienna International Centre, Conference Room 7.",
                &["United Nations Office at Vienna, Vienna International Centre, Conference Room 7=United Nations Office at Vienna, Vienna International Centre, Conference Room 7@AUT"],
            ),
            ("The World Bank, Vienna International Centre, Board Room B", &["Vienna International Centre, Board Room B=Vienna International Centre, Board Room B@AUT"]),
            ("The Commission will meet at the United Nations Office at\nVienna in 2024.", &["United Nations Office at\nVienna=United Nations Office at Vienna@AUT"]),
            ("理事会在联合国日内瓦办事处举行会议", &["联合国日内瓦办事处=联合国日内瓦办事处@CHE"]),
            // Not where a meeting is held: the office acts, a mission is accredited to it; no city in the name.
            ("held at the United Nations Development Programme", &[]),
            ("The United Nations Office at Geneva hosted a seminar.", &[]),
            ("The session took place at\nthe United Nations Office at Geneva.", &["United Nations Office at Geneva=United Nations Office at Geneva@CHE"]),
            ("The experts met at the United Nations Office at Geneva.", &["United Nations Office at Geneva=United Nations Office at Geneva@CHE"]),
            ("The meeting will take place from 10 a.m. to 1 p.m. at the United Nations Office at Vienna.", &["United Nations Office at Vienna=United Nations Office at Vienna@AUT"]),
            ("The briefing will be held at 3 p.m. in the ECOSOC Chamber.", &["ECOSOC Chamber=ECOSOC Chamber@-"]),
            ("The meeting was held. Mr. Smith spoke at the United Nations Office at Vienna.", &[]),
            ("The experts met. Later, that United Nations Office at Geneva closed.", &[]),
            ("the Permanent Mission of Egypt to the United Nations Office at Geneva met at", &[]),
            // Alone on a line below no date, or below a sentence: a heading, not the venue.
            ("Annex\nGeneva\nThe Office", &[]),
            ("The report was issued on 5 September 2023.\nGeneva\n", &[]),
            ("Geneva\n", &[]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn hotels_rooms_by_name_venue_state_and_signing_lines() {
        let cases: &[(&str, &[&str])] = &[
            // Hotels and rooms known by their own name where a meeting is held.
            ("The workshop will take place at the Mövenpick Hotel.", &["Mövenpick Hotel=Mövenpick Hotel@-"]),
            ("讲习班在希尔顿酒店举行。", &["希尔顿酒店=希尔顿酒店@-"]),
            // Only mentioned, not where a meeting is held.
            ("代表们下榻希尔顿酒店。", &[]),
            // A room without its city takes the document's one venue State.
            ("The session will be held at the Vienna International Centre. Informal consultations will be held in Board Room D, C Building.",
                &["Vienna International Centre=Vienna International Centre@AUT", "Board Room D, C Building=Board Room D, C Building@AUT"]),
            // A letter's signing line is no meeting place.
            ("请各代表团于 6 月 1 日前答复。\n2025 年 9 月 12 日于维也纳\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }
}
