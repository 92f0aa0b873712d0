//! A pushed frame's headers: a dozen short strings per frame, kept in one buffer rather than a
//! map of owned strings (two allocations in all instead of two per header, where every frame
//! is parsed and most are dropped within microseconds).

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// Room for what DingTalk sends: some 400 bytes of names and values ...
pub(crate) const ROOM: usize = 512;
/// ... in a dozen headers.
pub(crate) const COUNT: usize = 12;

/// A frame's headers, every one kept as sent, in the order they came (a string map on the
/// wire; a number or boolean value is kept as its text). A name sent twice is there twice;
/// [`get`](Headers::get) gives its last value. The ones the protocol names have accessors.
#[derive(Clone, Default)]
pub struct Headers {
    /// Every name and value, one after the other.
    text: String,
    /// Where each header's name and value are in `text`.
    entries: Vec<Entry>,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    name: (usize, usize),
    value: (usize, usize),
}

impl Entry {
    fn name(self) -> Range<usize> {
        self.name.0..self.name.1
    }
    fn value(self) -> Range<usize> {
        self.value.0..self.value.1
    }
}

impl Headers {
    /// The value of header `name` (exact spelling, as on the wire; the last, when it came
    /// twice).
    pub fn get(&self, name: &str) -> Option<&str> {
        let name = name.as_bytes();
        // Bytes, not `str` slices: no character-boundary checks on the hot path (every range
        // was cut at the ends of whole strings).
        let bytes = self.text.as_bytes();
        let entry = self
            .entries
            .iter()
            .rev()
            .find(|e| e.name.1 - e.name.0 == name.len() && &bytes[e.name()] == name)?;
        Some(&self.text[entry.value()])
    }
    /// `topic`: `/v1.0/im/bot/messages/get`, `*` for events, `ping` ...
    pub fn topic(&self) -> &str {
        self.get("topic").unwrap_or("")
    }
    /// `messageId`: what the ACK echoes.
    pub fn message_id(&self) -> &str {
        self.get("messageId").unwrap_or("")
    }
    /// `time`: when the gateway sent the frame, Unix milliseconds (a string on the wire).
    pub fn time(&self) -> Option<u64> {
        self.get("time").and_then(|t| t.trim().parse().ok())
    }
    /// `contentType` (`application/json`).
    pub fn content_type(&self) -> Option<&str> {
        self.get("contentType")
    }
    /// `eventType` of an event frame (`user_add_org`, `bpms_instance_change` ...).
    pub fn event_type(&self) -> Option<&str> {
        self.get("eventType")
    }
    /// `eventId` of an event frame.
    pub fn event_id(&self) -> Option<&str> {
        self.get("eventId")
    }
    /// `eventCorpId` of an event frame.
    pub fn event_corp_id(&self) -> Option<&str> {
        self.get("eventCorpId")
    }
    /// `eventBornTime` of an event frame, Unix milliseconds (a string on the wire).
    pub fn event_born_time(&self) -> Option<u64> {
        self.get("eventBornTime")
            .and_then(|t| t.trim().parse().ok())
    }
    /// Every header, by name, in the order they came.
    pub fn iter(&self) -> HeadersIter<'_> {
        HeadersIter {
            headers: self,
            entries: self.entries.iter(),
        }
    }
    /// How many headers there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Headers from pairs (for building pushes in tests).
    pub fn from_pairs<N: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (N, V)>,
    ) -> Self {
        let mut headers = Headers::default();
        for (name, value) in pairs {
            let name = headers.append(name.as_ref());
            let value = headers.append(value.as_ref());
            headers.entries.push(Entry { name, value });
        }
        headers
    }

    /// Empty, with room for `bytes` of names and values and `count` headers.
    pub(crate) fn with_capacity(bytes: usize, count: usize) -> Self {
        Headers {
            text: String::with_capacity(bytes),
            entries: Vec::with_capacity(count),
        }
    }

    /// The buffer, for a reader that appends a header's name and then its value to it, and
    /// then [`commit`](Headers::commit)s them.
    pub(crate) fn buffer(&mut self) -> &mut String {
        &mut self.text
    }

    /// Keeps as one header what was appended to the buffer from `start` on: its name up to
    /// `name_end`, its value after.
    pub(crate) fn commit(&mut self, start: usize, name_end: usize) {
        self.entries.push(Entry {
            name: (start, name_end),
            value: (name_end, self.text.len()),
        });
    }

    fn append(&mut self, text: &str) -> (usize, usize) {
        let start = self.text.len();
        self.text.push_str(text);
        (start, self.text.len())
    }
}

impl<'a> IntoIterator for &'a Headers {
    type Item = (&'a str, &'a str);
    type IntoIter = HeadersIter<'a>;
    fn into_iter(self) -> HeadersIter<'a> {
        self.iter()
    }
}

/// The headers of a frame, by name, in the order they came.
#[derive(Clone, Debug)]
pub struct HeadersIter<'a> {
    headers: &'a Headers,
    entries: std::slice::Iter<'a, Entry>,
}

impl<'a> Iterator for HeadersIter<'a> {
    type Item = (&'a str, &'a str);
    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let entry = *self.entries.next()?;
        let text = &self.headers.text;
        Some((&text[entry.name()], &text[entry.value()]))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

/// Equal when they hold the same headers in the same order.
impl PartialEq for Headers {
    fn eq(&self, other: &Headers) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Headers {}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Read straight into the buffer: names and values are appended where they are decoded.
impl<'de> Deserialize<'de> for Headers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Map;
        impl<'de> Visitor<'de> for Map {
            type Value = Headers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of headers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Headers, A::Error> {
                let mut headers = Headers::with_capacity(ROOM, map.size_hint().unwrap_or(COUNT));
                while let Some(name) = map.next_key_seed(Append(&mut headers.text))? {
                    let value = map.next_value_seed(Append(&mut headers.text))?;
                    headers.entries.push(Entry { name, value });
                }
                Ok(headers)
            }
        }
        deserializer.deserialize_map(Map)
    }
}

/// Appends a string, or a scalar as its text, to the buffer; yields where it went.
struct Append<'b>(&'b mut String);

impl<'de> DeserializeSeed<'de> for Append<'_> {
    type Value = (usize, usize);
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Append<'_> {
    fn push(self, text: &str) -> (usize, usize) {
        let start = self.0.len();
        self.0.push_str(text);
        (start, self.0.len())
    }
}

impl Visitor<'_> for Append<'_> {
    type Value = (usize, usize);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number or boolean")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.push(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(self.push(&v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(self.push(&v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(self.push(&v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(self.push(if v { "true" } else { "false" }))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(self.push(""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values_of_any_scalar_are_kept_and_a_repeated_name_gives_its_last_value() {
        let headers: Headers = serde_json::from_str(
            r#"{"topic":"*","time":1690362102195,"flag":true,"none":null,"esc\"aped":"a\nb","topic":"x"}"#,
        )
        .unwrap();
        assert_eq!(headers.len(), 6);
        assert_eq!(headers.topic(), "x");
        assert_eq!(headers.time(), Some(1_690_362_102_195));
        assert_eq!(headers.get("flag"), Some("true"));
        assert_eq!(headers.get("none"), Some(""));
        assert_eq!(headers.get("esc\"aped"), Some("a\nb"));
        assert_eq!(headers.get("missing"), None);
        let names: Vec<&str> = headers.iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            ["topic", "time", "flag", "none", "esc\"aped", "topic"]
        );
        assert!(serde_json::from_str::<Headers>(r#"{"a":{"b":1}}"#).is_err());
        assert!(serde_json::from_str::<Headers>(r#"{"a":[1]}"#).is_err());
    }

    #[test]
    fn headers_compare_as_sent_and_debug_shows_a_map() {
        let a = Headers::from_pairs([("a", "1"), ("b", "2")]);
        assert_eq!(a, Headers::from_pairs([("a", "1"), ("b", "2")]));
        assert_ne!(a, Headers::from_pairs([("b", "2"), ("a", "1")]));
        assert_ne!(a, Headers::from_pairs([("a", "1")]));
        assert_ne!(a, Headers::from_pairs([("a", "1"), ("b", "3")]));
        assert_eq!(format!("{a:?}"), r#"{"a": "1", "b": "2"}"#);
        assert!(Headers::default().is_empty());
    }
}
