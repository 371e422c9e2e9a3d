//! Browser tests of the page (`cargo test --target wasm32-unknown-unknown`,
//! headless Chromium): the app is mounted in a fresh element and driven
//! through the DOM as a person would.

use std::time::Duration;

use undoc::model::Origin;
use undoc::{annotate, Kind, Options, Span};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::platform::time::sleep;

use crate::app::App;
use crate::corrections::{self, apply, Edit, Mark};
use crate::highlights::{blocks, nodes, Node};

wasm_bindgen_test_configure!(run_in_browser);

const ZH: &str = "缔约国会议\n第九届会议\n2021年12月13日至17日，埃及沙姆沙伊赫\n临时议程\n1. 会议开幕。\n2. 通过议程。\n秘书处的说明（CAC/COSP/2021/2）。中国和法国代表发言。\n上午10时至下午1时\n";

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// Mounts a fresh app (after clearing storage) and returns its root. The
/// page's style sheet comes too, since placement and scrolling depend on it.
async fn mount() -> Element {
    let _ = gloo::utils::window().local_storage().ok().flatten().map(|s| s.clear());
    if document().get_element_by_id("page-style").is_none() {
        let style = document().create_element("style").unwrap();
        style.set_id("page-style");
        style.set_text_content(Some(include_str!("../../assets/style.css")));
        document().head().unwrap().append_child(&style).unwrap();
    }
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    sleep(Duration::from_millis(50)).await;
    root
}

async fn type_text(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    area.set_value(text);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &{
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    area.dispatch_event(&event).unwrap();
    sleep(Duration::from_millis(400)).await;
}

fn marks(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.get(i)?.dyn_into().ok()).collect()
}

fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    el.click();
}

/// The kinds `annotate` finds in `text`.
fn kinds(text: &str) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = annotate(text, &Options::default()).annotations.iter().map(|a| a.kind).collect();
    kinds.dedup();
    kinds.sort();
    kinds.dedup();
    kinds
}

#[wasm_bindgen_test]
async fn typed_text_gets_a_highlight_per_annotation() {
    let root = mount().await;
    let label = root.query_selector("label[for='doc-text']").unwrap().expect("label of the text box");
    assert_eq!(label.text_content().unwrap(), "Document text");
    type_text(&root, ZH).await;
    let found = annotate(ZH, &Options::default());
    assert!(!found.annotations.is_empty());
    // Every annotation is a highlight, except one crossing the end of an enclosing one.
    let shown = marks(&root, "mark[data-kind]").len();
    assert!(shown <= found.annotations.len() && shown > 0);
    for kind in kinds(ZH) {
        assert!(!marks(&root, &format!("mark[data-kind={}]", kind.as_str())).is_empty(), "no {kind:?} highlight");
    }
    let first = &marks(&root, "mark[data-kind]")[0];
    let a = &found.annotations[0];
    assert_eq!(first.text_content().unwrap(), &ZH[a.span.range()]);
    assert_eq!(first.get_attribute("data-tip").unwrap(), crate::values::tip(a));
    root.remove();
}

#[wasm_bindgen_test]
async fn text_is_never_parsed_as_html() {
    let root = mount().await;
    type_text(&root, "<img src=x onerror=alert(1)><b>bold</b> A/RES/75/1").await;
    assert!(root.query_selector(".text img, .text b").unwrap().is_none());
    assert!(root.query_selector(".text").unwrap().unwrap().text_content().unwrap().contains("<b>bold</b>"));
    root.remove();
}

#[wasm_bindgen_test]
async fn legend_toggle_hides_and_shows_a_kind() {
    let root = mount().await;
    type_text(&root, ZH).await;
    let kind = kinds(ZH)[0].as_str();
    let selector = format!("mark[data-kind={kind}]");
    let chip = format!("button.chip[data-kind={kind}]");
    let n = marks(&root, &selector).len();
    assert!(n > 0);
    click(&root, &chip);
    sleep(Duration::from_millis(50)).await;
    assert!(marks(&root, &selector).is_empty());
    assert_eq!(root.query_selector(&chip).unwrap().unwrap().get_attribute("aria-pressed").unwrap(), "false");
    click(&root, &chip);
    sleep(Duration::from_millis(50)).await;
    assert_eq!(marks(&root, &selector).len(), n);
    root.remove();
}

#[wasm_bindgen_test]
async fn text_and_corrections_survive_a_remount_and_undo() {
    let root = mount().await;
    type_text(&root, ZH).await;
    let n = marks(&root, "mark[data-kind]").len();
    remove_first_highlight(&root).await;
    assert_eq!(marks(&root, "mark[data-kind]").len(), n - 1);
    root.remove();
    // A second app reads what the first kept.
    let root = remount().await;
    let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), ZH);
    assert_eq!(marks(&root, "mark[data-kind]").len(), n - 1);
    // Undo brings it back.
    click(&root, ".inspector .undo button");
    sleep(Duration::from_millis(50)).await;
    assert_eq!(marks(&root, "mark[data-kind]").len(), n);
    root.remove();
}

/// Removes the first highlight through the inspector, as a person does:
/// a click on it, then on the inspector's Remove.
async fn remove_first_highlight(root: &Element) {
    click(root, "mark[data-kind]");
    sleep(Duration::from_millis(50)).await;
    click(root, ".inspector button.danger");
    sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
fn blocks_cover_the_text_and_never_cut_an_annotation() {
    for text in [ZH.repeat(2000), "无换行".repeat(20_000), String::new(), "a\r\nb😀".repeat(9000)] {
        let found = annotate(&text, &Options::default());
        let bs = blocks(&text, &found.annotations);
        assert_eq!(bs.first().map_or(0, |b| b.start), 0);
        assert_eq!(bs.last().map_or(0, |b| b.end), text.len());
        assert!(bs.windows(2).all(|w| w[0].end == w[1].start && w[0].last == w[1].first));
        assert!(bs.iter().all(|b| text.is_char_boundary(b.start) && b.start < b.end));
        for b in &bs {
            for a in &found.annotations[b.first..b.last] {
                assert!(b.start <= a.span.start && a.span.end <= b.end);
            }
        }
        assert_eq!(bs.last().map_or(0, |b| b.last), found.annotations.len());
    }
    assert!(blocks(&ZH.repeat(2000), &[]).len() > 1);
}

#[wasm_bindgen_test]
fn nested_and_crossing_annotations_render_without_overlap() {
    let text = "abcdefghij";
    let mut anns = vec![
        undoc::Annotation::new(Span::new(0, 6), undoc::Value::Place(undoc::model::PlaceValue { name: "x".into(), state: None })),
        undoc::Annotation::new(Span::new(2, 4), undoc::Value::Place(undoc::model::PlaceValue { name: "y".into(), state: None })),
        undoc::Annotation::new(Span::new(5, 8), undoc::Value::Place(undoc::model::PlaceValue { name: "z".into(), state: None })),
    ];
    anns[0].kind = Kind::AgendaItem;
    let bs = blocks(text, &anns);
    assert_eq!(bs.len(), 1);
    let n = nodes(&anns, bs[0], |_| true);
    assert_eq!(
        n,
        vec![Node::Mark(0, vec![Node::Text(0, 2), Node::Mark(1, vec![Node::Text(2, 4)]), Node::Text(4, 6)]), Node::Text(6, 10)]
    );
    let hidden = nodes(&anns, bs[0], |a| a.kind != Kind::AgendaItem);
    assert_eq!(hidden, vec![Node::Text(0, 2), Node::Mark(1, vec![Node::Text(2, 4)]), Node::Text(4, 5), Node::Mark(2, vec![Node::Text(5, 8)]), Node::Text(8, 10)]);
}

#[wasm_bindgen_test]
fn corrections_apply_only_where_their_text_still_is() {
    let found = annotate(ZH, &Options::default());
    let start = ZH.find("埃及").unwrap();
    let span = Span::new(start, start + "埃及".len());
    let edit = Edit { remove: None, add: Mark::new(ZH, span, Kind::Participant) };
    let applied = apply(ZH, found.clone(), std::slice::from_ref(&edit));
    assert!(applied.annotations.iter().any(|a| a.span == span && a.origin == Origin::Manual));
    let changed = ZH.replace("埃及", "中国");
    let other = apply(&changed, annotate(&changed, &Options::default()), &[edit]);
    assert!(other.annotations.iter().all(|a| a.origin == Origin::Auto));
}

#[wasm_bindgen_test]
fn files_in_gb18030_and_utf16_decode_like_the_command_line() {
    // "临时议程" in GB18030, then "议程" in UTF-16LE with a BOM.
    let gb = [193, 217, 202, 177, 210, 233, 179, 204];
    assert_eq!(crate::editor::decode("a.txt", &gb).as_deref(), Ok("临时议程"));
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("议程".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    assert_eq!(crate::editor::decode("b.txt", &utf16).as_deref(), Ok("议程"));
    let refused = crate::editor::decode("c.bin", b"PK\x03\x04\x00\x00\x08\x00");
    assert!(refused.is_err_and(|e| e.starts_with("c.bin: ")));
}

#[wasm_bindgen_test]
fn panic_message_is_shown() {
    crate::app::show_fatal("test message");
    let banner = document().query_selector(".fatal").unwrap().unwrap();
    assert_eq!(banner.get_attribute("role").unwrap(), "alert");
    banner.remove();
}

#[wasm_bindgen_test]
fn every_export_carries_a_manual_correction() {
    use undoc::formats::{render, ExportOptions, Format};
    let start = ZH.find("埃及").unwrap();
    let span = Span::new(start, start + "埃及".len());
    let edit = Edit { remove: None, add: Mark::new(ZH, span, Kind::Participant) };
    let annotated = apply(ZH, annotate(ZH, &Options::default()), &[edit]);
    let json = render(Format::Json, ZH, &annotated, &ExportOptions::new("x.txt"));
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    let manual: Vec<_> = parsed["annotations"].as_array().unwrap().iter().filter(|a| a["source"] == "manual").collect();
    assert_eq!(manual.len(), 1);
    assert_eq!(manual[0]["text"], "埃及");
    assert_eq!(manual[0]["kind"], "participant");
    let csv = render(Format::Csv, ZH, &annotated, &ExportOptions::new("x.txt"));
    assert!(csv.lines().any(|l| l.contains("埃及") && l.ends_with("manual")), "{csv}");
    let jsonld = render(Format::JsonLd, ZH, &annotated, &ExportOptions::new("x.txt"));
    assert!(serde_json::from_str::<serde_json::Value>(&jsonld).is_ok());
    let brat = render(Format::Brat, ZH, &annotated, &ExportOptions::new("x.txt"));
    assert!(brat.contains("埃及"));
    let ics = render(Format::Ics, ZH, &annotated, &ExportOptions::new("x.txt"));
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
}

#[wasm_bindgen_test]
async fn panel_entry_jumps_to_and_flashes_its_first_mention() {
    let root = mount().await;
    type_text(&root, &format!("{ZH}{ZH}")).await;
    let entries = marks(&root, ".panel button.link");
    assert!(!entries.is_empty(), "no panel entry");
    entries[0].dyn_ref::<HtmlElement>().unwrap().click();
    sleep(Duration::from_millis(100)).await;
    let flashed = marks(&root, "mark.flash");
    assert_eq!(flashed.len(), 1);
    assert!(flashed[0].class_list().contains("selected"));
    // The inspector steps through the mentions of the same value.
    let position = root.query_selector(".inspector .position").unwrap().unwrap().text_content().unwrap();
    assert!(position.starts_with("mention 1 of "), "{position}");
    if !position.ends_with(" of 1") {
        click(&root, ".inspector button.next");
        sleep(Duration::from_millis(100)).await;
        let next = root.query_selector(".inspector .position").unwrap().unwrap().text_content().unwrap();
        assert!(next.starts_with("mention 2 of "), "{next}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn long_documents_render_a_few_blocks_then_more_on_request() {
    let root = mount().await;
    let long = ZH.repeat(3000);
    type_text(&root, &long).await;
    let rendered = root.query_selector(".text").unwrap().unwrap().text_content().unwrap();
    assert!(rendered.len() < long.len(), "the whole document was rendered at once");
    let before = marks(&root, "mark[data-kind]").len();
    click(&root, "button.more");
    sleep(Duration::from_millis(100)).await;
    assert!(marks(&root, "mark[data-kind]").len() > before);
    root.remove();
}

#[wasm_bindgen_test]
fn tips_read_the_normalised_value() {
    use crate::values::summary;
    use undoc::model::{DateValue, Granularity, PlaceValue, TimeValue};
    use undoc::Value;
    let cases: [(Value, &str); 4] = [
        (Value::Date(DateValue { start: "2021-12-13".into(), end: Some("2021-12-17".into()), granularity: Granularity::Day }), "2021-12-13 – 2021-12-17"),
        (Value::Time(TimeValue { start: "10:00".into(), end: None }), "10:00"),
        (Value::Place(PlaceValue { name: "沙姆沙伊赫".into(), state: Some("EGY".into()) }), "沙姆沙伊赫 (EGY)"),
        (Value::Place(PlaceValue { name: "Vienna".into(), state: None }), "Vienna"),
    ];
    for (value, expected) in cases {
        assert_eq!(summary(&value), expected);
    }
}

/// A person given a role once and an organisation named once in full and
/// once by its short form: two mentions each.
const MENTIONS: &str = "会议于2025年3月10日上午10时由委员会主席 Ghislain D'hoop（比利时）宣布开幕。联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）的代表作了发言。\n主席：Ghislain D'hoop（比利时）\n毒品和犯罪问题办公室的代表也作了发言。\n";

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap()
}

/// Regression: Previous / Next compared whole values, so a person whose
/// role the text gives only once was "mention 1 of 1", and the panel entry
/// of an organisation named with its short form had no link to its text.
#[wasm_bindgen_test]
async fn mentions_of_one_participant_are_stepped_through_and_reached_from_the_panel() {
    let root = mount().await;
    type_text(&root, MENTIONS).await;
    let person = marks(&root, "mark[data-kind=participant]")
        .into_iter()
        .find(|m| m.text_content().unwrap() == "Ghislain D'hoop")
        .unwrap();
    person.dyn_ref::<HtmlElement>().unwrap().click();
    sleep(Duration::from_millis(50)).await;
    assert_eq!(text_of(&root, ".inspector .position"), "mention 1 of 2");
    click(&root, ".inspector button.next");
    sleep(Duration::from_millis(100)).await;
    assert_eq!(text_of(&root, ".inspector .position"), "mention 2 of 2");
    assert_eq!(text_of(&root, "mark.selected"), "Ghislain D'hoop");
    // The organisation's entry jumps to its first mention, the full name.
    let entry = marks(&root, ".panel button.link")
        .into_iter()
        .find(|b| b.text_content().unwrap().starts_with("联合国毒品和犯罪问题办公室"))
        .expect("the organisation's entry is a link to its text");
    entry.dyn_ref::<HtmlElement>().unwrap().click();
    sleep(Duration::from_millis(100)).await;
    assert!(text_of(&root, "mark.flash").starts_with("联合国毒品和犯罪问题办公室（"));
    assert_eq!(text_of(&root, ".inspector .position"), "mention 1 of 2");
    root.remove();
}

/// The inspector lists a value's fields by name, not as JSON.
#[wasm_bindgen_test]
async fn inspector_shows_named_fields() {
    let root = mount().await;
    type_text(&root, MENTIONS).await;
    click(&root, "mark[data-kind=participant]");
    sleep(Duration::from_millis(50)).await;
    let shown = text_of(&root, ".inspector dl.value");
    assert_eq!(shown, "personGhislain D'hoopstateBELrole委员会主席");
    assert!(!shown.contains('{'));
    root.remove();
}

#[wasm_bindgen_test]
fn corrections_follow_the_text_they_were_made_on() {
    let old = "甲。中国代表发言。法国代表发言。";
    let mark = |text: &str, word: &str, kind| {
        let s = text.find(word).unwrap();
        Mark::new(text, Span::new(s, s + word.len()), kind)
    };
    let edits = vec![
        Edit { remove: mark(old, "中国", Kind::Participant), add: None },
        Edit { remove: None, add: mark(old, "法国", Kind::Place) },
    ];
    // Typed above both: both move with their words.
    let new = format!("前言😀\n{old}");
    let moved = corrections::rebase(&edits, old, &new);
    assert_eq!(moved.len(), 2);
    assert_eq!(moved[0].remove, mark(&new, "中国", Kind::Participant));
    assert_eq!(moved[1].add, mark(&new, "法国", Kind::Place));
    // Typed between them: the first stays, the second moves.
    let new = old.replace("发言。法国", "发言了。法国");
    let moved = corrections::rebase(&edits, old, &new);
    assert_eq!((moved[0].remove.clone(), moved[1].add.clone()), (edits[0].remove.clone(), mark(&new, "法国", Kind::Place)));
    // A word changed under a correction: that correction goes.
    let new = old.replace("法国", "德国");
    assert_eq!(corrections::rebase(&edits, old, &new), edits[..1].to_vec());
    // Another document pasted over: nothing is left to undo.
    assert!(corrections::rebase(&edits, old, ZH).is_empty());
    // Unchanged: unchanged.
    assert_eq!(corrections::rebase(&edits, old, old), edits);
    // A reversed mark from a damaged store is dropped, not a panic.
    let damaged = Edit { remove: Some(Mark { start: 30, end: 3, kind: "date".into(), text: String::new() }), add: None };
    assert!(corrections::rebase(&[damaged], old, &format!("{old}!")).is_empty());
}

/// Regression: typing above a correction undid it while Undo still counted
/// it, and a new document pasted over kept the old one's corrections.
#[wasm_bindgen_test]
async fn typing_keeps_corrections_and_a_new_document_drops_them() {
    let root = mount().await;
    type_text(&root, ZH).await;
    let n = marks(&root, "mark[data-kind]").len();
    remove_first_highlight(&root).await;
    type_text(&root, &format!("补充一行\n{ZH}")).await;
    assert_eq!(marks(&root, "mark[data-kind]").len(), n - 1, "the removal was lost by typing above it");
    assert_eq!(text_of(&root, ".inspector .undo button"), "Undo (1)");
    type_text(&root, MENTIONS).await;
    assert_eq!(text_of(&root, ".inspector .undo button"), "Undo (0)");
    root.remove();
}

/// Selects from `start` in the text node of the piece containing `from`
/// to the element `to` (offset 0), as a triple click does, and releases the
/// mouse.
fn select_to_element(root: &Element, from: &str, to: &Element) {
    let piece = marks(root, ".text span[data-o]").into_iter().find(|s| s.text_content().unwrap().contains(from)).unwrap();
    let node = piece.first_child().unwrap();
    let units = piece.text_content().unwrap().split(from).next().unwrap().encode_utf16().count() as u32;
    let range = document().create_range().unwrap();
    range.set_start(&node, units).unwrap();
    range.set_end(to, 0).unwrap();
    let selection = gloo::utils::window().get_selection().unwrap().unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    // Only the type matters to the page (web-sys here has no MouseEventInit).
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    piece.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("mouseup", &init).unwrap()).unwrap();
}

/// Regression: a selection ending on an element (a triple click) added
/// nothing; the white space at a selection's ends is left out.
#[wasm_bindgen_test]
async fn a_selection_ending_on_an_element_can_be_annotated() {
    let root = mount().await;
    type_text(&root, "Opening remarks were made.\n  Statements by delegations  \nChina spoke.\n").await;
    let china = marks(&root, "mark[data-kind=participant]").pop().unwrap();
    assert_eq!(china.text_content().unwrap(), "China");
    select_to_element(&root, "  Statements", &china);
    sleep(Duration::from_millis(50)).await;
    assert_eq!(text_of(&root, ".inspector .picked q"), "Statements by delegations");
    let select: web_sys::HtmlSelectElement = root.query_selector("#add-kind").unwrap().unwrap().dyn_into().unwrap();
    select.set_value("agenda_item");
    click(&root, ".inspector .picked button");
    sleep(Duration::from_millis(50)).await;
    let added = marks(&root, "mark.manual");
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].text_content().unwrap(), "Statements by delegations");
    root.remove();
}

/// Regression: the participant list ignored corrections, so a participant
/// added by hand was in no panel.
#[wasm_bindgen_test]
fn corrected_participants_are_listed() {
    let text = "The Rapporteur, Ms. Zed Quux, spoke.";
    let start = text.find("Zed Quux").unwrap();
    let add = Mark::new(text, Span::new(start, start + "Zed Quux".len()), Kind::Participant);
    let applied = apply(text, annotate(text, &Options::default()), &[Edit { remove: None, add }]);
    assert!(applied.participants.iter().any(|p| p.name == "Zed Quux" && p.mentions == 1), "{:?}", applied.participants);
    let unedited = annotate(text, &Options::default());
    assert_eq!(apply(text, unedited.clone(), &[]), unedited);
}

#[wasm_bindgen_test]
fn annotation_time_is_shown_in_whole_milliseconds() {
    use crate::app::whole_millis;
    assert_eq!([whole_millis(0.2), whole_millis(12.6), whole_millis(2.5), whole_millis(3.5)], [0, 13, 2, 4]);
}

#[wasm_bindgen_test]
fn schedule_rows_show_titles_without_item_numbers() {
    use crate::panels::schedule::items_cell;
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(items_cell(&strings(&["1(a)", "1(b)"]), &strings(&["会议开幕", "通过议程"])), "1(a) 会议开幕; 1(b) 通过议程");
    assert_eq!(items_cell(&[], &strings(&["Organization of work"])), "Organization of work");
    assert_eq!(items_cell(&strings(&["4", "5"]), &strings(&["Other matters"])), "4 Other matters; 5");
}

#[wasm_bindgen_test]
fn tooltips_are_placed_inside_the_window() {
    use crate::tooltip::place;
    // Across the line: after the anchor, else before it, else at the edge.
    assert_eq!(place(100.0, 120.0, 30.0, 400.0, false), 124.0);
    assert_eq!(place(350.0, 370.0, 30.0, 400.0, false), 316.0);
    assert_eq!(place(10.0, 30.0, 390.0, 400.0, false), 4.0);
    // Along the line: at the anchor, pulled back inside the window.
    assert_eq!(place(100.0, 120.0, 200.0, 360.0, true), 100.0);
    assert_eq!(place(300.0, 340.0, 200.0, 360.0, true), 156.0);
    assert_eq!(place(-50.0, 10.0, 200.0, 360.0, true), 4.0);
    // Written as the CSSOM reads them, fractions kept.
    assert_eq!(crate::tooltip::px(124.0), "124px");
    assert_eq!(crate::tooltip::px(12.375), "12.375px");
}

/// Regression: the tooltip was a CSS box after the highlight, cut off at
/// the right edge of a narrow screen.
#[wasm_bindgen_test]
async fn hovering_or_focusing_a_highlight_shows_its_value_in_the_window() {
    let root = mount().await;
    type_text(&root, &ZH.repeat(30)).await;
    let tip = || root.query_selector(".tip").unwrap().expect("the tooltip element");
    assert!(tip().has_attribute("hidden"));
    let mark = marks(&root, "mark[data-tip]").pop().unwrap();
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    mark.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("mouseover", &init).unwrap()).unwrap();
    sleep(Duration::from_millis(50)).await;
    assert!(!tip().has_attribute("hidden"));
    assert_eq!(tip().text_content(), mark.get_attribute("data-tip"));
    let r = tip().get_bounding_client_rect();
    let width = gloo::utils::window().inner_width().unwrap().as_f64().unwrap();
    assert!(r.left() >= 0.0 && r.right() <= width && r.width() > 0.0, "{} {} {width}", r.left(), r.right());
    let text = root.query_selector(".text").unwrap().unwrap();
    text.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("mouseleave", &init).unwrap()).unwrap();
    sleep(Duration::from_millis(50)).await;
    assert!(tip().has_attribute("hidden"));
    // The keyboard: focus shows it too.
    let first = marks(&root, "mark[data-tip]").remove(0);
    first.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    sleep(Duration::from_millis(50)).await;
    assert_eq!(tip().text_content(), first.get_attribute("data-tip"));
    assert_eq!(tip().dyn_into::<HtmlElement>().unwrap().style().get_property_value("visibility").unwrap(), "visible");
    // Choosing it grows the inspector above the text: the tooltip follows.
    let before = first.get_bounding_client_rect().top();
    first.dyn_ref::<HtmlElement>().unwrap().click();
    sleep(Duration::from_millis(50)).await;
    let line = first.get_client_rects().get(0).unwrap();
    assert!(line.top() > before, "the highlight did not move");
    assert!((tip().get_bounding_client_rect().top() - (line.bottom() + 4.0)).abs() < 1.0, "the tooltip stayed where the highlight was");
    // Scrolled out of sight, the highlight takes its tooltip along.
    text.set_scroll_top(5000);
    sleep(Duration::from_millis(100)).await;
    assert_eq!(tip().dyn_into::<HtmlElement>().unwrap().style().get_property_value("visibility").unwrap(), "hidden");
    root.remove();
}

#[wasm_bindgen_test]
fn the_stored_document_reads_back_as_it_was_written() {
    use crate::storage::{stored, Stored};
    let read = |json: &str| stored(&js_sys::JSON::parse(json).unwrap());
    let mark = Mark { start: 3, end: 9, kind: "place".into(), text: "沙姆沙伊赫".into() };
    let doc = Stored { text: ZH.into(), name: "note.txt".into(), edits: vec![Edit { remove: None, add: Some(mark.clone()) }, Edit { remove: Some(mark), add: None }] };
    assert_eq!(read(&serde_json::to_string(&doc).unwrap()), Some(doc));
    // As serde read it: a missing side is none, unknown fields are ignored,
    // a missing field, a wrong type or a fractional offset spoil the whole.
    let empty = Stored { text: "t".into(), name: "n".into(), edits: vec![Edit { remove: None, add: None }] };
    assert_eq!(read(r#"{"text":"t","name":"n","edits":[{}],"more":1}"#), Some(empty));
    assert_eq!(read(r#"{"text":"t","edits":[]}"#), None);
    assert_eq!(read(r#"{"text":"t","name":"n","edits":[1]}"#), None);
    assert_eq!(read(r#"{"text":"t","name":"n","edits":[{"add":{"start":1.5,"end":2,"kind":"date","text":"x"}}]}"#), None);
    assert_eq!(read(r#"{"text":"t","name":"n","edits":[{"add":{"start":-1,"end":2,"kind":"date","text":"x"}}]}"#), None);
    assert_eq!(read("[]"), None);
}

/// Mounts an app over whatever storage holds now.
async fn remount() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    sleep(Duration::from_millis(100)).await;
    root
}

/// Regression: after an internal error the stored text was annotated again
/// at once on reload, so a text that made the page stop stopped every
/// reload, with no way back but clearing the browser's storage.
#[wasm_bindgen_test]
async fn after_a_crash_the_stored_text_waits_to_be_annotated() {
    let root = mount().await;
    type_text(&root, ZH).await;
    let n = marks(&root, "mark[data-kind]").len();
    root.remove();
    crate::storage::note_crash();
    let root = remount().await;
    let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), ZH);
    assert!(marks(&root, "mark[data-kind]").is_empty());
    assert!(text_of(&root, ".held").starts_with("The page stopped"));
    click(&root, ".held button");
    sleep(Duration::from_millis(100)).await;
    assert_eq!(marks(&root, "mark[data-kind]").len(), n);
    assert!(root.query_selector(".held").unwrap().is_none());
    root.remove();
    // Once is enough: the next start annotates as usual.
    let root = remount().await;
    assert_eq!(marks(&root, "mark[data-kind]").len(), n);
    root.remove();
}

/// Regression: with its kind switched off in the legend, a panel entry's
/// jump found no highlight to scroll to and did nothing to be seen.
#[wasm_bindgen_test]
async fn a_jump_to_a_hidden_kind_shows_the_kind_again() {
    let root = mount().await;
    type_text(&root, ZH).await;
    click(&root, "button.chip[data-kind=agenda_item]");
    sleep(Duration::from_millis(50)).await;
    assert!(marks(&root, "mark[data-kind=agenda_item]").is_empty());
    let entry = marks(&root, ".panel ol.agenda button.link").remove(0);
    entry.dyn_ref::<HtmlElement>().unwrap().click();
    sleep(Duration::from_millis(100)).await;
    let chip = root.query_selector("button.chip[data-kind=agenda_item]").unwrap().unwrap();
    assert_eq!(chip.get_attribute("aria-pressed").unwrap(), "true");
    let flashed = marks(&root, "mark.flash");
    assert_eq!(flashed.len(), 1);
    assert_eq!(flashed[0].get_attribute("data-kind").unwrap(), "agenda_item");
    root.remove();
}

/// Regression: an annotation added over a sentence removed every annotation
/// inside it (its dates, its participants).
#[wasm_bindgen_test]
fn an_added_annotation_keeps_what_nests_with_it() {
    let text = "On 3 May 2024 China and France spoke in Vienna.";
    let found = annotate(text, &Options::default());
    let kinds = |a: &undoc::Annotated, span: Span| -> Vec<Kind> {
        a.annotations.iter().filter(|x| span.contains(x.span) && x.origin == Origin::Auto).map(|x| x.kind).collect()
    };
    let sentence = Span::new(0, text.len() - 1);
    let inside = kinds(&found, sentence);
    assert!(inside.contains(&Kind::Date) && inside.contains(&Kind::Participant), "{inside:?}");
    let add = |span: Span, kind| Edit { remove: None, add: Mark::new(text, span, kind) };
    let applied = apply(text, found.clone(), &[add(sentence, Kind::AgendaItem)]);
    assert_eq!(kinds(&applied, sentence), inside);
    // Over "China and France": the two States go (same kind), nothing else.
    let s = text.find("China").unwrap();
    let both = Span::new(s, text.find(" spoke").unwrap());
    let applied = apply(text, found.clone(), &[add(both, Kind::Participant)]);
    assert_eq!(applied.annotations.iter().filter(|a| a.kind == Kind::Participant && both.overlaps(a.span)).count(), 1);
    assert!(applied.annotations.iter().any(|a| a.kind == Kind::Date));
    // Across the end of the date ("2024 China"): the date, which it crosses, goes.
    let y = text.find("2024").unwrap();
    let across = Span::new(y, s + "China".len());
    let applied = apply(text, found, &[add(across, Kind::Place)]);
    assert!(applied.annotations.iter().all(|a| a.kind != Kind::Date));
}

/// Escape in the text lets go of the chosen highlight.
#[wasm_bindgen_test]
async fn escape_lets_go_of_the_chosen_highlight() {
    let root = mount().await;
    type_text(&root, ZH).await;
    let mark = marks(&root, "mark[data-kind]").remove(0);
    mark.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    mark.dispatch_event(&key("Enter")).unwrap();
    sleep(Duration::from_millis(50)).await;
    assert!(root.query_selector(".inspector .selected-annotation").unwrap().is_some());
    mark.dispatch_event(&key("Escape")).unwrap();
    sleep(Duration::from_millis(50)).await;
    assert!(root.query_selector(".inspector .selected-annotation").unwrap().is_none());
    assert!(root.query_selector("mark.selected").unwrap().is_none());
    root.remove();
}

/// Regression: a triple click on the text's last paragraph ends the
/// selection in the next section, outside the text, and added nothing.
#[wasm_bindgen_test]
async fn a_selection_running_past_the_text_ends_with_it() {
    let root = mount().await;
    type_text(&root, "China spoke.\nThe last paragraph\n").await;
    let after = root.query_selector(".exports").unwrap().unwrap();
    select_to_element(&root, "The last", &after);
    sleep(Duration::from_millis(50)).await;
    assert_eq!(text_of(&root, ".inspector .picked q"), "The last paragraph");
    root.remove();
}
