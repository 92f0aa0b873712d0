//! CreateTask on the wire: the seed request byte for byte (as JSON) what the official SDK sends,
//! the seed reply decoded, and every row of the error table sorted into its variant.

mod common;

use common::{OFFICIAL_SEED_BODY, SEED_REPLY, TOKEN, client, header, reply_with, seed_request};
use generated_client::team_sphere_1_0::CreateTaskError;
use generated_client::{Error, OperationError};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SEED_PATH: &str = "/v1.0/teamSphere/users/173xxxx/tasks";

fn json_reply(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .insert_header("content-type", "application/json")
        .insert_header("x-acs-request-id", "HDR-REQ-1")
        .set_body_raw(body.as_bytes().to_vec(), "application/json")
}

#[tokio::test]
async fn the_seed_request_is_what_the_official_sdk_sends() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(SEED_PATH))
        .respond_with(json_reply(200, SEED_REPLY))
        .expect(1)
        .mount(&server)
        .await;

    client(&server)
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    let sent = &requests[0];
    assert_eq!(sent.method.as_str(), "POST");
    assert_eq!(sent.url.path(), SEED_PATH);
    assert_eq!(sent.url.query(), None);
    assert_eq!(header(sent, "x-acs-dingtalk-access-token"), Some(TOKEN));
    assert_eq!(header(sent, "accept"), Some("application/json"));
    assert_eq!(
        header(sent, "content-type"),
        Some("application/json; charset=utf-8")
    );
    let agent = header(sent, "user-agent").unwrap();
    assert!(agent.starts_with("generated-client/"), "{agent}");
    assert_eq!(header(sent, "authorization"), None);

    let ours: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    let official: serde_json::Value = serde_json::from_str(OFFICIAL_SEED_BODY).unwrap();
    assert_eq!(ours, official);
    // Compact, raw UTF-8, no escapes: the same length as the official body.
    let text = std::str::from_utf8(&sent.body).unwrap();
    assert!(text.contains("任务标题") && !text.contains("\\u") && !text.contains(": "));
    assert_eq!(sent.body.len(), OFFICIAL_SEED_BODY.len());
    assert_eq!(
        header(sent, "content-length"),
        Some(OFFICIAL_SEED_BODY.len().to_string().as_str())
    );
}

#[tokio::test]
async fn set_booleans_and_empty_lists_are_sent_unset_fields_are_not() {
    let server = reply_with(json_reply(200, "{}")).await;

    use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired};
    let request = CreateTaskRequest::new(CreateTaskRequired {
        content: "c".into(),
        project_id: "p".into(),
    })
    .disable_notification(false)
    .customfields(Vec::new());
    client(&server)
        .team_sphere_1_0()
        .create_task("u", &request)
        .await
        .unwrap();

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        std::str::from_utf8(&sent.body).unwrap(),
        r#"{"content":"c","customfields":[],"disableNotification":false,"projectId":"p"}"#
    );
}

#[tokio::test]
async fn the_seed_reply_decodes_into_typed_values() {
    let server = reply_with(json_reply(200, SEED_REPLY)).await;

    let reply = client(&server)
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .await
        .unwrap();

    assert_eq!(reply.status(), 200);
    assert_eq!(reply.request_id(), Some("HDR-REQ-1"));
    assert_eq!(reply.headers()["content-type"], "application/json");
    let result = reply.into_inner().result.unwrap();
    assert_eq!(result.task_id.as_deref(), Some("62a697c053c2ef5xxxxxx"));
    assert_eq!(result.content.as_deref(), Some("任务标题"));
    assert_eq!(result.involve_members, Some(vec!["173xxxx".to_owned()]));
    assert_eq!(result.project_id.as_deref(), Some("62c25e3b376ecxxxxxx"));
    assert_eq!(result.executor_id.as_deref(), Some("173xxxx"));
    assert_eq!(result.creator_id.as_deref(), Some("173xxxxx"));
    assert_eq!(result.created.as_deref(), Some("2021-08-13T07:36:50.318Z"));
    assert_eq!(result.updated.as_deref(), Some("2021-08-13T07:36:50.318Z"));
    assert_eq!(result.note.as_deref(), Some("我是一条备注"));
    assert_eq!(result.due_date.as_deref(), Some("2022-08-13T07:36:50.318Z"));
    assert_eq!(result.priority, Some(-10));
    let field = &result.customfields.as_ref().unwrap()[0];
    assert_eq!(field.customfield_id.as_deref(), Some("625bcxdxxxxxx"));
    assert_eq!(
        field.value.as_ref().unwrap()[0].title.as_deref(),
        Some("我是自定义字段显示值")
    );
}

#[tokio::test]
async fn unknown_reply_fields_are_ignored() {
    let body = r#"{"result":{"taskId":"t","brandNew":{"x":1}},"alsoNew":[1,2]}"#;
    let server = reply_with(json_reply(200, body)).await;
    let reply = client(&server)
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    assert_eq!(reply.result.as_ref().unwrap().task_id.as_deref(), Some("t"));
}

async fn create_task_error(status: u16, body: &str) -> Error<CreateTaskError> {
    let server = reply_with(json_reply(status, body)).await;
    client(&server)
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .await
        .unwrap_err()
}

#[tokio::test]
async fn each_row_of_the_error_table_is_its_own_variant() {
    let rows = [
        (400, "user.not.exist", "user not exist"),
        (400, "org.not.exist", "org not exist"),
        (500, "server.error", "boom"),
    ];
    for (status, code, message) in rows {
        let body =
            format!(r#"{{"code":"{code}","message":"{message}","requestid":"REQ-{status}"}}"#);
        let error = create_task_error(status, &body).await;
        let Error::Service(variant) = &error else {
            panic!("{code}: expected a service error, got {error:?}");
        };
        let matched = match variant {
            CreateTaskError::UserNotExist(_) => "user.not.exist",
            CreateTaskError::OrgNotExist(_) => "org.not.exist",
            CreateTaskError::ServerError(_) => "server.error",
            other => panic!("{code} landed in {other:?}"),
        };
        assert_eq!(matched, code);
        let service = variant.service();
        assert_eq!(service.code(), Some(code));
        assert_eq!(service.message(), Some(message));
        assert_eq!(service.request_id(), Some(format!("REQ-{status}").as_str()));
        assert_eq!(service.status(), status);
        assert_eq!(service.body(), body);
        assert_eq!(error.code(), Some(code));
        assert_eq!(error.status(), Some(status));
    }
}

#[tokio::test]
async fn an_unlisted_code_lands_in_unhandled_with_everything_kept() {
    let body = r#"{"code":"Forbidden.AccessDenied.AccessTokenPermissionDenied","requestid":"6E32","message":"没有调用该接口的权限","accessdenieddetail":{"requiredScopes":["Contact.User.Read"]}}"#;
    let error = create_task_error(403, body).await;
    let Error::Service(CreateTaskError::Unhandled(service)) = &error else {
        panic!("expected Unhandled, got {error:?}");
    };
    assert_eq!(
        service.code(),
        Some("Forbidden.AccessDenied.AccessTokenPermissionDenied")
    );
    assert_eq!(service.request_id(), Some("6E32"));
    assert_eq!(
        service.access_denied_detail(),
        Some(&serde_json::json!({"requiredScopes": ["Contact.User.Read"]}))
    );
    assert_eq!(
        error.to_string(),
        "Forbidden.AccessDenied.AccessTokenPermissionDenied: 没有调用该接口的权限 (status 403, request id 6E32)"
    );
}

#[tokio::test]
async fn an_error_reads_like_code_message_status_and_request_id() {
    let body = r#"{"code":"user.not.exist","message":"user not exist","requestId":"ABC-123"}"#;
    let error = create_task_error(400, body).await;
    assert_eq!(
        error.to_string(),
        "user.not.exist: user not exist (status 400, request id ABC-123)"
    );
    assert!(!format!("{error:?}").contains(TOKEN));
}

/// Replies compare, so a test can check a whole reply at once: the seed reply read twice is
/// equal, and one field changed makes it differ.
#[tokio::test]
async fn replies_compare_whole() {
    let server = reply_with(json_reply(200, SEED_REPLY)).await;
    let api = client(&server).team_sphere_1_0();
    let first = api.create_task("u", &seed_request()).await.unwrap();
    let second = api.create_task("u", &seed_request()).await.unwrap();
    assert!(*first == *second);
    let mut changed = (*second).clone();
    if let Some(result) = changed.result.as_mut() {
        result.task_id = Some("another".to_owned());
    }
    assert!(*first != changed, "{changed:?}");
}
