//! Synchronous calls (`blocking` feature): the async machinery on a private current-thread
//! runtime with connections of its own, so blocking and async calls never share a connection
//! that only one runtime drives.

use crate::client::{Client, Pool};
use crate::error::BuildError;

#[derive(Debug)]
pub(crate) struct Blocking {
    runtime: tokio::runtime::Runtime,
    pub(crate) pool: Pool,
}

thread_local! {
    /// Set while this thread runs a blocking call: every call made inside it (a token fetch
    /// included) then uses the blocking runtime's connections.
    static ACTIVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl Blocking {
    pub(crate) fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        struct Reset;
        impl Drop for Reset {
            fn drop(&mut self) {
                ACTIVE.with(|active| active.set(false));
            }
        }
        ACTIVE.with(|active| active.set(true));
        let _reset = Reset;
        self.runtime.block_on(future)
    }
}

/// The blocking connections, when the current thread is inside a blocking call of `client`.
pub(crate) fn active_pool(client: &Client) -> Option<&Pool> {
    if !ACTIVE.with(|active| active.get()) {
        return None;
    }
    client.inner.blocking.get()?.as_ref().ok().map(|b| &b.pool)
}

/// The client's blocking runtime, made on first use.
pub(crate) fn get(client: &Client) -> Result<&Blocking, BuildError> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(BuildError::new(
            "send_blocking was called inside an async runtime; `.await` the call instead",
        ));
    }
    let config = &client.inner.config;
    client
        .inner
        .blocking
        .get_or_init(|| {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("the blocking runtime cannot start: {e}"))?;
            let pool = Pool::new(config.connect_timeout, config.read_timeout)
                .map_err(|e| e.to_string())?;
            Ok(Blocking { runtime, pool })
        })
        .as_ref()
        .map_err(|e| BuildError::new(e.clone()))
}
