//! The dates mentioned, in calendar order, each with its mention count.

use undoc::{Kind, Value};
use yew::prelude::*;

use super::{grouped, jump, panel, with_count, PanelProps};

/// The dates panel.
pub fn dates(props: &PanelProps) -> Html {
    // `start` or `start – end`: ISO dates, so the labels sort in calendar
    // order (a shorter start, a prefix of a longer one, comes first).
    let mentions = props.view.annotated.annotations.iter().enumerate().filter_map(|(i, a)| match (a.kind, &a.value) {
        (Kind::Date, Value::Date(d)) => Some((
            match &d.end {
                Some(end) => format!("{} – {end}", d.start),
                None => d.start.clone(),
            },
            i,
        )),
        _ => None,
    });
    let dates = grouped(mentions.collect());
    let body = (!dates.is_empty()).then(|| {
        html! {
            <ul class="dates">
                { for dates.iter().map(|(label, i, n)| {
                    html! { <li>{ jump(with_count(html! { label }, *n), Some(*i), props) }</li> }
                }) }
            </ul>
        }
    });
    panel("Dates", dates.len(), "No dates found.", body)
}
