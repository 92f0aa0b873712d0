//! Shared by the wire tests: a loopback server, a client pointed at it, the seed request.
#![allow(dead_code)] // each test crate uses a different part

pub mod multipart;

use generated_client::team_sphere_1_0::{
    CreateTaskRequest, CreateTaskRequestCustomfields, CreateTaskRequestCustomfieldsValue,
    CreateTaskRequired,
};
use generated_client::{Client, Config};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const TOKEN: &str = "<your access token>";

/// The request body the official Python SDK sends for the seed example (`dingtalk-wire.md`).
pub const OFFICIAL_SEED_BODY: &str = r#"{"content":"任务标题","customfields":[{"customfieldId":"62fb0bxxxxxxx","customfieldName":"自定义字段-文本","value":[{"title":"我是自定义字段显示值"}]}],"dueDate":"2022-06-13T07:36:50.318Z","executorId":"173xxxx","note":"我是一条任务备注","projectId":"62c25e3b376exxxxxx"}"#;

/// The reply example of the seed document.
pub const SEED_REPLY: &str = r#"{
  "result" : {
    "taskId" : "62a697c053c2ef5xxxxxx",
    "content" : "任务标题",
    "involveMembers" : [ "173xxxx" ],
    "projectId" : "62c25e3b376ecxxxxxx",
    "executorId" : "173xxxx",
    "creatorId" : "173xxxxx",
    "created" : "2021-08-13T07:36:50.318Z",
    "updated" : "2021-08-13T07:36:50.318Z",
    "note" : "我是一条备注",
    "dueDate" : "2022-08-13T07:36:50.318Z",
    "priority" : -10,
    "customfields" : [ {
      "customfieldId" : "625bcxdxxxxxx",
      "value" : [ {
        "title" : "我是自定义字段显示值"
      } ]
    } ]
  }
}"#;

/// A loopback server answering every request with `reply`.
pub async fn reply_with(reply: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(reply).mount(&server).await;
    server
}

pub fn config(server: &MockServer) -> Config {
    config_for(&server.uri())
}

/// A client's config for `base_url`, with the test token.
pub fn config_for(base_url: &str) -> Config {
    Config::new().base_url(base_url).access_token(TOKEN)
}

pub fn client(server: &MockServer) -> Client {
    Client::from_config(config(server)).unwrap()
}

/// The seed document's example request.
pub fn seed_request() -> CreateTaskRequest {
    CreateTaskRequest::new(CreateTaskRequired {
        content: "任务标题".into(),
        project_id: "62c25e3b376exxxxxx".into(),
    })
    .executor_id("173xxxx")
    .due_date("2022-06-13T07:36:50.318Z")
    .note("我是一条任务备注")
    .customfields([CreateTaskRequestCustomfields::new()
        .customfield_name("自定义字段-文本")
        .customfield_id("62fb0bxxxxxxx")
        .value([CreateTaskRequestCustomfieldsValue::new().title("我是自定义字段显示值")])])
}

pub fn header<'a>(request: &'a wiremock::Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

/// A raw loopback server that answers every connection with `head` at once, then `body` one
/// byte per `interval`. It runs on the test's runtime and stops with it.
pub async fn trickling_server(head: &str, body: &[u8], interval: std::time::Duration) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (head, body) = (head.to_owned(), body.to_vec());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let (head, body) = (head.clone(), body.clone());
            tokio::spawn(async move {
                let mut request = vec![0; 64 * 1024];
                let _ = socket.read(&mut request).await;
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for byte in body {
                    tokio::time::sleep(interval).await;
                    if socket.write_all(&[byte]).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{address}")
}
