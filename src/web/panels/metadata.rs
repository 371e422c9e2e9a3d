//! What the document is: body, symbol, date, session, meeting, languages.

use yew::prelude::*;

use super::{panel, PanelProps};

/// The metadata panel.
pub fn metadata(props: &PanelProps) -> Html {
    let m = &props.view.annotated.metadata;
    let meeting = m.meeting.as_ref().map(|x| {
        let dates = match (&x.start, &x.end) {
            (Some(s), Some(e)) if s != e => format!("{s} – {e}"),
            (Some(s), _) => s.clone(),
            _ => String::new(),
        };
        [dates, x.place.clone().unwrap_or_default()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
    });
    let rows: Vec<(&str, Option<String>)> = vec![
        ("Title", m.title.clone()),
        ("Body", m.body.clone()),
        ("Symbol", m.symbol.clone()),
        ("Date", m.date.clone()),
        ("Session", m.session.as_ref().map(|s| s.text.clone())),
        ("Meeting", meeting.filter(|s| !s.is_empty())),
        ("Distribution", m.distribution.clone()),
        ("Language", m.language.clone()),
        ("Original", m.original_language.clone()),
    ];
    let rows: Vec<_> = rows.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect();
    let body = (!rows.is_empty()).then(|| {
        html! {
            <dl class="metadata">
                { for rows.iter().map(|(k, v)| html! { <><dt>{ *k }</dt><dd>{ v }</dd></> }) }
            </dl>
        }
    });
    panel("Document", rows.len(), "No header found.", body)
}
