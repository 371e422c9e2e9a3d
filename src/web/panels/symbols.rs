//! The document symbols, resolutions and decisions mentioned, with links to
//! the documents on undocs.org.

use undoc::model::SymbolValue;
use undoc::Value;
use yew::prelude::*;

use super::{grouped, jump, panel, with_count, PanelProps};

/// The symbols panel.
pub fn symbols(props: &PanelProps) -> Html {
    let annotations = &props.view.annotated.annotations;
    let mentions = annotations.iter().enumerate().filter_map(|(i, a)| match &a.value {
        Value::Symbol(SymbolValue::Document { symbol, .. }) => Some((symbol.clone(), i)),
        Value::Symbol(SymbolValue::Resolution { number, .. }) => Some((format!("Resolution {number}"), i)),
        Value::Symbol(SymbolValue::Decision { number, .. }) => Some((format!("Decision {number}"), i)),
        _ => None,
    });
    let symbols = grouped(mentions.collect());
    // The link is that of the first mention.
    let url = |i: usize| match &annotations[i].value {
        Value::Symbol(SymbolValue::Document { url, .. }) => Some(url.clone()),
        _ => None,
    };
    let body = (!symbols.is_empty()).then(|| {
        html! {
            <ul class="symbols">
                { for symbols.iter().map(|(name, i, n)| html! {
                    <li>
                        { jump(with_count(html! { name }, *n), Some(*i), props) }
                        if let Some(url) = url(*i) {
                            { " " }<a href={url} target="_blank" rel="noopener noreferrer"
                                aria-label={format!("{name} on undocs.org")}>{ "undocs.org" }</a>
                        }
                    </li>
                }) }
            </ul>
        }
    });
    panel("Symbols", symbols.len(), "No symbols found.", body)
}
