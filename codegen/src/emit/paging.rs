//! Paginators: for an operation that pages, one more method that wraps its call in the
//! runtime's `Paginator`, with a `static` saying where the token (page number, offset) goes and
//! where the reply keeps what ends the pages. Sending, reading tokens and stopping are runtime code, compiled once.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, doc, link};
use super::types::ty_tokens;
use crate::ir::{Module, Operation, PageMode, Paging};
use crate::rt;

/// The `<operation>_pages` method of a paging operation (nothing for the others).
pub fn emit_paginator(module: &Module, op: &Operation) -> TokenStream {
    let Some(paging) = &op.paging else {
        return TokenStream::new();
    };
    let (paginator, paging_ty) = (rt::paginator(), rt::paging());
    let (fn_name, call_fn) = (&paging.fn_name, &op.fn_name);
    let response = match &op.response {
        Some(ty) => ty_tokens(module, ty),
        None => quote!(()),
    };
    let error = &op.error_name;
    let item = match &paging.items {
        Some((_, ty)) => ty_tokens(module, ty),
        None => rt::no_items(),
    };
    let mut params = super::operations::path_param_decls(op);
    let mut args: Vec<TokenStream> = op
        .path_params
        .iter()
        .map(|p| {
            let name = &p.name;
            quote!(#name)
        })
        .collect();
    if let Some(i) = op.request {
        let name = &module.types[i].name;
        params.push(quote!(request: &#name));
        args.push(quote!(request));
    }
    let (token, in_query, numeric) = (&paging.token, paging.token_in_query, paging.numeric);
    let next = &paging.next;
    let has_more = &paging.has_more;
    let total = &paging.total;
    let items: &[String] = paging.items.as_ref().map_or(&[], |(p, _)| p);
    let (size, size_in_query) = paging
        .size
        .as_ref()
        .map_or(("", false), |(wire, in_query)| (wire.as_str(), *in_query));

    let call = link(&format!("Api::{call_fn}"));
    let text = match (paging.mode, &paging.items) {
        (PageMode::Number, None) => pages_only_text(&call, paging),
        _ => listed_text(&call, paging),
    };
    let docs = doc(&text);
    let description = match paging.mode {
        PageMode::Token => quote! {
            #paging_ty::new(
                #token, #in_query, #numeric, &[#(#next),*], &[#(#has_more),*], &[#(#items),*],
            )
        },
        PageMode::Number | PageMode::Offset => {
            let mode = rt::page_mode(if paging.mode == PageMode::Number {
                "Number"
            } else {
                "Offset"
            });
            quote! {
                #paging_ty::counted(
                    #mode, #token, #in_query, #size, #size_in_query,
                    &[#(#items),*], &[#(#has_more),*], &[#(#total),*],
                )
            }
        }
    };
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated = "deprecated by DingTalk"] #[allow(deprecated)]));
    quote! {
        #docs
        #deprecated
        pub fn #fn_name(&self, #(#params),*) -> #paginator<#response, #error, #item> {
            static PAGING: #paging_ty = #description;
            #paginator::new(self.#call_fn(#(#args),*), &PAGING)
        }
    }
}

/// The documentation of a paginator whose pages hold a list of items (or pass a token on).
fn listed_text(call: &str, paging: &Paging) -> String {
    let (token, has_more, total) = (&paging.token, &paging.has_more, &paging.total);
    let mut text = match paging.mode {
        PageMode::Token => format!(
            "Every page of {call}: the call again with {} set to the reply's {}, until a reply \
             has no token",
            code(token),
            code(&paging.next.join("."))
        ),
        PageMode::Number => format!(
            "Every page of {call}: the call again with the page number {} one more (from the \
             request's, else 1), until a page is empty",
            code(token)
        ),
        PageMode::Offset => format!(
            "Every page of {call}: the call again with the offset {} advanced by the items of \
             the page (from the request's, else 0), until a page is empty",
            code(token)
        ),
    };
    if !has_more.is_empty() {
        text.push_str(&format!(" or {} is `false`", code(&has_more.join("."))));
    }
    if !total.is_empty() {
        text.push_str(&format!(" or {} items are read", code(&total.join("."))));
    }
    if let Some((size, _)) = &paging.size
        && paging.mode != PageMode::Token
        && has_more.is_empty()
        && total.is_empty()
    {
        text.push_str(&format!(" or shorter than {}", code(size)));
    }
    text.push('.');
    if let Some((path, _)) = &paging.items {
        text.push_str(&format!(" Items: {} of each page.", code(&path.join("."))));
    }
    text
}

/// The documentation of a page-number paginator whose reply has no list of items: pages only,
/// ended by the reply's flag, else its total, else by a reply that has neither.
fn pages_only_text(call: &str, paging: &Paging) -> String {
    let (token, size, has_more, total) =
        (&paging.token, &paging.size, &paging.has_more, &paging.total);
    let mut text = format!(
        "Every page of {call} (pages only: the reply has no list of items): the call again with \
         the page number {} one more (from the request's, else 1), until ",
        code(token)
    );
    let flag = (!has_more.is_empty()).then(|| format!("{} is `false`", code(&has_more.join("."))));
    let reached = match (size, total.is_empty()) {
        (Some((size, _)), false) => Some((
            format!(
                "the pages so far, {} each, hold {} items",
                code(size),
                code(&total.join("."))
            ),
            size,
        )),
        _ => None,
    };
    match (&flag, &reached) {
        (Some(flag), Some((reached, _))) => text.push_str(&format!(
            "{flag} (a reply without it: until {reached}), or a reply has neither"
        )),
        (Some(flag), None) => text.push_str(&format!("{flag}, or a reply has no flag")),
        (None, Some((reached, _))) => text.push_str(&format!("{reached}, or a reply has no total")),
        (None, None) => text.push_str("a reply says no more follow"),
    }
    text.push('.');
    if let Some((_, size)) = reached {
        let without = if flag.is_some() {
            "a reply that gives the total and not the flag ends the pages with an error"
        } else {
            "the paginator sends nothing and gives an error"
        };
        text.push_str(&format!(
            " Set {} in the request: without it the total cannot be compared, and {without}.",
            code(size)
        ));
    }
    text
}
