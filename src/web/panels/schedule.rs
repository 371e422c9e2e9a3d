//! The schedule (organisation of work) as a table.

use yew::prelude::*;

use super::{panel, PanelProps};

/// The schedule panel.
pub fn schedule(props: &PanelProps) -> Html {
    let rows = &props.view.annotated.schedule;
    let body = (!rows.is_empty()).then(|| {
        html! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="Schedule table">
                <table class="schedule">
                    <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Time" }</th><th scope="col">{ "Items" }</th></tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| {
                            let time = match (&r.start, &r.end) {
                                (Some(s), Some(e)) => format!("{s}–{e}"),
                                (Some(s), None) => s.clone(),
                                _ => String::new(),
                            };
                            let items = items_cell(&r.items, &r.titles);
                            html! { <tr><td>{ r.date.clone().unwrap_or_default() }</td><td>{ time }</td><td>{ items }</td></tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        }
    });
    panel("Schedule", rows.len(), "No schedule found.", body)
}

/// The Items cell of a row: each item number with its title (`3 General
/// debate`); a title no number goes with (a meeting on `Organization of
/// work` alone) stands by itself, and so does a number without a title.
pub fn items_cell(items: &[String], titles: &[String]) -> String {
    let paired = items.len().max(titles.len());
    let mut cells = Vec::with_capacity(paired);
    for k in 0..paired {
        match (items.get(k), titles.get(k)) {
            (Some(i), Some(t)) => cells.push(format!("{i} {t}")),
            (Some(one), None) | (None, Some(one)) => cells.push(one.clone()),
            (None, None) => {}
        }
    }
    cells.join("; ")
}
