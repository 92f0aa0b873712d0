//! The edge of Stream mode: a websocket text message parsed once into a typed [`Frame`], and
//! the [`Ack`] written back for it. Past this file nothing sees the wire's JSON text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a pushed frame is (its `type` on the wire).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FrameKind {
    /// Connection management: `ping`, `disconnect`.
    System,
    /// An event of the organisation (the topic is `*`; the headers name the event type).
    Event,
    /// A callback: robot messages, card actions, Graph calls, and any other topic.
    Callback,
    /// A type this client does not know, kept as sent.
    Other(String),
}

impl FrameKind {
    fn from_wire(kind: &str) -> Self {
        match kind {
            "SYSTEM" => FrameKind::System,
            "EVENT" => FrameKind::Event,
            "CALLBACK" => FrameKind::Callback,
            other => FrameKind::Other(other.to_owned()),
        }
    }
}

/// A frame's headers, every one kept as sent (a string map on the wire; a number or boolean
/// value is kept as its text). The ones the protocol names have accessors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers(BTreeMap<String, String>);

impl Headers {
    /// The value of header `name` (exact spelling, as on the wire).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
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
    /// The headers as a map.
    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.0
    }
    /// Every header, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }
    /// Headers from pairs (for building pushes in tests).
    pub fn from_pairs<N: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (N, V)>,
    ) -> Self {
        Headers(
            pairs
                .into_iter()
                .map(|(n, v)| (n.into(), v.into()))
                .collect(),
        )
    }
}

/// A received frame: its kind, headers, and `data` decoded (on the wire a JSON document inside
/// a string, decoded a second time here; an empty or absent `data` is `null`).
#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub(crate) kind: FrameKind,
    pub(crate) headers: Headers,
    pub(crate) data: Value,
}

/// Why a received text is not a frame.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FrameError {
    /// Not a JSON object of the frame's shape.
    #[error("not a Stream frame: {0}")]
    Shape(serde_json::Error),
    /// The `data` string does not hold JSON.
    #[error("frame {message_id:?}: `data` is not JSON: {source}")]
    Data {
        message_id: String,
        source: serde_json::Error,
    },
    /// No `messageId`, so it could not be ACKed.
    #[error("frame without a `messageId` header (type {0:?})")]
    NoMessageId(FrameKind),
}

impl FrameError {
    /// The message id to answer a bad request to, when the frame had one.
    pub(crate) fn message_id(&self) -> Option<&str> {
        match self {
            FrameError::Data { message_id, .. } => Some(message_id),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct WireFrame {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    headers: Headers,
    #[serde(default)]
    data: Value,
}

/// Read straight into the map, each value a string or a scalar kept as its text.
impl<'de> Deserialize<'de> for Headers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Map;
        impl<'de> Visitor<'de> for Map {
            type Value = Headers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of headers")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Headers, A::Error> {
                let mut headers = BTreeMap::new();
                while let Some((name, HeaderText(value))) =
                    map.next_entry::<String, HeaderText>()?
                {
                    headers.insert(name, value);
                }
                Ok(Headers(headers))
            }
        }
        deserializer.deserialize_map(Map)
    }
}

/// A header value: a string, or a scalar kept as its text.
struct HeaderText(String);

impl<'de> Deserialize<'de> for HeaderText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = HeaderText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, number or boolean")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<HeaderText, E> {
                Ok(HeaderText(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<HeaderText, E> {
                Ok(HeaderText(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<HeaderText, E> {
                Ok(HeaderText(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<HeaderText, E> {
                Ok(HeaderText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<HeaderText, E> {
                Ok(HeaderText(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<HeaderText, E> {
                Ok(HeaderText(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<HeaderText, E> {
                Ok(HeaderText(String::new()))
            }
        }
        deserializer.deserialize_any(Text)
    }
}

/// Parses a received text message into a frame.
pub(crate) fn parse(text: &str) -> Result<Frame, FrameError> {
    let wire: WireFrame = serde_json::from_str(text).map_err(FrameError::Shape)?;
    let kind = FrameKind::from_wire(&wire.kind);
    let headers = wire.headers;
    if headers.get("messageId").is_none_or(str::is_empty) {
        return Err(FrameError::NoMessageId(kind));
    }
    let data = match wire.data {
        Value::String(text) if text.trim().is_empty() => Value::Null,
        Value::String(text) => serde_json::from_str(&text).map_err(|source| FrameError::Data {
            message_id: headers.message_id().to_owned(),
            source,
        })?,
        // Already JSON (not what the gateway sends, but unambiguous).
        other => other,
    };
    Ok(Frame {
        kind,
        headers,
        data,
    })
}

/// The answer to one frame, sent on the connection the frame came from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ack {
    pub(crate) message_id: String,
    pub(crate) reply: AckReply,
}

/// An ACK without its message id: what a repeated delivery of the same message is answered.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AckReply {
    pub(crate) code: u16,
    pub(crate) message: &'static str,
    /// The `data` document (sent as a string holding this JSON).
    pub(crate) data: String,
    /// Whether the push was handled, so that a repeat of it need not be handled again.
    pub(crate) handled: bool,
}

impl AckReply {
    /// `200` with this data.
    pub(crate) fn ok(data: String) -> Self {
        AckReply {
            code: 200,
            message: "OK",
            data,
            handled: true,
        }
    }
    /// An event's answer: `SUCCESS`, or `LATER` (deliver again) with the reason.
    pub(crate) fn event(code: u16, success: bool, reason: &str) -> Self {
        let status = if success { "SUCCESS" } else { "LATER" };
        // Written straight from a struct: no map built per event.
        #[derive(serde::Serialize)]
        struct EventAck<'a> {
            status: &'a str,
            message: &'a str,
        }
        let data = serde_json::to_string(&EventAck {
            status,
            message: reason,
        })
        .unwrap_or_default();
        AckReply {
            code,
            message: if code == 200 { "OK" } else { "internal error" },
            data,
            handled: success,
        }
    }
    /// A callback's answer: `{"response": ...}`.
    pub(crate) fn callback(response: &Value) -> Self {
        AckReply::ok(serde_json::json!({ "response": response }).to_string())
    }
    /// A failure with this code: `{"response": null}` for callbacks, `LATER` for events.
    pub(crate) fn failed(kind: &FrameKind, code: u16, message: &'static str, reason: &str) -> Self {
        if *kind == FrameKind::Event {
            let mut reply = AckReply::event(code, false, reason);
            reply.message = message;
            return reply;
        }
        AckReply {
            code,
            message,
            data: r#"{"response":null}"#.to_owned(),
            handled: false,
        }
    }
    pub(crate) fn to(self, message_id: &str) -> Ack {
        Ack {
            message_id: message_id.to_owned(),
            reply: self,
        }
    }
}

#[derive(Serialize)]
struct WireAck<'a> {
    code: u16,
    headers: WireAckHeaders<'a>,
    message: &'a str,
    data: &'a str,
}

#[derive(Serialize)]
struct WireAckHeaders<'a> {
    #[serde(rename = "messageId")]
    message_id: &'a str,
    #[serde(rename = "contentType")]
    content_type: &'a str,
}

impl Ack {
    /// The ACK's text frame.
    pub(crate) fn to_json(&self) -> String {
        let wire = WireAck {
            code: self.reply.code,
            headers: WireAckHeaders {
                message_id: &self.message_id,
                content_type: "application/json",
            },
            message: self.reply.message,
            data: &self.reply.data,
        };
        // A struct of strings and a number: serialising it cannot fail.
        serde_json::to_string(&wire).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_callback_frame_is_parsed_with_its_data_decoded_a_second_time() {
        let text = r#"{"specVersion":"1.0","type":"CALLBACK","headers":{"appId":"a","messageId":"m-1","time":"1690362102194","topic":"/v1.0/im/bot/messages/get","contentType":"application/json","novel":"kept"},"data":"{\"msgId\":\"x\",\"text\":{\"content\":\"hi\"}}"}"#;
        let frame = parse(text).unwrap();
        assert_eq!(frame.kind, FrameKind::Callback);
        assert_eq!(frame.headers.topic(), "/v1.0/im/bot/messages/get");
        assert_eq!(frame.headers.time(), Some(1_690_362_102_194));
        assert_eq!(frame.headers.get("novel"), Some("kept"));
        assert_eq!(frame.data["text"]["content"], "hi");
    }

    #[test]
    fn event_headers_with_string_times_and_numbers_alike_are_read() {
        let text = r#"{"type":"EVENT","headers":{"messageId":"m","topic":"*","eventBornTime":"1690362102194","eventType":"user_add_org","time":1690362102195},"data":"{}"}"#;
        let frame = parse(text).unwrap();
        assert_eq!(frame.headers.event_born_time(), Some(1_690_362_102_194));
        assert_eq!(frame.headers.time(), Some(1_690_362_102_195));
        assert_eq!(frame.headers.event_type(), Some("user_add_org"));
    }

    #[test]
    fn unknown_types_are_kept_and_bad_frames_are_errors_not_panics() {
        let frame = parse(r#"{"type":"NEWS","headers":{"messageId":"m"}}"#).unwrap();
        assert_eq!(frame.kind, FrameKind::Other("NEWS".into()));
        assert_eq!(frame.data, Value::Null);
        assert!(matches!(parse("[1,2"), Err(FrameError::Shape(_))));
        assert!(matches!(
            parse(r#"{"type":"EVENT","headers":{}}"#),
            Err(FrameError::NoMessageId(FrameKind::Event))
        ));
        let bad = parse(r#"{"type":"EVENT","headers":{"messageId":"m-9"},"data":"{nope"}"#);
        assert_eq!(bad.unwrap_err().message_id(), Some("m-9"));
    }

    #[test]
    fn acks_echo_the_message_id_and_carry_data_as_a_string() {
        let ack = AckReply::event(200, true, "").to("m-1");
        let sent: Value = serde_json::from_str(&ack.to_json()).unwrap();
        assert_eq!(sent["code"], 200);
        assert_eq!(sent["headers"]["messageId"], "m-1");
        assert_eq!(sent["headers"]["contentType"], "application/json");
        let data: Value = serde_json::from_str(sent["data"].as_str().unwrap()).unwrap();
        assert_eq!(data["status"], "SUCCESS");
        let later = AckReply::failed(&FrameKind::Event, 500, "internal error", "boom");
        assert!(!later.handled);
        assert!(later.data.contains("LATER"));
        let cb = AckReply::callback(&serde_json::json!({"cardData": {}}));
        assert_eq!(cb.data, r#"{"response":{"cardData":{}}}"#);
    }
}
