//! The legacy server API modules (`oapi_message`, `oapi_contact`) against a loopback server:
//! the token in the `access_token` query parameter, the exact bodies sent, the replies read, and
//! `errcode` errors sorted into the error tables.

use generated_client::oapi_contact::{
    GetUserError, GetUserInfoByCodeRequest, GetUserInfoByCodeRequired, GetUserRequest,
    GetUserRequired, ListSubDepartmentsRequest, ListUserIdsError, ListUserIdsRequest,
    ListUserIdsRequired,
};
use generated_client::oapi_message::{
    AsyncSendV2Request, AsyncSendV2Required, GetSendProgressRequest, GetSendProgressRequired,
    GetSendResultRequest, GetSendResultRequired, RecallRequest, RecallRequired, WorkMessage,
    WorkMessageRequired, WorkMessageText, WorkMessageTextRequired,
};
use generated_client::{Client, Config, Error};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A server answering `route` with `reply`, and a client with the legacy token `T/1+`.
async fn serve(route: &str, reply: &str) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_raw(reply.to_owned(), "application/json"))
        .mount(&server)
        .await;
    let config = Config::new().base_url(server.uri()).access_token("T/1+");
    (server, Client::from_config(config).unwrap())
}

/// The one request the server got: its path and query, and its body as text.
async fn sent(server: &MockServer) -> (String, String) {
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        request.headers.get("content-type").unwrap(),
        "application/json; charset=utf-8"
    );
    let target = format!(
        "{}?{}",
        request.url.path(),
        request.url.query().unwrap_or("")
    );
    (target, String::from_utf8(request.body.clone()).unwrap())
}

#[tokio::test]
async fn asyncsend_v2_sends_the_work_notification_and_reads_the_task_id() {
    let route = "/topapi/message/corpconversation/asyncsend_v2";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"task_id":256271667526,"request_id":"4jzllmte0wau"}"#,
    )
    .await;
    let message = WorkMessage::new(WorkMessageRequired {
        msgtype: "text".into(),
    })
    .text(WorkMessageText::new(WorkMessageTextRequired {
        content: "周报已提交".into(),
    }));
    let request = AsyncSendV2Request::new(AsyncSendV2Required {
        agent_id: 123,
        msg: message,
    })
    .userid_list("u1,u2");
    let reply = client.oapi_message().async_send_v2(&request).await.unwrap();
    assert_eq!(reply.body().task_id, Some(256271667526));
    assert_eq!(reply.body().request_id.as_deref(), Some("4jzllmte0wau"));
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(
        body,
        r#"{"agent_id":123,"userid_list":"u1,u2","msg":{"msgtype":"text","text":{"content":"周报已提交"}}}"#
    );
}

#[tokio::test]
async fn getsendprogress_and_getsendresult_read_their_replies() {
    let route = "/topapi/message/corpconversation/getsendprogress";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"errmsg":"ok","progress":{"progress_in_percent":100,"status":2},"request_id":"r1"}"#,
    )
    .await;
    let reply = client
        .oapi_message()
        .get_send_progress(&GetSendProgressRequest::new(GetSendProgressRequired {
            agent_id: 123,
            task_id: 456,
        }))
        .await
        .unwrap();
    let progress = reply.body().progress.as_ref().unwrap();
    assert_eq!(
        (progress.progress_in_percent, progress.status),
        (Some(100), Some(2))
    );
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"agent_id":123,"task_id":456}"#);

    let route = "/topapi/message/corpconversation/getsendresult";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"send_result":{"read_user_id_list":["u1"],"unread_user_id_list":["u2"],"invalid_dept_id_list":[7],"forbidden_list":[{"code":"143105","count":500,"userid":"u3"}]},"request_id":"r2"}"#,
    )
    .await;
    let reply = client
        .oapi_message()
        .get_send_result(&GetSendResultRequest::new(GetSendResultRequired {
            agent_id: 123,
            task_id: 456,
        }))
        .await
        .unwrap();
    let result = reply.body().send_result.as_ref().unwrap();
    assert_eq!(
        result.read_user_id_list.as_deref(),
        Some(&["u1".to_owned()][..])
    );
    assert_eq!(result.invalid_dept_id_list.as_deref(), Some(&[7][..]));
    let forbidden = &result.forbidden_list.as_ref().unwrap()[0];
    assert_eq!(forbidden.code.as_deref(), Some("143105"));
    assert_eq!(forbidden.count, Some(500));
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"agent_id":123,"task_id":456}"#);
}

#[tokio::test]
async fn recall_sends_the_task_id() {
    let route = "/topapi/message/corpconversation/recall";
    let (server, client) = serve(route, r#"{"errcode":0,"errmsg":"ok","request_id":"r3"}"#).await;
    let reply = client
        .oapi_message()
        .recall(&RecallRequest::new(RecallRequired {
            agent_id: 123,
            msg_task_id: 256271667526,
        }))
        .await
        .unwrap();
    assert_eq!(reply.body().request_id.as_deref(), Some("r3"));
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"agent_id":123,"msg_task_id":256271667526}"#);
}

#[tokio::test]
async fn user_get_reads_the_user_and_sorts_60121_into_its_variant() {
    let route = "/topapi/v2/user/get";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"errmsg":"ok","result":{"userid":"u1","name":"张三","dept_id_list":[1,2],"leader_in_dept":[{"dept_id":1,"leader":true}],"admin":false},"request_id":"r4"}"#,
    )
    .await;
    let request = GetUserRequest::new(GetUserRequired {
        userid: "u1".into(),
    })
    .language("zh_CN");
    let reply = client.oapi_contact().get_user(&request).await.unwrap();
    let user = reply.body().result.as_ref().unwrap();
    assert_eq!(user.name.as_deref(), Some("张三"));
    assert_eq!(user.dept_id_list.as_deref(), Some(&[1, 2][..]));
    assert_eq!(user.leader_in_dept.as_ref().unwrap()[0].leader, Some(true));
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"userid":"u1","language":"zh_CN"}"#);

    let (_server, client) = serve(
        route,
        r#"{"errcode":60121,"errmsg":"找不到该用户","request_id":"r5"}"#,
    )
    .await;
    let error = client.oapi_contact().get_user(&request).await.unwrap_err();
    assert!(
        matches!(&error, Error::Service(GetUserError::V60121(_))),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "60121: 找不到该用户 (status 200, request id r5)"
    );
}

#[tokio::test]
async fn department_listsub_and_user_listid_read_their_lists() {
    let route = "/topapi/v2/department/listsub";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"errmsg":"ok","result":[{"dept_id":2,"name":"研发部","parent_id":1,"auto_add_user":true}]}"#,
    )
    .await;
    let request = ListSubDepartmentsRequest::new().dept_id(1);
    let reply = client
        .oapi_contact()
        .list_sub_departments(&request)
        .await
        .unwrap();
    let departments = reply.body().result.as_ref().unwrap();
    assert_eq!(departments[0].name.as_deref(), Some("研发部"));
    assert_eq!(departments[0].parent_id, Some(1));
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"dept_id":1}"#);

    let route = "/topapi/user/listid";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"errmsg":"ok","result":{"userid_list":["u1","u2"]},"request_id":"r6"}"#,
    )
    .await;
    let reply = client
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 2 }))
        .await
        .unwrap();
    let ids = reply
        .body()
        .result
        .as_ref()
        .unwrap()
        .userid_list
        .as_ref()
        .unwrap();
    assert_eq!(ids, &["u1", "u2"]);
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"dept_id":2}"#);

    let (_server, client) = serve(route, r#"{"errcode":60003,"errmsg":"未找到部门"}"#).await;
    let error = client
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired {
            dept_id: 404,
        }))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Service(ListUserIdsError::V60003(_))),
        "{error:?}"
    );
}

#[tokio::test]
async fn getuserinfo_turns_a_login_code_into_a_user_id() {
    let route = "/topapi/v2/user/getuserinfo";
    let (server, client) = serve(
        route,
        r#"{"errcode":0,"result":{"userid":"u1","sys":true,"sys_level":1,"unionid":"un1","name":"张三"},"request_id":"r7"}"#,
    )
    .await;
    let reply = client
        .oapi_contact()
        .get_user_info_by_code(&GetUserInfoByCodeRequest::new(GetUserInfoByCodeRequired {
            code: "c0de".into(),
        }))
        .await
        .unwrap();
    let info = reply.body().result.as_ref().unwrap();
    assert_eq!(info.userid.as_deref(), Some("u1"));
    assert_eq!((info.sys, info.sys_level), (Some(true), Some(1)));
    let (target, body) = sent(&server).await;
    assert_eq!(target, format!("{route}?access_token=T%2F1%2B"));
    assert_eq!(body, r#"{"code":"c0de"}"#);
}

#[tokio::test]
async fn a_gateway_error_keeps_its_sub_code_and_a_5xx_html_keeps_its_status() {
    let (_server, client) = serve(
        "/topapi/v2/user/getuserinfo",
        r#"{"errcode":22,"sub_msg":"不合法ApiName","errmsg":"Invalid method","request_id":"15s9in2w1yat9","sub_code":"isv.invalid-method"}"#,
    )
    .await;
    let error = client
        .oapi_contact()
        .get_user_info_by_code(&GetUserInfoByCodeRequest::new(GetUserInfoByCodeRequired {
            code: "c".into(),
        }))
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("22"));
    assert_eq!(error.request_id(), Some("15s9in2w1yat9"));
    assert_eq!(
        error.to_string(),
        "22: Invalid method [isv.invalid-method: 不合法ApiName] (status 200, request id 15s9in2w1yat9)"
    );

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_raw("<html>busy</html>", "text/html"))
        .mount(&server)
        .await;
    let client =
        Client::from_config(Config::new().base_url(server.uri()).access_token("T")).unwrap();
    let error = client
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Http(e) if e.status() == 503),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_legacy_call_without_a_token_is_refused_unsent() {
    let (server, _) = serve("/topapi/user/listid", "{}").await;
    let client = Client::from_config(Config::new().base_url(server.uri())).unwrap();
    let error = client
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Token(_)), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}
