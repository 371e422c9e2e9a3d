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
    assert_eq!(found.metadata.title.as_deref(), Some("2023 年 6 月 5 日至 7 日在维也纳举行的打击贩运人口问题工作组会议的报告"));
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

const HRC: &str = "\n\n\n\n联 合 国\tA/HRC/55/2\n\n大  会\tDistr.: General\n2 May 2024\n\nChinese\nOriginal: English\n\n人权理事会\n第五十五届会议\n2024年2月26日至4月5日\n议程项目1\n组织和程序事项\n\n人权理事会第五十五届会议报告\n\n副主席兼报告员：穆罕默杜·卡赫（冈比亚）\n\n一. 组织和程序事项\n\nA. 会议开幕和会期\n\n1. 人权理事会于2024年2月26日至4月5日在联合国日内瓦办事处举行第五十五届会议。人权理事会主席奥马尔·兹尼贝尔（摩洛哥）宣布会议开幕。\n\n2. 根据理事会第5/1号决议附件所载体制建设一揽子计划第8(b)条，第五十五届会议组织会议于2024年2月19日举行。\n\nB. 出席情况\n\n3. 理事会成员国、理事会观察员国、非成员国观察员和其他观察员以及联合国实体、专门机构和有关组织、政府间组织和其他实体、国家人权机构和非政府组织的代表出席了本届会议（见附件二）。\n\nC. 议程和工作方案\n\n4. 在2024年2月26日第1次会议上，理事会通过了本届会议的议程和工作方案。通过的议程如下：\n\n1. 组织和程序事项。\n\n2. 联合国人权事务高级专员的年度报告以及高级专员办事处和秘书长的报告。\n\n3. 增进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权。\n\nD. 工作安排\n\n5. 在同次会议上，比利时代表（代表欧洲联盟）发了言。巴基斯坦代表（代表伊斯兰合作组织）也发了言。\n\n6. 理事会决定：(a) 以混合形式举行一般性辩论；(b) 将发言限制在90秒以内。\n\n7. 在2024年2月26日第2次会议上，联合国人权事务高级专员福尔克尔·蒂尔克介绍了年度报告。中国香港特别行政区的代表团成员也出席了会议。俄罗斯联邦代表作为当事国发了言。\n\n8. 教廷观察员和巴勒斯坦国观察员发了言。红十字国际委员会观察员和联合国难民事务高级专员办事处代表也发了言。\n\n9. 下列非政府组织发了言：大赦国际、人权观察、国际人权服务社、某某人权基金会。\n\n10. 根据经济及社会理事会议事规则第37条，理事会决定邀请某某专家出席会议。\n\n11. 巴勒斯坦国常驻联合国日内瓦办事处观察员代表团观察员行使答辩权发了言。秘书处将以联合国所有语文分发报告。联合国系统各实体应予协助。\n\n附件二\n\n出席情况\n\n人权理事会成员国\n\n阿尔巴尼亚、阿尔及利亚、阿根廷、孟加拉国、比利时、贝宁、多民族玻利维亚国、巴西、中国、古巴、芬兰、法国、冈比亚、德国、印度、日本、摩洛哥、荷兰王国、卡塔尔、南非、阿拉伯联合酋长国、美利坚合众国、越南\n\n由观察员代表的联合国会员国\n\n阿富汗、安道尔、澳大利亚、奥地利、朝鲜民主主义人民共和国、伊朗伊斯兰共和国、大韩民国、俄罗斯联邦、阿拉伯叙利亚共和国、土耳其、大不列颠及北爱尔兰联合王国、委内瑞拉玻利瓦尔共和国\n\n由观察员代表的非会员国\n\n教廷、巴勒斯坦国\n\n联合国\n\n人道主义事务协调厅、联合国儿童基金会、联合国开发计划署\n\n专门机构和有关组织\n\n国际劳工组织、世界卫生组织\n\n政府间组织\n\n非洲联盟、欧洲委员会、欧洲联盟、伊斯兰合作组织\n\n其他实体\n\n红十字国际委员会\n\n国家人权机构\n\n菲律宾人权委员会、丹麦人权研究所、某某国家监察员办公室\n\n非政府组织\n\n大赦国际、人权观察、国际法学家委员会、某某人权基金会\n";

#[test]
fn human_rights_council_session_report() {
    let found = annotate(HRC, &Options::default());
    let numbers: Vec<&str> = found.agenda.iter().map(|n| n.number.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3"]);
    // Numbered paragraphs, section headings and `(a) …；(b) …` are no items.
    let items = spans(HRC, &found, Kind::AgendaItem);
    assert_eq!(items.len(), 4, "{items:?}");
    let got = participants(HRC, &found);
    // China only in its own right, not in 中国香港特别行政区; no Office at
    // Geneva as venue or as the office a mission is accredited to; no
    // Council as the owner of rules of procedure.
    assert_eq!(got.iter().filter(|p| p.as_str() == "中国=CHN").count(), 1);
    assert!(!got.iter().any(|p| p == "联合国日内瓦办事处" || p == "经济及社会理事会" || p == "联合国"), "{got:?}");
    let roles = |name: &str| found.participants.iter().find(|e| e.name == name).map(|e| e.roles.clone()).unwrap_or_default();
    assert_eq!(roles("阿尔巴尼亚"), ["member State"]);
    assert_eq!(roles("阿富汗"), ["observer State"]);
    assert_eq!(roles("教廷"), ["observer State"]);
    assert_eq!(roles("人道主义事务协调厅"), ["UN entity"]);
    assert_eq!(roles("菲律宾人权委员会"), ["other entity"]);
    assert_eq!(roles("某某人权基金会"), ["NGO"]);
    assert_eq!(roles("奥马尔·兹尼贝尔"), ["人权理事会主席"]);
}

const CND_REPORT: &str = "\n\n\n\n联 合 国\tE/2024/28-E/CN.7/2024/15\n\n经济及社会理事会\tDistr.: General\n2 April 2024\n\nChinese\nOriginal: English\n\n麻醉药品委员会\n\n2023年12月8日和2024年3月14日至22日第六十七届会议的报告\n\n第八章\n\n会议安排和行政事项\n\nA. 会议开幕和会期\n\n60. 麻醉药品委员会于2024年3月14日至22日在维也纳举行了第六十七届会议。委员会共举行了12次全体会议。\n\n61. 委员会主席 Jozef Ziemowit Sikora（波兰）宣布会议开幕。毒品和犯罪问题办公室执行主任加达·瓦利致开幕词。国际麻醉品管制局主席贾格吉特·帕维迪亚也作了发言。\n\n62. 下列国家代表发了言：巴基斯坦（代表77国集团和中国）、尼日利亚（代表非洲国家组）、比利时（代表欧洲联盟）、中国、美利坚合众国。\n\nB. 出席情况\n\n63. 委员会53个成员国的代表出席了会议。还有联合国其他会员国、非会员国、联合国系统各实体、政府间组织和非政府组织的观察员出席了会议（与会者名单见E/CN.7/2024/INF/2）。\n\n64. 下列委员会成员国派代表出席了会议：阿尔及利亚、澳大利亚、奥地利、巴西、中国、哥伦比亚、埃及、法国、德国、印度、日本、肯尼亚、墨西哥、荷兰王国、尼日利亚、巴基斯坦、俄罗斯联邦、南非、泰国、大不列颠及北爱尔兰联合王国和美利坚合众国。\n\n65. 下列政府间组织派观察员出席了会议：非洲联盟、欧洲委员会、国际刑事警察组织（国际刑警组织）、欧洲毒品和毒瘾监测中心、某某区域禁毒中心。\n\nC. 选举主席团成员\n\n66. 根据经济及社会理事会职司委员会议事规则第15条，委员会在2023年12月8日第六十六届会议续会闭幕时选出了下列主席团成员：\n\n主席：\tJozef Ziemowit Sikora（波兰）\n第一副主席：\tHernán Caballero（智利）\n报告员：\tSalma Ahmed（埃及）\n\nD. 通过议程和其他组织事项\n\n67. 委员会在2024年3月14日第1次会议上以协商一致方式通过了经济及社会理事会第2023/333号决定核准的临时议程（E/CN.7/2024/1）。议程如下：\n\n1. 选举主席团成员。\n\n2. 通过议程和其他组织事项。\n\n3. 一般性辩论。\n\n4. 委员会附属机构的工作。\n\n5. 其他事项。\n\n6. 通过委员会第六十七届会议报告。\n\n68. 委员会在同次会议上核准了工作安排。秘书处的一位代表作了介绍性发言。\n\n一. 导言\n\n69. 在委员会审议议程项目4期间，(a) 近东和中东非法贩运毒品及相关问题小组委员会；(b) 亚洲及太平洋国家禁毒执法机构负责人会议分别报告了工作。\n\n70. 中国香港特别行政区和中国澳门特别行政区的专家参加了讨论。会议以联合国所有语文举行。\n\nE. 通过报告\n\n71. 委员会于2024年3月22日通过了本届会议的报告。\n";

#[test]
fn narcotic_drugs_session_report() {
    let found = annotate(CND_REPORT, &Options::default());
    let numbers: Vec<&str> = found.agenda.iter().map(|n| n.number.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(spans(CND_REPORT, &found, Kind::AgendaItem).len(), 6);
    let got = participants(CND_REPORT, &found);
    for want in ["贾格吉特·帕维迪亚=国际麻醉品管制局主席/-", "Jozef Ziemowit Sikora=主席/POL", "Hernán Caballero=第一副主席/CHL", "Salma Ahmed=报告员/EGY", "某某区域禁毒中心"] {
        assert!(got.iter().any(|p| p == want), "{want} in {got:?}");
    }
    assert!(!got.iter().any(|p| p == "联合国" || p == "经济及社会理事会" || p == "麻醉药品委员会"), "{got:?}");
    assert_eq!(got.iter().filter(|p| p.as_str() == "中国=CHN").count(), 2);
}

const ESCAP: &str = "\n\n\n\n联 合 国\tE/ESCAP/80/1\n\n经济及社会理事会\tDistr.: General\n1 March 2024\n\nChinese\nOriginal: English\n\n亚洲及太平洋经济社会委员会\n\n第八十届会议\n\n2024年4月22日至26日，曼谷\n\n临时议程\n\n1. 会议开幕。\n2. 选举主席团成员。\n3. 通过议程。\n4. 区域合作：\n(a) 执行《2019 年部长级宣言》；\n(b) 2022/23 年度方案执行情况。\n5. 通过报告。\n\n说明\n\n1. 委员会第八十届会议将在泰国曼谷联合国会议中心举行。会议将由联合国副秘书长兼执行秘书阿米达·萨利希娅·阿利斯雅巴纳女士和泰国外交部长张军先生宣布开幕。\n\n2. 主席团成员：\n\n主席：\nGhislain D'hoop（比利时）\n副主席：王毅（中国）\n\n3. 在议程第 4(a) 项下，委员会将审议 2019 年部长级宣言和 2022-2023 两年期的执行情况。筹备会议曾在联合国日内瓦办事处举行。\n";

#[test]
fn regional_commission_in_bangkok() {
    let found = annotate(ESCAP, &Options::default());
    let got = participants(ESCAP, &found);
    assert_eq!(
        got,
        [
            "阿米达·萨利希娅·阿利斯雅巴纳=联合国副秘书长兼执行秘书/-",
            "泰国=THA",
            "张军=泰国外交部长/THA",
            "Ghislain D'hoop=主席/BEL",
            "比利时=BEL",
            "王毅=副主席/CHN",
            "中国=CHN",
        ]
    );
    assert_eq!(spans(ESCAP, &found, Kind::Place), ["曼谷", "泰国曼谷联合国会议中心", "联合国日内瓦办事处"]);
    // The declaration's year is its name's; a biennium and a financial year are periods.
    assert_eq!(spans(ESCAP, &found, Kind::Date), ["1 March 2024", "2024年4月22日至26日", "2022/23 年度", "2022-2023"]);
    assert_eq!(spans(ESCAP, &found, Kind::AgendaRef), ["议程第 4(a) 项"]);
}

#[test]
fn a_conference_centre_of_the_data_is_the_venue_not_its_state() {
    let text = "第十一届会议将于 2025 年 12 月 15 日至 19 日在卡塔尔国家会议中心举行。";
    let found = annotate(text, &Options::default());
    assert_eq!(spans(text, &found, Kind::Place), ["卡塔尔国家会议中心"]);
    assert!(participants(text, &found).is_empty());
}

#[test]
fn networks_and_initiatives_of_the_anti_corruption_community() {
    let text = "埃格蒙特金融情报机构集团、采掘业透明度倡议、阿拉伯反腐败和廉政网络和欧洲检察官办公室的观察员发了言。";
    let found = annotate(text, &Options::default());
    assert_eq!(participants(text, &found), ["埃格蒙特金融情报机构集团", "采掘业透明度倡议", "阿拉伯反腐败和廉政网络", "欧洲检察官办公室"]);
}

#[test]
fn the_stolen_asset_recovery_initiative_under_either_order_of_its_parents() {
    let text = "世界银行/毒品和犯罪问题办公室追回被盗资产举措和毒品和犯罪问题办公室/世界银行追回被盗资产举措。";
    let found = annotate(text, &Options::default());
    assert_eq!(participants(text, &found), ["世界银行/毒品和犯罪问题办公室追回被盗资产举措", "毒品和犯罪问题办公室/世界银行追回被盗资产举措"]);
}
