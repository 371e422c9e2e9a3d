//! The page's state and layout: the document (text, name, corrections), the
//! kinds hidden, the annotation selected, and the one place that calls
//! `undoc::annotate`.

use std::rc::Rc;

use undoc::{annotate, Annotated, Kind, Options, Span};
use yew::prelude::*;

use crate::corrections::{self, Edit};
use crate::editor::Editor;
use crate::exports::exports;
use crate::highlights::Reader;
use crate::inspector::{inspector, InspectorProps};
use crate::legend::legend;
use crate::mentions::Mentions;
use crate::panels::Panels;
use crate::storage::{self, Stored};

/// The name of a document typed or pasted rather than opened.
pub const PASTED: &str = "pasted.txt";

/// A value shared by reference: props compare by pointer, not by content,
/// so a large document is never compared character by character.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The kinds switched off in the legend, one bit per kind of `Kind::ALL`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hidden(u16);

impl Hidden {
    fn bit(kind: Kind) -> u16 {
        1 << Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
    }

    /// Whether `kind` is switched off.
    pub fn hides(self, kind: Kind) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// The same set with `kind` switched over.
    pub fn toggled(self, kind: Kind) -> Hidden {
        Hidden(self.0 ^ Self::bit(kind))
    }
}

/// A request to bring an annotation into view; `n` tells repeated requests
/// for the same annotation apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    /// Index of the annotation in the current result.
    pub index: usize,
    /// A counter, so the same annotation can be flashed again.
    pub n: u32,
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// The document's text.
    pub text: AttrValue,
    /// The source's file name.
    pub name: AttrValue,
    /// The person's corrections.
    pub edits: Rc<Vec<Edit>>,
    /// Kinds switched off.
    pub hidden: Hidden,
    /// The annotation chosen by a click, by index.
    pub selected: Option<usize>,
    /// Text selected in the reader, to be annotated by hand.
    pub picked: Option<Span>,
    /// The annotation to scroll to and flash.
    pub focus: Option<Focus>,
    /// The text is not annotated until the person asks: the page stopped
    /// on an internal error last time, perhaps on this very text.
    pub held: bool,
    /// Why the last file or example could not be opened; it goes once the
    /// text changes.
    pub input_error: Option<String>,
    /// What the last export said (`Saved x.json`); it goes once the text or
    /// the name changes, since it spoke of them.
    pub exported: Option<String>,
    /// Why the browser refused to keep the document, after the last save.
    pub save_error: Option<String>,
    /// An example is being fetched.
    pub fetching: bool,
}

/// What can happen to the state.
pub enum Action {
    /// The text was typed or pasted.
    SetText(String),
    /// A document was opened or an example loaded: text and name.
    Load(String, String),
    /// The person cleared the page.
    Clear,
    /// A kind was switched on or off.
    Toggle(Kind),
    /// A highlight was chosen (or none).
    Select(Option<usize>),
    /// Text was selected in the reader (or the selection was dropped).
    Pick(Option<Span>),
    /// A correction.
    Edit(Edit),
    /// Undo the last correction.
    Undo,
    /// Scroll to and flash an annotation (of this kind, shown again if it
    /// was switched off), and choose it.
    Jump(usize, Option<Kind>),
    /// Annotate a held text after all.
    Release,
    /// A file or example could not be opened (`None`: one was).
    InputError(Option<String>),
    /// An export's outcome.
    Exported(String),
    /// The outcome of keeping the document in the browser.
    Saved(Option<String>),
    /// An example started (`true`) or stopped being fetched.
    Fetching(bool),
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut m = (*self).clone();
        match action {
            Action::SetText(text) => {
                if text == m.text.as_str() {
                    return self;
                }
                m.edits = Rc::new(corrections::rebase(&m.edits, &m.text, &text));
                m.input_error = None;
                m.exported = None;
                m.text = text.into();
                m.held = false;
                m.selected = None;
                m.picked = None;
            }
            Action::Load(text, name) => {
                if text != m.text.as_str() {
                    m.input_error = None;
                    m.exported = None;
                } else if name != m.name.as_str() {
                    m.exported = None;
                }
                m.text = text.into();
                m.name = name.into();
                m.edits = Rc::default();
                m.selected = None;
                m.picked = None;
                m.focus = None;
                m.held = false;
            }
            Action::Release => m.held = false,
            Action::Clear => {
                if !m.text.is_empty() {
                    m.input_error = None;
                    m.exported = None;
                } else if m.name != PASTED {
                    m.exported = None;
                }
                m.held = false;
                m.text = AttrValue::default();
                m.name = PASTED.into();
                m.edits = Rc::default();
                m.selected = None;
                m.picked = None;
                m.focus = None;
            }
            Action::InputError(error) => m.input_error = error,
            Action::Exported(message) => m.exported = Some(message),
            Action::Saved(error) => m.save_error = error,
            Action::Fetching(busy) => m.fetching = busy,
            Action::Toggle(kind) => m.hidden = m.hidden.toggled(kind),
            Action::Select(index) => {
                m.selected = index;
                m.picked = None;
            }
            Action::Pick(span) => {
                m.picked = span;
                if span.is_some() {
                    m.selected = None;
                }
            }
            Action::Edit(edit) => {
                Rc::make_mut(&mut m.edits).push(edit);
                m.selected = None;
                m.picked = None;
            }
            Action::Undo => {
                Rc::make_mut(&mut m.edits).pop();
                m.selected = None;
            }
            Action::Jump(index, kind) => {
                if let Some(kind) = kind.filter(|k| m.hidden.hides(*k)) {
                    m.hidden = m.hidden.toggled(kind);
                }
                let n = m.focus.map_or(0, |f| f.n.wrapping_add(1));
                m.focus = Some(Focus { index, n });
                m.selected = Some(index);
                m.picked = None;
            }
        }
        Rc::new(m)
    }
}

/// The annotation result shown, with how long `annotate` took.
pub struct View {
    /// Annotations with the person's corrections applied.
    pub annotated: Annotated,
    /// Milliseconds spent in `annotate`.
    pub millis: f64,
    /// The annotations grouped by what they name.
    pub mentions: Mentions,
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// `millis` rounded as `{:.0}` would (half to even), as an integer: the
/// status line then needs no float formatting in the wasm.
pub fn whole_millis(millis: f64) -> u64 {
    millis.round_ties_even() as u64
}

/// What the children call to change the state: one per app, equal to
/// itself across renders (so it never makes a child's props differ), and
/// one type for every change, not a `Callback` type each.
pub type Dispatch = UseReducerDispatcher<Model>;

/// A click that jumps to annotation `index` of `view` (none: does nothing),
/// naming its kind, so that a kind switched off in the legend comes back to
/// show the mention. One closure type for every jump on the page.
pub fn jump_on_click(dispatch: &Dispatch, view: &View, index: Option<usize>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    let jump = index.map(|i| (i, view.annotated.annotations.get(i).map(|a| a.kind)));
    Callback::from(move |_| {
        if let Some((index, kind)) = jump {
            dispatch.dispatch(Action::Jump(index, kind));
        }
    })
}

/// The page.
#[function_component(App)]
pub fn app() -> Html {
    let model = use_reducer(|| {
        let stored = storage::load();
        let name = if stored.name.is_empty() { PASTED.to_string() } else { stored.name.clone() };
        Model {
            text: stored.text.clone().into(),
            name: name.into(),
            edits: Rc::new(stored.edits),
            hidden: Hidden::default(),
            selected: None,
            picked: None,
            focus: None,
            held: storage::take_crash() && !stored.text.is_empty(),
            input_error: None,
            exported: None,
            save_error: None,
            fetching: false,
        }
    });
    let base = use_memo((model.text.clone(), model.held), |(text, held)| {
        if *held {
            return (Annotated::default(), 0.0);
        }
        let t0 = now();
        let annotated = annotate(text, &Options::default());
        (annotated, now() - t0)
    });
    let view = use_memo((Shared(base), Shared(model.edits.clone())), |(base, edits)| {
        let annotated = corrections::apply(&model.text, base.0 .0.clone(), &edits.0);
        View { mentions: Mentions::new(&annotated.annotations), annotated, millis: base.0 .1 }
    });
    let view = Shared(view);

    {
        let dispatch = model.dispatcher();
        use_effect_with((model.text.clone(), model.name.clone(), model.edits.clone()), move |(text, name, edits)| {
            let stored = Stored { text: text.to_string(), name: name.to_string(), edits: edits.to_vec() };
            dispatch.dispatch(Action::Saved(storage::save(&stored).err()));
        });
    }

    // The same every render: a new callback each render would make every
    // child's props differ, and re-render the panels of a 1 MB document on
    // every click.
    let dispatch = model.dispatcher();
    let on_release = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Release))
    };

    let count = view.annotated.annotations.len();
    let chars = model.text.chars().count();
    html! {
        <>
        <header class="top">
            <h1>{ "undoc" }<span class="subtitle">{ " — UN meeting document annotator" }</span></h1>
        </header>
        <main class="layout">
            <div class="main-column">
                <Editor text={model.text.clone()} error={model.input_error.clone()} fetching={model.fetching} dispatch={dispatch.clone()} />
                if let Some(e) = &model.save_error {
                    <p class="error" role="alert">{ e }</p>
                }
                if model.held {
                    <p class="error held" role="alert">
                        { "The page stopped on an internal error last time, so this text is shown without annotations. " }
                        <button type="button" onclick={on_release}>{ "Annotate it" }</button>
                    </p>
                }
                <p class="status" aria-live="polite">
                    { format!("{chars} characters, {count} annotations") }
                    if chars > 0 { { format!(" (annotated in {} ms)", whole_millis(view.millis)) } }
                </p>
                { legend(&view, model.hidden, &dispatch) }
                { inspector(&InspectorProps { text: model.text.clone(), view: view.clone(), selected: model.selected,
                    picked: model.picked, undo_count: model.edits.len(), dispatch: dispatch.clone() }) }
                <Reader text={model.text.clone()} view={view.clone()} hidden={model.hidden}
                    selected={model.selected} focus={model.focus} dispatch={dispatch.clone()} />
            </div>
            <aside id="overview" class="side-column" aria-label="Document overview" tabindex="-1">
                { exports(&model.text, &model.name, &view, model.exported.as_deref(), &dispatch) }
                <Panels text={model.text.clone()} view={view} {dispatch} />
            </aside>
        </main>
        </>
    }
}

/// Shows `message` in a banner at the top of the page, outside Yew, so it
/// works even when the app has stopped.
pub fn show_fatal(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("fatal");
    let _ = banner.set_attribute("role", "alert");
    banner.set_text_content(Some(message));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}

/// Installs a panic hook that logs to the console and tells the person,
/// who keeps the text: it is in `localStorage` and in the text box.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        storage::note_crash();
        show_fatal(
            "Sorry — the page hit an internal error and stopped. Your text is kept in this browser: \
             copy it from the box below, or reload the page to continue where you were (it then waits \
             for you before annotating the text again).",
        );
    }));
}
