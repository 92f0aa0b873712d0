//! How the runtime reads replies: error bodies in all their spellings, bodies that are not JSON,
//! wrong shapes, oversized bodies and redirects.

mod common;

use common::{client, config, reply_with, seed_request};
use generated_client::team_sphere_1_0::CreateTaskError;
use generated_client::{Client, Error, ServiceError};
use wiremock::{MockServer, ResponseTemplate};

async fn create_task(server: &MockServer) -> Error<CreateTaskError> {
    client(server)
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err()
}

fn service(error: &Error<CreateTaskError>) -> &ServiceError {
    error
        .as_service()
        .unwrap_or_else(|| panic!("not a service error: {error:?}"))
}

#[tokio::test]
async fn error_fields_are_read_in_every_spelling() {
    let cases = [
        (
            r#"{"Code":"A","Message":"m1","RequestId":"R1"}"#,
            "A",
            "m1",
            "R1",
        ),
        (
            r#"{"code":"B","message":"m2","requestid":"R2"}"#,
            "B",
            "m2",
            "R2",
        ),
        (
            r#"{"code":"C","message":"m3","requestId":"R3"}"#,
            "C",
            "m3",
            "R3",
        ),
        (r#"{"code":40001,"message":"m4"}"#, "40001", "m4", "HDR"),
    ];
    for (body, code, message, request_id) in cases {
        let server = reply_with(
            ResponseTemplate::new(400)
                .insert_header("x-acs-request-id", "HDR")
                .set_body_raw(body, "application/json"),
        )
        .await;
        let error = create_task(&server).await;
        let e = service(&error);
        assert_eq!(
            (e.code(), e.message(), e.request_id()),
            (Some(code), Some(message), Some(request_id)),
            "{body}"
        );
        assert_eq!(e.body(), body);
        assert_eq!(e.headers()["x-acs-request-id"], "HDR");
    }
}

#[tokio::test]
async fn description_and_access_denied_detail_are_kept() {
    let body = r#"{"code":"Forbidden.AccessDenied.QpsLimitForApi","message":"slow","description":"d","accessDeniedDetail":{"x":1}}"#;
    let server =
        reply_with(ResponseTemplate::new(403).set_body_raw(body, "application/json")).await;
    let error = create_task(&server).await;
    let e = service(&error);
    assert_eq!(e.description(), Some("d"));
    assert_eq!(e.access_denied_detail(), Some(&serde_json::json!({"x": 1})));
    assert!(error.is_retryable(), "throttling codes are retryable");
    assert_eq!(
        error.to_string(),
        "Forbidden.AccessDenied.QpsLimitForApi: slow (status 403, no request id)"
    );
}

#[tokio::test]
async fn a_body_that_is_not_json_is_still_an_http_error() {
    let cases = [
        (502, "<html><body>Bad Gateway</body></html>", "text/html"),
        (503, "", "text/plain"),
        (404, "Not Found", "text/plain"),
    ];
    for (status, body, content_type) in cases {
        let server = reply_with(
            ResponseTemplate::new(status)
                .insert_header("x-acs-request-id", "GW-1")
                .set_body_raw(body, content_type),
        )
        .await;
        let error = create_task(&server).await;
        let Error::Http(http) = &error else {
            panic!("{status}: {error:?}")
        };
        assert_eq!(http.status(), status);
        assert_eq!(http.excerpt(), body);
        assert_eq!(http.request_id(), Some("GW-1"));
        assert_eq!(http.headers()["content-type"], content_type);
        assert_eq!(error.status(), Some(status));
        assert_eq!(error.request_id(), Some("GW-1"));
        assert!(
            error.to_string().contains(&format!("status {status}")),
            "{error}"
        );
    }
}

#[tokio::test]
async fn a_long_error_body_is_cut_to_an_excerpt() {
    let body = "x".repeat(10_000);
    let server = reply_with(ResponseTemplate::new(500).set_body_raw(body, "text/plain")).await;
    let error = create_task(&server).await;
    let Error::Http(http) = &error else {
        panic!("{error:?}")
    };
    assert!(http.excerpt().len() < 600, "{}", http.excerpt().len());
}

#[tokio::test]
async fn a_reply_of_the_wrong_shape_is_a_decode_error_never_a_silent_none() {
    let cases = [
        r#"{"result":{"priority":"high"}}"#,
        "not json",
        r#"{"result":"#,
        r#"[1,2]"#,
    ];
    for body in cases {
        let server = reply_with(
            ResponseTemplate::new(200)
                .insert_header("x-acs-request-id", "DEC-1")
                .set_body_raw(body, "application/json"),
        )
        .await;
        let error = create_task(&server).await;
        let Error::Decode(decode) = &error else {
            panic!("{body}: {error:?}")
        };
        assert_eq!(decode.status(), 200);
        assert_eq!(decode.request_id(), Some("DEC-1"));
        assert_eq!(decode.excerpt(), body);
        assert!(!decode.is_too_large());
        assert!(error.to_string().contains("request id DEC-1"), "{error}");
    }
}

#[tokio::test]
async fn a_reply_larger_than_the_bound_is_refused() {
    let body = format!(r#"{{"result":{{"note":"{}"}}}}"#, "n".repeat(5_000));
    let server =
        reply_with(ResponseTemplate::new(200).set_body_raw(body, "application/json")).await;
    let client = Client::from_config(config(&server).max_response_bytes(1_000)).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert!(decode.is_too_large());
    assert!(error.to_string().contains("1000-byte limit"), "{error}");
}

#[tokio::test]
async fn redirects_are_errors_and_the_token_goes_nowhere_else() {
    let elsewhere =
        reply_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json")).await;
    let location = format!("{}/stolen", elsewhere.uri());
    let server =
        reply_with(ResponseTemplate::new(302).insert_header("location", location.as_str())).await;
    let error = create_task(&server).await;
    let Error::Http(http) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(http.status(), 302);
    assert_eq!(http.location(), Some(location.as_str()));
    assert!(error.to_string().contains("redirect to"), "{error}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_empty_success_decodes_to_an_empty_reply() {
    let server = reply_with(ResponseTemplate::new(204)).await;
    let reply = client(&server)
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    assert_eq!(reply.status(), 204);
    assert!(reply.result.is_none());
}

#[test]
fn errors_can_be_built_in_tests() {
    use generated_client::OperationError;
    let e = ServiceError::new(400)
        .with_code("user.not.exist")
        .with_message("user not exist")
        .with_request_id("ABC-123");
    let error: Error<CreateTaskError> = Error::Service(CreateTaskError::from_service(e));
    assert!(matches!(
        error,
        Error::Service(CreateTaskError::UserNotExist(_))
    ));
    assert_eq!(
        error.to_string(),
        "user.not.exist: user not exist (status 400, request id ABC-123)"
    );
    assert!(!error.is_retryable());
}
