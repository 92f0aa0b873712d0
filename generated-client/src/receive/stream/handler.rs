//! What users write: async handlers per kind of push, and the routing of a frame to one of
//! them. A handler's outcome (a value, an error, `LATER`) becomes the frame's ACK here; a
//! panic is caught where the handler runs (`connection.rs`).

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::apis::push::Event;
use crate::base::push::{Push, PushRoute};
use crate::engine::client::Client;
use crate::receive::stream::frame::{AckReply, Frame, FrameKind, Headers};

/// What a handler's error is: anything that converts into a boxed error, so `?` works on most
/// errors. It is logged and answered with `500` (and `LATER` for events): DingTalk delivers the
/// push again later.
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;

/// The topic of robot messages.
pub const ROBOT_MESSAGE_TOPIC: &str = "/v1.0/im/bot/messages/get";
/// The topic of robot messages in delegated ("hosting") conversations.
pub const ROBOT_DELEGATE_TOPIC: &str = "/v1.0/im/bot/messages/delegate";
/// The topic of interactive-card actions.
pub const CARD_CALLBACK_TOPIC: &str = "/v1.0/card/instances/callback";
/// The topic of Graph API (AI assistant skill, "AI plugin") calls.
pub const GRAPH_TOPIC: &str = "/v1.0/graph/api/invoke";

/// How an event handler answers: handled, or deliver it again later.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum EventStatus {
    /// Handled (`SUCCESS`).
    #[default]
    Success,
    /// Not handled now: DingTalk delivers it again later (`LATER`).
    Later,
}

impl From<()> for EventStatus {
    fn from((): ()) -> Self {
        EventStatus::Success
    }
}

/// What every handler gets besides the payload: the API client (to reply, or to call any
/// operation) and the frame's headers.
#[derive(Clone, Debug)]
pub struct Context {
    client: Client,
    headers: Arc<Headers>,
}

impl Context {
    pub(crate) fn new(client: Client, headers: Arc<Headers>) -> Self {
        Context { client, headers }
    }
    /// The API client the stream client was built with (tokens from the same app).
    pub fn client(&self) -> &Client {
        &self.client
    }
    /// The pushed frame's headers, every one kept.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }
    /// The frame's `messageId`.
    pub fn message_id(&self) -> &str {
        self.headers.message_id()
    }
}

/// A push as it came, for handlers that take any topic: its headers and its `data` (JSON).
#[derive(Clone, Debug)]
pub struct RawPush {
    /// The frame's headers.
    pub headers: Headers,
    /// The frame's `data`, decoded.
    pub data: Value,
}

type Boxed<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Why a handler produced no reply.
pub(crate) enum Failure {
    /// The push's data does not fit the handler's type: a bad request, not a handler error.
    Data(HandlerError),
    Handler(HandlerError),
}

type EventFn =
    Arc<dyn Fn(Context, &Headers, Value) -> Boxed<Result<EventStatus, Failure>> + Send + Sync>;
type CallbackFn = Arc<dyn Fn(Context, Value) -> Boxed<Result<Value, Failure>> + Send + Sync>;

/// The handlers of a stream client, by kind and topic.
#[derive(Clone, Default)]
pub(crate) struct Handlers {
    all_events: Option<EventFn>,
    events: BTreeMap<String, EventFn>,
    callbacks: BTreeMap<String, CallbackFn>,
}

impl Handlers {
    /// Events of every type (those without a handler of their own), or of one `eventType`.
    pub(crate) fn add_event<T, S, F, Fut>(&mut self, event_type: Option<String>, handler: F)
    where
        T: FromEvent,
        S: Into<EventStatus>,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<S, HandlerError>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let run: EventFn = Arc::new(move |context, headers, data| {
            let event = match T::from_event(headers, data) {
                Ok(event) => event,
                Err(e) => return Box::pin(std::future::ready(Err(Failure::Data(e)))),
            };
            let future = handler(context, event);
            Box::pin(async move { future.await.map(Into::into).map_err(Failure::Handler) })
        });
        match event_type {
            Some(t) => {
                self.events.insert(t, run);
            }
            None => self.all_events = Some(run),
        }
    }

    /// Callbacks of `topic`, their data read as `T`, the handler's value answered as
    /// `{"response": value}`.
    pub(crate) fn add_callback<T, R, F, Fut>(&mut self, topic: String, handler: F)
    where
        T: DeserializeOwned + Send + 'static,
        R: Serialize + 'static,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<R, HandlerError>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let run: CallbackFn = Arc::new(move |context, data| {
            let payload = match T::deserialize(data) {
                Ok(payload) => payload,
                Err(e) => return Box::pin(std::future::ready(Err(Failure::Data(Box::new(e))))),
            };
            let future = handler(context, payload);
            Box::pin(async move {
                let reply = future.await.map_err(Failure::Handler)?;
                serde_json::to_value(reply).map_err(|e| Failure::Handler(Box::new(e)))
            })
        });
        self.callbacks.insert(topic, run);
    }

    /// A handler of a payload type of the spec's `pushes` ([`Push`]), routed by its
    /// [`PushRoute`]: a callback topic, an event type, or every event.
    pub(crate) fn add_push<P, F, Fut>(&mut self, handler: F)
    where
        P: Push,
        F: Fn(Context, P) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<P::Reply, HandlerError>> + Send + 'static,
    {
        match P::ROUTE {
            PushRoute::Callback(topic) => self.add_callback(topic.to_owned(), handler),
            PushRoute::Event(event_type) => {
                self.add_event(
                    Some(event_type.to_owned()),
                    move |context, FromData(payload): FromData<P>| {
                        let future = handler(context, payload);
                        async move { future.await.map(|_| EventStatus::Success) }
                    },
                );
            }
            PushRoute::AllEvents => {
                self.add_event(
                    None,
                    move |context, FromEnvelope(payload): FromEnvelope<P>| {
                        let future = handler(context, payload);
                        async move { future.await.map(|_| EventStatus::Success) }
                    },
                );
            }
        }
    }

    /// The subscriptions the open request names: `EVENT *` when any event handler is there,
    /// and each callback topic.
    pub(crate) fn subscriptions(&self) -> Vec<(&'static str, String)> {
        let mut subscriptions = Vec::new();
        if self.all_events.is_some() || !self.events.is_empty() {
            subscriptions.push(("EVENT", "*".to_owned()));
        }
        for topic in self.callbacks.keys() {
            subscriptions.push(("CALLBACK", topic.clone()));
        }
        subscriptions
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.subscriptions().is_empty()
    }

    /// Runs the handler of a data frame (event, callback, or a type this client does not
    /// know) and turns its outcome into the frame's ACK.
    pub(crate) fn dispatch(&self, client: &Client, frame: Frame) -> Boxed<AckReply> {
        let Frame {
            kind,
            headers,
            data,
        } = frame;
        let headers = Arc::new(headers);
        let context = Context::new(client.clone(), headers.clone());
        match &kind {
            FrameKind::Event => {
                let handler = headers
                    .event_type()
                    .and_then(|t| self.events.get(t))
                    .or(self.all_events.as_ref());
                let Some(handler) = handler else {
                    return unhandled(kind, &headers);
                };
                let future = handler(context, &headers, data);
                Box::pin(async move {
                    match future.await {
                        Ok(EventStatus::Success) => AckReply::event(200, true, ""),
                        Ok(EventStatus::Later) => AckReply::event(200, false, "later"),
                        Err(failure) => failed(&kind, &headers, failure),
                    }
                })
            }
            FrameKind::Callback => {
                let Some(handler) = self.callbacks.get(headers.topic()) else {
                    return unhandled(kind, &headers);
                };
                let future = handler(context, data);
                Box::pin(async move {
                    match future.await {
                        Ok(response) => AckReply::callback(&response),
                        Err(failure) => failed(&kind, &headers, failure),
                    }
                })
            }
            _ => unhandled(kind, &headers),
        }
    }
}

/// No handler for this push: `404`, which DingTalk reads as a topic not served here.
fn unhandled(kind: FrameKind, headers: &Headers) -> Boxed<AckReply> {
    tracing::warn!(
        kind = ?kind,
        topic = headers.topic(),
        event_type = headers.event_type(),
        "no handler for this push"
    );
    Box::pin(std::future::ready(AckReply::failed(
        &kind,
        404,
        "no handler",
        "no handler",
    )))
}

fn failed(kind: &FrameKind, headers: &Headers, failure: Failure) -> AckReply {
    match failure {
        Failure::Data(e) => {
            tracing::warn!(topic = headers.topic(), error = %e, "push data does not fit its handler's type");
            AckReply::failed(kind, 400, "bad request", "data does not fit")
        }
        Failure::Handler(e) => {
            tracing::warn!(topic = headers.topic(), error = %e, "handler failed");
            AckReply::failed(kind, 500, "internal error", "handler failed")
        }
    }
}

/// The payload type of an event handler, built from an EVENT frame's headers and data.
pub trait FromEvent: Sized + Send + 'static {
    /// Builds the payload; an error is answered as a bad request.
    fn from_event(headers: &Headers, data: Value) -> Result<Self, HandlerError>;
}

impl FromEvent for RawPush {
    fn from_event(headers: &Headers, data: Value) -> Result<Self, HandlerError> {
        Ok(RawPush {
            headers: headers.clone(),
            data,
        })
    }
}

/// The envelope, as [`Event::from_stream`] builds it: the `event*` headers and the data
/// (decoded once, with the frame).
impl FromEvent for Event {
    fn from_event(headers: &Headers, data: Value) -> Result<Self, HandlerError> {
        Ok(Event::from_stream_data(headers.as_map(), Some(data))?)
    }
}

/// An event's data read as `P`.
struct FromData<P>(P);

impl<P: Push> FromEvent for FromData<P> {
    fn from_event(_: &Headers, data: Value) -> Result<Self, HandlerError> {
        Ok(FromData(P::deserialize(data)?))
    }
}

/// An event's envelope read as `P` (the payload of every event: [`Event`]).
struct FromEnvelope<P>(P);

impl<P: Push> FromEvent for FromEnvelope<P> {
    fn from_event(headers: &Headers, data: Value) -> Result<Self, HandlerError> {
        let event = Event::from_event(headers, data)?;
        let envelope = serde_json::to_value(event)?;
        Ok(FromEnvelope(P::deserialize(envelope)?))
    }
}
