// @generated from api-spec/todo_e_e_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 专属待办 (Exclusive To-dos)：专属版的待办。
//!
//! 18 operations, methods of [`Api`] (`client.todo_e_e_1_0()`), behind the cargo feature `todo_e_e_1_0`; its paths start with `/v1.0/todoEE/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `todo_e_e_1_0`. Get it with `client.todo_e_e_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建专属待办
    ///
    /// `POST /v1.0/todoEE/apps/users/tasks`: DingTalk's `AppCreateEnterpriseTodoTask` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppCreateEnterpriseTodoTask")]
    #[doc(alias = "/v1.0/todoEE/apps/users/tasks")]
    #[doc(alias = "POST /v1.0/todoEE/apps/users/tasks")]
    pub fn app_create_enterprise_todo_task(
        &self,
        request: &AppCreateEnterpriseTodoTaskRequest,
    ) -> rt::Call<
        AppCreateEnterpriseTodoTaskResponseBody,
        AppCreateEnterpriseTodoTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppCreateEnterpriseTodoTask",
            rt::Method::Post,
            "/v1.0/todoEE/apps/users/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除专属待办
    ///
    /// `POST /v1.0/todoEE/apps/users/tasks/remove`: DingTalk's `AppDeleteTodoEETask` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppDeleteTodoEETask")]
    #[doc(alias = "/v1.0/todoEE/apps/users/tasks/remove")]
    #[doc(alias = "POST /v1.0/todoEE/apps/users/tasks/remove")]
    pub fn app_delete_todo_ee_task(
        &self,
        request: &AppDeleteTodoEETaskRequest,
    ) -> rt::Call<AppDeleteTodoEETaskResponseBody, AppDeleteTodoEETaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppDeleteTodoEETask",
            rt::Method::Post,
            "/v1.0/todoEE/apps/users/tasks/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户待办列表
    ///
    /// `POST /v1.0/todoEE/apps/users/tasks/list`: DingTalk's `AppGetUserTaskList` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::app_get_user_task_list_pages`].
    #[doc(alias = "AppGetUserTaskList")]
    #[doc(alias = "/v1.0/todoEE/apps/users/tasks/list")]
    #[doc(alias = "POST /v1.0/todoEE/apps/users/tasks/list")]
    pub fn app_get_user_task_list(
        &self,
        request: &AppGetUserTaskListRequest,
    ) -> rt::Call<AppGetUserTaskListResponseBody, AppGetUserTaskListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppGetUserTaskList",
            rt::Method::Post,
            "/v1.0/todoEE/apps/users/tasks/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新专属待办信息
    ///
    /// `PUT /v1.0/todoEE/apps/users/tasks/infos`: DingTalk's `AppUpdateTask` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppUpdateTask")]
    #[doc(alias = "/v1.0/todoEE/apps/users/tasks/infos")]
    #[doc(alias = "PUT /v1.0/todoEE/apps/users/tasks/infos")]
    pub fn app_update_task(
        &self,
        request: &AppUpdateTaskRequest,
    ) -> rt::Call<AppUpdateTaskResponseBody, AppUpdateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppUpdateTask",
            rt::Method::Put,
            "/v1.0/todoEE/apps/users/tasks/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新用户的待办状态
    ///
    /// `PUT /v1.0/todoEE/apps/users/tasks/statuses`: DingTalk's `AppUpdateUserTaskStatus` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppUpdateUserTaskStatus")]
    #[doc(alias = "/v1.0/todoEE/apps/users/tasks/statuses")]
    #[doc(alias = "PUT /v1.0/todoEE/apps/users/tasks/statuses")]
    pub fn app_update_user_task_status(
        &self,
        request: &AppUpdateUserTaskStatusRequest,
    ) -> rt::Call<AppUpdateUserTaskStatusResponseBody, AppUpdateUserTaskStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppUpdateUserTaskStatus",
            rt::Method::Put,
            "/v1.0/todoEE/apps/users/tasks/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建企业待办
    ///
    /// `POST /v1.0/todoEE/users/tasks`: DingTalk's `CreateEnterpriseTodoTask` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateEnterpriseTodoTask")]
    #[doc(alias = "/v1.0/todoEE/users/tasks")]
    #[doc(alias = "POST /v1.0/todoEE/users/tasks")]
    pub fn create_enterprise_todo_task(
        &self,
        request: &CreateEnterpriseTodoTaskRequest,
    ) -> rt::Call<CreateEnterpriseTodoTaskResponseBody, CreateEnterpriseTodoTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEnterpriseTodoTask",
            rt::Method::Post,
            "/v1.0/todoEE/users/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建专属待办模板实例
    ///
    /// `POST /v1.0/todoEE/standards/templates`: DingTalk's `CreateStandardTemplate` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateStandardTemplate")]
    #[doc(alias = "/v1.0/todoEE/standards/templates")]
    #[doc(alias = "POST /v1.0/todoEE/standards/templates")]
    pub fn create_standard_template(
        &self,
        request: &CreateStandardTemplateRequest,
    ) -> rt::Call<CreateStandardTemplateResponseBody, CreateStandardTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateStandardTemplate",
            rt::Method::Post,
            "/v1.0/todoEE/standards/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除应用类目信息
    ///
    /// `POST /v1.0/todoEE/apps/categories/sourceConfigs/remove`: DingTalk's `DeleteCategorySourceConfig` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteCategorySourceConfig")]
    #[doc(alias = "/v1.0/todoEE/apps/categories/sourceConfigs/remove")]
    #[doc(alias = "POST /v1.0/todoEE/apps/categories/sourceConfigs/remove")]
    pub fn delete_category_source_config(
        &self,
        request: &DeleteCategorySourceConfigRequest,
    ) -> rt::Call<
        DeleteCategorySourceConfigResponseBody,
        DeleteCategorySourceConfigError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteCategorySourceConfig",
            rt::Method::Post,
            "/v1.0/todoEE/apps/categories/sourceConfigs/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除待办
    ///
    /// `POST /v1.0/todoEE/users/tasks/remove`: DingTalk's `DeleteTodoEETask` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTodoEETask")]
    #[doc(alias = "/v1.0/todoEE/users/tasks/remove")]
    #[doc(alias = "POST /v1.0/todoEE/users/tasks/remove")]
    pub fn delete_todo_ee_task(
        &self,
        request: &DeleteTodoEETaskRequest,
    ) -> rt::Call<DeleteTodoEETaskResponseBody, DeleteTodoEETaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTodoEETask",
            rt::Method::Post,
            "/v1.0/todoEE/users/tasks/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询应用注册类目信息列表
    ///
    /// `POST /v1.0/todoEE/apps/categories/sourceConfigs/lists/query`: DingTalk's `GetCategorySourceConfigList` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_category_source_config_list_pages`].
    #[doc(alias = "GetCategorySourceConfigList")]
    #[doc(alias = "/v1.0/todoEE/apps/categories/sourceConfigs/lists/query")]
    #[doc(alias = "POST /v1.0/todoEE/apps/categories/sourceConfigs/lists/query")]
    pub fn get_category_source_config_list(
        &self,
        request: &GetCategorySourceConfigListRequest,
    ) -> rt::Call<
        GetCategorySourceConfigListResponseBody,
        GetCategorySourceConfigListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCategorySourceConfigList",
            rt::Method::Post,
            "/v1.0/todoEE/apps/categories/sourceConfigs/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询创建的Template列表
    ///
    /// `POST /v1.0/todoEE/templates/list`: DingTalk's `GetTemplateList` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_template_list_pages`].
    #[doc(alias = "GetTemplateList")]
    #[doc(alias = "/v1.0/todoEE/templates/list")]
    #[doc(alias = "POST /v1.0/todoEE/templates/list")]
    pub fn get_template_list(
        &self,
        request: &GetTemplateListRequest,
    ) -> rt::Call<GetTemplateListResponseBody, GetTemplateListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTemplateList",
            rt::Method::Post,
            "/v1.0/todoEE/templates/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户待办列表
    ///
    /// `POST /v1.0/todoEE/users/tasks/list`: DingTalk's `GetUserTaskList` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_task_list_pages`].
    #[doc(alias = "GetUserTaskList")]
    #[doc(alias = "/v1.0/todoEE/users/tasks/list")]
    #[doc(alias = "POST /v1.0/todoEE/users/tasks/list")]
    pub fn get_user_task_list(
        &self,
        request: &GetUserTaskListRequest,
    ) -> rt::Call<GetUserTaskListResponseBody, GetUserTaskListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserTaskList",
            rt::Method::Post,
            "/v1.0/todoEE/users/tasks/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询任务所有执行人的完成状态
    ///
    /// `POST /v1.0/todoEE/apps/users/tasks/executionStatuses`: DingTalk's `QueryTaskExecutionStatus` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_task_execution_status_pages`].
    #[doc(alias = "QueryTaskExecutionStatus")]
    #[doc(alias = "/v1.0/todoEE/apps/users/tasks/executionStatuses")]
    #[doc(alias = "POST /v1.0/todoEE/apps/users/tasks/executionStatuses")]
    pub fn query_task_execution_status(
        &self,
        request: &QueryTaskExecutionStatusRequest,
    ) -> rt::Call<QueryTaskExecutionStatusResponseBody, QueryTaskExecutionStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTaskExecutionStatus",
            rt::Method::Post,
            "/v1.0/todoEE/apps/users/tasks/executionStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册应用类目信息
    ///
    /// `POST /v1.0/todoEE/apps/categories/sourceConfigs/register`: DingTalk's `RegisterCategorySourceConfig` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterCategorySourceConfig")]
    #[doc(alias = "/v1.0/todoEE/apps/categories/sourceConfigs/register")]
    #[doc(alias = "POST /v1.0/todoEE/apps/categories/sourceConfigs/register")]
    pub fn register_category_source_config(
        &self,
        request: &RegisterCategorySourceConfigRequest,
    ) -> rt::Call<
        RegisterCategorySourceConfigResponseBody,
        RegisterCategorySourceConfigError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterCategorySourceConfig",
            rt::Method::Post,
            "/v1.0/todoEE/apps/categories/sourceConfigs/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改应用类目注册信息
    ///
    /// `PUT /v1.0/todoEE/apps/categories/sourceConfigs`: DingTalk's `UpdateCategorySourceConfig` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCategorySourceConfig")]
    #[doc(alias = "/v1.0/todoEE/apps/categories/sourceConfigs")]
    #[doc(alias = "PUT /v1.0/todoEE/apps/categories/sourceConfigs")]
    pub fn update_category_source_config(
        &self,
        request: &UpdateCategorySourceConfigRequest,
    ) -> rt::Call<
        UpdateCategorySourceConfigResponseBody,
        UpdateCategorySourceConfigError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCategorySourceConfig",
            rt::Method::Put,
            "/v1.0/todoEE/apps/categories/sourceConfigs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新标准模板
    ///
    /// `PUT /v1.0/todoEE/standards/templates/infos`: DingTalk's `UpdateStandardTemplate` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateStandardTemplate")]
    #[doc(alias = "/v1.0/todoEE/standards/templates/infos")]
    #[doc(alias = "PUT /v1.0/todoEE/standards/templates/infos")]
    pub fn update_standard_template(
        &self,
        request: &UpdateStandardTemplateRequest,
    ) -> rt::Call<UpdateStandardTemplateResponseBody, UpdateStandardTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateStandardTemplate",
            rt::Method::Put,
            "/v1.0/todoEE/standards/templates/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新待办信息
    ///
    /// `PUT /v1.0/todoEE/users/tasks/infos`: DingTalk's `UpdateTask` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTask")]
    #[doc(alias = "/v1.0/todoEE/users/tasks/infos")]
    #[doc(alias = "PUT /v1.0/todoEE/users/tasks/infos")]
    pub fn update_task(
        &self,
        request: &UpdateTaskRequest,
    ) -> rt::Call<UpdateTaskResponseBody, UpdateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTask",
            rt::Method::Put,
            "/v1.0/todoEE/users/tasks/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新用户的待办状态
    ///
    /// `PUT /v1.0/todoEE/users/tasks/statuses`: DingTalk's `UpdateUserTaskStatus` (module feature `todo_e_e_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateUserTaskStatus")]
    #[doc(alias = "/v1.0/todoEE/users/tasks/statuses")]
    #[doc(alias = "PUT /v1.0/todoEE/users/tasks/statuses")]
    pub fn update_user_task_status(
        &self,
        request: &UpdateUserTaskStatusRequest,
    ) -> rt::Call<UpdateUserTaskStatusResponseBody, UpdateUserTaskStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUserTaskStatus",
            rt::Method::Put,
            "/v1.0/todoEE/users/tasks/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::app_get_user_task_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `data` of each page.
    pub fn app_get_user_task_list_pages(
        &self,
        request: &AppGetUserTaskListRequest,
    ) -> rt::Paginator<
        AppGetUserTaskListResponseBody,
        AppGetUserTaskListError,
        AppGetUserTaskListResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.app_get_user_task_list(request), &PAGING)
    }
    /// Every page of [`Api::get_category_source_config_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `configs` of each page.
    pub fn get_category_source_config_list_pages(
        &self,
        request: &GetCategorySourceConfigListRequest,
    ) -> rt::Paginator<
        GetCategorySourceConfigListResponseBody,
        GetCategorySourceConfigListError,
        GetCategorySourceConfigListResponseBodyConfigs,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["configs"],
        );
        rt::Paginator::new(self.get_category_source_config_list(request), &PAGING)
    }
    /// Every page of [`Api::get_template_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_template_list_pages(
        &self,
        request: &GetTemplateListRequest,
    ) -> rt::Paginator<
        GetTemplateListResponseBody,
        GetTemplateListError,
        GetTemplateListResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_template_list(request), &PAGING)
    }
    /// Every page of [`Api::get_user_task_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `data` of each page.
    pub fn get_user_task_list_pages(
        &self,
        request: &GetUserTaskListRequest,
    ) -> rt::Paginator<
        GetUserTaskListResponseBody,
        GetUserTaskListError,
        GetUserTaskListResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.get_user_task_list(request), &PAGING)
    }
    /// Every page of [`Api::query_task_execution_status`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `data` of each page.
    pub fn query_task_execution_status_pages(
        &self,
        request: &QueryTaskExecutionStatusRequest,
    ) -> rt::Paginator<
        QueryTaskExecutionStatusResponseBody,
        QueryTaskExecutionStatusError,
        QueryTaskExecutionStatusResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_task_execution_status(request), &PAGING)
    }
}
/// `AppCreateEnterpriseTodoTaskRequestCustomFields`, a model several operations share: also named [`CreateEnterpriseTodoTaskRequestCustomFields`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppCreateEnterpriseTodoTaskRequestCustomFields {
    /// `fieldKey`.
    pub field_key: Option<String>,
    /// `fieldLink`.
    pub field_link: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
}
impl AppCreateEnterpriseTodoTaskRequestCustomFields {
    /// An empty `AppCreateEnterpriseTodoTaskRequestCustomFields`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldKey`.
    pub fn field_key(mut self, value: impl Into<String>) -> Self {
        self.field_key = Some(value.into());
        self
    }
    /// Sets `fieldLink`.
    pub fn field_link(mut self, value: impl Into<String>) -> Self {
        self.field_link = Some(value.into());
        self
    }
    /// Sets `fieldType`.
    pub fn field_type(mut self, value: impl Into<String>) -> Self {
        self.field_type = Some(value.into());
        self
    }
    /// Sets `fieldValue`.
    pub fn field_value(mut self, value: impl Into<String>) -> Self {
        self.field_value = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppCreateEnterpriseTodoTaskRequestCustomFields { "fieldKey" => optional(field_key),
    "fieldLink" => optional(field_link), "fieldType" => optional(field_type),
    "fieldValue" => optional(field_value), "icon" => optional(icon) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppCreateEnterpriseTodoTaskRequestCustomFields { "fieldKey" => read_field(field_key),
    "fieldLink" => read_field(field_link), "fieldType" => read_field(field_type),
    "fieldValue" => read_field(field_value), "icon" => read_field(icon) }
}
/// `AppCreateEnterpriseTodoTaskRequestDetailUrl`, a model several operations share: also named [`CreateEnterpriseTodoTaskRequestDetailUrl`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppCreateEnterpriseTodoTaskRequestDetailUrl {
    /// `appUrl`.
    pub app_url: Option<String>,
    /// `webUrl`.
    pub web_url: Option<String>,
}
impl AppCreateEnterpriseTodoTaskRequestDetailUrl {
    /// An empty `AppCreateEnterpriseTodoTaskRequestDetailUrl`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appUrl`.
    pub fn app_url(mut self, value: impl Into<String>) -> Self {
        self.app_url = Some(value.into());
        self
    }
    /// Sets `webUrl`.
    pub fn web_url(mut self, value: impl Into<String>) -> Self {
        self.web_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppCreateEnterpriseTodoTaskRequestDetailUrl { "appUrl" => optional(app_url), "webUrl"
    => optional(web_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppCreateEnterpriseTodoTaskRequestDetailUrl { "appUrl" => read_field(app_url),
    "webUrl" => read_field(web_url) }
}
/// `AppCreateEnterpriseTodoTaskRequestNotifyConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppCreateEnterpriseTodoTaskRequestNotifyConfigs {
    /// `assistance`.
    pub assistance: Option<String>,
    /// `dingNotify`.
    pub ding_notify: Option<String>,
}
impl AppCreateEnterpriseTodoTaskRequestNotifyConfigs {
    /// An empty `AppCreateEnterpriseTodoTaskRequestNotifyConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `assistance`.
    pub fn assistance(mut self, value: impl Into<String>) -> Self {
        self.assistance = Some(value.into());
        self
    }
    /// Sets `dingNotify`.
    pub fn ding_notify(mut self, value: impl Into<String>) -> Self {
        self.ding_notify = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppCreateEnterpriseTodoTaskRequestNotifyConfigs { "assistance" =>
    optional(assistance), "dingNotify" => optional(ding_notify) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppCreateEnterpriseTodoTaskRequestNotifyConfigs { "assistance" =>
    read_field(assistance), "dingNotify" => read_field(ding_notify) }
}
/// `AppCreateEnterpriseTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppCreateEnterpriseTodoTaskResponseBody {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<AppCreateEnterpriseTodoTaskResponseBodyDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
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
}
rt::impl_deserialize! {
    AppCreateEnterpriseTodoTaskResponseBody { "bizCategoryId" =>
    read_field(biz_category_id), "createdTime" => read_field(created_time), "creatorId"
    => read_field(creator_id), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "modifiedTime" =>
    read_field(modified_time), "priority" => read_field(priority), "sourceId" =>
    read_field(source_id), "subject" => read_field(subject), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppCreateEnterpriseTodoTaskResponseBody { "bizCategoryId" =>
    optional(biz_category_id), "createdTime" => optional(created_time), "creatorId" =>
    optional(creator_id), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "done" => optional(done), "dueTime" => optional(due_time),
    "executorIds" => optional(executor_ids), "modifiedTime" => optional(modified_time),
    "priority" => optional(priority), "sourceId" => optional(source_id), "subject" =>
    optional(subject), "taskId" => optional(task_id) }
}
/// `AppDeleteTodoEETaskResponseBody`, a model several operations share: also named [`AppUpdateTaskResponseBody`], [`AppUpdateUserTaskStatusResponseBody`], [`RegisterCategorySourceConfigResponseBody`], [`UpdateStandardTemplateResponseBody`], [`UpdateUserTaskStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppDeleteTodoEETaskResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AppDeleteTodoEETaskResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppDeleteTodoEETaskResponseBody { "success" => optional(success) }
}
/// `AppGetUserTaskListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppGetUserTaskListResponseBody {
    /// `data`.
    pub data: Option<Vec<AppGetUserTaskListResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    AppGetUserTaskListResponseBody { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppGetUserTaskListResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "totalCount" => optional(total_count) }
}
/// `AppUpdateTaskResponseBody`: the same model as [`AppDeleteTodoEETaskResponseBody`].
pub type AppUpdateTaskResponseBody = AppDeleteTodoEETaskResponseBody;
/// `AppUpdateUserTaskStatusRequestUserTaskStatuses`, a model several operations share: also named [`UpdateUserTaskStatusRequestUserTaskStatuses`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppUpdateUserTaskStatusRequestUserTaskStatuses {
    /// `done`.
    pub done: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl AppUpdateUserTaskStatusRequestUserTaskStatuses {
    /// An empty `AppUpdateUserTaskStatusRequestUserTaskStatuses`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `done`.
    pub fn done(mut self, value: bool) -> Self {
        self.done = Some(value);
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppUpdateUserTaskStatusRequestUserTaskStatuses { "done" => optional(done), "taskId"
    => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppUpdateUserTaskStatusRequestUserTaskStatuses { "done" => read_field(done), "taskId"
    => read_field(task_id) }
}
/// `AppUpdateUserTaskStatusResponseBody`: the same model as [`AppDeleteTodoEETaskResponseBody`].
pub type AppUpdateUserTaskStatusResponseBody = AppDeleteTodoEETaskResponseBody;
/// `CreateEnterpriseTodoTaskRequestCustomFields`: the same model as [`AppCreateEnterpriseTodoTaskRequestCustomFields`].
pub type CreateEnterpriseTodoTaskRequestCustomFields = AppCreateEnterpriseTodoTaskRequestCustomFields;
/// `CreateEnterpriseTodoTaskRequestDetailUrl`: the same model as [`AppCreateEnterpriseTodoTaskRequestDetailUrl`].
pub type CreateEnterpriseTodoTaskRequestDetailUrl = AppCreateEnterpriseTodoTaskRequestDetailUrl;
/// `CreateEnterpriseTodoTaskRequestNotifyConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEnterpriseTodoTaskRequestNotifyConfigs {
    /// `dingNotify`.
    pub ding_notify: Option<String>,
}
impl CreateEnterpriseTodoTaskRequestNotifyConfigs {
    /// An empty `CreateEnterpriseTodoTaskRequestNotifyConfigs`; set fields with the methods named after them.
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
    CreateEnterpriseTodoTaskRequestNotifyConfigs { "dingNotify" => optional(ding_notify)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEnterpriseTodoTaskRequestNotifyConfigs { "dingNotify" =>
    read_field(ding_notify) }
}
/// `CreateEnterpriseTodoTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEnterpriseTodoTaskResponseBody {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<CreateEnterpriseTodoTaskResponseBodyDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateEnterpriseTodoTaskResponseBody { "bizCategoryId" =>
    read_field(biz_category_id), "createdTime" => read_field(created_time), "creatorId"
    => read_field(creator_id), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "modifiedTime" =>
    read_field(modified_time), "sourceId" => read_field(source_id), "subject" =>
    read_field(subject), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEnterpriseTodoTaskResponseBody { "bizCategoryId" => optional(biz_category_id),
    "createdTime" => optional(created_time), "creatorId" => optional(creator_id),
    "description" => optional(description), "detailUrl" => optional(detail_url), "done"
    => optional(done), "dueTime" => optional(due_time), "executorIds" =>
    optional(executor_ids), "modifiedTime" => optional(modified_time), "sourceId" =>
    optional(source_id), "subject" => optional(subject), "taskId" => optional(task_id) }
}
/// `CreateStandardTemplateRequestActions`, a model several operations share: also named [`UpdateStandardTemplateRequestActions`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateStandardTemplateRequestActions {
    /// `actionGroup`.
    pub action_group: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `needReason`.
    pub need_reason: Option<bool>,
    /// `needReasonRequired`.
    pub need_reason_required: Option<bool>,
    /// `order`.
    pub order: Option<i64>,
    /// `styleType`.
    pub style_type: Option<i64>,
}
impl CreateStandardTemplateRequestActions {
    /// An empty `CreateStandardTemplateRequestActions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionGroup`.
    pub fn action_group(mut self, value: impl Into<String>) -> Self {
        self.action_group = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `needReason`.
    pub fn need_reason(mut self, value: bool) -> Self {
        self.need_reason = Some(value);
        self
    }
    /// Sets `needReasonRequired`.
    pub fn need_reason_required(mut self, value: bool) -> Self {
        self.need_reason_required = Some(value);
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
    /// Sets `styleType`.
    pub fn style_type(mut self, value: i64) -> Self {
        self.style_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateStandardTemplateRequestActions { "actionGroup" => optional(action_group),
    "name" => optional(name), "needReason" => optional(need_reason), "needReasonRequired"
    => optional(need_reason_required), "order" => optional(order), "styleType" =>
    optional(style_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateStandardTemplateRequestActions { "actionGroup" => read_field(action_group),
    "name" => read_field(name), "needReason" => read_field(need_reason),
    "needReasonRequired" => read_field(need_reason_required), "order" =>
    read_field(order), "styleType" => read_field(style_type) }
}
/// `CreateStandardTemplateRequestService`, a model several operations share: also named [`UpdateStandardTemplateRequestService`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateStandardTemplateRequestService {
    /// `callbackUrl`.
    pub callback_url: Option<String>,
}
impl CreateStandardTemplateRequestService {
    /// An empty `CreateStandardTemplateRequestService`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateStandardTemplateRequestService { "callbackUrl" => optional(callback_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateStandardTemplateRequestService { "callbackUrl" => read_field(callback_url) }
}
/// `CreateStandardTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateStandardTemplateResponseBody {
    /// `actions`.
    pub actions: Option<Vec<CreateStandardTemplateResponseBodyActions>>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `templateKey`.
    pub template_key: Option<String>,
}
rt::impl_deserialize! {
    CreateStandardTemplateResponseBody { "actions" => read_field(actions), "description"
    => read_field(description), "name" => read_field(name), "templateKey" =>
    read_field(template_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateStandardTemplateResponseBody { "actions" => optional(actions), "description" =>
    optional(description), "name" => optional(name), "templateKey" =>
    optional(template_key) }
}
/// `DeleteCategorySourceConfigResponseBody`, a model several operations share: also named [`UpdateCategorySourceConfigResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteCategorySourceConfigResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    DeleteCategorySourceConfigResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteCategorySourceConfigResponseBody { "success" => optional(success) }
}
/// `DeleteTodoEETaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteTodoEETaskResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    DeleteTodoEETaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteTodoEETaskResponseBody { "result" => optional(result) }
}
/// `GetCategorySourceConfigListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCategorySourceConfigListResponseBody {
    /// `configs`.
    pub configs: Option<Vec<GetCategorySourceConfigListResponseBodyConfigs>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetCategorySourceConfigListResponseBody { "configs" => read_field(configs),
    "nextToken" => read_field(next_token), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCategorySourceConfigListResponseBody { "configs" => optional(configs), "nextToken"
    => optional(next_token), "totalCount" => optional(total_count) }
}
/// `GetTemplateListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTemplateListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetTemplateListResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetTemplateListResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTemplateListResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `GetUserTaskListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserTaskListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetUserTaskListResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetUserTaskListResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserTaskListResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `QueryTaskExecutionStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTaskExecutionStatusResponseBody {
    /// `data`.
    pub data: Option<Vec<QueryTaskExecutionStatusResponseBodyData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryTaskExecutionStatusResponseBody { "data" => read_field(data), "hasMore" =>
    read_field(has_more), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskExecutionStatusResponseBody { "data" => optional(data), "hasMore" =>
    optional(has_more), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "totalCount" => optional(total_count) }
}
/// `RegisterCategorySourceConfigResponseBody`: the same model as [`AppDeleteTodoEETaskResponseBody`].
pub type RegisterCategorySourceConfigResponseBody = AppDeleteTodoEETaskResponseBody;
/// `UpdateCategorySourceConfigResponseBody`: the same model as [`DeleteCategorySourceConfigResponseBody`].
pub type UpdateCategorySourceConfigResponseBody = DeleteCategorySourceConfigResponseBody;
/// `UpdateStandardTemplateRequestActions`: the same model as [`CreateStandardTemplateRequestActions`].
pub type UpdateStandardTemplateRequestActions = CreateStandardTemplateRequestActions;
/// `UpdateStandardTemplateRequestService`: the same model as [`CreateStandardTemplateRequestService`].
pub type UpdateStandardTemplateRequestService = CreateStandardTemplateRequestService;
/// `UpdateStandardTemplateResponseBody`: the same model as [`AppDeleteTodoEETaskResponseBody`].
pub type UpdateStandardTemplateResponseBody = AppDeleteTodoEETaskResponseBody;
/// `UpdateTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskResponseBody { "result" => optional(result) }
}
/// `UpdateUserTaskStatusRequestUserTaskStatuses`: the same model as [`AppUpdateUserTaskStatusRequestUserTaskStatuses`].
pub type UpdateUserTaskStatusRequestUserTaskStatuses = AppUpdateUserTaskStatusRequestUserTaskStatuses;
/// `UpdateUserTaskStatusResponseBody`: the same model as [`AppDeleteTodoEETaskResponseBody`].
pub type UpdateUserTaskStatusResponseBody = AppDeleteTodoEETaskResponseBody;
/// `AppCreateEnterpriseTodoTaskResponseBodyDetailUrl`, a model several operations share: also named [`CreateEnterpriseTodoTaskResponseBodyDetailUrl`], [`AppGetUserTaskListResponseBodyDataDetailUrl`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppCreateEnterpriseTodoTaskResponseBodyDetailUrl {
    /// `appUrl`.
    pub app_url: Option<String>,
    /// `webUrl`.
    pub web_url: Option<String>,
}
rt::impl_deserialize! {
    AppCreateEnterpriseTodoTaskResponseBodyDetailUrl { "appUrl" => read_field(app_url),
    "webUrl" => read_field(web_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppCreateEnterpriseTodoTaskResponseBodyDetailUrl { "appUrl" => optional(app_url),
    "webUrl" => optional(web_url) }
}
/// `AppGetUserTaskListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppGetUserTaskListResponseBodyData {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<AppGetUserTaskListResponseBodyDataDetailUrl>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    AppGetUserTaskListResponseBodyData { "bizCategoryId" => read_field(biz_category_id),
    "createdTime" => read_field(created_time), "description" => read_field(description),
    "detailUrl" => read_field(detail_url), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "modifiedTime" => read_field(modified_time), "operatorId" =>
    read_field(operator_id), "priority" => read_field(priority), "subject" =>
    read_field(subject), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppGetUserTaskListResponseBodyData { "bizCategoryId" => optional(biz_category_id),
    "createdTime" => optional(created_time), "description" => optional(description),
    "detailUrl" => optional(detail_url), "done" => optional(done), "dueTime" =>
    optional(due_time), "modifiedTime" => optional(modified_time), "operatorId" =>
    optional(operator_id), "priority" => optional(priority), "subject" =>
    optional(subject), "taskId" => optional(task_id) }
}
/// `CreateEnterpriseTodoTaskResponseBodyDetailUrl`: the same model as [`AppCreateEnterpriseTodoTaskResponseBodyDetailUrl`].
pub type CreateEnterpriseTodoTaskResponseBodyDetailUrl = AppCreateEnterpriseTodoTaskResponseBodyDetailUrl;
/// `CreateStandardTemplateResponseBodyActions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateStandardTemplateResponseBodyActions {
    /// `actionKey`.
    pub action_key: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `needReason`.
    pub need_reason: Option<bool>,
    /// `needReasonRequired`.
    pub need_reason_required: Option<bool>,
    /// `order`.
    pub order: Option<i64>,
    /// `styleType`.
    pub style_type: Option<i64>,
}
rt::impl_deserialize! {
    CreateStandardTemplateResponseBodyActions { "actionKey" => read_field(action_key),
    "name" => read_field(name), "needReason" => read_field(need_reason),
    "needReasonRequired" => read_field(need_reason_required), "order" =>
    read_field(order), "styleType" => read_field(style_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateStandardTemplateResponseBodyActions { "actionKey" => optional(action_key),
    "name" => optional(name), "needReason" => optional(need_reason), "needReasonRequired"
    => optional(need_reason_required), "order" => optional(order), "styleType" =>
    optional(style_type) }
}
/// `GetCategorySourceConfigListResponseBodyConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCategorySourceConfigListResponseBodyConfigs {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `bizCategoryName`.
    pub biz_category_name: Option<String>,
    /// `configId`.
    pub config_id: Option<String>,
}
rt::impl_deserialize! {
    GetCategorySourceConfigListResponseBodyConfigs { "bizCategoryId" =>
    read_field(biz_category_id), "bizCategoryName" => read_field(biz_category_name),
    "configId" => read_field(config_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCategorySourceConfigListResponseBodyConfigs { "bizCategoryId" =>
    optional(biz_category_id), "bizCategoryName" => optional(biz_category_name),
    "configId" => optional(config_id) }
}
/// `GetTemplateListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTemplateListResponseBodyData {
    /// `actions`.
    pub actions: Option<Vec<GetTemplateListResponseBodyDataActions>>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `templateKey`.
    pub template_key: Option<String>,
}
rt::impl_deserialize! {
    GetTemplateListResponseBodyData { "actions" => read_field(actions), "createTime" =>
    read_field(create_time), "creatorId" => read_field(creator_id), "description" =>
    read_field(description), "modifiedTime" => read_field(modified_time), "modifierId" =>
    read_field(modifier_id), "name" => read_field(name), "templateKey" =>
    read_field(template_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTemplateListResponseBodyData { "actions" => optional(actions), "createTime" =>
    optional(create_time), "creatorId" => optional(creator_id), "description" =>
    optional(description), "modifiedTime" => optional(modified_time), "modifierId" =>
    optional(modifier_id), "name" => optional(name), "templateKey" =>
    optional(template_key) }
}
/// `GetUserTaskListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserTaskListResponseBodyData {
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserTaskListResponseBodyData { "createdTime" => read_field(created_time),
    "description" => read_field(description), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "subject" => read_field(subject), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserTaskListResponseBodyData { "createdTime" => optional(created_time),
    "description" => optional(description), "done" => optional(done), "dueTime" =>
    optional(due_time), "subject" => optional(subject), "taskId" => optional(task_id) }
}
/// `QueryTaskExecutionStatusResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTaskExecutionStatusResponseBodyData {
    /// `done`.
    pub done: Option<bool>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `finishDate`.
    pub finish_date: Option<i64>,
}
rt::impl_deserialize! {
    QueryTaskExecutionStatusResponseBodyData { "done" => read_field(done), "executorId"
    => read_field(executor_id), "finishDate" => read_field(finish_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskExecutionStatusResponseBodyData { "done" => optional(done), "executorId" =>
    optional(executor_id), "finishDate" => optional(finish_date) }
}
/// `AppGetUserTaskListResponseBodyDataDetailUrl`: the same model as [`AppCreateEnterpriseTodoTaskResponseBodyDetailUrl`].
pub type AppGetUserTaskListResponseBodyDataDetailUrl = AppCreateEnterpriseTodoTaskResponseBodyDetailUrl;
/// `GetTemplateListResponseBodyDataActions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTemplateListResponseBodyDataActions {
    /// `actionKey`.
    pub action_key: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `needReason`.
    pub need_reason: Option<bool>,
    /// `needReasonRequired`.
    pub need_reason_required: Option<bool>,
    /// `order`.
    pub order: Option<i64>,
    /// `styleType`.
    pub style_type: Option<i64>,
}
rt::impl_deserialize! {
    GetTemplateListResponseBodyDataActions { "actionKey" => read_field(action_key),
    "description" => read_field(description), "name" => read_field(name), "needReason" =>
    read_field(need_reason), "needReasonRequired" => read_field(need_reason_required),
    "order" => read_field(order), "styleType" => read_field(style_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTemplateListResponseBodyDataActions { "actionKey" => optional(action_key),
    "description" => optional(description), "name" => optional(name), "needReason" =>
    optional(need_reason), "needReasonRequired" => optional(need_reason_required),
    "order" => optional(order), "styleType" => optional(style_type) }
}
/// The request of [`Api::app_create_enterprise_todo_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppCreateEnterpriseTodoTaskRequest {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `bizCreatedTime`.
    pub biz_created_time: Option<i64>,
    /// `customFields`.
    pub custom_fields: Option<Vec<AppCreateEnterpriseTodoTaskRequestCustomFields>>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<AppCreateEnterpriseTodoTaskRequestDetailUrl>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `notifyConfigs`.
    pub notify_configs: Option<AppCreateEnterpriseTodoTaskRequestNotifyConfigs>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `sourceTitle`.
    pub source_title: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `toolbarTemplateKey`.
    pub toolbar_template_key: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl AppCreateEnterpriseTodoTaskRequest {
    /// An empty `AppCreateEnterpriseTodoTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCategoryId`.
    pub fn biz_category_id(mut self, value: impl Into<String>) -> Self {
        self.biz_category_id = Some(value.into());
        self
    }
    /// Sets `bizCreatedTime`.
    pub fn biz_created_time(mut self, value: i64) -> Self {
        self.biz_created_time = Some(value);
        self
    }
    /// Sets `customFields`.
    pub fn custom_fields(
        mut self,
        value: impl IntoIterator<Item = AppCreateEnterpriseTodoTaskRequestCustomFields>,
    ) -> Self {
        self.custom_fields = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `detailUrl`.
    pub fn detail_url(
        mut self,
        value: AppCreateEnterpriseTodoTaskRequestDetailUrl,
    ) -> Self {
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
    /// Sets `notifyConfigs`.
    pub fn notify_configs(
        mut self,
        value: AppCreateEnterpriseTodoTaskRequestNotifyConfigs,
    ) -> Self {
        self.notify_configs = Some(value);
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
    /// Sets `sourceId`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `sourceTitle`.
    pub fn source_title(mut self, value: impl Into<String>) -> Self {
        self.source_title = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
    /// Sets `toolbarTemplateKey`.
    pub fn toolbar_template_key(mut self, value: impl Into<String>) -> Self {
        self.toolbar_template_key = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppCreateEnterpriseTodoTaskRequest { "bizCategoryId" => optional(biz_category_id),
    "bizCreatedTime" => optional(biz_created_time), "customFields" =>
    optional(custom_fields), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "dueTime" => optional(due_time), "executorIds" =>
    optional(executor_ids), "notifyConfigs" => optional(notify_configs), "operatorId" =>
    optional(operator_id), "priority" => optional(priority), "sourceId" =>
    optional(source_id), "sourceTitle" => optional(source_title), "subject" =>
    optional(subject), "toolbarTemplateKey" => optional(toolbar_template_key), "type" =>
    optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppCreateEnterpriseTodoTaskRequest { "bizCategoryId" => read_field(biz_category_id),
    "bizCreatedTime" => read_field(biz_created_time), "customFields" =>
    read_field(custom_fields), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "dueTime" => read_field(due_time), "executorIds" =>
    read_field(executor_ids), "notifyConfigs" => read_field(notify_configs), "operatorId"
    => read_field(operator_id), "priority" => read_field(priority), "sourceId" =>
    read_field(source_id), "sourceTitle" => read_field(source_title), "subject" =>
    read_field(subject), "toolbarTemplateKey" => read_field(toolbar_template_key), "type"
    => read_field(r#type) }
}
impl rt::WriteRequest for AppCreateEnterpriseTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::app_delete_todo_ee_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppDeleteTodoEETaskRequest {
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `taskIds`.
    pub task_ids: Option<Vec<String>>,
}
impl AppDeleteTodoEETaskRequest {
    /// An empty `AppDeleteTodoEETaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `taskIds`.
    pub fn task_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.task_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    AppDeleteTodoEETaskRequest { "operatorId" => optional(operator_id), "taskIds" =>
    optional(task_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppDeleteTodoEETaskRequest { "operatorId" => read_field(operator_id), "taskIds" =>
    read_field(task_ids) }
}
impl rt::WriteRequest for AppDeleteTodoEETaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::app_get_user_task_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppGetUserTaskListRequest {
    /// `done`.
    pub done: Option<bool>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl AppGetUserTaskListRequest {
    /// An empty `AppGetUserTaskListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `done`.
    pub fn done(mut self, value: bool) -> Self {
        self.done = Some(value);
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppGetUserTaskListRequest { "done" => optional(done), "operatorId" =>
    optional(operator_id), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppGetUserTaskListRequest { "done" => read_field(done), "operatorId" =>
    read_field(operator_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "type" => read_field(r#type) }
}
impl rt::WriteRequest for AppGetUserTaskListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::app_update_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppUpdateTaskRequest {
    /// `bizCreatedTime`.
    pub biz_created_time: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `toolbarTemplateKey`.
    pub toolbar_template_key: Option<String>,
}
impl AppUpdateTaskRequest {
    /// An empty `AppUpdateTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCreatedTime`.
    pub fn biz_created_time(mut self, value: i64) -> Self {
        self.biz_created_time = Some(value);
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
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
    /// Sets `toolbarTemplateKey`.
    pub fn toolbar_template_key(mut self, value: impl Into<String>) -> Self {
        self.toolbar_template_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppUpdateTaskRequest { "bizCreatedTime" => optional(biz_created_time), "description"
    => optional(description), "done" => optional(done), "dueTime" => optional(due_time),
    "executorIds" => optional(executor_ids), "operatorId" => optional(operator_id),
    "subject" => optional(subject), "taskId" => optional(task_id), "toolbarTemplateKey"
    => optional(toolbar_template_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppUpdateTaskRequest { "bizCreatedTime" => read_field(biz_created_time),
    "description" => read_field(description), "done" => read_field(done), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "operatorId" =>
    read_field(operator_id), "subject" => read_field(subject), "taskId" =>
    read_field(task_id), "toolbarTemplateKey" => read_field(toolbar_template_key) }
}
impl rt::WriteRequest for AppUpdateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::app_update_user_task_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppUpdateUserTaskStatusRequest {
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `userTaskStatuses`.
    pub user_task_statuses: Option<Vec<AppUpdateUserTaskStatusRequestUserTaskStatuses>>,
}
impl AppUpdateUserTaskStatusRequest {
    /// An empty `AppUpdateUserTaskStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `userTaskStatuses`.
    pub fn user_task_statuses(
        mut self,
        value: impl IntoIterator<Item = AppUpdateUserTaskStatusRequestUserTaskStatuses>,
    ) -> Self {
        self.user_task_statuses = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AppUpdateUserTaskStatusRequest { "operatorId" => optional(operator_id),
    "userTaskStatuses" => optional(user_task_statuses) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppUpdateUserTaskStatusRequest { "operatorId" => read_field(operator_id),
    "userTaskStatuses" => read_field(user_task_statuses) }
}
impl rt::WriteRequest for AppUpdateUserTaskStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_enterprise_todo_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEnterpriseTodoTaskRequest {
    /// `bizCategoryId`.
    pub biz_category_id: Option<String>,
    /// `customFields`.
    pub custom_fields: Option<Vec<CreateEnterpriseTodoTaskRequestCustomFields>>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<CreateEnterpriseTodoTaskRequestDetailUrl>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `notifyConfigs`.
    pub notify_configs: Option<CreateEnterpriseTodoTaskRequestNotifyConfigs>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `sourceTitle`.
    pub source_title: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `trackerIds`.
    pub tracker_ids: Option<Vec<String>>,
    /// `type`.
    pub r#type: Option<String>,
}
impl CreateEnterpriseTodoTaskRequest {
    /// An empty `CreateEnterpriseTodoTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCategoryId`.
    pub fn biz_category_id(mut self, value: impl Into<String>) -> Self {
        self.biz_category_id = Some(value.into());
        self
    }
    /// Sets `customFields`.
    pub fn custom_fields(
        mut self,
        value: impl IntoIterator<Item = CreateEnterpriseTodoTaskRequestCustomFields>,
    ) -> Self {
        self.custom_fields = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `detailUrl`.
    pub fn detail_url(
        mut self,
        value: CreateEnterpriseTodoTaskRequestDetailUrl,
    ) -> Self {
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
    /// Sets `notifyConfigs`.
    pub fn notify_configs(
        mut self,
        value: CreateEnterpriseTodoTaskRequestNotifyConfigs,
    ) -> Self {
        self.notify_configs = Some(value);
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
    /// Sets `sourceId`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `sourceTitle`.
    pub fn source_title(mut self, value: impl Into<String>) -> Self {
        self.source_title = Some(value.into());
        self
    }
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
    /// Sets `trackerIds`.
    pub fn tracker_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tracker_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEnterpriseTodoTaskRequest { "bizCategoryId" => optional(biz_category_id),
    "customFields" => optional(custom_fields), "description" => optional(description),
    "detailUrl" => optional(detail_url), "dueTime" => optional(due_time), "executorIds"
    => optional(executor_ids), "notifyConfigs" => optional(notify_configs), "operatorId"
    => optional(operator_id), "priority" => optional(priority), "sourceId" =>
    optional(source_id), "sourceTitle" => optional(source_title), "subject" =>
    optional(subject), "trackerIds" => optional(tracker_ids), "type" => optional(r#type)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEnterpriseTodoTaskRequest { "bizCategoryId" => read_field(biz_category_id),
    "customFields" => read_field(custom_fields), "description" =>
    read_field(description), "detailUrl" => read_field(detail_url), "dueTime" =>
    read_field(due_time), "executorIds" => read_field(executor_ids), "notifyConfigs" =>
    read_field(notify_configs), "operatorId" => read_field(operator_id), "priority" =>
    read_field(priority), "sourceId" => read_field(source_id), "sourceTitle" =>
    read_field(source_title), "subject" => read_field(subject), "trackerIds" =>
    read_field(tracker_ids), "type" => read_field(r#type) }
}
impl rt::WriteRequest for CreateEnterpriseTodoTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_standard_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateStandardTemplateRequest {
    /// `actions`.
    pub actions: Option<Vec<CreateStandardTemplateRequestActions>>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `service`.
    pub service: Option<CreateStandardTemplateRequestService>,
}
impl CreateStandardTemplateRequest {
    /// An empty `CreateStandardTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actions`.
    pub fn actions(
        mut self,
        value: impl IntoIterator<Item = CreateStandardTemplateRequestActions>,
    ) -> Self {
        self.actions = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `service`.
    pub fn service(mut self, value: CreateStandardTemplateRequestService) -> Self {
        self.service = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateStandardTemplateRequest { "actions" => optional(actions), "description" =>
    optional(description), "name" => optional(name), "operatorId" =>
    optional(operator_id), "service" => optional(service) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateStandardTemplateRequest { "actions" => read_field(actions), "description" =>
    read_field(description), "name" => read_field(name), "operatorId" =>
    read_field(operator_id), "service" => read_field(service) }
}
impl rt::WriteRequest for CreateStandardTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_category_source_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteCategorySourceConfigRequest {
    /// `bizCategoryId`.
    pub biz_category_id: String,
}
/// The required fields of [`DeleteCategorySourceConfigRequest`], each named where it is set: `DeleteCategorySourceConfigRequest::new(DeleteCategorySourceConfigRequired { .. })`.
pub struct DeleteCategorySourceConfigRequired {
    /// `bizCategoryId`: see [`DeleteCategorySourceConfigRequest::biz_category_id`].
    pub biz_category_id: String,
}
impl DeleteCategorySourceConfigRequest {
    /// A `DeleteCategorySourceConfigRequest` with its required fields (`bizCategoryId`); set the others with the methods named after them.
    pub fn new(required: DeleteCategorySourceConfigRequired) -> Self {
        let DeleteCategorySourceConfigRequired { biz_category_id } = required;
        Self { biz_category_id }
    }
}
rt::impl_serialize! {
    DeleteCategorySourceConfigRequest { "bizCategoryId" => field(biz_category_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteCategorySourceConfigRequest { "bizCategoryId" => read_field(biz_category_id) }
}
impl rt::WriteRequest for DeleteCategorySourceConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_todo_ee_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteTodoEETaskRequest {
    /// `taskIds`.
    pub task_ids: Option<Vec<String>>,
}
impl DeleteTodoEETaskRequest {
    /// An empty `DeleteTodoEETaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskIds`.
    pub fn task_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.task_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    DeleteTodoEETaskRequest { "taskIds" => optional(task_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteTodoEETaskRequest { "taskIds" => read_field(task_ids) }
}
impl rt::WriteRequest for DeleteTodoEETaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_category_source_config_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCategorySourceConfigListRequest {
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl GetCategorySourceConfigListRequest {
    /// An empty `GetCategorySourceConfigListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCategorySourceConfigListRequest { "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetCategorySourceConfigListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_template_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTemplateListRequest {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl GetTemplateListRequest {
    /// An empty `GetTemplateListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetTemplateListRequest { "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTemplateListRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for GetTemplateListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_task_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserTaskListRequest {
    /// `done`.
    pub done: Option<bool>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl GetUserTaskListRequest {
    /// An empty `GetUserTaskListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `done`.
    pub fn done(mut self, value: bool) -> Self {
        self.done = Some(value);
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetUserTaskListRequest { "done" => optional(done), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "type" => optional(r#type)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserTaskListRequest { "done" => read_field(done), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for GetUserTaskListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_task_execution_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryTaskExecutionStatusRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`QueryTaskExecutionStatusRequest`], each named where it is set: `QueryTaskExecutionStatusRequest::new(QueryTaskExecutionStatusRequired { .. })`.
pub struct QueryTaskExecutionStatusRequired {
    /// `taskId`: see [`QueryTaskExecutionStatusRequest::task_id`].
    pub task_id: String,
}
impl QueryTaskExecutionStatusRequest {
    /// A `QueryTaskExecutionStatusRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: QueryTaskExecutionStatusRequired) -> Self {
        let QueryTaskExecutionStatusRequired { task_id } = required;
        Self {
            page_number: None,
            page_size: None,
            task_id,
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTaskExecutionStatusRequest { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size), "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for QueryTaskExecutionStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::register_category_source_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterCategorySourceConfigRequest {
    /// `bizCategoryId`.
    pub biz_category_id: String,
    /// `bizCategoryName`.
    pub biz_category_name: String,
    /// `operatorId`.
    pub operator_id: Option<String>,
}
/// The required fields of [`RegisterCategorySourceConfigRequest`], each named where it is set: `RegisterCategorySourceConfigRequest::new(RegisterCategorySourceConfigRequired { .. })`.
pub struct RegisterCategorySourceConfigRequired {
    /// `bizCategoryId`: see [`RegisterCategorySourceConfigRequest::biz_category_id`].
    pub biz_category_id: String,
    /// `bizCategoryName`: see [`RegisterCategorySourceConfigRequest::biz_category_name`].
    pub biz_category_name: String,
}
impl RegisterCategorySourceConfigRequest {
    /// A `RegisterCategorySourceConfigRequest` with its required fields (`bizCategoryId`, `bizCategoryName`); set the others with the methods named after them.
    pub fn new(required: RegisterCategorySourceConfigRequired) -> Self {
        let RegisterCategorySourceConfigRequired {
            biz_category_id,
            biz_category_name,
        } = required;
        Self {
            biz_category_id,
            biz_category_name,
            operator_id: None,
        }
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RegisterCategorySourceConfigRequest { "bizCategoryId" => field(biz_category_id),
    "bizCategoryName" => field(biz_category_name), "operatorId" => optional(operator_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterCategorySourceConfigRequest { "bizCategoryId" => read_field(biz_category_id),
    "bizCategoryName" => read_field(biz_category_name), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for RegisterCategorySourceConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_category_source_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateCategorySourceConfigRequest {
    /// `bizCategoryId`.
    pub biz_category_id: String,
    /// `bizCategoryName`.
    pub biz_category_name: String,
    /// `operatorId`.
    pub operator_id: Option<String>,
}
/// The required fields of [`UpdateCategorySourceConfigRequest`], each named where it is set: `UpdateCategorySourceConfigRequest::new(UpdateCategorySourceConfigRequired { .. })`.
pub struct UpdateCategorySourceConfigRequired {
    /// `bizCategoryId`: see [`UpdateCategorySourceConfigRequest::biz_category_id`].
    pub biz_category_id: String,
    /// `bizCategoryName`: see [`UpdateCategorySourceConfigRequest::biz_category_name`].
    pub biz_category_name: String,
}
impl UpdateCategorySourceConfigRequest {
    /// A `UpdateCategorySourceConfigRequest` with its required fields (`bizCategoryId`, `bizCategoryName`); set the others with the methods named after them.
    pub fn new(required: UpdateCategorySourceConfigRequired) -> Self {
        let UpdateCategorySourceConfigRequired { biz_category_id, biz_category_name } = required;
        Self {
            biz_category_id,
            biz_category_name,
            operator_id: None,
        }
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateCategorySourceConfigRequest { "bizCategoryId" => field(biz_category_id),
    "bizCategoryName" => field(biz_category_name), "operatorId" => optional(operator_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCategorySourceConfigRequest { "bizCategoryId" => read_field(biz_category_id),
    "bizCategoryName" => read_field(biz_category_name), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for UpdateCategorySourceConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_standard_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateStandardTemplateRequest {
    /// `actions`.
    pub actions: Option<Vec<UpdateStandardTemplateRequestActions>>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `service`.
    pub service: Option<UpdateStandardTemplateRequestService>,
    /// `templateKey`.
    pub template_key: Option<String>,
}
impl UpdateStandardTemplateRequest {
    /// An empty `UpdateStandardTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actions`.
    pub fn actions(
        mut self,
        value: impl IntoIterator<Item = UpdateStandardTemplateRequestActions>,
    ) -> Self {
        self.actions = Some(value.into_iter().collect());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `service`.
    pub fn service(mut self, value: UpdateStandardTemplateRequestService) -> Self {
        self.service = Some(value);
        self
    }
    /// Sets `templateKey`.
    pub fn template_key(mut self, value: impl Into<String>) -> Self {
        self.template_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateStandardTemplateRequest { "actions" => optional(actions), "operatorId" =>
    optional(operator_id), "service" => optional(service), "templateKey" =>
    optional(template_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateStandardTemplateRequest { "actions" => read_field(actions), "operatorId" =>
    read_field(operator_id), "service" => read_field(service), "templateKey" =>
    read_field(template_key) }
}
impl rt::WriteRequest for UpdateStandardTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskRequest {
    /// `description`.
    pub description: Option<String>,
    /// `done`.
    pub done: Option<bool>,
    /// `dueTime`.
    pub due_time: Option<i64>,
    /// `executorIds`.
    pub executor_ids: Option<Vec<String>>,
    /// `subject`.
    pub subject: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
impl UpdateTaskRequest {
    /// An empty `UpdateTaskRequest`; set fields with the methods named after them.
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
    /// Sets `subject`.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.subject = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateTaskRequest { "description" => optional(description), "done" => optional(done),
    "dueTime" => optional(due_time), "executorIds" => optional(executor_ids), "subject"
    => optional(subject), "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskRequest { "description" => read_field(description), "done" =>
    read_field(done), "dueTime" => read_field(due_time), "executorIds" =>
    read_field(executor_ids), "subject" => read_field(subject), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for UpdateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_user_task_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateUserTaskStatusRequest {
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `userTaskStatuses`.
    pub user_task_statuses: Option<Vec<UpdateUserTaskStatusRequestUserTaskStatuses>>,
}
impl UpdateUserTaskStatusRequest {
    /// An empty `UpdateUserTaskStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `userTaskStatuses`.
    pub fn user_task_statuses(
        mut self,
        value: impl IntoIterator<Item = UpdateUserTaskStatusRequestUserTaskStatuses>,
    ) -> Self {
        self.user_task_statuses = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateUserTaskStatusRequest { "operatorId" => optional(operator_id),
    "userTaskStatuses" => optional(user_task_statuses) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateUserTaskStatusRequest { "operatorId" => read_field(operator_id),
    "userTaskStatuses" => read_field(user_task_statuses) }
}
impl rt::WriteRequest for UpdateUserTaskStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::app_create_enterprise_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppCreateEnterpriseTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::app_delete_todo_ee_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppDeleteTodoEETaskError = rt::ServiceError;
/// An error reply of [`Api::app_get_user_task_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppGetUserTaskListError = rt::ServiceError;
/// An error reply of [`Api::app_update_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppUpdateTaskError = rt::ServiceError;
/// An error reply of [`Api::app_update_user_task_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppUpdateUserTaskStatusError = rt::ServiceError;
/// An error reply of [`Api::create_enterprise_todo_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateEnterpriseTodoTaskError = rt::ServiceError;
/// An error reply of [`Api::create_standard_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateStandardTemplateError = rt::ServiceError;
/// An error reply of [`Api::delete_category_source_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteCategorySourceConfigError = rt::ServiceError;
/// An error reply of [`Api::delete_todo_ee_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTodoEETaskError = rt::ServiceError;
/// An error reply of [`Api::get_category_source_config_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCategorySourceConfigListError = rt::ServiceError;
/// An error reply of [`Api::get_template_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTemplateListError = rt::ServiceError;
/// An error reply of [`Api::get_user_task_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserTaskListError = rt::ServiceError;
/// An error reply of [`Api::query_task_execution_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTaskExecutionStatusError = rt::ServiceError;
/// An error reply of [`Api::register_category_source_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterCategorySourceConfigError = rt::ServiceError;
/// An error reply of [`Api::update_category_source_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCategorySourceConfigError = rt::ServiceError;
/// An error reply of [`Api::update_standard_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateStandardTemplateError = rt::ServiceError;
/// An error reply of [`Api::update_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskError = rt::ServiceError;
/// An error reply of [`Api::update_user_task_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateUserTaskStatusError = rt::ServiceError;
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
        "AppCreateEnterpriseTodoTask" => {
            rt::conformance::reply(
                    api.app_create_enterprise_todo_task(&inputs.request(true)?),
                )
                .await
        }
        "AppDeleteTodoEETask" => {
            rt::conformance::reply(api.app_delete_todo_ee_task(&inputs.request(true)?))
                .await
        }
        "AppGetUserTaskList" => {
            rt::conformance::reply(api.app_get_user_task_list(&inputs.request(true)?))
                .await
        }
        "AppUpdateTask" => {
            rt::conformance::reply(api.app_update_task(&inputs.request(true)?)).await
        }
        "AppUpdateUserTaskStatus" => {
            rt::conformance::reply(
                    api.app_update_user_task_status(&inputs.request(true)?),
                )
                .await
        }
        "CreateEnterpriseTodoTask" => {
            rt::conformance::reply(
                    api.create_enterprise_todo_task(&inputs.request(true)?),
                )
                .await
        }
        "CreateStandardTemplate" => {
            rt::conformance::reply(api.create_standard_template(&inputs.request(true)?))
                .await
        }
        "DeleteCategorySourceConfig" => {
            rt::conformance::reply(
                    api.delete_category_source_config(&inputs.request(true)?),
                )
                .await
        }
        "DeleteTodoEETask" => {
            rt::conformance::reply(api.delete_todo_ee_task(&inputs.request(true)?)).await
        }
        "GetCategorySourceConfigList" => {
            rt::conformance::reply(
                    api.get_category_source_config_list(&inputs.request(false)?),
                )
                .await
        }
        "GetTemplateList" => {
            rt::conformance::reply(api.get_template_list(&inputs.request(true)?)).await
        }
        "GetUserTaskList" => {
            rt::conformance::reply(api.get_user_task_list(&inputs.request(true)?)).await
        }
        "QueryTaskExecutionStatus" => {
            rt::conformance::reply(
                    api.query_task_execution_status(&inputs.request(false)?),
                )
                .await
        }
        "RegisterCategorySourceConfig" => {
            rt::conformance::reply(
                    api.register_category_source_config(&inputs.request(true)?),
                )
                .await
        }
        "UpdateCategorySourceConfig" => {
            rt::conformance::reply(
                    api.update_category_source_config(&inputs.request(true)?),
                )
                .await
        }
        "UpdateStandardTemplate" => {
            rt::conformance::reply(api.update_standard_template(&inputs.request(true)?))
                .await
        }
        "UpdateTask" => {
            rt::conformance::reply(api.update_task(&inputs.request(true)?)).await
        }
        "UpdateUserTaskStatus" => {
            rt::conformance::reply(api.update_user_task_status(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
