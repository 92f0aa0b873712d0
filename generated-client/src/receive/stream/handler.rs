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
use crate::receive::stream::frame::{self, AckReply, Data, Frame, FrameKind, Headers};

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

/// A data frame made ready to handle: its payload read, what names the push across deliveries
/// (a robot message's `msgId`), and the handler's run, which calls the handler when first
/// polled (so a push found to be a repeat by that id is dropped without running it).
pub(crate) struct Prepared {
    /// Its key in the memory of recent pushes ([`id_key`]).
    pub(crate) id: Option<Arc<str>>,
    pub(crate) run: Boxed<AckReply>,
}

impl Prepared {
    fn answered(reply: AckReply) -> Self {
        Prepared {
            id: None,
            run: Box::pin(std::future::ready(reply)),
        }
    }
}

// Both take the frame's data, which each handler reads into its own type.
type EventFn = Arc<dyn Fn(Context, &Headers, &Data) -> Prepared + Send + Sync>;
type CallbackFn = Arc<dyn Fn(Context, &Data) -> Prepared + Send + Sync>;

/// What names a push of type `T` across deliveries (as its [`id_key`]), from the payload read
/// or its data.
type IdOf<T> = fn(&T, &Data) -> Option<Arc<str>>;

/// The key in the memory of recent pushes of what a push names itself (a robot message's
/// `msgId`): `id:` and the id, apart from `messageId`s. Put together on the stack, so that
/// the key is one allocation.
pub(crate) fn id_key(id: &str) -> Arc<str> {
    const PREFIX: &[u8] = b"id:";
    let mut key = [0; 96];
    if let Some(room) = key.get_mut(..PREFIX.len() + id.len()) {
        let (prefix, rest) = room.split_at_mut(PREFIX.len());
        prefix.copy_from_slice(PREFIX);
        rest.copy_from_slice(id.as_bytes());
        if let Ok(key) = std::str::from_utf8(room) {
            return Arc::from(key);
        }
    }
    Arc::from(["id:", id].concat())
}

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
            let event = match T::from_frame(headers, data) {
                Ok(event) => event,
                Err(e) => return Prepared::answered(bad_data(&FrameKind::Event, headers, &*e)),
            };
            let id = event.id().as_deref().map(id_key);
            let handler = handler.clone();
            Prepared {
                id,
                run: Box::pin(async move {
                    let headers = context.headers.clone();
                    match handler(context, event).await.map(Into::into) {
                        Ok(EventStatus::Success) => AckReply::event(200, true, ""),
                        Ok(EventStatus::Later) => AckReply::event(200, false, "later"),
                        Err(e) => handler_failed(&FrameKind::Event, &headers, &*e),
                    }
                }),
            }
        });
        match event_type {
            Some(t) => {
                self.events.insert(t, run);
            }
            None => self.all_events = Some(run),
        }
    }

    /// Callbacks of `topic`, their data read as `T`, the handler's value answered as
    /// `{"response": value}`. A robot message read as any type is still known by its `msgId`.
    pub(crate) fn add_callback<T, R, F, Fut>(&mut self, topic: String, handler: F)
    where
        T: DeserializeOwned + Send + 'static,
        R: Serialize + 'static,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<R, HandlerError>> + Send + 'static,
    {
        let id: IdOf<T> = if topic == ROBOT_MESSAGE_TOPIC || topic == ROBOT_DELEGATE_TOPIC {
            |_, data| frame::msg_id(data).as_deref().map(id_key)
        } else {
            |_, _| None
        };
        self.add_callback_with_id(topic, handler, id);
    }

    fn add_callback_with_id<T, R, F, Fut>(&mut self, topic: String, handler: F, id: IdOf<T>)
    where
        T: DeserializeOwned + Send + 'static,
        R: Serialize + 'static,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<R, HandlerError>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let run: CallbackFn = Arc::new(move |context, data| {
            let payload = match data.read::<T>() {
                Ok(payload) => payload,
                Err(e) => {
                    return Prepared::answered(bad_data(
                        &FrameKind::Callback,
                        &context.headers,
                        &e,
                    ));
                }
            };
            let id = id(&payload, data);
            let handler = handler.clone();
            Prepared {
                id,
                run: Box::pin(async move {
                    let headers = context.headers.clone();
                    let failed = |e: &dyn std::fmt::Display| {
                        handler_failed(&FrameKind::Callback, &headers, e)
                    };
                    match handler(context, payload).await {
                        Ok(reply) => AckReply::callback(&reply).unwrap_or_else(|e| failed(&e)),
                        Err(e) => failed(&*e),
                    }
                }),
            }
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
            PushRoute::Callback(topic) => {
                self.add_callback_with_id(topic.to_owned(), handler, |payload: &P, _| {
                    payload.id().map(id_key)
                });
            }
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

    /// Reads a data frame (event, callback, or a type this client does not know) for its
    /// handler; the run turns the handler's outcome into the frame's ACK.
    pub(crate) fn dispatch(&self, client: &Client, frame: Frame) -> Prepared {
        let Frame {
            kind,
            headers,
            data,
        } = frame;
        let headers = Arc::new(headers);
        let handler = match &kind {
            FrameKind::Event => headers
                .event_type()
                .and_then(|t| self.events.get(t))
                .or(self.all_events.as_ref())
                .map(|handler| {
                    handler(
                        Context::new(client.clone(), headers.clone()),
                        &headers,
                        &data,
                    )
                }),
            FrameKind::Callback => self
                .callbacks
                .get(headers.topic())
                .map(|handler| handler(Context::new(client.clone(), headers.clone()), &data)),
            _ => None,
        };
        handler.unwrap_or_else(|| Prepared::answered(unhandled(kind, &headers)))
    }
}

/// No handler for this push: `404`, which DingTalk reads as a topic not served here.
fn unhandled(kind: FrameKind, headers: &Headers) -> AckReply {
    tracing::warn!(
        kind = ?kind,
        topic = headers.topic(),
        event_type = headers.event_type(),
        "no handler for this push"
    );
    AckReply::failed(&kind, 404, "no handler", "no handler")
}

/// The push's data does not fit the handler's type: a bad request, not a handler error.
fn bad_data(kind: &FrameKind, headers: &Headers, e: &dyn std::fmt::Display) -> AckReply {
    tracing::warn!(topic = headers.topic(), error = %e, "push data does not fit its handler's type");
    AckReply::failed(kind, 400, "bad request", "data does not fit")
}

/// The handler returned an error (or a reply that could not be written).
fn handler_failed(kind: &FrameKind, headers: &Headers, e: &dyn std::fmt::Display) -> AckReply {
    tracing::warn!(topic = headers.topic(), error = %e, "handler failed");
    AckReply::failed(kind, 500, "internal error", "handler failed")
}

/// The payload type of an event handler, built from an EVENT frame's headers and data.
pub trait FromEvent: Sized + Send + 'static {
    /// Builds the payload from the frame's headers and its data, the JSON text the frame's
    /// `data` string holds (`null` when it has none); an error is answered as a bad request.
    fn from_event(headers: &Headers, data: &str) -> Result<Self, HandlerError>;

    /// What names the event across deliveries besides the frame's `messageId`, when the
    /// payload says ([`Push::id`]); such an event is handled once.
    fn id(&self) -> Option<String> {
        None
    }

    /// [`from_event`](FromEvent::from_event) from the data as it came: this crate's own
    /// payloads read it where it lies, without its text unescaped first.
    #[doc(hidden)]
    fn from_frame(headers: &Headers, data: &Data) -> Result<Self, HandlerError> {
        Self::from_event(headers, &data.text())
    }
}

impl FromEvent for RawPush {
    fn from_event(headers: &Headers, data: &str) -> Result<Self, HandlerError> {
        Ok(RawPush {
            headers: headers.clone(),
            data: serde_json::from_str(data)?,
        })
    }

    fn from_frame(headers: &Headers, data: &Data) -> Result<Self, HandlerError> {
        Ok(RawPush {
            headers: headers.clone(),
            data: data.read()?,
        })
    }
}

/// The envelope, as [`Event::from_stream`] builds it: the `event*` headers and the data.
impl FromEvent for Event {
    fn from_event(headers: &Headers, data: &str) -> Result<Self, HandlerError> {
        Ok(Event::from_stream(headers, data)?)
    }

    fn from_frame(headers: &Headers, data: &Data) -> Result<Self, HandlerError> {
        let mut event = Event::from_stream_headers(headers)?;
        // `null` when the frame has none, as `from_event` is given.
        event.data = Some(data.read().map_err(Event::bad_stream_data)?);
        Ok(event)
    }
}

/// An event's data read as `P`.
struct FromData<P>(P);

impl<P: Push> FromEvent for FromData<P> {
    fn from_event(_: &Headers, data: &str) -> Result<Self, HandlerError> {
        Ok(FromData(serde_json::from_str(data)?))
    }

    fn id(&self) -> Option<String> {
        self.0.id().map(str::to_owned)
    }

    fn from_frame(_: &Headers, data: &Data) -> Result<Self, HandlerError> {
        Ok(FromData(data.read()?))
    }
}

/// An event's envelope read as `P` (the payload of every event: [`Event`]).
struct FromEnvelope<P>(P);

impl<P: Push> FromEnvelope<P> {
    fn of(event: Event) -> Result<Self, HandlerError> {
        Ok(FromEnvelope(P::deserialize(serde_json::to_value(event)?)?))
    }
}

impl<P: Push> FromEvent for FromEnvelope<P> {
    fn from_event(headers: &Headers, data: &str) -> Result<Self, HandlerError> {
        Self::of(Event::from_event(headers, data)?)
    }

    fn from_frame(headers: &Headers, data: &Data) -> Result<Self, HandlerError> {
        Self::of(Event::from_frame(headers, data)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_keys_are_the_id_after_a_prefix_whatever_its_length() {
        for id in [
            "",
            "msgBench00000042",
            "é你好",
            &"x".repeat(93),
            &"y".repeat(94),
            &"z".repeat(500),
        ] {
            assert_eq!(&*id_key(id), format!("id:{id}"));
        }
    }
}
