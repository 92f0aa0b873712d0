//! Layers 13 and 14: entry points written by hand over generated modules. `RobotWebhook` sends
//! through a robot's webhook (13); replies to a pushed robot message build on it and on the
//! `robot_1_0` and `card_1_0` operations (14).

// 13
#[cfg(all(
    feature = "push",
    any(feature = "custom_robot", feature = "robot_1_0", feature = "card_1_0")
))]
pub(crate) mod reply_error;
#[cfg(feature = "custom_robot")]
pub(crate) mod webhook;
// 14
#[cfg(all(feature = "push", feature = "card_1_0"))]
pub(crate) mod ai_card;
#[cfg(all(feature = "push", feature = "robot_1_0"))]
pub(crate) mod download;
#[cfg(all(feature = "push", feature = "custom_robot"))]
pub(crate) mod reply;
