//! The legend: one toggle per kind, in its highlight colour, with the count
//! of annotations of that kind.

use undoc::Kind;
use yew::prelude::*;

use crate::app::{Action, Dispatch, Hidden, View};

/// The kind's name for people.
pub fn label(kind: Kind) -> &'static str {
    match kind {
        Kind::AgendaItem => "Agenda item",
        Kind::AgendaRef => "Agenda reference",
        Kind::Date => "Date",
        Kind::Time => "Time",
        Kind::Symbol => "Document symbol",
        Kind::Participant => "Participant",
        Kind::Place => "Place",
        Kind::Article => "Article",
    }
}

/// The legend: the kinds of `view`'s annotations, those `hidden` switched
/// off, each switching its kind over. A plain function, drawn
/// with the page: a component of its own would repeat Yew's lifecycle
/// code in the wasm.
pub fn legend(view: &View, hidden: Hidden, dispatch: &Dispatch) -> Html {
    let mut counts = [0usize; Kind::ALL.len()];
    for a in &view.annotated.annotations {
        if let Some(i) = Kind::ALL.iter().position(|k| *k == a.kind) {
            counts[i] += 1;
        }
    }
    html! {
        <div class="legend" role="group" aria-label="Kinds shown">
            { for Kind::ALL.iter().zip(counts).map(|(&kind, n)| {
                let dispatch = dispatch.clone();
                let shown = !hidden.hides(kind);
                html! {
                    <button type="button" class="chip" data-kind={kind.as_str()} aria-pressed={shown.to_string()}
                        onclick={Callback::from(move |_| dispatch.dispatch(Action::Toggle(kind)))}>
                        <span class="swatch" aria-hidden="true"></span>
                        { label(kind) }
                        <span class="count">{ n }</span>
                    </button>
                }
            }) }
        </div>
    }
}
