//! Errors compose with `?` and read well where a program prints them: what `main` shows when it
//! returns an error is the error's `Debug`, so that must be text a person can act on.

mod common;

use generated_client::team_sphere_1_0::CreateTaskError;
use generated_client::{BuildError, Client, Config, Error};
use wiremock::ResponseTemplate;

/// What a program's `main` prints for an error it returns (`Termination` writes its `Debug`).
fn printed_by_main(error: &dyn std::fmt::Debug) -> String {
    format!("Error: {error:?}")
}

/// Words of HTTP-library internals that have no place in what a person reads.
const INTERNALS: [&str; 6] = [
    "hyper",
    "reqwest::",
    "ConnectError",
    "Kind(",
    "inner:",
    "source:",
];

fn assert_readable(text: &str) {
    for word in INTERNALS {
        assert!(!text.contains(word), "{word:?} in {text}");
    }
}

/// Builds a client from a bad base URL inside a function returning the operation's error.
async fn call_with(base_url: &str) -> Result<(), Error<CreateTaskError>> {
    let client = Client::from_config(Config::new().base_url(base_url).access_token("t"))?;
    client
        .team_sphere_1_0()
        .create_task("173xxxx", &common::seed_request())
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_build_error_converts_into_the_operations_error_with_question_mark() {
    let error = call_with("ftp://nowhere").await.unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(
        error.to_string().contains("must be http(s)://host"),
        "{error}"
    );
}

#[test]
fn a_build_error_in_a_boxed_main_error_prints_its_reason() {
    fn main_like() -> Result<(), Box<dyn std::error::Error>> {
        Client::from_config(Config::new().base_url("not a url"))?;
        Ok(())
    }
    let error = main_like().unwrap_err();
    assert!(error.downcast_ref::<BuildError>().is_some());
    let printed = printed_by_main(&error);
    assert!(printed.contains("not a url"), "{printed}");
    assert_readable(&printed);
}

#[tokio::test]
async fn a_refused_connection_returned_from_main_prints_the_cause_not_library_internals() {
    // A port that was just free: nothing listens there.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let error = call_with(&format!("http://{address}")).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let printed = printed_by_main(&error);
    assert!(
        printed.starts_with("Error: Transport(TransportError { connect: true"),
        "{printed}"
    );
    assert!(printed.to_lowercase().contains("refused"), "{printed}");
    assert_readable(&printed);

    let boxed: Box<dyn std::error::Error> = error.into();
    assert_readable(&printed_by_main(&boxed));
}

#[tokio::test]
async fn a_service_error_returned_from_main_prints_its_fields_not_its_headers_and_body_bytes() {
    let server = common::reply_with(
        ResponseTemplate::new(400)
            .insert_header("x-acs-request-id", "ABC-123")
            .insert_header("x-private", "header value")
            .set_body_raw(
                r#"{"code":"user.not.exist","message":"user not exist"}"#,
                "application/json",
            ),
    )
    .await;
    let error = call_with(&server.uri()).await.unwrap_err();
    let printed = printed_by_main(&error);
    assert_eq!(
        printed,
        "Error: Service(UserNotExist(ServiceError { status: 400, code: Some(\"user.not.exist\"), \
         message: Some(\"user not exist\"), request_id: Some(\"ABC-123\"), sub_code: None, \
         sub_message: None, .. }))"
    );
}

#[tokio::test]
async fn an_http_error_prints_status_and_an_excerpt() {
    let server = common::reply_with(
        ResponseTemplate::new(502).set_body_raw("<html>bad gateway</html>", "text/html"),
    )
    .await;
    let error = call_with(&server.uri()).await.unwrap_err();
    let printed = printed_by_main(&error);
    assert!(
        printed.starts_with("Error: Http(HttpError { status: 502"),
        "{printed}"
    );
    assert!(printed.contains("<html>bad gateway</html>"), "{printed}");
    assert!(!printed.contains("date"), "headers are left out: {printed}");
}

/// Sends a robot message from a function returning the send's own error type.
async fn notify(url: &str, secret: &str) -> Result<(), Error<generated_client::ServiceError>> {
    use generated_client::RobotWebhook;
    use generated_client::custom_robot::{Message, MessageRequired, MsgType, Text, TextRequired};
    let webhook = RobotWebhook::new(url, Some(secret))?;
    webhook
        .send(
            Message::new(MessageRequired {
                msgtype: MsgType::Text,
            })
            .text(Text::new(TextRequired {
                content: "disk almost full".into(),
            })),
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn a_robot_webhooks_build_error_converts_with_question_mark_and_nothing_is_sent() {
    let server = common::reply_with(ResponseTemplate::new(200)).await;
    let url = format!("{}/robot/send?access_token=t", server.uri());
    let error = notify(&url, "not-a-robot-secret").await.unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(error.to_string().contains("SEC"), "{error}");
    assert!(server.received_requests().await.unwrap().is_empty());
}
