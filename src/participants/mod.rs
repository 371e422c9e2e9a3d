//! Participants: States, organisations, persons and UN regional groups
//! named as taking part or acting, and the document-level list of who took
//! part and how.
//!
//! Sources, in order:
//! - names of the [`crate::gazetteer`] (every UN Member State and observer,
//!   the European Union, UN entities, intergovernmental organisations and
//!   networks, regional groups): `卡塔尔代表报告…` → `卡塔尔` {state, QAT};
//! - a special administrative region named as a delegation (`中国香港`,
//!   `Hong Kong, China`) is an organisation, a place where it is a venue;
//! - a bracketed short form after an organisation belongs to its span
//!   (`联合国开发计划署（开发署）`), and a short form the document introduced
//!   this way is found alone later (`开发署`);
//! - every entry of an attendance list (`下列政府间组织派观察员出席了会议：
//!   亚非法律协商组织、…。`), known or not;
//! - persons: a Latin-script name after a role and before a bracketed State
//!   (`缔约国会议副主席 Aftab Ahmad Khokher（巴基斯坦）`), or after a title
//!   in English (`Mr. Amr Adel Hosny (Egypt), President`); a name
//!   transliterated with a middle dot ([`crate::names_zh`]: `主席马里亚诺·加西亚（秘鲁）`);
//!   in a bureau table the role is the row's first cell (`主席：\tX（秘鲁）`),
//!   or the one above for a continuation row;
//! - an English list of participants (INF document): each State or
//!   organisation heading its block, and each person with the block's State
//!   and the delegation label as role (`Adviser: Mr. Karim HADDAD`).
//!
//! Deliberately left out: the bodies the document is about (the Conference,
//! its subsidiary bodies, the secretariat) are not in the data, and a body
//! that the cover names alone on a line (`麻醉药品委员会`) is dropped with the
//! subsidiaries the data gives it; an organ that numbers its own resolution
//! (`经济及社会理事会第 2002/1 号决议`) is the symbol's body; `大会` is
//! kept only where the Assembly acts (not in `大会特别会议` nor as the body
//! of `大会第 58/4 号决议`); `联合国` not in fixed expressions (`联合国系统`,
//! `联合国所有语文`); a State inside a language or people (`西班牙语`,
//! `中国人民`) or a title (`《北京宣言》`). States inside a venue
//! (`埃及沙姆沙伊赫`) are found here and dropped by [`crate::resolve`] in
//! favour of the place.
//!
//! One pass a module, run in this order by [`find_participants`]:
//! `mentions` (gazetteer hits and their context checks), `own_body` (the
//! body the document is about and the masthead), `shorts` (bracketed short
//! forms found again), `lists` (attendance lists), `sources` (`来自…的主讲人`),
//! `persons` (with `bureau` for the role cells of bureau tables),
//! `signatures` (`(Signed) Jane Doe` under a letter), `delegations_en` (the
//! English list of participants, which replaces what the others read in it;
//! `persons` takes the State blocks of a Chinese one from `delegations_zh`); `summary`
//! builds the document-level list from the annotations.

mod agencies;
mod bureau;
mod delegations_en;
mod delegations_zh;
mod lists;
mod mentions;
mod own_body;
mod persons;
mod shorts;
mod signatures;
mod sources;
mod summary;

use crate::gazetteer::{self, Entry};
use crate::model::Annotation;
use crate::span::Span;
use crate::text::{is_cjk, is_ws, Document};

pub(crate) use persons::HONORIFICS;
pub use summary::summarize;

/// Finds participants in `doc`, given the gazetteer's names in it (`hits`,
/// from [`gazetteer::scan`], shared with the places). Linear in the text;
/// never panics.
pub fn find_participants(doc: &Document, hits: &[gazetteer::Hit]) -> Vec<Annotation> {
    let text = doc.text;
    let mut shorts: Vec<String> = Vec::new();
    let mut out = mentions::find_mentions(text, hits, &mut shorts);
    own_body::drop_own_body(text, &mut out);
    shorts::find_shorts(text, &shorts, hits, &mut out);
    out.extend(mentions::find_special_regions(doc, hits));
    crate::resolve::sort(&mut out);
    lists::find_lists(doc, &mut out);
    sources::find_sources(text, &mut out);
    persons::find_persons(doc, &mut out);
    signatures::find_signatures(text, &mut out);
    delegations_en::find_delegations(doc, &mut out);
    out
}

/// Where any of `needles` starts in `text`, sorted.
fn anchors(text: &str, needles: &[&str]) -> Vec<usize> {
    let mut at: Vec<usize> = needles.iter().flat_map(|n| text.match_indices(n).map(|(i, _)| i)).collect();
    crate::sorting::sort(&mut at);
    at.dedup();
    at
}

/// The spans of `sorted` (by start, not overlapping each other) that
/// overlap `span`.
fn overlapping(sorted: &[Annotation], span: Span) -> Vec<Span> {
    let i = sorted.partition_point(|a| a.span.start < span.end);
    // An attendance entry holds few names: looking back a bounded number of
    // spans keeps this O(log n).
    let mut found: Vec<Span> = sorted[..i].iter().rev().take(16).map(|a| a.span).filter(|s| s.overlaps(span)).collect();
    found.reverse();
    found
}

/// The text without whitespace when it is Chinese (PDF line breaks), else
/// with runs of whitespace made one space.
fn squeeze(s: &str) -> String {
    // Most names hold no whitespace: they are their own squeezed form.
    if !s.contains(char::is_whitespace) {
        return s.to_string();
    }
    if is_cjk_text(s) {
        let mut out = String::with_capacity(s.len());
        let mut prev_ascii = false;
        let mut pending_space = false;
        for c in s.chars() {
            if is_ws(c) {
                pending_space = !c.is_ascii() || c == ' ' || c == '\t' || pending_space;
                continue;
            }
            // Keep a written space between digits and ideographs (`20 国集团`).
            if pending_space && (prev_ascii || c.is_ascii_alphanumeric()) && !s.contains('\n') {
                out.push(' ');
            }
            pending_space = false;
            prev_ascii = c.is_ascii_alphanumeric();
            out.push(c);
        }
        out
    } else {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// True when `s` holds an ideograph: a name written in Chinese.
fn is_cjk_text(s: &str) -> bool {
    s.chars().any(is_cjk)
}

/// An organisation's name without the bracketed short form its mention
/// holds (`联合国开发计划署（开发署）` → `联合国开发计划署`), given that short form.
pub fn organization_base<'a>(name: &'a str, short: Option<&str>) -> &'a str {
    match short {
        Some(_) => name.split(['（', '(']).next().unwrap_or(name).trim_end(),
        None => name,
    }
}

/// What makes two organisation mentions the same organisation: the
/// gazetteer entry when there is one, else the name (without its bracket).
/// The participant list groups by it, and so does the page.
pub fn organization_key(base: &str) -> String {
    match gazetteer::lookup(base) {
        Some(Entry::Organization(i)) => format!("#{i}"),
        _ => base.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ParticipantValue, Value};

    /// `text=type:detail` for each participant found.
    pub(super) fn found(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        described(text, &find_participants(&doc, &gazetteer::scan(doc.text)))
    }

    /// The participants that the whole annotator keeps in `text`, once
    /// conflicts with the other kinds are resolved, as [`found`] writes them.
    fn kept(text: &str) -> Vec<String> {
        let all = crate::annotate(text, &crate::Options::default()).annotations;
        let participants: Vec<_> = all.into_iter().filter(|a| a.kind == crate::Kind::Participant).collect();
        described(text, &participants)
    }

    /// Each participant as `text=type[:details]`.
    fn described(text: &str, participants: &[Annotation]) -> Vec<String> {
        participants
            .iter()
            .map(|a| {
                let t = &text[a.span.range()];
                match &a.value {
                    Value::Participant(ParticipantValue::State { iso3, .. }) => format!("{t}=state:{iso3}"),
                    Value::Participant(ParticipantValue::Organization { short: Some(s), .. }) => format!("{t}=org:{s}"),
                    Value::Participant(ParticipantValue::Organization { .. }) => format!("{t}=org"),
                    Value::Participant(ParticipantValue::Group { .. }) => format!("{t}=group"),
                    Value::Participant(ParticipantValue::Person { state, role, .. }) => {
                        format!("{t}=person:{}:{}", state.as_deref().unwrap_or("-"), role.as_deref().unwrap_or("-"))
                    }
                    _ => format!("{t}=?"),
                }
            })
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("卡塔尔代表报告本国政府表示愿意主办会议。", &["卡塔尔=state:QAT"]),
            ("由巴西、俄罗斯联邦、印度、中国和南非组成的集团", &["巴西=state:BRA", "俄罗斯联邦=state:RUS", "印度=state:IND", "中国=state:CHN", "南非=state:ZAF"]),
            ("与联合国、世界银行和捐助方建立了伙伴关系", &["联合国=org", "世界银行=org"]),
            ("提供联合国所有语文的文件", &[]),
            ("会议文件将以联合国所有正式语文分发。", &[]),
            ("(b) 联合国国际药物管制规划的政策指示；联合国预防犯罪和刑事司法方案网各研究所", &[]),
            ("联合国在索马里的战略规划工作", &["联合国=org", "索马里=state:SOM"]),
            ("联合国协助制定国家方案；联合国药物管制规划署", &["联合国=org"]),
            ("持有联合国通行证的人员", &[]),
            ("2 联合国，《条约汇编》，第 2349 卷，第 42146 号。", &[]),
            ("联合国系统各组织", &[]),
            ("下列联合国办事处、机关、基金和方案派观察员出席了会议：联合国开发计划署。", &["联合国开发计划署=org"]),
            ("联合国下列非委员会成员国的观察员也出席了会议：阿根廷。", &["阿根廷=state:ARG"]),
            ("The following United Nations offices, organs, funds and programmes and United Nations organizations attended: UNDP.", &["UNDP=org"]),
            // An office as the building one enters, goes to or leaves.
            ("代表团可进入联合国内罗毕办事处领取证件，并前往\n联合国维也纳办事处", &[]),
            ("联合国内罗毕办事处协助进入维也纳的联合国维也纳办事处代表", &["联合国内罗毕办事处=org", "联合国维也纳办事处=org"]),
            ("前往毒品和犯罪问题办公室的代表", &["毒品和犯罪问题办公室=org"]),
            ("Delegates may enter the United Nations Office at Nairobi; access to the\nUnited Nations Office at Vienna", &[]),
            ("the United Nations Office at Nairobi and the centre of the United Nations Office at Vienna joined UNODC", &["United Nations Office at Nairobi=org", "United Nations Office at Vienna=org", "UNODC=org"]),
            // The EU's institutions, each an organisation, and the Council of Europe.
            ("欧洲联盟、欧盟委员会、欧洲理事会、欧洲联盟理事会和欧洲委员会", &["欧洲联盟=state:EUU", "欧盟委员会=org", "欧洲理事会=org", "欧洲联盟理事会=org", "欧洲委员会=org"]),
            ("the European Council and the Council of the European Union", &["European Council=org", "Council of the European Union=org"]),
            // Speakers of a summary record named in ideographs without a dot.
            ("5. 卡马拉女士（几内亚）和佩雷拉先生（几内亚比绍）说", &["卡马拉=person:GIN:-", "几内亚=state:GIN", "佩雷拉=person:GNB:-", "几内亚比绍=state:GNB"]),
            ("各位先生（女士）", &[]),
            ("2. 瓦利女士（毒品和犯罪问题办公室执行主任）说", &["瓦利=person:-:毒品和犯罪问题办公室执行主任", "毒品和犯罪问题办公室=org"]),
            // A State before on whose behalf it speaks; an office's bracket before the State's; an organisation's observer.
            ("5. 罗德里格斯先生（古巴，代表 77 国集团和中国）说", &["罗德里格斯=person:CUB:-", "古巴=state:CUB", "77 国集团和中国=org"]),
            ("后来：\t米哈伊尔·彼得罗夫先生（副主席）（俄罗斯联邦）", &["米哈伊尔·彼得罗夫=person:RUS:副主席", "俄罗斯联邦=state:RUS"]),
            ("6. 阿卜杜拉女士（阿拉伯国家联盟观察员）说", &["阿卜杜拉=person:-:阿拉伯国家联盟观察员", "阿拉伯国家联盟=org"]),
            ("3. Mr. Petrov (Vice-Chair) (Russian Federation)\n5. Mr. Dupont (Observer for the European Union)", &["Petrov=person:RUS:Vice-Chair", "Russian Federation=state:RUS", "Dupont=person:EUU:Observer for the European Union", "European Union=state:EUU"]),
            ("1. Mr. Rodríguez (Cuba, on behalf of the Group of 77 and China)", &["Rodríguez=person:CUB:-", "Cuba=state:CUB", "Group of 77 and China=org"]),
            // An unknown forum's observer is no office; a bracket after an office's that holds no State adds none.
            ("6. 阿卜杜拉女士（某某论坛观察员）和卡马拉先生（主席）（某地）说", &["卡马拉=person:-:主席"]),
            ("6. 杜邦先生（欧洲联盟观察员）和 Ana Pérez 女士（墨西哥代表）说", &["杜邦=person:EUU:-", "欧洲联盟=state:EUU", "Ana Pérez=person:MEX:-", "墨西哥=state:MEX"]),
            // A person's or a river's name, not the State.
            ("awarded to Chad Johnson of the University of Georgia, and to Michael Jordan, near the Niger River", &[]),
            ("Chad, Georgia and Jordan took part; the delegations of Burundi Chad Chile", &["Chad=state:TCD", "Georgia=state:GEO", "Jordan=state:JOR", "Burundi=state:BDI", "Chad=state:TCD", "Chile=state:CHL"]),
            ("assistance to Guinea Bissau, Guinea Conakry and to the Panama Papers inquiry", &["Guinea Bissau=state:GNB", "Guinea Conakry=state:GIN"]),
            // Inside a title: a subject, not who takes part.
            ("参考了《2024年财务报告，第一卷：联合国》和世界银行的数据", &["世界银行=org"]),
            ("在题为“国际货币基金组织与反腐败”的报告中，埃及指出", &["埃及=state:EGY"]),
            ("the study \"The World Bank and asset recovery\" and Egypt", &["Egypt=state:EGY"]),
            ("statements, Volume I: United Nations (A/79/5 (Vol. I))", &[]),
            ("the following statement:\n\n“The Security Council reaffirms its resolution.”", &["Security Council=org"]),
            ("the report entitled “Egypt and the World Bank”", &[]),
            ("“世界银行”项目由世界银行资助", &["世界银行=org", "世界银行=org"]),
            ("作为“一个联合国”执行该方案", &[]),
            ("来自联合国五个区域集团的专家", &[]),
            ("大会第 58/4 号决议通过了《联合国反腐败公约》", &[]),
            ("举行一次大会特别会议。", &[]),
            ("大会在第 74/276 号决议中决定", &["大会=org"]),
            ("转交大会通过", &["大会=org"]),
            ("其中大会通过了成果文件，此后大会又决定", &["大会=org", "大会=org"]),
            ("世界卫生大会和缔约国大会", &[]),
            ("反腐败问题大会特别会议期间", &[]),
            ("adopted at the special session of the\nGeneral Assembly against corruption", &[]),
            ("联合国开发计划署（开发署）和开发署", &["联合国开发计划署（开发署）=org:开发署", "开发署=org"]),
            ("联合国开发计划署（以下简称“开发署”）与开发署", &["联合国开发计划署（以下简称“开发署”）=org:开发署", "开发署=org"]),
            ("世界银行（“世行”和“基金组织”）", &["世界银行=org", "世行=org", "基金组织=org"]),
            ("欧洲联盟刑事司法合作署（欧洲司法合作署）", &["欧洲联盟刑事司法合作署（欧洲司法合作署）=org:欧洲司法合作署"]),
            ("西班牙语和中国人民银行", &["中国人民银行=org"]),
            // Dot leaders between an officer's name and the bracket of its State.
            ("President: Mr. Al-Thani ............ (Qatar)", &["Al-Thani=person:QAT:President", "Qatar=state:QAT"]),
            ("德国马克时期的美国式控制、瑞士法郎和法国大革命以来", &[]),
            ("与南非洲发展共同体和刚果河流域", &[]),
            ("印度储备银行、莫桑比克国家银行与南非", &["印度储备银行=org", "莫桑比克国家银行=org", "南非=state:ZAF"]),
            ("加拿大元、印度卢比、埃及镑、土耳其里拉和越南战争；法国元首和加拿大", &["法国=state:FRA", "加拿大=state:CAN"]),
            ("南非和德国的代表；法国、瑞典", &["南非=state:ZAF", "德国=state:DEU", "法国=state:FRA", "瑞典=state:SWE"]),
            ("拉美国家", &[]),
            ("发展中国家和最不发达国家", &[]),
            ("在此过程中国际合作和朝鲜半岛", &[]),
            ("中国和朝鲜的代表", &["中国=state:CHN", "朝鲜=state:PRK"]),
            ("加勒比海地区的海地", &["海地=state:HTI"]),
            ("明智利用资源，智利代表", &["智利=state:CHL"]),
            ("印度洋和乍得湖", &[]),
            ("5,000 United States dollars for the United States", &["United States=state:USA"]),
            ("非洲国家组将提名主席", &["非洲国家组=group"]),
            ("由缔约国会议副主席 Aftab Ahmad Khokher（巴基斯坦）主持", &["Aftab Ahmad Khokher=person:PAK:缔约国会议副主席", "巴基斯坦=state:PAK"]),
            (
                "由联合国反腐败公约缔约国会议候任主席 Amr Adel Hosny（埃及）主持",
                &["Amr Adel Hosny=person:EGY:缔约国会议候任主席", "埃及=state:EGY"],
            ),
            ("The meeting was chaired by Mr. Amr Adel Hosny (Egypt), President of the Conference.", &["Amr Adel Hosny=person:EGY:President of the Conference", "Egypt=state:EGY"]),
            ("The meeting was chaired by Mr. Harib Saeed Al Amimi (United Arab Emirates).", &["Harib Saeed Al Amimi=person:ARE:Chair", "United Arab Emirates=state:ARE"]),
            ("Ms. María Laura GÓMEZ (Argentina) spoke.", &["María Laura GÓMEZ=person:ARG:-", "Argentina=state:ARG"]),
            ("The meeting was chaired by Ana Paula Ferreira (Brazil).", &["Ana Paula Ferreira=person:BRA:Chair", "Brazil=state:BRA"]),
            ("Ms. Jordan spoke.", &["Jordan=person:-:-"]),
            // A titled name cut by a PDF line break goes on with one capitalised word before its State or office.
            ("Statements were made by Ms. Ana\nKowalska (Poland) and others.", &["Ana\nKowalska=person:POL:-", "Poland=state:POL"]),
            ("It heard Mr. Juan\nPerez, Chair of the Group of 77 and China.", &["Juan\nPerez=person:-:Chair of the Group of 77 and China", "Group of 77 and China=org"]),
            ("It heard Ms. Ana\nThe Commission met.", &["Ana=person:-:-"]),
            ("It heard Ms. Ana\nPoland (Chile) spoke.", &["Ana=person:-:-", "Poland=state:POL", "Chile=state:CHL"]),
            // The office after the person whom the verb before elects.
            ("The Conference elected Ms. Ana Kowalska (Poland) Vice-Chair.", &["Ana Kowalska=person:POL:Vice-Chair", "Poland=state:POL"]),
            ("The Conference thanked Ms. Ana Kowalska (Poland) Vice-Chair.", &["Ana Kowalska=person:POL:-", "Poland=state:POL"]),
            // The organisation a mission is accredited to is part of the mission's designation.
            ("the Permanent Mission of Egypt to the United Nations (Vienna) and the World Bank (Kenya)", &["Egypt=state:EGY", "World Bank=org", "Kenya=state:KEN"]),
            ("The observer for the Permanent Observer Mission of the State of Palestine to the United Nations Office at Geneva spoke.", &["State of Palestine=state:PSE"]),
            ("The observer mission of the Holy See to the United Nations made a statement.", &["Holy See=state:VAT"]),
            ("巴勒斯坦国常驻联合国日内瓦办事处观察员代表团和埃及常驻联合国代表", &["巴勒斯坦国=state:PSE", "埃及=state:EGY"]),
            ("The United Nations Office at Geneva and the United Nations delivered aid to the Sudan.", &["United Nations Office at Geneva=org", "United Nations=org", "Sudan=state:SDN"]),
            ("联合国日内瓦办事处与联合国驻地协调员合作", &["联合国日内瓦办事处=org"]),
            ("还有联合国其他会员国和非会员国的观察员", &[]),
            ("联合国系统执行联合国处理全球腐败问题的共同立场，联合国执行了该立场", &["联合国=org"]),
            ("the United Nations common position to address global corruption", &[]),
            ("the Secretary-General of the United Nations, in the official languages of the United Nations", &[]),
            ("as announced in the Journal of the United Nations", &[]),
            ("肯尼亚常驻\n联合国（维也纳）代表", &["肯尼亚=state:KEN"]),
            // A venue is a place.
            ("The Council held its session at the United Nations Office\nat Geneva. The United Nations Office at Geneva hosted it.", &["United Nations Office at Geneva=org"]),
            ("理事会在联合国日内瓦办事处举行会议，联合国日内瓦办事处在会上发言", &["联合国日内瓦办事处=org"]),
            ("a meeting held with the World Health Organization at the World Bank", &["World Health Organization=org"]),
            // A State that names the country of its city is part of a place.
            ("a workshop in Bangkok,\nThailand, for Viet Nam; 在泰国曼谷为越南举办培训", &["Viet Nam=state:VNM", "越南=state:VNM"]),
            ("in Kyoto, Japan, and in Geneva, Japan and Thailand", &["Japan=state:JPN", "Thailand=state:THA"]),
            // A national body named after its State.
            ("the Kenya National\nCommission on Human Rights, the Uganda Human Rights Commission and the United States Agency for International Development", &["Kenya National\nCommission on Human Rights=org", "Uganda Human Rights Commission=org", "United States Agency for International Development=org"]),
            ("Kenya and the African Union Commission; Kenya, Uganda; Kenya Airways", &["Kenya=state:KEN", "African Union Commission=org", "Kenya=state:KEN", "Uganda=state:UGA", "Kenya=state:KEN"]),
            ("Strengthening the United Nations Crime Prevention and Criminal Justice Programme; the Fourteenth United Nations Congress on Crime Prevention", &[]),
            ("budgetary questions for the United Nations crime prevention and criminal justice programme and the United Nations international drug control programme", &[]),
            ("The United Nations and programme countries met; the United Nations in its programme of work", &["United Nations=org", "United Nations=org"]),
            ("the United Nations Standard Minimum Rules for the Treatment of Prisoners and the United Nations Declaration on the Rights of Indigenous Peoples", &[]),
            // The owner of rules of procedure does not act.
            ("In accordance with rule 153 of the rules of procedure of the General Assembly, the General Assembly decided", &["General Assembly=org"]),
            ("under rule 15 of the rules of procedure of the functional commissions of the Economic and Social Council", &[]),
            ("根据经济及社会理事会议事规则第37条和经济及社会理事会职司委员会议事规则第 15 条", &[]),
            ("经济及社会理事会通过了议事规则，世界卫生组织的议事规则", &["经济及社会理事会=org"]),
            ("the Economic and Social Council's rules of procedure and the Economic and Social Council", &["Economic and Social Council=org"]),
            // A special administrative region is not a mention of its State.
            ("中国香港特别行政区和中国澳门特别行政区的代表团成员以及中国代表", &["中国香港特别行政区=org", "中国澳门特别行政区=org", "中国=state:CHN"]),
            ("Hong Kong, China, and Macao, China, contributed; the Hong Kong Special Administrative Region of China and China", &["Hong Kong, China=org", "Macao, China=org", "Hong Kong Special Administrative Region of China=org", "China=state:CHN"]),
            // The region as a delegation is an organisation; as a venue, a place; its city alone, neither.
            ("下列国家出席了会议：奥地利、中国、中国香港、埃及。中国澳门的代表作了发言。", &["奥地利=state:AUT", "中国=state:CHN", "中国香港=org", "埃及=state:EGY", "中国澳门=org"]),
            ("Thank you, Mr. President. Ms. Chair and Mr. Secretary-General, Mr. Li (China) spoke.", &["Li=person:CHN:-", "China=state:CHN"]),
            ("H.E. Mr. Harib Saeed Al Amimi (United Arab Emirates), President of the Conference at its eighth session", &["Harib Saeed Al Amimi=person:ARE:President of the Conference", "United Arab Emirates=state:ARE"]),
            ("H.E. Ghada Waly spoke.", &["Ghada Waly=person:-:-"]),
            // A dotted name with a word of address, or with its office after it.
            ("法国的让-皮埃尔·杜邦先生宣布会议开幕", &["法国=state:FRA", "让-皮埃尔·杜邦=person:FRA:-"]),
            ("法国代表的让-皮埃尔·杜邦先生宣布会议开幕", &["法国=state:FRA", "让-皮埃尔·杜邦=person:-:-"]),
            ("毒品和犯罪问题办公室的让-皮埃尔·杜邦先生发了言", &["毒品和犯罪问题办公室=org", "让-皮埃尔·杜邦=person:-:-"]),
            // A State's name glued to a middle dot is part of a name, accepted as a person's or not.
            ("马里亚诺·加西亚出席了会议。", &[]),
            ("马里代表和马里亚诺·加西亚出席了会议。", &["马里=state:MLI"]),
            ("阿明娜·穆罕默德常务副秘书长出席了会议", &["阿明娜·穆罕默德=person:-:常务副秘书长"]),
            // A title between a name and its State's bracket, as a word of address.
            ("张军大使（中国）代表 77 国集团和中国发言", &["张军=person:CHN:-", "中国=state:CHN", "77 国集团和中国=org"]),
            ("The Chair, H.E. Ambassador Ghislain D'hoop (Belgium), opened it.", &["Ghislain D'hoop=person:BEL:Chair", "Belgium=state:BEL"]),
            // The members table of a verbatim record: the State is the cell before.
            (
                "Members:\tAlgeria\tMr. Bendjama\n\tUnited Kingdom of Great Britain and Northern Ireland\tDame Barbara Woodward\n\tAgenda\tMr. Kanu",
                &["Algeria=state:DZA", "Bendjama=person:DZA:-", "United Kingdom of Great Britain and Northern Ireland=state:GBR", "Barbara Woodward=person:GBR:-", "Kanu=person:-:-"],
            ),
            ("Sir Keir spoke with Dame Barbara Woodward.", &["Keir=person:-:-", "Barbara Woodward=person:-:-"]),
            // An untitled name in apposition after an office.
            (
                "the United Nations High Commissioner for Human Rights, Volker Türk, presented it. The Executive Secretary of the UNFCCC, Simon Stiell, spoke.",
                &["Volker Türk=person:-:United Nations High Commissioner for Human Rights", "Simon Stiell=person:-:Executive Secretary of the UNFCCC"],
            ),
            // Must not: a State, an organisation, a place or one word after an office.
            ("the President, Egypt, spoke; the Chair, Human Rights Watch, spoke; the Rapporteur, Vienna, and the Chair, Ghada.", &["Egypt=state:EGY", "Human Rights Watch=org"]),
            ("the Chair, Committee Against Torture.", &[]),
            // A former holder keeps the office as written; the sentence's full stop is no part of the name.
            ("It heard a statement by former Secretary-General Ban Ki-moon.", &["Ban Ki-moon=person:-:former Secretary-General"]),
            ("Secretary-General António Guterres said", &["António Guterres=person:-:Secretary-General"]),
            ("the report of the Secretary-General Committee Against Torture.", &[]),
            ("made by the Chair Ms. Berg and by Secretary-General António Guterres and Under-Secretary-General Rosemary DiCarlo.", &["Berg=person:-:-", "António Guterres=person:-:Secretary-General", "Rosemary DiCarlo=person:-:Under-Secretary-General"]),
            ("elected Mr. A. Fathy (Egypt) as Chair and Ms. L. Torres (Peru) as Rapporteur.", &["A. Fathy=person:EGY:Chair", "Egypt=state:EGY", "L. Torres=person:PER:Rapporteur", "Peru=state:PER"]),
            ("潘基文前任秘书长出席了会议。", &["潘基文=person:-:前任秘书长"]),
            ("委员会选举 Ahmed Fathy 先生（埃及）和 Lucía Torres 女士（秘鲁）分别为主席和报告员。", &["Ahmed Fathy=person:EGY:主席", "埃及=state:EGY", "Lucía Torres=person:PER:报告员", "秘鲁=state:PER"]),
            ("The Commission elected Mr. Ahmed Fathy (Egypt) and Ms. Lucía Torres (Peru) as Chair and Rapporteur, respectively.", &["Ahmed Fathy=person:EGY:Chair", "Egypt=state:EGY", "Lucía Torres=person:PER:Rapporteur", "Peru=state:PER"]),
            // A verb of holding the office before `as`.
            ("opened by Ms. Anna Berg (Sweden) and Mr. Kenji Tanaka (Japan), who served as Chair\nand Rapporteur, respectively.", &["Anna Berg=person:SWE:Chair", "Sweden=state:SWE", "Kenji Tanaka=person:JPN:Rapporteur", "Japan=state:JPN"]),
            ("Mr. Omar Haddad (Jordan) acted as\nVice-Chair.", &["Omar Haddad=person:JOR:Vice-Chair", "Jordan=state:JOR"]),
            ("Mr. Omar Haddad (Jordan), who served on the Bureau as an expert.", &["Omar Haddad=person:JOR:-", "Jordan=state:JOR"]),
            // An entry line of a list is no office wrapped onto the name below it.
            ("潘基文先生阁下，前秘书长\n海伦·克拉克女士，前署长", &["潘基文=person:-:前秘书长", "海伦·克拉克=person:-:前署长"]),
            // Each person elected in a row takes the office after its own name.
            (
                "The Commission elected Mr. Ahmed Fathy (Egypt) Chair and Ms. Lucía Torres (Peru) Rapporteur.",
                &["Ahmed Fathy=person:EGY:Chair", "Egypt=state:EGY", "Lucía Torres=person:PER:Rapporteur", "Peru=state:PER"],
            ),
            ("会议听取了潘基文前秘书长的发言。", &["潘基文=person:-:前秘书长"]),
            // A State with its own bracket, a line break before the bracket.
            (
                "opened by the Chair, Mr. Ali Reza Jahangiri (Iran (Islamic\nRepublic of)). Vice-Chairs: Anna Nowak (Poland) and Juan Ruiz\n(Colombia)",
                &["Ali Reza Jahangiri=person:IRN:Chair", "Iran (Islamic\nRepublic of)=state:IRN", "Anna Nowak=person:POL:Vice-Chair", "Poland=state:POL", "Juan Ruiz=person:COL:Vice-Chair", "Colombia=state:COL"],
            ),
            ("Rapporteur: Sultan Al-Thani\n\n(Qatar) was absent.", &["Qatar=state:QAT"]),
            ("The United States supports the United Nations Relief and Works Agency.", &["United States=state:USA", "United Nations Relief and Works Agency=org"]),
            // A word of address between the name and its State.
            (
                "会议由理事会主席 Omar Zniber 先生（摩洛哥）主持。副主席奥马尔·兹尼贝尔先生（摩洛哥）和 Ana Pérez 女士（阿根廷）发了言。",
                &["Omar Zniber=person:MAR:理事会主席", "摩洛哥=state:MAR", "奥马尔·兹尼贝尔=person:MAR:副主席", "摩洛哥=state:MAR", "Ana Pérez=person:ARG:-", "阿根廷=state:ARG"],
            ),
            ("Mr. Muhammadou M.O. Kah (Gambia) and Ms. Maria de la Cruz (Mexico)", &["Muhammadou M.O. Kah=person:GMB:-", "Gambia=state:GMB", "Maria de la Cruz=person:MEX:-", "Mexico=state:MEX"]),
            (
                "elected four Vice-Presidents: Mr. Asim Ahmed (Pakistan), Ms. Heidi Fox (Finland) and Mr. Omar Kah (Gambia); Rapporteur: Ms. Ana Lee (Chile).",
                &["Asim Ahmed=person:PAK:Vice-President", "Pakistan=state:PAK", "Heidi Fox=person:FIN:Vice-President", "Finland=state:FIN", "Omar Kah=person:GMB:Vice-President", "Gambia=state:GMB", "Ana Lee=person:CHL:Rapporteur", "Chile=state:CHL"],
            ),
            (
                "President:\tAmr Adel Hosny (Egypt)\nVice-Presidents:\tAna Pérez (Argentina)\n\tJohn Smith (Australia)\nRapporteur:\tLi Wei (China)\n\nSanjay Roy (India) spoke.",
                &["Amr Adel Hosny=person:EGY:President", "Egypt=state:EGY", "Ana Pérez=person:ARG:Vice-President", "Argentina=state:ARG", "John Smith=person:AUS:Vice-President", "Australia=state:AUS", "Li Wei=person:CHN:Rapporteur", "China=state:CHN", "Sanjay Roy=person:IND:-", "India=state:IND"],
            ),
            // A role before a name is not a list head: the next person does not share it.
            ("opened by the President, Mr. Asim Ahmed (Pakistan), and Mr. Omar Kah (Gambia) spoke.", &["Asim Ahmed=person:PAK:President", "Pakistan=state:PAK", "Omar Kah=person:GMB:-", "Gambia=state:GMB"]),
            ("the report of the United Nations High Commissioner for Human Rights and the United Nations Secretary-General", &[]),
            ("In General Assembly resolution 58/4, the General Assembly adopted the Convention.", &["General Assembly=org"]),
            ("the special session of the General Assembly against corruption", &[]),
            ("See Security Council resolution 2334 (2016) and Human Rights Council decisions 1/102; the Security Council met.", &["Security Council=org"]),
            ("the United Nations system and the United Nations Convention against Corruption", &[]),
            ("partnership with the United Nations and the World Bank", &["United Nations=org", "World Bank=org"]),
            ("President: Amr Adel Hosny (Egypt)", &["Amr Adel Hosny=person:EGY:President", "Egypt=state:EGY"]),
            (
                "opened by its President, Mr. Mohamed Ali (Egypt). Ms. Ghada Waly, Executive Director of the United Nations Office on Drugs and Crime, spoke.",
                &["Mohamed Ali=person:EGY:President", "Egypt=state:EGY", "Ghada Waly=person:-:Executive Director of the United Nations Office on Drugs and Crime", "United Nations Office on Drugs and Crime=org"],
            ),
            (
                "elected Ms. Ana Pérez (Argentina) and Mr. John Smith (Australia) as Vice-Presidents, and Mr. Li Wei (China) as Rapporteur.",
                &["Ana Pérez=person:ARG:Vice-President", "Argentina=state:ARG", "John Smith=person:AUS:Vice-President", "Australia=state:AUS", "Li Wei=person:CHN:Rapporteur", "China=state:CHN"],
            ),
            ("Statements were made by Mr. Karim Said (Egypt), Mr. Pablo Ruiz (Spain).", &["Karim Said=person:EGY:-", "Egypt=state:EGY", "Pablo Ruiz=person:ESP:-", "Spain=state:ESP"]),
            ("Statement by Maria de la Cruz (Mexico)", &["Maria de la Cruz=person:MEX:-", "Mexico=state:MEX"]),
            ("Venezuela (Bolivarian Republic of) and Pakistan (on behalf of the Group of 77 and China)", &["Venezuela (Bolivarian Republic of)=state:VEN", "Pakistan=state:PAK", "Group of 77 and China=org"]),
            ("Open Ownership（开放所有权组织）", &["Open Ownership（开放所有权组织）=org:开放所有权组织"]),
            ("由 Some Body 主持，Distr General", &[]),
            ("The Republic of Korea (ROK) and United Nations (UN)", &["Republic of Korea=state:KOR", "United Nations (UN)=org:UN"]),
            // A short form of two words keeps the space between them.
            (
                "the Global Operational Network of Anti-Corruption Law Enforcement Authorities (GlobE Network)",
                &["Global Operational Network of Anti-Corruption Law Enforcement Authorities (GlobE Network)=org:GlobE Network"],
            ),
            // A document symbol in brackets is cited, not a short form (the
            // `UNEP` inside the symbol is left for `resolve` to drop).
            ("the report of UNEP (UNEP/EA.5/Res.3)", &["UNEP=org", "UNEP=org"]),
            ("The representatives of Nigeria and the Niger", &["Nigeria=state:NGA", "Niger=state:NER"]),
            ("下列政府间组织派观察员出席了会议：亚非法律协商组织、某某未知区域论坛（未知论坛）。", &["亚非法律协商组织=org", "某某未知区域论坛（未知论坛）=org:未知论坛"]),
            (
                "The following intergovernmental organizations were represented by observers: Council of Europe, Unknown Regional Forum and Asian-African Legal Consultative Organization.",
                &["Council of Europe=org", "Unknown Regional Forum=org", "Asian-African Legal Consultative Organization=org"],
            ),
            (
                "The following non-governmental organizations were represented: Transparency International and Global Initiative against Corruption.",
                &["Transparency International=org", "Global Initiative against Corruption=org"],
            ),
            ("The following States were represented: Trinidad and Tobago, Chad and Japan.", &["Trinidad and Tobago=state:TTO", "Chad=state:TCD", "Japan=state:JPN"]),
            // An office that ends with a State gives the person's State.
            (
                "Statements were made by H.E. Mr. Ahmed Al-Thani, Minister of Justice of Qatar, and by Ms. Ghada Waly, Executive Director of UNODC.",
                &["Ahmed Al-Thani=person:QAT:Minister of Justice of Qatar", "Qatar=state:QAT", "Ghada Waly=person:-:Executive Director of UNODC", "UNODC=org"],
            ),
            // A body named after its parent organization is one name, the longest.
            (
                "The OECD Working Group on Bribery met the Council of Europe Group of States against Corruption (GRECO) and the G20 Anti-Corruption Working Group.",
                &["OECD Working Group on Bribery=org", "Council of Europe Group of States against Corruption (GRECO)=org:GRECO", "G20 Anti-Corruption Working Group=org"],
            ),
            // `and` at a line break joins two entries as ` and ` does.
            (
                "The following intergovernmental organizations were represented by observers:\nUnknown Development Bank and\nUnknown Organization of States, Unknown Forum and\nCouncil of Europe.",
                &["Unknown Development Bank=org", "Unknown Organization of States=org", "Unknown Forum=org", "Council of Europe=org"],
            ),
            (
                "6. The following intergovernmental organizations were represented by observers:\nCouncil of Europe, Eurasian Group on\nCombating Money Laundering and Financing of Terrorism, Regional Anti-Corruption\nForum and Unknown Forum\n7. Statements were made by Unknown Body.",
                &["Council of Europe=org", "Eurasian Group on\nCombating Money Laundering and Financing of Terrorism=org", "Regional Anti-Corruption\nForum=org", "Unknown Forum=org"],
            ),
            (
                "The following intergovernmental organizations were represented:\n\nC. Election of officers\n\nThe Group elected Unknown Chair.",
                &[],
            ),
            (
                "The following intergovernmental organizations were represented by observers:\nCouncil of Europe\nRegional Anti-Corruption Forum\nInternational Anti-Corruption Academy\n\nD. Election of officers",
                &["Council of Europe=org", "Regional Anti-Corruption Forum=org", "International Anti-Corruption Academy=org"],
            ),
            ("会议由理事会主席 Václav Bálek（捷克）主持。", &["Václav Bálek=person:CZE:理事会主席", "捷克=state:CZE"]),
            ("opened by the President, Mr. Antonio Fernández Pérez (Spain).", &["Antonio Fernández Pérez=person:ESP:President", "Spain=state:ESP"]),
            ("来自秘书长副特别代表/联合国索马里驻地协调员综合办公室的主讲人", &["秘书长副特别代表/联合国索马里驻地协调员综合办公室=org"]),
            ("来自本国主计长办公室的代表", &[]),
            ("反腐败执法机关全球业务工作网（全\n\n球网)和全球网", &["反腐败执法机关全球业务工作网（全\n\n球网)=org:全球网", "全球网=org"]),
            ("设在维也纳的反腐败执法机构全球网络", &[]),
            ("联合国打击跨国有组织犯罪公约缔约方会议", &["联合国打击跨国有组织犯罪公约缔约方会议=org"]),
            ("《联合国打击跨国有组织犯罪公约》", &[]),
            ("根据经济及社会理事会第 2002/1 号决议和安全理事会第 1373 (2001) 号决议", &[]),
            ("经济及社会理事会在第 2023/12 号决议中请人权理事会第五十二届会议审议", &["经济及社会理事会=org", "人权理事会=org"]),
            ("回顾经济及社会理事会2021年7月22日第2021/15号决议和大会 2016 年 4 月 19 日第 S-30/1 号决议", &[]),
            ("回顾经济及社会理事会 2021 年 7 月 22 日第 2021/15 号决议", &[]),
            ("人权理事会2023年通过了第52/1号决议", &["人权理事会=org"]),
            ("与联合国难民署、非洲联盟委员会、人权观察和儿基会合作", &["联合国难民署=org", "非洲联盟委员会=org", "人权观察=org", "儿基会=org"]),
            ("亚太国家集团和西欧及其他国家组", &["亚太国家集团=group", "西欧及其他国家组=group"]),
            ("亚洲－太平洋国家组和东欧国家组的代表", &["亚洲－太平洋国家组=group", "东欧国家组=group"]),
            ("叙利亚阿拉伯共和国和梵蒂冈城国", &["叙利亚阿拉伯共和国=state:SYR", "梵蒂冈城国=state:VAT"]),
            ("联合国安全理事会和联合国经济及社会理事会与欧洲刑警组织合作", &["联合国安全理事会=org", "联合国经济及社会理事会=org", "欧洲刑警组织=org"]),
            ("联合国教科文组织、联合国粮农组织和联合国亚太经社会", &["联合国教科文组织=org", "联合国粮农组织=org", "联合国亚太经社会=org"]),
            ("联合国世界粮食计划署和联合国国际劳工组织", &["联合国世界粮食计划署=org", "联合国国际劳工组织=org"]),
            ("联合国、世界银行", &["联合国=org", "世界银行=org"]),
            ("委内瑞拉(玻利瓦尔共和国)、伊朗（伊斯兰共和国）、刚果（布）和阿拉伯国家集团", &["委内瑞拉(玻利瓦尔共和国)=state:VEN", "伊朗（伊斯兰共和国）=state:IRN", "刚果（布）=state:COG", "阿拉伯国家集团=org"]),
            ("由缔约方会议主席马里亚诺·加西亚（秘鲁）宣布开幕", &["马里亚诺·加西亚=person:PER:缔约方会议主席", "秘鲁=state:PER"]),
            ("执行主任加达·法特希·瓦利致开幕词", &["加达·法特希·瓦利=person:-:执行主任"]),
            ("联合国人权事务高级专员 Volker Türk 和世界卫生组织总干事谭德塞·阿德哈诺姆·盖布雷耶苏斯", &["Volker Türk=person:-:联合国人权事务高级专员", "世界卫生组织=org", "谭德塞·阿德哈诺姆·盖布雷耶苏斯=person:-:世界卫生组织总干事"]),
            ("毒品和犯罪问题办公室执行主任加达·瓦利致词", &["毒品和犯罪问题办公室=org", "加达·瓦利=person:-:毒品和犯罪问题办公室执行主任"]),
            ("副主席：玛丽亚·费尔南达（厄瓜多尔）和汉斯·贝克尔（德国）", &["玛丽亚·费尔南达=person:ECU:副主席", "厄瓜多尔=state:ECU", "汉斯·贝克尔=person:DEU:副主席", "德国=state:DEU"]),
            ("来自弗里德里希·艾伯特基金会的代表", &["弗里德里希·艾伯特基金会=org"]),
            // A Chinese name without a dot, before a title or after a role label.
            (
                "会议由联合国副秘书长李军华先生宣布开幕。张军先生（中国）和王毅女士发了言。主席：欧阳明（新加坡）",
                &["李军华=person:-:联合国副秘书长", "张军=person:CHN:-", "中国=state:CHN", "王毅=person:-:-", "欧阳明=person:SGP:主席", "新加坡=state:SGP"],
            ),
            ("主席先生、秘书长先生，韩国大使发了言", &["韩国=state:KOR"]),
            // `联合国` in an office's title or a building's name does not act.
            ("联合国副秘书长兼执行秘书阿米达·阿利斯雅巴纳在曼谷联合国会议中心发言", &["阿米达·阿利斯雅巴纳=person:-:联合国副秘书长兼执行秘书"]),
            (
                "副主席：张军（中国）、李明（新加坡）和欧阳明（泰国）；在中国（北京）",
                &["张军=person:CHN:副主席", "中国=state:CHN", "李明=person:SGP:副主席", "新加坡=state:SGP", "欧阳明=person:THA:副主席", "泰国=state:THA", "中国=state:CHN"],
            ),
            ("由张军（主持人）介绍", &[]),
            // A role label the line above a name, a role after the person.
            ("主席：\nGhislain D'hoop（比利时）", &["Ghislain D'hoop=person:BEL:主席", "比利时=state:BEL"]),
            ("会议由第十届会议主席\nMohammed Bin Nasser（卡塔尔）宣布开幕", &["Mohammed Bin Nasser=person:QAT:第十届会议主席", "卡塔尔=state:QAT"]),
            (
                "会议选举 Ghislain D'hoop（比利时）为主席，玛丽亚·费尔南达（厄瓜多尔）当选为副主席兼报告员。王毅先生（中国）担任主席团成员。",
                &["Ghislain D'hoop=person:BEL:主席", "比利时=state:BEL", "玛丽亚·费尔南达=person:ECU:副主席兼报告员", "厄瓜多尔=state:ECU", "王毅=person:CHN:-", "中国=state:CHN"],
            ),
            ("项目 2\nGhislain D'hoop（比利时）", &["Ghislain D'hoop=person:BEL:-", "比利时=state:BEL"]),
            ("观察员代表弗里德里希·艾伯特基金会发言", &[]),
            // A transliterated name without a dot beside its role noun.
            ("秘书长古特雷斯在开幕式上致辞，主席拉赫曼宣布会议开幕。", &["古特雷斯=person:-:秘书长", "拉赫曼=person:-:主席"]),
            ("古特雷斯秘书长和执行主任瓦利指出", &["古特雷斯=person:-:秘书长", "瓦利=person:-:执行主任"]),
            ("秘书长报告，主席团成员，执行主任办公室，主席之友，秘书长特别代表", &[]),
            // `主持` says who chaired the meeting.
            ("会议由 Ghada Waly 女士主持，Open Ownership 组织发了言。", &["Ghada Waly=person:-:主席", "Open Ownership=org"]),
            ("第二次会议由马里亚诺·加西亚（秘鲁）主持。Ahmed Khan（巴基斯坦）主持会议。", &["马里亚诺·加西亚=person:PER:主席", "秘鲁=state:PER", "Ahmed Khan=person:PAK:主席", "巴基斯坦=state:PAK"]),
            ("由 Ahmed Khan（巴基斯坦）主持人介绍", &["Ahmed Khan=person:PAK:-", "巴基斯坦=state:PAK"]),
            // Joined persons share the office after the last; a line break before a word of address.
            (
                "由 Jane Doe 女士（澳大利亚）和 Li Ming 先生（中国）共同主持。小组成员包括 Maria Silva\n女士（巴西）。",
                &["Jane Doe=person:AUS:共同主席", "澳大利亚=state:AUS", "Li Ming=person:CHN:共同主席", "中国=state:CHN", "Maria Silva=person:BRA:-", "巴西=state:BRA"],
            ),
            // `Commission` is no mission: the Council it recommends to acts.
            ("The Commission recommends to the Economic and Social Council that it adopt the draft.", &["Economic and Social Council=org"]),
            ("The summit took place outside the United Nations, within the United Nations system and with the United Nations.", &["United Nations=org"]),
            ("峰会在联合国以外举行，联合国内外的伙伴和联合国内部的工作组与联合国合作", &["联合国=org"]),
            ("the sixth session of the United\nNations Environment Assembly and 联合国环境大会", &["United\nNations Environment Assembly=org", "联合国环境大会=org"]),
            ("由共和国总统 Ana Pérez 和总理 Luis Gómez 致辞", &["Ana Pérez=person:-:共和国总统", "Luis Gómez=person:-:总理"]),
            ("由 Some Body 主持", &[]),
            ("会议由专家会议主席 Ms. Jane Doe（澳大利亚）主持", &["Jane Doe=person:AUS:专家会议主席", "澳大利亚=state:AUS"]),
            ("Şahin 先生（土耳其）和 Émile Dupont（法国）", &["Şahin=person:TUR:-", "土耳其=state:TUR", "Émile Dupont=person:FRA:-", "法国=state:FRA"]),
            // A speaker of a summary record named by surname and word of address.
            (
                "2. Hassan 先生（埃及）说，Ramírez女士（墨西哥）和 Marie-Claude Morin 女士（加拿大）赞同；Open Ownership 组织和 Gómez（智利）、M. Kah 先生",
                &["Hassan=person:EGY:-", "埃及=state:EGY", "Ramírez=person:MEX:-", "墨西哥=state:MEX", "Marie-Claude Morin=person:CAN:-", "加拿大=state:CAN", "Open Ownership=org", "智利=state:CHL"],
            ),
            (
                "主席：\tMariano García（秘鲁）\n副主席：\tFatima Nasser（约旦）\n\n\tPieter de Vries（荷兰）\n报告员：\tKofi Boateng（加纳）",
                &[
                    "Mariano García=person:PER:主席", "秘鲁=state:PER", "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR",
                    "Pieter de Vries=person:NLD:副主席", "荷兰=state:NLD", "Kofi Boateng=person:GHA:报告员", "加纳=state:GHA",
                ],
            ),
            ("项目：\tMariano García（秘鲁）", &["Mariano García=person:PER:-", "秘鲁=state:PER"]),
            (
                "副主席：Fatima Nasser（约旦）、Pieter de Vries（荷兰）和 Li Ming（中国）；报告员 Kofi Boateng（加纳）",
                &[
                    "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR", "Pieter de Vries=person:NLD:副主席", "荷兰=state:NLD",
                    "Li Ming=person:CHN:副主席", "中国=state:CHN", "Kofi Boateng=person:GHA:报告员", "加纳=state:GHA",
                ],
            ),
            (
                "主席：Mariano García（秘鲁）；副主席：Fatima Nasser（约旦）",
                &["Mariano García=person:PER:主席", "秘鲁=state:PER", "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR"],
            ),
            (
                "副主席\tFatima Nasser（约旦）\n\tPieter de Vries（荷兰）\n副主席兼报告员\t加桑·哈米里（阿拉伯联合酋长国）",
                &[
                    "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR", "Pieter de Vries=person:NLD:副主席", "荷兰=state:NLD",
                    "加桑·哈米里=person:ARE:副主席兼报告员", "阿拉伯联合酋长国=state:ARE",
                ],
            ),
            (
                "下列政府间组织派观察员出席了会议：亚非法律协商组织、某某未知区域\n\n论坛、欧洲委员会。\n\n一. 导言",
                &["亚非法律协商组织=org", "某某未知区域\n\n论坛=org", "欧洲委员会=org"],
            ),
            ("下列非政府组织派观察员出席了会议：透明国际、某某未知协会\n\n二. 会议安排", &["透明国际=org", "某某未知协会=org"]),
            ("下列国家人权机构派观察员出席了会议：某某国家人权委员会、世界银行。", &["某某国家人权委员会=org", "世界银行=org"]),
            ("", &[]),
            ("😀\u{0}\r\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn a_region_that_is_a_venue_is_a_place_not_a_participant() {
        // The place found there wins (crate::resolve), as for a State.
        let cases: &[(&str, &[&str])] = &[
            ("会议在中国香港举行。香港的警察和澳门特别行政区", &["澳门特别行政区=org"]),
            ("The representative of Hong Kong,\nChina, spoke; the Macao SAR and Hong Kong police. It was held in Hong Kong, China, in 2015.", &["Hong Kong,\nChina=org", "Macao SAR=org"]),
        ];
        for (text, want) in cases {
            assert_eq!(kept(text), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn list_of_participants_gives_persons_their_delegation_and_label() {
        let text = "与会者名单\n\n缔约国\n\n阿尔及利亚\n\n代表团团长：Ahmed BENALI 先生，常驻代表，大使\n顾问：Leila Haddad 女士\n\n卡塔尔\n\n代表：阿卜杜拉·阿勒萨尼先生\n\n政府间组织\n\n国际刑事警察组织（国际刑警组织）\nPierre DUBOIS 先生\n\n秘书处\n\n毒品和犯罪问题办公室\nAnna Schmidt 女士\n";
        let want = [
            "阿尔及利亚=state:DZA",
            "Ahmed BENALI=person:DZA:代表团团长",
            "Leila Haddad=person:DZA:顾问",
            "卡塔尔=state:QAT",
            "阿卜杜拉·阿勒萨尼=person:QAT:代表",
            // A known name under a heading is an entry, not a heading; the
            // persons under it are no organisations; `秘书处` is no participant.
            "国际刑事警察组织（国际刑警组织）=org:国际刑警组织",
            "Pierre DUBOIS=person:-:-",
            "毒品和犯罪问题办公室=org",
            "Anna Schmidt=person:-:-",
        ];
        assert_eq!(found(text), want);
        // Without a label, the first office after the name on its line.
        let text = "与会者名单\n\n秘书处\n\n毒品和犯罪问题办公室\nBrigitte Strobel-Shaw 女士，科长\n\n中国\n\n王明先生，司长，大使\n";
        assert_eq!(found(text), ["毒品和犯罪问题办公室=org", "Brigitte Strobel-Shaw=person:-:科长", "中国=state:CHN", "王明=person:CHN:司长"]);
        // Must not: an office in a sentence, or words that are no office.
        assert_eq!(found("会议由 Ghada Waly 女士，执行主任主持。"), ["Ghada Waly=person:-:-"]);
        assert_eq!(found("Ghada Waly 女士，请发言\n"), ["Ghada Waly=person:-:-"]);
    }
}
