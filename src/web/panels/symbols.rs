//! The document symbols, resolutions and decisions mentioned, with links to
//! the documents on undocs.org.

use std::collections::BTreeMap;

use undoc::model::SymbolValue;
use undoc::Value;
use yew::prelude::*;

use super::{jump, panel, PanelProps};

/// The symbols panel.
#[function_component(Symbols)]
pub fn symbols(props: &PanelProps) -> Html {
    // name -> (first mention, count, link)
    let mut symbols: BTreeMap<String, (usize, usize, Option<String>)> = BTreeMap::new();
    for (i, a) in props.view.annotated.annotations.iter().enumerate() {
        let Value::Symbol(v) = &a.value else { continue };
        let (name, url) = match v {
            SymbolValue::Document { symbol, url, .. } => (symbol.clone(), Some(url.clone())),
            SymbolValue::Resolution { number, .. } => (format!("Resolution {number}"), None),
            SymbolValue::Decision { number, .. } => (format!("Decision {number}"), None),
        };
        symbols.entry(name).or_insert((i, 0, url)).1 += 1;
    }
    let body = if symbols.is_empty() {
        html! { <p class="empty">{ "No symbols found." }</p> }
    } else {
        html! {
            <ul class="symbols">
                { for symbols.iter().map(|(name, (i, n, url))| html! {
                    <li>
                        { jump(html! { <>{ name }<span class="count">{ *n }</span></> }, Some(*i), &props.on_jump) }
                        if let Some(url) = url {
                            { " " }<a href={url.clone()} target="_blank" rel="noopener noreferrer"
                                aria-label={format!("{name} on undocs.org")}>{ "undocs.org" }</a>
                        }
                    </li>
                }) }
            </ul>
        }
    };
    panel("Symbols", symbols.len(), body)
}
