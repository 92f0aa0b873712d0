//! The one place that names runtime items in generated code. Generated modules import the
//! runtime's hidden `rt` module through the crate name (`use ::generated_client::rt;`), so the
//! same text compiles inside the crate and in tests outside it, and name everything as `rt::...`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// The import every generated module starts with.
pub fn import() -> TokenStream {
    quote!(
        use ::generated_client::rt;
    )
}

/// `rt::<path>`.
fn item(path: &[&str]) -> TokenStream {
    let segments = path.iter().map(|s| Ident::new(s, Span::call_site()));
    quote!(rt #(:: #segments)*)
}

pub fn client() -> TokenStream {
    item(&["Client"])
}
pub fn call() -> TokenStream {
    item(&["Call"])
}
pub fn operation() -> TokenStream {
    item(&["Operation"])
}
pub fn method(variant: &str) -> TokenStream {
    item(&["Method", variant])
}
pub fn response_body(json: bool) -> TokenStream {
    item(&["ResponseBody", if json { "Json" } else { "None" }])
}
pub fn signature(signature: crate::spec::SignatureSpec) -> TokenStream {
    match signature {
        crate::spec::SignatureSpec::TimestampHmacSha256 => {
            item(&["Signature", "TimestampHmacSha256"])
        }
    }
}
/// The runtime's paginator over the pages of a paging operation.
pub fn paginator() -> TokenStream {
    item(&["Paginator"])
}
/// A file of a multipart body.
pub fn file_part() -> TokenStream {
    item(&["FilePart"])
}
/// The static description of how an operation pages.
pub fn paging() -> TokenStream {
    item(&["Paging"])
}
/// How a counted paging operation counts: `PageMode::Number` or `PageMode::Offset`.
pub fn page_mode(variant: &str) -> TokenStream {
    item(&["PageMode", variant])
}
/// The item type of a paginator whose spec names no list of items.
pub fn no_items() -> TokenStream {
    item(&["NoItems"])
}
/// The trait every pushed payload implements: its route and its reply's type.
pub fn push() -> TokenStream {
    item(&["Push"])
}
/// Where a pushed payload arrives: a callback topic, an event type, or every event.
pub fn push_route() -> TokenStream {
    item(&["PushRoute"])
}
pub fn write_request() -> TokenStream {
    item(&["WriteRequest"])
}
pub fn request_writer() -> TokenStream {
    item(&["RequestWriter"])
}
pub fn service_error() -> TokenStream {
    item(&["ServiceError"])
}
/// The macro that writes a model's `Serialize`: `Name { "wire" => how(field), .. }`.
pub fn impl_serialize() -> TokenStream {
    item(&["impl_serialize"])
}
/// How `impl_serialize!` writes a field: the runtime `Object` method for it.
pub fn write_field(optional: bool, json: bool) -> Ident {
    let method = match (optional, json) {
        (true, false) => "optional",
        (false, false) => "field",
        (true, true) => "optional_json",
        (false, true) => "field_json",
    };
    Ident::new(method, Span::call_site())
}
/// The macro that writes a model's `Deserialize` (and `Fields`, the runtime's field-by-field
/// reading): `Name { "wire" => how(field), .. }`.
pub fn impl_deserialize() -> TokenStream {
    item(&["impl_deserialize"])
}
/// How `impl_deserialize!` reads a field: the runtime function for it (`json`: a value
/// JSON-encoded in a string, `style: json` in replies).
pub fn read_field(json: bool) -> Ident {
    let function = if json {
        "read_json_field"
    } else {
        "read_field"
    };
    Ident::new(function, Span::call_site())
}
/// The macro that writes an error enum's `OperationError`, `Display` and `Error`:
/// `Name { Variant = "code", .. }`.
pub fn impl_operation_error() -> TokenStream {
    item(&["impl_operation_error"])
}
/// The inputs of a recorded call (`conformance` feature only).
pub fn replay_inputs() -> TokenStream {
    item(&["conformance", "Inputs"])
}
/// Sends a replayed call and writes its reply back as JSON.
pub fn replay_reply() -> TokenStream {
    item(&["conformance", "reply"])
}
/// The error of a dispatcher asked for an operation it does not have.
pub fn replay_unknown() -> TokenStream {
    item(&["conformance", "unknown"])
}
/// The cargo feature behind which generated code exists only for the conformance replay.
pub const REPLAY_FEATURE: &str = "conformance";
/// The cargo feature of the fake DingTalk, whose typed replies are reply models written back.
pub const TEST_UTIL_FEATURE: &str = "test-util";
/// The public cargo feature behind which reply models are `Serialize` and request models
/// `Deserialize` (every model then both writes and reads JSON by wire name).
pub const MODEL_SERDE_FEATURE: &str = "model-serde";
pub fn json_value() -> TokenStream {
    item(&["serde_json", "Value"])
}
pub fn map() -> TokenStream {
    item(&["BTreeMap"])
}
/// The serde the runtime re-exports, so users of the client need no serde of their own.
pub fn serde() -> TokenStream {
    item(&["serde"])
}
/// The `crate = "..."` value serde's derives need when serde is reached through a re-export.
pub fn serde_crate_path() -> &'static str {
    "::generated_client::rt::serde"
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

/// Names an API module must not take (see `names::module_name`): methods of `Client` (its own
/// and its derives'), items of the client crate's root (where `pub use apis::*` puts every
/// module, and an item of the root hides a glob-imported one), and crates the root names.
pub const ROOT_NAMES: &[&str] = &[
    // `Client`
    "new",
    "from_config",
    "config",
    "with_token_provider",
    "with_base_url",
    "transport",
    "blocking_runtime",
    "clone",
    "clone_from",
    "fmt",
    // the crate root: its modules, `rt`, `header`, `test_util` (re-exported), the
    // `operations` index page and `feature_off` (the accessors of modules whose feature is off)
    "apis",
    "base",
    "engine",
    "payloads",
    "receive",
    "robot",
    "stream",
    "testing",
    "tokens",
    "rt",
    "header",
    "test_util",
    "conformance",
    "operations",
    "feature_off",
    "generated_client",
    // crates
    "std",
    "core",
    "alloc",
    "proc_macro",
    "test",
    "bytes",
    "reqwest",
    "rustls",
    "serde",
    "serde_json",
    "thiserror",
    "tokio",
    "tracing",
];
