//! [`Persist`]: where a token provider writes a value that must outlive the process each time
//! it changes (a user's rotated refresh token, a pushed suite ticket), so that the application
//! can start again from it after a restart.

use std::fmt;
use std::sync::{Arc, Mutex};

/// Keeps a value that must outlive the process: called with the new value each time it
/// changes, before anything uses it. A closure `Fn(&str)` is one.
///
/// A user's refresh token is good once: when [`UserTokens`](crate::UserTokens) trades it, the
/// old one is dead and only the new one starts the next session. Saving it here (to a
/// database, a file) and starting with
/// [`UserTokens::from_refresh_token`](crate::UserTokens::from_refresh_token) after a restart
/// keeps the user signed in. Saving must not fail silently for the application: report or
/// retry inside `save`; the provider goes on with the new value either way.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use generated_client::UserTokens;
///
/// let stored = Arc::new(Mutex::new(None::<String>));
/// let store = stored.clone();
/// let tokens = UserTokens::from_refresh_token("<client id>", "<client secret>", "<stored token>")
///     .persist_refresh_token(move |token: &str| *store.lock().unwrap() = Some(token.to_owned()));
/// # drop(tokens);
/// ```
pub trait Persist: Send + Sync + 'static {
    /// Keeps `value`, the new one.
    fn save(&self, value: &str);
}

impl<F: Fn(&str) + Send + Sync + 'static> Persist for F {
    fn save(&self, value: &str) {
        self(value)
    }
}

/// A provider's slot for a [`Persist`], settable after the provider was shared (clones see it).
#[derive(Clone, Default)]
pub(crate) struct PersistSlot(Arc<Mutex<Option<Arc<dyn Persist>>>>);

impl PersistSlot {
    pub(crate) fn set(&self, store: impl Persist) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(store));
    }

    /// Hands `value` to the store, if there is one. The store is called without the slot's
    /// lock held, so it may take its time or touch the provider.
    pub(crate) fn save(&self, value: &str) {
        let store = self.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(store) = store {
            store.save(value);
        }
    }
}

impl fmt::Debug for PersistSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = self.0.lock().unwrap_or_else(|e| e.into_inner()).is_some();
        f.write_str(if set {
            "Persist(<set>)"
        } else {
            "Persist(None)"
        })
    }
}
