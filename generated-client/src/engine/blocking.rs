//! Synchronous calls (`blocking` feature). A client's blocking calls run on a current-thread
//! runtime of its own, driven by a thread of its own; the calling thread only waits for the
//! result. No runtime is entered on the caller's thread, so a blocking call works on any
//! thread, `tokio::task::spawn_blocking` included, and never panics.
//!
//! The blocking runtime has connections of its own. A connection is driven by the runtime that
//! opened it: one opened by the application's current-thread runtime and reused by a blocking
//! call made on that runtime's thread would wait for a runtime the waiting itself stops. So
//! async and blocking calls never share a connection; they share everything else (settings,
//! token providers and their caches).

use std::future::Future;
use std::sync::Arc;

use crate::base::error::BuildError;
use crate::base::transport::Transport;
use crate::engine::config::Config;

#[derive(Debug)]
pub(crate) struct BlockingRuntime {
    handle: tokio::runtime::Handle,
    /// The connections of blocking calls, driven by this runtime only.
    transport: Arc<Transport>,
    /// Dropped with the client: the runtime's thread then ends, and the runtime with it.
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl BlockingRuntime {
    pub(crate) fn start(config: &Config) -> Result<Self, BuildError> {
        let transport = Arc::new(Transport::new(&config.network())?);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| BuildError::new(format!("the blocking runtime cannot start: {e}")))?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new()
            .name("dingtalk-blocking".to_owned())
            .spawn(move || {
                runtime.block_on(async {
                    let _ = stopped.await;
                });
            })
            .map_err(|e| BuildError::new(format!("the blocking runtime cannot start: {e}")))?;
        Ok(BlockingRuntime {
            handle,
            transport,
            _stop: stop,
        })
    }

    /// The connections blocking calls go over.
    pub(crate) fn transport(&self) -> &Arc<Transport> {
        &self.transport
    }

    /// Runs `future` on the runtime's thread and waits for its output.
    pub(crate) fn run<F>(&self, future: F) -> Result<F::Output, BuildError>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        let (done, output) = std::sync::mpsc::sync_channel(1);
        self.handle.spawn(async move {
            let _ = done.send(future.await);
        });
        output
            .recv()
            .map_err(|_| BuildError::new("the blocking runtime stopped before the call ended"))
    }
}
