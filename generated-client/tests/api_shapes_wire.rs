//! One operation per request or reply shape of the imported API, on a loopback server: what is
//! sent, byte for byte where the official SDK is exact, and how the reply is read.

mod common;

use common::{TOKEN, client, header, reply_with};
use generated_client::{
    aiot_1_0, app_market_1_0, assistant_1_0, bizfinance_2_0, calendar_1_0, content_1_0,
    customer_1_0, micro_app_1_0, search_1_0, storage_2_0, transcribe_1_0, tre_1_0,
};
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
    let member = transcribe_1_0::UpdatePermissionForUsersRequestMembers::new(
        transcribe_1_0::UpdatePermissionForUsersRequestMembersRequired {
            member_id: 7,
            member_type: "user".into(),
            policy_type: "read".into(),
        },
    );
    let request = transcribe_1_0::UpdatePermissionForUsersRequest::new(
        transcribe_1_0::UpdatePermissionForUsersRequired {
            biz_type: 1,
            members: vec![member],
            task_creator: 9,
        },
    )
    .operator_uid(42);
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
    let member = transcribe_1_0::RemovePermissionRequestMembers::new(
        transcribe_1_0::RemovePermissionRequestMembersRequired {
            member_id: 7,
            member_type: "user".into(),
            policy_type: "read".into(),
        },
    );
    let request =
        transcribe_1_0::RemovePermissionRequest::new(transcribe_1_0::RemovePermissionRequired {
            biz_type: 1,
            members: vec![member],
        });
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
    let body = |module_name: &str| {
        aiot_1_0::CheckDeviceUpdateRequestBody::new(
            aiot_1_0::CheckDeviceUpdateRequestBodyRequired {
                module_name: module_name.into(),
            },
        )
    };
    let request = aiot_1_0::CheckDeviceUpdateRequest::new(aiot_1_0::CheckDeviceUpdateRequired {
        body: vec![body("m1").current_version("1.0"), body("m2")],
    });
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
async fn a_top_level_array_body_left_unset_is_not_sent() {
    let server = reply_with(json_reply(200, "{}")).await;
    let api = client(&server).content_1_0();
    api.delete_videos(&content_1_0::DeleteVideosRequest::new())
        .await
        .unwrap();
    api.delete_videos(&content_1_0::DeleteVideosRequest::new().body(["v1", "v2"]))
        .await
        .unwrap();
    let sent = server.received_requests().await.unwrap();
    assert_eq!(sent[0].url.path(), "/v1.0/content/dian/videos/remove");
    assert!(sent[0].body.is_empty());
    assert_eq!(header(&sent[0], "content-type"), None);
    assert_eq!(
        std::str::from_utf8(&sent[1].body).unwrap(),
        r#"["v1","v2"]"#
    );
    assert_eq!(
        header(&sent[1], "content-type"),
        Some("application/json; charset=utf-8")
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
    let request =
        app_market_1_0::UserTaskReportRequest::new(app_market_1_0::UserTaskReportRequired {
            biz_no: "b".into(),
            operate_date: "2024-01-01".into(),
            task_tag: "tag".into(),
            userid: "u".into(),
        });
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

#[tokio::test]
async fn a_body_field_json_encoded_into_a_string() {
    let server = reply_with(json_reply(200, "{}")).await;
    let reporter = tre_1_0::CreateTicketRequestReporters::new()
        .phone("1 3")
        .role("运维");
    let request = tre_1_0::CreateTicketRequest::new(tre_1_0::CreateTicketRequired {
        description: "坏了".into(),
    })
    .reporters([reporter]);
    client(&server)
        .tre_1_0()
        .create_ticket(&request)
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    let body = sent_body(sent);
    assert_eq!(body["description"], "坏了");
    let inner: serde_json::Value =
        serde_json::from_str(body["reporters"].as_str().expect("a string of JSON")).unwrap();
    assert_eq!(inner, serde_json::json!([{"phone": "1 3", "role": "运维"}]));
}

#[tokio::test]
async fn query_lists_spelt_out_one_value_per_key() {
    let server = reply_with(json_reply(200, r#"{"hasMore":true,"nextToken":"n2"}"#)).await;
    let request = storage_2_0::ListRecentsRequest::new()
        .file_types([1, 2])
        .max_results(10)
        .operator_id("u");
    let reply = client(&server)
        .storage_2_0()
        .list_recents(&request)
        .await
        .unwrap();
    assert_eq!(reply.next_token.as_deref(), Some("n2"));
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent.url.query(),
        Some("fileTypes.1=1&fileTypes.2=2&maxResults=10&operatorId=u")
    );
}

#[tokio::test]
async fn extra_headers_are_sent_under_their_own_names() {
    let server = reply_with(json_reply(200, "{}")).await;
    let request = calendar_1_0::MeetingRoomRespondRequest::new()
        .user_agent("ua/1")
        .x_client_token("once")
        .response_status("accept");
    client(&server)
        .calendar_1_0()
        .meeting_room_respond("u", "primary", "e", "r", &request)
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(sent, "useragent"), Some("ua/1"));
    assert_eq!(header(sent, "x-client-token"), Some("once"));
    assert_ne!(header(sent, "user-agent"), Some("ua/1"));
    assert_eq!(
        sent_body(sent),
        serde_json::json!({"responseStatus": "accept"})
    );
}

#[tokio::test]
async fn a_reply_without_body_is_unit_whatever_comes() {
    let server = reply_with(json_reply(200, "not json at all")).await;
    let request = search_1_0::InsertSearchItemRequest::new(search_1_0::InsertSearchItemRequired {
        item_id: "i1".into(),
        title: "标题".into(),
    });
    let reply = client(&server)
        .search_1_0()
        .insert_search_item("tab", &request)
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
}

#[tokio::test]
async fn an_array_reply_is_a_vec_of_models() {
    let server = reply_with(json_reply(
        200,
        r#"[{"period":"2024-01","usedNum":3,"quotaNum":10},{"period":"2024-02"}]"#,
    ))
    .await;
    let request = micro_app_1_0::GetAppResourceUseInfoRequest::new().benefit_code("b");
    let reply = client(&server)
        .micro_app_1_0()
        .get_app_resource_use_info(&request)
        .await
        .unwrap();
    assert_eq!(reply.len(), 2);
    assert_eq!(reply[0].used_num, Some(3));
    assert_eq!(reply[1].quota_num, None);
}

#[tokio::test]
async fn an_any_reply_is_json() {
    let server = reply_with(json_reply(200, r#"{"ok":[1,"二"]}"#)).await;
    let request = assistant_1_0::UpdateAssistantScopeRequest::new(
        assistant_1_0::UpdateAssistantScopeRequired {
            assistant_id: "a".into(),
            operator_union_id: "u".into(),
        },
    )
    .sharing(false);
    let reply = client(&server)
        .assistant_1_0()
        .update_assistant_scope(&request)
        .await
        .unwrap();
    assert_eq!(*reply, serde_json::json!({"ok": [1, "二"]}));
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent_body(sent),
        serde_json::json!({"assistantId": "a", "operatorUnionId": "u", "sharing": false})
    );
}
