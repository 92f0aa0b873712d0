//! How long to wait before opening a connection again: exponential, with jitter, capped, and
//! back to the start after a connection that worked.

use std::time::Duration;

/// Delays of `base · 2^n`, capped at `max`, each drawn from its upper half at random so that
/// many clients cut off together do not come back together.
#[derive(Clone, Debug)]
pub(crate) struct Backoff {
    base: Duration,
    max: Duration,
    failures: u32,
    random: Jitter,
}

impl Backoff {
    pub(crate) fn new(base: Duration, max: Duration) -> Self {
        Backoff {
            base,
            max: max.max(base),
            failures: 0,
            random: Jitter::seeded(),
        }
    }

    /// The next delay; each call without a [`reset`](Backoff::reset) doubles it, up to `max`.
    pub(crate) fn next_delay(&mut self) -> Duration {
        let full = self
            .base
            .saturating_mul(1u32 << self.failures.min(20))
            .min(self.max);
        self.failures = self.failures.saturating_add(1);
        let half = full / 2;
        half + half.mul_f64(self.random.next_unit())
    }

    /// After a connection that worked: the next delay is the shortest again.
    pub(crate) fn reset(&mut self) {
        self.failures = 0;
    }
}

/// A small xorshift generator, seeded from the process's hash keys: jitter needs spread, not
/// unpredictability.
#[derive(Clone, Debug)]
struct Jitter(u64);

impl Jitter {
    fn seeded() -> Self {
        use std::hash::{BuildHasher, RandomState};
        Jitter(RandomState::new().hash_one(0u8) | 1)
    }
    /// A number in [0, 1).
    fn next_unit(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap_within_their_upper_half_and_reset() {
        let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
        let mut previous_full = Duration::ZERO;
        for n in 0..12 {
            let full = Duration::from_secs(1 << n.min(6)).min(Duration::from_secs(60));
            let delay = backoff.next_delay();
            assert!(
                delay >= full / 2 && delay <= full,
                "{n}: {delay:?} of {full:?}"
            );
            assert!(full >= previous_full);
            previous_full = full;
        }
        backoff.reset();
        assert!(backoff.next_delay() <= Duration::from_secs(1));
    }

    #[test]
    fn jitter_spreads_delays() {
        let mut backoff = Backoff::new(Duration::from_secs(8), Duration::from_secs(8));
        let delays: std::collections::BTreeSet<Duration> =
            (0..20).map(|_| backoff.next_delay()).collect();
        assert!(delays.len() > 10);
    }
}
