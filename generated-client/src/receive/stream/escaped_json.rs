//! A JSON document read where it lies: escaped inside a JSON string, as a frame's `data` is.
//! Unescaping a robot message's kilobyte into a copy and then parsing the copy reads every
//! byte twice; here serde reads the values straight from the escaped text, in one pass.
//!
//! Inside the string the document's structure (`{`, `:`, digits, `true`) is as it is, its own
//! strings are delimited by `\"`, and their escapes arrive escaped twice (`\\n` for `\n`,
//! `\\\"` for `\"`). Only those plain forms are read. Anything else is declined: a number
//! with a fraction or exponent, a character escaped at the outer level (`\u003d`, `\/`),
//! whitespace other than spaces and escaped newlines and tabs, nesting deeper than
//! [`MAX_DEPTH`], an enum or bytes asked for, any error at all. The caller then unescapes the
//! text and leaves it to serde_json, whose value (or error) stands. What is read here is what
//! serde_json reads from the unescaped text: the same visitor calls, in the same order
//! (`visit_u64` for a number that is not negative, `visit_i64` for one that is).

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};

use crate::receive::stream::json_text::hex4;

/// Deeper nesting is declined (serde_json refuses beyond 128 levels).
const MAX_DEPTH: u16 = 100;

/// Reads `T` from `escaped`, the content of a JSON string (between its quotes, escapes as
/// they are, checked) that holds a JSON document; `escapes` is where each of its escapes
/// starts, in order, as the string's reader found them
/// ([`string_escapes`](crate::receive::stream::json_text::Reader::string_escapes)). `None`:
/// declined (see the module's docs).
pub(crate) fn from_escaped<T: DeserializeOwned>(escaped: &str, escapes: &[u32]) -> Option<T> {
    let mut reader = Escaped {
        text: escaped,
        at: 0,
        depth: 0,
        escapes,
        next: 0,
    };
    let value = T::deserialize(&mut reader).ok()?;
    reader.skip_whitespace();
    (reader.at == escaped.len()).then_some(value)
}

/// Why a document was not read here: nothing more is needed, serde_json says the rest.
#[derive(Debug)]
struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("declined")
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Declined
    }
}

type Result<T> = std::result::Result<T, Declined>;

/// `Deserializer` methods that decline, whatever is asked: `enum`, or those given only a
/// visitor, by name.
macro_rules! declined {
    (enum) => {
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _: &'static str,
            _: &'static [&'static str],
            _: V,
        ) -> Result<V::Value> {
            Err(Declined)
        }
    };
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
                Err(Declined)
            }
        )*
    };
}

/// A string of the document: borrowed from the text when it has no escapes.
enum Text<'a> {
    Borrowed(&'a str),
    Owned(String),
}

impl<'a> Text<'a> {
    fn visit<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value>
    where
        'a: 'de,
    {
        match self {
            Text::Borrowed(text) => visitor.visit_borrowed_str(text),
            Text::Owned(text) => visitor.visit_string(text),
        }
    }
}

/// The start of a string of the document: `\"` in the escaped text.
const QUOTE: u8 = b'"';

/// A cursor over the escaped text.
struct Escaped<'a> {
    text: &'a str,
    at: usize,
    depth: u16,
    /// Where the escapes are (the only bytes a string's run of plain text ends at, the text
    /// being a checked string's content), and the first not yet passed.
    escapes: &'a [u32],
    next: usize,
}

impl<'a> Escaped<'a> {
    /// The first escape at or after `from`.
    #[inline]
    fn next_escape(&mut self, from: usize) -> Option<usize> {
        while let Some(&at) = self.escapes.get(self.next) {
            let at = at as usize;
            if at >= from {
                return Some(at);
            }
            self.next += 1;
        }
        None
    }

    #[inline]
    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    /// Spaces, and newlines, carriage returns and tabs (escaped once, being in a string).
    #[inline]
    fn skip_whitespace(&mut self) {
        loop {
            match self.byte(self.at) {
                Some(b' ') => self.at += 1,
                Some(b'\\') if matches!(self.byte(self.at + 1), Some(b'n' | b'r' | b't')) => {
                    self.at += 2;
                }
                _ => return,
            }
        }
    }

    /// The next token's first byte after whitespace, unread: [`QUOTE`] for a string's `\"`.
    #[inline]
    fn peek(&mut self) -> Result<u8> {
        self.skip_whitespace();
        match self.byte(self.at).ok_or(Declined)? {
            b'\\' if self.byte(self.at + 1) == Some(b'"') => Ok(QUOTE),
            b'\\' | b'"' => Err(Declined),
            b => Ok(b),
        }
    }

    /// Reads the token [`peek`](Escaped::peek) saw.
    #[inline]
    fn bump(&mut self, token: u8) {
        self.at += if token == QUOTE { 2 } else { 1 };
    }

    /// Reads `token` when it is next, else declines.
    #[inline]
    fn expect(&mut self, token: u8) -> Result<()> {
        if self.peek()? != token {
            return Err(Declined);
        }
        self.bump(token);
        Ok(())
    }

    /// Reads `word` (a literal's remaining bytes).
    #[inline]
    fn literal(&mut self, word: &[u8]) -> Result<()> {
        let end = self.at + word.len();
        if self.text.as_bytes().get(self.at..end) != Some(word) {
            return Err(Declined);
        }
        self.at = end;
        Ok(())
    }

    /// The rest of a string whose opening `\"` is read.
    #[inline]
    fn string(&mut self) -> Result<Text<'a>> {
        // Up to the next escape, the text is plain (no quotes, no control characters); most
        // strings end there.
        let at = self.next_escape(self.at).ok_or(Declined)?;
        let bytes = self.text.as_bytes();
        if bytes.get(at..at + 2) == Some(b"\\\"") {
            let plain = self.text.get(self.at..at).ok_or(Declined)?;
            self.at = at + 2;
            return Ok(Text::Borrowed(plain));
        }
        self.string_with_escapes()
    }

    /// [`string`](Escaped::string) of one with escapes of its own.
    #[cold]
    #[inline(never)]
    fn string_with_escapes(&mut self) -> Result<Text<'a>> {
        let bytes = self.text.as_bytes();
        let mut owned: Option<String> = None;
        // The text not yet copied starts at `run`.
        let mut run = self.at;
        loop {
            // Up to the next escape, the text is plain (no quotes, no control characters).
            let at = self.next_escape(self.at).ok_or(Declined)?;
            if bytes.get(at) != Some(&b'\\') {
                return Err(Declined);
            }
            let plain = self.text.get(run..at).ok_or(Declined)?;
            match self.byte(at + 1) {
                // `\"`: the string ends.
                Some(b'"') => {
                    self.at = at + 2;
                    return Ok(match owned {
                        None => Text::Borrowed(plain),
                        Some(mut text) => {
                            text.push_str(plain);
                            Text::Owned(text)
                        }
                    });
                }
                // `\\`: an escape of the document's own, its character next.
                Some(b'\\') => {
                    let (c, len) = self.document_escape(at + 2)?;
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(plain);
                    text.push(c);
                    self.at = at + 2 + len;
                    run = self.at;
                }
                _ => return Err(Declined),
            }
        }
    }

    /// The character of a document's escape whose backslash (`\\`) ends before `at`, and how
    /// many bytes follow it. A quote or backslash is escaped once more; a surrogate is
    /// declined.
    fn document_escape(&self, at: usize) -> Result<(char, usize)> {
        Ok(match self.byte(at).ok_or(Declined)? {
            b'\\' => match self.byte(at + 1).ok_or(Declined)? {
                b'"' => ('"', 2),
                b'\\' => ('\\', 2),
                b'/' => ('/', 2),
                _ => return Err(Declined),
            },
            b'/' => ('/', 1),
            b'b' => ('\x08', 1),
            b'f' => ('\x0c', 1),
            b'n' => ('\n', 1),
            b'r' => ('\r', 1),
            b't' => ('\t', 1),
            b'u' => {
                let code = hex4(self.text.as_bytes(), at + 1).ok_or(Declined)?;
                (char::from_u32(code).ok_or(Declined)?, 5)
            }
            _ => return Err(Declined),
        })
    }

    /// A number without fraction or exponent, visited as serde_json visits it; one that
    /// serde_json reads as a float (`-0`, beyond 64 bits) is declined.
    fn number<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let negative = self.byte(self.at) == Some(b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.byte(self.at) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(digit - b'0')))
                .ok_or(Declined)?;
            self.at += 1;
        }
        let digits = self.at - start;
        if digits == 0
            || (digits > 1 && self.byte(start) == Some(b'0'))
            || matches!(self.byte(self.at), Some(b'.' | b'e' | b'E'))
        {
            return Err(Declined);
        }
        if !negative {
            return visitor.visit_u64(value);
        }
        let value = (value as i64).wrapping_neg();
        if value >= 0 {
            return Err(Declined);
        }
        visitor.visit_i64(value)
    }

    /// An object's members or an array's elements (its `{` or `[` read), one level deeper, up
    /// to `close`.
    #[inline]
    fn nested<T>(
        &mut self,
        close: u8,
        visit: impl FnOnce(Members<'_, 'a>) -> Result<T>,
    ) -> Result<T> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Declined);
        }
        let value = visit(Members {
            reader: &mut *self,
            first: true,
        })?;
        self.depth -= 1;
        self.expect(close)?;
        Ok(value)
    }
}

impl<'de, 'a: 'de> de::Deserializer<'de> for &mut Escaped<'a> {
    type Error = Declined;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let token = self.peek()?;
        self.bump(token);
        match token {
            QUOTE => self.string()?.visit(visitor),
            b'{' => self.nested(b'}', |members| visitor.visit_map(members)),
            b'[' => self.nested(b']', |members| visitor.visit_seq(members)),
            b't' => {
                self.literal(b"rue")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.literal(b"alse")?;
                visitor.visit_bool(false)
            }
            b'n' => {
                self.literal(b"ull")?;
                visitor.visit_unit()
            }
            b'-' | b'0'..=b'9' => {
                self.at -= 1;
                self.number(visitor)
            }
            _ => Err(Declined),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek()? == b'n' {
            self.bump(b'n');
            self.literal(b"ull")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        // serde_json's own markers (its raw values) mean something only to serde_json.
        if name.starts_with("$serde_json") {
            return Err(Declined);
        }
        visitor.visit_newtype_struct(self)
    }

    declined! { enum }

    declined! { deserialize_bytes deserialize_byte_buf }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// The members of an object, or the elements of an array, whose opening bracket is read.
struct Members<'r, 'a> {
    reader: &'r mut Escaped<'a>,
    first: bool,
}

impl<'r, 'a> Members<'r, 'a> {
    /// Whether another member or element follows (its comma read), before `close`.
    #[inline]
    fn more(&mut self, close: u8) -> Result<bool> {
        let token = self.reader.peek()?;
        if token == close {
            return Ok(false);
        }
        if !std::mem::replace(&mut self.first, false) {
            if token != b',' {
                return Err(Declined);
            }
            self.reader.bump(token);
        }
        Ok(true)
    }
}

impl<'de, 'r, 'a: 'de> de::MapAccess<'de> for Members<'r, 'a> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.more(b'}')? {
            return Ok(None);
        }
        self.reader.expect(QUOTE)?;
        let key = self.reader.string()?;
        seed.deserialize(Key(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.reader.expect(b':')?;
        seed.deserialize(&mut *self.reader)
    }
}

impl<'de, 'r, 'a: 'de> de::SeqAccess<'de> for Members<'r, 'a> {
    type Error = Declined;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.more(b']')? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

/// An object's key: read as a string, and as nothing else (serde_json would read a number
/// from it for a map keyed by numbers: declined).
struct Key<'a>(Text<'a>);

impl<'de, 'a: 'de> de::Deserializer<'de> for Key<'a> {
    type Error = Declined;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.0.visit(visitor)
    }

    declined! {
        deserialize_bool deserialize_option deserialize_bytes deserialize_byte_buf
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    declined! { enum }

    serde::forward_to_deserialize_any! {
        char str string unit unit_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::Value;

    use super::*;
    use crate::apis::push::RobotMessage;
    use crate::receive::stream::json_text::Reader;

    /// A type of most shapes serde asks for: options, numbers of each width, sequences, maps,
    /// a newtype, defaults and a renamed field.
    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Shapes {
        small: Option<u8>,
        signed: i32,
        wide: Option<i64>,
        float: Option<f64>,
        flag: Option<bool>,
        #[serde(rename = "someText")]
        text: Option<String>,
        list: Vec<Option<u16>>,
        map: BTreeMap<String, Vec<i64>>,
        unit: (),
        wrapped: Option<Wrapped>,
        any: Option<Value>,
    }

    #[derive(Debug, Default, Deserialize, PartialEq)]
    struct Wrapped(String);

    /// The content of the JSON string that holds `document`, as a frame carries it.
    fn escape(document: &str) -> String {
        let quoted = serde_json::to_string(document).unwrap();
        quoted[1..quoted.len() - 1].to_owned()
    }

    /// Whatever is read here from `escaped` is what serde_json reads from its unescaped text;
    /// whether it was read (not declined).
    fn agrees<T: DeserializeOwned + PartialEq + fmt::Debug>(escaped: &str) -> bool {
        let quoted = format!("\"{escaped}\"");
        let mut escapes = Vec::new();
        // Not a string's content: a frame never hands such text here.
        let Some(content) = Reader::new(&quoted).string_escapes(&mut escapes) else {
            assert!(
                serde_json::from_str::<String>(&quoted).is_err(),
                "{escaped}"
            );
            return false;
        };
        if content.end + 1 != quoted.len() {
            return false;
        }
        let document = serde_json::from_str::<String>(&quoted).unwrap();
        let ours = from_escaped::<T>(escaped, &escapes);
        if let Some(ours) = &ours {
            let theirs = serde_json::from_str::<T>(&document);
            assert_eq!(Some(ours), theirs.as_ref().ok(), "{escaped}");
        }
        ours.is_some()
    }

    fn agrees_for_all(escaped: &str) -> bool {
        let taken = agrees::<Value>(escaped);
        agrees::<Shapes>(escaped);
        agrees::<RobotMessage>(escaped);
        taken
    }

    const DOCUMENTS: [&str; 6] = [
        r#"{"msgtype":"text","text":{"content":" 你好\n\"quoted\" \\ back\/slash \u00e9 \t"},"msgId":"m1","createAt":1690362102194,"isAdmin":true,"atUsers":[{"dingtalkId":"$:LWCP_v1:$x=="}],"novel":{"kept":[1,-2,null,false]}}"#,
        r#"{"small":7,"signed":-2147483648,"wide":-9223372036854775808,"float":3,"flag":null,"someText":"t","list":[1,null,65535],"map":{"a":[],"b":[0,-1]},"unit":null,"wrapped":"w","any":{"deep":[[[{}]]]}}"#,
        "  {\n  \"small\" : 1 ,\r\n\t\"any\": [ true , false ]  }  ",
        r#"[1, "two", {"three": 3}]"#,
        r#""a lone string""#,
        "18446744073709551615",
    ];

    #[test]
    fn documents_are_read_where_they_lie_as_serde_json_reads_them() {
        for document in DOCUMENTS {
            assert!(agrees_for_all(&escape(document)), "declined {document}");
        }
        let escaped = escape(DOCUMENTS[0]);
        let mut escapes = Vec::new();
        Reader::new(&format!("\"{escaped}\""))
            .string_escapes(&mut escapes)
            .unwrap();
        let message: RobotMessage = from_escaped(&escaped, &escapes).unwrap();
        assert_eq!(
            message.text.unwrap().content.as_deref(),
            Some(" 你好\n\"quoted\" \\ back/slash é \t")
        );
        assert_eq!(message.other["novel"]["kept"][1], -2);
    }

    #[test]
    fn what_serde_json_reads_otherwise_is_declined() {
        for document in [
            "1.5",
            "1e3",
            "-0",
            "18446744073709551616",
            "-9223372036854775809",
            "01",
            r#""\ud83d\ude00""#,
            "[1,]",
            r#"{"a":1,}"#,
            "{,}",
            "[1 2]",
            "tru",
            "nul",
            "",
            "   ",
            "{} {}",
            r#"{"a" 1}"#,
            r#"{1:2}"#,
        ] {
            assert!(!agrees_for_all(&escape(document)), "read {document}");
        }
        // Characters escaped at the outer level, and nesting deeper than serde_json's limit.
        for escaped in [r#"{\"a\":\"\u003d\"}"#, r#"\"\/\""#, r#"{\u0022a\":1}"#] {
            assert!(!agrees_for_all(escaped), "read {escaped}");
        }
        // Enums: serde_json reads them from strings and one-member objects; not here.
        #[derive(Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
        enum Kind {
            Plain,
            Tagged(u8),
        }
        assert!(!agrees::<Kind>(&escape(r#""Plain""#)));
        assert!(!agrees::<Kind>(&escape(r#"{"Tagged":1}"#)));
        assert!(!agrees::<BTreeMap<String, Kind>>(&escape(
            r#"{"a":"Plain"}"#
        )));
        assert_eq!(
            serde_json::from_str::<Kind>(r#"{"Tagged":1}"#).unwrap(),
            Kind::Tagged(1)
        );
        // A key read as anything but a string (serde_json reads numbers and booleans from
        // keys).
        let keyed = escape(r#"{"1":true,"2":false}"#);
        assert!(!agrees::<BTreeMap<u32, bool>>(&keyed));
        assert!(!agrees::<BTreeMap<i64, bool>>(&keyed));
        assert!(agrees::<BTreeMap<String, bool>>(&keyed));
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(!agrees::<Value>(&escape(&deep)));
        let shallow = format!("{}{}", "[".repeat(50), "]".repeat(50));
        assert!(agrees::<Value>(&escape(&shallow)));
    }

    /// Damage of every kind, to the document and to its escaped text: whatever is still read
    /// here reads the same by serde_json.
    #[test]
    fn damaged_documents_read_here_read_the_same_by_serde_json() {
        let mut taken = 0;
        let mut check = |escaped: &str| taken += usize::from(agrees_for_all(escaped));
        for document in DOCUMENTS {
            for text in [document.to_owned(), escape(document)] {
                let escaped = text != document;
                for (at, c) in text.char_indices() {
                    let rest = &text[at + c.len_utf8()..];
                    let mut variants = vec![format!("{}{rest}", &text[..at])];
                    for with in [
                        "\"", "\\", "\\\\", "{", "}", "[", "]", ",", ":", " ", "\n", "u", "0", "-",
                        ".", "e", "n", "\u{1}", "é",
                    ] {
                        variants.push(format!("{}{with}{rest}", &text[..at]));
                    }
                    for variant in variants {
                        if escaped {
                            check(&variant);
                        } else {
                            check(&escape(&variant));
                        }
                    }
                }
            }
        }
        assert!(taken > 1000, "{taken}");
    }
}
