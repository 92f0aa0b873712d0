//! The only module that knows the YAML parser: parsing into the spec's types, and finding the
//! line and column of a key path for errors found after parsing.

use std::collections::HashSet;
use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess,
    SeqAccess, VariantAccess, Visitor,
};

use crate::spec::SpecFile;

/// A type whose deserialization refuses a key seen twice in any mapping, so that a typed parse
/// that succeeds needs no walk for duplicate keys: every struct of the spec format refuses a
/// field seen twice (and unknown ones), and its maps are `OrderedMap`s, which refuse a key seen
/// twice.
pub trait RefusesDuplicateKeys {}

impl RefusesDuplicateKeys for SpecFile {}

/// A path of keys and list indices into a YAML document, like `operations.CreateTask.path`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPath(Vec<Segment>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

impl KeyPath {
    /// This path with a key appended.
    pub fn key(&self, key: &str) -> KeyPath {
        let mut path = self.clone();
        path.0.push(Segment::Key(key.to_owned()));
        path
    }

    /// The last key of the path, if it ends in one.
    pub fn last_key(&self) -> Option<&str> {
        match self.0.last() {
            Some(Segment::Key(key)) => Some(key),
            _ => None,
        }
    }

    /// This path with a list index appended.
    pub fn index(&self, index: usize) -> KeyPath {
        let mut path = self.clone();
        path.0.push(Segment::Index(index));
        path
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A parse failure: where, and what.
#[derive(Debug)]
pub struct ParseError {
    pub path: KeyPath,
    pub line_column: Option<(usize, usize)>,
    pub message: String,
}

/// Parses `text` into `T`, reporting the key path and position of the first problem. A UTF-8
/// byte-order mark is skipped; a second document, or a key written twice in any mapping, is
/// refused where it is written.
pub fn parse<T: DeserializeOwned + RefusesDuplicateKeys>(text: &str) -> Result<T, ParseError> {
    let text = without_bom(text);
    // The common case, a good spec, in one pass: the typed parse refuses a second document,
    // and a key twice in a mapping (`RefusesDuplicateKeys`). A spec it refuses is read again
    // below, for the error to report.
    let typed = serde_path_to_error::deserialize(serde_yaml::Deserializer::from_str(text));
    if let Ok(value) = typed {
        return Ok(value);
    }
    // A bad one: the checks in the order that reports its first problem. The syntax first:
    // serde_yaml reports a type error before a syntax error further on.
    if let Some(document) = serde_yaml::Deserializer::from_str(text).next() {
        serde_path_to_error::deserialize::<_, IgnoredAny>(document)
            .map_err(|e| parse_error(text, e))?;
    }
    second_document(text)?;
    duplicate_keys(text)?;
    let deserializer = serde_yaml::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|e| parse_error(text, e))
}

fn parse_error(text: &str, e: serde_path_to_error::Error<serde_yaml::Error>) -> ParseError {
    let path = KeyPath(
        e.path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
                serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => None,
            })
            .collect(),
    );
    let inner = e.into_inner();
    // Positions the parser does not give (an alias expanded too often) are looked up.
    let line_column = inner
        .location()
        .map(|l| (l.line(), l.column()))
        .unwrap_or_else(|| position(text, &path));
    // serde_yaml appends " at line L column C"; we report the position separately.
    let message = inner.to_string();
    let message = match message.find(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    };
    // It also starts some messages with the parent's path, which we report on our own.
    let shown = path.to_string();
    let message = match message.split_once(": ") {
        Some((prefix, rest)) if shown.starts_with(prefix) => rest.to_owned(),
        _ => message,
    };
    let message = match message.as_str() {
        "repetition limit exceeded" => {
            "aliases expand to too much text (an alias bomb?); write the values out".to_owned()
        }
        "recursion limit exceeded" => "the document nests too deeply".to_owned(),
        _ => message,
    };
    ParseError {
        path,
        line_column: Some(line_column),
        message,
    }
}

/// The text without a leading UTF-8 byte-order mark (editors on Windows write one).
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A spec file is one YAML document.
fn second_document(text: &str) -> Result<(), ParseError> {
    let Some(second) = serde_yaml::Deserializer::from_str(text).nth(1) else {
        return Ok(());
    };
    // A document that does not parse is a syntax error, which the real parse reports.
    let at = match Target(&[]).deserialize(second) {
        Err(e) if e.to_string().contains(FOUND) => e.location(),
        _ => return Ok(()),
    };
    Err(ParseError {
        path: KeyPath::default(),
        line_column: Some(at.map_or((1, 1), |l| (l.line(), l.column()))),
        message: "a second YAML document starts here; a spec file holds one".to_owned(),
    })
}

/// The first key written twice in a mapping, placed on its second occurrence. (serde's derive
/// would place it on the mapping, and a plain map would keep either value silently.)
fn duplicate_keys(text: &str) -> Result<(), ParseError> {
    let Some(first) = serde_yaml::Deserializer::from_str(text).next() else {
        return Ok(());
    };
    let mut found = None;
    let mut path = KeyPath::default();
    let result = Duplicates {
        path: &mut path,
        found: &mut found,
    }
    .deserialize(first);
    match (result, found) {
        (Err(e), Some(path)) => Err(ParseError {
            line_column: Some(e.location().map_or((1, 1), |l| (l.line(), l.column()))),
            message: format!("duplicate key `{}`", path.last_key().unwrap_or_default()),
            path,
        }),
        // Syntax errors are reported by the real parse, with its messages.
        _ => Ok(()),
    }
}

/// Walks any YAML value, failing on the first mapping key seen twice. `path` is where the walk
/// is, extended and restored as it goes down and up (never copied on the way).
struct Duplicates<'a> {
    path: &'a mut KeyPath,
    found: &'a mut Option<KeyPath>,
}

impl<'de> DeserializeSeed<'de> for Duplicates<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Duplicates<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged value (`!tag x`): its content.
        let (_, variant) = data.variant::<IgnoredAny>()?;
        variant.newtype_variant_seed(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        loop {
            self.path.0.push(Segment::Index(index));
            let item = Duplicates {
                path: &mut *self.path,
                found: &mut *self.found,
            };
            let more = seq.next_element_seed(item)?.is_some();
            self.path.0.pop();
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen: HashSet<String> = HashSet::new();
        loop {
            let key = KeyText {
                seen: &seen,
                path: self.path,
                found: &mut *self.found,
            };
            let Some(key) = map.next_key_seed(key)? else {
                return Ok(());
            };
            self.path.0.push(Segment::Key(key));
            map.next_value_seed(Duplicates {
                path: &mut *self.path,
                found: &mut *self.found,
            })?;
            if let Some(Segment::Key(key)) = self.path.0.pop() {
                seen.insert(key);
            }
        }
    }
}

/// A mapping key as text (`400:` is the key `400`); fails, where the key is written, when the
/// mapping already has it.
struct KeyText<'a> {
    seen: &'a HashSet<String>,
    path: &'a KeyPath,
    found: &'a mut Option<KeyPath>,
}

impl<'de> DeserializeSeed<'de> for KeyText<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyText<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<String, E> {
        if self.seen.contains(key) {
            *self.found = Some(self.path.key(key));
            return Err(E::custom(FOUND));
        }
        Ok(key.to_owned())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        self.visit_str("null")
    }
    // A mapping or list as a key is refused by the real parse; here it is just skipped.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<String, A::Error> {
        IgnoredAny.visit_map(map)?;
        Ok(String::new())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<String, A::Error> {
        IgnoredAny.visit_seq(seq)?;
        Ok(String::new())
    }
}

/// The message of the errors the locating walks raise on purpose.
const FOUND: &str = "\u{0}found";

/// The 1-based line and column of `path` in `text`, or of its deepest part that exists (the
/// mapping a missing key belongs in), or the document's start: every problem gets a position.
pub fn position(text: &str, path: &KeyPath) -> (usize, usize) {
    locate(text, path).unwrap_or((1, 1))
}

/// The 1-based line and column of the deepest part of `path` found in `text`, block or flow
/// style alike: a key is placed on the key, a list item on the item.
///
/// serde_yaml keeps no positions for values that parsed fine, so errors found later (an unknown
/// type reference, a path parameter missing from the template) are placed by walking the
/// document again towards `path` and stopping there on purpose: the parser places the stop.
pub fn locate(text: &str, path: &KeyPath) -> Option<(usize, usize)> {
    let text = without_bom(text);
    (1..=path.0.len()).rev().find_map(|depth| {
        let document = serde_yaml::Deserializer::from_str(text).next()?;
        match Target(&path.0[..depth]).deserialize(document) {
            Err(e) if e.to_string().contains(FOUND) => e.location().map(|l| (l.line(), l.column())),
            _ => None,
        }
    })
}

/// Walks towards the end of a path.
struct Target<'p>(&'p [Segment]);

impl<'de> DeserializeSeed<'de> for Target<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Target<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value on the path")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.leaf()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.leaf()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.leaf()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.leaf()
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        let (_, variant) = data.variant::<IgnoredAny>()?;
        variant.newtype_variant_seed(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Segment::Index(index), rest)) = self.0.split_first() else {
            return self.leaf();
        };
        for _ in 0..*index {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Err(de::Error::custom("not found"));
            }
        }
        seq.next_element_seed(Target(rest))?;
        Err(de::Error::custom("not found"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Segment::Key(key), rest)) = self.0.split_first() else {
            return self.leaf();
        };
        while let Some(matched) = map.next_key_seed(KeyMatch {
            key,
            last: rest.is_empty(),
        })? {
            if matched {
                map.next_value_seed(Target(rest))?;
                break;
            }
            map.next_value::<IgnoredAny>()?;
        }
        Err(de::Error::custom("not found"))
    }
}

impl Target<'_> {
    /// A scalar: the place itself when the path ends here.
    fn leaf<E: de::Error>(&self) -> Result<(), E> {
        Err(E::custom(if self.0.is_empty() {
            FOUND
        } else {
            "not found"
        }))
    }
}

/// Reads a key; stops right on it when it is the last one of the path.
struct KeyMatch<'k> {
    key: &'k str,
    last: bool,
}

impl<'de> DeserializeSeed<'de> for KeyMatch<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyMatch<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<bool, E> {
        match (key == self.key, self.last) {
            (true, true) => Err(E::custom(FOUND)),
            (matched, _) => Ok(matched),
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        self.visit_str("null")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        IgnoredAny.visit_map(map)?;
        Ok(false)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<bool, A::Error> {
        IgnoredAny.visit_seq(seq)?;
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
module: m
operations:
  A:
    path: /a
    errors:
      - status: 400
        code: x
      - status: 500
        code: y
  B:
    # a comment
    path: /b
";

    fn at(path: KeyPath) -> Option<(usize, usize)> {
        locate(DOC, &path)
    }

    #[test]
    fn keys_and_list_items_are_found_where_they_are_written() {
        let ops = KeyPath::default().key("operations");
        assert_eq!(at(ops.clone()), Some((2, 1)));
        assert_eq!(at(ops.key("A").key("path")), Some((4, 5)));
        assert_eq!(at(ops.key("B").key("path")), Some((12, 5)));
        assert_eq!(at(ops.key("A").key("errors").index(1)), Some((8, 9)));
        assert_eq!(
            at(ops.key("A").key("errors").index(1).key("code")),
            Some((9, 9))
        );
        assert_eq!(
            at(ops.key("A").key("errors").index(0).key("status")),
            Some((6, 9))
        );
    }

    #[test]
    fn a_missing_key_gives_the_deepest_place_that_exists() {
        assert_eq!(at(KeyPath::default().key("nope")), None);
        let ops = KeyPath::default().key("operations");
        assert_eq!(at(ops.key("A").key("nope").key("x")), Some((3, 3)));
        assert_eq!(position(DOC, &KeyPath::default().key("nope")), (1, 1));
    }

    #[test]
    fn flow_style_keys_and_items_are_found_too() {
        let text =
            "a: { b: { ref: Nope } }\nerrors:\n  - { status: 399, code: x }\n  - [1, {c: 2}]\n";
        let root = KeyPath::default();
        assert_eq!(
            locate(text, &root.key("a").key("b").key("ref")),
            Some((1, 11))
        );
        let errors = root.key("errors");
        assert_eq!(locate(text, &errors.index(0).key("status")), Some((3, 7)));
        assert_eq!(locate(text, &errors.index(0).key("code")), Some((3, 20)));
        assert_eq!(
            locate(text, &errors.index(1).index(1).key("c")),
            Some((4, 10))
        );
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        a: serde_yaml::Value,
    }

    // serde_yaml's mappings refuse a key seen twice, and a struct a field seen twice.
    impl RefusesDuplicateKeys for Doc {}

    #[test]
    fn a_duplicate_key_is_placed_on_its_second_occurrence() {
        let e = parse::<Doc>("a:\n  x: 1\n  y: 2\n  x: 3\n").unwrap_err();
        assert_eq!(
            (e.path.to_string(), e.line_column),
            ("a.x".to_owned(), Some((4, 3)))
        );
        let e = parse::<Doc>("a: {x: 1, x: 2}\n").unwrap_err();
        assert_eq!(e.line_column, Some((1, 11)));
        let e = parse::<Doc>("a: 1\na: 2\n").unwrap_err();
        assert_eq!(
            (e.path.to_string(), e.line_column),
            ("a".to_owned(), Some((2, 1)))
        );
        assert_eq!(e.message, "duplicate key `a`");
    }

    #[test]
    fn a_second_document_is_refused_where_it_starts() {
        let e = parse::<Doc>("a: 1\n---\na: 2\n").unwrap_err();
        assert_eq!(e.line_column, Some((3, 1)), "{e:?}");
        assert!(e.message.contains("second YAML document"), "{}", e.message);
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let doc: Doc = parse("\u{feff}a: 1\n").unwrap();
        assert_eq!(doc.a, serde_yaml::Value::from(1));
        assert_eq!(
            locate("\u{feff}a: 1\n", &KeyPath::default().key("a")),
            Some((1, 1))
        );
    }

    #[test]
    fn an_alias_bomb_is_refused_with_a_position() {
        let mut text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n".to_owned();
        for i in 1..10 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        text.push_str("a: *a9\n");
        let e = parse::<Doc>(&text).unwrap_err();
        assert!(e.line_column.is_some(), "{e:?}");
        assert!(e.message.contains("alias bomb"), "{e:?}");
    }
}
