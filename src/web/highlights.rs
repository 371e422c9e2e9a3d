//! The annotated text, displaCy-like: each annotation an element with
//! `data-kind`, nested where annotations nest, text always inserted as text
//! (never parsed as HTML). Long documents are cut into blocks at line ends
//! and rendered a few blocks at a time as the reader scrolls, so a 1 MB
//! document stays responsive.

use gloo::timers::callback::Timeout;
use undoc::{Annotation, Span};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;
use yew::virtual_dom::{ApplyAttributeAs, Attributes, VTag};

use crate::app::{Action, Dispatch, Focus, Hidden, Shared, View};
use crate::tooltip::{tip_mark, tooltip, use_tooltip};
use crate::values::tip;

/// Bytes of text per block (a block ends at the next line end after this).
const BLOCK: usize = 16 * 1024;
/// Blocks rendered at first, and added each time the reader nears the end.
const STEP: usize = 4;
/// How close to the end (pixels) scrolling asks for more blocks.
const MARGIN: i32 = 1500;

/// A stretch of the text rendered together: bytes `start..end`, annotations
/// `first..last`. No annotation crosses a block's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// First byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Index of the first annotation in the block.
    pub first: usize,
    /// Index after the last annotation in the block.
    pub last: usize,
}

/// The first break at or after byte `at`: after the next line end within
/// one block's length, else the next character boundary.
fn next_break(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let window = &text.as_bytes()[at..text.len().min(at + BLOCK)];
    if let Some(p) = window.iter().position(|&b| b == b'\n') {
        return at + p + 1;
    }
    (at..text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len())
}

/// Cuts `text` into blocks of about [`BLOCK`] bytes, never inside an
/// annotation. `annotations` are sorted by start. Linear.
pub fn blocks(text: &str, annotations: &[Annotation]) -> Vec<Block> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while start < text.len() {
        let mut end = next_break(text, start + BLOCK);
        let mut j = i;
        let mut reach = 0;
        loop {
            while j < annotations.len() && annotations[j].span.start < end {
                reach = reach.max(annotations[j].span.end);
                j += 1;
            }
            if reach > end {
                end = next_break(text, reach);
            } else {
                break;
            }
        }
        out.push(Block { start, end, first: i, last: j });
        start = end;
        i = j;
    }
    out
}

/// A piece of rendered text: plain text, or an annotation around pieces.
#[derive(Debug, PartialEq)]
pub enum Node {
    /// Text `start..end` (bytes).
    Text(usize, usize),
    /// The annotation with this index around its pieces.
    Mark(usize, Vec<Node>),
}

/// The nested pieces of `block`, with the annotations `shown` keeps.
/// An annotation that crosses the end of an enclosing one is left out of
/// the view (it stays in the panels and exports). Linear in the block.
pub fn nodes(annotations: &[Annotation], block: Block, shown: impl Fn(&Annotation) -> bool) -> Vec<Node> {
    struct Open {
        index: usize,
        end: usize,
        children: Vec<Node>,
    }
    fn text(into: &mut Vec<Node>, from: usize, to: usize) {
        if from < to {
            into.push(Node::Text(from, to));
        }
    }
    fn close(stack: &mut Vec<Open>, root: &mut Vec<Node>, cursor: &mut usize) {
        if let Some(mut open) = stack.pop() {
            text(&mut open.children, *cursor, open.end);
            *cursor = open.end;
            let into = stack.last_mut().map_or(root, |o| &mut o.children);
            into.push(Node::Mark(open.index, open.children));
        }
    }
    let mut root = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut cursor = block.start;
    for index in block.first..block.last {
        let Some(a) = annotations.get(index) else { break };
        if a.span.is_empty() || a.span.start < cursor || a.span.end > block.end || !shown(a) {
            continue;
        }
        while stack.last().is_some_and(|o| o.end <= a.span.start) {
            close(&mut stack, &mut root, &mut cursor);
        }
        if stack.last().is_some_and(|o| a.span.end > o.end) {
            continue;
        }
        let into = stack.last_mut().map_or(&mut root, |o| &mut o.children);
        text(into, cursor, a.span.start);
        cursor = a.span.start;
        stack.push(Open { index, end: a.span.end, children: Vec::new() });
    }
    while !stack.is_empty() {
        close(&mut stack, &mut root, &mut cursor);
    }
    text(&mut root, cursor, block.end);
    root
}

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The text.
    pub text: AttrValue,
    /// The annotations.
    pub view: Shared<View>,
    /// Kinds switched off.
    pub hidden: Hidden,
    /// The chosen annotation.
    pub selected: Option<usize>,
    /// The annotation to scroll to.
    pub focus: Option<Focus>,
    /// Takes the index of a clicked highlight, and the bytes of text
    /// selected with the mouse or keyboard.
    pub dispatch: Dispatch,
}

/// The byte offset in the document of a DOM selection point. In a text
/// node (always inside an element carrying `data-o`, its start byte)
/// `offset` counts UTF-16 units; in an element, where a triple click puts
/// the end of its selection, it counts child nodes, and the point is the
/// start of the child it names, or the element's end.
fn byte_offset(node: &web_sys::Node, offset: u32) -> Option<usize> {
    if node.node_type() != web_sys::Node::TEXT_NODE {
        return match node.child_nodes().get(offset) {
            Some(child) => edge(&child, false),
            None => edge(node, true),
        };
    }
    let base: usize = node.parent_element()?.get_attribute("data-o")?.parse().ok()?;
    let content = node.text_content()?;
    let mut units = 0u32;
    for (i, c) in content.char_indices() {
        if units >= offset {
            return Some(base + i);
        }
        units += u32::try_from(c.len_utf16()).unwrap_or(2);
    }
    Some(base + content.len())
}

/// The byte where the text of `node` starts (or, with `end`, ends): that of
/// its first (last) piece of text carrying `data-o`.
fn edge(node: &web_sys::Node, end: bool) -> Option<usize> {
    let piece = match node.dyn_ref::<Element>() {
        Some(e) if e.has_attribute("data-o") => e.clone(),
        Some(e) => {
            let all = e.query_selector_all("[data-o]").ok()?;
            all.get(if end { all.length().checked_sub(1)? } else { 0 })?.dyn_into().ok()?
        }
        None => return byte_offset(node, if end { u32::MAX } else { 0 }),
    };
    let start: usize = piece.get_attribute("data-o")?.parse().ok()?;
    Some(if end { start + piece.text_content()?.len() } else { start })
}

/// The span of the text selected in the reader without the white space at
/// its ends, if any text is selected.
fn selected_span(text: &str, within: &NodeRef) -> Option<Span> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let within = within.cast::<Element>()?;
    // A point outside the text (a triple click on its last paragraph ends
    // the selection in the next section) stands for the text's end or start.
    let point = |node: web_sys::Node, offset: u32| {
        if within.contains(Some(&node)) {
            byte_offset(&node, offset)
        } else {
            edge(&within, within.compare_document_position(&node) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING != 0)
        }
    };
    let a = point(selection.anchor_node()?, selection.anchor_offset())?;
    let b = point(selection.focus_node()?, selection.focus_offset())?;
    let (start, end) = (a.min(b), a.max(b));
    let covered = text.get(start..end)?;
    let start = start + (covered.len() - covered.trim_start().len());
    let span = Span::new(start, start + covered.trim().len());
    (!span.is_empty()).then_some(span)
}

/// The index of the highlight an event happened in.
fn mark_index(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let element: Element = target?.dyn_into().ok()?;
    element.closest("mark[data-i]").ok()??.get_attribute("data-i")?.parse().ok()
}

/// The annotated text.
#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let text = props.text.clone();
    let blocks = use_memo((text.clone(), props.view.clone()), |(text, view)| blocks(text, &view.annotated.annotations));
    let shown = use_state(|| STEP);
    let container = use_node_ref();
    let flashed = use_mut_ref(|| None::<Focus>);

    // A document replaced: start again from its top.
    {
        let shown = shown.clone();
        use_effect_with(text.clone(), move |_| shown.set(STEP));
    }

    // Bring the focused annotation into view: render its block, then scroll.
    {
        let shown = shown.clone();
        let blocks = blocks.clone();
        let container = container.clone();
        let flashed = flashed.clone();
        use_effect_with((props.focus, *shown), move |(focus, count)| {
            let Some(focus) = *focus else { return };
            if *flashed.borrow() == Some(focus) {
                return;
            }
            let Some(b) = blocks.iter().position(|b| (b.first..b.last).contains(&focus.index)) else { return };
            if b >= *count {
                shown.set(b + 1);
                return;
            }
            *flashed.borrow_mut() = Some(focus);
            let Some(root) = container.cast::<Element>() else { return };
            let Ok(Some(mark)) = root.query_selector(&format!("mark[data-i=\"{}\"]", focus.index)) else { return };
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(ScrollBehavior::Smooth);
            options.set_block(ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            if let Some(el) = mark.dyn_ref::<HtmlElement>() {
                let _ = el.focus();
            }
            let _ = mark.class_list().add_1("flash");
            Timeout::new(1600, move || {
                let _ = mark.class_list().remove_1("flash");
            })
            .forget();
        });
    }

    // The tooltip: of the highlight under the pointer, else of the one with
    // the focus. A scroll takes the pointer off its highlight, and moves the
    // focused one: its tooltip follows (`scrolled` counts the scrolls).
    let hovered = use_state_eq(|| None::<Element>);
    let focused = use_state_eq(|| None::<Element>);
    let scrolled = use_state_eq(|| 0u32);
    let tip_node = use_node_ref();
    let tip_of = (*hovered).clone().or_else(|| (*focused).clone());
    use_tooltip(tip_node.clone(), tip_of.clone());
    let onmouseover = {
        let hovered = hovered.clone();
        Callback::from(move |e: MouseEvent| hovered.set(tip_mark(e.target())))
    };
    let onmouseleave = {
        let hovered = hovered.clone();
        Callback::from(move |_: MouseEvent| hovered.set(None))
    };
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| focused.set(tip_mark(e.target())))
    };
    let onfocusout = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(None))
    };

    let onscroll = {
        let shown = shown.clone();
        let total = blocks.len();
        let (hovered, focused, scrolled) = (hovered.clone(), focused.clone(), scrolled.clone());
        Callback::from(move |e: Event| {
            hovered.set(None);
            if focused.is_some() {
                scrolled.set(scrolled.wrapping_add(1));
            }
            let Some(el) = e.target_dyn_into::<Element>() else { return };
            if *shown < total && el.scroll_top() + el.client_height() + MARGIN > el.scroll_height() {
                shown.set(*shown + STEP);
            }
        })
    };
    let onclick = {
        let dispatch = props.dispatch.clone();
        let text = text.clone();
        let container = container.clone();
        Callback::from(move |e: MouseEvent| {
            if selected_span(&text, &container).is_none() {
                dispatch.dispatch(Action::Select(mark_index(e.target())));
            }
        })
    };
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" | " " => {
                if let Some(i) = mark_index(e.target()) {
                    e.prevent_default();
                    dispatch.dispatch(Action::Select(Some(i)));
                }
            }
            // Lets go of the chosen highlight (or the selected text).
            "Escape" => dispatch.dispatch(Action::Select(None)),
            _ => {}
        })
    };
    let onmouseup = {
        let dispatch = props.dispatch.clone();
        let text = text.clone();
        let container = container.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(span) = selected_span(&text, &container) {
                dispatch.dispatch(Action::Pick(Some(span)));
            }
        })
    };
    let onkeyup = {
        let dispatch = props.dispatch.clone();
        let text = text.clone();
        let container = container.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.shift_key() {
                if let Some(span) = selected_span(&text, &container) {
                    dispatch.dispatch(Action::Pick(Some(span)));
                }
            }
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + STEP))
    };

    let total = blocks.len();
    let count = (*shown).min(total);
    html! {
        <section class="reader">
            // Every highlight is a tab stop: a keyboard user can pass them all.
            <a class="skip" href="#overview">{ "Skip the highlights: go to the export and the panels" }</a>
            <div ref={container} class="text" tabindex="0" role="region" aria-label="Annotated text"
                lang={props.view.annotated.language.code()} {onscroll} {onclick} {onkeydown} {onmouseup} {onkeyup}
                {onmouseover} {onmouseleave} {onfocusin} {onfocusout}>
                if text.is_empty() {
                    <p class="empty">{ "Paste or open a document: its annotations appear here." }</p>
                }
                { for blocks.iter().take(count).map(|b| html! {
                    <BlockView key={b.start} text={text.clone()} view={props.view.clone()} block={*b}
                        hidden={props.hidden}
                        selected={props.selected.filter(|i| (b.first..b.last).contains(i))} />
                }) }
                if count < total {
                    <button type="button" class="more" onclick={more}>
                        { format!("Show more of the text ({} of {} parts shown)", count, total) }
                    </button>
                }
            </div>
            { tooltip(&tip_node, tip_of.as_ref()) }
        </section>
    }
}

/// Props of [`BlockView`].
#[derive(Properties, PartialEq)]
struct BlockProps {
    text: AttrValue,
    view: Shared<View>,
    block: Block,
    hidden: Hidden,
    selected: Option<usize>,
}

/// One block of the text; re-renders only when its own props change.
#[function_component(BlockView)]
fn block_view(props: &BlockProps) -> Html {
    let annotations = &props.view.annotated.annotations;
    let hidden = props.hidden;
    let nodes = nodes(annotations, props.block, |a| !hidden.hides(a.kind));
    html! { <>{ for nodes.iter().map(|n| render(&props.text, annotations, n, props.selected)) }</> }
}

fn render(text: &str, annotations: &[Annotation], node: &Node, selected: Option<usize>) -> Html {
    match node {
        Node::Text(s, e) => html! { <span data-o={s.to_string()}>{ text.get(*s..*e).unwrap_or_default() }</span> },
        Node::Mark(i, children) => {
            let Some(a) = annotations.get(*i) else { return Html::default() };
            // A `class` in `html!` goes through `Classes` (an `IndexSet`):
            // a few KB of wasm for a choice among four fixed strings.
            let class = match (selected == Some(*i), a.origin == undoc::model::Origin::Manual) {
                (true, true) => Some("selected manual"),
                (true, false) => Some("selected"),
                (false, true) => Some("manual"),
                (false, false) => None,
            };
            let attribute = |value: AttrValue| Some((value, ApplyAttributeAs::Attribute));
            let mut mark = VTag::new("mark");
            mark.set_attributes(Attributes::Dynamic {
                keys: &["data-kind", "data-i", "data-tip", "tabindex", "class"],
                values: Box::new([
                    attribute(AttrValue::Static(a.kind.as_str())),
                    attribute(i.to_string().into()),
                    attribute(tip(a).into()),
                    attribute(AttrValue::Static("0")),
                    class.and_then(|c| attribute(AttrValue::Static(c))),
                ]),
            });
            mark.add_children(children.iter().map(|n| render(text, annotations, n, selected)));
            mark.into()
        }
    }
}
