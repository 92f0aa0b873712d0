//! One operation per request or reply shape of the imported API, on a loopback server: what is
//! sent, byte for byte where the official SDK is exact, and how the reply is read.

mod common;

use common::{TOKEN, client, header, reply_with};
use generated_client::{aiot_1_0, app_market_1_0, bizfinance_2_0, customer_1_0, transcribe_1_0};
use wiremock::ResponseTemplate;

fn json_reply(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

fn sent_body(request: &wiremock::Request) -> serde_json::Value {
    serde_json::from_slice(&request.body).unwrap()
}

#[tokio::test]
async fn a_request_split_between_query_and_body() {
    let server = reply_with(json_reply(200, r#"{"result":true}"#)).await;
    let member = transcribe_1_0::UpdatePermissionForUsersRequestMembers::new(7, "user", "read");
    let request =
        transcribe_1_0::UpdatePermissionForUsersRequest::new(1, [member], 9).operator_uid(42);
    client(&server)
        .transcribe_1_0()
        .update_permission_for_users("task-1", &request)
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.method.as_str(), "PUT");
    assert_eq!(sent.url.path(), "/v1.0/transcribe/tasks/task-1/permissions");
    assert_eq!(sent.url.query(), Some("operatorUid=42"));
    assert_eq!(
        sent_body(sent),
        serde_json::json!({"bizType": 1, "members": [{"memberId": 7, "memberType": "user", "policyType": "read"}], "taskCreator": 9})
    );
    assert_eq!(header(sent, "x-acs-dingtalk-access-token"), Some(TOKEN));
}

#[tokio::test]
async fn a_delete_with_a_json_body() {
    let server = reply_with(json_reply(200, "{}")).await;
    let member = transcribe_1_0::RemovePermissionRequestMembers::new(7, "user", "read");
    let request = transcribe_1_0::RemovePermissionRequest::new(1, [member]);
    client(&server)
        .transcribe_1_0()
        .remove_permission("t", &request)
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.method.as_str(), "DELETE");
    assert_eq!(
        header(sent, "content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        sent_body(sent),
        serde_json::json!({"bizType": 1, "members": [{"memberId": 7, "memberType": "user", "policyType": "read"}]})
    );
}

#[tokio::test]
async fn a_top_level_array_body() {
    let server = reply_with(json_reply(200, "{}")).await;
    let request = aiot_1_0::CheckDeviceUpdateRequest::new([
        aiot_1_0::CheckDeviceUpdateRequestBody::new("m1").current_version("1.0"),
        aiot_1_0::CheckDeviceUpdateRequestBody::new("m2"),
    ]);
    client(&server)
        .aiot_1_0()
        .check_device_update("pk", "dev", &request)
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent.url.path(),
        "/v1.0/aiot/products/pk/devices/dev/firmware/checkUpdate"
    );
    assert_eq!(
        std::str::from_utf8(&sent.body).unwrap(),
        r#"[{"currentVersion":"1.0","moduleName":"m1"},{"moduleName":"m2"}]"#
    );
}

#[tokio::test]
async fn a_map_json_encoded_into_one_query_value() {
    let server = reply_with(json_reply(200, r#"{"errorCode":"0"}"#)).await;
    let request = customer_1_0::CustomeRpcCallRequest::new()
        .method_name("m")
        .params([("a", serde_json::json!([1, "二"]))]);
    let reply = client(&server)
        .customer_1_0()
        .custome_rpc_call(&request)
        .await
        .unwrap();
    assert_eq!(reply.error_code.as_deref(), Some("0"));
    let sent = &server.received_requests().await.unwrap()[0];
    let pairs: Vec<(String, String)> = sent.url.query_pairs().into_owned().collect();
    assert_eq!(
        pairs,
        [
            ("methodName".to_owned(), "m".to_owned()),
            ("params".to_owned(), r#"{"a":[1,"二"]}"#.to_owned())
        ]
    );
}

#[tokio::test]
async fn an_anonymous_operation_sends_no_token() {
    let server = reply_with(json_reply(200, "{}")).await;
    client(&server)
        .customer_1_0()
        .project_setup()
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(sent, "x-acs-dingtalk-access-token"), None);
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn a_comma_joined_query_list() {
    let server = reply_with(json_reply(200, "{}")).await;
    let request = bizfinance_2_0::QueryCorpScaleRequest::new().corp_names(["阿里巴巴", "钉钉 A&B"]);
    client(&server)
        .bizfinance_2_0()
        .query_corp_scale(&request)
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.method.as_str(), "GET");
    let pairs: Vec<(String, String)> = sent.url.query_pairs().into_owned().collect();
    assert_eq!(
        pairs,
        [("corpNames".to_owned(), "阿里巴巴,钉钉 A&B".to_owned())]
    );
}

#[tokio::test]
async fn a_placeholder_glued_to_text() {
    let server = reply_with(json_reply(200, "{}")).await;
    client(&server)
        .chengfeng_1_0()
        .get_employment_record_by_work_no("w/1")
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent.url.path(),
        "/v1.0/chengfeng/users/workNumber/w%2F1employmentRecords"
    );
}

#[tokio::test]
async fn a_boolean_reply_is_a_bool() {
    let server = reply_with(json_reply(200, "true")).await;
    let request = app_market_1_0::UserTaskReportRequest::new("b", "2024-01-01", "tag", "u");
    let reply = client(&server)
        .app_market_1_0()
        .user_task_report(&request)
        .await
        .unwrap();
    assert!(*reply);
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent_body(sent),
        serde_json::json!({"bizNo": "b", "operateDate": "2024-01-01", "taskTag": "tag", "userid": "u"})
    );
}
