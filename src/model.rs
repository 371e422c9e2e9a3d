//! The data model: what `annotate` finds, and what the export serialises.
//!
//! Values serialise to exactly the JSON of `EXPORT.md`: fields that a kind
//! does not have are left out, fields that are unknown are `null`.

use serde::Serialize;

use crate::span::Span;

/// The kinds of annotation of `ANNOTATION.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An item of the meeting's agenda where the document states it.
    AgendaItem,
    /// Running text that points at agenda items.
    AgendaRef,
    /// A calendar date or a range of dates.
    Date,
    /// A time of day or a range of times.
    Time,
    /// A UN document symbol, or the number of a resolution or decision.
    Symbol,
    /// A state, organisation, person or regional group.
    Participant,
    /// Where a meeting is or was held.
    Place,
    /// A reference to an article, rule, paragraph or chapter.
    Article,
}

impl Kind {
    /// Every kind, in the order the page's legend lists them.
    pub const ALL: [Kind; 8] = [
        Kind::AgendaItem,
        Kind::AgendaRef,
        Kind::Date,
        Kind::Time,
        Kind::Symbol,
        Kind::Participant,
        Kind::Place,
        Kind::Article,
    ];

    /// The name used in the JSON and in `data-kind` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::AgendaItem => "agenda_item",
            Kind::AgendaRef => "agenda_ref",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Symbol => "symbol",
            Kind::Participant => "participant",
            Kind::Place => "place",
            Kind::Article => "article",
        }
    }

    /// The kind named `name` (as in the JSON), if there is one.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// The language a document is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
pub enum Language {
    /// Chinese.
    #[default]
    #[serde(rename = "zh")]
    Chinese,
    /// English.
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// The ISO 639-1 code, as used in undocs.org links.
    pub fn code(self) -> &'static str {
        match self {
            Language::Chinese => "zh",
            Language::English => "en",
        }
    }
}

/// Who made an annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Origin {
    /// Found by the annotator.
    #[default]
    Auto,
    /// Added or corrected by a person in the page.
    Manual,
}

/// One annotation: a kind, a span of the text, and its normalised value.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// What was found.
    pub kind: Kind,
    /// Where, in bytes of the annotated text.
    pub span: Span,
    /// The normalised value.
    pub value: Value,
    /// Whether the annotator or a person made it.
    pub origin: Origin,
}

impl Annotation {
    /// An automatic annotation; the kind follows from the value.
    pub fn new(span: Span, value: Value) -> Annotation {
        Annotation { kind: value.kind(), span, value, origin: Origin::Auto }
    }
}

/// The normalised value of an annotation, one shape per kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Value of an `agenda_item`.
    AgendaItem(AgendaItemValue),
    /// Value of an `agenda_ref`.
    AgendaRef(AgendaRefValue),
    /// Value of a `date`.
    Date(DateValue),
    /// Value of a `time`.
    Time(TimeValue),
    /// Value of a `symbol`.
    Symbol(SymbolValue),
    /// Value of a `participant`.
    Participant(ParticipantValue),
    /// Value of a `place`.
    Place(PlaceValue),
    /// Value of an `article`.
    Article(ArticleValue),
}

impl Value {
    /// The kind of annotation this value belongs to.
    pub fn kind(&self) -> Kind {
        match self {
            Value::AgendaItem(_) => Kind::AgendaItem,
            Value::AgendaRef(_) => Kind::AgendaRef,
            Value::Date(_) => Kind::Date,
            Value::Time(_) => Kind::Time,
            Value::Symbol(_) => Kind::Symbol,
            Value::Participant(_) => Kind::Participant,
            Value::Place(_) => Kind::Place,
            Value::Article(_) => Kind::Article,
        }
    }
}

/// `{"number": "1(a)", "title": "会议开幕"}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgendaItemValue {
    /// Item number without spaces, sub-item letter in parentheses: `1(a)`.
    pub number: String,
    /// Title without the number and trailing punctuation.
    pub title: String,
}

/// `{"items": ["2", "3", "4"]}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgendaRefValue {
    /// The item numbers referred to, ranges expanded.
    pub items: Vec<String>,
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A day: `YYYY-MM-DD`.
    #[default]
    Day,
    /// A month: `YYYY-MM`.
    Month,
    /// A year: `YYYY`.
    Year,
}

/// `{"start": "2021-12-13", "end": "2021-12-17"}`; `granularity` only when
/// not a day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateValue {
    /// ISO 8601 start (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub start: String,
    /// ISO 8601 end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Month or year; left out for days.
    #[serde(skip_serializing_if = "is_day")]
    pub granularity: Granularity,
}

fn is_day(g: &Granularity) -> bool {
    *g == Granularity::Day
}

/// `{"start": "10:00", "end": "13:00"}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeValue {
    /// `HH:MM`, 24 hours.
    pub start: String,
    /// `HH:MM` end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// The parsed parts of a document symbol, shown on hover in the page.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct SymbolParts {
    /// Series and body components: `["CAC", "COSP", "IRG"]`.
    pub bodies: Vec<String>,
    /// Year or session component: `"2022"`, `"73"`.
    pub session: Option<String>,
    /// Document type: `"L."`, `"CRP."`, `"INF/"`, `"WP."`, `"SR."`, `"PV."`, `"RES/"`.
    pub doc_type: Option<String>,
    /// Running number.
    pub number: Option<String>,
    /// Modifiers in order: `["Add.2", "Corr.1"]`.
    pub modifiers: Vec<String>,
    /// The organ that issues documents under the series root:
    /// `"General Assembly"` for `A/…`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organ: Option<String>,
}

/// Value of a `symbol` annotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum SymbolValue {
    /// A document symbol with its undocs.org link.
    Document {
        /// The normalised symbol: `CAC/COSP/2021/2`.
        symbol: String,
        /// `https://undocs.org/<lang>/<symbol>`.
        url: String,
        /// The parsed components.
        parts: SymbolParts,
    },
    /// A resolution number.
    Resolution {
        /// `58/4`, `S-32/1`.
        number: String,
        /// The adopting body, when the sentence names it before the number.
        body: Option<String>,
    },
    /// A decision number.
    Decision {
        /// `5/1`.
        number: String,
        /// The adopting body, when the sentence names it before the number.
        body: Option<String>,
    },
}

/// Value of a `participant` annotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum ParticipantValue {
    /// A state, or the European Union.
    State {
        /// The name as written.
        name: String,
        /// ISO 3166 alpha-3 (`EUU` for the European Union).
        iso3: String,
    },
    /// An organisation, agency, network or NGO.
    Organization {
        /// The name as written, line breaks removed.
        name: String,
        /// The bracketed short form, when the text gives one.
        #[serde(skip_serializing_if = "Option::is_none")]
        short: Option<String>,
    },
    /// A named person.
    Person {
        /// The name as written.
        name: String,
        /// ISO alpha-3 of the person's state, when given.
        state: Option<String>,
        /// The role the text gives the person.
        role: Option<String>,
    },
    /// A UN regional group.
    Group {
        /// The name as written.
        name: String,
    },
}

/// `{"name": "沙姆沙伊赫", "state": "EGY"}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceValue {
    /// The place without its state.
    pub name: String,
    /// ISO alpha-3 of the state, when known.
    pub state: Option<String>,
}

/// Value of an `article` annotation; fields that do not apply are left out.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct ArticleValue {
    /// `UNCAC`, `rules of procedure`, `terms of reference`, `resolution 8/2`, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    /// Article number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<u32>,
    /// Rule number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<u32>,
    /// Paragraph number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// Subparagraph letter: `"c"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subparagraph: Option<String>,
    /// Chapter number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<u32>,
}

/// The session a document belongs to: `第九届会议` → 9.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Session {
    /// As written.
    pub text: String,
    /// The session's number.
    pub number: Option<u32>,
}

/// When and where the meeting is held.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct Meeting {
    /// First day, ISO.
    pub start: Option<String>,
    /// Last day, ISO.
    pub end: Option<String>,
    /// The venue as written: `埃及沙姆沙伊赫`.
    pub place: Option<String>,
}

/// Document-level facts printed in the header; unknown fields are `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct Metadata {
    /// Issuing body: `联合国反腐败公约 缔约国会议`.
    pub body: Option<String>,
    /// `General`, `Limited`, `Restricted`.
    pub distribution: Option<String>,
    /// Date of issue, ISO.
    pub date: Option<String>,
    /// The document's language.
    pub language: Option<String>,
    /// The language it was written in.
    pub original_language: Option<String>,
    /// The document's own symbol, when printed.
    pub symbol: Option<String>,
    /// The session.
    pub session: Option<Session>,
    /// The meeting's dates and place.
    pub meeting: Option<Meeting>,
    /// `临时议程说明`, `报告`, `秘书处的说明`, …
    pub title: Option<String>,
}

/// An item of the agenda tree.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgendaNode {
    /// `1`, `1(a)`.
    pub number: String,
    /// The item's title.
    pub title: String,
    /// Sub-items.
    pub items: Vec<AgendaNode>,
}

/// A row of the organization-of-work table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScheduleRow {
    /// ISO date.
    pub date: Option<String>,
    /// `HH:MM`.
    pub start: Option<String>,
    /// `HH:MM`.
    pub end: Option<String>,
    /// Agenda item numbers.
    pub items: Vec<String>,
    /// Their titles as the table gives them.
    pub titles: Vec<String>,
}

/// One distinct participant with its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParticipantEntry {
    /// `state`, `organization`, `person`, `group`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// ISO alpha-3 for states (and a person's state), else `null`.
    pub iso3: Option<String>,
    /// How many annotations mention it.
    pub mentions: usize,
    /// Roles and ways of taking part: `host`, `State party`, `observer State`, …
    pub roles: Vec<String>,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something the user should know; the output is still complete.
    Warning,
    /// Informational.
    Info,
}

/// A problem found in the document (not an error: annotation goes on).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A sentence for the user.
    pub message: String,
}

/// Everything `annotate` found in one document.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Annotated {
    /// The document's language.
    pub language: Language,
    /// Header facts.
    pub metadata: Metadata,
    /// Spans, sorted by start then by end descending.
    pub annotations: Vec<Annotation>,
    /// The agenda as a tree.
    pub agenda: Vec<AgendaNode>,
    /// The organization of work.
    pub schedule: Vec<ScheduleRow>,
    /// Distinct participants.
    pub participants: Vec<ParticipantEntry>,
    /// Problems found in the input.
    pub diagnostics: Vec<Diagnostic>,
}
