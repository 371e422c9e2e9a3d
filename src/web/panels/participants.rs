//! The participants, grouped by type (states, organisations, persons,
//! groups), each with its number of mentions.

use yew::prelude::*;

use super::{jump, panel, PanelProps};
use crate::mentions::Entity;

/// The types of participant, in the order shown, with their headings.
const GROUPS: [(&str, &str); 4] =
    [("state", "States"), ("organization", "Organizations"), ("person", "Persons"), ("group", "Groups")];

/// The participants panel.
pub fn participants(props: &PanelProps) -> Html {
    let entries = &props.view.annotated.participants;
    let mentions = &props.view.mentions;
    let body = if entries.is_empty() {
        html! { <p class="empty">{ "No participants found." }</p> }
    } else {
        html! {
            <>
            { for GROUPS.iter().map(|(kind, heading)| {
                let group: Vec<_> = entries.iter().filter(|e| e.kind == *kind).collect();
                if group.is_empty() {
                    return Html::default();
                }
                html! {
                    <>
                    <h3>{ *heading }<span class="count">{ group.len() }</span></h3>
                    <ul class="participants">
                        { for group.iter().map(|e| {
                            let index = mentions.of(&Entity::of_participant(e)).first().copied();
                            html! { <li>{ jump(html! { <>{ &e.name }<span class="count">{ e.mentions }</span></> }, index, props) }</li> }
                        }) }
                    </ul>
                    </>
                }
            }) }
            </>
        }
    };
    panel("Participants", entries.len(), body)
}
