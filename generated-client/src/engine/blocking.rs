//! Synchronous calls (`blocking` feature). A client's blocking calls run on a current-thread
//! runtime of its own, driven by a thread of its own; the calling thread only waits for the
//! result. No runtime is entered on the caller's thread, so a blocking call works on any
//! thread, `tokio::task::spawn_blocking` included, and never panics.

use std::future::Future;

use crate::base::error::BuildError;

#[derive(Debug)]
pub(crate) struct BlockingRuntime {
    handle: tokio::runtime::Handle,
    /// Dropped with the client: the runtime's thread then ends, and the runtime with it.
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl BlockingRuntime {
    pub(crate) fn start() -> Result<Self, BuildError> {
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
            _stop: stop,
        })
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
