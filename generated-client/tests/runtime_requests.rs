//! What the runtime sends: path encoding, refused header values, per-call options, the
//! user-agent, the hook point, and that the token never shows.

mod common;

use std::sync::{Arc, Mutex};

use common::{TOKEN, client, config, header, reply_with, seed_request};
use generated_client::{Client, Error, Interceptor, RequestContext, ResponseContext};
use wiremock::{MockServer, ResponseTemplate};

async fn server() -> MockServer {
    let ok = ResponseTemplate::new(200)
        .insert_header("x-acs-request-id", "REQ-9")
        .set_body_raw("{}", "application/json");
    reply_with(ok).await
}

#[tokio::test]
async fn each_path_parameter_stays_one_segment() {
    let server = server().await;
    let client = client(&server);
    let cases = [
        ("173xxxx", "173xxxx"),
        ("a/b", "a%2Fb"),
        ("../x", "..%2Fx"),
        ("a?b#c", "a%3Fb%23c"),
        ("中文", "%E4%B8%AD%E6%96%87"),
        ("a b", "a%20b"),
        ("a%2Fb", "a%252Fb"),
    ];
    for (value, encoded) in cases {
        client
            .team_sphere_1_0()
            .create_task(value, &seed_request())
            .await
            .unwrap();
        let requests = server.received_requests().await.unwrap();
        let sent = requests.last().unwrap();
        assert_eq!(
            sent.url.path(),
            format!("/v1.0/teamSphere/users/{encoded}/tasks"),
            "{value}"
        );
        assert_eq!(sent.url.query(), None, "{value}");
    }
}

#[tokio::test]
async fn a_base_url_with_a_path_prefixes_every_operation_path() {
    let server = server().await;
    // A trailing `/` on the base URL does not double the slash.
    for base in [
        format!("{}/gateway", server.uri()),
        format!("{}/gateway/", server.uri()),
    ] {
        let client = Client::from_config(common::config_for(&base)).unwrap();
        client
            .team_sphere_1_0()
            .create_task("u1", &seed_request())
            .await
            .unwrap();
        let requests = server.received_requests().await.unwrap();
        let sent = requests.last().unwrap();
        assert_eq!(
            sent.url.path(),
            "/gateway/v1.0/teamSphere/users/u1/tasks",
            "{base}"
        );
    }
}

#[tokio::test]
async fn dot_segments_are_refused_before_sending() {
    let server = server().await;
    let client = client(&server);
    for value in [".", "..", ""] {
        let error = client
            .team_sphere_1_0()
            .create_task(value, &seed_request())
            .await
            .unwrap_err();
        assert!(matches!(error, Error::Build(_)), "{value:?}: {error:?}");
        assert!(error.to_string().contains("userId"), "{error}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_token_with_cr_or_lf_is_refused_and_not_repeated() {
    let server = server().await;
    let secret = "s3cr3t\r\nx-evil: 1";
    let client = Client::from_config(config(&server).access_token(secret)).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(
        error.to_string().contains("x-acs-dingtalk-access-token"),
        "{error}"
    );
    assert!(!error.to_string().contains("s3cr3t") && !format!("{error:?}").contains("s3cr3t"));
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_per_call_header_with_cr_or_lf_is_refused() {
    let server = server().await;
    let client = client(&server);
    for value in ["a\nb", "a\rb"] {
        let error = client
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .header("x-extra", value)
            .await
            .unwrap_err();
        assert!(error.to_string().contains("x-extra"), "{error}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn per_call_options_win_over_the_client() {
    let server = server().await;
    let client = client(&server);
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .access_token("per-call")
        .header("x-extra", "1")
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        header(sent, "x-acs-dingtalk-access-token"),
        Some("per-call")
    );
    assert_eq!(header(sent, "x-extra"), Some("1"));
}

#[tokio::test]
async fn the_user_agent_names_the_client_and_the_suffix() {
    let server = server().await;
    let client = Client::from_config(config(&server).user_agent_suffix("my-app/1.2")).unwrap();
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    let expected = format!("generated-client/{} my-app/1.2", env!("CARGO_PKG_VERSION"));
    assert_eq!(header(sent, "user-agent"), Some(expected.as_str()));
}

#[derive(Default)]
struct Recorder {
    seen: Mutex<Vec<String>>,
}

impl Interceptor for Recorder {
    fn before_send(&self, request: &mut RequestContext<'_>) {
        let token_visible = request.headers.contains_key("x-acs-dingtalk-access-token");
        self.seen.lock().unwrap().push(format!(
            "before {} {} attempt {} token visible {token_visible}",
            request.operation, request.method, request.attempt
        ));
        request.headers.insert("x-trace-id", "t-1".parse().unwrap());
    }

    fn after_receive(&self, response: &ResponseContext<'_>) {
        let id = response
            .headers
            .get("x-acs-request-id")
            .unwrap()
            .to_str()
            .unwrap();
        self.seen
            .lock()
            .unwrap()
            .push(format!("after {} {id}", response.status));
    }
}

#[tokio::test]
async fn the_hook_adds_headers_and_sees_replies_but_never_the_token() {
    let server = server().await;
    let recorder = Arc::new(Recorder::default());
    let client = Client::from_config(config(&server).interceptor(recorder.clone())).unwrap();
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(sent, "x-trace-id"), Some("t-1"));
    assert_eq!(header(sent, "x-acs-dingtalk-access-token"), Some(TOKEN));
    assert_eq!(
        *recorder.seen.lock().unwrap(),
        [
            "before CreateTask POST attempt 1 token visible false",
            "after 200 REQ-9"
        ]
    );
}

#[tokio::test]
async fn debug_output_redacts_the_token() {
    let server = server().await;
    let client = client(&server);
    for text in [
        format!("{:?}", client),
        format!("{:?}", client.config()),
        format!(
            "{:?}",
            client
                .team_sphere_1_0()
                .create_task("u", &seed_request())
                .access_token(TOKEN)
        ),
    ] {
        assert!(!text.contains(TOKEN), "{text}");
        assert!(text.contains("redacted"), "{text}");
    }
}
