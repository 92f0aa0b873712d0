//! Paginators: for an operation that pages, one more method that wraps its call in the
//! runtime's `Paginator`, with a `static` saying where the token (page number, offset) goes and
//! where the reply keeps what ends the pages. Sending, reading tokens and stopping are runtime code, compiled once.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, doc, link};
use super::types::ty_tokens;
use crate::ir::{Module, Operation, PageMode};
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
    let mut text = match paging.mode {
        PageMode::Token => format!(
            "Every page of {call}: the call again with {} set to the reply's {}, until a reply \
             has no token",
            code(token),
            code(&next.join("."))
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
