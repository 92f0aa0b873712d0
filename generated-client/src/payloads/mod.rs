//! Layer 13: what the generated `push` module's payloads are for, written by hand: the body of
//! a robot message by its type, its sender and conversation; a card callback's action; an event
//! built alike from a Stream frame and from an HTTP callback.

// 13
pub(crate) mod card_callback;
pub(crate) mod event;
pub(crate) mod robot_message;
