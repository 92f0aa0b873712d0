//! The receivers: an HTTP request's parts (method, URI, headers, body bytes) in, a verified
//! payload and the answer to send out, with no web framework involved. [`EventReceiver`] opens
//! encrypted event callbacks, [`RobotReceiver`] checks signed robot messages.

use bytes::Bytes;
use http::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use http::{Method, Request, Response, StatusCode, Uri};
use serde::Deserialize;

use crate::apis::push::{Event, RobotMessage, SuiteTicketEvent};
use crate::base::push::Push;
use crate::payloads::event::PayloadError;
use crate::receive::callback::envelope::{EncryptedReply, EventCrypto, EventQuery};
use crate::receive::callback::error::CallbackError;
use crate::receive::callback::robot_sign::RobotSignVerifier;
use crate::tokens::isv::SuiteTicket;

/// The largest body a receiver reads by default: 2 MiB (an event is a few KiB; DingTalk's
/// batched ISV data pushes stay far below this).
pub const DEFAULT_MAX_BODY: usize = 2 * 1024 * 1024;

/// Opens DingTalk's encrypted event callbacks (`POST url?msg_signature=&timestamp=&nonce=`,
/// body `{"encrypt": ...}`): the body's size and the method are checked, then the signature,
/// and only then is anything decrypted. Each event comes with the encrypted `success` to
/// answer it with.
///
/// With a [`SuiteTicket`] attached ([`suite_ticket`](Self::suite_ticket)), every verified
/// `suite_ticket` event sets it, so an [`IsvCorpTokens`](crate::IsvCorpTokens) built on that
/// ticket always fetches with the newest one.
///
/// A framework-agnostic core: hand it the request's method, URI and body bytes, send back the
/// [`Response`] it gives. With axum, a whole handler:
///
/// ```ignore
/// async fn event(State(receiver): State<Arc<EventReceiver>>, method: Method, uri: Uri, body: Bytes)
///     -> Response<Body>
/// {
///     match receiver.receive(&method, &uri, &body) {
///         Ok(event) => {
///             tracing::info!(event_type = event.event_type(), "event");
///             event.answer().map(Body::from)
///         }
///         Err(error) => error.answer().map(Body::from),
///     }
/// }
/// ```
#[derive(Debug)]
pub struct EventReceiver {
    crypto: EventCrypto,
    suite_ticket: Option<SuiteTicket>,
    max_body: usize,
}

/// An event callback that verified and decrypted: the same [`Event`] envelope as Stream mode
/// delivers, and the answer to send.
#[derive(Debug)]
pub struct ReceivedEvent {
    json: String,
    event: Event,
    reply: EncryptedReply,
}

#[derive(Deserialize)]
struct EncryptedBody {
    encrypt: Option<String>,
}

impl EventReceiver {
    /// A receiver for the subscription `crypto` describes.
    pub fn new(crypto: EventCrypto) -> Self {
        EventReceiver {
            crypto,
            suite_ticket: None,
            max_body: DEFAULT_MAX_BODY,
        }
    }

    /// Sets `ticket` from every verified `suite_ticket` event (third-party apps).
    pub fn suite_ticket(mut self, ticket: SuiteTicket) -> Self {
        self.suite_ticket = Some(ticket);
        self
    }

    /// Refuses bodies larger than `bytes` ([`DEFAULT_MAX_BODY`] otherwise). Bound the read in
    /// the server too: this only sees bytes already read.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// The largest body accepted, in bytes.
    pub fn max_body_bytes(&self) -> usize {
        self.max_body
    }

    /// Verifies and opens one callback from its method, URI (whose query holds the signature)
    /// and body.
    pub fn receive(
        &self,
        method: &Method,
        uri: &Uri,
        body: &[u8],
    ) -> Result<ReceivedEvent, CallbackError> {
        check_request(method, body, self.max_body)?;
        let query = EventQuery::parse(uri.query().unwrap_or(""))?;
        let body: EncryptedBody =
            serde_json::from_slice(body).map_err(|e| CallbackError::json("body", &e))?;
        let encrypt = body
            .encrypt
            .ok_or(CallbackError::Missing { name: "encrypt" })?;
        let json = self.crypto.open(&query, &encrypt)?;
        let event = Event::from_http(&json).map_err(payload_error)?;
        let reply = self.crypto.success_reply()?;
        let received = ReceivedEvent { json, event, reply };
        if let Some(ticket) = &self.suite_ticket
            && let Some(pushed) = received.payload::<SuiteTicketEvent>()?
            && let Some(value) = pushed.ticket()
        {
            ticket.set(value);
        }
        Ok(received)
    }

    /// [`receive`](Self::receive) from a whole request.
    pub fn receive_request<B: AsRef<[u8]>>(
        &self,
        request: &Request<B>,
    ) -> Result<ReceivedEvent, CallbackError> {
        self.receive(request.method(), request.uri(), request.body().as_ref())
    }
}

impl ReceivedEvent {
    /// The event's type (`EventType`; `check_url` for the console's URL check).
    pub fn event_type(&self) -> &str {
        self.event.event_type.as_deref().unwrap_or_default()
    }

    /// The event envelope, as Stream mode delivers it ([`Event::from_http`]: `eventType` from
    /// `EventType`, `eventCorpId` from `CorpId`, `eventBornTime` from `TimeStamp`, and the whole
    /// decrypted JSON as `data`).
    pub fn event(&self) -> &Event {
        &self.event
    }

    /// The envelope, owned.
    pub fn into_event(self) -> Event {
        self.event
    }

    /// The decrypted event, as JSON text.
    pub fn json(&self) -> &str {
        &self.json
    }

    /// The event as the typed payload `T` (`push::TmpAuthCodeEvent`, `push::SuiteTicketEvent`,
    /// `push::CheckUrlEvent`, ...) when it is of `T`'s event type; `None` when it is another.
    pub fn payload<T: Push>(&self) -> Result<Option<T>, CallbackError> {
        if !T::ROUTE.takes_event(self.event_type()) {
            return Ok(None);
        }
        self.event.data_as().map(Some).map_err(payload_error)
    }

    /// The encrypted `success` this event is answered with.
    pub fn reply(&self) -> &EncryptedReply {
        &self.reply
    }

    /// The answer: 200, `application/json`, the encrypted `success`. Answer every verified
    /// event with it (`check_url` included) once it is handled; answer an error status instead
    /// and DingTalk delivers the event again later.
    pub fn answer(&self) -> Response<Bytes> {
        // Four string fields: serialising them cannot fail.
        let body = serde_json::to_vec(&self.reply).unwrap_or_default();
        json_response(StatusCode::OK, body)
    }
}

/// Checks robot messages DingTalk posts to an app's message URL: the `timestamp` and `sign`
/// headers (see [`RobotSignVerifier`]; the sign does not cover the body), the method and the
/// body's size, then reads the body.
///
/// The verified body is the same JSON that Stream mode delivers for robot messages, read into
/// the same [`RobotMessage`]. Answer with [`RobotReceiver::answer`] (200, empty body); reply
/// through the message's `sessionWebhook`.
#[derive(Debug)]
pub struct RobotReceiver {
    verifier: RobotSignVerifier,
    max_body: usize,
}

impl RobotReceiver {
    /// A receiver checking signs with `verifier`.
    pub fn new(verifier: RobotSignVerifier) -> Self {
        RobotReceiver {
            verifier,
            max_body: DEFAULT_MAX_BODY,
        }
    }

    /// Refuses bodies larger than `bytes` ([`DEFAULT_MAX_BODY`] otherwise).
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// The largest body accepted, in bytes.
    pub fn max_body_bytes(&self) -> usize {
        self.max_body
    }

    /// Verifies one robot callback from its method, headers and body, and reads the message.
    pub fn receive(
        &self,
        method: &Method,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<RobotMessage, CallbackError> {
        check_request(method, body, self.max_body)?;
        let timestamp = header(headers, "timestamp")?;
        let sign = header(headers, "sign")?;
        self.verifier.verify(timestamp, sign)?;
        serde_json::from_slice(body).map_err(|e| CallbackError::json("robot message", &e))
    }

    /// [`receive`](Self::receive) from a whole request.
    pub fn receive_request<B: AsRef<[u8]>>(
        &self,
        request: &Request<B>,
    ) -> Result<RobotMessage, CallbackError> {
        self.receive(request.method(), request.headers(), request.body().as_ref())
    }

    /// The answer to a verified robot callback: 200 with an empty body.
    pub fn answer() -> Response<Bytes> {
        let mut response = Response::new(Bytes::new());
        *response.status_mut() = StatusCode::OK;
        response
    }
}

impl CallbackError {
    /// The answer to a refused callback: [`status`](Self::status), and `{"error": <text>}`.
    pub fn answer(&self) -> Response<Bytes> {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::BAD_REQUEST);
        let body = serde_json::to_vec(&serde_json::json!({ "error": self.to_string() }))
            .unwrap_or_default();
        json_response(status, body)
    }
}

/// A payload that could not be read is a refused callback, named as the JSON errors are.
fn payload_error(error: PayloadError) -> CallbackError {
    match error {
        PayloadError::Json { what, source } => CallbackError::json(what, &source),
        PayloadError::NoEventType { .. } => CallbackError::Missing { name: "EventType" },
        other => CallbackError::Json {
            what: "event",
            cause: other.to_string(),
        },
    }
}

fn check_request(method: &Method, body: &[u8], max_body: usize) -> Result<(), CallbackError> {
    if body.len() > max_body {
        return Err(CallbackError::BodyTooLarge { limit: max_body });
    }
    if method != Method::POST {
        return Err(CallbackError::Method {
            method: method.as_str().chars().take(16).collect(),
        });
    }
    Ok(())
}

fn header<'a>(headers: &'a HeaderMap, name: &'static str) -> Result<&'a str, CallbackError> {
    headers
        .get(name)
        .ok_or(CallbackError::Missing { name })?
        .to_str()
        .map_err(|_| CallbackError::Malformed {
            name,
            reason: "not visible ASCII",
        })
}

fn json_response(status: StatusCode, body: Vec<u8>) -> Response<Bytes> {
    let mut response = Response::new(Bytes::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWNER: &str = "ding6ccabc44d2c8d38b";

    fn crypto() -> EventCrypto {
        EventCrypto::new(
            "mryue",
            "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7",
            OWNER,
        )
        .unwrap()
    }

    #[test]
    fn a_whole_request_opens_as_its_parts_do() {
        let sealed = crypto()
            .seal(r#"{"EventType":"check_url"}"#, "1", "n")
            .unwrap();
        let uri = format!("/cb?signature={}&timeStamp=1&nonce=n", sealed.msg_signature);
        let body = format!(r#"{{"encrypt":"{}"}}"#, sealed.encrypt);
        let request = Request::post(uri).body(body.into_bytes()).unwrap();
        let receiver = EventReceiver::new(crypto());
        let event = receiver.receive_request(&request).unwrap();
        assert_eq!(event.event_type(), "check_url");
        let answer = event.answer();
        assert_eq!(answer.status(), StatusCode::OK);
        assert_eq!(answer.headers()[CONTENT_TYPE], "application/json");
        let reply: serde_json::Value = serde_json::from_slice(answer.body()).unwrap();
        assert_eq!(reply["encrypt"], event.reply().encrypt.as_str());

        let too_small = EventReceiver::new(crypto()).max_body(8);
        let error = too_small.receive_request(&request).unwrap_err();
        assert!(matches!(error, CallbackError::BodyTooLarge { limit: 8 }));
        assert_eq!(error.answer().status(), StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[test]
    fn a_whole_robot_request_is_verified_by_its_headers() {
        let verifier = RobotSignVerifier::new("s");
        let now = crate::base::sign::now_millis().to_string();
        let request = Request::post("/robot")
            .header("timestamp", &now)
            .header("sign", verifier.sign(&now))
            .body(br#"{"msgtype":"text","text":{"content":"hi"}}"#.to_vec())
            .unwrap();
        let message = RobotReceiver::new(verifier)
            .receive_request(&request)
            .unwrap();
        assert_eq!(message.text.and_then(|t| t.content).as_deref(), Some("hi"));
        let refused = RobotReceiver::new(RobotSignVerifier::new("other"))
            .receive_request(&request)
            .unwrap_err();
        assert!(matches!(refused, CallbackError::RobotSign));
        assert_eq!(RobotReceiver::answer().status(), StatusCode::OK);
    }
}
