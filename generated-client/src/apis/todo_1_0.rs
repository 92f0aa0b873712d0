// @generated from api-spec/todo_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 待办 (To-dos)：待办任务与计数。
//!
//! 24 operations, methods of [`Api`] (`client.todo_1_0()`), behind the cargo feature `todo_1_0`; its paths start with `/v1.0/todo/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `todo_1_0`. Get it with `client.todo_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询用户待办计数
    ///
    /// `POST /v1.0/todo/users/{unionId}/tasks/count`: DingTalk's `CountTodoTasks` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CountTodoTasks")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/count")]
    #[doc(alias = "POST /v1.0/todo/users/{unionId}/tasks/count")]
    pub fn count_todo_tasks(
        &self,
        union_id: &str,
        request: &CountTodoTasksRequest,
    ) -> rt::Call<CountTodoTasksResponseBody, CountTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CountTodoTasks",
            rt::Method::Post,
            "/v1.0/todo/users/{unionId}/tasks/count",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 以用户个人身份创建个人待办
    ///
    /// `POST /v1.0/todo/users/me/personalTasks`: DingTalk's `CreatePersonalTodoTask` (module feature `todo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreatePersonalTodoTask")]
    #[doc(alias = "/v1.0/todo/users/me/personalTasks")]
    #[doc(alias = "POST /v1.0/todo/users/me/personalTasks")]
    pub fn create_personal_todo_task(
        &self,
        request: &CreatePersonalTodoTaskRequest,
    ) -> rt::Call<CreatePersonalTodoTaskResponseBody, CreatePersonalTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatePersonalTodoTask",
            rt::Method::Post,
            "/v1.0/todo/users/me/personalTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建待办
    ///
    /// `POST /v1.0/todo/users/{unionId}/tasks`: DingTalk's `CreateTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTodoTask")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks")]
    #[doc(alias = "POST /v1.0/todo/users/{unionId}/tasks")]
    pub fn create_todo_task(
        &self,
        union_id: &str,
        request: &CreateTodoTaskRequest,
    ) -> rt::Call<CreateTodoTaskResponseBody, CreateTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTodoTask",
            rt::Method::Post,
            "/v1.0/todo/users/{unionId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 创建待办卡片类型配置
    ///
    /// `POST /v1.0/todo/users/{unionId}/configs/types`: DingTalk's `CreateTodoTypeConfig` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTodoTypeConfig")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/configs/types")]
    #[doc(alias = "POST /v1.0/todo/users/{unionId}/configs/types")]
    pub fn create_todo_type_config(
        &self,
        union_id: &str,
        request: &CreateTodoTypeConfigRequest,
    ) -> rt::Call<CreateTodoTypeConfigResponseBody, CreateTodoTypeConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTodoTypeConfig",
            rt::Method::Post,
            "/v1.0/todo/users/{unionId}/configs/types",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 以用户个人身份删除待办
    ///
    /// `DELETE /v1.0/todo/users/me/tasks/{taskId}/remove`: DingTalk's `DeletePersonalTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeletePersonalTodoTask")]
    #[doc(alias = "/v1.0/todo/users/me/tasks/{taskId}/remove")]
    #[doc(alias = "DELETE /v1.0/todo/users/me/tasks/{taskId}/remove")]
    pub fn delete_personal_todo_task(
        &self,
        task_id: &str,
    ) -> rt::Call<DeletePersonalTodoTaskResponseBody, DeletePersonalTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePersonalTodoTask",
            rt::Method::Delete,
            "/v1.0/todo/users/me/tasks/{taskId}/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 删除待办
    ///
    /// `DELETE /v1.0/todo/users/{unionId}/tasks/{taskId}`: DingTalk's `DeleteTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTodoTask")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/{taskId}")]
    #[doc(alias = "DELETE /v1.0/todo/users/{unionId}/tasks/{taskId}")]
    pub fn delete_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
        request: &DeleteTodoTaskRequest,
    ) -> rt::Call<DeleteTodoTaskResponseBody, DeleteTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTodoTask",
            rt::Method::Delete,
            "/v1.0/todo/users/{unionId}/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], request)
    }
    /// 查询待办
    ///
    /// `GET /v1.0/todo/users/{unionId}/tasks/{taskId}`: DingTalk's `GetTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTodoTask")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/{taskId}")]
    #[doc(alias = "GET /v1.0/todo/users/{unionId}/tasks/{taskId}")]
    pub fn get_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
    ) -> rt::Call<GetTodoTaskResponseBody, GetTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTask",
            rt::Method::Get,
            "/v1.0/todo/users/{unionId}/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], &())
    }
    /// 根据sourceId查询待办详情
    ///
    /// `GET /v1.0/todo/users/{unionId}/tasks/sources/{sourceId}`: DingTalk's `GetTodoTaskBySourceId` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `source_id`: `{sourceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTodoTaskBySourceId")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/sources/{sourceId}")]
    #[doc(alias = "GET /v1.0/todo/users/{unionId}/tasks/sources/{sourceId}")]
    pub fn get_todo_task_by_source_id(
        &self,
        union_id: &str,
        source_id: &str,
    ) -> rt::Call<GetTodoTaskBySourceIdResponseBody, GetTodoTaskBySourceIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTaskBySourceId",
            rt::Method::Get,
            "/v1.0/todo/users/{unionId}/tasks/sources/{sourceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, source_id], &())
    }
    /// 专属钉根据待办ID查询待办详情
    ///
    /// `GET /v1.0/todo/exclusive/users/{unionId}/tasks/{taskId}`: DingTalk's `GetTodoTaskDetail` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTodoTaskDetail")]
    #[doc(alias = "/v1.0/todo/exclusive/users/{unionId}/tasks/{taskId}")]
    #[doc(alias = "GET /v1.0/todo/exclusive/users/{unionId}/tasks/{taskId}")]
    pub fn get_todo_task_detail(
        &self,
        union_id: &str,
        task_id: &str,
    ) -> rt::Call<GetTodoTaskDetailResponseBody, GetTodoTaskDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTaskDetail",
            rt::Method::Get,
            "/v1.0/todo/exclusive/users/{unionId}/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], &())
    }
    /// 根据id获取待办卡片类型配置
    ///
    /// `GET /v1.0/todo/users/{unionId}/configs/types/{cardTypeId}`: DingTalk's `GetTodoTypeConfig` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `card_type_id`: `{cardTypeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTodoTypeConfig")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/configs/types/{cardTypeId}")]
    #[doc(alias = "GET /v1.0/todo/users/{unionId}/configs/types/{cardTypeId}")]
    pub fn get_todo_type_config(
        &self,
        union_id: &str,
        card_type_id: &str,
    ) -> rt::Call<GetTodoTypeConfigResponseBody, GetTodoTypeConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTypeConfig",
            rt::Method::Get,
            "/v1.0/todo/users/{unionId}/configs/types/{cardTypeId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, card_type_id], &())
    }
    /// 根据待办ID删除用户的某条待办任务。该操作仅删除某个用户自己的待办视图，该待办本身依然还存在，其他执行者依然可以看见该待办。
    ///
    /// `DELETE /v1.0/todo/users/{unionId}/tasks/{taskId}/hide`: DingTalk's `HideUserTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HideUserTodoTask")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/{taskId}/hide")]
    #[doc(alias = "DELETE /v1.0/todo/users/{unionId}/tasks/{taskId}/hide")]
    pub fn hide_user_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
    ) -> rt::Call<HideUserTodoTaskResponseBody, HideUserTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HideUserTodoTask",
            rt::Method::Delete,
            "/v1.0/todo/users/{unionId}/tasks/{taskId}/hide",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], &())
    }
    /// 查询待办应用下所有二级分类
    ///
    /// `POST /v1.0/todo/apps/allBizcategories/list`: DingTalk's `ListAllBizCategory` (module feature `todo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAllBizCategory")]
    #[doc(alias = "/v1.0/todo/apps/allBizcategories/list")]
    #[doc(alias = "POST /v1.0/todo/apps/allBizcategories/list")]
    pub fn list_all_biz_category(
        &self,
    ) -> rt::Call<ListAllBizCategoryResponseBody, ListAllBizCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllBizCategory",
            rt::Method::Post,
            "/v1.0/todo/apps/allBizcategories/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询企业配置
    ///
    /// `GET /v1.0/todo/organizations/configs`: DingTalk's `QueryOrgConfig` (module feature `todo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOrgConfig")]
    #[doc(alias = "/v1.0/todo/organizations/configs")]
    #[doc(alias = "GET /v1.0/todo/organizations/configs")]
    pub fn query_org_config(
        &self,
    ) -> rt::Call<QueryOrgConfigResponseBody, QueryOrgConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgConfig",
            rt::Method::Get,
            "/v1.0/todo/organizations/configs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询用户企业类型待办列表，支持查询当前企业的一方应用、三方应用、自建应用产生的工作待办数据
    ///
    /// `POST /v1.0/todo/users/{unionId}/organizations/tasks/query`: DingTalk's `QueryOrgTodoByUser` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_org_todo_by_user_pages`].
    #[doc(alias = "QueryOrgTodoByUser")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/organizations/tasks/query")]
    #[doc(alias = "POST /v1.0/todo/users/{unionId}/organizations/tasks/query")]
    pub fn query_org_todo_by_user(
        &self,
        union_id: &str,
        request: &QueryOrgTodoByUserRequest,
    ) -> rt::Call<QueryOrgTodoByUserResponseBody, QueryOrgTodoByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgTodoByUser",
            rt::Method::Post,
            "/v1.0/todo/users/{unionId}/organizations/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 查询企业下用户待办列表
    ///
    /// `POST /v1.0/todo/users/{unionId}/org/tasks/query`: DingTalk's `QueryOrgTodoTasks` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_org_todo_tasks_pages`].
    #[doc(alias = "QueryOrgTodoTasks")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/org/tasks/query")]
    #[doc(alias = "POST /v1.0/todo/users/{unionId}/org/tasks/query")]
    pub fn query_org_todo_tasks(
        &self,
        union_id: &str,
        request: &QueryOrgTodoTasksRequest,
    ) -> rt::Call<QueryOrgTodoTasksResponseBody, QueryOrgTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgTodoTasks",
            rt::Method::Post,
            "/v1.0/todo/users/{unionId}/org/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 查询用户待办列表
    ///
    /// `POST /v1.0/todo/users/{unionId}/tasks/list`: DingTalk's `QueryTodoTasks` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_todo_tasks_pages`].
    #[doc(alias = "QueryTodoTasks")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/list")]
    #[doc(alias = "POST /v1.0/todo/users/{unionId}/tasks/list")]
    pub fn query_todo_tasks(
        &self,
        union_id: &str,
        request: &QueryTodoTasksRequest,
    ) -> rt::Call<QueryTodoTasksResponseBody, QueryTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTodoTasks",
            rt::Method::Post,
            "/v1.0/todo/users/{unionId}/tasks/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 删除二级分类
    ///
    /// `DELETE /v1.0/todo/apps/bizcategories`: DingTalk's `RemoveBizCategory` (module feature `todo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveBizCategory")]
    #[doc(alias = "/v1.0/todo/apps/bizcategories")]
    #[doc(alias = "DELETE /v1.0/todo/apps/bizcategories")]
    pub fn remove_biz_category(
        &self,
        request: &RemoveBizCategoryRequest,
    ) -> rt::Call<RemoveBizCategoryResponseBody, RemoveBizCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveBizCategory",
            rt::Method::Delete,
            "/v1.0/todo/apps/bizcategories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存二级分类
    ///
    /// `POST /v1.0/todo/apps/bizcategories/save`: DingTalk's `SetBizCategory` (module feature `todo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetBizCategory")]
    #[doc(alias = "/v1.0/todo/apps/bizcategories/save")]
    #[doc(alias = "POST /v1.0/todo/apps/bizcategories/save")]
    pub fn set_biz_category(
        &self,
        request: &SetBizCategoryRequest,
    ) -> rt::Call<SetBizCategoryResponseBody, SetBizCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetBizCategory",
            rt::Method::Post,
            "/v1.0/todo/apps/bizcategories/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存企业配置
    ///
    /// `POST /v1.0/todo/organizations/configs/save`: DingTalk's `SetOrgConfig` (module feature `todo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetOrgConfig")]
    #[doc(alias = "/v1.0/todo/organizations/configs/save")]
    #[doc(alias = "POST /v1.0/todo/organizations/configs/save")]
    pub fn set_org_config(
        &self,
        request: &SetOrgConfigRequest,
    ) -> rt::Call<SetOrgConfigResponseBody, SetOrgConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetOrgConfig",
            rt::Method::Post,
            "/v1.0/todo/organizations/configs/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 以用户个人身份更新待办
    ///
    /// `PUT /v1.0/todo/users/me/tasks/{taskId}/update`: DingTalk's `UpdatePersonalTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePersonalTodoTask")]
    #[doc(alias = "/v1.0/todo/users/me/tasks/{taskId}/update")]
    #[doc(alias = "PUT /v1.0/todo/users/me/tasks/{taskId}/update")]
    pub fn update_personal_todo_task(
        &self,
        task_id: &str,
        request: &UpdatePersonalTodoTaskRequest,
    ) -> rt::Call<UpdatePersonalTodoTaskResponseBody, UpdatePersonalTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePersonalTodoTask",
            rt::Method::Put,
            "/v1.0/todo/users/me/tasks/{taskId}/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 以用户个人身份更新自己作为执行者的状态
    ///
    /// `PUT /v1.0/todo/users/me/tasks/{taskId}/updateExecutorStatus`: DingTalk's `UpdatePersonalTodoTaskExecutorStatus` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePersonalTodoTaskExecutorStatus")]
    #[doc(alias = "/v1.0/todo/users/me/tasks/{taskId}/updateExecutorStatus")]
    #[doc(alias = "PUT /v1.0/todo/users/me/tasks/{taskId}/updateExecutorStatus")]
    pub fn update_personal_todo_task_executor_status(
        &self,
        task_id: &str,
        request: &UpdatePersonalTodoTaskExecutorStatusRequest,
    ) -> rt::Call<
        UpdatePersonalTodoTaskExecutorStatusResponseBody,
        UpdatePersonalTodoTaskExecutorStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePersonalTodoTaskExecutorStatus",
            rt::Method::Put,
            "/v1.0/todo/users/me/tasks/{taskId}/updateExecutorStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 更新待办
    ///
    /// `PUT /v1.0/todo/users/{unionId}/tasks/{taskId}`: DingTalk's `UpdateTodoTask` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTodoTask")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/{taskId}")]
    #[doc(alias = "PUT /v1.0/todo/users/{unionId}/tasks/{taskId}")]
    pub fn update_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
        request: &UpdateTodoTaskRequest,
    ) -> rt::Call<UpdateTodoTaskResponseBody, UpdateTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTodoTask",
            rt::Method::Put,
            "/v1.0/todo/users/{unionId}/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], request)
    }
    /// 更新待办执行者状态
    ///
    /// `PUT /v1.0/todo/users/{unionId}/tasks/{taskId}/executorStatus`: DingTalk's `UpdateTodoTaskExecutorStatus` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTodoTaskExecutorStatus")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/tasks/{taskId}/executorStatus")]
    #[doc(alias = "PUT /v1.0/todo/users/{unionId}/tasks/{taskId}/executorStatus")]
    pub fn update_todo_task_executor_status(
        &self,
        union_id: &str,
        task_id: &str,
        request: &UpdateTodoTaskExecutorStatusRequest,
    ) -> rt::Call<
        UpdateTodoTaskExecutorStatusResponseBody,
        UpdateTodoTaskExecutorStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTodoTaskExecutorStatus",
            rt::Method::Put,
            "/v1.0/todo/users/{unionId}/tasks/{taskId}/executorStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], request)
    }
    /// 更新待办卡片类型配置
    ///
    /// `PUT /v1.0/todo/users/{unionId}/configs/types/{cardTypeId}`: DingTalk's `UpdateTodoTypeConfig` (module feature `todo_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    /// - `card_type_id`: `{cardTypeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTodoTypeConfig")]
    #[doc(alias = "/v1.0/todo/users/{unionId}/configs/types/{cardTypeId}")]
    #[doc(alias = "PUT /v1.0/todo/users/{unionId}/configs/types/{cardTypeId}")]
    pub fn update_todo_type_config(
        &self,
        union_id: &str,
        card_type_id: &str,
        request: &UpdateTodoTypeConfigRequest,
    ) -> rt::Call<UpdateTodoTypeConfigResponseBody, UpdateTodoTypeConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTodoTypeConfig",
            rt::Method::Put,
            "/v1.0/todo/users/{unionId}/configs/types/{cardTypeId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, card_type_id], request)
    }
    /// Every page of [`Api::query_org_todo_by_user`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `todoCards` of each page.
    pub fn query_org_todo_by_user_pages(
        &self,
        union_id: &str,
        request: &QueryOrgTodoByUserRequest,
    ) -> rt::Paginator<
        QueryOrgTodoByUserResponseBody,
        QueryOrgTodoByUserError,
        QueryOrgTodoByUserResponseBodyTodoCards,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["todoCards"],
        );
        rt::Paginator::new(self.query_org_todo_by_user(union_id, request), &PAGING)
    }
    /// Every page of [`Api::query_org_todo_tasks`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `todoCards` of each page.
    pub fn query_org_todo_tasks_pages(
        &self,
        union_id: &str,
        request: &QueryOrgTodoTasksRequest,
    ) -> rt::Paginator<
        QueryOrgTodoTasksResponseBody,
        QueryOrgTodoTasksError,
        QueryOrgTodoTasksResponseBodyTodoCards,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["todoCards"],
        );
        rt::Paginator::new(self.query_org_todo_tasks(union_id, request), &PAGING)
    }
    /// Every page of [`Api::query_todo_tasks`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `todoCards` of each page.
    pub fn query_todo_tasks_pages(
        &self,
        union_id: &str,
        request: &QueryTodoTasksRequest,
    ) -> rt::Paginator<
        QueryTodoTasksResponseBody,
        QueryTodoTasksError,
        QueryTodoTasksResponseBodyTodoCards,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["todoCards"],
        );
        rt::Paginator::new(self.query_todo_tasks(union_id, request), &PAGING)
    }
}
/// `CountTodoTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CountTodoTasksResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    CountTodoTasksResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CountTodoTasksResponseBody { "result" => optional(result) }
}
/// `CreatePersonalTodoTaskRequestNotifyConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePersonalTodoTaskRequestNotifyConfigs {
    /// `dingNotify`.
    pub ding_notify: Option<String>,
}
impl CreatePersonalTodoTaskRequestNotifyConfigs {
    /// An empty `CreatePersonalTodoTaskRequestNotifyConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingNotify`.
    pub fn ding_notify(mut self, value: impl Into<String>) -> Self {
        self.ding_notify = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatePersonalTodoTaskRequestNotifyConfigs { "dingNotify" => optional(ding_notify) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePersonalTodoTaskRequestNotifyConfigs { "dingNotify" => read_field(ding_notify)
    }
}
/// `CreatePersonalTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePersonalTodoTaskResponseBody {
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreatePersonalTodoTaskResponseBody { "createdTime" => read_field(created_time),
    "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePersonalTodoTaskResponseBody { "createdTime" => optional(created_time),
    "taskId" => optional(task_id) }
}
/// `CreateTodoTaskRequestActionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskRequestActionList {
    /// `actionKey`.
    pub action_key: Option<String>,
    /// `actionType`.
    pub action_type: Option<i64>,
    /// `param`.
    pub param: Option<CreateTodoTaskRequestActionListParam>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl CreateTodoTaskRequestActionList {
    /// An empty `CreateTodoTaskRequestActionList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionKey`.
    pub fn action_key(mut self, value: impl Into<String>) -> Self {
        self.action_key = Some(value.into());
        self
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: i64) -> Self {
        self.action_type = Some(value);
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: CreateTodoTaskRequestActionListParam) -> Self {
        self.param = Some(value);
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequestActionList { "actionKey" => optional(action_key), "actionType"
    => optional(action_type), "param" => optional(param), "pcUrl" => optional(pc_url),
    "title" => optional(title), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequestActionList { "actionKey" => read_field(action_key), "actionType"
    => read_field(action_type), "param" => read_field(param), "pcUrl" =>
    read_field(pc_url), "title" => read_field(title), "url" => read_field(url) }
}
/// `CreateTodoTaskRequestContentFieldList`, a model several operations share: also named [`UpdateTodoTaskRequestContentFieldList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskRequestContentFieldList {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
}
impl CreateTodoTaskRequestContentFieldList {
    /// An empty `CreateTodoTaskRequestContentFieldList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldKey`.
    pub fn field_key(mut self, value: impl Into<String>) -> Self {
        self.field_key = Some(value.into());
        self
    }
    /// Sets `fieldValue`.
    pub fn field_value(mut self, value: impl Into<String>) -> Self {
        self.field_value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequestContentFieldList { "fieldKey" => optional(field_key),
    "fieldValue" => optional(field_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequestContentFieldList { "fieldKey" => read_field(field_key),
    "fieldValue" => read_field(field_value) }
}
/// `CreateTodoTaskRequestDetailUrl`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskRequestDetailUrl {
    /// `appUrl`.
    pub app_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
impl CreateTodoTaskRequestDetailUrl {
    /// An empty `CreateTodoTaskRequestDetailUrl`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appUrl`.
    pub fn app_url(mut self, value: impl Into<String>) -> Self {
        self.app_url = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequestDetailUrl { "appUrl" => optional(app_url), "pcUrl" =>
    optional(pc_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequestDetailUrl { "appUrl" => read_field(app_url), "pcUrl" =>
    read_field(pc_url) }
}
/// `CreateTodoTaskRequestNotifyConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskRequestNotifyConfigs {
    /// `dingNotify`.
    pub ding_notify: Option<String>,
    /// `sendAssistantChat`.
    pub send_assistant_chat: Option<String>,
    /// `sendTodoApn`.
    pub send_todo_apn: Option<String>,
}
impl CreateTodoTaskRequestNotifyConfigs {
    /// An empty `CreateTodoTaskRequestNotifyConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingNotify`.
    pub fn ding_notify(mut self, value: impl Into<String>) -> Self {
        self.ding_notify = Some(value.into());
        self
    }
    /// Sets `sendAssistantChat`.
    pub fn send_assistant_chat(mut self, value: impl Into<String>) -> Self {
        self.send_assistant_chat = Some(value.into());
        self
    }
    /// Sets `sendTodoApn`.
    pub fn send_todo_apn(mut self, value: impl Into<String>) -> Self {
        self.send_todo_apn = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequestNotifyConfigs { "dingNotify" => optional(ding_notify),
    "sendAssistantChat" => optional(send_assistant_chat), "sendTodoApn" =>
    optional(send_todo_apn) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequestNotifyConfigs { "dingNotify" => read_field(ding_notify),
    "sendAssistantChat" => read_field(send_assistant_chat), "sendTodoApn" =>
    read_field(send_todo_apn) }
}
/// `CreateTodoTaskRequestRemindNotifyConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskRequestRemindNotifyConfigs {
    /// `dingNotify`.
    pub ding_notify: Option<String>,
    /// `sendTodoApn`.
    pub send_todo_apn: Option<String>,
}
impl CreateTodoTaskRequestRemindNotifyConfigs {
    /// An empty `CreateTodoTaskRequestRemindNotifyConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingNotify`.
    pub fn ding_notify(mut self, value: impl Into<String>) -> Self {
        self.ding_notify = Some(value.into());
        self
    }
    /// Sets `sendTodoApn`.
    pub fn send_todo_apn(mut self, value: impl Into<String>) -> Self {
        self.send_todo_apn = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequestRemindNotifyConfigs { "dingNotify" => optional(ding_notify),
    "sendTodoApn" => optional(send_todo_apn) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequestRemindNotifyConfigs { "dingNotify" => read_field(ding_notify),
    "sendTodoApn" => read_field(send_todo_apn) }
}
/// `CreateTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBody {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `contentFieldList`.
    pub content_field_list: Option<Vec<CreateTodoTaskResponseBodyContentFieldList>>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<CreateTodoTaskResponseBodyDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `isOnlyShowExecutor`.
    pub is_only_show_executor: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `notifyConfigs`.
    pub notify_configs: Option<CreateTodoTaskResponseBodyNotifyConfigs>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
}
rt::impl_deserialize! {
    CreateTodoTaskResponseBody { "bizTag" => read_field(biz_tag), "contentFieldList" =>
    read_field(content_field_list), "createdTime" => read_field(created_time),
    "creatorId" => read_field(creator_id), "description" => read_field(description),
    "detailUrl" => read_field(detail_url), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "finishTime" =>
    read_field(finish_time), "id" => read_field(id), "isOnlyShowExecutor" =>
    read_field(is_only_show_executor), "modifiedTime" => read_field(modified_time),
    "modifierId" => read_field(modifier_id), "notifyConfigs" =>
    read_field(notify_configs), "participantIds" => read_field(participant_ids),
    "priority" => read_field(priority), "requestId" => read_field(request_id), "source"
    => read_field(source), "sourceId" => read_field(source_id), "startTime" =>
    read_field(start_time), "subject" => read_field(subject) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTaskResponseBody { "bizTag" => optional(biz_tag), "contentFieldList" =>
    optional(content_field_list), "createdTime" => optional(created_time), "creatorId" =>
    optional(creator_id), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "done" => optional(done), "dueTime" => optional(due_time),
    "executorIds" => optional(executor_ids), "finishTime" => optional(finish_time), "id"
    => optional(id), "isOnlyShowExecutor" => optional(is_only_show_executor),
    "modifiedTime" => optional(modified_time), "modifierId" => optional(modifier_id),
    "notifyConfigs" => optional(notify_configs), "participantIds" =>
    optional(participant_ids), "priority" => optional(priority), "requestId" =>
    optional(request_id), "source" => optional(source), "sourceId" =>
    optional(source_id), "startTime" => optional(start_time), "subject" =>
    optional(subject) }
}
/// `CreateTodoTypeConfigRequestActionList`, a model several operations share: also named [`UpdateTodoTypeConfigRequestActionList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTypeConfigRequestActionList {
    /// `actionKey`.
    pub action_key: Option<String>,
    /// `actionType`.
    pub action_type: Option<i64>,
    /// `buttonStyleType`.
    pub button_style_type: Option<i64>,
    /// `nameI18n`.
    pub name_i18n: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `url`.
    pub url: Option<String>,
}
impl CreateTodoTypeConfigRequestActionList {
    /// An empty `CreateTodoTypeConfigRequestActionList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionKey`.
    pub fn action_key(mut self, value: impl Into<String>) -> Self {
        self.action_key = Some(value.into());
        self
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: i64) -> Self {
        self.action_type = Some(value);
        self
    }
    /// Sets `buttonStyleType`.
    pub fn button_style_type(mut self, value: i64) -> Self {
        self.button_style_type = Some(value);
        self
    }
    /// Sets `nameI18n`.
    pub fn name_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.name_i18n = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTypeConfigRequestActionList { "actionKey" => optional(action_key),
    "actionType" => optional(action_type), "buttonStyleType" =>
    optional(button_style_type), "nameI18n" => optional(name_i18n), "url" =>
    optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTypeConfigRequestActionList { "actionKey" => read_field(action_key),
    "actionType" => read_field(action_type), "buttonStyleType" =>
    read_field(button_style_type), "nameI18n" => read_field(name_i18n), "url" =>
    read_field(url) }
}
/// `CreateTodoTypeConfigRequestContentFieldList`, a model several operations share: also named [`UpdateTodoTypeConfigRequestContentFieldList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTypeConfigRequestContentFieldList {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `nameI18n`.
    pub name_i18n: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl CreateTodoTypeConfigRequestContentFieldList {
    /// An empty `CreateTodoTypeConfigRequestContentFieldList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldKey`.
    pub fn field_key(mut self, value: impl Into<String>) -> Self {
        self.field_key = Some(value.into());
        self
    }
    /// Sets `fieldType`.
    pub fn field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self
    }
    /// Sets `nameI18n`.
    pub fn name_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.name_i18n = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTypeConfigRequestContentFieldList { "fieldKey" => optional(field_key),
    "fieldType" => optional(field_type), "nameI18n" => optional(name_i18n) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTypeConfigRequestContentFieldList { "fieldKey" => read_field(field_key),
    "fieldType" => read_field(field_type), "nameI18n" => read_field(name_i18n) }
}
/// `CreateTodoTypeConfigResponseBody`, a model several operations share: also named [`GetTodoTypeConfigResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTypeConfigResponseBody {
    /// `actionList`.
    pub action_list: Option<Vec<CreateTodoTypeConfigResponseBodyActionList>>,
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `cardType`.
    pub card_type: Option<i64>,
    /// `contentFieldList`.
    pub content_field_list: Option<
        Vec<CreateTodoTypeConfigResponseBodyContentFieldList>,
    >,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `pcDetailUrlOpenMode`.
    pub pc_detail_url_open_mode: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTodoTypeConfigResponseBody { "actionList" => read_field(action_list), "bizTag"
    => read_field(biz_tag), "cardType" => read_field(card_type), "contentFieldList" =>
    read_field(content_field_list), "createdTime" => read_field(created_time),
    "creatorId" => read_field(creator_id), "description" => read_field(description),
    "icon" => read_field(icon), "id" => read_field(id), "modifiedTime" =>
    read_field(modified_time), "modifierId" => read_field(modifier_id),
    "pcDetailUrlOpenMode" => read_field(pc_detail_url_open_mode), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTypeConfigResponseBody { "actionList" => optional(action_list), "bizTag" =>
    optional(biz_tag), "cardType" => optional(card_type), "contentFieldList" =>
    optional(content_field_list), "createdTime" => optional(created_time), "creatorId" =>
    optional(creator_id), "description" => optional(description), "icon" =>
    optional(icon), "id" => optional(id), "modifiedTime" => optional(modified_time),
    "modifierId" => optional(modifier_id), "pcDetailUrlOpenMode" =>
    optional(pc_detail_url_open_mode), "requestId" => optional(request_id) }
}
/// `DeletePersonalTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeletePersonalTodoTaskResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    DeletePersonalTodoTaskResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeletePersonalTodoTaskResponseBody { "success" => optional(success) }
}
/// `DeleteTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteTodoTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    DeleteTodoTaskResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteTodoTaskResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `GetTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskResponseBody {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `cardTypeId`.
    pub card_type_id: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<GetTodoTaskResponseBodyDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `isOnlyShowExecutor`.
    pub is_only_show_executor: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
    /// `tenantId`.
    pub tenant_id: Option<String>,
    /// `tenantType`.
    pub tenant_type: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskResponseBody { "bizTag" => read_field(biz_tag), "cardTypeId" =>
    read_field(card_type_id), "createdTime" => read_field(created_time), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "finishTime" =>
    read_field(finish_time), "id" => read_field(id), "isOnlyShowExecutor" =>
    read_field(is_only_show_executor), "modifiedTime" => read_field(modified_time),
    "modifierId" => read_field(modifier_id), "participantIds" =>
    read_field(participant_ids), "priority" => read_field(priority), "requestId" =>
    read_field(request_id), "source" => read_field(source), "sourceId" =>
    read_field(source_id), "startTime" => read_field(start_time), "subject" =>
    read_field(subject), "tenantId" => read_field(tenant_id), "tenantType" =>
    read_field(tenant_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskResponseBody { "bizTag" => optional(biz_tag), "cardTypeId" =>
    optional(card_type_id), "createdTime" => optional(created_time), "creatorId" =>
    optional(creator_id), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "done" => optional(done), "dueTime" => optional(due_time),
    "executorIds" => optional(executor_ids), "finishTime" => optional(finish_time), "id"
    => optional(id), "isOnlyShowExecutor" => optional(is_only_show_executor),
    "modifiedTime" => optional(modified_time), "modifierId" => optional(modifier_id),
    "participantIds" => optional(participant_ids), "priority" => optional(priority),
    "requestId" => optional(request_id), "source" => optional(source), "sourceId" =>
    optional(source_id), "startTime" => optional(start_time), "subject" =>
    optional(subject), "tenantId" => optional(tenant_id), "tenantType" =>
    optional(tenant_type) }
}
/// `GetTodoTaskBySourceIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskBySourceIdResponseBody {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<GetTodoTaskBySourceIdResponseBodyDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `isOnlyShowExecutor`.
    pub is_only_show_executor: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
    /// `tenantId`.
    pub tenant_id: Option<String>,
    /// `tenantType`.
    pub tenant_type: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskBySourceIdResponseBody { "bizTag" => read_field(biz_tag), "createdTime" =>
    read_field(created_time), "creatorId" => read_field(creator_id), "description" =>
    read_field(description), "detailUrl" => read_field(detail_url), "done" =>
    read_field(done), "dueTime" => read_field(due_time), "executorIds" =>
    read_field(executor_ids), "finishTime" => read_field(finish_time), "id" =>
    read_field(id), "isOnlyShowExecutor" => read_field(is_only_show_executor),
    "modifiedTime" => read_field(modified_time), "modifierId" => read_field(modifier_id),
    "participantIds" => read_field(participant_ids), "priority" => read_field(priority),
    "requestId" => read_field(request_id), "source" => read_field(source), "sourceId" =>
    read_field(source_id), "startTime" => read_field(start_time), "subject" =>
    read_field(subject), "tenantId" => read_field(tenant_id), "tenantType" =>
    read_field(tenant_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskBySourceIdResponseBody { "bizTag" => optional(biz_tag), "createdTime" =>
    optional(created_time), "creatorId" => optional(creator_id), "description" =>
    optional(description), "detailUrl" => optional(detail_url), "done" => optional(done),
    "dueTime" => optional(due_time), "executorIds" => optional(executor_ids),
    "finishTime" => optional(finish_time), "id" => optional(id), "isOnlyShowExecutor" =>
    optional(is_only_show_executor), "modifiedTime" => optional(modified_time),
    "modifierId" => optional(modifier_id), "participantIds" => optional(participant_ids),
    "priority" => optional(priority), "requestId" => optional(request_id), "source" =>
    optional(source), "sourceId" => optional(source_id), "startTime" =>
    optional(start_time), "subject" => optional(subject), "tenantId" =>
    optional(tenant_id), "tenantType" => optional(tenant_type) }
}
/// `GetTodoTaskDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBody {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<GetTodoTaskDetailResponseBodyDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `executorStatus`.
    pub executor_status: Option<Vec<GetTodoTaskDetailResponseBodyExecutorStatus>>,
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `isOnlyShowExecutor`.
    pub is_only_show_executor: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `orgInfo`.
    pub org_info: Option<GetTodoTaskDetailResponseBodyOrgInfo>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
    /// `tenantId`.
    pub tenant_id: Option<String>,
    /// `tenantType`.
    pub tenant_type: Option<String>,
    /// `todoCardView`.
    pub todo_card_view: Option<GetTodoTaskDetailResponseBodyTodoCardView>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskDetailResponseBody { "bizTag" => read_field(biz_tag), "category" =>
    read_field(category), "createdTime" => read_field(created_time), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "executorStatus" =>
    read_field(executor_status), "finishTime" => read_field(finish_time), "id" =>
    read_field(id), "isOnlyShowExecutor" => read_field(is_only_show_executor),
    "modifiedTime" => read_field(modified_time), "modifierId" => read_field(modifier_id),
    "orgInfo" => read_field(org_info), "participantIds" => read_field(participant_ids),
    "priority" => read_field(priority), "requestId" => read_field(request_id), "source"
    => read_field(source), "sourceId" => read_field(source_id), "startTime" =>
    read_field(start_time), "subject" => read_field(subject), "tenantId" =>
    read_field(tenant_id), "tenantType" => read_field(tenant_type), "todoCardView" =>
    read_field(todo_card_view), "todoType" => read_field(todo_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskDetailResponseBody { "bizTag" => optional(biz_tag), "category" =>
    optional(category), "createdTime" => optional(created_time), "creatorId" =>
    optional(creator_id), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "done" => optional(done), "dueTime" => optional(due_time),
    "executorIds" => optional(executor_ids), "executorStatus" =>
    optional(executor_status), "finishTime" => optional(finish_time), "id" =>
    optional(id), "isOnlyShowExecutor" => optional(is_only_show_executor), "modifiedTime"
    => optional(modified_time), "modifierId" => optional(modifier_id), "orgInfo" =>
    optional(org_info), "participantIds" => optional(participant_ids), "priority" =>
    optional(priority), "requestId" => optional(request_id), "source" =>
    optional(source), "sourceId" => optional(source_id), "startTime" =>
    optional(start_time), "subject" => optional(subject), "tenantId" =>
    optional(tenant_id), "tenantType" => optional(tenant_type), "todoCardView" =>
    optional(todo_card_view), "todoType" => optional(todo_type) }
}
/// `GetTodoTypeConfigResponseBody`: the same model as [`CreateTodoTypeConfigResponseBody`].
pub type GetTodoTypeConfigResponseBody = CreateTodoTypeConfigResponseBody;
/// `HideUserTodoTaskResponseBody`, a model several operations share: also named [`RemoveBizCategoryResponseBody`], [`SetBizCategoryResponseBody`], [`SetOrgConfigResponseBody`], [`UpdatePersonalTodoTaskResponseBody`], [`UpdatePersonalTodoTaskExecutorStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HideUserTodoTaskResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    HideUserTodoTaskResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HideUserTodoTaskResponseBody { "success" => optional(success) }
}
/// `ListAllBizCategoryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllBizCategoryResponseBody {
    /// `bizCategories`.
    pub biz_categories: Option<Vec<ListAllBizCategoryResponseBodyBizCategories>>,
}
rt::impl_deserialize! {
    ListAllBizCategoryResponseBody { "bizCategories" => read_field(biz_categories) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllBizCategoryResponseBody { "bizCategories" => optional(biz_categories) }
}
/// `QueryOrgConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgConfigResponseBody {
    /// `appDisplayStyle`.
    pub app_display_style: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `homepageCatalogs`.
    pub homepage_catalogs: Option<Vec<String>>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryOrgConfigResponseBody { "appDisplayStyle" => read_field(app_display_style),
    "createdTime" => read_field(created_time), "homepageCatalogs" =>
    read_field(homepage_catalogs), "modifiedTime" => read_field(modified_time), "status"
    => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgConfigResponseBody { "appDisplayStyle" => optional(app_display_style),
    "createdTime" => optional(created_time), "homepageCatalogs" =>
    optional(homepage_catalogs), "modifiedTime" => optional(modified_time), "status" =>
    optional(status) }
}
/// `QueryOrgTodoByUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgTodoByUserResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `todoCards`.
    pub todo_cards: Option<Vec<QueryOrgTodoByUserResponseBodyTodoCards>>,
}
rt::impl_deserialize! {
    QueryOrgTodoByUserResponseBody { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "todoCards" => read_field(todo_cards) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgTodoByUserResponseBody { "maxResults" => optional(max_results), "nextToken"
    => optional(next_token), "todoCards" => optional(todo_cards) }
}
/// `QueryOrgTodoTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgTodoTasksResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `todoCards`.
    pub todo_cards: Option<Vec<QueryOrgTodoTasksResponseBodyTodoCards>>,
}
rt::impl_deserialize! {
    QueryOrgTodoTasksResponseBody { "nextToken" => read_field(next_token), "todoCards" =>
    read_field(todo_cards) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgTodoTasksResponseBody { "nextToken" => optional(next_token), "todoCards" =>
    optional(todo_cards) }
}
/// `QueryTodoTasksResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTodoTasksResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `todoCards`.
    pub todo_cards: Option<Vec<QueryTodoTasksResponseBodyTodoCards>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryTodoTasksResponseBody { "nextToken" => read_field(next_token), "todoCards" =>
    read_field(todo_cards), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTodoTasksResponseBody { "nextToken" => optional(next_token), "todoCards" =>
    optional(todo_cards), "totalCount" => optional(total_count) }
}
/// `RemoveBizCategoryResponseBody`: the same model as [`HideUserTodoTaskResponseBody`].
pub type RemoveBizCategoryResponseBody = HideUserTodoTaskResponseBody;
/// `SetBizCategoryResponseBody`: the same model as [`HideUserTodoTaskResponseBody`].
pub type SetBizCategoryResponseBody = HideUserTodoTaskResponseBody;
/// `SetOrgConfigResponseBody`: the same model as [`HideUserTodoTaskResponseBody`].
pub type SetOrgConfigResponseBody = HideUserTodoTaskResponseBody;
/// `UpdatePersonalTodoTaskResponseBody`: the same model as [`HideUserTodoTaskResponseBody`].
pub type UpdatePersonalTodoTaskResponseBody = HideUserTodoTaskResponseBody;
/// `UpdatePersonalTodoTaskExecutorStatusResponseBody`: the same model as [`HideUserTodoTaskResponseBody`].
pub type UpdatePersonalTodoTaskExecutorStatusResponseBody = HideUserTodoTaskResponseBody;
/// `UpdateTodoTaskRequestContentFieldList`: the same model as [`CreateTodoTaskRequestContentFieldList`].
pub type UpdateTodoTaskRequestContentFieldList = CreateTodoTaskRequestContentFieldList;
/// `UpdateTodoTaskResponseBody`, a model several operations share: also named [`UpdateTodoTaskExecutorStatusResponseBody`], [`UpdateTodoTypeConfigResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTodoTaskResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateTodoTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTodoTaskResponseBody { "result" => optional(result) }
}
/// `UpdateTodoTaskExecutorStatusRequestExecutorStatusList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTodoTaskExecutorStatusRequestExecutorStatusList {
    /// `id`.
    pub id: Option<String>,
    /// `isDone`.
    pub is_done: Option<bool>,
}
impl UpdateTodoTaskExecutorStatusRequestExecutorStatusList {
    /// An empty `UpdateTodoTaskExecutorStatusRequestExecutorStatusList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `isDone`.
    pub fn is_done(mut self, value: bool) -> Self {
        self.is_done = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateTodoTaskExecutorStatusRequestExecutorStatusList { "id" => optional(id),
    "isDone" => optional(is_done) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTodoTaskExecutorStatusRequestExecutorStatusList { "id" => read_field(id),
    "isDone" => read_field(is_done) }
}
/// `UpdateTodoTaskExecutorStatusResponseBody`: the same model as [`UpdateTodoTaskResponseBody`].
pub type UpdateTodoTaskExecutorStatusResponseBody = UpdateTodoTaskResponseBody;
/// `UpdateTodoTypeConfigRequestActionList`: the same model as [`CreateTodoTypeConfigRequestActionList`].
pub type UpdateTodoTypeConfigRequestActionList = CreateTodoTypeConfigRequestActionList;
/// `UpdateTodoTypeConfigRequestContentFieldList`: the same model as [`CreateTodoTypeConfigRequestContentFieldList`].
pub type UpdateTodoTypeConfigRequestContentFieldList = CreateTodoTypeConfigRequestContentFieldList;
/// `UpdateTodoTypeConfigResponseBody`: the same model as [`UpdateTodoTaskResponseBody`].
pub type UpdateTodoTypeConfigResponseBody = UpdateTodoTaskResponseBody;
/// `CreateTodoTaskRequestActionListParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskRequestActionListParam {
    /// `body`.
    pub body: Option<String>,
    /// `header`.
    pub header: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl CreateTodoTaskRequestActionListParam {
    /// An empty `CreateTodoTaskRequestActionListParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Sets `header`.
    pub fn header(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.header = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequestActionListParam { "body" => optional(body), "header" =>
    optional(header) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequestActionListParam { "body" => read_field(body), "header" =>
    read_field(header) }
}
/// `CreateTodoTaskResponseBodyContentFieldList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBodyContentFieldList {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
}
rt::impl_deserialize! {
    CreateTodoTaskResponseBodyContentFieldList { "fieldKey" => read_field(field_key),
    "fieldValue" => read_field(field_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTaskResponseBodyContentFieldList { "fieldKey" => optional(field_key),
    "fieldValue" => optional(field_value) }
}
/// `CreateTodoTaskResponseBodyDetailUrl`, a model several operations share: also named [`GetTodoTaskResponseBodyDetailUrl`], [`GetTodoTaskBySourceIdResponseBodyDetailUrl`], [`GetTodoTaskDetailResponseBodyDetailUrl`], [`QueryOrgTodoByUserResponseBodyTodoCardsDetailUrl`], [`QueryOrgTodoTasksResponseBodyTodoCardsDetailUrl`], [`QueryTodoTasksResponseBodyTodoCardsDetailUrl`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBodyDetailUrl {
    /// `appUrl`.
    pub app_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
rt::impl_deserialize! {
    CreateTodoTaskResponseBodyDetailUrl { "appUrl" => read_field(app_url), "pcUrl" =>
    read_field(pc_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTaskResponseBodyDetailUrl { "appUrl" => optional(app_url), "pcUrl" =>
    optional(pc_url) }
}
/// `CreateTodoTaskResponseBodyNotifyConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBodyNotifyConfigs {
    /// `dingNotify`.
    pub ding_notify: Option<String>,
}
rt::impl_deserialize! {
    CreateTodoTaskResponseBodyNotifyConfigs { "dingNotify" => read_field(ding_notify) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTaskResponseBodyNotifyConfigs { "dingNotify" => optional(ding_notify) }
}
/// `CreateTodoTypeConfigResponseBodyActionList`, a model several operations share: also named [`GetTodoTypeConfigResponseBodyActionList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTypeConfigResponseBodyActionList {
    /// `actionKey`.
    pub action_key: Option<String>,
    /// `actionType`.
    pub action_type: Option<i64>,
    /// `buttonStyleType`.
    pub button_style_type: Option<i64>,
    /// `nameI18n`.
    pub name_i18n: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    CreateTodoTypeConfigResponseBodyActionList { "actionKey" => read_field(action_key),
    "actionType" => read_field(action_type), "buttonStyleType" =>
    read_field(button_style_type), "nameI18n" => read_field(name_i18n), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTypeConfigResponseBodyActionList { "actionKey" => optional(action_key),
    "actionType" => optional(action_type), "buttonStyleType" =>
    optional(button_style_type), "nameI18n" => optional(name_i18n), "url" =>
    optional(url) }
}
/// `CreateTodoTypeConfigResponseBodyContentFieldList`, a model several operations share: also named [`GetTodoTypeConfigResponseBodyContentFieldList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTodoTypeConfigResponseBodyContentFieldList {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `nameI18n`.
    pub name_i18n: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    CreateTodoTypeConfigResponseBodyContentFieldList { "fieldKey" =>
    read_field(field_key), "fieldType" => read_field(field_type), "nameI18n" =>
    read_field(name_i18n) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTodoTypeConfigResponseBodyContentFieldList { "fieldKey" => optional(field_key),
    "fieldType" => optional(field_type), "nameI18n" => optional(name_i18n) }
}
/// `GetTodoTaskResponseBodyDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type GetTodoTaskResponseBodyDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `GetTodoTaskBySourceIdResponseBodyDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type GetTodoTaskBySourceIdResponseBodyDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `GetTodoTaskDetailResponseBodyDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type GetTodoTaskDetailResponseBodyDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `GetTodoTaskDetailResponseBodyExecutorStatus`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyExecutorStatus {
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskDetailResponseBodyExecutorStatus { "finishTime" =>
    read_field(finish_time), "isDone" => read_field(is_done), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskDetailResponseBodyExecutorStatus { "finishTime" => optional(finish_time),
    "isDone" => optional(is_done), "userId" => optional(user_id) }
}
/// `GetTodoTaskDetailResponseBodyOrgInfo`, a model several operations share: also named [`QueryTodoTasksResponseBodyTodoCardsOrgInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyOrgInfo {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskDetailResponseBodyOrgInfo { "corpId" => read_field(corp_id), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskDetailResponseBodyOrgInfo { "corpId" => optional(corp_id), "name" =>
    optional(name) }
}
/// `GetTodoTaskDetailResponseBodyTodoCardView`, a model several operations share: also named [`QueryTodoTasksResponseBodyTodoCardsTodoCardView`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyTodoCardView {
    /// `actionType`.
    pub action_type: Option<String>,
    /// `cardType`.
    pub card_type: Option<String>,
    /// `circleELType`.
    pub circle_el_type: Option<String>,
    /// `contentType`.
    pub content_type: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `todoCardContentList`.
    pub todo_card_content_list: Option<
        Vec<GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList>,
    >,
    /// `todoCardTitle`.
    pub todo_card_title: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskDetailResponseBodyTodoCardView { "actionType" => read_field(action_type),
    "cardType" => read_field(card_type), "circleELType" => read_field(circle_el_type),
    "contentType" => read_field(content_type), "icon" => read_field(icon),
    "todoCardContentList" => read_field(todo_card_content_list), "todoCardTitle" =>
    read_field(todo_card_title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskDetailResponseBodyTodoCardView { "actionType" => optional(action_type),
    "cardType" => optional(card_type), "circleELType" => optional(circle_el_type),
    "contentType" => optional(content_type), "icon" => optional(icon),
    "todoCardContentList" => optional(todo_card_content_list), "todoCardTitle" =>
    optional(todo_card_title) }
}
/// `GetTodoTypeConfigResponseBodyActionList`: the same model as [`CreateTodoTypeConfigResponseBodyActionList`].
pub type GetTodoTypeConfigResponseBodyActionList = CreateTodoTypeConfigResponseBodyActionList;
/// `GetTodoTypeConfigResponseBodyContentFieldList`: the same model as [`CreateTodoTypeConfigResponseBodyContentFieldList`].
pub type GetTodoTypeConfigResponseBodyContentFieldList = CreateTodoTypeConfigResponseBodyContentFieldList;
/// `ListAllBizCategoryResponseBodyBizCategories`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllBizCategoryResponseBodyBizCategories {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListAllBizCategoryResponseBodyBizCategories { "bizCategoryId" =>
    read_field(biz_category_id), "createdTime" => read_field(created_time), "description"
    => read_field(description), "modifiedTime" => read_field(modified_time), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllBizCategoryResponseBodyBizCategories { "bizCategoryId" =>
    optional(biz_category_id), "createdTime" => optional(created_time), "description" =>
    optional(description), "modifiedTime" => optional(modified_time), "name" =>
    optional(name) }
}
/// `QueryOrgTodoByUserResponseBodyTodoCards`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgTodoByUserResponseBodyTodoCards {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<QueryOrgTodoByUserResponseBodyTodoCardsDetailUrl>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `sourceExt`.
    pub source_ext: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
rt::impl_deserialize! {
    QueryOrgTodoByUserResponseBodyTodoCards { "bizTag" => read_field(biz_tag),
    "createdTime" => read_field(created_time), "creatorId" => read_field(creator_id),
    "detailUrl" => read_field(detail_url), "dueTime" => read_field(due_time), "isDone" =>
    read_field(is_done), "modifiedTime" => read_field(modified_time), "priority" =>
    read_field(priority), "sourceExt" => read_field(source_ext), "sourceId" =>
    read_field(source_id), "subject" => read_field(subject), "taskId" =>
    read_field(task_id), "todoType" => read_field(todo_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgTodoByUserResponseBodyTodoCards { "bizTag" => optional(biz_tag),
    "createdTime" => optional(created_time), "creatorId" => optional(creator_id),
    "detailUrl" => optional(detail_url), "dueTime" => optional(due_time), "isDone" =>
    optional(is_done), "modifiedTime" => optional(modified_time), "priority" =>
    optional(priority), "sourceExt" => optional(source_ext), "sourceId" =>
    optional(source_id), "subject" => optional(subject), "taskId" => optional(task_id),
    "todoType" => optional(todo_type) }
}
/// `QueryOrgTodoTasksResponseBodyTodoCards`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgTodoTasksResponseBodyTodoCards {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<QueryOrgTodoTasksResponseBodyTodoCardsDetailUrl>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
rt::impl_deserialize! {
    QueryOrgTodoTasksResponseBodyTodoCards { "bizTag" => read_field(biz_tag),
    "createdTime" => read_field(created_time), "creatorId" => read_field(creator_id),
    "detailUrl" => read_field(detail_url), "dueTime" => read_field(due_time), "isDone" =>
    read_field(is_done), "modifiedTime" => read_field(modified_time), "priority" =>
    read_field(priority), "sourceId" => read_field(source_id), "subject" =>
    read_field(subject), "taskId" => read_field(task_id), "todoType" =>
    read_field(todo_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgTodoTasksResponseBodyTodoCards { "bizTag" => optional(biz_tag), "createdTime"
    => optional(created_time), "creatorId" => optional(creator_id), "detailUrl" =>
    optional(detail_url), "dueTime" => optional(due_time), "isDone" => optional(is_done),
    "modifiedTime" => optional(modified_time), "priority" => optional(priority),
    "sourceId" => optional(source_id), "subject" => optional(subject), "taskId" =>
    optional(task_id), "todoType" => optional(todo_type) }
}
/// `QueryTodoTasksResponseBodyTodoCards`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTodoTasksResponseBodyTodoCards {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<QueryTodoTasksResponseBodyTodoCardsDetailUrl>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `orgInfo`.
    pub org_info: Option<QueryTodoTasksResponseBodyTodoCardsOrgInfo>,
    /// `originalSource`.
    pub original_source: Option<QueryTodoTasksResponseBodyTodoCardsOriginalSource>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `todoCardView`.
    pub todo_card_view: Option<QueryTodoTasksResponseBodyTodoCardsTodoCardView>,
    /// `todoStatus`.
    pub todo_status: Option<String>,
}
rt::impl_deserialize! {
    QueryTodoTasksResponseBodyTodoCards { "bizTag" => read_field(biz_tag), "category" =>
    read_field(category), "createdTime" => read_field(created_time), "creatorId" =>
    read_field(creator_id), "detailUrl" => read_field(detail_url), "dueTime" =>
    read_field(due_time), "isDone" => read_field(is_done), "modifiedTime" =>
    read_field(modified_time), "orgInfo" => read_field(org_info), "originalSource" =>
    read_field(original_source), "priority" => read_field(priority), "sourceId" =>
    read_field(source_id), "subject" => read_field(subject), "taskId" =>
    read_field(task_id), "todoCardView" => read_field(todo_card_view), "todoStatus" =>
    read_field(todo_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTodoTasksResponseBodyTodoCards { "bizTag" => optional(biz_tag), "category" =>
    optional(category), "createdTime" => optional(created_time), "creatorId" =>
    optional(creator_id), "detailUrl" => optional(detail_url), "dueTime" =>
    optional(due_time), "isDone" => optional(is_done), "modifiedTime" =>
    optional(modified_time), "orgInfo" => optional(org_info), "originalSource" =>
    optional(original_source), "priority" => optional(priority), "sourceId" =>
    optional(source_id), "subject" => optional(subject), "taskId" => optional(task_id),
    "todoCardView" => optional(todo_card_view), "todoStatus" => optional(todo_status) }
}
/// `GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList`, a model several operations share: also named [`QueryTodoTasksResponseBodyTodoCardsTodoCardViewTodoCardContentList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList { "name" =>
    read_field(name), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList { "name" =>
    optional(name), "value" => optional(value) }
}
/// `QueryOrgTodoByUserResponseBodyTodoCardsDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type QueryOrgTodoByUserResponseBodyTodoCardsDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `QueryOrgTodoTasksResponseBodyTodoCardsDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type QueryOrgTodoTasksResponseBodyTodoCardsDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `QueryTodoTasksResponseBodyTodoCardsDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type QueryTodoTasksResponseBodyTodoCardsDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `QueryTodoTasksResponseBodyTodoCardsOrgInfo`: the same model as [`GetTodoTaskDetailResponseBodyOrgInfo`].
pub type QueryTodoTasksResponseBodyTodoCardsOrgInfo = GetTodoTaskDetailResponseBodyOrgInfo;
/// `QueryTodoTasksResponseBodyTodoCardsOriginalSource`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTodoTasksResponseBodyTodoCardsOriginalSource {
    /// `sourceTitle`.
    pub source_title: Option<String>,
}
rt::impl_deserialize! {
    QueryTodoTasksResponseBodyTodoCardsOriginalSource { "sourceTitle" =>
    read_field(source_title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTodoTasksResponseBodyTodoCardsOriginalSource { "sourceTitle" =>
    optional(source_title) }
}
/// `QueryTodoTasksResponseBodyTodoCardsTodoCardView`: the same model as [`GetTodoTaskDetailResponseBodyTodoCardView`].
pub type QueryTodoTasksResponseBodyTodoCardsTodoCardView = GetTodoTaskDetailResponseBodyTodoCardView;
/// `QueryTodoTasksResponseBodyTodoCardsTodoCardViewTodoCardContentList`: the same model as [`GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList`].
pub type QueryTodoTasksResponseBodyTodoCardsTodoCardViewTodoCardContentList = GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList;
/// The request of [`Api::count_todo_tasks`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CountTodoTasksRequest {
    /// `fromDueTime`.
    pub from_due_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `isRecycled`.
    pub is_recycled: Option<bool>,
    /// `roleTypes`.
    pub role_types: Option<Vec<Vec<String>>>,
    /// `toDueTime`.
    pub to_due_time: Option<i64>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
impl CountTodoTasksRequest {
    /// An empty `CountTodoTasksRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fromDueTime`.
    pub fn from_due_time(mut self, value: i64) -> Self {
        self.from_due_time = Some(value);
        self
    }
    /// Sets `isDone`.
    pub fn is_done(mut self, value: bool) -> Self {
        self.is_done = Some(value);
        self
    }
    /// Sets `isRecycled`.
    pub fn is_recycled(mut self, value: bool) -> Self {
        self.is_recycled = Some(value);
        self
    }
    /// Sets `roleTypes`.
    pub fn role_types(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.role_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `toDueTime`.
    pub fn to_due_time(mut self, value: i64) -> Self {
        self.to_due_time = Some(value);
        self
    }
    /// Sets `todoType`.
    pub fn todo_type(mut self, value: impl Into<String>) -> Self {
        self.todo_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CountTodoTasksRequest { "fromDueTime" => optional(from_due_time), "isDone" =>
    optional(is_done), "isRecycled" => optional(is_recycled), "roleTypes" =>
    optional(role_types), "toDueTime" => optional(to_due_time), "todoType" =>
    optional(todo_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CountTodoTasksRequest { "fromDueTime" => read_field(from_due_time), "isDone" =>
    read_field(is_done), "isRecycled" => read_field(is_recycled), "roleTypes" =>
    read_field(role_types), "toDueTime" => read_field(to_due_time), "todoType" =>
    read_field(todo_type) }
}
impl rt::WriteRequest for CountTodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_personal_todo_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreatePersonalTodoTaskRequest {
    /// `description`.
    pub description: Option<String>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Vec<String>,
    /// `notifyConfigs`.
    pub notify_configs: Option<CreatePersonalTodoTaskRequestNotifyConfigs>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `reminderTimeStamp`.
    pub reminder_time_stamp: Option<i64>,
    /// `subject`.
    pub subject: String,
}
/// The required fields of [`CreatePersonalTodoTaskRequest`], each named where it is set: `CreatePersonalTodoTaskRequest::new(CreatePersonalTodoTaskRequired { .. })`.
pub struct CreatePersonalTodoTaskRequired {
    /// `executorIds`: see [`CreatePersonalTodoTaskRequest::executor_ids`].
    pub executor_ids: Vec<String>,
    /// `subject`: see [`CreatePersonalTodoTaskRequest::subject`].
    pub subject: String,
}
impl CreatePersonalTodoTaskRequest {
    /// A `CreatePersonalTodoTaskRequest` with its required fields (`executorIds`, `subject`); set the others with the methods named after them.
    pub fn new(required: CreatePersonalTodoTaskRequired) -> Self {
        let CreatePersonalTodoTaskRequired { executor_ids, subject } = required;
        Self {
            description: None,
            due_time: None,
            executor_ids,
            notify_configs: None,
            participant_ids: None,
            reminder_time_stamp: None,
            subject,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `dueTime`.
    pub fn due_time(mut self, value: i64) -> Self {
        self.due_time = Some(value);
        self
    }
    /// Sets `notifyConfigs`.
    pub fn notify_configs(
        mut self,
        value: CreatePersonalTodoTaskRequestNotifyConfigs,
    ) -> Self {
        self.notify_configs = Some(value);
        self
    }
    /// Sets `participantIds`.
    pub fn participant_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.participant_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `reminderTimeStamp`.
    pub fn reminder_time_stamp(mut self, value: i64) -> Self {
        self.reminder_time_stamp = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreatePersonalTodoTaskRequest { "description" => optional(description), "dueTime" =>
    optional(due_time), "executorIds" => field(executor_ids), "notifyConfigs" =>
    optional(notify_configs), "participantIds" => optional(participant_ids),
    "reminderTimeStamp" => optional(reminder_time_stamp), "subject" => field(subject) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePersonalTodoTaskRequest { "description" => read_field(description), "dueTime"
    => read_field(due_time), "executorIds" => read_field(executor_ids), "notifyConfigs"
    => read_field(notify_configs), "participantIds" => read_field(participant_ids),
    "reminderTimeStamp" => read_field(reminder_time_stamp), "subject" =>
    read_field(subject) }
}
impl rt::WriteRequest for CreatePersonalTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_todo_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTodoTaskRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `actionList`.
    pub action_list: Option<Vec<CreateTodoTaskRequestActionList>>,
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `contentFieldList`.
    pub content_field_list: Option<Vec<CreateTodoTaskRequestContentFieldList>>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<CreateTodoTaskRequestDetailUrl>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `isOnlyShowExecutor`.
    pub is_only_show_executor: Option<bool>,
    /// `notifyConfigs`.
    pub notify_configs: Option<CreateTodoTaskRequestNotifyConfigs>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `remindNotifyConfigs`.
    pub remind_notify_configs: Option<CreateTodoTaskRequestRemindNotifyConfigs>,
    /// `reminderTimeStamp`.
    pub reminder_time_stamp: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `subject`.
    pub subject: String,
    /// `thirdExtension`.
    pub third_extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
/// The required fields of [`CreateTodoTaskRequest`], each named where it is set: `CreateTodoTaskRequest::new(CreateTodoTaskRequired { .. })`.
pub struct CreateTodoTaskRequired {
    /// `subject`: see [`CreateTodoTaskRequest::subject`].
    pub subject: String,
}
impl CreateTodoTaskRequest {
    /// A `CreateTodoTaskRequest` with its required fields (`subject`); set the others with the methods named after them.
    pub fn new(required: CreateTodoTaskRequired) -> Self {
        let CreateTodoTaskRequired { subject } = required;
        Self {
            operator_id: None,
            action_list: None,
            biz_category_id: None,
            content_field_list: None,
            creator_id: None,
            description: None,
            detail_url: None,
            due_time: None,
            executor_ids: None,
            is_only_show_executor: None,
            notify_configs: None,
            participant_ids: None,
            priority: None,
            remind_notify_configs: None,
            reminder_time_stamp: None,
            source_id: None,
            subject,
            third_extension: None,
            todo_type: None,
        }
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `actionList`.
    pub fn action_list(
        mut self,
        value: impl IntoIterator<Item = CreateTodoTaskRequestActionList>,
    ) -> Self {
        self.action_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `bizCategoryId`.
    pub fn biz_category_id(mut self, value: impl Into<String>) -> Self {
        self.biz_category_id = Some(value.into());
        self
    }
    /// Sets `contentFieldList`.
    pub fn content_field_list(
        mut self,
        value: impl IntoIterator<Item = CreateTodoTaskRequestContentFieldList>,
    ) -> Self {
        self.content_field_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `creatorId`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `detailUrl`.
    pub fn detail_url(mut self, value: CreateTodoTaskRequestDetailUrl) -> Self {
        self.detail_url = Some(value);
        self
    }
    /// Sets `dueTime`.
    pub fn due_time(mut self, value: i64) -> Self {
        self.due_time = Some(value);
        self
    }
    /// Sets `executorIds`.
    pub fn executor_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.executor_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `isOnlyShowExecutor`.
    pub fn is_only_show_executor(mut self, value: bool) -> Self {
        self.is_only_show_executor = Some(value);
        self
    }
    /// Sets `notifyConfigs`.
    pub fn notify_configs(mut self, value: CreateTodoTaskRequestNotifyConfigs) -> Self {
        self.notify_configs = Some(value);
        self
    }
    /// Sets `participantIds`.
    pub fn participant_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.participant_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
    /// Sets `remindNotifyConfigs`.
    pub fn remind_notify_configs(
        mut self,
        value: CreateTodoTaskRequestRemindNotifyConfigs,
    ) -> Self {
        self.remind_notify_configs = Some(value);
        self
    }
    /// Sets `reminderTimeStamp`.
    pub fn reminder_time_stamp(mut self, value: i64) -> Self {
        self.reminder_time_stamp = Some(value);
        self
    }
    /// Sets `sourceId`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `thirdExtension`.
    pub fn third_extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.third_extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `todoType`.
    pub fn todo_type(mut self, value: impl Into<String>) -> Self {
        self.todo_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTaskRequest { "actionList" => optional(action_list), "bizCategoryId" =>
    optional(biz_category_id), "contentFieldList" => optional(content_field_list),
    "creatorId" => optional(creator_id), "description" => optional(description),
    "detailUrl" => optional(detail_url), "dueTime" => optional(due_time), "executorIds"
    => optional(executor_ids), "isOnlyShowExecutor" => optional(is_only_show_executor),
    "notifyConfigs" => optional(notify_configs), "participantIds" =>
    optional(participant_ids), "priority" => optional(priority), "remindNotifyConfigs" =>
    optional(remind_notify_configs), "reminderTimeStamp" =>
    optional(reminder_time_stamp), "sourceId" => optional(source_id), "subject" =>
    field(subject), "thirdExtension" => optional(third_extension), "todoType" =>
    optional(todo_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTaskRequest { "operatorId" => read_field(operator_id), "actionList" =>
    read_field(action_list), "bizCategoryId" => read_field(biz_category_id),
    "contentFieldList" => read_field(content_field_list), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "dueTime" => read_field(due_time), "executorIds" =>
    read_field(executor_ids), "isOnlyShowExecutor" => read_field(is_only_show_executor),
    "notifyConfigs" => read_field(notify_configs), "participantIds" =>
    read_field(participant_ids), "priority" => read_field(priority),
    "remindNotifyConfigs" => read_field(remind_notify_configs), "reminderTimeStamp" =>
    read_field(reminder_time_stamp), "sourceId" => read_field(source_id), "subject" =>
    read_field(subject), "thirdExtension" => read_field(third_extension), "todoType" =>
    read_field(todo_type) }
}
impl rt::WriteRequest for CreateTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_todo_type_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTodoTypeConfigRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `actionList`.
    pub action_list: Option<Vec<CreateTodoTypeConfigRequestActionList>>,
    /// `cardType`.
    pub card_type: i64,
    /// `contentFieldList`.
    pub content_field_list: Option<Vec<CreateTodoTypeConfigRequestContentFieldList>>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: String,
    /// `pcDetailUrlOpenMode`.
    pub pc_detail_url_open_mode: String,
}
/// The required fields of [`CreateTodoTypeConfigRequest`], each named where it is set: `CreateTodoTypeConfigRequest::new(CreateTodoTypeConfigRequired { .. })`.
pub struct CreateTodoTypeConfigRequired {
    /// `cardType`: see [`CreateTodoTypeConfigRequest::card_type`].
    pub card_type: i64,
    /// `icon`: see [`CreateTodoTypeConfigRequest::icon`].
    pub icon: String,
    /// `pcDetailUrlOpenMode`: see [`CreateTodoTypeConfigRequest::pc_detail_url_open_mode`].
    pub pc_detail_url_open_mode: String,
}
impl CreateTodoTypeConfigRequest {
    /// A `CreateTodoTypeConfigRequest` with its required fields (`cardType`, `icon`, `pcDetailUrlOpenMode`); set the others with the methods named after them.
    pub fn new(required: CreateTodoTypeConfigRequired) -> Self {
        let CreateTodoTypeConfigRequired { card_type, icon, pc_detail_url_open_mode } = required;
        Self {
            operator_id: None,
            action_list: None,
            card_type,
            content_field_list: None,
            description: None,
            icon,
            pc_detail_url_open_mode,
        }
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `actionList`.
    pub fn action_list(
        mut self,
        value: impl IntoIterator<Item = CreateTodoTypeConfigRequestActionList>,
    ) -> Self {
        self.action_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `contentFieldList`.
    pub fn content_field_list(
        mut self,
        value: impl IntoIterator<Item = CreateTodoTypeConfigRequestContentFieldList>,
    ) -> Self {
        self.content_field_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTodoTypeConfigRequest { "actionList" => optional(action_list), "cardType" =>
    field(card_type), "contentFieldList" => optional(content_field_list), "description"
    => optional(description), "icon" => field(icon), "pcDetailUrlOpenMode" =>
    field(pc_detail_url_open_mode) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTodoTypeConfigRequest { "operatorId" => read_field(operator_id), "actionList"
    => read_field(action_list), "cardType" => read_field(card_type), "contentFieldList"
    => read_field(content_field_list), "description" => read_field(description), "icon"
    => read_field(icon), "pcDetailUrlOpenMode" => read_field(pc_detail_url_open_mode) }
}
impl rt::WriteRequest for CreateTodoTypeConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_todo_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteTodoTaskRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
}
impl DeleteTodoTaskRequest {
    /// An empty `DeleteTodoTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteTodoTaskRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_org_todo_by_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgTodoByUserRequest {
    /// `fromDueTime`.
    pub from_due_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `needPersonalTodo`.
    pub need_personal_todo: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `orderBy`.
    pub order_by: Option<String>,
    /// `orderDirection`.
    pub order_direction: Option<String>,
    /// `roleTypes`.
    pub role_types: Option<Vec<Vec<String>>>,
    /// `subject`.
    pub subject: Option<String>,
    /// `toDueTime`.
    pub to_due_time: Option<i64>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
impl QueryOrgTodoByUserRequest {
    /// An empty `QueryOrgTodoByUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fromDueTime`.
    pub fn from_due_time(mut self, value: i64) -> Self {
        self.from_due_time = Some(value);
        self
    }
    /// Sets `isDone`.
    pub fn is_done(mut self, value: bool) -> Self {
        self.is_done = Some(value);
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `needPersonalTodo`.
    pub fn need_personal_todo(mut self, value: bool) -> Self {
        self.need_personal_todo = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `orderDirection`.
    pub fn order_direction(mut self, value: impl Into<String>) -> Self {
        self.order_direction = Some(value.into());
        self
    }
    /// Sets `roleTypes`.
    pub fn role_types(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.role_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
    /// Sets `toDueTime`.
    pub fn to_due_time(mut self, value: i64) -> Self {
        self.to_due_time = Some(value);
        self
    }
    /// Sets `todoType`.
    pub fn todo_type(mut self, value: impl Into<String>) -> Self {
        self.todo_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryOrgTodoByUserRequest { "fromDueTime" => optional(from_due_time), "isDone" =>
    optional(is_done), "maxResults" => optional(max_results), "needPersonalTodo" =>
    optional(need_personal_todo), "nextToken" => optional(next_token), "orderBy" =>
    optional(order_by), "orderDirection" => optional(order_direction), "roleTypes" =>
    optional(role_types), "subject" => optional(subject), "toDueTime" =>
    optional(to_due_time), "todoType" => optional(todo_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrgTodoByUserRequest { "fromDueTime" => read_field(from_due_time), "isDone" =>
    read_field(is_done), "maxResults" => read_field(max_results), "needPersonalTodo" =>
    read_field(need_personal_todo), "nextToken" => read_field(next_token), "orderBy" =>
    read_field(order_by), "orderDirection" => read_field(order_direction), "roleTypes" =>
    read_field(role_types), "subject" => read_field(subject), "toDueTime" =>
    read_field(to_due_time), "todoType" => read_field(todo_type) }
}
impl rt::WriteRequest for QueryOrgTodoByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_org_todo_tasks`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgTodoTasksRequest {
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `roleTypes`.
    pub role_types: Option<Vec<Vec<String>>>,
    /// `todoType`.
    pub todo_type: Option<String>,
}
impl QueryOrgTodoTasksRequest {
    /// An empty `QueryOrgTodoTasksRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `isDone`.
    pub fn is_done(mut self, value: bool) -> Self {
        self.is_done = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `roleTypes`.
    pub fn role_types(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.role_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `todoType`.
    pub fn todo_type(mut self, value: impl Into<String>) -> Self {
        self.todo_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryOrgTodoTasksRequest { "isDone" => optional(is_done), "nextToken" =>
    optional(next_token), "roleTypes" => optional(role_types), "todoType" =>
    optional(todo_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrgTodoTasksRequest { "isDone" => read_field(is_done), "nextToken" =>
    read_field(next_token), "roleTypes" => read_field(role_types), "todoType" =>
    read_field(todo_type) }
}
impl rt::WriteRequest for QueryOrgTodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_todo_tasks`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTodoTasksRequest {
    /// `category`.
    pub category: Option<String>,
    /// `fromDueTime`.
    pub from_due_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `isRecycled`.
    pub is_recycled: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `orderBy`.
    pub order_by: Option<String>,
    /// `orderDirection`.
    pub order_direction: Option<String>,
    /// `roleTypes`.
    pub role_types: Option<Vec<Vec<String>>>,
    /// `toDueTime`.
    pub to_due_time: Option<i64>,
}
impl QueryTodoTasksRequest {
    /// An empty `QueryTodoTasksRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `fromDueTime`.
    pub fn from_due_time(mut self, value: i64) -> Self {
        self.from_due_time = Some(value);
        self
    }
    /// Sets `isDone`.
    pub fn is_done(mut self, value: bool) -> Self {
        self.is_done = Some(value);
        self
    }
    /// Sets `isRecycled`.
    pub fn is_recycled(mut self, value: bool) -> Self {
        self.is_recycled = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `orderDirection`.
    pub fn order_direction(mut self, value: impl Into<String>) -> Self {
        self.order_direction = Some(value.into());
        self
    }
    /// Sets `roleTypes`.
    pub fn role_types(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.role_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `toDueTime`.
    pub fn to_due_time(mut self, value: i64) -> Self {
        self.to_due_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    QueryTodoTasksRequest { "category" => optional(category), "fromDueTime" =>
    optional(from_due_time), "isDone" => optional(is_done), "isRecycled" =>
    optional(is_recycled), "nextToken" => optional(next_token), "orderBy" =>
    optional(order_by), "orderDirection" => optional(order_direction), "roleTypes" =>
    optional(role_types), "toDueTime" => optional(to_due_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTodoTasksRequest { "category" => read_field(category), "fromDueTime" =>
    read_field(from_due_time), "isDone" => read_field(is_done), "isRecycled" =>
    read_field(is_recycled), "nextToken" => read_field(next_token), "orderBy" =>
    read_field(order_by), "orderDirection" => read_field(order_direction), "roleTypes" =>
    read_field(role_types), "toDueTime" => read_field(to_due_time) }
}
impl rt::WriteRequest for QueryTodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_biz_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveBizCategoryRequest {
    /// `bizCategoryId`: a query parameter.
    pub biz_category_id: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`RemoveBizCategoryRequest`], each named where it is set: `RemoveBizCategoryRequest::new(RemoveBizCategoryRequired { .. })`.
pub struct RemoveBizCategoryRequired {
    /// `bizCategoryId`: see [`RemoveBizCategoryRequest::biz_category_id`].
    pub biz_category_id: String,
    /// `operatorId`: see [`RemoveBizCategoryRequest::operator_id`].
    pub operator_id: String,
}
impl RemoveBizCategoryRequest {
    /// A `RemoveBizCategoryRequest` with its required fields (`bizCategoryId`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: RemoveBizCategoryRequired) -> Self {
        let RemoveBizCategoryRequired { biz_category_id, operator_id } = required;
        Self {
            biz_category_id,
            operator_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveBizCategoryRequest { "bizCategoryId" => read_field(biz_category_id),
    "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for RemoveBizCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCategoryId", &self.biz_category_id);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::set_biz_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetBizCategoryRequest {
    /// `bizCategoryId`: a query parameter.
    pub biz_category_id: String,
    /// `description`: a query parameter.
    pub description: Option<String>,
    /// `name`: a query parameter.
    pub name: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`SetBizCategoryRequest`], each named where it is set: `SetBizCategoryRequest::new(SetBizCategoryRequired { .. })`.
pub struct SetBizCategoryRequired {
    /// `bizCategoryId`: see [`SetBizCategoryRequest::biz_category_id`].
    pub biz_category_id: String,
    /// `name`: see [`SetBizCategoryRequest::name`].
    pub name: String,
    /// `operatorId`: see [`SetBizCategoryRequest::operator_id`].
    pub operator_id: String,
}
impl SetBizCategoryRequest {
    /// A `SetBizCategoryRequest` with its required fields (`bizCategoryId`, `name`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: SetBizCategoryRequired) -> Self {
        let SetBizCategoryRequired { biz_category_id, name, operator_id } = required;
        Self {
            biz_category_id,
            description: None,
            name,
            operator_id,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetBizCategoryRequest { "bizCategoryId" => read_field(biz_category_id), "description"
    => read_field(description), "name" => read_field(name), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for SetBizCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCategoryId", &self.biz_category_id);
        writer.query("description", &self.description);
        writer.query("name", &self.name);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::set_org_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetOrgConfigRequest {
    /// `appDisplayStyle`.
    pub app_display_style: Option<i64>,
    /// `homepageCatalogs`.
    pub homepage_catalogs: Option<Vec<String>>,
    /// `operatorId`.
    pub operator_id: String,
    /// `status`.
    pub status: i64,
}
/// The required fields of [`SetOrgConfigRequest`], each named where it is set: `SetOrgConfigRequest::new(SetOrgConfigRequired { .. })`.
pub struct SetOrgConfigRequired {
    /// `operatorId`: see [`SetOrgConfigRequest::operator_id`].
    pub operator_id: String,
    /// `status`: see [`SetOrgConfigRequest::status`].
    pub status: i64,
}
impl SetOrgConfigRequest {
    /// A `SetOrgConfigRequest` with its required fields (`operatorId`, `status`); set the others with the methods named after them.
    pub fn new(required: SetOrgConfigRequired) -> Self {
        let SetOrgConfigRequired { operator_id, status } = required;
        Self {
            app_display_style: None,
            homepage_catalogs: None,
            operator_id,
            status,
        }
    }
    /// Sets `appDisplayStyle`.
    pub fn app_display_style(mut self, value: i64) -> Self {
        self.app_display_style = Some(value);
        self
    }
    /// Sets `homepageCatalogs`.
    pub fn homepage_catalogs(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.homepage_catalogs = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SetOrgConfigRequest { "appDisplayStyle" => optional(app_display_style),
    "homepageCatalogs" => optional(homepage_catalogs), "operatorId" =>
    field(operator_id), "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetOrgConfigRequest { "appDisplayStyle" => read_field(app_display_style),
    "homepageCatalogs" => read_field(homepage_catalogs), "operatorId" =>
    read_field(operator_id), "status" => read_field(status) }
}
impl rt::WriteRequest for SetOrgConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_personal_todo_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePersonalTodoTaskRequest {
    /// `description`.
    pub description: Option<String>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `subject`.
    pub subject: Option<String>,
}
impl UpdatePersonalTodoTaskRequest {
    /// An empty `UpdatePersonalTodoTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `done`.
    pub fn done(mut self, value: bool) -> Self {
        self.done = Some(value);
        self
    }
    /// Sets `dueTime`.
    pub fn due_time(mut self, value: i64) -> Self {
        self.due_time = Some(value);
        self
    }
    /// Sets `executorIds`.
    pub fn executor_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.executor_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `participantIds`.
    pub fn participant_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.participant_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdatePersonalTodoTaskRequest { "description" => optional(description), "done" =>
    optional(done), "dueTime" => optional(due_time), "executorIds" =>
    optional(executor_ids), "participantIds" => optional(participant_ids), "subject" =>
    optional(subject) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePersonalTodoTaskRequest { "description" => read_field(description), "done" =>
    read_field(done), "dueTime" => read_field(due_time), "executorIds" =>
    read_field(executor_ids), "participantIds" => read_field(participant_ids), "subject"
    => read_field(subject) }
}
impl rt::WriteRequest for UpdatePersonalTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_personal_todo_task_executor_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePersonalTodoTaskExecutorStatusRequest {
    /// `done`: a query parameter.
    pub done: Option<bool>,
}
impl UpdatePersonalTodoTaskExecutorStatusRequest {
    /// An empty `UpdatePersonalTodoTaskExecutorStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `done`.
    pub fn done(mut self, value: bool) -> Self {
        self.done = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePersonalTodoTaskExecutorStatusRequest { "done" => read_field(done) }
}
impl rt::WriteRequest for UpdatePersonalTodoTaskExecutorStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("done", &self.done);
    }
}
/// The request of [`Api::update_todo_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTodoTaskRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `contentFieldList`.
    pub content_field_list: Option<Vec<UpdateTodoTaskRequestContentFieldList>>,
    /// `description`.
    pub description: Option<String>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `participantIds`.
    pub participant_ids: Option<Vec<String>>,
    /// `subject`.
    pub subject: Option<String>,
}
impl UpdateTodoTaskRequest {
    /// An empty `UpdateTodoTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `contentFieldList`.
    pub fn content_field_list(
        mut self,
        value: impl IntoIterator<Item = UpdateTodoTaskRequestContentFieldList>,
    ) -> Self {
        self.content_field_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `done`.
    pub fn done(mut self, value: bool) -> Self {
        self.done = Some(value);
        self
    }
    /// Sets `dueTime`.
    pub fn due_time(mut self, value: i64) -> Self {
        self.due_time = Some(value);
        self
    }
    /// Sets `executorIds`.
    pub fn executor_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.executor_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `participantIds`.
    pub fn participant_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.participant_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTodoTaskRequest { "contentFieldList" => optional(content_field_list),
    "description" => optional(description), "done" => optional(done), "dueTime" =>
    optional(due_time), "executorIds" => optional(executor_ids), "participantIds" =>
    optional(participant_ids), "subject" => optional(subject) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTodoTaskRequest { "operatorId" => read_field(operator_id), "contentFieldList"
    => read_field(content_field_list), "description" => read_field(description), "done"
    => read_field(done), "dueTime" => read_field(due_time), "executorIds" =>
    read_field(executor_ids), "participantIds" => read_field(participant_ids), "subject"
    => read_field(subject) }
}
impl rt::WriteRequest for UpdateTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_todo_task_executor_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTodoTaskExecutorStatusRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `executorStatusList`.
    pub executor_status_list: Option<
        Vec<UpdateTodoTaskExecutorStatusRequestExecutorStatusList>,
    >,
}
impl UpdateTodoTaskExecutorStatusRequest {
    /// An empty `UpdateTodoTaskExecutorStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `executorStatusList`.
    pub fn executor_status_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateTodoTaskExecutorStatusRequestExecutorStatusList,
        >,
    ) -> Self {
        self.executor_status_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateTodoTaskExecutorStatusRequest { "executorStatusList" =>
    optional(executor_status_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTodoTaskExecutorStatusRequest { "operatorId" => read_field(operator_id),
    "executorStatusList" => read_field(executor_status_list) }
}
impl rt::WriteRequest for UpdateTodoTaskExecutorStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_todo_type_config`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTodoTypeConfigRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `actionList`.
    pub action_list: Option<Vec<UpdateTodoTypeConfigRequestActionList>>,
    /// `cardType`.
    pub card_type: Option<i64>,
    /// `contentFieldList`.
    pub content_field_list: Option<Vec<UpdateTodoTypeConfigRequestContentFieldList>>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `pcDetailUrlOpenMode`.
    pub pc_detail_url_open_mode: Option<String>,
}
impl UpdateTodoTypeConfigRequest {
    /// An empty `UpdateTodoTypeConfigRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `actionList`.
    pub fn action_list(
        mut self,
        value: impl IntoIterator<Item = UpdateTodoTypeConfigRequestActionList>,
    ) -> Self {
        self.action_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `cardType`.
    pub fn card_type(mut self, value: i64) -> Self {
        self.card_type = Some(value);
        self
    }
    /// Sets `contentFieldList`.
    pub fn content_field_list(
        mut self,
        value: impl IntoIterator<Item = UpdateTodoTypeConfigRequestContentFieldList>,
    ) -> Self {
        self.content_field_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `pcDetailUrlOpenMode`.
    pub fn pc_detail_url_open_mode(mut self, value: impl Into<String>) -> Self {
        self.pc_detail_url_open_mode = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTodoTypeConfigRequest { "actionList" => optional(action_list), "cardType" =>
    optional(card_type), "contentFieldList" => optional(content_field_list),
    "description" => optional(description), "icon" => optional(icon),
    "pcDetailUrlOpenMode" => optional(pc_detail_url_open_mode) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTodoTypeConfigRequest { "operatorId" => read_field(operator_id), "actionList"
    => read_field(action_list), "cardType" => read_field(card_type), "contentFieldList"
    => read_field(content_field_list), "description" => read_field(description), "icon"
    => read_field(icon), "pcDetailUrlOpenMode" => read_field(pc_detail_url_open_mode) }
}
impl rt::WriteRequest for UpdateTodoTypeConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::count_todo_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CountTodoTasksError = rt::ServiceError;
/// An error reply of [`Api::create_personal_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreatePersonalTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::create_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::create_todo_type_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTodoTypeConfigError = rt::ServiceError;
/// An error reply of [`Api::delete_personal_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePersonalTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::delete_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::get_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::get_todo_task_by_source_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTodoTaskBySourceIdError = rt::ServiceError;
/// An error reply of [`Api::get_todo_task_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTodoTaskDetailError = rt::ServiceError;
/// An error reply of [`Api::get_todo_type_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTodoTypeConfigError = rt::ServiceError;
/// An error reply of [`Api::hide_user_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HideUserTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::list_all_biz_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAllBizCategoryError = rt::ServiceError;
/// An error reply of [`Api::query_org_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgConfigError = rt::ServiceError;
/// An error reply of [`Api::query_org_todo_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgTodoByUserError = rt::ServiceError;
/// An error reply of [`Api::query_org_todo_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgTodoTasksError = rt::ServiceError;
/// An error reply of [`Api::query_todo_tasks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTodoTasksError = rt::ServiceError;
/// An error reply of [`Api::remove_biz_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveBizCategoryError = rt::ServiceError;
/// An error reply of [`Api::set_biz_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetBizCategoryError = rt::ServiceError;
/// An error reply of [`Api::set_org_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetOrgConfigError = rt::ServiceError;
/// An error reply of [`Api::update_personal_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePersonalTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::update_personal_todo_task_executor_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePersonalTodoTaskExecutorStatusError = rt::ServiceError;
/// An error reply of [`Api::update_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::update_todo_task_executor_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTodoTaskExecutorStatusError = rt::ServiceError;
/// An error reply of [`Api::update_todo_type_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTodoTypeConfigError = rt::ServiceError;
/// Replays a recorded call of the official SDK through [`Api`] (conformance tests only).
#[cfg(feature = "conformance")]
#[doc(hidden)]
#[allow(deprecated)]
pub async fn replay(
    client: &rt::Client,
    operation: &str,
    inputs: &rt::conformance::Inputs,
) -> Result<rt::serde_json::Value, String> {
    let api = Api::new(client);
    match operation {
        "CountTodoTasks" => {
            rt::conformance::reply(
                    api.count_todo_tasks(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreatePersonalTodoTask" => {
            rt::conformance::reply(api.create_personal_todo_task(&inputs.request(true)?))
                .await
        }
        "CreateTodoTask" => {
            rt::conformance::reply(
                    api.create_todo_task(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateTodoTypeConfig" => {
            rt::conformance::reply(
                    api
                        .create_todo_type_config(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeletePersonalTodoTask" => {
            rt::conformance::reply(api.delete_personal_todo_task(inputs.path(0usize)?))
                .await
        }
        "DeleteTodoTask" => {
            rt::conformance::reply(
                    api
                        .delete_todo_task(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetTodoTask" => {
            rt::conformance::reply(
                    api.get_todo_task(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetTodoTaskBySourceId" => {
            rt::conformance::reply(
                    api
                        .get_todo_task_by_source_id(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "GetTodoTaskDetail" => {
            rt::conformance::reply(
                    api.get_todo_task_detail(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetTodoTypeConfig" => {
            rt::conformance::reply(
                    api.get_todo_type_config(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "HideUserTodoTask" => {
            rt::conformance::reply(
                    api.hide_user_todo_task(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "ListAllBizCategory" => rt::conformance::reply(api.list_all_biz_category()).await,
        "QueryOrgConfig" => rt::conformance::reply(api.query_org_config()).await,
        "QueryOrgTodoByUser" => {
            rt::conformance::reply(
                    api
                        .query_org_todo_by_user(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "QueryOrgTodoTasks" => {
            rt::conformance::reply(
                    api
                        .query_org_todo_tasks(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "QueryTodoTasks" => {
            rt::conformance::reply(
                    api.query_todo_tasks(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "RemoveBizCategory" => {
            rt::conformance::reply(api.remove_biz_category(&inputs.request(false)?))
                .await
        }
        "SetBizCategory" => {
            rt::conformance::reply(api.set_biz_category(&inputs.request(false)?)).await
        }
        "SetOrgConfig" => {
            rt::conformance::reply(api.set_org_config(&inputs.request(true)?)).await
        }
        "UpdatePersonalTodoTask" => {
            rt::conformance::reply(
                    api
                        .update_personal_todo_task(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdatePersonalTodoTaskExecutorStatus" => {
            rt::conformance::reply(
                    api
                        .update_personal_todo_task_executor_status(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "UpdateTodoTask" => {
            rt::conformance::reply(
                    api
                        .update_todo_task(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTodoTaskExecutorStatus" => {
            rt::conformance::reply(
                    api
                        .update_todo_task_executor_status(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTodoTypeConfig" => {
            rt::conformance::reply(
                    api
                        .update_todo_type_config(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
