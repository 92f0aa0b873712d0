//! Nothing but the replay test (`tests/replay.rs`); see the README there.
