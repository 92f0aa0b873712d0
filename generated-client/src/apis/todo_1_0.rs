// @generated from api-spec/todo_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.todo_1_0()`. Generated from `api-spec/todo_1_0.yaml`.
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
    /// `POST /v1.0/todo/users/{union_id}/tasks/count` (operation `CountTodoTasks`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CountTodoTasksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn count_todo_tasks(
        &self,
        union_id: &str,
        request: &CountTodoTasksRequest,
    ) -> rt::Call<CountTodoTasksResponseBody, CountTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CountTodoTasks",
            rt::Method::Post,
            "/v1.0/todo/users/{union_id}/tasks/count",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 以用户个人身份创建个人待办
    ///
    /// `POST /v1.0/todo/users/me/personalTasks` (operation `CreatePersonalTodoTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreatePersonalTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/todo/users/{union_id}/tasks` (operation `CreateTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_todo_task(
        &self,
        union_id: &str,
        request: &CreateTodoTaskRequest,
    ) -> rt::Call<CreateTodoTaskResponseBody, CreateTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTodoTask",
            rt::Method::Post,
            "/v1.0/todo/users/{union_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 创建待办卡片类型配置
    ///
    /// `POST /v1.0/todo/users/{union_id}/configs/types` (operation `CreateTodoTypeConfig`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTodoTypeConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_todo_type_config(
        &self,
        union_id: &str,
        request: &CreateTodoTypeConfigRequest,
    ) -> rt::Call<CreateTodoTypeConfigResponseBody, CreateTodoTypeConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTodoTypeConfig",
            rt::Method::Post,
            "/v1.0/todo/users/{union_id}/configs/types",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 以用户个人身份删除待办
    ///
    /// `DELETE /v1.0/todo/users/me/tasks/{task_id}/remove` (operation `DeletePersonalTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeletePersonalTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_personal_todo_task(
        &self,
        task_id: &str,
    ) -> rt::Call<DeletePersonalTodoTaskResponseBody, DeletePersonalTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePersonalTodoTask",
            rt::Method::Delete,
            "/v1.0/todo/users/me/tasks/{task_id}/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 删除待办
    ///
    /// `DELETE /v1.0/todo/users/{union_id}/tasks/{task_id}` (operation `DeleteTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
        request: &DeleteTodoTaskRequest,
    ) -> rt::Call<DeleteTodoTaskResponseBody, DeleteTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTodoTask",
            rt::Method::Delete,
            "/v1.0/todo/users/{union_id}/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], request)
    }
    /// 查询待办
    ///
    /// `GET /v1.0/todo/users/{union_id}/tasks/{task_id}` (operation `GetTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
    ) -> rt::Call<GetTodoTaskResponseBody, GetTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTask",
            rt::Method::Get,
            "/v1.0/todo/users/{union_id}/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], &())
    }
    /// 根据sourceId查询待办详情
    ///
    /// `GET /v1.0/todo/users/{union_id}/tasks/sources/{source_id}` (operation `GetTodoTaskBySourceId`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `source_id` (`source_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTodoTaskBySourceIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_todo_task_by_source_id(
        &self,
        union_id: &str,
        source_id: &str,
    ) -> rt::Call<GetTodoTaskBySourceIdResponseBody, GetTodoTaskBySourceIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTaskBySourceId",
            rt::Method::Get,
            "/v1.0/todo/users/{union_id}/tasks/sources/{source_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, source_id], &())
    }
    /// 专属钉根据待办ID查询待办详情
    ///
    /// `GET /v1.0/todo/exclusive/users/{union_id}/tasks/{task_id}` (operation `GetTodoTaskDetail`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTodoTaskDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_todo_task_detail(
        &self,
        union_id: &str,
        task_id: &str,
    ) -> rt::Call<GetTodoTaskDetailResponseBody, GetTodoTaskDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTaskDetail",
            rt::Method::Get,
            "/v1.0/todo/exclusive/users/{union_id}/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], &())
    }
    /// 根据id获取待办卡片类型配置
    ///
    /// `GET /v1.0/todo/users/{union_id}/configs/types/{card_type_id}` (operation `GetTodoTypeConfig`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `card_type_id` (`card_type_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTodoTypeConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_todo_type_config(
        &self,
        union_id: &str,
        card_type_id: &str,
    ) -> rt::Call<GetTodoTypeConfigResponseBody, GetTodoTypeConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTodoTypeConfig",
            rt::Method::Get,
            "/v1.0/todo/users/{union_id}/configs/types/{card_type_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, card_type_id], &())
    }
    /// 根据待办ID删除用户的某条待办任务。该操作仅删除某个用户自己的待办视图，该待办本身依然还存在，其他执行者依然可以看见该待办。
    ///
    /// `DELETE /v1.0/todo/users/{union_id}/tasks/{task_id}/hide` (operation `HideUserTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HideUserTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn hide_user_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
    ) -> rt::Call<HideUserTodoTaskResponseBody, HideUserTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HideUserTodoTask",
            rt::Method::Delete,
            "/v1.0/todo/users/{union_id}/tasks/{task_id}/hide",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], &())
    }
    /// 查询待办应用下所有二级分类
    ///
    /// `POST /v1.0/todo/apps/allBizcategories/list` (operation `ListAllBizCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAllBizCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/todo/organizations/configs` (operation `QueryOrgConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/todo/users/{union_id}/organizations/tasks/query` (operation `QueryOrgTodoByUser`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgTodoByUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_org_todo_by_user(
        &self,
        union_id: &str,
        request: &QueryOrgTodoByUserRequest,
    ) -> rt::Call<QueryOrgTodoByUserResponseBody, QueryOrgTodoByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgTodoByUser",
            rt::Method::Post,
            "/v1.0/todo/users/{union_id}/organizations/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 查询企业下用户待办列表
    ///
    /// `POST /v1.0/todo/users/{union_id}/org/tasks/query` (operation `QueryOrgTodoTasks`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgTodoTasksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_org_todo_tasks(
        &self,
        union_id: &str,
        request: &QueryOrgTodoTasksRequest,
    ) -> rt::Call<QueryOrgTodoTasksResponseBody, QueryOrgTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgTodoTasks",
            rt::Method::Post,
            "/v1.0/todo/users/{union_id}/org/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 查询用户待办列表
    ///
    /// `POST /v1.0/todo/users/{union_id}/tasks/list` (operation `QueryTodoTasks`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTodoTasksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_todo_tasks(
        &self,
        union_id: &str,
        request: &QueryTodoTasksRequest,
    ) -> rt::Call<QueryTodoTasksResponseBody, QueryTodoTasksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTodoTasks",
            rt::Method::Post,
            "/v1.0/todo/users/{union_id}/tasks/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], request)
    }
    /// 删除二级分类
    ///
    /// `DELETE /v1.0/todo/apps/bizcategories` (operation `RemoveBizCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveBizCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/todo/apps/bizcategories/save` (operation `SetBizCategory`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetBizCategoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/todo/organizations/configs/save` (operation `SetOrgConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetOrgConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/todo/users/me/tasks/{task_id}/update` (operation `UpdatePersonalTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePersonalTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_personal_todo_task(
        &self,
        task_id: &str,
        request: &UpdatePersonalTodoTaskRequest,
    ) -> rt::Call<UpdatePersonalTodoTaskResponseBody, UpdatePersonalTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePersonalTodoTask",
            rt::Method::Put,
            "/v1.0/todo/users/me/tasks/{task_id}/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 以用户个人身份更新自己作为执行者的状态
    ///
    /// `PUT /v1.0/todo/users/me/tasks/{task_id}/updateExecutorStatus` (operation `UpdatePersonalTodoTaskExecutorStatus`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePersonalTodoTaskExecutorStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/todo/users/me/tasks/{task_id}/updateExecutorStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 更新待办
    ///
    /// `PUT /v1.0/todo/users/{union_id}/tasks/{task_id}` (operation `UpdateTodoTask`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTodoTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_todo_task(
        &self,
        union_id: &str,
        task_id: &str,
        request: &UpdateTodoTaskRequest,
    ) -> rt::Call<UpdateTodoTaskResponseBody, UpdateTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTodoTask",
            rt::Method::Put,
            "/v1.0/todo/users/{union_id}/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], request)
    }
    /// 更新待办执行者状态
    ///
    /// `PUT /v1.0/todo/users/{union_id}/tasks/{task_id}/executorStatus` (operation `UpdateTodoTaskExecutorStatus`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTodoTaskExecutorStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/todo/users/{union_id}/tasks/{task_id}/executorStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id, task_id], request)
    }
    /// 更新待办卡片类型配置
    ///
    /// `PUT /v1.0/todo/users/{union_id}/configs/types/{card_type_id}` (operation `UpdateTodoTypeConfig`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    /// - `card_type_id` (`card_type_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTodoTypeConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_todo_type_config(
        &self,
        union_id: &str,
        card_type_id: &str,
        request: &UpdateTodoTypeConfigRequest,
    ) -> rt::Call<UpdateTodoTypeConfigResponseBody, UpdateTodoTypeConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTodoTypeConfig",
            rt::Method::Put,
            "/v1.0/todo/users/{union_id}/configs/types/{card_type_id}",
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CountTodoTasksResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CountTodoTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CountTodoTasksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CountTodoTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreatePersonalTodoTaskRequestNotifyConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingNotify", &self.ding_notify)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePersonalTodoTaskRequestNotifyConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePersonalTodoTaskRequestNotifyConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingNotify" => rt::read_field(map, &mut self.ding_notify),
            _ => Ok(false),
        }
    }
}
/// `CreatePersonalTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePersonalTodoTaskResponseBody {
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePersonalTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePersonalTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreatePersonalTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateTodoTaskRequestActionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionKey", &self.action_key)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("param", &self.param)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequestActionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequestActionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionKey" => rt::read_field(map, &mut self.action_key),
            "actionType" => rt::read_field(map, &mut self.action_type),
            "param" => rt::read_field(map, &mut self.param),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `CreateTodoTaskRequestContentFieldList`.
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
impl rt::serde::Serialize for CreateTodoTaskRequestContentFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldValue", &self.field_value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequestContentFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequestContentFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTodoTaskRequestDetailUrl {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUrl", &self.app_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequestDetailUrl {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequestDetailUrl {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUrl" => rt::read_field(map, &mut self.app_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTodoTaskRequestNotifyConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingNotify", &self.ding_notify)?;
        object.optional("sendAssistantChat", &self.send_assistant_chat)?;
        object.optional("sendTodoApn", &self.send_todo_apn)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequestNotifyConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequestNotifyConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingNotify" => rt::read_field(map, &mut self.ding_notify),
            "sendAssistantChat" => rt::read_field(map, &mut self.send_assistant_chat),
            "sendTodoApn" => rt::read_field(map, &mut self.send_todo_apn),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTodoTaskRequestRemindNotifyConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingNotify", &self.ding_notify)?;
        object.optional("sendTodoApn", &self.send_todo_apn)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequestRemindNotifyConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequestRemindNotifyConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingNotify" => rt::read_field(map, &mut self.ding_notify),
            "sendTodoApn" => rt::read_field(map, &mut self.send_todo_apn),
            _ => Ok(false),
        }
    }
}
/// `CreateTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "contentFieldList" => rt::read_field(map, &mut self.content_field_list),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "done" => rt::read_field(map, &mut self.done),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "id" => rt::read_field(map, &mut self.id),
            "isOnlyShowExecutor" => rt::read_field(map, &mut self.is_only_show_executor),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "notifyConfigs" => rt::read_field(map, &mut self.notify_configs),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "priority" => rt::read_field(map, &mut self.priority),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "source" => rt::read_field(map, &mut self.source),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "subject" => rt::read_field(map, &mut self.subject),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("contentFieldList", &self.content_field_list)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("done", &self.done)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("id", &self.id)?;
        object.optional("isOnlyShowExecutor", &self.is_only_show_executor)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("notifyConfigs", &self.notify_configs)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("priority", &self.priority)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("source", &self.source)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("subject", &self.subject)?;
        object.end()
    }
}
/// `CreateTodoTypeConfigRequestActionList`.
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
impl rt::serde::Serialize for CreateTodoTypeConfigRequestActionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionKey", &self.action_key)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("buttonStyleType", &self.button_style_type)?;
        object.optional("nameI18n", &self.name_i18n)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTypeConfigRequestActionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTypeConfigRequestActionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionKey" => rt::read_field(map, &mut self.action_key),
            "actionType" => rt::read_field(map, &mut self.action_type),
            "buttonStyleType" => rt::read_field(map, &mut self.button_style_type),
            "nameI18n" => rt::read_field(map, &mut self.name_i18n),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `CreateTodoTypeConfigRequestContentFieldList`.
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
impl rt::serde::Serialize for CreateTodoTypeConfigRequestContentFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("nameI18n", &self.name_i18n)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTypeConfigRequestContentFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTypeConfigRequestContentFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "nameI18n" => rt::read_field(map, &mut self.name_i18n),
            _ => Ok(false),
        }
    }
}
/// `CreateTodoTypeConfigResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTypeConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTypeConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionList" => rt::read_field(map, &mut self.action_list),
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "cardType" => rt::read_field(map, &mut self.card_type),
            "contentFieldList" => rt::read_field(map, &mut self.content_field_list),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "pcDetailUrlOpenMode" => {
                rt::read_field(map, &mut self.pc_detail_url_open_mode)
            }
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTypeConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionList", &self.action_list)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("cardType", &self.card_type)?;
        object.optional("contentFieldList", &self.content_field_list)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("pcDetailUrlOpenMode", &self.pc_detail_url_open_mode)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `DeletePersonalTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeletePersonalTodoTaskResponseBody {
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeletePersonalTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeletePersonalTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeletePersonalTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteTodoTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "cardTypeId" => rt::read_field(map, &mut self.card_type_id),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "done" => rt::read_field(map, &mut self.done),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "id" => rt::read_field(map, &mut self.id),
            "isOnlyShowExecutor" => rt::read_field(map, &mut self.is_only_show_executor),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "priority" => rt::read_field(map, &mut self.priority),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "source" => rt::read_field(map, &mut self.source),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "subject" => rt::read_field(map, &mut self.subject),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "tenantType" => rt::read_field(map, &mut self.tenant_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("cardTypeId", &self.card_type_id)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("done", &self.done)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("id", &self.id)?;
        object.optional("isOnlyShowExecutor", &self.is_only_show_executor)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("priority", &self.priority)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("source", &self.source)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("subject", &self.subject)?;
        object.optional("tenantId", &self.tenant_id)?;
        object.optional("tenantType", &self.tenant_type)?;
        object.end()
    }
}
/// `GetTodoTaskBySourceIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTodoTaskBySourceIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskBySourceIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "done" => rt::read_field(map, &mut self.done),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "id" => rt::read_field(map, &mut self.id),
            "isOnlyShowExecutor" => rt::read_field(map, &mut self.is_only_show_executor),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "priority" => rt::read_field(map, &mut self.priority),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "source" => rt::read_field(map, &mut self.source),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "subject" => rt::read_field(map, &mut self.subject),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "tenantType" => rt::read_field(map, &mut self.tenant_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTodoTaskBySourceIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("done", &self.done)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("id", &self.id)?;
        object.optional("isOnlyShowExecutor", &self.is_only_show_executor)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("priority", &self.priority)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("source", &self.source)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("subject", &self.subject)?;
        object.optional("tenantId", &self.tenant_id)?;
        object.optional("tenantType", &self.tenant_type)?;
        object.end()
    }
}
/// `GetTodoTaskDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTodoTaskDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "category" => rt::read_field(map, &mut self.category),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "done" => rt::read_field(map, &mut self.done),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "executorStatus" => rt::read_field(map, &mut self.executor_status),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "id" => rt::read_field(map, &mut self.id),
            "isOnlyShowExecutor" => rt::read_field(map, &mut self.is_only_show_executor),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "orgInfo" => rt::read_field(map, &mut self.org_info),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "priority" => rt::read_field(map, &mut self.priority),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "source" => rt::read_field(map, &mut self.source),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "subject" => rt::read_field(map, &mut self.subject),
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            "tenantType" => rt::read_field(map, &mut self.tenant_type),
            "todoCardView" => rt::read_field(map, &mut self.todo_card_view),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTodoTaskDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("category", &self.category)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("done", &self.done)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("executorStatus", &self.executor_status)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("id", &self.id)?;
        object.optional("isOnlyShowExecutor", &self.is_only_show_executor)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("orgInfo", &self.org_info)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("priority", &self.priority)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("source", &self.source)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("subject", &self.subject)?;
        object.optional("tenantId", &self.tenant_id)?;
        object.optional("tenantType", &self.tenant_type)?;
        object.optional("todoCardView", &self.todo_card_view)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
/// `GetTodoTypeConfigResponseBody`: the same model as [`CreateTodoTypeConfigResponseBody`].
pub type GetTodoTypeConfigResponseBody = CreateTodoTypeConfigResponseBody;
/// `HideUserTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HideUserTodoTaskResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for HideUserTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HideUserTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HideUserTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ListAllBizCategoryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllBizCategoryResponseBody {
    /// `bizCategories`.
    pub biz_categories: Option<Vec<ListAllBizCategoryResponseBodyBizCategories>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllBizCategoryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllBizCategoryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCategories" => rt::read_field(map, &mut self.biz_categories),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllBizCategoryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCategories", &self.biz_categories)?;
        object.end()
    }
}
/// `QueryOrgConfigResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryOrgConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appDisplayStyle" => rt::read_field(map, &mut self.app_display_style),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "homepageCatalogs" => rt::read_field(map, &mut self.homepage_catalogs),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appDisplayStyle", &self.app_display_style)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("homepageCatalogs", &self.homepage_catalogs)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryOrgTodoByUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgTodoByUserResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `todoCards`.
    pub todo_cards: Option<Vec<QueryOrgTodoByUserResponseBodyTodoCards>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgTodoByUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgTodoByUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "todoCards" => rt::read_field(map, &mut self.todo_cards),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgTodoByUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("todoCards", &self.todo_cards)?;
        object.end()
    }
}
/// `QueryOrgTodoTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgTodoTasksResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `todoCards`.
    pub todo_cards: Option<Vec<QueryOrgTodoTasksResponseBodyTodoCards>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgTodoTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgTodoTasksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "todoCards" => rt::read_field(map, &mut self.todo_cards),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgTodoTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("todoCards", &self.todo_cards)?;
        object.end()
    }
}
/// `QueryTodoTasksResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTodoTasksResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `todoCards`.
    pub todo_cards: Option<Vec<QueryTodoTasksResponseBodyTodoCards>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTodoTasksResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTodoTasksResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "todoCards" => rt::read_field(map, &mut self.todo_cards),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTodoTasksResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("todoCards", &self.todo_cards)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
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
/// `UpdateTodoTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTodoTaskResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTodoTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTodoTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateTodoTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for UpdateTodoTaskExecutorStatusRequestExecutorStatusList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("isDone", &self.is_done)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateTodoTaskExecutorStatusRequestExecutorStatusList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTodoTaskExecutorStatusRequestExecutorStatusList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "isDone" => rt::read_field(map, &mut self.is_done),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTodoTaskRequestActionListParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("body", &self.body)?;
        object.optional("header", &self.header)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequestActionListParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequestActionListParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            "header" => rt::read_field(map, &mut self.header),
            _ => Ok(false),
        }
    }
}
/// `CreateTodoTaskResponseBodyContentFieldList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBodyContentFieldList {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskResponseBodyContentFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTaskResponseBodyContentFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTaskResponseBodyContentFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldValue", &self.field_value)?;
        object.end()
    }
}
/// `CreateTodoTaskResponseBodyDetailUrl`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBodyDetailUrl {
    /// `appUrl`.
    pub app_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskResponseBodyDetailUrl {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTaskResponseBodyDetailUrl {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUrl" => rt::read_field(map, &mut self.app_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTaskResponseBodyDetailUrl {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUrl", &self.app_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
/// `CreateTodoTaskResponseBodyNotifyConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTaskResponseBodyNotifyConfigs {
    /// `dingNotify`.
    pub ding_notify: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskResponseBodyNotifyConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTaskResponseBodyNotifyConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingNotify" => rt::read_field(map, &mut self.ding_notify),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTaskResponseBodyNotifyConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingNotify", &self.ding_notify)?;
        object.end()
    }
}
/// `CreateTodoTypeConfigResponseBodyActionList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTypeConfigResponseBodyActionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTypeConfigResponseBodyActionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionKey" => rt::read_field(map, &mut self.action_key),
            "actionType" => rt::read_field(map, &mut self.action_type),
            "buttonStyleType" => rt::read_field(map, &mut self.button_style_type),
            "nameI18n" => rt::read_field(map, &mut self.name_i18n),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTypeConfigResponseBodyActionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionKey", &self.action_key)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("buttonStyleType", &self.button_style_type)?;
        object.optional("nameI18n", &self.name_i18n)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `CreateTodoTypeConfigResponseBodyContentFieldList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTodoTypeConfigResponseBodyContentFieldList {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `nameI18n`.
    pub name_i18n: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateTodoTypeConfigResponseBodyContentFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTodoTypeConfigResponseBodyContentFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldKey" => rt::read_field(map, &mut self.field_key),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            "nameI18n" => rt::read_field(map, &mut self.name_i18n),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTodoTypeConfigResponseBodyContentFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldKey", &self.field_key)?;
        object.optional("fieldType", &self.field_type)?;
        object.optional("nameI18n", &self.name_i18n)?;
        object.end()
    }
}
/// `GetTodoTaskResponseBodyDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type GetTodoTaskResponseBodyDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `GetTodoTaskBySourceIdResponseBodyDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type GetTodoTaskBySourceIdResponseBodyDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `GetTodoTaskDetailResponseBodyDetailUrl`: the same model as [`CreateTodoTaskResponseBodyDetailUrl`].
pub type GetTodoTaskDetailResponseBodyDetailUrl = CreateTodoTaskResponseBodyDetailUrl;
/// `GetTodoTaskDetailResponseBodyExecutorStatus`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyExecutorStatus {
    /// `finishTime`.
    pub finish_time: Option<i64>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTodoTaskDetailResponseBodyExecutorStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskDetailResponseBodyExecutorStatus {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTodoTaskDetailResponseBodyExecutorStatus {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetTodoTaskDetailResponseBodyOrgInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyOrgInfo {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTodoTaskDetailResponseBodyOrgInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskDetailResponseBodyOrgInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTodoTaskDetailResponseBodyOrgInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetTodoTaskDetailResponseBodyTodoCardView`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTodoTaskDetailResponseBodyTodoCardView {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskDetailResponseBodyTodoCardView {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "cardType" => rt::read_field(map, &mut self.card_type),
            "circleELType" => rt::read_field(map, &mut self.circle_el_type),
            "contentType" => rt::read_field(map, &mut self.content_type),
            "icon" => rt::read_field(map, &mut self.icon),
            "todoCardContentList" => {
                rt::read_field(map, &mut self.todo_card_content_list)
            }
            "todoCardTitle" => rt::read_field(map, &mut self.todo_card_title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTodoTaskDetailResponseBodyTodoCardView {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("cardType", &self.card_type)?;
        object.optional("circleELType", &self.circle_el_type)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("icon", &self.icon)?;
        object.optional("todoCardContentList", &self.todo_card_content_list)?;
        object.optional("todoCardTitle", &self.todo_card_title)?;
        object.end()
    }
}
/// `GetTodoTypeConfigResponseBodyActionList`: the same model as [`CreateTodoTypeConfigResponseBodyActionList`].
pub type GetTodoTypeConfigResponseBodyActionList = CreateTodoTypeConfigResponseBodyActionList;
/// `GetTodoTypeConfigResponseBodyContentFieldList`: the same model as [`CreateTodoTypeConfigResponseBodyContentFieldList`].
pub type GetTodoTypeConfigResponseBodyContentFieldList = CreateTodoTypeConfigResponseBodyContentFieldList;
/// `ListAllBizCategoryResponseBodyBizCategories`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListAllBizCategoryResponseBodyBizCategories {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllBizCategoryResponseBodyBizCategories {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "description" => rt::read_field(map, &mut self.description),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllBizCategoryResponseBodyBizCategories {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCategoryId", &self.biz_category_id)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("description", &self.description)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `QueryOrgTodoByUserResponseBodyTodoCards`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryOrgTodoByUserResponseBodyTodoCards {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgTodoByUserResponseBodyTodoCards {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "priority" => rt::read_field(map, &mut self.priority),
            "sourceExt" => rt::read_field(map, &mut self.source_ext),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "subject" => rt::read_field(map, &mut self.subject),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgTodoByUserResponseBodyTodoCards {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("priority", &self.priority)?;
        object.optional("sourceExt", &self.source_ext)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("subject", &self.subject)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
/// `QueryOrgTodoTasksResponseBodyTodoCards`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryOrgTodoTasksResponseBodyTodoCards {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgTodoTasksResponseBodyTodoCards {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "priority" => rt::read_field(map, &mut self.priority),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "subject" => rt::read_field(map, &mut self.subject),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgTodoTasksResponseBodyTodoCards {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("priority", &self.priority)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("subject", &self.subject)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
/// `QueryTodoTasksResponseBodyTodoCards`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTodoTasksResponseBodyTodoCards {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTodoTasksResponseBodyTodoCards {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizTag" => rt::read_field(map, &mut self.biz_tag),
            "category" => rt::read_field(map, &mut self.category),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "orgInfo" => rt::read_field(map, &mut self.org_info),
            "originalSource" => rt::read_field(map, &mut self.original_source),
            "priority" => rt::read_field(map, &mut self.priority),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "subject" => rt::read_field(map, &mut self.subject),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "todoCardView" => rt::read_field(map, &mut self.todo_card_view),
            "todoStatus" => rt::read_field(map, &mut self.todo_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTodoTasksResponseBodyTodoCards {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("category", &self.category)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("orgInfo", &self.org_info)?;
        object.optional("originalSource", &self.original_source)?;
        object.optional("priority", &self.priority)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("subject", &self.subject)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("todoCardView", &self.todo_card_view)?;
        object.optional("todoStatus", &self.todo_status)?;
        object.end()
    }
}
/// `GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetTodoTaskDetailResponseBodyTodoCardViewTodoCardContentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTodoTasksResponseBodyTodoCardsOriginalSource {
    /// `sourceTitle`.
    pub source_title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTodoTasksResponseBodyTodoCardsOriginalSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTodoTasksResponseBodyTodoCardsOriginalSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sourceTitle" => rt::read_field(map, &mut self.source_title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTodoTasksResponseBodyTodoCardsOriginalSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sourceTitle", &self.source_title)?;
        object.end()
    }
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
impl rt::serde::Serialize for CountTodoTasksRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fromDueTime", &self.from_due_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("isRecycled", &self.is_recycled)?;
        object.optional("roleTypes", &self.role_types)?;
        object.optional("toDueTime", &self.to_due_time)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CountTodoTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CountTodoTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fromDueTime" => rt::read_field(map, &mut self.from_due_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "isRecycled" => rt::read_field(map, &mut self.is_recycled),
            "roleTypes" => rt::read_field(map, &mut self.role_types),
            "toDueTime" => rt::read_field(map, &mut self.to_due_time),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CountTodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_personal_todo_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreatePersonalTodoTaskRequest {
    /// A `CreatePersonalTodoTaskRequest` with its required fields (`executorIds`, `subject`); set the others with the methods named after them.
    pub fn new(
        executor_ids: impl IntoIterator<Item = impl Into<String>>,
        subject: impl Into<String>,
    ) -> Self {
        Self {
            description: None,
            due_time: None,
            executor_ids: executor_ids.into_iter().map(Into::into).collect(),
            notify_configs: None,
            participant_ids: None,
            reminder_time_stamp: None,
            subject: subject.into(),
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
impl rt::serde::Serialize for CreatePersonalTodoTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("dueTime", &self.due_time)?;
        object.field("executorIds", &self.executor_ids)?;
        object.optional("notifyConfigs", &self.notify_configs)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("reminderTimeStamp", &self.reminder_time_stamp)?;
        object.field("subject", &self.subject)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePersonalTodoTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePersonalTodoTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "notifyConfigs" => rt::read_field(map, &mut self.notify_configs),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "reminderTimeStamp" => rt::read_field(map, &mut self.reminder_time_stamp),
            "subject" => rt::read_field(map, &mut self.subject),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreatePersonalTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_todo_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTodoTaskRequest {
    /// A `CreateTodoTaskRequest` with its required fields (`subject`); set the others with the methods named after them.
    pub fn new(subject: impl Into<String>) -> Self {
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
            subject: subject.into(),
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
impl rt::serde::Serialize for CreateTodoTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionList", &self.action_list)?;
        object.optional("bizCategoryId", &self.biz_category_id)?;
        object.optional("contentFieldList", &self.content_field_list)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("isOnlyShowExecutor", &self.is_only_show_executor)?;
        object.optional("notifyConfigs", &self.notify_configs)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("priority", &self.priority)?;
        object.optional("remindNotifyConfigs", &self.remind_notify_configs)?;
        object.optional("reminderTimeStamp", &self.reminder_time_stamp)?;
        object.optional("sourceId", &self.source_id)?;
        object.field("subject", &self.subject)?;
        object.optional("thirdExtension", &self.third_extension)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "actionList" => rt::read_field(map, &mut self.action_list),
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "contentFieldList" => rt::read_field(map, &mut self.content_field_list),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "isOnlyShowExecutor" => rt::read_field(map, &mut self.is_only_show_executor),
            "notifyConfigs" => rt::read_field(map, &mut self.notify_configs),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "priority" => rt::read_field(map, &mut self.priority),
            "remindNotifyConfigs" => rt::read_field(map, &mut self.remind_notify_configs),
            "reminderTimeStamp" => rt::read_field(map, &mut self.reminder_time_stamp),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "subject" => rt::read_field(map, &mut self.subject),
            "thirdExtension" => rt::read_field(map, &mut self.third_extension),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_todo_type_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTodoTypeConfigRequest {
    /// A `CreateTodoTypeConfigRequest` with its required fields (`cardType`, `icon`, `pcDetailUrlOpenMode`); set the others with the methods named after them.
    pub fn new(
        card_type: i64,
        icon: impl Into<String>,
        pc_detail_url_open_mode: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: None,
            action_list: None,
            card_type,
            content_field_list: None,
            description: None,
            icon: icon.into(),
            pc_detail_url_open_mode: pc_detail_url_open_mode.into(),
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
impl rt::serde::Serialize for CreateTodoTypeConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionList", &self.action_list)?;
        object.field("cardType", &self.card_type)?;
        object.optional("contentFieldList", &self.content_field_list)?;
        object.optional("description", &self.description)?;
        object.field("icon", &self.icon)?;
        object.field("pcDetailUrlOpenMode", &self.pc_detail_url_open_mode)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTodoTypeConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTodoTypeConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "actionList" => rt::read_field(map, &mut self.action_list),
            "cardType" => rt::read_field(map, &mut self.card_type),
            "contentFieldList" => rt::read_field(map, &mut self.content_field_list),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "pcDetailUrlOpenMode" => {
                rt::read_field(map, &mut self.pc_detail_url_open_mode)
            }
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteTodoTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteTodoTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryOrgTodoByUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fromDueTime", &self.from_due_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("needPersonalTodo", &self.need_personal_todo)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("orderBy", &self.order_by)?;
        object.optional("orderDirection", &self.order_direction)?;
        object.optional("roleTypes", &self.role_types)?;
        object.optional("subject", &self.subject)?;
        object.optional("toDueTime", &self.to_due_time)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOrgTodoByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOrgTodoByUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fromDueTime" => rt::read_field(map, &mut self.from_due_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "needPersonalTodo" => rt::read_field(map, &mut self.need_personal_todo),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "orderDirection" => rt::read_field(map, &mut self.order_direction),
            "roleTypes" => rt::read_field(map, &mut self.role_types),
            "subject" => rt::read_field(map, &mut self.subject),
            "toDueTime" => rt::read_field(map, &mut self.to_due_time),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryOrgTodoTasksRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("roleTypes", &self.role_types)?;
        object.optional("todoType", &self.todo_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOrgTodoTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOrgTodoTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isDone" => rt::read_field(map, &mut self.is_done),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "roleTypes" => rt::read_field(map, &mut self.role_types),
            "todoType" => rt::read_field(map, &mut self.todo_type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryTodoTasksRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("fromDueTime", &self.from_due_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("isRecycled", &self.is_recycled)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("orderBy", &self.order_by)?;
        object.optional("orderDirection", &self.order_direction)?;
        object.optional("roleTypes", &self.role_types)?;
        object.optional("toDueTime", &self.to_due_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTodoTasksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTodoTasksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "fromDueTime" => rt::read_field(map, &mut self.from_due_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "isRecycled" => rt::read_field(map, &mut self.is_recycled),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "orderDirection" => rt::read_field(map, &mut self.order_direction),
            "roleTypes" => rt::read_field(map, &mut self.role_types),
            "toDueTime" => rt::read_field(map, &mut self.to_due_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryTodoTasksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_biz_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveBizCategoryRequest {
    /// `bizCategoryId`: a query parameter.
    pub biz_category_id: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl RemoveBizCategoryRequest {
    /// A `RemoveBizCategoryRequest` with its required fields (`bizCategoryId`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        biz_category_id: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_category_id: biz_category_id.into(),
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveBizCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveBizCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveBizCategoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCategoryId", &self.biz_category_id);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::set_biz_category`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetBizCategoryRequest {
    /// A `SetBizCategoryRequest` with its required fields (`bizCategoryId`, `name`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        biz_category_id: impl Into<String>,
        name: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_category_id: biz_category_id.into(),
            description: None,
            name: name.into(),
            operator_id: operator_id.into(),
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetBizCategoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetBizCategoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCategoryId" => rt::read_field(map, &mut self.biz_category_id),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetOrgConfigRequest {
    /// A `SetOrgConfigRequest` with its required fields (`operatorId`, `status`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, status: i64) -> Self {
        Self {
            app_display_style: None,
            homepage_catalogs: None,
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for SetOrgConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appDisplayStyle", &self.app_display_style)?;
        object.optional("homepageCatalogs", &self.homepage_catalogs)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetOrgConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetOrgConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appDisplayStyle" => rt::read_field(map, &mut self.app_display_style),
            "homepageCatalogs" => rt::read_field(map, &mut self.homepage_catalogs),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdatePersonalTodoTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("done", &self.done)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("subject", &self.subject)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePersonalTodoTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePersonalTodoTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "done" => rt::read_field(map, &mut self.done),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "subject" => rt::read_field(map, &mut self.subject),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePersonalTodoTaskExecutorStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePersonalTodoTaskExecutorStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "done" => rt::read_field(map, &mut self.done),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTodoTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentFieldList", &self.content_field_list)?;
        object.optional("description", &self.description)?;
        object.optional("done", &self.done)?;
        object.optional("dueTime", &self.due_time)?;
        object.optional("executorIds", &self.executor_ids)?;
        object.optional("participantIds", &self.participant_ids)?;
        object.optional("subject", &self.subject)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTodoTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTodoTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "contentFieldList" => rt::read_field(map, &mut self.content_field_list),
            "description" => rt::read_field(map, &mut self.description),
            "done" => rt::read_field(map, &mut self.done),
            "dueTime" => rt::read_field(map, &mut self.due_time),
            "executorIds" => rt::read_field(map, &mut self.executor_ids),
            "participantIds" => rt::read_field(map, &mut self.participant_ids),
            "subject" => rt::read_field(map, &mut self.subject),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTodoTaskExecutorStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executorStatusList", &self.executor_status_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTodoTaskExecutorStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTodoTaskExecutorStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "executorStatusList" => rt::read_field(map, &mut self.executor_status_list),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTodoTypeConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionList", &self.action_list)?;
        object.optional("cardType", &self.card_type)?;
        object.optional("contentFieldList", &self.content_field_list)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("pcDetailUrlOpenMode", &self.pc_detail_url_open_mode)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTodoTypeConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTodoTypeConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "actionList" => rt::read_field(map, &mut self.action_list),
            "cardType" => rt::read_field(map, &mut self.card_type),
            "contentFieldList" => rt::read_field(map, &mut self.content_field_list),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "pcDetailUrlOpenMode" => {
                rt::read_field(map, &mut self.pc_detail_url_open_mode)
            }
            _ => Ok(false),
        }
    }
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
