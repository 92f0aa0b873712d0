//! Stream mode against the fake gateway of `test-util` on 127.0.0.1: the open request, the
//! frames and their ACKs, handlers, repeats, back-pressure, and the connection kept alive
//! through `disconnect`, drops, dead peers and failing open requests (tokio's paused clock
//! where time matters).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use generated_client::push::{
    CardCallback, CardCallbackReply, CardParams, Event, GraphRequest, GraphResponse,
    GraphStatusLine, RobotMessage, SuiteTicketEvent,
};
use generated_client::stream::{
    CARD_CALLBACK_TOPIC, Context, EventStatus, GRAPH_TOPIC, HandlerError, ROBOT_MESSAGE_TOPIC,
    RawPush, StreamClient, StreamHandle,
};
use generated_client::test_util::{FakeStreamGateway, PushFrame};
use serde_json::{Value, json};
use tokio::sync::Semaphore;

fn stream_client(gateway: &FakeStreamGateway) -> StreamClient {
    let (id, secret) = gateway.credentials();
    StreamClient::new(gateway.client().unwrap(), id, secret)
}

/// A robot handler that counts the messages it handled.
fn counting_robot(client: StreamClient, count: Arc<AtomicUsize>) -> StreamClient {
    client.on_robot_message(move |_: Context, _: RobotMessage| {
        let count = count.clone();
        async move {
            count.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
    })
}

async fn started(client: StreamClient, gateway: &FakeStreamGateway) -> StreamHandle {
    let handle = client.start().unwrap();
    gateway.wait_for_connections(1).await.unwrap();
    handle
}

#[tokio::test]
async fn the_open_request_sends_credentials_in_the_body_and_subscribes_to_every_topic() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = stream_client(&gateway)
        .on_events(|_: Context, _: RawPush| async { Ok(()) })
        .on_callback(CARD_CALLBACK_TOPIC, |_: Context, _: Value| async { Ok(()) });
    let client = counting_robot(client, Arc::default());
    let handle = started(client, &gateway).await;

    let open = &gateway.open_requests()[0];
    assert_eq!(open.method, "POST");
    assert_eq!(open.path, "/v1.0/gateway/connections/open");
    assert!(open.query.is_empty(), "nothing in the URL");
    assert_eq!(open.header("accept"), Some("application/json"));
    assert_eq!(
        open.header("x-acs-dingtalk-access-token"),
        None,
        "the operation is anonymous"
    );
    let body: Value = serde_json::from_slice(&open.body).unwrap();
    assert_eq!(
        body,
        json!({
            "clientId": "fake-client-id",
            "clientSecret": "fake-client-secret",
            "subscriptions": [
                {"topic": "*", "type": "EVENT"},
                {"topic": "/v1.0/card/instances/callback", "type": "CALLBACK"},
                {"topic": "/v1.0/im/bot/messages/get", "type": "CALLBACK"},
            ],
        })
    );
    // The websocket went to the endpoint with the ticket, and nothing else.
    let connection = &gateway.connections()[0];
    assert!(
        connection
            .target
            .starts_with("/connect?ticket=fake-ticket-")
    );
    assert!(!connection.target.contains("secret"));
    assert_eq!(gateway.refused_tickets(), 0);
    handle.shutdown().await;
}

#[tokio::test]
async fn pings_are_answered_by_echoing_their_opaque() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let handle = started(
        counting_robot(stream_client(&gateway), Arc::default()),
        &gateway,
    )
    .await;
    let id = gateway.push(PushFrame::ping("opaque-1")).await.unwrap();
    let ack = gateway.wait_for_ack(&id).await.unwrap();
    assert_eq!(ack.code, 200);
    assert_eq!(ack.data, json!({"opaque": "opaque-1"}));
    assert_eq!(ack.raw["headers"]["contentType"], "application/json");
    assert_eq!(
        ack.raw["data"], r#"{"opaque":"opaque-1"}"#,
        "data travels as a string"
    );
    handle.shutdown().await;
}

#[tokio::test]
async fn events_are_answered_success_or_later_and_routed_by_event_type() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = stream_client(&gateway)
        .on_event_type("user_add_org", |_: Context, event: Event| async move {
            // The envelope from the frame's headers (times are strings on the wire) and data.
            assert_eq!(event.event_type.as_deref(), Some("user_add_org"));
            assert_eq!(event.event_corp_id.as_deref(), Some("corp-fake"));
            assert!(
                event
                    .event_born_time
                    .as_deref()
                    .is_some_and(|t| t.parse::<u64>().is_ok())
            );
            assert_eq!(event.data, Some(json!({"userId": ["u1"]})));
            assert_eq!(event.other["eventNovel"], "kept");
            Ok(EventStatus::Success)
        })
        .on(|_: Context, ticket: SuiteTicketEvent| async move {
            assert_eq!(ticket.suite_key.as_deref(), Some("suite-1"));
            Ok(())
        })
        .on_events(|_: Context, event: RawPush| async move {
            match event.headers.event_type() {
                Some("later_please") => Ok(EventStatus::Later),
                _ => Err(HandlerError::from("cannot handle it")),
            }
        });
    let handle = started(client, &gateway).await;

    let routed = gateway
        .push(
            PushFrame::event("user_add_org", json!({"userId": ["u1"]}))
                .header("eventNovel", "kept"),
        )
        .await
        .unwrap();
    let typed = gateway
        .push(PushFrame::event(
            "suite_ticket",
            json!({"SuiteKey": "suite-1", "suiteTicket": "t"}),
        ))
        .await
        .unwrap();
    let later = gateway
        .push(PushFrame::event("later_please", json!({})))
        .await
        .unwrap();
    let failing = gateway
        .push(PushFrame::event("other", json!({})))
        .await
        .unwrap();

    for id in [&routed, &typed] {
        let ack = gateway.wait_for_ack(id).await.unwrap();
        assert_eq!((ack.code, &ack.data["status"]), (200, &json!("SUCCESS")));
    }
    let ack = gateway.wait_for_ack(&later).await.unwrap();
    assert_eq!((ack.code, &ack.data["status"]), (200, &json!("LATER")));
    let ack = gateway.wait_for_ack(&failing).await.unwrap();
    assert_eq!((ack.code, &ack.data["status"]), (500, &json!("LATER")));
    handle.shutdown().await;
}

#[tokio::test]
async fn card_and_graph_callbacks_are_answered_with_their_typed_replies() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = stream_client(&gateway)
        .on_card_callback(|_: Context, action: CardCallback| async move {
            let track = action.out_track_id.unwrap_or_default();
            Ok(CardCallbackReply::new()
                .card_data(CardParams::new().card_param_map([("track".to_owned(), track)])))
        })
        .on_graph(|_: Context, request: GraphRequest| async move {
            let uri = request.request_line.and_then(|l| l.uri).unwrap_or_default();
            Ok(GraphResponse::new()
                .status_line(GraphStatusLine::new().code(200).reason_phrase("OK"))
                .body(format!("called {uri}")))
        });
    let handle = started(client, &gateway).await;
    let card = gateway
        .push(PushFrame::callback(
            CARD_CALLBACK_TOPIC,
            json!({"outTrackId": "card-1", "userId": "u"}),
        ))
        .await
        .unwrap();
    let ack = gateway.wait_for_ack(&card).await.unwrap();
    assert_eq!(ack.code, 200);
    assert_eq!(
        ack.data,
        json!({"response": {"cardData": {"cardParamMap": {"track": "card-1"}}}})
    );
    let graph = gateway
        .push(PushFrame::callback(
            GRAPH_TOPIC,
            json!({"requestLine": {"method": "POST", "uri": "/skill"}, "body": "{}"}),
        ))
        .await
        .unwrap();
    let ack = gateway.wait_for_ack(&graph).await.unwrap();
    assert_eq!(
        ack.data,
        json!({"response": {"statusLine": {"code": 200, "reasonPhrase": "OK"}, "body": "called /skill"}})
    );
    handle.shutdown().await;
}

#[tokio::test]
async fn a_callback_handler_value_is_the_response_and_a_wrong_shape_is_a_bad_request() {
    #[derive(serde::Deserialize)]
    struct CardAction {
        #[serde(rename = "outTrackId")]
        out_track_id: String,
    }
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = stream_client(&gateway).on_callback(
        CARD_CALLBACK_TOPIC,
        |_: Context, action: CardAction| async move {
            Ok(json!({"cardData": {"cardParamMap": {"track": action.out_track_id}}}))
        },
    );
    let handle = started(client, &gateway).await;

    let id = gateway
        .push(PushFrame::callback(
            CARD_CALLBACK_TOPIC,
            json!({"outTrackId": "card-1", "novel": 1}),
        ))
        .await
        .unwrap();
    let ack = gateway.wait_for_ack(&id).await.unwrap();
    assert_eq!(ack.code, 200);
    assert_eq!(
        ack.data,
        json!({"response": {"cardData": {"cardParamMap": {"track": "card-1"}}}})
    );
    let id = gateway
        .push(PushFrame::callback(
            CARD_CALLBACK_TOPIC,
            json!({"outTrackId": 5}),
        ))
        .await
        .unwrap();
    assert_eq!(gateway.wait_for_ack(&id).await.unwrap().code, 400);
    handle.shutdown().await;
}

#[tokio::test]
async fn a_handler_panic_is_answered_500_and_the_connection_carries_on() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client =
        stream_client(&gateway).on_robot_message(|_: Context, message: RobotMessage| async move {
            match message.text.and_then(|t| t.content).as_deref() {
                Some("panic") => panic!("handler bug"),
                Some("panic later") => {
                    // Not ready when first polled: it panics in its own task.
                    tokio::task::yield_now().await;
                    panic!("handler bug after a wait");
                }
                _ => Ok(()),
            }
        });
    let handle = started(client, &gateway).await;
    for text in ["panic", "panic later"] {
        let id = gateway.push(PushFrame::robot_text(text)).await.unwrap();
        let ack = gateway.wait_for_ack(&id).await.unwrap();
        assert_eq!(ack.code, 500, "{text}");
        assert_eq!(ack.data, json!({"response": null}));
    }
    let id = gateway.push(PushFrame::robot_text("fine")).await.unwrap();
    assert_eq!(gateway.wait_for_ack(&id).await.unwrap().code, 200);
    assert_eq!(gateway.connections().len(), 1, "the same connection");
    handle.shutdown().await;
}

#[tokio::test]
async fn unknown_topics_get_404_malformed_frames_are_skipped_and_oversized_ones_replace_the_connection()
 {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let client = counting_robot(stream_client(&gateway), count.clone()).max_frame_bytes(4096);
    let handle = started(client, &gateway).await;

    gateway.push_text(0, "not json at all");
    gateway.push_text(0, r#"{"type":"CALLBACK","headers":{"topic":"x"}}"#);
    gateway.push_text(
        0,
        r#"{"type":"CALLBACK","headers":{"messageId":"bad-data","topic":"/v1.0/im/bot/messages/get"},"data":"{oops"}"#,
    );
    assert_eq!(gateway.wait_for_ack("bad-data").await.unwrap().code, 400);
    let unknown = gateway
        .push(PushFrame::callback("/v1.0/some/new/topic", json!({})))
        .await
        .unwrap();
    assert_eq!(gateway.wait_for_ack(&unknown).await.unwrap().code, 404);
    let novel = gateway
        .push(PushFrame::callback("/v1.0/some/new/topic", json!({})).header("novel", "kept"))
        .await
        .unwrap();
    assert_eq!(gateway.wait_for_ack(&novel).await.unwrap().code, 404);
    assert_eq!(
        gateway.acks().len(),
        3,
        "the frames without a messageId got no ACK"
    );

    // A frame over the bound ends the connection; a new one is opened and serves.
    let big = "x".repeat(8192);
    gateway.push(PushFrame::robot_text(&big)).await.unwrap();
    gateway.wait_for_closed(0).await.unwrap();
    gateway.wait_for_connection(1).await.unwrap();
    let id = gateway.push(PushFrame::robot_text("after")).await.unwrap();
    assert_eq!(gateway.wait_for_ack(&id).await.unwrap().connection, 1);
    assert_eq!(count.load(Ordering::SeqCst), 1);
    handle.shutdown().await;
}

#[tokio::test]
async fn the_same_push_delivered_twice_is_handled_once() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let handle = started(
        counting_robot(stream_client(&gateway), count.clone()),
        &gateway,
    )
    .await;

    let first = gateway.push(PushFrame::robot_text("hi")).await.unwrap();
    let ack = gateway.wait_for_ack(&first).await.unwrap();
    // The same messageId again.
    let again = gateway
        .push(PushFrame::robot_text("hi").message_id(&first))
        .await
        .unwrap();
    assert_eq!(again, first);
    let acks = gateway.wait_for_acks(2).await.unwrap();
    assert_eq!(acks[1].data, ack.data);
    assert_eq!(acks[1].code, 200);
    // The same robot message (msgId) under a new messageId.
    let message = json!({"msgId": "msg-same", "msgtype": "text", "text": {"content": "x"}});
    let a = gateway
        .push(PushFrame::robot_message(message.clone()))
        .await
        .unwrap();
    gateway.wait_for_ack(&a).await.unwrap();
    let b = gateway
        .push(PushFrame::robot_message(message))
        .await
        .unwrap();
    assert_ne!(a, b);
    assert_eq!(gateway.wait_for_ack(&b).await.unwrap().code, 200);
    assert_eq!(
        count.load(Ordering::SeqCst),
        2,
        "two messages, four deliveries"
    );
    handle.shutdown().await;
}

#[tokio::test]
async fn an_event_answered_later_is_handled_again_when_redelivered() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let client = stream_client(&gateway).on_events(move |_: Context, _: Event| {
        let n = seen.fetch_add(1, Ordering::SeqCst);
        async move {
            Ok(if n == 0 {
                EventStatus::Later
            } else {
                EventStatus::Success
            })
        }
    });
    let handle = started(client, &gateway).await;
    let id = gateway
        .push(PushFrame::event("e", json!({})))
        .await
        .unwrap();
    gateway.wait_for_ack(&id).await.unwrap();
    gateway
        .push(PushFrame::event("e", json!({})).message_id(&id))
        .await
        .unwrap();
    let acks = gateway.wait_for_acks(2).await.unwrap();
    assert_eq!(acks[0].data["status"], "LATER");
    assert_eq!(acks[1].data["status"], "SUCCESS");
    assert_eq!(count.load(Ordering::SeqCst), 2);
    handle.shutdown().await;
}

#[tokio::test]
async fn disconnect_opens_the_replacement_before_the_old_connection_drains_and_closes() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let release = Arc::new(Semaphore::new(0));
    let gate = release.clone();
    let client = stream_client(&gateway).on_callback(
        ROBOT_MESSAGE_TOPIC,
        move |_: Context, message: Value| {
            let gate = gate.clone();
            async move {
                if message["text"]["content"] == "slow" {
                    let _ = gate.acquire().await?;
                }
                Ok(())
            }
        },
    );
    let handle = started(client, &gateway).await;
    let slow = gateway.push(PushFrame::robot_text("slow")).await.unwrap();
    let bye = gateway.push_to(0, PushFrame::disconnect()).unwrap();
    assert_eq!(gateway.wait_for_ack(&bye).await.unwrap().connection, 0);

    // The replacement opens while the old connection is still open with work in flight.
    gateway.wait_for_connections(1).await.unwrap();
    let connections = gateway.connections();
    assert_eq!(connections.len(), 2);
    assert!(connections[0].open && connections[0].draining);
    assert!(connections[1].open);
    let fresh = gateway.push(PushFrame::robot_text("fresh")).await.unwrap();
    assert_eq!(gateway.wait_for_ack(&fresh).await.unwrap().connection, 1);

    // The old one ACKs its last push on itself, then closes with a close frame.
    release.add_permits(1);
    assert_eq!(gateway.wait_for_ack(&slow).await.unwrap().connection, 0);
    let old = gateway.wait_for_closed(0).await.unwrap();
    assert!(old.closed_by_client);
    assert_eq!(
        gateway.open_requests().len(),
        2,
        "one open request per connection"
    );
    assert!(gateway.connections()[1].open);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn a_dropped_connection_or_failing_gateway_is_retried_with_capped_exponential_backoff() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = counting_robot(stream_client(&gateway), Arc::default())
        .backoff(Duration::from_secs(1), Duration::from_secs(4))
        .keepalive(None);
    let handle = started(client, &gateway).await;
    // A connection that received a frame was healthy: the wait starts over at the shortest.
    let id = gateway.push(PushFrame::ping("p")).await.unwrap();
    gateway.wait_for_ack(&id).await.unwrap();
    gateway.fail_next_opens(5);
    gateway.drop_connection(0);
    gateway.wait_for_opens(7).await.unwrap();
    gateway.wait_for_connection(1).await.unwrap();

    let times = gateway.open_times();
    let gaps: Vec<Duration> = times.windows(2).map(|w| w[1] - w[0]).collect();
    // Open 1 came after the drop, at least the shortest wait; each failure after it doubles
    // the wait's floor (its lower half): 0.5, 1, 2, then capped at 4 s, so 2, 2, 2. Only floors
    // are asserted: the paused clock jumps to the client's own time-outs while sockets work,
    // which lengthens gaps (the exact series and the cap: `backoff.rs`'s unit tests).
    let floors = [500, 1000, 2000, 2000, 2000, 2000];
    for (gap, floor) in gaps.iter().zip(floors) {
        assert!(
            gap.as_millis() >= floor,
            "gap {gap:?} under {floor} ms: {gaps:?}"
        );
    }
    assert_eq!(gateway.connections().len(), 2);
    // Failing opens never used a ticket twice.
    assert_eq!(gateway.refused_tickets(), 0);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn an_idle_connection_is_pinged_and_a_silent_one_is_replaced() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = counting_robot(stream_client(&gateway), Arc::default())
        .keepalive(Some(Duration::from_secs(20)))
        .pong_timeout(Duration::from_secs(5));
    let handle = started(client, &gateway).await;
    let start = tokio::time::Instant::now();

    // Alive: pinged when idle, answered, kept.
    tokio::time::sleep(Duration::from_secs(45)).await;
    let connection = &gateway.connections()[0];
    assert!(connection.open);
    assert!(connection.pings >= 2, "{connection:?}");

    assert_eq!(gateway.connections().len(), 1);

    // A peer that stops answering, pongs included, is taken for dead (at least one idle time
    // and the pong time after its last word) and replaced, well within the fake's wait.
    gateway.freeze(0);
    assert!(gateway.wait_for_connection(1).await.unwrap().open);
    assert!(start.elapsed() >= Duration::from_secs(40 + 20 + 5));
    assert_eq!(gateway.connections().len(), 2);
    handle.shutdown().await;
}

#[tokio::test]
async fn several_connections_serve_one_app() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let client = counting_robot(stream_client(&gateway), count.clone()).connections(3);
    let handle = client.start().unwrap();
    gateway.wait_for_connections(3).await.unwrap();
    for connection in 0..3 {
        let id = gateway
            .push_to(connection, PushFrame::robot_text("hi"))
            .unwrap();
        assert_eq!(
            gateway.wait_for_ack(&id).await.unwrap().connection,
            connection
        );
    }
    assert_eq!(count.load(Ordering::SeqCst), 3);
    assert_eq!(gateway.open_requests().len(), 3);
    handle.shutdown().await;
}

#[tokio::test(start_paused = true)]
async fn a_full_handler_queue_stops_reading_until_a_handler_ends() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let release = Arc::new(Semaphore::new(0));
    let gate = release.clone();
    let client = stream_client(&gateway)
        .max_in_flight(1)
        .keepalive(None)
        .on_callback(ROBOT_MESSAGE_TOPIC, move |_: Context, _: Value| {
            let gate = gate.clone();
            async move {
                gate.acquire().await?.forget();
                Ok(())
            }
        });
    let handle = started(client, &gateway).await;
    let first = gateway.push(PushFrame::robot_text("1")).await.unwrap();
    let second = gateway.push(PushFrame::robot_text("2")).await.unwrap();
    let ping = gateway.push(PushFrame::ping("behind")).await.unwrap();
    // The second waits for the only permit, and nothing after it is read: not even the ping.
    assert!(gateway.wait_for_ack(&ping).await.is_err());
    assert!(gateway.acks().is_empty());

    release.add_permits(1);
    let acks = gateway.wait_for_acks(2).await.unwrap();
    assert_eq!(acks[0].message_id, first);
    assert_eq!(acks[1].message_id, ping);
    release.add_permits(1);
    assert_eq!(gateway.wait_for_ack(&second).await.unwrap().code, 200);
    handle.shutdown().await;
}

#[tokio::test]
async fn shutdown_lets_handlers_finish_then_closes_with_a_close_frame() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let release = Arc::new(Semaphore::new(0));
    let started_count = Arc::new(Semaphore::new(0));
    let (gate, started_signal) = (release.clone(), started_count.clone());
    let client =
        stream_client(&gateway).on_callback(ROBOT_MESSAGE_TOPIC, move |_: Context, _: Value| {
            let (gate, started_signal) = (gate.clone(), started_signal.clone());
            async move {
                started_signal.add_permits(1);
                let _ = gate.acquire().await?;
                Ok(())
            }
        });
    let handle = started(client, &gateway).await;
    let id = gateway.push(PushFrame::robot_text("work")).await.unwrap();
    let _ = started_count.acquire().await.unwrap();
    let stopping = tokio::spawn(handle.shutdown());
    release.add_permits(1);
    stopping.await.unwrap();
    assert_eq!(gateway.wait_for_ack(&id).await.unwrap().code, 200);
    let closed = gateway.wait_for_closed(0).await.unwrap();
    assert!(closed.closed_by_client);
    assert_eq!(
        gateway.open_requests().len(),
        1,
        "no reconnection after shutdown"
    );
}

#[tokio::test(start_paused = true)]
async fn shutdown_stops_a_handler_that_outlives_the_timeout_and_leaves_its_push_unacked() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let started_signal = Arc::new(Semaphore::new(0));
    let signal = started_signal.clone();
    let client = stream_client(&gateway)
        .shutdown_timeout(Duration::from_secs(2))
        .on_robot_message(move |_: Context, _: RobotMessage| {
            let signal = signal.clone();
            async move {
                signal.add_permits(1);
                std::future::pending::<()>().await;
                Ok(())
            }
        });
    let handle = started(client, &gateway).await;
    let id = gateway
        .push(PushFrame::robot_text("forever"))
        .await
        .unwrap();
    let _ = started_signal.acquire().await.unwrap();
    let stopping = tokio::time::Instant::now();
    handle.shutdown().await;
    assert!(
        stopping.elapsed() >= Duration::from_secs(2),
        "the handler had its time"
    );
    let closed = gateway.wait_for_closed(0).await.unwrap();
    assert!(closed.closed_by_client);
    assert!(gateway.acks().iter().all(|a| a.message_id != id));
}

#[tokio::test]
async fn handlers_reply_through_the_session_webhook_with_the_api_client() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let client = stream_client(&gateway).on_robot_message(
        |context: Context, message: RobotMessage| async move {
            let content = message.text_content().unwrap_or_default();
            message
                .reply_text(context.client(), format!("echo: {content}"))
                .await?;
            Ok(())
        },
    );
    let handle = started(client, &gateway).await;
    let id = gateway.push(PushFrame::robot_text("hello")).await.unwrap();
    assert_eq!(gateway.wait_for_ack(&id).await.unwrap().code, 200);
    let sent = gateway.wait_for_webhook_messages(1).await.unwrap();
    assert_eq!(
        sent[0],
        json!({"msgtype": "text", "text": {"content": "echo: hello"}})
    );
    handle.shutdown().await;
}

#[tokio::test]
async fn the_fake_gateway_can_count_acks_without_keeping_them() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let handle = started(
        counting_robot(stream_client(&gateway), Arc::default()),
        &gateway,
    )
    .await;
    gateway.count_acks_only();
    for n in 0..50 {
        gateway.push(PushFrame::ping(&n.to_string())).await.unwrap();
    }
    gateway.wait_for_ack_count(50).await.unwrap();
    assert_eq!(gateway.ack_count(), 50);
    assert!(gateway.acks().is_empty());
    handle.shutdown().await;
}

#[tokio::test]
async fn a_robot_message_read_as_any_type_is_handled_once_by_its_msg_id_even_while_running() {
    let gateway = FakeStreamGateway::start().await.unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let release = Arc::new(tokio::sync::Notify::new());
    let (counted, released) = (count.clone(), release.clone());
    let client =
        stream_client(&gateway).on_callback(ROBOT_MESSAGE_TOPIC, move |_: Context, _: Value| {
            let (count, release) = (counted.clone(), released.clone());
            async move {
                count.fetch_add(1, Ordering::SeqCst);
                release.notified().await;
                Ok(json!({"seen": true}))
            }
        });
    let handle = started(client, &gateway).await;
    let message = json!({"msgId": "msg-slow", "msgtype": "text", "text": {"content": "x"}});
    let first = gateway
        .push(PushFrame::robot_message(message.clone()))
        .await
        .unwrap();
    // Delivered again under a new messageId while the first is running: not handled again.
    let second = gateway
        .push(PushFrame::robot_message(message.clone()))
        .await
        .unwrap();
    let ack = gateway.wait_for_ack(&second).await.unwrap();
    assert_eq!(ack.data, json!({"response": null}));
    release.notify_one();
    let ack = gateway.wait_for_ack(&first).await.unwrap();
    assert_eq!(ack.data, json!({"response": {"seen": true}}));
    // Once handled, a repeat is answered as the first was.
    let third = gateway
        .push(PushFrame::robot_message(message))
        .await
        .unwrap();
    let ack = gateway.wait_for_ack(&third).await.unwrap();
    assert_eq!(ack.data, json!({"response": {"seen": true}}));
    assert_eq!(count.load(Ordering::SeqCst), 1);
    handle.shutdown().await;
}
