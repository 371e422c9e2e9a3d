//! The dates mentioned, in calendar order, each with its mention count.

use std::collections::BTreeMap;

use undoc::{Kind, Value};
use yew::prelude::*;

use super::{jump, panel, PanelProps};

/// The dates panel.
#[function_component(Dates)]
pub fn dates(props: &PanelProps) -> Html {
    // (start, end) -> (first mention, count); ISO dates sort in calendar order.
    let mut dates: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for (i, a) in props.view.annotated.annotations.iter().enumerate() {
        if let (Kind::Date, Value::Date(d)) = (a.kind, &a.value) {
            let entry = dates.entry((d.start.clone(), d.end.clone().unwrap_or_default())).or_insert((i, 0));
            entry.1 += 1;
        }
    }
    let body = if dates.is_empty() {
        html! { <p class="empty">{ "No dates found." }</p> }
    } else {
        html! {
            <ul class="dates">
                { for dates.iter().map(|((start, end), (i, n))| {
                    let label = if end.is_empty() { start.clone() } else { format!("{start} – {end}") };
                    html! { <li>{ jump(html! { <>{ label }<span class="count">{ *n }</span></> }, Some(*i), &props.on_jump) }</li> }
                }) }
            </ul>
        }
    };
    panel("Dates", dates.len(), body)
}
