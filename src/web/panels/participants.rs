//! The participants, grouped by type (states, organisations, persons,
//! groups), each with its number of mentions.

use yew::prelude::*;

use super::{counted, jump, panel, with_count, PanelProps};
use crate::mentions::Entity;

/// The types of participant, in the order shown, with their headings.
const GROUPS: [(&str, &str); 4] =
    [("state", "States"), ("organization", "Organizations"), ("person", "Persons"), ("group", "Groups")];

/// The participants panel.
pub fn participants(props: &PanelProps) -> Html {
    let entries = &props.view.annotated.participants;
    let mentions = &props.view.mentions;
    let body = (!entries.is_empty()).then(|| {
        html! {
            <>
            { for GROUPS.iter().map(|(kind, heading)| {
                let group: Vec<_> = entries.iter().filter(|e| e.kind == *kind).collect();
                if group.is_empty() {
                    return Html::default();
                }
                html! {
                    <>
                    <h3>{ *heading }{ counted(group.len()) }</h3>
                    <ul class="participants">
                        { for group.iter().map(|e| {
                            let index = mentions.of(&Entity::of_participant(e)).first().copied();
                            html! { <li>{ jump(with_count(html! { &e.name }, e.mentions), index, props) }</li> }
                        }) }
                    </ul>
                    </>
                }
            }) }
            </>
        }
    });
    panel("Participants", entries.len(), "No participants found.", body)
}
