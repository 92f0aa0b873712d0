//! The tracing span of each call. One test in its own binary: tracing caches, per call site,
//! whether anyone listens, and a call site first reached by a parallel test while no recording
//! subscriber existed could stay silent.

mod common;

use common::{TOKEN, client, seed_request};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

mod tracing_capture {
    //! A minimal subscriber that records every span field and event field as text.
    use std::fmt::Write;
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    #[derive(Clone, Default)]
    pub struct Capture(pub Arc<Mutex<Vec<String>>>);

    struct Fields<'a>(&'a mut String);

    impl Visit for Fields<'_> {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            let _ = write!(self.0, "{}={:?} ", field.name(), value);
        }
        fn record_str(&mut self, field: &Field, value: &str) {
            let _ = write!(self.0, "{}={} ", field.name(), value);
        }
    }

    impl Subscriber for Capture {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, span: &Attributes<'_>) -> Id {
            let mut text = format!("span {} ", span.metadata().name());
            span.record(&mut Fields(&mut text));
            self.0.lock().unwrap().push(text);
            Id::from_u64(1)
        }
        fn record(&self, _: &Id, values: &Record<'_>) {
            let mut text = String::from("record ");
            values.record(&mut Fields(&mut text));
            self.0.lock().unwrap().push(text);
        }
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            let mut text = String::from("event ");
            event.record(&mut Fields(&mut text));
            self.0.lock().unwrap().push(text);
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }
}

/// Awaits `call` with a subscriber that records everything traced; returns what was recorded.
async fn traced<F: std::future::Future>(call: F) -> String {
    let capture = tracing_capture::Capture::default();
    let dispatch = tracing::Dispatch::new(capture.clone());
    let _guard = tracing::dispatcher::set_default(&dispatch);
    call.await;
    capture.0.lock().unwrap().join("\n")
}

#[tokio::test]
async fn each_call_has_a_span_with_what_happened_and_no_token() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-acs-request-id", "REQ-9")
                .set_body_raw("{}", "application/json"),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    let body = r#"{"code":"user.not.exist","message":"user not exist","requestid":"BODY-7"}"#;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(400).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let client = client(&server);

    let call = client
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request());
    let log = traced(async { call.await.unwrap() }).await;
    assert!(log.contains("span dingtalk.call operation=CreateTask method=POST path=/v1.0/teamSphere/users/{userId}/tasks"), "{log}");
    assert!(log.contains("attempt=1"), "{log}");
    assert!(log.contains("status=200"), "{log}");
    assert!(log.contains("request_id=REQ-9"), "{log}");
    assert!(!log.contains(TOKEN), "{log}");

    // An error reply: the request id comes from its body.
    let call = client.team_sphere_1_0().create_task("u", &seed_request());
    let log = traced(async { call.await.unwrap_err() }).await;
    assert!(log.contains("status=400"), "{log}");
    assert!(log.contains("request_id=BODY-7"), "{log}");
    assert!(!log.contains(TOKEN), "{log}");
}
