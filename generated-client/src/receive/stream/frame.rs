//! The edge of Stream mode: a websocket text message parsed once into a typed [`Frame`], and
//! the [`Ack`] written back for it. Past this file the wire's JSON text is seen only through
//! [`Data`], which a handler reads into its own type.

use std::any::TypeId;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio_tungstenite::tungstenite::protocol::frame::Utf8Payload;

use crate::receive::stream::escaped_json;
use crate::receive::stream::headers;
pub use crate::receive::stream::headers::Headers;
use crate::receive::stream::json_text::{self, Reader};

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

/// A received frame: its kind, headers, and `data`, a JSON document each handler reads
/// straight into its own type, with no tree of values built in between.
#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub(crate) kind: FrameKind,
    pub(crate) headers: Headers,
    pub(crate) data: Data,
}

/// A frame's `data`: on the wire a JSON document inside a string. An empty or absent `data`
/// is `null`.
///
/// `pub` only to be named by [`FromEvent`](crate::receive::stream::handler::FromEvent)'s hidden
/// method (this module is the crate's own).
#[derive(Clone, Debug)]
pub enum Data {
    /// Where the string's content (checked, still escaped) is in the message it came in, and
    /// where its escapes are: read where it lies ([`escaped_json`]), unescaped only for what
    /// that declines.
    Escaped {
        message: Utf8Payload,
        content: Range<usize>,
        escapes: Vec<u32>,
    },
    /// The document's text: a `data` read by serde_json (or not a string).
    Text(String),
}

impl Data {
    /// Reads the document as `T`: from the escaped text where it can be, else from the text
    /// unescaped, by serde_json, whose error stands.
    pub(crate) fn read<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        if let Data::Escaped {
            message,
            content,
            escapes,
        } = self
            && let Some(value) = message
                .as_str()
                .get(content.clone())
                .and_then(|text| escaped_json::from_escaped(text, escapes))
        {
            return Ok(value);
        }
        serde_json::from_str(&self.text())
    }

    /// The document's text, unescaped; `null` when it is empty.
    pub(crate) fn text(&self) -> Cow<'_, str> {
        let text = match self {
            Data::Text(text) => Cow::Borrowed(text.as_str()),
            Data::Escaped {
                message,
                content,
                escapes,
            } => Cow::Owned(json_text::unescape_content(
                message.as_str().get(content.clone()).unwrap_or_default(),
                escapes,
            )),
        };
        if text.trim().is_empty() {
            return Cow::Borrowed("null");
        }
        text
    }
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

/// Parses a received text message into a frame: read by hand when it has the shape DingTalk
/// sends ([`read_plain`]), else by serde_json, which reads the rest or says why not.
pub(crate) fn parse(message: Utf8Payload) -> Result<Frame, FrameError> {
    let (kind, headers, data) = match read_plain(message.as_str()) {
        Some((kind, headers, data)) => (kind, headers, DataString::data(data, message)),
        None => {
            let wire: WireFrame =
                serde_json::from_str(message.as_str()).map_err(FrameError::Shape)?;
            (
                FrameKind::from_wire(&wire.kind),
                wire.headers,
                Data::Text(wire.data.0),
            )
        }
    };
    if headers.get("messageId").is_none_or(str::is_empty) {
        return Err(FrameError::NoMessageId(kind));
    }
    // Not decoded here: the handler reads it into its own type (a `data` that is not JSON is
    // then answered as a bad request).
    Ok(Frame {
        kind,
        headers,
        data,
    })
}

/// A frame as DingTalk sends it, read in one pass: an object of string members, `headers` an
/// object of strings, `data` a string, found and checked but left escaped (where its content
/// is, if it is there). `None` for anything else (a member that is not a string, one sent
/// twice, anything that is not JSON), which [`WireFrame`] then reads the same way, or refuses.
fn read_plain(text: &str) -> Option<(FrameKind, Headers, Option<DataString>)> {
    let mut reader = Reader::new(text);
    let (mut kind, mut headers, mut data) = (None, None, None);
    if !reader.eat(b'{') {
        return None;
    }
    loop {
        let name = reader.plain_string()?;
        if !reader.eat(b':') {
            return None;
        }
        match name {
            "type" if kind.is_none() => kind = Some(reader.plain_string()?),
            "headers" if headers.is_none() => headers = Some(read_headers(&mut reader)?),
            "data" if data.is_none() => {
                // Room for a robot message's escapes (a quote every ten bytes or so).
                let mut escapes = Vec::with_capacity(128);
                let content = reader.string_escapes(&mut escapes)?;
                data = Some(DataString { content, escapes });
            }
            "type" | "headers" | "data" => return None,
            _ => reader.skip_string()?,
        }
        if !reader.eat(b',') {
            break;
        }
    }
    if !reader.eat(b'}') || !reader.at_end() {
        return None;
    }
    Some((
        FrameKind::from_wire(kind?),
        headers.unwrap_or_default(),
        data,
    ))
}

/// The `data` string of a frame read by hand: where its content is in the text, and where
/// its escapes are in the content.
struct DataString {
    content: Range<usize>,
    escapes: Vec<u32>,
}

impl DataString {
    /// The frame's [`Data`]: this string in `message`, or none (`null`) when it had none.
    fn data(found: Option<DataString>, message: Utf8Payload) -> Data {
        match found {
            Some(DataString { content, escapes }) => Data::Escaped {
                message,
                content,
                escapes,
            },
            None => Data::Text(String::new()),
        }
    }
}

/// `headers` of [`read_plain`]: names and values unescaped straight into the one buffer.
fn read_headers(reader: &mut Reader<'_>) -> Option<Headers> {
    let mut headers = Headers::with_capacity(headers::ROOM, headers::COUNT);
    if !reader.eat(b'{') {
        return None;
    }
    if reader.eat(b'}') {
        return Some(headers);
    }
    loop {
        let start = headers.buffer().len();
        reader.string_into(headers.buffer())?;
        let name_end = headers.buffer().len();
        if !reader.eat(b':') {
            return None;
        }
        reader.string_into(headers.buffer())?;
        headers.commit(start, name_end);
        if !reader.eat(b',') {
            break;
        }
    }
    reader.eat(b'}').then_some(headers)
}

/// The robot message's `msgId` in a frame's data, read without decoding the rest into values.
pub(crate) fn msg_id(data: &Data) -> Option<String> {
    #[derive(Deserialize)]
    struct MsgId {
        #[serde(rename = "msgId", default)]
        msg_id: Option<String>,
    }
    data.read::<MsgId>().ok()?.msg_id
}

/// The answer to one frame, sent on the connection the frame came from.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ack {
    pub(crate) message_id: Arc<str>,
    pub(crate) reply: AckReply,
}

/// The data of an event handled, and of one to deliver again, with no reason given.
const SUCCESS: &str = r#"{"status":"SUCCESS","message":""}"#;
const LATER: &str = r#"{"status":"LATER","message":""}"#;
/// The data of a callback answered with nothing.
const NO_RESPONSE: &str = r#"{"response":null}"#;

/// An ACK without its message id: what a repeated delivery of the same message is answered.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AckReply {
    pub(crate) code: u16,
    pub(crate) message: &'static str,
    /// The `data` document (sent as a string holding this JSON). The usual answers are
    /// constants, neither built for each push nor copied into the memory of recent ones.
    pub(crate) data: Cow<'static, str>,
    /// Whether the push was handled, so that a repeat of it need not be handled again.
    pub(crate) handled: bool,
}

impl AckReply {
    /// `200` with this data.
    pub(crate) fn ok(data: impl Into<Cow<'static, str>>) -> Self {
        AckReply {
            code: 200,
            message: "OK",
            data: data.into(),
            handled: true,
        }
    }
    /// An event's answer: `SUCCESS`, or `LATER` (deliver again) with the reason.
    pub(crate) fn event(code: u16, success: bool, reason: &str) -> Self {
        // Written by hand: `{"status":"SUCCESS","message":""}`, as serde_json writes it.
        let data = match (success, reason) {
            (true, "") => Cow::Borrowed(SUCCESS),
            (false, "") => Cow::Borrowed(LATER),
            _ => {
                let mut data = String::with_capacity(40 + reason.len());
                data.push_str(if success {
                    r#"{"status":"SUCCESS","message":"#
                } else {
                    r#"{"status":"LATER","message":"#
                });
                json_text::write_string(&mut data, reason);
                data.push('}');
                Cow::Owned(data)
            }
        };
        AckReply {
            code,
            message: if code == 200 { "OK" } else { "internal error" },
            data,
            handled: success,
        }
    }
    /// A callback's answer: `{"response": ...}`, written straight from the handler's value.
    pub(crate) fn callback<R: Serialize + ?Sized + 'static>(
        response: &R,
    ) -> Result<Self, serde_json::Error> {
        #[derive(Serialize)]
        struct CallbackAck<'a, R: ?Sized> {
            response: &'a R,
        }
        // A handler that answers nothing (a robot's, which replies through the webhook).
        if TypeId::of::<R>() == TypeId::of::<()>() {
            return Ok(AckReply::ok(NO_RESPONSE));
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
            data: Cow::Borrowed(NO_RESPONSE),
            handled: false,
        }
    }
    pub(crate) fn to(self, message_id: &Arc<str>) -> Ack {
        Ack {
            message_id: message_id.clone(),
            reply: self,
        }
    }
}

impl Ack {
    /// The ACK's text frame, `{"code":…,"headers":{"messageId":…,"contentType":…},"message":…,
    /// "data":…}`, written by hand into a buffer sized once (one per frame: serde_json's
    /// writer grows its buffer from empty and escapes byte by byte).
    pub(crate) fn to_json(&self) -> String {
        let Ack { message_id, reply } = self;
        // The escaped data is its length plus a backslash per quote; a quarter more is room
        // for the quotes of a JSON document.
        let room = 96 + message_id.len() + reply.data.len() + reply.data.len() / 4;
        let mut out = String::with_capacity(room);
        out.push_str(r#"{"code":"#);
        out.push_str(itoa(reply.code, &mut [0; 5]));
        out.push_str(r#","headers":{"messageId":"#);
        json_text::write_string(&mut out, message_id);
        out.push_str(r#","contentType":"application/json"},"message":"#);
        json_text::write_string(&mut out, reply.message);
        out.push_str(r#","data":"#);
        json_text::write_string(&mut out, &reply.data);
        out.push('}');
        out
    }
}

/// A status code's digits.
fn itoa(mut n: u16, digits: &mut [u8; 5]) -> &str {
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&digits[at..]).unwrap_or("500")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the hand-written ACK must equal: serde_json's text of the same members.
    #[derive(Serialize)]
    struct SerdeAck<'a> {
        code: u16,
        headers: SerdeAckHeaders<'a>,
        message: &'a str,
        data: &'a str,
    }

    #[derive(Serialize)]
    struct SerdeAckHeaders<'a> {
        #[serde(rename = "messageId")]
        message_id: &'a str,
        #[serde(rename = "contentType")]
        content_type: &'a str,
    }

    fn serde_text(ack: &Ack) -> String {
        serde_json::to_string(&SerdeAck {
            code: ack.reply.code,
            headers: SerdeAckHeaders {
                message_id: &ack.message_id,
                content_type: "application/json",
            },
            message: ack.reply.message,
            data: &ack.reply.data,
        })
        .unwrap()
    }

    #[test]
    fn a_callback_frame_is_parsed_with_its_data_decoded_a_second_time() {
        let text = r#"{"specVersion":"1.0","type":"CALLBACK","headers":{"appId":"a","messageId":"m-1","time":"1690362102194","topic":"/v1.0/im/bot/messages/get","contentType":"application/json","novel":"kept"},"data":"{\"msgId\":\"x\",\"text\":{\"content\":\"hi\"}}"}"#;
        let frame = parse(text.into()).unwrap();
        assert_eq!(frame.kind, FrameKind::Callback);
        assert_eq!(frame.headers.topic(), "/v1.0/im/bot/messages/get");
        assert_eq!(frame.headers.time(), Some(1_690_362_102_194));
        assert_eq!(frame.headers.get("novel"), Some("kept"));
        let data: Value = frame.data.read().unwrap();
        assert_eq!(data["text"]["content"], "hi");
        assert_eq!(
            frame.data.text(),
            r#"{"msgId":"x","text":{"content":"hi"}}"#
        );
        assert_eq!(msg_id(&frame.data).as_deref(), Some("x"));
    }

    #[test]
    fn event_headers_with_string_times_and_numbers_alike_are_read() {
        let text = r#"{"type":"EVENT","headers":{"messageId":"m","topic":"*","eventBornTime":"1690362102194","eventType":"user_add_org","time":1690362102195},"data":"{}"}"#;
        let frame = parse(text.into()).unwrap();
        assert_eq!(frame.headers.event_born_time(), Some(1_690_362_102_194));
        assert_eq!(frame.headers.time(), Some(1_690_362_102_195));
        assert_eq!(frame.headers.event_type(), Some("user_add_org"));
    }

    #[test]
    fn unknown_types_are_kept_and_bad_frames_are_errors_not_panics() {
        let frame = parse(r#"{"type":"NEWS","headers":{"messageId":"m"}}"#.into()).unwrap();
        assert_eq!(frame.kind, FrameKind::Other("NEWS".into()));
        assert_eq!(frame.data.text(), "null");
        assert!(matches!(parse("[1,2".into()), Err(FrameError::Shape(_))));
        assert!(matches!(
            parse(r#"{"type":"EVENT","headers":{}}"#.into()),
            Err(FrameError::NoMessageId(FrameKind::Event))
        ));
        // Data that is not JSON is the handler's bad request, found when it is read.
        let bad = parse(r#"{"type":"EVENT","headers":{"messageId":"m-9"},"data":"{nope"}"#.into());
        let bad = bad.unwrap().data;
        assert_eq!(bad.text(), "{nope");
        assert!(bad.read::<Value>().is_err());
        let object =
            parse(r#"{"type":"EVENT","headers":{"messageId":"m"},"data":{"a":[1]}}"#.into());
        assert_eq!(object.unwrap().data.text(), r#"{"a":[1]}"#);
    }

    #[test]
    fn acks_echo_the_message_id_and_carry_data_as_a_string() {
        let ack = AckReply::event(200, true, "").to(&Arc::from("m-1"));
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
        // The answer of a handler that answers nothing is a constant: serde_json's text.
        let nothing = AckReply::callback(&()).unwrap();
        assert!(matches!(nothing.data, Cow::Borrowed(_)));
        assert_eq!(
            nothing.data,
            serde_json::to_string(&serde_json::json!({ "response": () })).unwrap()
        );
    }

    /// The frame as serde_json reads it, for comparing with the hand reader.
    fn by_serde(text: &str) -> Option<(FrameKind, Headers, String)> {
        let wire: WireFrame = serde_json::from_str(text).ok()?;
        let data = Data::Text(wire.data.0).text().into_owned();
        Some((FrameKind::from_wire(&wire.kind), wire.headers, data))
    }

    /// The frame as the hand reader reads it, its data unescaped.
    fn by_hand(text: &str) -> Option<(FrameKind, Headers, String)> {
        let (kind, headers, data) = read_plain(text)?;
        let data = DataString::data(data, text.into());
        Some((kind, headers, data.text().into_owned()))
    }

    const SAMPLES: [&str; 4] = [
        r#"{"specVersion":"1.0","type":"CALLBACK","headers":{"appId":"a","messageId":"m-1","topic":"/v1.0/im/bot/messages/get"},"data":"{\"msgId\":\"x\",\"senderNick\":\"张三\",\"text\":{\"content\":\" 你好\\n😀\"}}"}"#,
        r#"{"specVersion":"1.0","type":"EVENT","headers":{"eventType":"user_add_org","eventBornTime":"1690362102194","messageId":"m-2","topic":"*"},"data":"{\"userId\":[\"u1\"],\"timeStamp\":1690362102194}"}"#,
        " {\n \"type\" : \"SYSTEM\" ,\t\"headers\":{ \"messageId\":\"m\\u002d3\", \"topic\":\"ping\"},\r\"data\":\"{\\\"opaque\\\":\\\"\\uD83D\\uDE00\\\"}\"} ",
        r#"{"type":"CALLBACK","headers":{},"data":"","extra":"\u00e9"}"#,
    ];

    #[test]
    fn frames_as_dingtalk_sends_them_are_read_by_hand_and_alike() {
        for text in SAMPLES {
            let ours = by_hand(text).unwrap_or_else(|| panic!("declined {text}"));
            assert_eq!(Some(&ours), by_serde(text).as_ref(), "{text}");
        }
        let ping = parse(SAMPLES[2].into()).unwrap();
        assert_eq!(ping.headers.message_id(), "m-3");
        assert_eq!(ping.data.text(), r#"{"opaque":"😀"}"#);
        // A number, null or object anywhere is serde_json's to read.
        for text in [
            r#"{"type":"EVENT","headers":{"messageId":"m","time":1},"data":"{}"}"#,
            r#"{"type":"EVENT","headers":{"messageId":"m"},"data":null}"#,
            r#"{"type":"EVENT","headers":{"messageId":"m"},"data":{"a":1}}"#,
            r#"{"specVersion":1,"type":"EVENT","headers":{"messageId":"m"}}"#,
            r#"{"type":"EVENT","type":"EVENT","headers":{"messageId":"m"}}"#,
            r#"{"type":"EVENT","headers":{"messageId":"m"}} x"#,
        ] {
            assert!(read_plain(text).is_none(), "{text}");
        }
    }

    /// Every frame the hand reader takes, serde_json reads the same: checked on the samples
    /// with each character deleted, and each replaced by every byte that matters to JSON.
    #[test]
    fn damaged_frames_the_hand_reader_takes_read_the_same_by_serde() {
        let mut taken = 0;
        let mut check = |text: &str| {
            if let Some(ours) = by_hand(text) {
                taken += 1;
                assert_eq!(Some(ours), by_serde(text), "{text}");
            }
        };
        for sample in SAMPLES {
            for (at, c) in sample.char_indices() {
                let rest = &sample[at + c.len_utf8()..];
                check(&format!("{}{rest}", &sample[..at]));
                for with in [
                    "\"", "\\", "{", "}", ",", ":", " ", "\n", "u", "0", "D", "\u{1}",
                ] {
                    check(&format!("{}{with}{rest}", &sample[..at]));
                }
            }
        }
        // Most damage is refused; some (a space added, a letter changed) still reads.
        assert!(taken > 500, "{taken}");
    }

    #[test]
    fn event_answers_are_serde_json_s_text() {
        for (success, reason) in [
            (true, ""),
            (false, ""),
            (true, "ok"),
            (false, "boom \"x\"\n"),
        ] {
            #[derive(Serialize)]
            struct EventAck<'a> {
                status: &'a str,
                message: &'a str,
            }
            let status = if success { "SUCCESS" } else { "LATER" };
            let expected = serde_json::to_string(&EventAck {
                status,
                message: reason,
            })
            .unwrap();
            assert_eq!(AckReply::event(200, success, reason).data, expected);
        }
    }

    #[test]
    fn acks_written_by_hand_are_serde_json_s_text() {
        for (code, id, data) in [
            (200, "m-1", r#"{"response":null}"#),
            (
                500,
                "id \"quoted\" \\ 你好",
                r#"{"status":"LATER","message":"boom\n"}"#,
            ),
            (0, "", ""),
            (65535, "\u{1}\u{1f}", "plain"),
        ] {
            let mut reply = AckReply::ok(data.to_owned());
            reply.code = code;
            let ack = reply.to(&Arc::from(id));
            assert_eq!(ack.to_json(), serde_text(&ack));
        }
    }
}
