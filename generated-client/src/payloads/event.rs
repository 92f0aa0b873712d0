//! [`Event`], the envelope of every event, built the same from both ways events arrive: a
//! Stream `EVENT` frame (its headers and its data) and an HTTP event callback (the decrypted
//! JSON). Handlers see one type whichever way their application receives events; an event's
//! data reads into a typed payload with [`Event::data_as`].

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::apis::push::{Event, SuiteTicketEvent, TmpAuthCodeEvent};

/// Why a pushed payload could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PayloadError {
    /// The text is not JSON, or not the JSON the payload is.
    #[error("the {what} is not valid: {source}")]
    Json {
        /// What was being read (`Stream event data`, `HTTP event`, ...).
        what: &'static str,
        /// What serde_json found.
        #[source]
        source: serde_json::Error,
    },
    /// The JSON is valid but not an object.
    #[error("the {what} is not a JSON object")]
    NotAnObject {
        /// What was being read.
        what: &'static str,
    },
    /// The event says nothing of its type (no `eventType` header, no `EventType` member).
    #[error("the event has no type ({missing})")]
    NoEventType {
        /// The header or member that is missing.
        missing: &'static str,
    },
}

/// The Stream headers of an event, by their names on the wire.
const EVENT_TYPE: &str = "eventType";
const EVENT_ID: &str = "eventId";
const EVENT_CORP_ID: &str = "eventCorpId";
const EVENT_BORN_TIME: &str = "eventBornTime";
const EVENT_UNIFIED_APP_ID: &str = "eventUnifiedAppId";

impl Event {
    /// The event of a Stream `EVENT` frame: its `event*` headers (any pairs of names and
    /// values: a Stream frame's `Headers` (feature `stream`), or a
    /// `&BTreeMap<String, String>`), and its `data` (the frame's data string, JSON, decoded
    /// here; an empty string is no data). Headers of the event this version does not know
    /// (`event...`) are kept in `other`; the frame's own (`messageId`, `topic`, ...) are not the
    /// event's.
    pub fn from_stream<'h, N, V>(
        headers: impl IntoIterator<Item = (&'h N, &'h V)>,
        data: &str,
    ) -> Result<Event, PayloadError>
    where
        N: AsRef<str> + ?Sized + 'h,
        V: AsRef<str> + ?Sized + 'h,
    {
        let mut event = Event::from_stream_headers(headers)?;
        // An event without data (an empty `data` string) has none, rather than being refused.
        if !data.trim().is_empty() {
            event.data = Some(serde_json::from_str(data).map_err(Event::bad_stream_data)?);
        }
        Ok(event)
    }

    /// [`Event::from_stream`] without the data: the envelope its headers make.
    pub(crate) fn from_stream_headers<'h, N, V>(
        headers: impl IntoIterator<Item = (&'h N, &'h V)>,
    ) -> Result<Event, PayloadError>
    where
        N: AsRef<str> + ?Sized + 'h,
        V: AsRef<str> + ?Sized + 'h,
    {
        let mut event = Event::default();
        // One pass over the headers: the event's own by name, other `event...` ones kept.
        for (name, value) in headers {
            let (name, value) = (name.as_ref(), value.as_ref());
            let slot = match name {
                EVENT_TYPE => &mut event.event_type,
                EVENT_ID => &mut event.event_id,
                EVENT_CORP_ID => &mut event.event_corp_id,
                EVENT_BORN_TIME => &mut event.event_born_time,
                EVENT_UNIFIED_APP_ID => &mut event.event_unified_app_id,
                other if other.starts_with("event") => {
                    event
                        .other
                        .insert(other.to_owned(), Value::String(value.to_owned()));
                    continue;
                }
                _ => continue,
            };
            *slot = Some(value.to_owned());
        }
        if event.event_type.as_deref().is_none_or(str::is_empty) {
            return Err(PayloadError::NoEventType {
                missing: "the eventType header",
            });
        }
        Ok(event)
    }

    /// The error of a Stream event's data that is not JSON.
    pub(crate) fn bad_stream_data(source: serde_json::Error) -> PayloadError {
        PayloadError::Json {
            what: "Stream event data",
            source,
        }
    }

    /// The event of an HTTP event callback, from its decrypted JSON (`{"EventType": ..., ...}`):
    /// the type from `EventType`, the corp from `CorpId`, the time from `TimeStamp` (or
    /// `EventTime`), the id from `EventId` or `eventId` when there is one, and the whole JSON as
    /// the data.
    pub fn from_http(json: &str) -> Result<Event, PayloadError> {
        let value: Value = serde_json::from_str(json).map_err(|source| PayloadError::Json {
            what: "HTTP event",
            source,
        })?;
        let Value::Object(members) = &value else {
            return Err(PayloadError::NotAnObject { what: "HTTP event" });
        };
        let text = |names: &[&str]| {
            names.iter().find_map(|name| match members.get(*name) {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            })
        };
        let event_type =
            text(&["EventType"])
                .filter(|t| !t.is_empty())
                .ok_or(PayloadError::NoEventType {
                    missing: "the EventType member",
                })?;
        Ok(Event {
            event_type: Some(event_type),
            event_id: text(&["EventId", "eventId"]),
            event_corp_id: text(&["CorpId", "corpId"]),
            event_born_time: text(&["TimeStamp", "EventTime"]),
            data: Some(value),
            ..Event::default()
        })
    }

    /// `eventBornTime` as Unix milliseconds, when it is a number (the wire sends it as text).
    pub fn born_time_ms(&self) -> Option<i64> {
        self.event_born_time.as_deref()?.trim().parse().ok()
    }

    /// The event's data read as `T`: the typed payload of an event type
    /// (`event.data_as::<SuiteTicketEvent>()`). No data reads as an empty object.
    pub fn data_as<T: DeserializeOwned>(&self) -> Result<T, PayloadError> {
        let empty = Value::Object(serde_json::Map::new());
        let data = self.data.as_ref().unwrap_or(&empty);
        T::deserialize(data).map_err(|source| PayloadError::Json {
            what: "event data",
            source,
        })
    }
}

/// A time stamp DingTalk sends as a number or as text, in Unix milliseconds.
fn millis(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

impl SuiteTicketEvent {
    /// The ticket, however it was spelt (`SuiteTicket` over HTTP, `suiteTicket` in a Stream
    /// event's data).
    pub fn ticket(&self) -> Option<&str> {
        self.suite_ticket
            .as_deref()
            .or(self.suite_ticket_2.as_deref())
    }

    /// `TimeStamp` in Unix milliseconds, whether sent as a number or as text.
    pub fn time_stamp_ms(&self) -> Option<i64> {
        millis(self.time_stamp.as_ref())
    }
}

impl TmpAuthCodeEvent {
    /// `TimeStamp` in Unix milliseconds, whether sent as a number or as text.
    pub fn time_stamp_ms(&self) -> Option<i64> {
        millis(self.time_stamp.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    fn headers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_stream_event_takes_its_envelope_from_the_headers_and_keeps_unknown_event_headers() {
        let h = headers(&[
            ("eventType", "user_add_org"),
            ("eventId", "e1"),
            ("eventCorpId", "ding1"),
            ("eventBornTime", "1700000000123"),
            ("eventUnifiedAppId", "app"),
            ("eventSource", "new"),
            ("messageId", "m1"),
            ("topic", "*"),
        ]);
        let event = Event::from_stream(&h, r#"{"UserId":["u1"]}"#).unwrap();
        assert_eq!(event.event_type.as_deref(), Some("user_add_org"));
        assert_eq!(event.event_id.as_deref(), Some("e1"));
        assert_eq!(event.event_corp_id.as_deref(), Some("ding1"));
        assert_eq!(event.event_unified_app_id.as_deref(), Some("app"));
        assert_eq!(event.born_time_ms(), Some(1_700_000_000_123));
        assert_eq!(event.data, Some(json!({"UserId": ["u1"]})));
        assert_eq!(event.other.len(), 1);
        assert_eq!(event.other["eventSource"], json!("new"));
    }

    #[test]
    fn a_stream_event_without_type_or_with_bad_data_is_an_error_and_empty_data_is_none() {
        let e = Event::from_stream(&headers(&[]), "{}").unwrap_err();
        assert!(matches!(e, PayloadError::NoEventType { .. }), "{e}");
        let empty = Event::from_stream(&headers(&[("eventType", "x")]), " ").unwrap();
        assert_eq!(empty.data, None);
        let e = Event::from_stream(&headers(&[("eventType", "x")]), "{not json").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("the Stream event data is not valid"),
            "{e}"
        );
    }

    #[test]
    fn an_http_event_takes_its_envelope_from_its_members() {
        let event = Event::from_http(
            r#"{"EventType":"user_add_org","CorpId":"ding1","TimeStamp":1700000000000,"UserId":["u1"]}"#,
        )
        .unwrap();
        assert_eq!(event.event_type.as_deref(), Some("user_add_org"));
        assert_eq!(event.event_corp_id.as_deref(), Some("ding1"));
        assert_eq!(event.event_born_time.as_deref(), Some("1700000000000"));
        assert_eq!(event.event_id, None);
        assert_eq!(event.data.as_ref().unwrap()["UserId"], json!(["u1"]));
        let check = Event::from_http(r#"{"EventType":"check_url"}"#).unwrap();
        assert_eq!(check.event_type.as_deref(), Some("check_url"));
        assert!(matches!(
            Event::from_http("[1]").unwrap_err(),
            PayloadError::NotAnObject { .. }
        ));
        assert!(matches!(
            Event::from_http(r#"{"CorpId":"c"}"#).unwrap_err(),
            PayloadError::NoEventType { .. }
        ));
    }

    #[test]
    fn both_ways_give_the_same_typed_isv_payload() {
        let http = Event::from_http(
            r#"{"SuiteKey":"s","EventType":"suite_ticket","TimeStamp":"1700000000000","SuiteTicket":"T"}"#,
        )
        .unwrap();
        let ticket: SuiteTicketEvent = http.data_as().unwrap();
        assert_eq!(ticket.ticket(), Some("T"));
        assert_eq!(ticket.time_stamp_ms(), Some(1_700_000_000_000));
        let stream = Event::from_stream(
            &headers(&[("eventType", "suite_ticket")]),
            r#"{"suiteTicket":"T"}"#,
        )
        .unwrap();
        let ticket: SuiteTicketEvent = stream.data_as().unwrap();
        assert_eq!(ticket.ticket(), Some("T"));
        let code: TmpAuthCodeEvent = Event::from_http(
            r#"{"AuthCode":"c","EventType":"tmp_auth_code","SuiteKey":"s","TimeStamp":1}"#,
        )
        .unwrap()
        .data_as()
        .unwrap();
        assert_eq!(code.auth_code.as_deref(), Some("c"));
        assert_eq!(code.time_stamp_ms(), Some(1));
        let wrong = Event::from_http(r#"{"EventType":"x","AuthCode":5}"#).unwrap();
        assert!(wrong.data_as::<TmpAuthCodeEvent>().is_err());
    }
}
