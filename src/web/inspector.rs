//! The bar above the text for the chosen highlight (its value, its link,
//! previous and next mention of the same value, change of kind, removal) or
//! the selected text (add an annotation of a kind), and undo.

use undoc::model::SymbolValue;
use undoc::{Annotation, Kind, Span, Value};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::{jump_on_click, Action, Dispatch, Shared, View};
use crate::corrections::{Edit, Mark};
use crate::legend::label;
use crate::values::fields;

/// What [`inspector`] shows and calls.
pub struct InspectorProps {
    /// The text.
    pub text: AttrValue,
    /// The annotations.
    pub view: Shared<View>,
    /// The chosen annotation.
    pub selected: Option<usize>,
    /// The selected text.
    pub picked: Option<Span>,
    /// How many corrections can be undone.
    pub undo_count: usize,
    /// Takes the corrections, the undo and the jumps to other mentions.
    pub dispatch: Dispatch,
}

/// A `<select>` of the kinds with `current` chosen.
fn kind_select(id: &'static str, current: Kind, key: String) -> Html {
    html! {
        <select {id} {key}>
            { for Kind::ALL.iter().map(|k| html! {
                <option value={k.as_str()} selected={*k == current}>{ label(*k) }</option>
            }) }
        </select>
    }
}

/// The kind chosen in the `<select>` with this id.
fn chosen(id: &str) -> Option<Kind> {
    let select = gloo::utils::document().get_element_by_id(id)?.dyn_into::<HtmlSelectElement>().ok()?;
    Kind::from_name(&select.value())
}

/// The inspector bar. A plain function, drawn with the page: a component
/// of its own would repeat Yew's lifecycle code in the wasm.
pub fn inspector(props: &InspectorProps) -> Html {
    let annotations = &props.view.annotated.annotations;
    let undo = {
        let dispatch = props.dispatch.clone();
        html! {
            <button type="button" onclick={Callback::from(move |_| dispatch.dispatch(Action::Undo))} disabled={props.undo_count == 0}>
                { format!("Undo ({})", props.undo_count) }
            </button>
        }
    };

    let body = if let Some(a) = props.selected.and_then(|i| annotations.get(i).map(|a| (i, a))) {
        selected(props, a)
    } else if let Some(span) = props.picked {
        picked(props, span)
    } else {
        html! { <p class="hint">{ "Click a highlight to see its value, or select text to annotate it." }</p> }
    };
    html! {
        <section class="inspector" aria-label="Selected annotation">
            <div class="inspector-body" aria-live="polite">{ body }</div>
            <div class="toolbar undo">{ undo }</div>
        </section>
    }
}

fn selected(props: &InspectorProps, (index, a): (usize, &Annotation)) -> Html {
    let same = props.view.mentions.same(index);
    let position = same.iter().position(|&i| i == index).unwrap_or(0);
    let step = |delta: isize| {
        let n = same.len() as isize;
        let target = same.get(((position as isize + delta).rem_euclid(n.max(1))) as usize).copied();
        jump_on_click(&props.dispatch, &props.view, target)
    };
    let mark = Mark::new(&props.text, a.span, a.kind);
    let relabel = {
        let dispatch = props.dispatch.clone();
        let mark = mark.clone();
        let text = props.text.clone();
        let (span, kind) = (a.span, a.kind);
        Callback::from(move |_| {
            let to = chosen("relabel-kind").unwrap_or(kind);
            if to != kind {
                dispatch.dispatch(Action::Edit(Edit { remove: mark.clone(), add: Mark::new(&text, span, to) }));
            }
        })
    };
    let remove = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Edit(Edit { remove: mark.clone(), add: None })))
    };
    let link = match &a.value {
        Value::Symbol(SymbolValue::Document { url, .. }) => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ "Open on undocs.org" }</a>
        },
        _ => Html::default(),
    };
    html! {
        <div class="selected-annotation" data-kind={a.kind.as_str()}>
            <p>
                <span class="kind-name">{ label(a.kind) }</span>
                if a.origin == undoc::model::Origin::Manual { <span class="badge">{ "manual" }</span> }
                { " " }<q>{ props.text.get(a.span.range()).unwrap_or_default() }</q>{ " " }{ link }
            </p>
            <dl class="value">
                { for fields(&a.value).into_iter().map(|(name, v)| html! { <div><dt>{ name }</dt><dd>{ v }</dd></div> }) }
            </dl>
            <div class="toolbar" role="group" aria-label="Mentions and corrections">
                <button type="button" class="prev" onclick={step(-1)} disabled={same.len() < 2}>{ "◀ Previous" }</button>
                <span class="position">{ format!("mention {} of {}", position + 1, same.len()) }</span>
                <button type="button" class="next" onclick={step(1)} disabled={same.len() < 2}>{ "Next ▶" }</button>
                <label for="relabel-kind">{ "Kind" }</label>
                { kind_select("relabel-kind", a.kind, format!("{index}-{}", a.kind.as_str())) }
                <button type="button" onclick={relabel}>{ "Change kind" }</button>
                <button type="button" class="danger" onclick={remove}>{ "Remove" }</button>
            </div>
        </div>
    }
}

fn picked(props: &InspectorProps, span: Span) -> Html {
    let add = {
        let dispatch = props.dispatch.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let kind = chosen("add-kind").unwrap_or(Kind::Participant);
            if let Some(mark) = Mark::new(&text, span, kind) {
                dispatch.dispatch(Action::Edit(Edit { remove: None, add: Some(mark) }));
            }
        })
    };
    html! {
        <div class="picked">
            <p>{ "Selected: " }<q>{ props.text.get(span.range()).unwrap_or_default() }</q></p>
            <div class="toolbar" role="group" aria-label="Add an annotation">
                <label for="add-kind">{ "Kind" }</label>
                { kind_select("add-kind", Kind::Participant, String::from("add")) }
                <button type="button" onclick={add}>{ "Add annotation" }</button>
            </div>
        </div>
    }
}
