//! Pushes delivered more than once (DingTalk redelivers what it thinks was not ACKed, and may
//! repeat even what was) are handled once: a bounded memory of recent message ids.

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::receive::stream::frame::AckReply;

/// What to do with a push whose ids were seen before.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Seen {
    /// Not seen: handle it.
    New,
    /// Being handled now.
    InFlight,
    /// Handled: answer as the first delivery was answered.
    Done(AckReply),
}

#[derive(Debug)]
enum Entry {
    InFlight,
    Done(AckReply),
}

/// The most ids a memory is sized for when it is made (a larger bound is grown to).
const PRESIZED: usize = 16_384;

/// Recent ids (a push's `messageId`, and a robot message's `msgId`), at most `capacity` of
/// them and none older than `max_age`.
#[derive(Debug)]
pub(crate) struct Dedupe {
    entries: HashMap<Arc<str>, (Entry, Instant), BuildHasherDefault<IdHasher>>,
    order: VecDeque<(Arc<str>, Instant)>,
    capacity: usize,
    max_age: Duration,
}

impl Dedupe {
    pub(crate) fn new(capacity: usize, max_age: Duration) -> Self {
        // Sized for its bound (up to a point) at once, which a client that runs for a while
        // reaches anyway: not grown and rehashed step by step while the first pushes arrive.
        // Pages of it not yet used are not yet resident.
        let room = capacity.clamp(1, PRESIZED);
        Dedupe {
            entries: HashMap::with_capacity_and_hasher(room, Default::default()),
            order: VecDeque::with_capacity(room),
            capacity: capacity.max(1),
            max_age,
        }
    }

    /// Looks the push up by all its ids; a new one is marked in flight under each.
    pub(crate) fn begin(&mut self, keys: &[Arc<str>]) -> Seen {
        let now = Instant::now();
        self.expire(now);
        for key in keys {
            match self.entries.get(&**key) {
                Some((Entry::InFlight, _)) => return Seen::InFlight,
                Some((Entry::Done(reply), _)) => return Seen::Done(reply.clone()),
                None => {}
            }
        }
        for key in keys {
            self.entries.insert(key.clone(), (Entry::InFlight, now));
            self.order.push_back((key.clone(), now));
        }
        // `order` also keeps ids forgotten since; it is bounded too.
        while self.entries.len() > self.capacity || self.order.len() > 2 * self.capacity {
            let Some((oldest, at)) = self.order.pop_front() else {
                break;
            };
            self.remove_if_at(&oldest, at);
        }
        Seen::New
    }

    /// The push was handled: a repeat gets this answer. A push that was not handled is
    /// forgotten, so that its redelivery is handled again.
    pub(crate) fn finish(&mut self, keys: &[Arc<str>], reply: &AckReply) {
        for key in keys {
            if reply.handled {
                if let Some((entry, _)) = self.entries.get_mut(&**key) {
                    *entry = Entry::Done(reply.clone());
                }
            } else {
                self.entries.remove(&**key);
            }
        }
    }

    fn expire(&mut self, now: Instant) {
        while let Some((key, at)) = self.order.front() {
            if now.saturating_duration_since(*at) < self.max_age {
                break;
            }
            let (key, at) = (key.clone(), *at);
            self.order.pop_front();
            self.remove_if_at(&key, at);
        }
    }

    /// Removes `key` if it is still the entry recorded at `at` (a key forgotten and seen again
    /// has a newer record in `order`).
    fn remove_if_at(&mut self, key: &str, at: Instant) {
        if self.entries.get(key).is_some_and(|(_, since)| *since == at) {
            self.entries.remove(key);
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }
}

/// The memory's hasher: a multiply and rotate per eight bytes. The ids are short and come
/// from the gateway, over the connection the client opened with its credentials: nobody else
/// chooses them, so SipHash's defence against chosen colliding keys buys nothing here, and it
/// was a fifth of the memory's cost per frame. (The map is bounded in size either way.)
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let mut word = [0; 8];
        word[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(word) ^ (rest.len() as u64) << 59);
    }
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
    fn finish(&self) -> u64 {
        // The table takes its bucket from the low bits: bring the well-mixed high ones down.
        self.0.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(ids: &[&str]) -> Vec<Arc<str>> {
        ids.iter().map(|s| Arc::from(*s)).collect()
    }

    #[tokio::test(start_paused = true)]
    async fn a_repeat_is_in_flight_then_answered_as_the_first_and_a_failure_is_forgotten() {
        let mut seen = Dedupe::new(100, Duration::from_secs(600));
        assert_eq!(seen.begin(&keys(&["m1", "msg:a"])), Seen::New);
        // The same robot message under a new messageId is still the same message.
        assert_eq!(seen.begin(&keys(&["m2", "msg:a"])), Seen::InFlight);
        let ok = AckReply::ok("{}");
        seen.finish(&keys(&["m1", "msg:a"]), &ok);
        assert_eq!(seen.begin(&keys(&["m1"])), Seen::Done(ok));

        assert_eq!(seen.begin(&keys(&["m3"])), Seen::New);
        let failed = AckReply::failed(
            &crate::receive::stream::frame::FrameKind::Event,
            500,
            "internal error",
            "x",
        );
        seen.finish(&keys(&["m3"]), &failed);
        assert_eq!(seen.begin(&keys(&["m3"])), Seen::New);
    }

    #[test]
    fn ids_that_differ_a_little_hash_apart() {
        use std::hash::BuildHasher;
        let hash = |id: &str| BuildHasherDefault::<IdHasher>::default().hash_one(id);
        let ids: Vec<String> = (0..10_000).map(|i| format!("bench_{i:08}")).collect();
        let mut buckets = std::collections::HashSet::new();
        for id in &ids {
            // The bucket of a table of 4,096: spread, not piled up.
            buckets.insert(hash(id) & 4095);
        }
        assert!(buckets.len() > 3_500, "{}", buckets.len());
        assert_ne!(hash("a"), hash("a\0"));
        assert_ne!(hash(""), hash("\0"));
    }

    #[tokio::test(start_paused = true)]
    async fn the_memory_is_bounded_by_count_and_by_age() {
        let mut seen = Dedupe::new(3, Duration::from_secs(60));
        for id in ["a", "b", "c", "d"] {
            assert_eq!(seen.begin(&keys(&[id])), Seen::New);
        }
        assert_eq!(seen.len(), 3);
        assert_eq!(
            seen.begin(&keys(&["a"])),
            Seen::New,
            "the oldest was dropped"
        );
        tokio::time::advance(Duration::from_secs(61)).await;
        assert_eq!(seen.begin(&keys(&["d"])), Seen::New, "expired");
        assert_eq!(seen.len(), 1);
    }
}
