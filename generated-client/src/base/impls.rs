//! The trait impls of generated models and error enums, written once here as macros. A generated
//! module names a model's fields with their wire names and how each is read or written; the
//! impl around them is the same for every model, so it is not repeated in the source of each
//! (across the whole API that repetition was a third of the generated text, and most of the time
//! the generator spends parsing and formatting it).
//!
//! Generated code reaches these through `rt` (`rt::impl_serialize!`). Expansions name
//! everything by its full path, so no name a generated module defines can change what they
//! mean.

/// `Serialize` for a model: its body fields as one JSON object, each written by the
/// [`Object`](crate::rt::Object) method named beside it (`field`, `optional`, `field_json`,
/// `optional_json`), in the order listed.
///
/// ```ignore
/// rt::impl_serialize! {
///     CreateTaskRequest { "content" => field(content), "note" => optional(note) }
/// }
/// ```
///
/// A pushed payload adds `keep(other)`: the members it kept without knowing them (its field
/// `other`) are written after its own.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serialize {
    ($name:ident { $($wire:literal => $write:ident($field:ident)),* $(,)? } keep($other:ident)) => {
        impl $crate::rt::serde::Serialize for $name {
            fn serialize<S: $crate::rt::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                let mut object = $crate::rt::Object::new(serializer)?;
                $(object.$write($wire, &self.$field)?;)*
                object.unknown(&self.$other, &[$($wire),*])?;
                object.end()
            }
        }
    };
    ($name:ident {}) => {
        impl $crate::rt::serde::Serialize for $name {
            fn serialize<S: $crate::rt::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::rt::Object::new(serializer)?.end()
            }
        }
    };
    ($name:ident { $($wire:literal => $write:ident($field:ident)),+ $(,)? }) => {
        impl $crate::rt::serde::Serialize for $name {
            fn serialize<S: $crate::rt::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                let mut object = $crate::rt::Object::new(serializer)?;
                $(object.$write($wire, &self.$field)?;)+
                object.end()
            }
        }
    };
}

/// `Deserialize` for a model read field by field ([`Fields`](crate::rt::Fields)): each wire
/// name is read into its field by the runtime function named beside it (`read_field`, or
/// `read_json_field` for a value JSON-encoded in a string); other keys are skipped.
///
/// ```ignore
/// rt::impl_deserialize! {
///     CreateTaskResponseBody { "result" => read_field(result) }
/// }
/// ```
///
/// A pushed payload adds `keep(other)`: members it does not know go into its field `other`
/// (a map from wire name to JSON) instead of being skipped.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_deserialize {
    (@deserialize $name:ident) => {
        impl<'de> $crate::rt::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::rt::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::rt::deserialize(deserializer)
            }
        }
    };
    ($name:ident { $($wire:literal => $read:ident($field:ident)),* $(,)? } keep($other:ident)) => {
        $crate::rt::impl_deserialize!(@deserialize $name);
        impl $crate::rt::Fields for $name {
            fn field<'de, A: $crate::rt::serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> ::core::result::Result<bool, A::Error> {
                match key {
                    $($wire => $crate::rt::$read(map, &mut self.$field),)*
                    _ => {
                        let _ = map;
                        ::core::result::Result::Ok(false)
                    }
                }
            }

            fn unknown(
                &mut self,
            ) -> ::core::option::Option<
                &mut $crate::rt::BTreeMap<::std::string::String, $crate::rt::serde_json::Value>,
            > {
                ::core::option::Option::Some(&mut self.$other)
            }
        }
    };
    ($name:ident {}) => {
        $crate::rt::impl_deserialize!(@deserialize $name);
        impl $crate::rt::Fields for $name {
            fn field<'de, A: $crate::rt::serde::de::MapAccess<'de>>(
                &mut self,
                _: &str,
                _: &mut A,
            ) -> ::core::result::Result<bool, A::Error> {
                ::core::result::Result::Ok(false)
            }
        }
    };
    ($name:ident { $($wire:literal => $read:ident($field:ident)),+ $(,)? }) => {
        $crate::rt::impl_deserialize!(@deserialize $name);
        impl $crate::rt::Fields for $name {
            fn field<'de, A: $crate::rt::serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> ::core::result::Result<bool, A::Error> {
                match key {
                    $($wire => $crate::rt::$read(map, &mut self.$field),)+
                    _ => ::core::result::Result::Ok(false),
                }
            }
        }
    };
}

/// [`OperationError`](crate::rt::OperationError), `Display` and `Error` for an operation's
/// error enum: each listed variant takes the service errors of its `code`, and `Unhandled`
/// the rest.
///
/// ```ignore
/// rt::impl_operation_error! {
///     CreateTaskError { UserNotExist = "user.not.exist", ServerError = "server.error" }
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_operation_error {
    ($name:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        impl $crate::rt::OperationError for $name {
            fn from_service(error: $crate::rt::ServiceError) -> Self {
                match error.code() {
                    $(::core::option::Option::Some($code) => Self::$variant(error),)*
                    _ => Self::Unhandled(error),
                }
            }

            fn service(&self) -> &$crate::rt::ServiceError {
                match self {
                    $(Self::$variant(error) |)* Self::Unhandled(error) => error,
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt($crate::rt::OperationError::service(self), f)
            }
        }

        impl ::std::error::Error for $name {}
    };
}

#[cfg(test)]
mod tests {
    use crate::rt::{OperationError, ServiceError};

    #[derive(Debug, Default, PartialEq)]
    struct Empty {}
    crate::rt::impl_serialize! { Empty {} }
    crate::rt::impl_deserialize! { Empty {} }

    #[derive(Debug, Default, PartialEq)]
    struct Both {
        r#type: String,
        meta: Option<Vec<i64>>,
    }
    crate::rt::impl_serialize! {
        Both { "type" => field(r#type), "meta" => optional_json(meta) }
    }
    crate::rt::impl_deserialize! {
        Both { "type" => read_field(r#type), "meta" => read_json_field(meta) }
    }

    #[derive(Debug, Default, PartialEq)]
    struct Kept {
        a: Option<String>,
        other: crate::rt::BTreeMap<String, serde_json::Value>,
    }
    crate::rt::impl_serialize! { Kept { "a" => optional(a) } keep(other) }
    crate::rt::impl_deserialize! { Kept { "a" => read_field(a) } keep(other) }

    #[derive(Debug, Default, PartialEq)]
    struct KeptOnly {
        other: crate::rt::BTreeMap<String, serde_json::Value>,
    }
    crate::rt::impl_serialize! { KeptOnly {} keep(other) }
    crate::rt::impl_deserialize! { KeptOnly {} keep(other) }

    #[derive(Debug)]
    enum SortedError {
        NotFound(ServiceError),
        Unhandled(ServiceError),
    }
    crate::rt::impl_operation_error! { SortedError { NotFound = "not.found" } }

    #[test]
    fn a_model_without_fields_is_an_empty_object_and_reads_any() {
        assert_eq!(serde_json::to_string(&Empty {}).unwrap(), "{}");
        let read: Empty = serde_json::from_str(r#"{"a":1}"#).unwrap();
        assert_eq!(read, Empty {});
    }

    #[test]
    fn fields_are_written_and_read_by_the_named_function_raw_names_included() {
        let both = Both {
            r#type: "t".into(),
            meta: Some(vec![1, 2]),
        };
        let json = serde_json::to_string(&both).unwrap();
        assert_eq!(json, r#"{"type":"t","meta":"[1,2]"}"#);
        let read: Both = serde_json::from_str(&json).unwrap();
        assert_eq!(read, both);
        let unset = Both::default();
        assert_eq!(serde_json::to_string(&unset).unwrap(), r#"{"type":""}"#);
    }

    #[test]
    fn a_model_that_keeps_unknown_members_reads_and_writes_them_back() {
        let text = r#"{"a":"x","new":{"deep":[1,2]},"z":null}"#;
        let kept: Kept = serde_json::from_str(text).unwrap();
        assert_eq!(kept.a.as_deref(), Some("x"));
        assert_eq!(kept.other.len(), 2);
        assert_eq!(kept.other["new"], serde_json::json!({"deep": [1, 2]}));
        assert_eq!(serde_json::to_string(&kept).unwrap(), text);
        let only: KeptOnly = serde_json::from_str(r#"{"b":1}"#).unwrap();
        assert_eq!(serde_json::to_string(&only).unwrap(), r#"{"b":1}"#);
    }

    #[test]
    fn a_kept_member_named_like_a_known_field_is_not_written_twice() {
        let mut kept = Kept {
            a: Some("mine".into()),
            ..Kept::default()
        };
        kept.other.insert("a".into(), serde_json::json!("stale"));
        kept.other.insert("b".into(), serde_json::json!(2));
        assert_eq!(
            serde_json::to_string(&kept).unwrap(),
            r#"{"a":"mine","b":2}"#
        );
    }

    #[test]
    fn an_error_enum_sorts_by_code_and_displays_the_service_error() {
        let reply = |code: &str| ServiceError::new(400).with_code(code).with_message("m");
        let found = SortedError::from_service(reply("not.found"));
        assert!(matches!(found, SortedError::NotFound(_)), "{found:?}");
        assert_eq!(found.service().code(), Some("not.found"));
        let other = SortedError::from_service(reply("other"));
        assert!(matches!(other, SortedError::Unhandled(_)), "{other:?}");
        assert_eq!(other.to_string(), other.service().to_string());
        let _: &dyn std::error::Error = &other;
    }
}
