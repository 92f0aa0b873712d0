//! Doc comments from the spec's descriptions.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc]` attributes for `text`, one per line; nothing for empty text.
pub fn doc(text: &str) -> TokenStream {
    lines(text).map(|line| quote!(#[doc = #line])).collect()
}

/// `#![doc]` attributes (the enclosing module's documentation) for `text`.
pub fn inner_doc(text: &str) -> TokenStream {
    lines(text).map(|line| quote!(#![doc = #line])).collect()
}

/// The lines of a doc comment, each with the space that follows `///`.
fn lines(text: &str) -> impl Iterator<Item = String> + '_ {
    let text = text.trim();
    text.lines().filter(move |_| !text.is_empty()).map(|line| {
        let line = line.trim_end();
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    })
}

/// The spec's description, or `fallback` when it has none (every public item is documented).
pub fn doc_or(description: Option<&str>, fallback: &str) -> TokenStream {
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        Some(description) => doc(description),
        None => doc(fallback),
    }
}

/// Paragraphs joined by blank lines, skipping empty ones.
pub fn paragraphs<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> String {
    parts
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
