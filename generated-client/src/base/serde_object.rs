//! JSON objects for generated models, written once here instead of by serde's derives in every
//! model: a derived `Deserialize` is a field enum, two visitors and a sequence path per struct,
//! which made serde most of the compile time of a large module. Generated code lists its fields
//! in one `match` (reading) and one call per field (writing); the loops live here.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// A model read from a JSON object field by field. Fields absent from the object keep their
/// default; keys the model does not know are skipped.
pub trait Fields: Default {
    /// Reads the value of `key` from `map` into the field of that wire name; `false` if no
    /// field has that name (the value is then skipped, or kept by [`Fields::unknown`]).
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;

    /// Where a model that keeps members it does not know (pushed payloads) puts them; `None`
    /// (replies): they are skipped.
    fn unknown(&mut self) -> Option<&mut BTreeMap<String, serde_json::Value>> {
        None
    }
}

/// A [`Fields::field`] arm: reads the value of the current key into `slot`, `Ok(true)`. One
/// generic call per field keeps the generated `match` light to type-check (no `?` per arm).
pub fn read_field<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut T,
) -> Result<bool, A::Error> {
    *slot = map.next_value()?;
    Ok(true)
}

/// [`read_field`] for a field whose value travels JSON-encoded in a string.
pub fn read_json_field<'de, T: serde::de::DeserializeOwned, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
) -> Result<bool, A::Error> {
    *slot = map.next_value::<Option<JsonString<T>>>()?.map(|v| v.0);
    Ok(true)
}

/// `Deserialize::deserialize` for a [`Fields`] model.
pub fn deserialize<'de, T: Fields, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Fields> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::default();
        while let Some(Key(key)) = map.next_key()? {
            if !out.field(&key, &mut map)? {
                match out.unknown() {
                    Some(kept) => {
                        let value = map.next_value::<serde_json::Value>()?;
                        kept.insert(key.into_owned(), value);
                    }
                    None => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A value that travels JSON-encoded in a string, read back into its type.
pub struct JsonString<T>(pub T);

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for JsonString<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        serde_json::from_str(&text)
            .map(JsonString)
            .map_err(de::Error::custom)
    }
}

/// An object key, borrowed from the input when it can be.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(v.into()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(v.to_owned().into()))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Writes a model as a JSON object, one call per field.
pub struct Object<S: Serializer>(S::SerializeMap);

impl<S: Serializer> Object<S> {
    /// Starts the object.
    pub fn new(serializer: S) -> Result<Self, S::Error> {
        serializer.serialize_map(None).map(Object)
    }

    /// Writes `key: value`.
    pub fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_entry(key, value)
    }

    /// Writes `key: value` when the field is set; an unset field is left out, never `null`.
    pub fn optional<T: Serialize>(
        &mut self,
        key: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(value) => self.0.serialize_entry(key, value),
            None => Ok(()),
        }
    }

    /// Writes `key: "<value as JSON>"`: a field the API takes JSON-encoded in a string.
    pub fn field_json<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        let text = serde_json::to_string(value).map_err(serde::ser::Error::custom)?;
        self.0.serialize_entry(key, &text)
    }

    /// [`field_json`](Object::field_json) when the field is set.
    pub fn optional_json<T: Serialize>(
        &mut self,
        key: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(value) => self.field_json(key, value),
            None => Ok(()),
        }
    }

    /// Writes the members a model kept without knowing them, but none of its `known` wire
    /// names (those it wrote itself), so the object never holds a key twice.
    pub fn unknown(
        &mut self,
        kept: &BTreeMap<String, serde_json::Value>,
        known: &[&str],
    ) -> Result<(), S::Error> {
        for (key, value) in kept {
            if !known.contains(&key.as_str()) {
                self.0.serialize_entry(key, value)?;
            }
        }
        Ok(())
    }

    /// Ends the object.
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default, Debug, PartialEq)]
    struct Model {
        a: Option<String>,
        b: Option<i64>,
    }

    impl Fields for Model {
        fn field<'de, A: MapAccess<'de>>(
            &mut self,
            key: &str,
            map: &mut A,
        ) -> Result<bool, A::Error> {
            match key {
                "a" => read_field(map, &mut self.a),
                "b" => read_field(map, &mut self.b),
                _ => Ok(false),
            }
        }
    }

    impl<'de> Deserialize<'de> for Model {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d)
        }
    }

    impl Serialize for Model {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut object = Object::new(s)?;
            object.optional("a", &self.a)?;
            object.optional("b", &self.b)?;
            object.end()
        }
    }

    #[test]
    fn known_fields_are_read_unknown_skipped_absent_left_default() {
        let model: Model = serde_json::from_str(r#"{"x":{"deep":[1]},"b":7,"a\u0041":1}"#).unwrap();
        assert_eq!(
            model,
            Model {
                a: None,
                b: Some(7)
            }
        );
        let escaped: Model = serde_json::from_str(r#"{"\u0061":"k"}"#).unwrap();
        assert_eq!(escaped.a.as_deref(), Some("k"));
    }

    #[test]
    fn wrong_types_and_non_objects_are_errors() {
        assert!(serde_json::from_str::<Model>(r#"{"b":"seven"}"#).is_err());
        assert!(serde_json::from_str::<Model>(r#""text""#).is_err());
        assert!(serde_json::from_str::<Model>("null").is_err());
    }

    #[test]
    fn unset_fields_are_left_out() {
        let json = serde_json::to_string(&Model {
            a: Some("x".into()),
            b: None,
        })
        .unwrap();
        assert_eq!(json, r#"{"a":"x"}"#);
    }
}
