//! The conformance replay's generated half, all behind the hidden `conformance` feature: a
//! `replay` dispatcher per module that builds an operation's call with the typed API from a
//! recorded case's inputs, the `Deserialize` of request models (so the inputs build them), and
//! the `Serialize` of reply models (so replies are written back by wire name). One match arm per
//! operation and one line per field; the rest is the runtime's `conformance` module.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{is_optional, serialize_impl};
use crate::ir::{Field, Module, TypeDef};
use crate::rt;

/// `#[cfg(feature = "conformance")]`.
fn gate() -> TokenStream {
    let feature = rt::REPLAY_FEATURE;
    quote!(#[cfg(feature = #feature)])
}

/// The module's dispatcher: the operation named by its spec name, called through [`Api`] with
/// the path values by position and the request struct read from the inputs.
pub fn emit_dispatcher(module: &Module) -> TokenStream {
    let (client, inputs, reply, unknown) = (
        rt::client(),
        rt::replay_inputs(),
        rt::replay_reply(),
        rt::replay_unknown(),
    );
    let json = rt::json_value();
    let gate = gate();
    let arms = module.operations.iter().map(|op| {
        let (spec_name, fn_name) = (&op.spec_name, &op.fn_name);
        let mut args: Vec<TokenStream> = op
            .path_params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if p.integer {
                    quote!(inputs.path_integer(#i)?)
                } else {
                    quote!(inputs.path(#i)?)
                }
            })
            .collect();
        if let Some(i) = op.request {
            let object_body = module.types[i].op_request == Some(true);
            args.push(quote!(&inputs.request(#object_body)?));
        }
        quote!(#spec_name => #reply(api.#fn_name(#(#args),*)).await,)
    });
    quote! {
        /// Replays a recorded call of the official SDK through [`Api`] (conformance tests only).
        #gate
        #[doc(hidden)]
        #[allow(deprecated)]
        pub async fn replay(
            client: &#client,
            operation: &str,
            inputs: &#inputs,
        ) -> Result<#json, String> {
            let api = Api::new(client);
            match operation {
                #(#arms)*
                _ => {
                    let _ = (api, inputs);
                    Err(#unknown(operation))
                }
            }
        }
    }
}

/// `apis/mod.rs`'s dispatcher: the module by name, among those compiled in.
pub fn emit_index_dispatcher(modules: &[&Module]) -> TokenStream {
    let (inputs, unknown) = (rt::replay_inputs(), rt::replay_unknown());
    let json = rt::json_value();
    let gate = gate();
    let arms = modules.iter().map(|m| {
        let name = &m.name;
        let (feature, module) = (name.as_str(), name.as_str());
        quote! {
            #[cfg(feature = #feature)]
            #module => #name::replay(client, operation, inputs).await,
        }
    });
    quote! {
        #gate
        use crate::rt;

        /// Replays a recorded call of the official SDK: the operation `operation` of the module
        /// `module` (conformance tests only).
        #gate
        #[doc(hidden)]
        pub async fn replay(
            client: &crate::Client,
            module: &str,
            operation: &str,
            inputs: &#inputs,
        ) -> Result<#json, String> {
            match module {
                #(#arms)*
                _ => {
                    let _ = (client, inputs);
                    Err(#unknown(&format!("{module}.{operation}")))
                }
            }
        }
    }
}

/// What a struct gains for the replay: reply models are written back (those that are not
/// already serialized as request bodies), and models only sent are read from the inputs
/// (query, header and body fields alike, by wire name; values as set, never JSON-encoded text).
pub fn emit_struct_extras(def: &TypeDef, fields: &[Field], serialized: bool) -> TokenStream {
    let gate = gate();
    let write_back = (def.in_response && !serialized).then(|| {
        let serialize = serialize_impl(def, fields);
        quote!(#gate #serialize)
    });
    let read = (def.in_request && !def.in_response).then(|| emit_read(def, fields));
    quote!(#write_back #read)
}

/// Request models read from a case's inputs by wire name (a JSON-in-a-string field arrives as
/// the value that was set, so it is read as it is).
fn emit_read(def: &TypeDef, fields: &[Field]) -> TokenStream {
    let read = super::types::deserialize_impl(def, fields.iter().map(|f| (f, false)));
    let gate = gate();
    quote!(#gate #read)
}

/// `Fields` starts from a default; a struct only sent with required fields has none of its own
/// but gains one for the replay.
pub fn default_derive(def: &TypeDef, fields: &[Field]) -> Option<TokenStream> {
    let feature = rt::REPLAY_FEATURE;
    (def.in_request && !def.in_response && !fields.iter().all(|f| is_optional(def, f)))
        .then(|| quote!(#[cfg_attr(feature = #feature, derive(Default))]))
}

/// A string enum read into a required field starts as an empty unknown value.
pub fn emit_enum_default(name: &crate::names::RustName) -> TokenStream {
    let gate = gate();
    quote! {
        #gate
        impl Default for #name {
            fn default() -> Self {
                Self::Unknown(String::new())
            }
        }
    }
}
