//! The edge of Stream mode: a websocket text message parsed once into a typed [`Frame`], and
//! the [`Ack`] written back for it. Past this file nothing sees the wire's JSON text.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::receive::stream::headers::Headers;

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

/// A received frame: its kind, headers, and `data`: on the wire a JSON document inside a
/// string, kept here as that document's text (unescaped once) so that a handler reads it
/// straight into its own type, with no tree of values built in between. An empty or absent
/// `data` is `null`.
#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub(crate) kind: FrameKind,
    pub(crate) headers: Headers,
    pub(crate) data: String,
}

/// Why a received text is not a frame.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FrameError {
    /// Not a JSON object of the frame's shape.
    #[error("not a Stream frame: {0}")]
    Shape(serde_json::Error),
    /// No `messageId`, so it could not be ACKed.
    #[error("frame without a `messageId` header (type {0:?})")]
    NoMessageId(FrameKind),
}

#[derive(Deserialize)]
struct WireFrame<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(default)]
    headers: Headers,
    #[serde(default)]
    data: DataText,
}

/// The `data` member as JSON text: a string's content (what the gateway sends), or the text of
/// any other JSON value (unambiguous, so accepted); `null` or absent is empty.
#[derive(Default)]
struct DataText(String);

impl<'de> Deserialize<'de> for DataText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = DataText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON document in a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DataText, E> {
                Ok(DataText(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<DataText, E> {
                Ok(DataText(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<DataText, E> {
                Ok(DataText(String::new()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<DataText, E> {
                Ok(DataText(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DataText, E> {
                Ok(DataText(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DataText, E> {
                Ok(DataText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DataText, E> {
                Ok(DataText(Value::from(v).to_string()))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<DataText, A::Error> {
                let value = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(DataText(value.to_string()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<DataText, A::Error> {
                let value = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(DataText(value.to_string()))
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
    let DataText(mut data) = wire.data;
    if data.trim().is_empty() {
        data = "null".to_owned();
    }
    // Not decoded here: the handler reads it into its own type (a `data` that is not JSON is
    // then answered as a bad request).
    Ok(Frame {
        kind,
        headers,
        data,
    })
}

/// The robot message's `msgId` in a frame's data, read without decoding the rest into values.
pub(crate) fn msg_id(data: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct MsgId<'a> {
        #[serde(rename = "msgId", borrow, default)]
        msg_id: Option<Cow<'a, str>>,
    }
    let read: MsgId<'_> = serde_json::from_str(data).ok()?;
    read.msg_id.map(Cow::into_owned)
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
    /// A callback's answer: `{"response": ...}`, written straight from the handler's value.
    pub(crate) fn callback<R: Serialize + ?Sized>(response: &R) -> Result<Self, serde_json::Error> {
        #[derive(Serialize)]
        struct CallbackAck<'a, R: ?Sized> {
            response: &'a R,
        }
        serde_json::to_string(&CallbackAck { response }).map(AckReply::ok)
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
        let data: Value = serde_json::from_str(&frame.data).unwrap();
        assert_eq!(data["text"]["content"], "hi");
        assert_eq!(msg_id(&frame.data).as_deref(), Some("x"));
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
        assert_eq!(frame.data, "null");
        assert!(matches!(parse("[1,2"), Err(FrameError::Shape(_))));
        assert!(matches!(
            parse(r#"{"type":"EVENT","headers":{}}"#),
            Err(FrameError::NoMessageId(FrameKind::Event))
        ));
        // Data that is not JSON is the handler's bad request, found when it is read.
        let bad = parse(r#"{"type":"EVENT","headers":{"messageId":"m-9"},"data":"{nope"}"#);
        assert_eq!(bad.unwrap().data, "{nope");
        let object = parse(r#"{"type":"EVENT","headers":{"messageId":"m"},"data":{"a":[1]}}"#);
        assert_eq!(object.unwrap().data, r#"{"a":[1]}"#);
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
        let cb = AckReply::callback(&serde_json::json!({"cardData": {}})).unwrap();
        assert_eq!(cb.data, r#"{"response":{"cardData":{}}}"#);
    }
}
