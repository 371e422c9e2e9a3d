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

use crate::app::{Shared, View};

/// Props shared by every panel.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The text.
    pub text: AttrValue,
    /// The annotations.
    pub view: Shared<View>,
    /// Called with the index of an annotation to go to.
    pub on_jump: Callback<usize>,
}

/// The index of the first annotation of `kind` that `matches`.
pub fn first(annotations: &[Annotation], kind: Kind, matches: impl Fn(&Annotation) -> bool) -> Option<usize> {
    annotations.iter().position(|a| a.kind == kind && matches(a))
}

/// A button that jumps to annotation `index` (plain text when there is none).
pub fn jump(label: Html, index: Option<usize>, on_jump: &Callback<usize>) -> Html {
    match index {
        Some(i) => {
            let on_jump = on_jump.clone();
            html! { <button type="button" class="link" onclick={Callback::from(move |_| on_jump.emit(i))}>{ label }</button> }
        }
        None => label,
    }
}

/// A collapsible panel titled `title`.
pub fn panel(title: &str, count: usize, body: Html) -> Html {
    html! {
        <details class="panel" open=true>
            <summary><h2>{ title }<span class="count">{ count }</span></h2></summary>
            { body }
        </details>
    }
}

/// All panels.
#[function_component(Panels)]
pub fn panels(props: &PanelProps) -> Html {
    html! {
        <div class="panels">
            <metadata::Metadata ..props.clone_props() />
            <agenda::Agenda ..props.clone_props() />
            <schedule::Schedule ..props.clone_props() />
            <dates::Dates ..props.clone_props() />
            <symbols::Symbols ..props.clone_props() />
            <participants::Participants ..props.clone_props() />
        </div>
    }
}

impl PanelProps {
    fn clone_props(&self) -> PanelProps {
        PanelProps { text: self.text.clone(), view: self.view.clone(), on_jump: self.on_jump.clone() }
    }
}
