//! Operations: the module's `Api` handle with one small method per operation (all logic is in
//! the runtime), how each request writes itself, and each operation's error enum.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{self, code, doc, link, paragraphs};
use super::types::ty_tokens;
use crate::ir::{Module, Operation, Place, QueryStyle, Ty, TypeKind};
use crate::rt;
use crate::spec::HttpMethod;

/// The `Api` handle and its methods.
pub fn emit_api(module: &Module) -> TokenStream {
    let client = rt::client();
    let module_name = &module.name;
    let methods = module.operations.iter().map(|op| emit_method(module, op));
    let paginators = module
        .operations
        .iter()
        .map(|op| super::paging::emit_paginator(module, op));
    let api_doc = doc(&format!(
        "The operations of `{module_name}`. Get it with `client.{module_name}()` or [`Api::new`]."
    ));
    quote! {
        #api_doc
        #[derive(Clone, Debug)]
        pub struct Api {
            client: #client,
        }

        impl Api {
            /// The operations of this module, called through (a handle on) `client`.
            pub fn new(client: &#client) -> Self {
                Self { client: client.clone() }
            }

            #(#methods)*
            #(#paginators)*
        }
    }
}

fn method_variant(method: HttpMethod) -> &'static str {
    match method {
        HttpMethod::Get => "Get",
        HttpMethod::Post => "Post",
        HttpMethod::Put => "Put",
        HttpMethod::Delete => "Delete",
        HttpMethod::Patch => "Patch",
    }
}

fn emit_method(module: &Module, op: &Operation) -> TokenStream {
    let fn_name = &op.fn_name;
    let (call, operation) = (rt::call(), rt::operation());
    let method = rt::method(method_variant(op.method));
    let path = &op.path;
    let spec_name = &op.spec_name;
    let auth = match (&module.auth_header, op.sends_token) {
        (Some(header), true) => quote!(Some(#header)),
        _ => quote!(None),
    };
    // Legacy-style operations say what differs from the new API's; others keep `new` alone.
    let mut extra = TokenStream::new();
    if let (Some(query), true) = (&module.auth_query, op.sends_token) {
        extra.extend(quote!(.token_in_query(#query)));
    }
    if module.errcode {
        extra.extend(quote!(.errcode_errors()));
    }
    if let Some(signature) = op.signature {
        let signature = rt::signature(signature);
        extra.extend(quote!(.signed(#signature)));
    }
    let body_kind = rt::response_body(op.response.is_some());
    let response = match &op.response {
        Some(ty) => ty_tokens(module, ty),
        None => quote!(()),
    };
    let error = &op.error_name;

    let mut params = path_param_decls(op);
    let values = op.path_params.iter().map(|p| {
        let name = &p.name;
        if p.integer {
            quote!(&#name.to_string())
        } else {
            quote!(#name)
        }
    });
    let request_arg = match op.request {
        Some(i) => {
            let name = &module.types[i].name;
            params.push(quote!(request: &#name));
            quote!(request)
        }
        None => quote!(&()),
    };

    let docs = method_docs(module, op);
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated = "deprecated by DingTalk"]));
    quote! {
        #docs
        #deprecated
        pub fn #fn_name(&self, #(#params),*) -> #call<#response, #error> {
            static OPERATION: #operation = #operation::new(
                #spec_name, #method, #path, #auth, DEFAULT_BASE_URL, #body_kind,
            )#extra;
            #call::new(&self.client, &OPERATION, &[#(#values),*], #request_arg)
        }
    }
}

/// `GET`, `POST`, ...: the method as DingTalk's pages write it.
pub(super) fn verb(op: &Operation) -> String {
    format!("{:?}", op.method).to_ascii_uppercase()
}

/// An operation's method documentation: the spec's text, the method and path as DingTalk
/// writes them, the path parameters, the reply and the errors; and the aliases rustdoc's search
/// finds it by (DingTalk's action name, the path, the method and path).
fn method_docs(module: &Module, op: &Operation) -> TokenStream {
    let (verb, path, spec_name) = (verb(op), &op.path, &op.spec_name);
    let summary = op.summary.as_deref().map(docs::text);
    let details = op.description.as_deref().map(docs::text);
    let mut text = paragraphs([
        summary.as_deref(),
        details.as_deref(),
        Some(&format!(
            "{}: DingTalk's {} (module feature {}).",
            code(&format!("{verb} {path}")),
            code(spec_name),
            code(module.name.as_str()),
        )),
    ]);
    if !op.path_params.is_empty() {
        text.push_str("\n\n# Path parameters\n");
        for p in &op.path_params {
            let name = p.name.as_str().trim_start_matches("r#");
            text.push_str(&format!(
                "\n- `{name}`: {} in the path",
                code(&format!("{{{}}}", p.wire))
            ));
            match p.doc.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                Some(doc) => text.push_str(&format!(", {}", docs::item_text(doc))),
                None => text.push('.'),
            }
        }
    }
    if let Some(response_doc) = op.response_doc.as_deref() {
        text.push_str(&format!(
            "\n\n# Reply\n\n{}",
            docs::text(response_doc.trim())
        ));
    }
    let error = "[`Error`](::generated_client::Error)";
    let service = "[`Error::Service`](::generated_client::Error::Service)";
    if op.errors.is_empty() {
        text.push_str(&format!(
            "\n\n# Errors\n\nDingTalk's error replies are {service} holding the \
             [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error \
             codes for this operation); other failures are the other variants of {error}."
        ));
    } else {
        text.push_str(&format!(
            "\n\n# Errors\n\nDingTalk's error replies are {service} holding a {}: a variant \
             per code of the operation's error table, and `Unhandled`; other failures are the \
             other variants of {error}.",
            link(op.error_name.as_str())
        ));
    }
    if let Some(paging) = &op.paging {
        let what = if paging.items.is_some() {
            "Every page, or every item,"
        } else {
            "Every page"
        };
        text.push_str(&format!(
            "\n\n# Pages\n\n{what} in a loop: {}.",
            link(&format!("Api::{}", paging.fn_name))
        ));
    }
    let fn_name = op.fn_name.as_str();
    let aliases = [
        spec_name.clone(),
        path.trim().to_owned(),
        format!("{verb} {}", path.trim()),
    ];
    let aliases = aliases.iter().filter_map(|a| docs::alias(a, fn_name));
    let docs = doc(&text);
    quote!(#docs #(#aliases)*)
}

/// How a request struct hands its fields to the runtime.
pub fn emit_write_request(module: &Module, op: &Operation) -> TokenStream {
    let Some(i) = op.request else {
        return TokenStream::new();
    };
    let def = &module.types[i];
    let TypeKind::Struct(fields) = &def.kind else {
        return TokenStream::new();
    };
    let name = &def.name;
    let (write_request, request_writer) = (rt::write_request(), rt::request_writer());
    let mut writes: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| {
            let (field, wire) = (&f.name, &f.wire);
            Some(match f.place {
                Place::Body { .. } => return None,
                Place::WholeBody if f.required => quote!(writer.json_body(&self.#field);),
                // An unset body is not sent at all, as the official SDK does.
                Place::WholeBody => quote! {
                    if let Some(body) = &self.#field {
                        writer.json_body(body);
                    }
                },
                Place::Query(QueryStyle::Flat) => quote!(writer.query_flat(#wire, &self.#field);),
                Place::Query(QueryStyle::Json) => quote!(writer.query_json(#wire, &self.#field);),
                Place::Query(QueryStyle::Simple) => {
                    quote!(writer.query_simple(#wire, &self.#field);)
                }
                Place::Query(QueryStyle::Plain) => quote!(writer.query(#wire, &self.#field);),
                Place::Header { json: false } => quote!(writer.header(#wire, &self.#field);),
                Place::Header { json: true } => quote!(writer.header_json(#wire, &self.#field);),
                Place::Part if f.ty == Ty::File && f.required => {
                    quote!(writer.part_file(#wire, &self.#field);)
                }
                Place::Part if f.ty == Ty::File => {
                    quote!(writer.part_file(#wire, self.#field.as_ref());)
                }
                Place::Part => quote!(writer.part_text(#wire, &self.#field);),
            })
        })
        .collect();
    if def.op_request == Some(true) {
        writes.push(quote!(writer.json_body(self);));
    }
    quote! {
        impl #write_request for #name {
            fn write(&self, writer: &mut #request_writer) {
                #(#writes)*
            }
        }
    }
}

/// The operation's error enum: one variant per code of its table, and `Unhandled`.
pub fn emit_error(op: &Operation) -> TokenStream {
    let name = &op.error_name;
    let service_error = rt::service_error();
    if op.errors.is_empty() {
        // No table: the error reply as it is, without an enum of one variant per operation
        // (most imported operations have no table, and each enum costs compile time).
        let docs = doc(&format!(
            "An error reply of [`Api::{}`]: the spec lists no error codes for it, so every code \
             arrives as it is.",
            op.fn_name
        ));
        return quote! {
            #docs
            pub type #name = #service_error;
        };
    }
    let variants = op.errors.iter().map(|v| {
        let variant = &v.name;
        let mut text = code(&v.code);
        for row in &v.rows {
            text.push_str(&format!("\n\n- HTTP {}", row.status));
            if let Some(message) = row.message.as_deref() {
                text.push_str(&format!(", message {}", code(message)));
            }
            if let Some(description) = row.description.as_deref() {
                text.push_str(&format!(": {}", docs::item_text(description.trim())));
            }
        }
        let docs = doc(&text);
        quote!(#docs #variant(#service_error),)
    });
    let codes = op.errors.iter().map(|v| {
        let (variant, code) = (&v.name, &v.code);
        quote!(#variant = #code)
    });
    let docs = doc(&format!(
        "An error reply of {}, sorted by its `code` (DingTalk sends business errors with \
         any status, 500 included).",
        link(&format!("Api::{}", op.fn_name))
    ));
    let impl_operation_error = rt::impl_operation_error();
    quote! {
        #docs
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A code the error table does not list.
            Unhandled(#service_error),
        }

        #impl_operation_error! {
            #name { #(#codes),* }
        }
    }
}

/// An operation's path parameters as method parameters (`user_id: &str`, `id: i64`).
pub(super) fn path_param_decls(op: &Operation) -> Vec<TokenStream> {
    op.path_params
        .iter()
        .map(|p| {
            let name = &p.name;
            if p.integer {
                quote!(#name: i64)
            } else {
                quote!(#name: &str)
            }
        })
        .collect()
}
