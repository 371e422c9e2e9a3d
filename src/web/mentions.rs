//! Which annotations mention the same thing, so that the panels' counts, a
//! panel entry's first mention and the inspector's Previous / Next agree.
//! Two mentions of Ghislain D'hoop are the same person even when the text
//! gives him a role only once, and `UNODC` is the organisation of
//! `联合国毒品和犯罪问题办公室（UNODC）`: values are compared by what they name,
//! not field by field.

use std::collections::HashMap;

use undoc::model::{ParticipantEntry, ParticipantValue, SymbolValue};
use undoc::participants::{organization_base, organization_key};
use undoc::{Annotation, Kind, Value};

/// What an annotation names: its kind and a key within the kind.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

/// The annotations grouped by what they name. Built once per result, in
/// linear time.
#[derive(Debug, Default)]
pub struct Mentions {
    /// Each group's annotation indices, in text order.
    groups: Vec<Vec<usize>>,
    /// The group of each annotation.
    group_of: Vec<usize>,
    /// The group of each entity.
    by_entity: HashMap<Entity, usize>,
}

impl Mentions {
    /// Groups `annotations`.
    pub fn new(annotations: &[Annotation]) -> Mentions {
        let mut m = Mentions::default();
        for (i, a) in annotations.iter().enumerate() {
            let next = m.groups.len();
            let g = *m.by_entity.entry(Entity::of(a)).or_insert(next);
            if g == next {
                m.groups.push(Vec::new());
            }
            m.groups[g].push(i);
            m.group_of.push(g);
        }
        m
    }

    /// The mentions of what annotation `index` names, itself included.
    pub fn same(&self, index: usize) -> &[usize] {
        self.group_of.get(index).and_then(|&g| self.groups.get(g)).map_or(&[], Vec::as_slice)
    }

    /// The mentions of `entity`, in text order (none when it is not mentioned).
    pub fn of(&self, entity: &Entity) -> &[usize] {
        self.by_entity.get(entity).and_then(|&g| self.groups.get(g)).map_or(&[], Vec::as_slice)
    }
}
