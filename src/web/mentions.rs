//! Which annotations mention the same thing, so that the panels' counts, a
//! panel entry's first mention and the inspector's Previous / Next agree.
//! Two mentions of Ghislain D'hoop are the same person even when the text
//! gives him a role only once, and `UNODC` is the organisation of
//! `联合国毒品和犯罪问题办公室（UNODC）`: values are compared by what they name,
//! not field by field.

use undoc::model::{ParticipantEntry, ParticipantValue, SymbolValue};
use undoc::participants::{organization_base, organization_key};
use undoc::{Annotation, Kind, Value};

/// What an annotation names: its kind and a key within the kind.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entity(Kind, String);

/// A name with its whitespace removed (line breaks of a PDF, double spaces).
fn squeezed(name: &str) -> String {
    name.split_whitespace().collect()
}

impl Entity {
    /// What `a` names.
    pub fn of(a: &Annotation) -> Entity {
        let key = match &a.value {
            Value::Participant(ParticipantValue::State { iso3, .. }) => iso3.clone(),
            Value::Participant(ParticipantValue::Organization { name, short }) => {
                organization_key(organization_base(name, short.as_deref()))
            }
            Value::Participant(ParticipantValue::Person { name, .. }) => name.clone(),
            Value::Participant(ParticipantValue::Group { name }) => squeezed(name),
            Value::Symbol(SymbolValue::Document { symbol, .. }) => symbol.clone(),
            Value::Symbol(SymbolValue::Resolution { number, .. }) => format!("resolution {number}"),
            Value::Symbol(SymbolValue::Decision { number, .. }) => format!("decision {number}"),
            Value::Date(d) => format!("{}/{}", d.start, d.end.as_deref().unwrap_or_default()),
            Value::AgendaItem(v) if !v.number.is_empty() => v.number.clone(),
            other => serde_json::to_string(other).unwrap_or_default(),
        };
        Entity(a.kind, key)
    }

    /// What an entry of the participant list names.
    pub fn of_participant(e: &ParticipantEntry) -> Entity {
        let key = match (e.kind.as_str(), &e.iso3) {
            ("state", Some(iso3)) => iso3.clone(),
            ("organization", _) => organization_key(&e.name),
            ("group", _) => squeezed(&e.name),
            _ => e.name.clone(),
        };
        Entity(Kind::Participant, key)
    }
}

/// The annotations grouped by what they name. Built once per result by
/// sorting (O(n log n)); a sorted list is far less wasm than a `HashMap`
/// keyed by [`Entity`].
#[derive(Debug, Default)]
pub struct Mentions {
    /// Each group's annotation indices, in text order.
    groups: Vec<Vec<usize>>,
    /// The group of each annotation.
    group_of: Vec<usize>,
    /// Each entity with its group, sorted by entity.
    by_entity: Vec<(Entity, usize)>,
}

impl Mentions {
    /// Groups `annotations`.
    pub fn new(annotations: &[Annotation]) -> Mentions {
        let mut named: Vec<(Entity, usize)> = annotations.iter().enumerate().map(|(i, a)| (Entity::of(a), i)).collect();
        // Stable: each group's indices stay in text order.
        undoc::sorting::sort_by(&mut named, |a, b| a.0.cmp(&b.0));
        let mut m = Mentions { group_of: vec![0; annotations.len()], ..Mentions::default() };
        for (entity, i) in named {
            if m.by_entity.last().is_none_or(|(last, _)| *last != entity) {
                m.by_entity.push((entity, m.groups.len()));
                m.groups.push(Vec::new());
            }
            let g = m.groups.len() - 1;
            m.groups[g].push(i);
            m.group_of[i] = g;
        }
        m
    }

    /// The mentions of what annotation `index` names, itself included.
    pub fn same(&self, index: usize) -> &[usize] {
        self.group_of.get(index).and_then(|&g| self.groups.get(g)).map_or(&[], Vec::as_slice)
    }

    /// The mentions of `entity`, in text order (none when it is not mentioned).
    pub fn of(&self, entity: &Entity) -> &[usize] {
        let found = self.by_entity.binary_search_by(|(e, _)| e.cmp(entity)).ok();
        found.and_then(|k| self.groups.get(self.by_entity[k].1)).map_or(&[], Vec::as_slice)
    }
}
