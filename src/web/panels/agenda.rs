//! The agenda as a tree of items and sub-items.

use undoc::model::AgendaNode;
use undoc::{Kind, Value};
use yew::prelude::*;

use super::{first, jump, panel, PanelProps};

fn count(nodes: &[AgendaNode]) -> usize {
    nodes.iter().map(|n| 1 + count(&n.items)).sum()
}

fn tree(props: &PanelProps, nodes: &[AgendaNode]) -> Html {
    let annotations = &props.view.annotated.annotations;
    html! {
        <ol class="agenda">
            { for nodes.iter().map(|n| {
                let index = first(annotations, Kind::AgendaItem, |a| {
                    matches!(&a.value, Value::AgendaItem(v) if v.number == n.number)
                });
                html! {
                    <li>
                        { jump(html! { <><span class="number">{ &n.number }</span>{ " " }{ &n.title }</> }, index, props) }
                        if !n.items.is_empty() { { tree(props, &n.items) } }
                    </li>
                }
            }) }
        </ol>
    }
}

/// The agenda panel.
pub fn agenda(props: &PanelProps) -> Html {
    let nodes = &props.view.annotated.agenda;
    let body = (!nodes.is_empty()).then(|| tree(props, nodes));
    panel("Agenda", count(nodes), "No agenda found.", body)
}
