//! Test support shared by the English and Chinese article tests: the
//! annotations a text gives, and the values they should carry.

use crate::model::{Annotation, ArticleValue, Language, Value};
use crate::text::Document;

/// The article annotations of `text` in `language`, as (span text, value).
pub fn found(text: &str, language: Language) -> Vec<(String, ArticleValue)> {
    super::find_articles(&Document { text, language })
        .into_iter()
        .filter_map(|Annotation { span, value, .. }| match value {
            Value::Article(v) => Some((text[span.range()].to_owned(), v)),
            _ => None,
        })
        .collect()
}

/// An expected annotation: `text` with a value of `instrument` that `f` fills in.
pub fn want(text: &str, instrument: &str, f: impl FnOnce(&mut ArticleValue)) -> (String, ArticleValue) {
    let mut v = ArticleValue { instrument: Some(instrument.to_owned()), ..ArticleValue::default() };
    f(&mut v);
    (text.to_owned(), v)
}

/// An expected article reference, with its paragraph and subparagraph.
pub fn art(text: &str, ins: &str, a: u32, p: Option<u32>, s: Option<&str>) -> (String, ArticleValue) {
    want(text, ins, |v| {
        v.article = Some(a);
        v.paragraph = p;
        v.subparagraph = s.map(str::to_owned);
    })
}

/// An expected rule reference, with its paragraph.
pub fn rule(text: &str, ins: &str, r: u32, p: Option<u32>) -> (String, ArticleValue) {
    want(text, ins, |v| {
        v.rule = Some(r);
        v.paragraph = p;
    })
}

/// An expected paragraph reference, with its subparagraph.
pub fn para(text: &str, ins: &str, p: u32, s: Option<&str>) -> (String, ArticleValue) {
    want(text, ins, |v| {
        v.paragraph = Some(p);
        v.subparagraph = s.map(str::to_owned);
    })
}

/// An expected chapter reference.
pub fn chap(text: &str, ins: &str, c: u32) -> (String, ArticleValue) {
    want(text, ins, |v| v.chapter = Some(c))
}
