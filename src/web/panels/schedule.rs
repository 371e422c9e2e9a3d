//! The schedule (organisation of work) as a table.

use yew::prelude::*;

use super::{panel, PanelProps};

/// The schedule panel.
#[function_component(Schedule)]
pub fn schedule(props: &PanelProps) -> Html {
    let rows = &props.view.annotated.schedule;
    let body = if rows.is_empty() {
        html! { <p class="empty">{ "No schedule found." }</p> }
    } else {
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
                            let items = r.items.iter().zip(r.titles.iter().map(Some).chain(std::iter::repeat(None)))
                                .map(|(i, t)| t.map_or_else(|| i.clone(), |t| format!("{i} {t}")))
                                .collect::<Vec<_>>().join("; ");
                            html! { <tr><td>{ r.date.clone().unwrap_or_default() }</td><td>{ time }</td><td>{ items }</td></tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };
    panel("Schedule", rows.len(), body)
}
