//! The one place that turns spec names into Rust identifiers: case, characters Rust does not
//! allow, leading digits, keywords, and collisions within a scope.

use std::collections::BTreeSet;
use std::fmt;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};
use quote::{ToTokens, TokenStreamExt};

/// A sanitized Rust identifier: valid, not a keyword (or written as a raw identifier).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RustName(String);

impl RustName {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `Self` + `suffix`, for derived names like `CreateTask` + `Request`.
    pub fn join(&self, suffix: &str) -> RustName {
        type_name(&format!("{}{}", self.0, suffix.to_upper_camel_case()))
    }
}

impl fmt::Display for RustName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ToTokens for RustName {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        let ident = match self.0.strip_prefix("r#") {
            Some(raw) => Ident::new_raw(raw, Span::call_site()),
            None => Ident::new(&self.0, Span::call_site()),
        };
        tokens.append(ident);
    }
}

/// Strict and reserved keywords of Rust 2024 (`gen` included).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing `_` instead (`Self` becomes
/// `SelfValue`: an underscore in a type name would warn).
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Longest identifier kept as it is. rustdoc writes a file per type (`struct.<Name>.html`), and
/// file names end at 255 bytes; longer names keep their start and get a hash of the whole.
const MAX_LEN: usize = 128;

/// Method names generated code must not take, on `Api` (a `Clone`, `Debug` handle) and on models
/// (setters): the constructor `new`, and the trait methods clippy's `should_implement_trait`
/// would see shadowed.
pub const RESERVED_METHODS: &[&str] = &[
    "new",
    "clone",
    "clone_from",
    "fmt",
    "add",
    "as_mut",
    "as_ref",
    "borrow",
    "borrow_mut",
    "cmp",
    "default",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "eq",
    "from_iter",
    "from_str",
    "hash",
    "index",
    "index_mut",
    "into_iter",
    "mul",
    "neg",
    "next",
    "not",
    "rem",
    "shl",
    "shr",
    "sub",
];

/// Any spec name → ASCII words: every character that cannot be in an identifier separates words.
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn finish(mut name: String, fallback: &str, digit_prefix: &str) -> RustName {
    if name.trim_matches('_').is_empty() {
        name = fallback.to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, digit_prefix);
    }
    if name.len() > MAX_LEN {
        // ASCII only by now, so any byte index is a character boundary.
        let hash = fnv1a(&name);
        let separator = if digit_prefix == "_" { "_" } else { "" };
        name = format!(
            "{}{separator}{hash:08x}",
            &name[..MAX_LEN - 8 - separator.len()]
        );
    }
    if name == "Self" {
        name.push_str("Value");
    } else if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    RustName(name)
}

/// A stable 32-bit hash (FNV-1a): the same name always gives the same identifier.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// `snake_case` for fields, functions, arguments and modules.
pub fn snake_name(raw: &str) -> RustName {
    finish(words(raw).to_snake_case(), "value", "_")
}

/// The Rust name of an API module (`team_sphere_1_0`): its file `apis/<name>.rs`, its
/// `client.<name>()` accessor, and a name at the crate root (`generated_client::<name>`). A spec
/// module named like a `Client` method, an item of the crate root or a crate the root names
/// (`config`, `new`, `rt`, `serde`), or a keyword, gets a trailing `_`, which no spec module
/// name (snake_case) has, so it collides with nothing.
pub fn module_name(raw: &str) -> RustName {
    let name = snake_name(raw);
    let bare = name.as_str().trim_start_matches("r#");
    if name.as_str() != bare || crate::rt::ROOT_NAMES.contains(&bare) {
        return RustName(format!("{bare}_"));
    }
    name
}

/// `UpperCamelCase` for types and variants. A name that already is one is kept as DingTalk
/// spells it (`NLToFrameService`, `GetFormDataByID`), so Rust names match the official SDKs';
/// a name in capitals only (`FORBIDDEN`) is recased like any other.
pub fn type_name(raw: &str) -> RustName {
    let camel = raw.starts_with(|c: char| c.is_ascii_uppercase())
        && raw.chars().all(|c| c.is_ascii_alphanumeric())
        && raw.chars().any(|c| c.is_ascii_lowercase());
    if camel {
        return finish(raw.to_owned(), "Value", "V");
    }
    finish(words(raw).to_upper_camel_case(), "Value", "V")
}

/// Names taken within one scope (one struct's fields, one module's types, one enum's variants).
/// A second name that sanitizes to a taken one gets `_2`, `_3`, ... (`2`, `3` for type names).
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Takes `name`, or the first free numbered variant of it.
    pub fn claim(&mut self, name: RustName) -> RustName {
        let bare = name.0.trim_start_matches("r#").to_owned();
        if self.taken.insert(bare.clone()) {
            return name;
        }
        let camel = bare.starts_with(|c: char| c.is_ascii_uppercase());
        let separator = if camel || bare.ends_with('_') {
            ""
        } else {
            "_"
        };
        (2..)
            .map(|n| format!("{bare}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .map(RustName)
            .expect("an unbounded range always has a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_idiomatic_identifiers() {
        assert_eq!(snake_name("customfieldId").as_str(), "customfield_id");
        assert_eq!(
            snake_name("x-acs-dingtalk-access-token").as_str(),
            "x_acs_dingtalk_access_token"
        );
        assert_eq!(snake_name("contract_type").as_str(), "contract_type");
        assert_eq!(snake_name("corpid").as_str(), "corpid");
        assert_eq!(type_name("user.not.exist").as_str(), "UserNotExist");
        assert_eq!(
            type_name("Forbidden.AccessDenied.QpsLimitForApi").as_str(),
            "ForbiddenAccessDeniedQpsLimitForApi"
        );
        assert_eq!(type_name("NLToFrameService").as_str(), "NLToFrameService");
        assert_eq!(type_name("queryClassCourse").as_str(), "QueryClassCourse");
        assert_eq!(
            type_name("Diot_Market_Manager").as_str(),
            "DiotMarketManager"
        );
        assert_eq!(type_name("FORBIDDEN").as_str(), "Forbidden");
        assert_eq!(
            snake_name("NLToFrameService").as_str(),
            "nl_to_frame_service"
        );
        assert_eq!(
            snake_name("GetFormDataByID").as_str(),
            "get_form_data_by_id"
        );
    }

    #[test]
    fn keywords_become_raw_or_suffixed() {
        assert_eq!(snake_name("type").as_str(), "r#type");
        assert_eq!(snake_name("gen").as_str(), "r#gen");
        assert_eq!(snake_name("self").as_str(), "self_");
        assert_eq!(type_name("self").as_str(), "SelfValue");
        assert_eq!(snake_name("crate").as_str(), "crate_");
    }

    #[test]
    fn leading_digits_and_empty_names_still_make_identifiers() {
        assert_eq!(snake_name("1st").as_str(), "_1st");
        assert_eq!(type_name("200").as_str(), "V200");
        assert_eq!(type_name("中文").as_str(), "Value");
        assert_eq!(snake_name("---").as_str(), "value");
    }

    #[test]
    fn collisions_get_numbered() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim(snake_name("userId")).as_str(), "user_id");
        assert_eq!(scope.claim(snake_name("user_id")).as_str(), "user_id_2");
        assert_eq!(scope.claim(snake_name("USER-ID")).as_str(), "user_id_3");
        assert_eq!(scope.claim(snake_name("self")).as_str(), "self_");
        assert_eq!(scope.claim(snake_name("Self")).as_str(), "self_2");
        let mut types = Scope::with_reserved(&["Unhandled"]);
        assert_eq!(types.claim(type_name("unhandled")).as_str(), "Unhandled2");
    }

    #[test]
    fn long_names_are_capped_and_stay_distinct() {
        let long = "a".repeat(1000);
        let field = snake_name(&long);
        assert_eq!(field.as_str().len(), MAX_LEN);
        let ty = type_name(&long);
        assert_eq!(ty.as_str().len(), MAX_LEN);
        assert_ne!(type_name(&format!("{long}b")), ty);
        assert_eq!(type_name(&long), ty);
        assert!(ty.join("Request").as_str().len() <= MAX_LEN);
    }

    #[test]
    fn module_names_never_take_a_name_of_the_client_or_the_crate_root() {
        assert_eq!(module_name("team_sphere_1_0").as_str(), "team_sphere_1_0");
        assert_eq!(module_name("config").as_str(), "config_");
        assert_eq!(module_name("new").as_str(), "new_");
        assert_eq!(module_name("rt").as_str(), "rt_");
        assert_eq!(module_name("type").as_str(), "type_");
        assert_eq!(module_name("self").as_str(), "self_");
    }

    #[test]
    fn the_root_names_list_every_item_of_the_client_crate_root_and_client_method() {
        let lib = include_str!("../../generated-client/src/lib.rs");
        let client = include_str!("../../generated-client/src/engine/client.rs");
        let declared = lib
            .lines()
            .filter_map(|l| {
                l.trim()
                    .strip_prefix("mod ")
                    .or(l.trim().strip_prefix("pub mod "))
            })
            .map(|l| l.trim_end_matches([';', ' ', '{']));
        let methods = client
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub fn "))
            .map(|l| &l[..l.find(['(', '<']).unwrap_or(l.len())]);
        for name in declared.chain(methods) {
            assert!(crate::rt::ROOT_NAMES.contains(&name), "`{name}` is missing");
        }
    }

    #[test]
    fn raw_identifiers_print_as_raw() {
        let tokens = snake_name("type").to_token_stream().to_string();
        assert_eq!(tokens, "r#type");
    }
}
