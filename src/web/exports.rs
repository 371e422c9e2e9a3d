//! The export buttons. Every file comes from the core's
//! `undoc::formats::render`, the same code as `undoc annotate --format`, so
//! the page's JSON of an unedited document equals the command line's.

use undoc::formats::{ics, render, ExportOptions, Format};
use yew::prelude::*;

use crate::app::{Action, Dispatch, Shared, View};
use crate::download;

/// The button label of a format's download.
fn label(format: Format) -> &'static str {
    match format {
        Format::Json => "Download JSON",
        Format::Csv => "CSV",
        Format::JsonLd => "Web Annotation JSON-LD",
        Format::Brat => "brat .ann",
        Format::Ics => "Calendar .ics",
    }
}

/// The file name of an export: the source's name with the format's extension.
pub fn file_name(source: &str, format: Format) -> String {
    let stem = source.rsplit_once('.').map_or(source, |(stem, _)| stem);
    let stem = if stem.is_empty() { "document" } else { stem };
    format!("{stem}.{}", format.extension())
}

/// Seconds since 1970 from the browser's clock (the iCalendar `DTSTAMP`).
fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// The export toolbar for `text` (from the file `name`) and its `view`,
/// with what the last export said. A plain function, drawn with the page,
/// its message in the page's state: a component would repeat Yew's
/// lifecycle code in the wasm.
pub fn exports(text: &AttrValue, name: &AttrValue, view: &Shared<View>, status: Option<&str>, dispatch: &Dispatch) -> Html {
    let export = |format: Format| {
        let (text, name, view, dispatch) = (text.clone(), name.clone(), view.clone(), dispatch.clone());
        Callback::from(move |_| {
            let options = ExportOptions { name: &name, timestamp: now_seconds() };
            let content = render(format, &text, &view.annotated, &options);
            let file = file_name(&name, format);
            // As the command line warns: an empty calendar is rarely what was wanted.
            let empty = format == Format::Ics && ics::event_count(&view.annotated) == 0;
            dispatch.dispatch(Action::Exported(match download::save(&file, format.media_type(), &content) {
                Ok(()) if empty => format!("Saved {file}, without events: no schedule with dates was found"),
                Ok(()) => format!("Saved {file}"),
                Err(_) => format!("Could not save {file}"),
            }));
        })
    };
    let copy = {
        let (text, name, view, dispatch) = (text.clone(), name.clone(), view.clone(), dispatch.clone());
        Callback::from(move |_| {
            let json = render(Format::Json, &text, &view.annotated, &ExportOptions::new(&name));
            let dispatch = dispatch.clone();
            download::copy(&json, move |ok| {
                dispatch.dispatch(Action::Exported(if ok { "JSON copied to the clipboard" } else { "The clipboard refused the JSON" }.into()))
            });
        })
    };
    html! {
        <section class="exports" aria-labelledby="exports-title">
            <h2 id="exports-title">{ "Export" }</h2>
            <div class="toolbar">
                { for Format::ALL.iter().map(|&f| html! {
                    <button type="button" data-format={f.name()} onclick={export(f)}>{ label(f) }</button>
                }) }
                <button type="button" onclick={copy}>{ "Copy JSON" }</button>
            </div>
            <p class="status" role="status">{ status.unwrap_or_default() }</p>
        </section>
    }
}
