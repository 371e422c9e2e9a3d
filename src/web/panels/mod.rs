//! The side panels: what the document is (metadata), its agenda, its
//! schedule, and the dates, symbols and participants it mentions. Clicking
//! an entry jumps to its first mention in the text.

mod agenda;
mod dates;
mod metadata;
mod participants;
pub(crate) mod schedule;
mod symbols;

use undoc::{Annotation, Kind};
use yew::prelude::*;

use crate::app::{jump_on_click, Dispatch, Shared, View};

/// Props shared by every panel.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The text.
    pub text: AttrValue,
    /// The annotations.
    pub view: Shared<View>,
    /// Takes the jumps to an annotation.
    pub dispatch: Dispatch,
}

/// The index of the first annotation of `kind` that `matches`.
pub fn first(annotations: &[Annotation], kind: Kind, matches: impl Fn(&Annotation) -> bool) -> Option<usize> {
    annotations.iter().position(|a| a.kind == kind && matches(a))
}

/// Mentions `(label, annotation index)`, in text order, grouped by label:
/// each label once, in label order, with its first mention and its count.
/// Sorting a list is far less code in the wasm than a `BTreeMap`.
pub fn grouped(mut mentions: Vec<(String, usize)>) -> Vec<(String, usize, usize)> {
    undoc::sorting::sort_by(&mut mentions, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for (label, i) in mentions {
        match out.last_mut() {
            Some(last) if last.0 == label => last.2 += 1,
            _ => out.push((label, i, 1)),
        }
    }
    out
}

/// A button that jumps to annotation `index` (plain text when there is none).
pub fn jump(label: Html, index: Option<usize>, props: &PanelProps) -> Html {
    match index {
        Some(i) => {
            html! { <button type="button" class="link" onclick={jump_on_click(&props.dispatch, &props.view, Some(i))}>{ label }</button> }
        }
        None => label,
    }
}

/// A collapsible panel titled `title` with `count` entries: `body`, or
/// the message `empty` when there is none.
pub fn panel(title: &'static str, count: usize, empty: &'static str, body: Option<Html>) -> Html {
    html! {
        <details class="panel" open=true>
            <summary><h2>{ title }{ counted(count) }</h2></summary>
            { body.unwrap_or_else(|| html! { <p class="empty">{ empty }</p> }) }
        </details>
    }
}

/// `label` followed by its count.
pub fn with_count(label: Html, count: usize) -> Html {
    html! { <>{ label }{ counted(count) }</> }
}

/// A count, as the panels and the legend show it.
pub fn counted(count: usize) -> Html {
    html! { <span class="count">{ count }</span> }
}

/// All panels: one component, since they all show the same result (a
/// component each would only repeat Yew's lifecycle code in the wasm).
#[function_component(Panels)]
pub fn panels(props: &PanelProps) -> Html {
    html! {
        <div class="panels">
            { metadata::metadata(props) }
            { agenda::agenda(props) }
            { schedule::schedule(props) }
            { dates::dates(props) }
            { symbols::symbols(props) }
            { participants::participants(props) }
        </div>
    }
}
