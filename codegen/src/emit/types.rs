//! Models: request structs (constructor with the required fields, setters for the rest),
//! response structs (every field optional, unknown fields ignored), pushed payloads (every
//! field optional, unknown fields kept and written back, an impl of the push trait) and string
//! enums with a fallback for values this client does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{self, code, doc, doc_or, paragraphs};
use super::replay;
use crate::ir::{
    EnumValue, Field, Module, Place, Push, PushRoute, QueryStyle, Ty, TypeDef, TypeKind,
};
use crate::names::{self, RustName, Scope, snake_name};
use crate::rt;

/// The Rust type of `ty`.
pub fn ty_tokens(module: &Module, ty: &Ty) -> TokenStream {
    match ty {
        Ty::String => quote!(String),
        Ty::Integer => quote!(i64),
        Ty::Number => quote!(f64),
        Ty::Boolean => quote!(bool),
        Ty::Any => rt::json_value(),
        Ty::List(inner) => {
            let inner = ty_tokens(module, inner);
            quote!(Vec<#inner>)
        }
        Ty::Map(inner) => {
            let inner = ty_tokens(module, inner);
            let map = rt::map();
            quote!(#map<String, #inner>)
        }
        Ty::Named(i) => {
            let name = &module.types[*i].name;
            quote!(#name)
        }
        Ty::File => rt::file_part(),
    }
}

pub fn emit_type(module: &Module, def: &TypeDef) -> TokenStream {
    if let Some(target) = def.alias_of {
        let target_def = &module.types[target];
        let (name, target) = (&def.name, &target_def.name);
        let fallback = format!("`{name}`: the same model as [`{target}`].");
        let description = def.doc.as_deref().map(docs::text);
        let docs = doc_or(description.as_deref(), &fallback);
        let required = def
            .required_name
            .as_ref()
            .zip(target_def.required_name.as_ref())
            .map(|(name, target)| {
                let docs = doc(&format!("The required fields of [`{}`].", def.name));
                quote! {
                    #docs
                    pub type #name = #target;
                }
            });
        return quote! {
            #docs
            pub type #name = #target;
            #required
        };
    }
    match &def.kind {
        TypeKind::Struct(fields) => emit_struct(module, def, fields),
        TypeKind::Enum(values) => emit_enum(def, values),
    }
}

/// The fallback documentation of a model without a description: its name, and where other
/// operations share it under their own names, those names (so that a reply shared by several
/// operations is not presented as one operation's).
fn fallback_doc(module: &Module, def: &TypeDef) -> String {
    let name = &def.name;
    let aliases: Vec<String> = module
        .types
        .iter()
        .filter(|other| {
            other
                .alias_of
                .is_some_and(|target| std::ptr::eq(&module.types[target], def))
        })
        .map(|other| format!("[`{}`]", other.name))
        .collect();
    if aliases.is_empty() {
        format!("`{name}`.")
    } else {
        format!(
            "`{name}`, a model several operations share: also named {}.",
            aliases.join(", ")
        )
    }
}

/// Whether a field is held as `Option`: everything but the required fields of types that are
/// only sent. Replies are read leniently (the service's docs are not a promise that a field is
/// present), and a type that is both sent and read is read like a reply.
pub(super) fn is_optional(def: &TypeDef, field: &Field) -> bool {
    !(def.in_request && !def.in_response && field.required)
}

/// The field's type as held in its struct (before `Option`).
fn field_ty_tokens(module: &Module, field: &Field) -> TokenStream {
    let ty = ty_tokens(module, &field.ty);
    if field.boxed { quote!(Box<#ty>) } else { ty }
}

fn emit_struct(module: &Module, def: &TypeDef, fields: &[Field]) -> TokenStream {
    let name = &def.name;
    let all_optional = fields.iter().all(|f| is_optional(def, f));
    let default = all_optional.then(|| quote!(, Default));
    // Replies compare (in users' tests), and so do pushed payloads (in the tests of the
    // applications that receive them); models only sent do not need to, and each derive costs
    // compile time across the whole API.
    let partial_eq = (def.in_response || def.keeps_unknown.is_some()).then(|| quote!(, PartialEq));

    let members = fields.iter().map(|field| {
        let field_name = &field.name;
        let mut ty = field_ty_tokens(module, field);
        if is_optional(def, field) {
            ty = quote!(Option<#ty>);
        }
        let docs = field_doc(field);
        quote! {
            #docs
            pub #field_name: #ty,
        }
    });
    let kept = def.keeps_unknown.as_ref().map(|other| {
        let map = rt::map();
        let value = rt::json_value();
        quote! {
            /// Members this version does not know, kept as received and written back.
            pub #other: #map<String, #value>,
        }
    });

    // A request struct's doc is the generator's own text; other models carry the spec's.
    let own = def.doc.as_deref().map(|d| match def.op_request {
        Some(_) => d.to_owned(),
        None => docs::text(d),
    });
    let docs = doc_or(own.as_deref(), &fallback_doc(module, def));
    let constructor = def
        .in_request
        .then(|| emit_builder(module, def, fields, all_optional));
    let serialized = def.in_request && def.op_request.unwrap_or(true);
    let serialize = serialized.then(|| serialize_impl(def, fields));
    let deserialize = def.in_response.then(|| emit_deserialize(def, fields));
    let replay = replay::emit_struct_extras(def, fields, serialized);
    let replay_default = replay::default_derive(def, fields);
    let push = def.push.as_ref().map(|push| emit_push(module, def, push));
    quote! {
        #docs
        #[derive(Clone, Debug #default #partial_eq)]
        #replay_default
        #[non_exhaustive]
        pub struct #name {
            #(#members)*
            #kept
        }
        #constructor
        #serialize
        #deserialize
        #replay
        #push
    }
}

/// The body members as a JSON object, unset ones left out.
pub(super) fn serialize_impl(def: &TypeDef, fields: &[Field]) -> TokenStream {
    let name = &def.name;
    let writes = fields.iter().filter_map(|f| {
        let Place::Body { json } = f.place else {
            return None;
        };
        let (field, wire) = (&f.name, &f.wire);
        let write = rt::write_field(is_optional(def, f), json);
        Some(quote!(#wire => #write(#field)))
    });
    let impl_serialize = rt::impl_serialize();
    let keep = keep_clause(def);
    quote! {
        #impl_serialize! {
            #name { #(#writes),* } #keep
        }
    }
}

/// `keep(other)`: the model keeps unknown members in its field `other`.
fn keep_clause(def: &TypeDef) -> Option<TokenStream> {
    def.keeps_unknown.as_ref().map(|other| quote!(keep(#other)))
}

/// The impl of the runtime's push trait: the payload's route and the type it answers with.
fn emit_push(module: &Module, def: &TypeDef, push: &Push) -> TokenStream {
    let name = &def.name;
    let (trait_name, route_ty) = (rt::push(), rt::push_route());
    let route = match &push.route {
        PushRoute::Callback(topic) => quote!(#route_ty::Callback(#topic)),
        PushRoute::Event(event_type) => quote!(#route_ty::Event(#event_type)),
        PushRoute::AllEvents => quote!(#route_ty::AllEvents),
    };
    let reply = match &push.reply {
        Some(ty) => ty_tokens(module, ty),
        None => quote!(()),
    };
    let id = push.id.as_ref().map(|field| {
        quote! {
            fn id(&self) -> Option<&str> {
                self.#field.as_deref()
            }
        }
    });
    quote! {
        impl #trait_name for #name {
            const ROUTE: #route_ty = #route;
            type Reply = #reply;
            #id
        }
    }
}

/// Reading a reply model: one `match` arm per wire name, the loop is the runtime's.
fn emit_deserialize(def: &TypeDef, fields: &[Field]) -> TokenStream {
    let arms = fields.iter().filter_map(|f| {
        let Place::Body { json } = f.place else {
            return None;
        };
        Some((f, json))
    });
    deserialize_impl(def, arms)
}

/// The `Deserialize` and `Fields` impls of a model read by the wire names of `fields` (those
/// with `true` travel JSON-encoded in a string).
pub(super) fn deserialize_impl<'a>(
    def: &TypeDef,
    fields: impl Iterator<Item = (&'a Field, bool)>,
) -> TokenStream {
    let name = &def.name;
    let reads = fields.map(|(f, json)| {
        let (field, wire) = (&f.name, &f.wire);
        let read = rt::read_field(json);
        quote!(#wire => #read(#field))
    });
    let impl_deserialize = rt::impl_deserialize();
    let keep = keep_clause(def);
    quote! {
        #impl_deserialize! {
            #name { #(#reads),* } #keep
        }
    }
}

fn field_doc(field: &Field) -> TokenStream {
    let place = match field.place {
        Place::Body { json: false } | Place::WholeBody => None,
        Place::Body { json: true } => Some("JSON-encoded in a string"),
        Place::Query(QueryStyle::Flat) => {
            Some("a query parameter, one value per key (`name.1=..`)")
        }
        Place::Query(QueryStyle::Json) => Some("a query parameter, JSON-encoded"),
        Place::Query(QueryStyle::Simple) => Some("a query parameter, values joined by commas"),
        Place::Query(QueryStyle::Plain) => Some("a query parameter"),
        Place::Header { json: false } => Some("a header"),
        Place::Header { json: true } => Some("a header, JSON-encoded"),
        Place::Part => Some("a part of the `multipart/form-data` body"),
    };
    let note = place.map(|place| format!("{}: {place}.", code(&field.wire)));
    let description = field.doc.as_deref().map(docs::text);
    let text = paragraphs([description.as_deref(), note.as_deref()]);
    if text.is_empty() {
        doc(&format!("{}.", code(&field.wire)))
    } else {
        doc(&text)
    }
}

/// `new` (taking the struct of required fields, if there are any), and a setter per optional
/// field.
fn emit_builder(
    module: &Module,
    def: &TypeDef,
    fields: &[Field],
    all_optional: bool,
) -> TokenStream {
    let name = &def.name;
    let (required, optional): (Vec<&Field>, Vec<&Field>) =
        fields.iter().partition(|f| !is_optional(def, f));

    let (required_struct, args, body, new_doc) = match (&def.required_name, all_optional) {
        (Some(required_name), false) => {
            let members = required.iter().map(|f| {
                let (field_name, ty) = (&f.name, ty_tokens(module, &f.ty));
                let docs = doc(&format!(
                    "{}: see {}.",
                    code(&f.wire),
                    docs::link(&format!("{name}::{field_name}"))
                ));
                quote!(#docs pub #field_name: #ty,)
            });
            let bindings = required.iter().map(|f| &f.name);
            let inits = fields.iter().map(|f| {
                let field_name = &f.name;
                if is_optional(def, f) {
                    quote!(#field_name: None)
                } else if f.boxed {
                    quote!(#field_name: Box::new(#field_name))
                } else {
                    quote!(#field_name)
                }
            });
            let docs = doc(&format!(
                "The required fields of [`{name}`], each named where it is set: \
                 `{name}::new({required_name} {{ .. }})`."
            ));
            let required_struct = quote! {
                #docs
                pub struct #required_name {
                    #(#members)*
                }
            };
            let body = quote! {
                let #required_name { #(#bindings),* } = required;
                Self { #(#inits),* }
            };
            let names: Vec<String> = required.iter().map(|f| code(&f.wire)).collect();
            let new_doc = format!(
                "A `{name}` with its required fields ({}); set the others with the methods named after them.",
                names.join(", ")
            );
            (
                Some(required_struct),
                Some(quote!(required: #required_name)),
                body,
                new_doc,
            )
        }
        _ => (
            None,
            None,
            quote!(Self::default()),
            format!("An empty `{name}`; set fields with the methods named after them."),
        ),
    };

    let value_name = snake_name("value");
    let mut methods = Scope::with_reserved(&[]);
    let setters = optional.iter().map(|f| {
        let field_name = &f.name;
        let bare = field_name.as_str().trim_start_matches("r#");
        let setter = if names::RESERVED_METHODS.contains(&bare) {
            methods.claim(snake_name(&format!("set_{bare}")))
        } else {
            methods.claim(field_name.clone())
        };
        let param = parameter(module, &f.ty);
        let value = boxed(f, convert(module, &f.ty, &value_name));
        let docs = doc(&format!("Sets {}.", code(&f.wire)));
        quote! {
            #docs
            pub fn #setter(mut self, value: #param) -> Self {
                self.#field_name = Some(#value);
                self
            }
        }
    });
    let new_docs = doc(&new_doc);
    quote! {
        #required_struct
        impl #name {
            #new_docs
            pub fn new(#args) -> Self {
                #body
            }
            #(#setters)*
        }
    }
}

/// `value`, boxed where the field is.
fn boxed(field: &Field, value: TokenStream) -> TokenStream {
    if field.boxed {
        quote!(Box::new(#value))
    } else {
        value
    }
}

/// How constructors and setters take a value of `ty`. Lists and maps take any iterator of
/// convertible items, so `.user_ids(["a", "b"])` and `.labels([("k", "v")])` work.
fn parameter(module: &Module, ty: &Ty) -> TokenStream {
    // Items convert only where there is something to convert from (`&str` to `String` or to a
    // string enum); elsewhere they are taken as they are, so `Vec::new()` needs no annotation.
    let item = |inner: &Ty| {
        let tokens = ty_tokens(module, inner);
        if converts(module, inner) {
            quote!(impl Into<#tokens>)
        } else {
            tokens
        }
    };
    match ty {
        Ty::List(inner) => {
            let inner = item(inner);
            quote!(impl IntoIterator<Item = #inner>)
        }
        Ty::Map(inner) => {
            let inner = item(inner);
            quote!(impl IntoIterator<Item = (impl Into<String>, #inner)>)
        }
        _ if taken_as_is(module, ty) => ty_tokens(module, ty),
        _ => {
            let ty = ty_tokens(module, ty);
            quote!(impl Into<#ty>)
        }
    }
}

/// Whether constructors and setters take a value of `ty` as it is: numbers, booleans and models
/// (a generic `impl Into` per setter buys nothing there and costs compile time across the whole
/// API). Strings, string enums, JSON, lists and maps are converted.
fn taken_as_is(module: &Module, ty: &Ty) -> bool {
    !matches!(ty, Ty::List(_) | Ty::Map(_) | Ty::Any) && !converts(module, ty)
}

/// Whether list items or map values of this type are taken as `impl Into<_>`.
fn converts(module: &Module, item: &Ty) -> bool {
    match item {
        Ty::String => true,
        Ty::Named(i) => matches!(module.types[*i].kind, TypeKind::Enum(_)),
        _ => false,
    }
}

/// The expression turning `value`, taken as [`parameter`] says, into the field's type.
fn convert(module: &Module, ty: &Ty, value: &RustName) -> TokenStream {
    match ty {
        Ty::List(item) if converts(module, item) => {
            quote!(#value.into_iter().map(Into::into).collect())
        }
        Ty::Map(item) if converts(module, item) => {
            quote!(#value.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
        }
        Ty::Map(_) => quote!(#value.into_iter().map(|(k, v)| (k.into(), v)).collect()),
        Ty::List(_) => quote!(#value.into_iter().collect()),
        _ if taken_as_is(module, ty) => quote!(#value),
        _ => quote!(#value.into()),
    }
}

fn emit_enum(def: &TypeDef, values: &[EnumValue]) -> TokenStream {
    let name = &def.name;
    let serde = rt::serde();
    let serde_crate = rt::serde_crate_path();
    let description = def.doc.as_deref().map(docs::text);
    let docs = doc_or(description.as_deref(), &format!("`{name}`."));
    let variants = values.iter().map(|v| {
        let (variant, docs) = (&v.name, doc(&code(&v.wire)));
        quote!(#docs #variant,)
    });
    let as_str = values.iter().map(|v| {
        let (variant, wire) = (&v.name, &v.wire);
        quote!(Self::#variant => #wire,)
    });
    let replay_default = replay::emit_enum_default(name);
    let from = values.iter().map(|v| {
        let (variant, wire) = (&v.name, &v.wire);
        quote!(#wire => Self::#variant,)
    });
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, Eq, Hash, #serde::Serialize, #serde::Deserialize)]
        #[serde(crate = #serde_crate, from = "String", into = "String")]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know yet, kept as sent.
            Unknown(String),
        }

        impl #name {
            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #(#from)*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from(value.to_owned())
            }
        }

        impl From<#name> for String {
            fn from(value: #name) -> Self {
                match value {
                    #name::Unknown(value) => value,
                    known => known.as_str().to_owned(),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #replay_default
    }
}
