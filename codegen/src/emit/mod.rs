//! IR → Rust source: tokens per item, one module per spec file, formatted with prettyplease.

pub(crate) mod docs;
mod operations;
mod paging;
mod replay;
mod types;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::Module;
use crate::rt;
use docs::doc;

/// The first line of every generated file, naming what it came from and how to regenerate it.
pub fn header(source: &str) -> String {
    format!("// @generated from {source} by `cargo xtask gen`. Do not edit by hand.\n")
}

/// The module file of one spec: constants, the `Api` handle, models and error enums.
pub fn module_tokens(module: &Module) -> TokenStream {
    let description = module.description.as_deref().map(docs::text);
    let module_doc = docs::inner_doc(&docs::paragraphs([
        description.as_deref(),
        Some(&format!(
            "Operations: [`Api`], from `client.{}()`. Generated from `{}`.",
            module.name, module.source
        )),
    ]));
    let base_url = &module.base_url;
    let api = operations::emit_api(module);
    // Each request struct is followed by how it writes itself.
    let types = module.types.iter().enumerate().map(|(i, def)| {
        let model = types::emit_type(module, def);
        let op = module.operations.iter().find(|op| op.request == Some(i));
        let write = op.map(|op| operations::emit_write_request(module, op));
        quote!(#model #write)
    });
    let errors = module.operations.iter().map(operations::emit_error);
    let replay = replay::emit_dispatcher(module);
    let import = rt::import();
    quote! {
        #module_doc

        #import

        /// Where this module's operations are sent unless the client configures a base URL.
        pub const DEFAULT_BASE_URL: &str = #base_url;

        #api
        #(#types)*
        #(#errors)*
        #replay
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
    let accessors = modules.iter().map(|m| {
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
    let replay = replay::emit_index_dispatcher(modules);
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

/// Formats tokens as a file, with the `@generated` header.
pub fn format(tokens: TokenStream, source: &str) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(format!(
        "{}{}",
        header(source),
        prettyplease::unparse(&file)
    ))
}
