//! IR → Rust source: tokens per item, one module per spec file, formatted with prettyplease.

pub(crate) mod docs;
mod operations;
mod paging;
mod replay;
mod types;

use std::ops::Range;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Module, TypeKind};
use crate::rt;
use docs::doc;

/// The first line of every generated file, naming what it came from and how to regenerate it.
pub fn header(source: &str) -> String {
    format!("// @generated from {source} by `cargo xtask gen`. Do not edit by hand.\n")
}

/// How many models or error enums one [`module_piece`] holds: pieces are what threads share out,
/// so a large module is formatted on every core. A fixed number (not one per thread) keeps the
/// output the same on every machine.
const ITEMS_PER_PIECE: usize = 48;

/// The number of pieces [`module_piece`] cuts the module file of `module` into.
pub fn module_pieces(module: &Module) -> usize {
    // The head (docs, base URL, `Api`), the models, the error enums, the replay dispatcher.
    1 + module.types.len().div_ceil(ITEMS_PER_PIECE)
        + module.operations.len().div_ceil(ITEMS_PER_PIECE)
        + 1
}

/// What piece `i` of a module file holds: the one place that maps piece numbers to items.
enum Piece {
    /// The module's docs, base URL and the `Api` handle.
    Head,
    /// These models (indices into `module.types`), each request struct with how it writes
    /// itself.
    Types(Range<usize>),
    /// The error enums of these operations.
    Errors(Range<usize>),
    /// The replay dispatcher.
    Replay,
}

fn piece(module: &Module, i: usize) -> Piece {
    let type_pieces = module.types.len().div_ceil(ITEMS_PER_PIECE);
    let error_pieces = module.operations.len().div_ceil(ITEMS_PER_PIECE);
    let chunk = |len: usize, k: usize| k * ITEMS_PER_PIECE..((k + 1) * ITEMS_PER_PIECE).min(len);
    if i == 0 {
        Piece::Head
    } else if i <= type_pieces {
        Piece::Types(chunk(module.types.len(), i - 1))
    } else if i <= type_pieces + error_pieces {
        Piece::Errors(chunk(module.operations.len(), i - 1 - type_pieces))
    } else {
        Piece::Replay
    }
}

/// About how much work piece `i` of [`module_piece`] is, in generated lines: what the threads
/// sharing out the pieces start with, largest first, so that no large piece is left to one core
/// at the end. An estimate only; it orders work, never output.
pub fn piece_cost(module: &Module, i: usize) -> usize {
    match piece(module, i) {
        // A method, its docs and its `static Operation` per operation.
        Piece::Head => 30 * module.operations.len(),
        Piece::Types(range) => module.types[range]
            .iter()
            .map(|def| match &def.kind {
                TypeKind::Struct(fields) => 10 + 8 * fields.len(),
                TypeKind::Enum(values) => 10 + 8 * values.len(),
            })
            .sum(),
        Piece::Errors(range) => module.operations[range]
            .iter()
            .map(|op| 2 + 6 * op.errors.len())
            .sum(),
        Piece::Replay => 6 * module.operations.len(),
    }
}

/// Piece `i` of the module file of one spec, in file order: constants and the `Api` handle,
/// then models, error enums and the replay dispatcher. Each piece is whole items, and
/// prettyplease ends every item with a line break, so the formatted pieces, joined, are the
/// formatted file.
pub fn module_piece(module: &Module, i: usize) -> TokenStream {
    match piece(module, i) {
        Piece::Head => module_head(module),
        Piece::Types(range) => {
            let types = module.types[range.clone()]
                .iter()
                .zip(range)
                .map(|(def, i)| {
                    let model = types::emit_type(module, def);
                    // Only an operation's request struct has an operation to look up.
                    let op = def
                        .op_request
                        .and_then(|_| module.operations.iter().find(|op| op.request == Some(i)));
                    let write = op.map(|op| operations::emit_write_request(module, op));
                    quote!(#model #write)
                });
            quote!(#(#types)*)
        }
        Piece::Errors(range) => {
            let errors = module.operations[range].iter().map(operations::emit_error);
            quote!(#(#errors)*)
        }
        // A module of pushes only has no operations to replay.
        Piece::Replay if module.operations.is_empty() => TokenStream::new(),
        Piece::Replay => replay::emit_dispatcher(module),
    }
}

/// The module file's head: its docs, the runtime import, the base URL and the `Api` handle (a
/// module of pushes only has neither).
fn module_head(module: &Module) -> TokenStream {
    let description = module.description.as_deref().map(docs::text);
    let pushes_only = module.operations.is_empty();
    let contents = if pushes_only {
        "Payloads DingTalk pushes; no operations".to_owned()
    } else {
        format!("Operations: [`Api`], from `client.{}()`", module.name)
    };
    let module_doc = docs::inner_doc(&docs::paragraphs([
        description.as_deref(),
        Some(&format!("{contents}. Generated from `{}`.", module.source)),
    ]));
    let import = rt::import();
    let api = (!pushes_only).then(|| {
        let base_url = &module.base_url;
        let api = operations::emit_api(module);
        quote! {
            /// Where this module's operations are sent unless the client configures a base URL.
            pub const DEFAULT_BASE_URL: &str = #base_url;

            #api
        }
    });
    quote! {
        #module_doc

        #import

        #api
    }
}

/// `apis/mod.rs`: declares the modules, each behind the cargo feature named after it, and gives
/// the client one accessor per module.
pub fn index_tokens(modules: &[Module]) -> TokenStream {
    // Each module documents itself (its file's `//!`), where its links resolve.
    let decls = modules.iter().map(|m| {
        let name = &m.name;
        let feature = name.as_str();
        quote! {
            #[cfg(feature = #feature)]
            pub mod #name;
        }
    });
    // A module of pushes only has no operations: no accessor, nothing to replay.
    let with_api: Vec<&Module> = modules
        .iter()
        .filter(|m| !m.operations.is_empty())
        .collect();
    let accessors = with_api.iter().map(|m| {
        let name = &m.name;
        let feature = name.as_str();
        let docs = doc(&format!("The operations of [`{name}`]."));
        quote! {
            #docs
            #[cfg(feature = #feature)]
            pub fn #name(&self) -> #name::Api {
                #name::Api::new(self)
            }
        }
    });
    let replay = replay::emit_index_dispatcher(&with_api);
    quote! {
        //! The API modules, one per spec file under `api-spec/`, each behind the cargo feature
        //! named after it (`full` enables all).

        #(#decls)*

        impl crate::Client {
            #(#accessors)*
        }

        #replay
    }
}

/// The `[features]` lines of the client's manifest: one feature per module, and `full`.
pub fn feature_lines(modules: &[Module]) -> String {
    let names: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
    let mut out = String::from("full = [\n");
    for name in &names {
        out.push_str(&format!("  \"{name}\",\n"));
    }
    out.push_str("]\n");
    for name in &names {
        out.push_str(&format!("{name} = []\n"));
    }
    out
}

/// Formats tokens (whole items, inner attributes first) as file text.
pub fn format(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
