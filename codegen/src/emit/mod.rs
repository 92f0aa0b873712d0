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
use docs::{code, doc, paragraphs};

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
    let pushes_only = module.operations.is_empty();
    let module_doc = docs::inner_doc(&module_docs(module));
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

/// What a module page says: what the module is (the spec's description, else what its name and
/// paths tell), then where its operations are and the feature that enables it.
fn module_docs(module: &Module) -> String {
    let name = module.name.as_str();
    let description = module.description.as_deref().map(docs::text);
    let fallback = match path_segment(module) {
        Some(segment) => format!("DingTalk's {} API.", code(&segment)),
        None => format!("DingTalk's {} API.", code(name)),
    };
    let ops = module.operations.len();
    let mut about = if ops == 0 {
        format!(
            "Payloads DingTalk pushes (no operations), behind the cargo feature {}",
            code(name)
        )
    } else {
        format!(
            "{ops} operation{}, methods of [`Api`] (`client.{name}()`), behind the cargo feature {}",
            if ops == 1 { "" } else { "s" },
            code(name)
        )
    };
    if let Some(segment) = path_segment(module) {
        about.push_str(&format!(
            "; its paths start with {}",
            code(&format!(
                "/{}/{segment}/",
                path_version(module).unwrap_or("v1.0")
            ))
        ));
    }
    about.push('.');
    paragraphs([
        Some(description.as_deref().unwrap_or(&fallback)),
        Some(&about),
    ])
}

/// The segment DingTalk's paths name the module by (`aiPaaS` in `/v1.0/aiPaaS/...`): the most
/// common second segment of its operations' paths, where they start with a version.
fn path_segment(module: &Module) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for op in &module.operations {
        let mut segments = op.path.trim_start_matches('/').split('/');
        let (Some(version), Some(segment)) = (segments.next(), segments.next()) else {
            continue;
        };
        let versioned = version.starts_with('v')
            && version[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
        if !versioned || segment.is_empty() || segment.contains('{') {
            continue;
        }
        match counts.iter_mut().find(|(s, _)| *s == segment) {
            Some((_, n)) => *n += 1,
            None => counts.push((segment, 1)),
        }
    }
    // The first of the most common, so ties go to the spec's order.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(s, _)| s.to_owned())
}

/// The version segment of the module's paths (`v1.0`), from its first versioned operation.
fn path_version(module: &Module) -> Option<&str> {
    module.operations.iter().find_map(|op| {
        let version = op.path.trim_start_matches('/').split('/').next()?;
        (version.starts_with('v') && version.len() > 1).then_some(version)
    })
}

/// The other names rustdoc's search finds a module by: its path segment (`aiPaaS`) and the
/// spec's `aliases` (DingTalk's product name). They go on the crate root's re-export: rustdoc
/// indexes the aliases of an item re-exported from a private module only there.
fn module_aliases(module: &Module) -> Vec<String> {
    let mut aliases: Vec<String> = path_segment(module).into_iter().collect();
    for alias in &module.aliases {
        if !aliases.contains(alias) {
            aliases.push(alias.clone());
        }
    }
    aliases
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
        let docs = doc(&format!("The operations of [`{name}`](crate::{name})."));
        quote! {
            #docs
            #[cfg(feature = #feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
            pub fn #name(&self) -> #name::Api {
                #name::Api::new(self)
            }
            // With the feature off, a call is an error that names the feature (the trait's
            // `on_unimplemented`), not "no method named ..". The bound is higher-ranked so
            // that rustc checks it where the method is called, not where it is defined.
            #[cfg(not(feature = #feature))]
            #[doc(hidden)]
            pub fn #name(&self) -> crate::feature_off::Disabled
            where
                for<'a> crate::feature_off::Features<'a>: crate::feature_off::#name,
            {
                crate::feature_off::Disabled
            }
        }
    });
    let replay = replay::emit_index_dispatcher(&with_api);
    quote! {
        //! The API modules, one per spec file under `api-spec/`, each behind the cargo feature
        //! named after it (`full` enables all); the crate root re-exports each by name
        //! (`exports.rs`).

        #(#decls)*

        impl crate::Client {
            #(#accessors)*
        }

        #replay
    }
}

/// `apis/exports.rs`, included at the crate root: each module re-exported by name behind its
/// feature (so that rustc, asked for a module whose feature is off, names the feature, and
/// rustdoc shows it), and [`operations_index`].
pub fn exports_tokens(modules: &[Module]) -> TokenStream {
    let exports = modules.iter().map(|m| {
        let name = &m.name;
        let feature = name.as_str();
        let aliases = module_aliases(m)
            .into_iter()
            .filter_map(|a| docs::alias(&a, name.as_str()));
        quote! {
            #[cfg(feature = #feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
            #(#aliases)*
            pub use apis::#name;
        }
    });
    let replay = replay::emit_index_export();
    let index = operations_index(modules);
    let feature_off = feature_off(modules);
    quote! {
        #(#exports)*
        #replay
        #feature_off
        #index
    }
}

/// The hidden module `feature_off`: for each module with operations, a trait that nothing
/// implements, present only while the module's feature is off, whose `on_unimplemented` tells
/// a caller of `client.<module>()` which feature to enable. With every feature on, only two
/// empty types remain.
fn feature_off(modules: &[Module]) -> TokenStream {
    let traits = modules
        .iter()
        .filter(|m| !m.operations.is_empty())
        .map(|m| {
            let name = &m.name;
            let feature = name.as_str();
            let message =
                format!("`Client::{feature}` needs the cargo feature `{feature}`, which is off");
            let label = format!("needs the cargo feature `{feature}`");
            let note = format!(
                "enable it where `generated-client` is a dependency: \
                 `features = [\"{feature}\"]` (`full` enables every module)"
            );
            quote! {
                #[cfg(not(feature = #feature))]
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                pub trait #name {}
            }
        });
    quote! {
        /// What `client.<module>()` is while the module's feature is off: a method whose bound
        /// cannot hold, so that calling it is an error naming the feature to enable.
        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        pub mod feature_off {
            /// Implements none of the traits here; higher-ranked, so a bound on it is checked
            /// where the method is called.
            pub struct Features<'a>(::core::marker::PhantomData<&'a ()>);
            /// What the method would return, were its bound to hold.
            pub struct Disabled;
            #(#traits)*
        }
    }
}

/// The `operations` page: every operation of every module, with DingTalk's action name, method
/// and path, summary and Rust method, under its module's heading (which names the feature).
fn operations_index(modules: &[Module]) -> TokenStream {
    let total: usize = modules.iter().map(|m| m.operations.len()).sum();
    let mut text = format!(
        "Every operation ({total}), by module: DingTalk's action name, method and path, the \
         Rust method of the module's `Api` and the summary. Each module is a cargo feature named \
         after it. Rustdoc's search also finds a method by the action name, by the path as \
         DingTalk writes it (`/v1.0/contact/users/{{unionId}}`) and by method and path \
         (`GET /v1.0/contact/users/{{unionId}}`)."
    );
    for module in modules {
        let name = module.name.as_str();
        let what = module
            .description
            .as_deref()
            .and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()))
            .map(|d| format!(": {}", cell(d)))
            .unwrap_or_default();
        text.push_str(&format!(
            "\n\n# `{name}`{what}\n\nFeature {}; `client.{name}()`.\n\n\
             | action | method and path | Rust method | summary |\n|---|---|---|---|",
            code(name)
        ));
        for op in &module.operations {
            let summary = op
                .summary
                .as_deref()
                .and_then(|s| s.lines().map(str::trim).find(|l| !l.is_empty()))
                .map(cell)
                .unwrap_or_default();
            text.push_str(&format!(
                "\n| {} | {} | `{}` | {summary} |",
                cell_code(&op.spec_name),
                cell_code(&format!("{} {}", operations::verb(op), op.path)),
                op.fn_name.as_str().trim_start_matches("r#"),
            ));
        }
    }
    let docs = doc(&text);
    quote! {
        #docs
        pub mod operations {}
    }
}

/// Spec text as a table cell: one line, and no `|` to end the cell early.
fn cell(text: &str) -> String {
    docs::text(text)
        .lines()
        .next()
        .unwrap_or_default()
        .replace('|', "\\|")
}

/// A code span in a table cell (a `|` would end the cell, even inside the span).
fn cell_code(text: &str) -> String {
    code(text).replace('|', "\\|")
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
