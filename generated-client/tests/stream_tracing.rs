//! Stream mode's tracing: a span per connection and per frame, and never the client secret or
//! the one-use ticket, whatever the level. One test in its own binary: it installs the
//! process's subscriber.

use std::io::Write;
use std::sync::{Arc, Mutex};

use generated_client::push::RobotMessage;
use generated_client::stream::{Context, StreamClient};
use generated_client::test_util::{FakeStreamGateway, PushFrame};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn connections_and_frames_have_spans_and_no_secret_or_ticket_is_logged() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::NEW)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let gateway = FakeStreamGateway::start().await.unwrap();
    let (id, secret) = gateway.credentials();
    let client = StreamClient::new(gateway.client().unwrap(), id, secret)
        .on_robot_message(|_: Context, _: RobotMessage| async { Ok(()) });
    assert!(!format!("{client:?}").contains(secret));
    let handle = client.start().unwrap();
    let message_id = gateway.push(PushFrame::robot_text("hi")).await.unwrap();
    gateway.wait_for_ack(&message_id).await.unwrap();
    gateway.drop_connection(0);
    gateway.wait_for_connection(1).await.unwrap();
    handle.shutdown().await;

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("dingtalk.stream.connection"), "{log}");
    assert!(log.contains("dingtalk.stream.frame"), "{log}");
    assert!(
        log.contains(&format!("message_id=\"{message_id}\""))
            || log.contains(&format!("message_id={message_id}")),
        "{log}"
    );
    assert!(log.contains("connection lost"), "{log}");
    assert!(!log.contains(secret), "the secret was logged:\n{log}");
    assert!(!log.contains("fake-ticket"), "a ticket was logged:\n{log}");
}
