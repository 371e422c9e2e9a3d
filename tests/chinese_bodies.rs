//! Chinese documents of bodies other than the seeds' Conference: short
//! excerpts written in the seeds' layout (cover block, PDF line breaks, tab
//! tables), each checked for the participants, places, metadata, agenda
//! and schedule that the guideline asks for.
#![cfg(not(target_arch = "wasm32"))]

use undoc::model::{ParticipantValue, Value};
use undoc::{annotate, Annotated, Kind, Options};

/// `text` of every annotation of `kind`, in order.
fn spans<'a>(text: &'a str, found: &Annotated, kind: Kind) -> Vec<&'a str> {
    found.annotations.iter().filter(|a| a.kind == kind).map(|a| &text[a.span.range()]).collect()
}

/// `text=detail` of every participant: iso3 for States, role for persons.
fn participants(text: &str, found: &Annotated) -> Vec<String> {
    found
        .annotations
        .iter()
        .filter_map(|a| {
            let t = &text[a.span.range()];
            match &a.value {
                Value::Participant(ParticipantValue::State { iso3, .. }) => Some(format!("{t}={iso3}")),
                Value::Participant(ParticipantValue::Person { role, state, .. }) => {
                    Some(format!("{t}={}/{}", role.as_deref().unwrap_or("-"), state.as_deref().unwrap_or("-")))
                }
                Value::Participant(_) => Some(t.to_string()),
                _ => None,
            }
        })
        .collect()
}

const CND: &str = "\n\n\n\n经济及社会理事会\n\nDistr.: General\n1 December 2022\nChinese\nOriginal: English\n\n麻醉药品委员会\n\n第六十六届会议\n\n2023年3月13日至17日，维也纳\n\n临时议程和说明\n\n临时议程\n\n1. 选举主席团成员。\n2. 通过议程和其他组织事项。\n3. 执行国际药物管制条约：\n - (a) 国际药物管制条约的执行情况：\n   - ㈠ 麻醉药品委员会的改变范围；\n   - ㈡ 国际麻醉品管制局的报告；\n - (b) 其他事项。\n4. 通过报告。\n\n说明\n\n1. 选举主席团成员\n\n根据经济及社会理事会第 2002/1 号决议，麻醉药品委员会第六十六届会议将于 2023 年 3 月 13 日（星期一）上午10时在维也纳国际中心 C 楼董事会会议室B开幕。经济及社会理事会请委员会与联合国儿童基金会（儿基会）和联合国难民署合作。委员会主席马里亚诺·加西亚（秘鲁）将主持会议。\n\n拟议工作安排\n\n日期\t时间\t项目\t标题或说明\n3月13日，星期一\t上午10时至下午1时\t1\t选举主席团成员\n\t\t2\t通过议程和其他组织事项\n\t下午3时至6时\t3(a)\t国际药物管制条约的执行情况\n3月14日，星期二\t10:00-13:00\t4\t通过报告\n";

#[test]
fn commission_on_narcotic_drugs_provisional_agenda() {
    let found = annotate(CND, &Options::default());
    let m = &found.metadata;
    assert_eq!((m.date.as_deref(), m.title.as_deref()), (Some("2022-12-01"), Some("临时议程和说明")));
    assert_eq!(m.body.as_deref(), Some("麻醉药品委员会"));
    assert_eq!(m.session.as_ref().and_then(|s| s.number), Some(66));
    assert_eq!(m.meeting.as_ref().and_then(|x| x.place.as_deref()), Some("维也纳"));
    let numbers: Vec<&str> = found.agenda.iter().map(|n| n.number.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4"]);
    assert_eq!(found.agenda[2].items.len(), 2);
    // The commission is the body the document is about; the Council above
    // `Distr.` is its parent organ, a participant where it acts.
    assert_eq!(
        participants(CND, &found),
        [
            "国际麻醉品管制局",
            "经济及社会理事会",
            "联合国儿童基金会（儿基会）",
            "联合国难民署",
            "马里亚诺·加西亚=委员会主席/PER",
            "秘鲁=PER",
        ]
    );
    assert_eq!(spans(CND, &found, Kind::Place), ["维也纳", "维也纳国际中心 C 楼董事会会议室B"]);
    assert_eq!(spans(CND, &found, Kind::Time), ["上午10时", "上午10时至下午1时", "下午3时至6时", "10:00-13:00"]);
    let rows: Vec<(&str, &str, Vec<&str>)> =
        found.schedule.iter().map(|r| (r.date.as_deref().unwrap_or("-"), r.start.as_deref().unwrap_or("-"), r.items.iter().map(String::as_str).collect())).collect();
    assert_eq!(rows, [("2023-03-13", "10:00", vec!["1", "2"]), ("2023-03-13", "15:00", vec!["3(a)"]), ("2023-03-14", "10:00", vec!["4"])]);
}

const CTOC: &str = "\n\n\n\n联合国打击跨国有组织犯罪公约\n缔约方会议\n\nDistr.: General\n2 August 2023\nChinese\nOriginal: English\n\n2023 年 6 月 5 日至 7 日在维也纳举行的打击贩运人口问题工作组会议的报告\n\n一. 导言\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议在第 4/4 号决定中设立了打击贩运人口问题工作组。\n\n二. 会议安排\n\nA. 选举主席团成员\n\n2. 下列人员当选为主席团成员：\n\n主席：\tAna María Pérez（哥伦比亚）\n副主席：\tFatima Nasser（约旦）\n\n\tPieter de Vries（荷兰）\n\nB. 出席情况\n\n3. 出席会议的有《公约》下列缔约国：阿尔及利亚、多民族玻利维亚国、委内瑞拉(玻利瓦尔共和国)、大不列颠及北爱尔兰联合\n\n王国。\n\n4. 下列签署国派观察员出席了会议：日本。\n\n5. 教廷和巴勒斯坦国作为观察员派代表出席了会议。\n\n6. 下列政府间组织派观察员出席了会议：非洲联盟委员会、某某区域反洗钱\n\n小组。\n\n7. 下列非政府组织派观察员出席了会议：人权观察、国际特赦组织。\n";

#[test]
fn working_group_report_with_attendance() {
    let found = annotate(CTOC, &Options::default());
    assert_eq!(found.metadata.title.as_deref(), Some("报告"));
    // The Conference of the Parties and its working group are the bodies the
    // document is about; every attendance entry is a participant, wrapped
    // lines and bracketed State names included.
    assert_eq!(
        participants(CTOC, &found),
        [
            "Ana María Pérez=主席/COL",
            "哥伦比亚=COL",
            "Fatima Nasser=副主席/JOR",
            "约旦=JOR",
            "Pieter de Vries=副主席/NLD",
            "荷兰=NLD",
            "阿尔及利亚=DZA",
            "多民族玻利维亚国=BOL",
            "委内瑞拉(玻利瓦尔共和国)=VEN",
            "大不列颠及北爱尔兰联合\n\n王国=GBR",
            "日本=JPN",
            "教廷=VAT",
            "巴勒斯坦国=PSE",
            "非洲联盟委员会",
            "某某区域反洗钱\n\n小组",
            "人权观察",
            "国际特赦组织",
        ]
    );
    let role = |name: &str| found.participants.iter().find(|p| p.name == name).map(|p| p.roles.clone()).unwrap_or_default();
    assert_eq!(role("阿尔及利亚"), ["State party"]);
    assert_eq!(role("日本"), ["signatory State"]);
    assert_eq!(role("教廷"), ["observer State"]);
    assert_eq!(role("某某区域反洗钱小组"), ["intergovernmental organization"]);
}

const COSP10: &str = "\n\n\n\n联合国反腐败公约 缔约国会议\n\nDistr.: General\n28 September 2023\nChinese\nOriginal: English\n\n第十届会议\n\n2023年12月11日至15日，亚特兰大\n\n临时议程说明\n\n临时议程\n\n1. 组织事项。\n2. 通过报告。\n\n说明\n\n1. 组织事项\n\n将于 2023 年 12 月 11 日至 15 日在美利坚合众国佐治亚州亚特兰大举行第十届会议，会议将于维也纳时间上午10时在佐治亚世界会议中心开幕。第十一届会议将于 2025 年在卡塔尔多哈举行。\n";

#[test]
fn conference_in_atlanta() {
    let found = annotate(COSP10, &Options::default());
    assert_eq!(found.metadata.meeting.as_ref().and_then(|m| m.place.as_deref()), Some("亚特兰大"));
    assert_eq!(spans(COSP10, &found, Kind::Place), ["亚特兰大", "美利坚合众国佐治亚州亚特兰大", "佐治亚世界会议中心", "卡塔尔多哈"]);
    assert!(participants(COSP10, &found).is_empty());
    let usa = found.participants.iter().find(|p| p.iso3.as_deref() == Some("USA"));
    assert!(usa.is_none(), "a State inside a venue is the place's, not a participant");
}
