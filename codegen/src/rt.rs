//! The one place that names runtime items in generated code. Generated modules reach the runtime
//! through its crate name (`::generated_client`), so the same text compiles inside the crate and
//! in tests outside it.

use proc_macro2::TokenStream;
use quote::quote;

/// The hidden module of items meant for generated code only, imported once per module file
/// (`use ::generated_client::rt;`) and named as `rt::...` everywhere else.
fn rt() -> TokenStream {
    quote!(rt)
}

/// The import every generated module starts with.
pub fn import() -> TokenStream {
    quote!(
        use ::generated_client::rt;
    )
}

pub fn client() -> TokenStream {
    let rt = rt();
    quote!(#rt::Client)
}

pub fn call() -> TokenStream {
    let rt = rt();
    quote!(#rt::Call)
}

pub fn operation() -> TokenStream {
    let rt = rt();
    quote!(#rt::Operation)
}

pub fn method(variant: &str) -> TokenStream {
    let rt = rt();
    let variant = proc_macro2::Ident::new(variant, proc_macro2::Span::call_site());
    quote!(#rt::Method::#variant)
}

pub fn response_body(json: bool) -> TokenStream {
    let rt = rt();
    if json {
        quote!(#rt::ResponseBody::Json)
    } else {
        quote!(#rt::ResponseBody::None)
    }
}

pub fn write_request() -> TokenStream {
    let rt = rt();
    quote!(#rt::WriteRequest)
}

pub fn request_writer() -> TokenStream {
    let rt = rt();
    quote!(#rt::RequestWriter)
}

pub fn operation_error() -> TokenStream {
    let rt = rt();
    quote!(#rt::OperationError)
}

pub fn service_error() -> TokenStream {
    let rt = rt();
    quote!(#rt::ServiceError)
}

/// The serde the runtime re-exports, so users of the client need no serde of their own.
pub fn serde() -> TokenStream {
    let rt = rt();
    quote!(#rt::serde)
}

/// The `crate = "..."` value serde's derives need when serde is reached through a re-export.
pub fn serde_crate_path() -> &'static str {
    "::generated_client::rt::serde"
}

/// The runtime's JSON object writer (`Serialize` of models).
pub fn object() -> TokenStream {
    let rt = rt();
    quote!(#rt::Object)
}

/// The trait reply models implement to be read field by field.
pub fn fields() -> TokenStream {
    let rt = rt();
    quote!(#rt::Fields)
}

/// The generic `Deserialize::deserialize` of reply models.
pub fn deserialize() -> TokenStream {
    let rt = rt();
    quote!(#rt::deserialize)
}

pub fn json_value() -> TokenStream {
    let rt = rt();
    quote!(#rt::serde_json::Value)
}

pub fn map() -> TokenStream {
    let rt = rt();
    quote!(#rt::BTreeMap)
}

/// Prelude names generated code uses unqualified; spec types may not take them.
pub const PRELUDE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "String",
    "Vec",
    "Box",
    "Result",
    "Ok",
    "Err",
    "Into",
    "From",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "Self_",
];
