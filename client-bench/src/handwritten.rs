//! CreateTask written by hand with reqwest and serde derives: the floor the generated client is
//! measured against. It does what the generated call does on the happy path (the token header,
//! JSON both ways, a time-out, a status check) and nothing else.

use std::time::Duration;

use serde::{Deserialize, Serialize};

pub struct Client {
    http: reqwest::Client,
    base: String,
    token: String,
}

/// Why a call failed, for the benchmark's panic message.
#[derive(Debug)]
#[allow(dead_code)]
pub struct Failed(String);

impl Client {
    pub fn new(base: &str, token: &str) -> Self {
        let http = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("reqwest builds");
        Client {
            http,
            base: base.to_owned(),
            token: token.to_owned(),
        }
    }

    /// The created task's id.
    pub async fn create_task(
        &self,
        user_id: &str,
        request: &CreateTaskRequest,
    ) -> Result<Option<String>, Failed> {
        let url = format!("{}/v1.0/teamSphere/users/{user_id}/tasks", self.base);
        let body = serde_json::to_vec(request).map_err(|e| Failed(e.to_string()))?;
        let response = self
            .http
            .post(url)
            .header("x-acs-dingtalk-access-token", &self.token)
            .header("accept", "application/json")
            .header("content-type", "application/json; charset=utf-8")
            .body(body)
            .send()
            .await
            .map_err(|e| Failed(e.to_string()))?;
        if !response.status().is_success() {
            return Err(Failed(response.status().to_string()));
        }
        let bytes = response.bytes().await.map_err(|e| Failed(e.to_string()))?;
        let reply: CreateTaskReply =
            serde_json::from_slice(&bytes).map_err(|e| Failed(e.to_string()))?;
        Ok(reply.result.and_then(|r| r.task_id))
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateTaskRequest {
    content: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    customfields: Option<Vec<Customfield>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    due_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    executor_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    project_id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Customfield {
    customfield_id: String,
    customfield_name: String,
    value: Vec<CustomfieldValue>,
}

#[derive(Serialize)]
struct CustomfieldValue {
    title: String,
}

pub fn seed_request() -> CreateTaskRequest {
    CreateTaskRequest {
        content: "任务标题".to_owned(),
        customfields: Some(vec![Customfield {
            customfield_id: "62fb0bxxxxxxx".to_owned(),
            customfield_name: "自定义字段-文本".to_owned(),
            value: vec![CustomfieldValue {
                title: "我是自定义字段显示值".to_owned(),
            }],
        }]),
        due_date: Some("2022-06-13T07:36:50.318Z".to_owned()),
        executor_id: Some("173xxxx".to_owned()),
        note: Some("我是一条任务备注".to_owned()),
        project_id: "62c25e3b376exxxxxx".to_owned(),
    }
}

#[derive(Deserialize)]
struct CreateTaskReply {
    result: Option<TaskResult>,
}

// Every field of the reply is read, as the generated client reads them.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct TaskResult {
    content: Option<String>,
    created: Option<String>,
    creator_id: Option<String>,
    customfields: Option<Vec<ReplyCustomfield>>,
    due_date: Option<String>,
    executor_id: Option<String>,
    involve_members: Option<Vec<String>>,
    note: Option<String>,
    priority: Option<i64>,
    project_id: Option<String>,
    task_id: Option<String>,
    updated: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct ReplyCustomfield {
    customfield_id: Option<String>,
    value: Option<Vec<ReplyCustomfieldValue>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct ReplyCustomfieldValue {
    title: Option<String>,
}
