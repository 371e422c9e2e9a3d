//! The tooltip of the highlight under the pointer or with the focus: one
//! element, placed under the highlight's first line and kept inside the
//! window, so a highlight at the right edge of a 360 px screen still shows
//! all of its value (a CSS `::after` box was cut off there and scrolled the
//! text sideways). Placed through the CSSOM, which the page's
//! Content-Security-Policy allows, unlike inline styles.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Gap between the highlight and the tooltip, and the least margin to the
/// window's edges (pixels).
const GAP: f64 = 4.0;

/// The highlight an event happened in, if it has a tooltip.
pub fn tip_mark(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest("mark[data-tip]").ok()?
}

/// Where a box of `size` goes for an anchor spanning `start..end` along one
/// axis of a window of `room`: after the anchor when it fits, else before
/// it, else at the window's start (`along` = false) — or, along the line
/// (`along` = true), at the anchor's start pulled back inside the window.
pub fn place(start: f64, end: f64, size: f64, room: f64, along: bool) -> f64 {
    if along {
        return start.min(room - size - GAP).max(GAP);
    }
    if end + GAP + size <= room - GAP {
        end + GAP
    } else if start - GAP - size >= GAP {
        start - GAP - size
    } else {
        GAP
    }
}

/// `12.5` → `12.5px`. JavaScript writes the number (as it would for the
/// CSSOM), which keeps Rust's float formatting (~20 KB) out of the wasm.
pub fn px(value: f64) -> String {
    let digits: String = js_sys::Number::from(value).to_string_with_radix(10).map_or_else(|_| "0".to_owned(), String::from);
    digits + "px"
}

/// Keeps the tooltip element `node` next to `mark` (or hidden): after every
/// render of the component that calls it, not only when the highlight
/// changes, since a render elsewhere (the inspector growing above the text,
/// a scroll) moves the highlight.
#[hook]
pub fn use_tooltip(node: NodeRef, mark: Option<Element>) {
    use_effect(move || {
        let (Some(mark), Some(tip)) = (mark, node.cast::<HtmlElement>()) else { return };
        let window = gloo::utils::window();
        let width = window.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
        let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let line = mark.get_client_rects().get(0).unwrap_or_else(|| mark.get_bounding_client_rect());
        // Scrolled out of its box, the highlight takes its tooltip along.
        let view = mark.closest(".text").ok().flatten().map(|t| t.get_bounding_client_rect());
        let out = view.is_some_and(|v| line.bottom() < v.top() || line.top() > v.bottom()) || !mark.is_connected();
        let own = tip.get_bounding_client_rect();
        let left = place(line.left(), line.right(), own.width(), width, true);
        let top = place(line.top(), line.bottom(), own.height(), height, false);
        let style = tip.style();
        let _ = style.set_property("visibility", if out { "hidden" } else { "visible" });
        let _ = style.set_property("left", &px(left));
        let _ = style.set_property("top", &px(top));
    });
}

/// The tooltip element showing `mark`'s value, hidden when there is none.
pub fn tooltip(node: &NodeRef, mark: Option<&Element>) -> Html {
    let text = mark.and_then(|m| m.get_attribute("data-tip"));
    html! {
        <div ref={node.clone()} class="tip" role="tooltip" hidden={text.is_none()}>{ text.unwrap_or_default() }</div>
    }
}
