//! The legend: one toggle per kind, in its highlight colour, with the count
//! of annotations of that kind.

use undoc::Kind;
use yew::prelude::*;

use crate::app::{Hidden, Shared, View};

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

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The annotations counted.
    pub view: Shared<View>,
    /// Kinds switched off.
    pub hidden: Hidden,
    /// Called with the kind to switch.
    pub on_toggle: Callback<Kind>,
}

/// The legend.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let mut counts = [0usize; Kind::ALL.len()];
    for a in &props.view.annotated.annotations {
        if let Some(i) = Kind::ALL.iter().position(|k| *k == a.kind) {
            counts[i] += 1;
        }
    }
    html! {
        <div class="legend" role="group" aria-label="Kinds shown">
            { for Kind::ALL.iter().zip(counts).map(|(&kind, n)| {
                let on_toggle = props.on_toggle.clone();
                let shown = !props.hidden.hides(kind);
                html! {
                    <button type="button" class="chip" data-kind={kind.as_str()} aria-pressed={shown.to_string()}
                        onclick={Callback::from(move |_| on_toggle.emit(kind))}>
                        <span class="swatch" aria-hidden="true"></span>
                        { label(kind) }
                        <span class="count">{ n }</span>
                    </button>
                }
            }) }
        </div>
    }
}
