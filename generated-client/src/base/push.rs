//! [`Push`]: what every payload DingTalk pushes (a Stream callback, an event) says about itself,
//! so that a receiver routes by type (`on::<RobotMessage>(..)`) and answers with the right
//! reply. Generated modules implement it from their spec's `pushes`.

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where a pushed payload arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PushRoute {
    /// A callback on this Stream topic (`/v1.0/im/bot/messages/get`), answered with the
    /// payload's [`Push::Reply`] inside `{"response": ...}`.
    Callback(&'static str),
    /// An event of this `eventType` (`user_add_org`); the payload is the event's data.
    Event(&'static str),
    /// Every event: the payload is the envelope (its type, id, corp, time and data).
    AllEvents,
}

impl PushRoute {
    /// The Stream topic of a callback.
    pub fn topic(self) -> Option<&'static str> {
        match self {
            PushRoute::Callback(topic) => Some(topic),
            _ => None,
        }
    }

    /// The `eventType` of an event of one type.
    pub fn event_type(self) -> Option<&'static str> {
        match self {
            PushRoute::Event(event_type) => Some(event_type),
            _ => None,
        }
    }

    /// Whether this route takes an event of `event_type` (its own type, or every event).
    pub fn takes_event(self, event_type: &str) -> bool {
        match self {
            PushRoute::Event(own) => own == event_type,
            PushRoute::AllEvents => true,
            PushRoute::Callback(_) => false,
        }
    }
}

/// A payload DingTalk pushes to the application, read from JSON and written back (tests and
/// fakes send them). Unknown members and enum values are kept, so a payload read and written
/// again loses nothing.
pub trait Push:
    Serialize + DeserializeOwned + Clone + Debug + PartialEq + Send + Sync + 'static
{
    /// Where the payload arrives.
    const ROUTE: PushRoute;
    /// What a callback answers (`()` for `{"response": null}`, and for events, which are
    /// acknowledged rather than answered).
    type Reply: Serialize + DeserializeOwned + Debug + Send + Sync + 'static;

    /// What names this push across deliveries, when its payload says (a robot message's
    /// `msgId`): DingTalk may deliver a push again under a new `messageId`, and a receiver
    /// handles it once.
    fn id(&self) -> Option<&str> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::PushRoute;

    #[test]
    fn routes_say_their_topic_event_type_and_which_events_they_take() {
        let callback = PushRoute::Callback("/v1.0/card/instances/callback");
        assert_eq!(callback.topic(), Some("/v1.0/card/instances/callback"));
        assert_eq!(callback.event_type(), None);
        assert!(!callback.takes_event("user_add_org"));
        let event = PushRoute::Event("user_add_org");
        assert_eq!(event.event_type(), Some("user_add_org"));
        assert!(event.takes_event("user_add_org"));
        assert!(!event.takes_event("user_leave_org"));
        assert!(PushRoute::AllEvents.takes_event("anything"));
        assert_eq!(PushRoute::AllEvents.topic(), None);
    }
}
