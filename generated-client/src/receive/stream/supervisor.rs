//! One connection slot's life as a state machine: connecting, open, backing off. A slot whose
//! connection is told to `disconnect` connects again at once while the old one drains
//! (make-before-break); one whose connection is lost, or cannot be opened, waits out an
//! exponential backoff with jitter first.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tracing::Instrument;

use crate::receive::stream::backoff::Backoff;
use crate::receive::stream::connection::{self, News, Shared};
use crate::receive::stream::error::StreamError;
use crate::receive::stream::open::{AppCredentials, open};
use crate::receive::stream::socket::Socket;

/// Where a slot is.
#[derive(Debug)]
enum State {
    /// Asking the gateway for a ticket and opening the websocket.
    Connecting,
    /// Connection `id` serves pushes.
    Open { id: u64 },
    /// Waiting before connecting again.
    BackingOff(Duration),
}

/// What a slot needs to open connections.
pub(crate) struct Opener {
    pub(crate) credentials: AppCredentials,
    pub(crate) tls: Arc<rustls::ClientConfig>,
}

/// Bytes of outgoing frames gathered before a write.
const WRITE_BUFFER: usize = 128 * 1024;

/// Connection ids, unique in the process (for logs).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Keeps one connection of the slot open until shutdown.
pub(crate) async fn supervise(
    shared: Arc<Shared>,
    opener: Arc<Opener>,
    slot: usize,
    alive: mpsc::Sender<()>,
) {
    let span = tracing::info_span!("dingtalk.stream.slot", slot);
    async move {
        let settings = shared.settings.clone();
        let mut backoff = Backoff::new(settings.backoff_base, settings.backoff_max);
        let (news_tx, mut news) = mpsc::channel::<News>(16);
        let mut state = State::Connecting;
        loop {
            tracing::debug!(?state);
            state = match state {
                State::Connecting => {
                    let attempt = tokio::select! {
                        () = shared.cancel.cancelled() => break,
                        attempt = connect(&shared, &opener) => attempt,
                    };
                    match attempt {
                        Ok(socket) => {
                            let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
                            tokio::spawn(connection::run(
                                socket,
                                shared.clone(),
                                id,
                                news_tx.clone(),
                                alive.clone(),
                            ));
                            State::Open { id }
                        }
                        Err(e) => {
                            let delay = backoff.next_delay();
                            tracing::warn!(error = %e, retry_in = ?delay, "cannot connect");
                            State::BackingOff(delay)
                        }
                    }
                }
                State::Open { id } => {
                    let told = tokio::select! {
                        () = shared.cancel.cancelled() => break,
                        told = news.recv() => told,
                    };
                    match told {
                        Some(News::Draining { id: old }) if old == id => {
                            backoff.reset();
                            State::Connecting
                        }
                        Some(News::Ended { id: old, healthy }) if old == id => {
                            if healthy {
                                backoff.reset();
                            }
                            let delay = backoff.next_delay();
                            tracing::info!(retry_in = ?delay, "reconnecting");
                            State::BackingOff(delay)
                        }
                        // News of a connection this slot has already replaced.
                        Some(_) => State::Open { id },
                        None => break,
                    }
                }
                State::BackingOff(delay) => {
                    tokio::select! {
                        () = shared.cancel.cancelled() => break,
                        () = tokio::time::sleep(delay) => State::Connecting,
                    }
                }
            };
        }
        tracing::debug!("stopped");
    }
    .instrument(span)
    .await
}

/// One attempt: the open request, then the websocket to the endpoint it names.
async fn connect(shared: &Shared, opener: &Opener) -> Result<Socket, StreamError> {
    let settings = &shared.settings;
    let attempt = async {
        let subscriptions = shared.handlers.subscriptions();
        let target = open(&shared.client, &opener.credentials, &subscriptions).await?;
        tracing::debug!(host = target.host(), "opening the websocket");
        let config = WebSocketConfig::default()
            .max_message_size(Some(settings.max_frame_bytes))
            .max_frame_size(Some(settings.max_frame_bytes))
            // Above the write buffer (which it must exceed), room for a few frames.
            .max_write_buffer_size(
                WRITE_BUFFER.saturating_add(settings.max_frame_bytes.saturating_mul(4)),
            )
            .write_buffer_size(WRITE_BUFFER);
        target
            .connect(&opener.tls, config, settings.connect_timeout)
            .await
            .map_err(|e| StreamError::Connect(e.to_string()))
    };
    match tokio::time::timeout(settings.connect_timeout, attempt).await {
        Ok(result) => result,
        Err(_) => Err(StreamError::Connect(format!(
            "no connection within {:?}",
            settings.connect_timeout
        ))),
    }
}
