//! Normalised values read by people: a one-line summary for the tooltip
//! of a highlight, and the labelled fields the inspector lists.

use undoc::model::{ArticleValue, Granularity, ParticipantValue, SymbolValue};
use undoc::{Annotation, Value};

use crate::legend::label;

/// A short human reading of a normalised value, e.g. `2021-12-13 – 2021-12-17`.
pub fn summary(value: &Value) -> String {
    fn range(start: &str, end: Option<&String>) -> String {
        end.map_or_else(|| start.to_string(), |e| format!("{start} – {e}"))
    }
    fn some(parts: &[Option<String>]) -> String {
        parts.iter().flatten().cloned().collect::<Vec<_>>().join(" ")
    }
    match value {
        Value::AgendaItem(v) => format!("item {} {}", v.number, v.title).trim().to_string(),
        Value::AgendaRef(v) => format!("{} {}", if v.items.len() == 1 { "item" } else { "items" }, v.items.join(", ")),
        Value::Date(v) => range(&v.start, v.end.as_ref()),
        Value::Time(v) => range(&v.start, v.end.as_ref()),
        Value::Symbol(SymbolValue::Document { symbol, url, .. }) => format!("{symbol} · {url}"),
        Value::Symbol(SymbolValue::Resolution { number, body }) => some(&[Some(format!("resolution {number}")), body.clone()]),
        Value::Symbol(SymbolValue::Decision { number, body }) => some(&[Some(format!("decision {number}")), body.clone()]),
        Value::Participant(p) => match p {
            ParticipantValue::State { name, iso3 } => format!("state {name} ({iso3})"),
            ParticipantValue::Organization { name, short } => some(&[Some(format!("organization {name}")), short.as_ref().map(|s| format!("({s})"))]),
            ParticipantValue::Person { name, state, role } => {
                let who = some(&[Some(format!("person {name}")), state.as_ref().map(|s| format!("({s})"))]);
                role.as_ref().map_or_else(|| who.clone(), |r| format!("{who}, {r}"))
            }
            ParticipantValue::Group { name } => format!("group {name}"),
        },
        Value::Place(v) => some(&[Some(v.name.clone()), v.state.as_ref().map(|s| format!("({s})"))]),
        Value::Article(v) => some(&[
            v.instrument.clone(),
            v.chapter.map(|n| format!("chapter {n}")),
            v.article.map(|n| format!("article {n}")),
            v.rule.map(|n| format!("rule {n}")),
            v.paragraph.map(|n| format!("paragraph {n}")),
            v.subparagraph.as_ref().map(|n| format!("({n})")),
        ]),
    }
}

/// What hovering or focusing a highlight shows: the kind and the value.
pub fn tip(a: &Annotation) -> String {
    format!("{}: {}", label(a.kind), summary(&a.value))
}


/// The fields of a value with their names, the empty ones left out, e.g.
/// `[("name", "Ghislain D'hoop"), ("state", "BEL"), ("role", "委员会主席")]`.
/// A symbol's link is not among them: the inspector shows it as a link.
pub fn fields(value: &Value) -> Vec<(&'static str, String)> {
    fn opt<T: ToString>(name: &'static str, v: &Option<T>) -> Option<(&'static str, String)> {
        v.as_ref().map(|v| (name, v.to_string()))
    }
    fn text(name: &'static str, v: &str) -> Option<(&'static str, String)> {
        (!v.is_empty()).then(|| (name, v.to_string()))
    }
    fn list(name: &'static str, v: &[String]) -> Option<(&'static str, String)> {
        (!v.is_empty()).then(|| (name, v.join(", ")))
    }
    let fields = match value {
        Value::AgendaItem(v) => vec![text("number", &v.number), text("title", &v.title)],
        Value::AgendaRef(v) => vec![list("items", &v.items)],
        Value::Date(v) => vec![text("start", &v.start), opt("end", &v.end), Some(("precision", granularity(v.granularity).into()))],
        Value::Time(v) => vec![text("start", &v.start), opt("end", &v.end)],
        Value::Symbol(SymbolValue::Document { symbol, parts, .. }) => vec![
            text("symbol", symbol),
            opt("organ", &parts.organ),
            list("series", &parts.bodies),
            opt("session or year", &parts.session),
            opt("document type", &parts.doc_type),
            opt("number", &parts.number),
            list("modifiers", &parts.modifiers),
        ],
        Value::Symbol(SymbolValue::Resolution { number, body }) => vec![Some(("resolution", number.clone())), opt("adopted by", body)],
        Value::Symbol(SymbolValue::Decision { number, body }) => vec![Some(("decision", number.clone())), opt("adopted by", body)],
        Value::Participant(ParticipantValue::State { name, iso3 }) => vec![Some(("state", name.clone())), text("ISO 3166", iso3)],
        Value::Participant(ParticipantValue::Organization { name, short }) => vec![Some(("organization", name.clone())), opt("short form", short)],
        Value::Participant(ParticipantValue::Person { name, state, role }) => vec![Some(("person", name.clone())), opt("state", state), opt("role", role)],
        Value::Participant(ParticipantValue::Group { name }) => vec![Some(("group", name.clone()))],
        Value::Place(v) => vec![text("place", &v.name), opt("state", &v.state)],
        Value::Article(ArticleValue { instrument, article, rule, paragraph, subparagraph, chapter }) => vec![
            opt("instrument", instrument),
            opt("chapter", chapter),
            opt("article", article),
            opt("rule", rule),
            opt("paragraph", paragraph),
            opt("subparagraph", subparagraph),
        ],
    };
    fields.into_iter().flatten().collect()
}

/// How precise a date is, for people.
fn granularity(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Month => "month",
        Granularity::Year => "year",
    }
}
