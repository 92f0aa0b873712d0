//! The `stream_bot` example as a process of its own against the fake Stream gateway: it echoes
//! text messages once per message through the `sessionWebhook`, prints one JSON line per event,
//! comes back after a dropped connection, and on SIGTERM closes the websocket and exits 0.

#[path = "../examples/stream_bot.rs"]
#[allow(dead_code)] // `main` is the example's; the child test calls `run`
mod example;

use std::io::Read;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use generated_client::test_util::{FakeStreamGateway, PushFrame};
use serde_json::{Value, json};

/// Set in the child process, which runs the example instead of the test.
const CHILD: &str = "STREAM_BOT_EXAMPLE_CHILD";

#[test]
#[ignore = "the example itself, run as a child process by the test below"]
fn stream_bot_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let code = runtime.block_on(example::run());
    std::process::exit(if code == ExitCode::SUCCESS { 0 } else { 1 });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_echoes_prints_events_reconnects_and_exits_0_on_sigterm() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let (id, secret) = gateway.credentials();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "stream_bot_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env("DINGTALK_CLIENT_ID", id)
        .env("DINGTALK_CLIENT_SECRET", secret)
        .env("DINGTALK_BASE_URL", gateway.base_url())
        .env("DINGTALK_STREAM_KEEPALIVE_SECS", "30")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let outcome = async {
        gateway.wait_for_connections(1).await?;
        // A text message, its repeat (same messageId) and the same message again (same msgId).
        let message = json!({
            "msgId": "msg-1", "msgtype": "text", "text": {"content": "  hello  "},
            "sessionWebhook": gateway.session_webhook(),
        });
        let first = gateway
            .push(PushFrame::robot_message(message.clone()))
            .await?;
        gateway.wait_for_ack(&first).await?;
        gateway
            .push(PushFrame::robot_message(message.clone()).message_id(&first))
            .await?;
        let again = gateway.push(PushFrame::robot_message(message)).await?;
        gateway.wait_for_ack(&again).await?;
        gateway.push(PushFrame::robot_text("second")).await?;
        let sent = gateway.wait_for_webhook_messages(2).await?;

        let event = gateway
            .push(PushFrame::event("user_add_org", json!({"userId": ["u1"]})))
            .await?;
        gateway.wait_for_ack(&event).await?;
        // A lost connection is replaced, and events keep coming.
        gateway.drop_connection(0);
        gateway.wait_for_connection(1).await?;
        let later = gateway
            .push(PushFrame::event("bpms_task_change", json!({})))
            .await?;
        let ack = gateway.wait_for_ack(&later).await?;
        Ok::<_, Box<dyn std::error::Error>>((sent, event, later, ack))
    }
    .await;

    // SIGTERM, then the exit within 5 s.
    let killed = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let stopped_at = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if stopped_at.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let (sent, event, later, ack) = outcome.unwrap_or_else(|e| panic!("{e}\nstderr:\n{stderr}"));
    assert!(killed.unwrap().success());
    let status = status.unwrap_or_else(|| panic!("no exit within 5 s after SIGTERM\n{stderr}"));
    assert_eq!(status.code(), Some(0), "stderr:\n{stderr}");

    assert_eq!(
        sent,
        [
            json!({"msgtype": "text", "text": {"content": "echo: hello"}}),
            json!({"msgtype": "text", "text": {"content": "echo: second"}}),
        ]
    );
    assert_eq!(ack.code, 200);
    assert_eq!(ack.connection, 1);
    // The test harness's own words share the child's stdout (`test stream_bot_child ... `
    // stands before the first line).
    let lines: Vec<Value> = stdout
        .lines()
        .filter_map(|l| l.find('{').map(|at| &l[at..]))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            json!({"event_type": "user_add_org", "event_id": format!("event-{event}")}),
            json!({"event_type": "bpms_task_change", "event_id": format!("event-{later}")}),
        ]
    );
    // Closed with a close frame; the secret in no URL and no output.
    assert!(gateway.wait_for_closed(1).await.unwrap().closed_by_client);
    assert!(gateway.open_requests().iter().all(|r| r.query.is_empty()));
    assert!(!stdout.contains(secret) && !stderr.contains(secret));
    assert!(!stderr.contains("fake-ticket"), "the ticket is not logged");
    assert!(gateway.webhook_messages().len() == 2, "once per msgId");
}
