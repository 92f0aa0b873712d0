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

impl Blocking {
    pub(crate) fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }
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
