// @generated from api-spec/h3yun_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 氚云 (H3 Yun)：表单业务对象与流程实例。
//!
//! 20 operations, methods of [`Api`] (`client.h3yun_1_0()`), behind the cargo feature `h3yun_1_0`; its paths start with `/v1.0/h3yun/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `h3yun_1_0`. Get it with `client.h3yun_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量创建表单业务对象数据
    ///
    /// `POST /v1.0/h3yun/forms/instances/batch`: DingTalk's `BatchInsertBizObject` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchInsertBizObject")]
    #[doc(alias = "/v1.0/h3yun/forms/instances/batch")]
    #[doc(alias = "POST /v1.0/h3yun/forms/instances/batch")]
    pub fn batch_insert_biz_object(
        &self,
        request: &BatchInsertBizObjectRequest,
    ) -> rt::Call<BatchInsertBizObjectResponseBody, BatchInsertBizObjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchInsertBizObject",
            rt::Method::Post,
            "/v1.0/h3yun/forms/instances/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消流程实例
    ///
    /// `POST /v1.0/h3yun/processes/instances/cancel`: DingTalk's `CancelProcessInstance` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelProcessInstance")]
    #[doc(alias = "/v1.0/h3yun/processes/instances/cancel")]
    #[doc(alias = "POST /v1.0/h3yun/processes/instances/cancel")]
    pub fn cancel_process_instance(
        &self,
        request: &CancelProcessInstanceRequest,
    ) -> rt::Call<CancelProcessInstanceResponseBody, CancelProcessInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelProcessInstance",
            rt::Method::Post,
            "/v1.0/h3yun/processes/instances/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建单条表单业务对象实例
    ///
    /// `POST /v1.0/h3yun/forms/instances`: DingTalk's `CreateBizObject` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateBizObject")]
    #[doc(alias = "/v1.0/h3yun/forms/instances")]
    #[doc(alias = "POST /v1.0/h3yun/forms/instances")]
    pub fn create_biz_object(
        &self,
        request: &CreateBizObjectRequest,
    ) -> rt::Call<CreateBizObjectResponseBody, CreateBizObjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateBizObject",
            rt::Method::Post,
            "/v1.0/h3yun/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建流程实例
    ///
    /// `POST /v1.0/h3yun/processes/instances`: DingTalk's `CreateProcessesInstance` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProcessesInstance")]
    #[doc(alias = "/v1.0/h3yun/processes/instances")]
    #[doc(alias = "POST /v1.0/h3yun/processes/instances")]
    pub fn create_processes_instance(
        &self,
        request: &CreateProcessesInstanceRequest,
    ) -> rt::Call<CreateProcessesInstanceResponseBody, CreateProcessesInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProcessesInstance",
            rt::Method::Post,
            "/v1.0/h3yun/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除表单业务对象实例
    ///
    /// `DELETE /v1.0/h3yun/forms/instances`: DingTalk's `DeleteBizObject` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteBizObject")]
    #[doc(alias = "/v1.0/h3yun/forms/instances")]
    #[doc(alias = "DELETE /v1.0/h3yun/forms/instances")]
    pub fn delete_biz_object(
        &self,
        request: &DeleteBizObjectRequest,
    ) -> rt::Call<DeleteBizObjectResponseBody, DeleteBizObjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteBizObject",
            rt::Method::Delete,
            "/v1.0/h3yun/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除流程实例
    ///
    /// `DELETE /v1.0/h3yun/processes/instances`: DingTalk's `DeleteProcessesInstance` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteProcessesInstance")]
    #[doc(alias = "/v1.0/h3yun/processes/instances")]
    #[doc(alias = "DELETE /v1.0/h3yun/processes/instances")]
    pub fn delete_processes_instance(
        &self,
        request: &DeleteProcessesInstanceRequest,
    ) -> rt::Call<DeleteProcessesInstanceResponseBody, DeleteProcessesInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProcessesInstance",
            rt::Method::Delete,
            "/v1.0/h3yun/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取应用数据
    ///
    /// `POST /v1.0/h3yun/apps/search`: DingTalk's `GetApps` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetApps")]
    #[doc(alias = "/v1.0/h3yun/apps/search")]
    #[doc(alias = "POST /v1.0/h3yun/apps/search")]
    pub fn get_apps(
        &self,
        request: &GetAppsRequest,
    ) -> rt::Call<GetAppsResponseBody, GetAppsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetApps",
            rt::Method::Post,
            "/v1.0/h3yun/apps/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取附件临时免登地址
    ///
    /// `GET /v1.0/h3yun/attachments/temporaryUrls`: DingTalk's `GetAttachmentTemporaryUrl` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAttachmentTemporaryUrl")]
    #[doc(alias = "/v1.0/h3yun/attachments/temporaryUrls")]
    #[doc(alias = "GET /v1.0/h3yun/attachments/temporaryUrls")]
    pub fn get_attachment_temporary_url(
        &self,
        request: &GetAttachmentTemporaryUrlRequest,
    ) -> rt::Call<
        GetAttachmentTemporaryUrlResponseBody,
        GetAttachmentTemporaryUrlError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAttachmentTemporaryUrl",
            rt::Method::Get,
            "/v1.0/h3yun/attachments/temporaryUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织数据
    ///
    /// `GET /v1.0/h3yun/departments`: DingTalk's `GetOrganizations` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrganizations")]
    #[doc(alias = "/v1.0/h3yun/departments")]
    #[doc(alias = "GET /v1.0/h3yun/departments")]
    pub fn get_organizations(
        &self,
        request: &GetOrganizationsRequest,
    ) -> rt::Call<GetOrganizationsResponseBody, GetOrganizationsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrganizations",
            rt::Method::Get,
            "/v1.0/h3yun/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取角色用户信息
    ///
    /// `GET /v1.0/h3yun/roles/roleUsers`: DingTalk's `GetRoleUsers` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRoleUsers")]
    #[doc(alias = "/v1.0/h3yun/roles/roleUsers")]
    #[doc(alias = "GET /v1.0/h3yun/roles/roleUsers")]
    pub fn get_role_users(
        &self,
        request: &GetRoleUsersRequest,
    ) -> rt::Call<GetRoleUsersResponseBody, GetRoleUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRoleUsers",
            rt::Method::Get,
            "/v1.0/h3yun/roles/roleUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取角色数据
    ///
    /// `GET /v1.0/h3yun/roles`: DingTalk's `GetRoles` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRoles")]
    #[doc(alias = "/v1.0/h3yun/roles")]
    #[doc(alias = "GET /v1.0/h3yun/roles")]
    pub fn get_roles(&self) -> rt::Call<GetRolesResponseBody, GetRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRoles",
            rt::Method::Get,
            "/v1.0/h3yun/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取文件上传地址
    ///
    /// `GET /v1.0/h3yun/attachments/uploadUrls`: DingTalk's `GetUploadUrl` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUploadUrl")]
    #[doc(alias = "/v1.0/h3yun/attachments/uploadUrls")]
    #[doc(alias = "GET /v1.0/h3yun/attachments/uploadUrls")]
    pub fn get_upload_url(
        &self,
        request: &GetUploadUrlRequest,
    ) -> rt::Call<GetUploadUrlResponseBody, GetUploadUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUploadUrl",
            rt::Method::Get,
            "/v1.0/h3yun/attachments/uploadUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户数据
    ///
    /// `GET /v1.0/h3yun/users`: DingTalk's `GetUsers` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUsers")]
    #[doc(alias = "/v1.0/h3yun/users")]
    #[doc(alias = "GET /v1.0/h3yun/users")]
    pub fn get_users(
        &self,
        request: &GetUsersRequest,
    ) -> rt::Call<GetUsersResponseBody, GetUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUsers",
            rt::Method::Get,
            "/v1.0/h3yun/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取表单业务字段信息
    ///
    /// `GET /v1.0/h3yun/forms/loadBizFields`: DingTalk's `LoadBizFields` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LoadBizFields")]
    #[doc(alias = "/v1.0/h3yun/forms/loadBizFields")]
    #[doc(alias = "GET /v1.0/h3yun/forms/loadBizFields")]
    pub fn load_biz_fields(
        &self,
        request: &LoadBizFieldsRequest,
    ) -> rt::Call<LoadBizFieldsResponseBody, LoadBizFieldsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LoadBizFields",
            rt::Method::Get,
            "/v1.0/h3yun/forms/loadBizFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单条表单业务对象实例
    ///
    /// `GET /v1.0/h3yun/forms/instances/loadInstances`: DingTalk's `LoadBizObject` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LoadBizObject")]
    #[doc(alias = "/v1.0/h3yun/forms/instances/loadInstances")]
    #[doc(alias = "GET /v1.0/h3yun/forms/instances/loadInstances")]
    pub fn load_biz_object(
        &self,
        request: &LoadBizObjectRequest,
    ) -> rt::Call<LoadBizObjectResponseBody, LoadBizObjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LoadBizObject",
            rt::Method::Get,
            "/v1.0/h3yun/forms/instances/loadInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询表单实例列表
    ///
    /// `POST /v1.0/h3yun/forms/instances/search`: DingTalk's `LoadBizObjects` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::load_biz_objects_pages`].
    #[doc(alias = "LoadBizObjects")]
    #[doc(alias = "/v1.0/h3yun/forms/instances/search")]
    #[doc(alias = "POST /v1.0/h3yun/forms/instances/search")]
    pub fn load_biz_objects(
        &self,
        request: &LoadBizObjectsRequest,
    ) -> rt::Call<LoadBizObjectsResponseBody, LoadBizObjectsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LoadBizObjects",
            rt::Method::Post,
            "/v1.0/h3yun/forms/instances/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取应用的功能节点信息
    ///
    /// `GET /v1.0/h3yun/apps/functionNodes`: DingTalk's `QueryAppFunctionNodes` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAppFunctionNodes")]
    #[doc(alias = "/v1.0/h3yun/apps/functionNodes")]
    #[doc(alias = "GET /v1.0/h3yun/apps/functionNodes")]
    pub fn query_app_function_nodes(
        &self,
        request: &QueryAppFunctionNodesRequest,
    ) -> rt::Call<QueryAppFunctionNodesResponseBody, QueryAppFunctionNodesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAppFunctionNodes",
            rt::Method::Get,
            "/v1.0/h3yun/apps/functionNodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程实例
    ///
    /// `GET /v1.0/h3yun/processes/instances`: DingTalk's `QueryProcessesInstance` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryProcessesInstance")]
    #[doc(alias = "/v1.0/h3yun/processes/instances")]
    #[doc(alias = "GET /v1.0/h3yun/processes/instances")]
    pub fn query_processes_instance(
        &self,
        request: &QueryProcessesInstanceRequest,
    ) -> rt::Call<QueryProcessesInstanceResponseBody, QueryProcessesInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProcessesInstance",
            rt::Method::Get,
            "/v1.0/h3yun/processes/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取流程实例节点工作项
    ///
    /// `GET /v1.0/h3yun/processes/workItems`: DingTalk's `QueryProcessesWorkItems` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryProcessesWorkItems")]
    #[doc(alias = "/v1.0/h3yun/processes/workItems")]
    #[doc(alias = "GET /v1.0/h3yun/processes/workItems")]
    pub fn query_processes_work_items(
        &self,
        request: &QueryProcessesWorkItemsRequest,
    ) -> rt::Call<QueryProcessesWorkItemsResponseBody, QueryProcessesWorkItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProcessesWorkItems",
            rt::Method::Get,
            "/v1.0/h3yun/processes/workItems",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改表单业务对象数据
    ///
    /// `PUT /v1.0/h3yun/forms/instances`: DingTalk's `UpdateBizObject` (module feature `h3yun_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateBizObject")]
    #[doc(alias = "/v1.0/h3yun/forms/instances")]
    #[doc(alias = "PUT /v1.0/h3yun/forms/instances")]
    pub fn update_biz_object(
        &self,
        request: &UpdateBizObjectRequest,
    ) -> rt::Call<UpdateBizObjectResponseBody, UpdateBizObjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateBizObject",
            rt::Method::Put,
            "/v1.0/h3yun/forms/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::load_biz_objects`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `data.totalCount` items are read. Items: `data.bizObjects` of each page.
    pub fn load_biz_objects_pages(
        &self,
        request: &LoadBizObjectsRequest,
    ) -> rt::Paginator<
        LoadBizObjectsResponseBody,
        LoadBizObjectsError,
        rt::BTreeMap<String, rt::serde_json::Value>,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data", "bizObjects"],
            &[],
            &["data", "totalCount"],
        );
        rt::Paginator::new(self.load_biz_objects(request), &PAGING)
    }
}
/// `BatchInsertBizObjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchInsertBizObjectResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<BatchInsertBizObjectResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    BatchInsertBizObjectResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchInsertBizObjectResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `CancelProcessInstanceResponseBody`, a model several operations share: also named [`DeleteBizObjectResponseBody`], [`DeleteProcessesInstanceResponseBody`], [`UpdateBizObjectResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelProcessInstanceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CancelProcessInstanceResponseBody { "code" => read_field(code), "message" =>
    read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelProcessInstanceResponseBody { "code" => optional(code), "message" =>
    optional(message) }
}
/// `CreateBizObjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateBizObjectResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<CreateBizObjectResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CreateBizObjectResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateBizObjectResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `CreateProcessesInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProcessesInstanceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<CreateProcessesInstanceResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    CreateProcessesInstanceResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProcessesInstanceResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `DeleteBizObjectResponseBody`: the same model as [`CancelProcessInstanceResponseBody`].
pub type DeleteBizObjectResponseBody = CancelProcessInstanceResponseBody;
/// `DeleteProcessesInstanceResponseBody`: the same model as [`CancelProcessInstanceResponseBody`].
pub type DeleteProcessesInstanceResponseBody = CancelProcessInstanceResponseBody;
/// `GetAppsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetAppsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetAppsResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppsResponseBody { "code" => optional(code), "data" => optional(data), "message"
    => optional(message) }
}
/// `GetAttachmentTemporaryUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachmentTemporaryUrlResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<GetAttachmentTemporaryUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetAttachmentTemporaryUrlResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachmentTemporaryUrlResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `GetOrganizationsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizationsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetOrganizationsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetOrganizationsResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizationsResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetRoleUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRoleUsersResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetRoleUsersResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetRoleUsersResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRoleUsersResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRolesResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<GetRolesResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetRolesResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRolesResponseBody { "code" => optional(code), "data" => optional(data), "message"
    => optional(message) }
}
/// `GetUploadUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<GetUploadUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetUploadUrlResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadUrlResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `GetUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUsersResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetUsersResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    GetUsersResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUsersResponseBody { "code" => optional(code), "data" => optional(data), "message"
    => optional(message) }
}
/// `LoadBizFieldsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<LoadBizFieldsResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    LoadBizFieldsResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizFieldsResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `LoadBizObjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizObjectResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    LoadBizObjectResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizObjectResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `LoadBizObjectsRequestSortByFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoadBizObjectsRequestSortByFields {
    /// `direction`.
    pub direction: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
}
impl LoadBizObjectsRequestSortByFields {
    /// An empty `LoadBizObjectsRequestSortByFields`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `direction`.
    pub fn direction(mut self, value: impl Into<String>) -> Self {
        self.direction = Some(value.into());
        self
    }
    /// Sets `fieldName`.
    pub fn field_name(mut self, value: impl Into<String>) -> Self {
        self.field_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    LoadBizObjectsRequestSortByFields { "direction" => optional(direction), "fieldName"
    => optional(field_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LoadBizObjectsRequestSortByFields { "direction" => read_field(direction), "fieldName"
    => read_field(field_name) }
}
/// `LoadBizObjectsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizObjectsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<LoadBizObjectsResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    LoadBizObjectsResponseBody { "code" => read_field(code), "data" => read_field(data),
    "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizObjectsResponseBody { "code" => optional(code), "data" => optional(data),
    "message" => optional(message) }
}
/// `QueryAppFunctionNodesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAppFunctionNodesResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<QueryAppFunctionNodesResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    QueryAppFunctionNodesResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAppFunctionNodesResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `QueryProcessesInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProcessesInstanceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<QueryProcessesInstanceResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    QueryProcessesInstanceResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessesInstanceResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `QueryProcessesWorkItemsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProcessesWorkItemsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<QueryProcessesWorkItemsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    QueryProcessesWorkItemsResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessesWorkItemsResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message) }
}
/// `UpdateBizObjectResponseBody`: the same model as [`CancelProcessInstanceResponseBody`].
pub type UpdateBizObjectResponseBody = CancelProcessInstanceResponseBody;
/// `BatchInsertBizObjectResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchInsertBizObjectResponseBodyData {
    /// `bizObjectIds`.
    pub biz_object_ids: Option<Vec<String>>,
    /// `failedDatas`.
    pub failed_datas: Option<Vec<String>>,
    /// `failedMessages`.
    pub failed_messages: Option<Vec<String>>,
    /// `processIds`.
    pub process_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchInsertBizObjectResponseBodyData { "bizObjectIds" => read_field(biz_object_ids),
    "failedDatas" => read_field(failed_datas), "failedMessages" =>
    read_field(failed_messages), "processIds" => read_field(process_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchInsertBizObjectResponseBodyData { "bizObjectIds" => optional(biz_object_ids),
    "failedDatas" => optional(failed_datas), "failedMessages" =>
    optional(failed_messages), "processIds" => optional(process_ids) }
}
/// `CreateBizObjectResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateBizObjectResponseBodyData {
    /// `bizObjectId`.
    pub biz_object_id: Option<String>,
    /// `formUsageType`.
    pub form_usage_type: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
}
rt::impl_deserialize! {
    CreateBizObjectResponseBodyData { "bizObjectId" => read_field(biz_object_id),
    "formUsageType" => read_field(form_usage_type), "processInstanceId" =>
    read_field(process_instance_id), "schemaCode" => read_field(schema_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateBizObjectResponseBodyData { "bizObjectId" => optional(biz_object_id),
    "formUsageType" => optional(form_usage_type), "processInstanceId" =>
    optional(process_instance_id), "schemaCode" => optional(schema_code) }
}
/// `CreateProcessesInstanceResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProcessesInstanceResponseBodyData {
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
}
rt::impl_deserialize! {
    CreateProcessesInstanceResponseBodyData { "processInstanceId" =>
    read_field(process_instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProcessesInstanceResponseBodyData { "processInstanceId" =>
    optional(process_instance_id) }
}
/// `GetAppsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppsResponseBodyData {
    /// `appCode`.
    pub app_code: Option<String>,
    /// `appSource`.
    pub app_source: Option<String>,
    /// `appState`.
    pub app_state: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `solution`.
    pub solution: Option<String>,
}
rt::impl_deserialize! {
    GetAppsResponseBodyData { "appCode" => read_field(app_code), "appSource" =>
    read_field(app_source), "appState" => read_field(app_state), "displayName" =>
    read_field(display_name), "solution" => read_field(solution) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppsResponseBodyData { "appCode" => optional(app_code), "appSource" =>
    optional(app_source), "appState" => optional(app_state), "displayName" =>
    optional(display_name), "solution" => optional(solution) }
}
/// `GetAttachmentTemporaryUrlResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAttachmentTemporaryUrlResponseBodyData {
    /// `attachmentUrl`.
    pub attachment_url: Option<String>,
}
rt::impl_deserialize! {
    GetAttachmentTemporaryUrlResponseBodyData { "attachmentUrl" =>
    read_field(attachment_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAttachmentTemporaryUrlResponseBodyData { "attachmentUrl" =>
    optional(attachment_url) }
}
/// `GetOrganizationsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizationsResponseBodyData {
    /// `code`.
    pub code: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `sortKey`.
    pub sort_key: Option<i64>,
    /// `unitType`.
    pub unit_type: Option<String>,
}
rt::impl_deserialize! {
    GetOrganizationsResponseBodyData { "code" => read_field(code), "description" =>
    read_field(description), "id" => read_field(id), "name" => read_field(name),
    "parentId" => read_field(parent_id), "sortKey" => read_field(sort_key), "unitType" =>
    read_field(unit_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizationsResponseBodyData { "code" => optional(code), "description" =>
    optional(description), "id" => optional(id), "name" => optional(name), "parentId" =>
    optional(parent_id), "sortKey" => optional(sort_key), "unitType" =>
    optional(unit_type) }
}
/// `GetRoleUsersResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRoleUsersResponseBodyData {
    /// `code`.
    pub code: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `domainType`.
    pub domain_type: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `partDepartmentIds`.
    pub part_department_ids: Option<Vec<String>>,
    /// `sex`.
    pub sex: Option<String>,
    /// `sortKey`.
    pub sort_key: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetRoleUsersResponseBodyData { "code" => read_field(code), "departmentId" =>
    read_field(department_id), "departmentName" => read_field(department_name),
    "description" => read_field(description), "domainType" => read_field(domain_type),
    "email" => read_field(email), "mobile" => read_field(mobile), "name" =>
    read_field(name), "partDepartmentIds" => read_field(part_department_ids), "sex" =>
    read_field(sex), "sortKey" => read_field(sort_key), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRoleUsersResponseBodyData { "code" => optional(code), "departmentId" =>
    optional(department_id), "departmentName" => optional(department_name), "description"
    => optional(description), "domainType" => optional(domain_type), "email" =>
    optional(email), "mobile" => optional(mobile), "name" => optional(name),
    "partDepartmentIds" => optional(part_department_ids), "sex" => optional(sex),
    "sortKey" => optional(sort_key), "userId" => optional(user_id) }
}
/// `GetRolesResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRolesResponseBodyData {
    /// `roleGroups`.
    pub role_groups: Option<Vec<GetRolesResponseBodyDataRoleGroups>>,
    /// `roles`.
    pub roles: Option<Vec<GetRolesResponseBodyDataRoles>>,
}
rt::impl_deserialize! {
    GetRolesResponseBodyData { "roleGroups" => read_field(role_groups), "roles" =>
    read_field(roles) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRolesResponseBodyData { "roleGroups" => optional(role_groups), "roles" =>
    optional(roles) }
}
/// `GetUploadUrlResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBodyData {
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
rt::impl_deserialize! {
    GetUploadUrlResponseBodyData { "uploadUrl" => read_field(upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadUrlResponseBodyData { "uploadUrl" => optional(upload_url) }
}
/// `GetUsersResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUsersResponseBodyData {
    /// `code`.
    pub code: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `domainType`.
    pub domain_type: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `partDepartmentIds`.
    pub part_department_ids: Option<Vec<String>>,
    /// `sex`.
    pub sex: Option<String>,
    /// `sortKey`.
    pub sort_key: Option<i64>,
}
rt::impl_deserialize! {
    GetUsersResponseBodyData { "code" => read_field(code), "departmentId" =>
    read_field(department_id), "departmentName" => read_field(department_name),
    "description" => read_field(description), "domainType" => read_field(domain_type),
    "email" => read_field(email), "id" => read_field(id), "mobile" => read_field(mobile),
    "name" => read_field(name), "partDepartmentIds" => read_field(part_department_ids),
    "sex" => read_field(sex), "sortKey" => read_field(sort_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUsersResponseBodyData { "code" => optional(code), "departmentId" =>
    optional(department_id), "departmentName" => optional(department_name), "description"
    => optional(description), "domainType" => optional(domain_type), "email" =>
    optional(email), "id" => optional(id), "mobile" => optional(mobile), "name" =>
    optional(name), "partDepartmentIds" => optional(part_department_ids), "sex" =>
    optional(sex), "sortKey" => optional(sort_key) }
}
/// `LoadBizFieldsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBodyData {
    /// `childForms`.
    pub child_forms: Option<Vec<LoadBizFieldsResponseBodyDataChildForms>>,
    /// `fields`.
    pub fields: Option<Vec<LoadBizFieldsResponseBodyDataFields>>,
    /// `formName`.
    pub form_name: Option<String>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
}
rt::impl_deserialize! {
    LoadBizFieldsResponseBodyData { "childForms" => read_field(child_forms), "fields" =>
    read_field(fields), "formName" => read_field(form_name), "schemaCode" =>
    read_field(schema_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizFieldsResponseBodyData { "childForms" => optional(child_forms), "fields" =>
    optional(fields), "formName" => optional(form_name), "schemaCode" =>
    optional(schema_code) }
}
/// `LoadBizObjectsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizObjectsResponseBodyData {
    /// `bizObjects`.
    pub biz_objects: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    LoadBizObjectsResponseBodyData { "bizObjects" => read_field(biz_objects),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizObjectsResponseBodyData { "bizObjects" => optional(biz_objects), "pageNumber"
    => optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `QueryAppFunctionNodesResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAppFunctionNodesResponseBodyData {
    /// `appCode`.
    pub app_code: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `isSystem`.
    pub is_system: Option<bool>,
    /// `nodeType`.
    pub node_type: Option<String>,
    /// `nodeVisibleType`.
    pub node_visible_type: Option<String>,
    /// `parentCode`.
    pub parent_code: Option<String>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
    /// `sortKey`.
    pub sort_key: Option<i64>,
    /// `state`.
    pub state: Option<String>,
}
rt::impl_deserialize! {
    QueryAppFunctionNodesResponseBodyData { "appCode" => read_field(app_code),
    "displayName" => read_field(display_name), "isSystem" => read_field(is_system),
    "nodeType" => read_field(node_type), "nodeVisibleType" =>
    read_field(node_visible_type), "parentCode" => read_field(parent_code), "schemaCode"
    => read_field(schema_code), "sortKey" => read_field(sort_key), "state" =>
    read_field(state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAppFunctionNodesResponseBodyData { "appCode" => optional(app_code),
    "displayName" => optional(display_name), "isSystem" => optional(is_system),
    "nodeType" => optional(node_type), "nodeVisibleType" => optional(node_visible_type),
    "parentCode" => optional(parent_code), "schemaCode" => optional(schema_code),
    "sortKey" => optional(sort_key), "state" => optional(state) }
}
/// `QueryProcessesInstanceResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProcessesInstanceResponseBodyData {
    /// `appCode`.
    pub app_code: Option<String>,
    /// `bizObjectId`.
    pub biz_object_id: Option<String>,
    /// `createdTimeGMT`.
    pub created_time_gmt: Option<String>,
    /// `dingTalkProcessId`.
    pub ding_talk_process_id: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `originator`.
    pub originator: Option<QueryProcessesInstanceResponseBodyDataOriginator>,
    /// `processDisplayName`.
    pub process_display_name: Option<String>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processVersion`.
    pub process_version: Option<i64>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
    /// `startTimeGMT`.
    pub start_time_gmt: Option<String>,
    /// `state`.
    pub state: Option<String>,
}
rt::impl_deserialize! {
    QueryProcessesInstanceResponseBodyData { "appCode" => read_field(app_code),
    "bizObjectId" => read_field(biz_object_id), "createdTimeGMT" =>
    read_field(created_time_gmt), "dingTalkProcessId" =>
    read_field(ding_talk_process_id), "finishTimeGMT" => read_field(finish_time_gmt),
    "originator" => read_field(originator), "processDisplayName" =>
    read_field(process_display_name), "processInstanceId" =>
    read_field(process_instance_id), "processVersion" => read_field(process_version),
    "schemaCode" => read_field(schema_code), "startTimeGMT" =>
    read_field(start_time_gmt), "state" => read_field(state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessesInstanceResponseBodyData { "appCode" => optional(app_code),
    "bizObjectId" => optional(biz_object_id), "createdTimeGMT" =>
    optional(created_time_gmt), "dingTalkProcessId" => optional(ding_talk_process_id),
    "finishTimeGMT" => optional(finish_time_gmt), "originator" => optional(originator),
    "processDisplayName" => optional(process_display_name), "processInstanceId" =>
    optional(process_instance_id), "processVersion" => optional(process_version),
    "schemaCode" => optional(schema_code), "startTimeGMT" => optional(start_time_gmt),
    "state" => optional(state) }
}
/// `QueryProcessesWorkItemsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProcessesWorkItemsResponseBodyData {
    /// `activityCode`.
    pub activity_code: Option<String>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `appCode`.
    pub app_code: Option<String>,
    /// `bizObjectId`.
    pub biz_object_id: Option<String>,
    /// `comment`.
    pub comment: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `finishTimeGMT`.
    pub finish_time_gmt: Option<String>,
    /// `finisher`.
    pub finisher: Option<QueryProcessesWorkItemsResponseBodyDataFinisher>,
    /// `isApproval`.
    pub is_approval: Option<bool>,
    /// `isFinish`.
    pub is_finish: Option<bool>,
    /// `participant`.
    pub participant: Option<QueryProcessesWorkItemsResponseBodyDataParticipant>,
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
    /// `processVersion`.
    pub process_version: Option<String>,
    /// `receiptor`.
    pub receiptor: Option<QueryProcessesWorkItemsResponseBodyDataReceiptor>,
    /// `receiveTimeGMT`.
    pub receive_time_gmt: Option<String>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
    /// `startTimeGMT`.
    pub start_time_gmt: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `workItemId`.
    pub work_item_id: Option<String>,
    /// `workItemType`.
    pub work_item_type: Option<String>,
}
rt::impl_deserialize! {
    QueryProcessesWorkItemsResponseBodyData { "activityCode" =>
    read_field(activity_code), "activityName" => read_field(activity_name), "appCode" =>
    read_field(app_code), "bizObjectId" => read_field(biz_object_id), "comment" =>
    read_field(comment), "displayName" => read_field(display_name), "finishTimeGMT" =>
    read_field(finish_time_gmt), "finisher" => read_field(finisher), "isApproval" =>
    read_field(is_approval), "isFinish" => read_field(is_finish), "participant" =>
    read_field(participant), "processInstanceId" => read_field(process_instance_id),
    "processVersion" => read_field(process_version), "receiptor" =>
    read_field(receiptor), "receiveTimeGMT" => read_field(receive_time_gmt), "schemaCode"
    => read_field(schema_code), "startTimeGMT" => read_field(start_time_gmt), "state" =>
    read_field(state), "workItemId" => read_field(work_item_id), "workItemType" =>
    read_field(work_item_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessesWorkItemsResponseBodyData { "activityCode" => optional(activity_code),
    "activityName" => optional(activity_name), "appCode" => optional(app_code),
    "bizObjectId" => optional(biz_object_id), "comment" => optional(comment),
    "displayName" => optional(display_name), "finishTimeGMT" =>
    optional(finish_time_gmt), "finisher" => optional(finisher), "isApproval" =>
    optional(is_approval), "isFinish" => optional(is_finish), "participant" =>
    optional(participant), "processInstanceId" => optional(process_instance_id),
    "processVersion" => optional(process_version), "receiptor" => optional(receiptor),
    "receiveTimeGMT" => optional(receive_time_gmt), "schemaCode" =>
    optional(schema_code), "startTimeGMT" => optional(start_time_gmt), "state" =>
    optional(state), "workItemId" => optional(work_item_id), "workItemType" =>
    optional(work_item_type) }
}
/// `GetRolesResponseBodyDataRoleGroups`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRolesResponseBodyDataRoleGroups {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `groupCode`.
    pub group_code: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    GetRolesResponseBodyDataRoleGroups { "companyId" => read_field(company_id),
    "description" => read_field(description), "groupCode" => read_field(group_code),
    "groupId" => read_field(group_id), "groupName" => read_field(group_name), "state" =>
    read_field(state), "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRolesResponseBodyDataRoleGroups { "companyId" => optional(company_id),
    "description" => optional(description), "groupCode" => optional(group_code),
    "groupId" => optional(group_id), "groupName" => optional(group_name), "state" =>
    optional(state), "visibility" => optional(visibility) }
}
/// `GetRolesResponseBodyDataRoles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRolesResponseBodyDataRoles {
    /// `companyId`.
    pub company_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `groupId`.
    pub group_id: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleId`.
    pub role_id: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    GetRolesResponseBodyDataRoles { "companyId" => read_field(company_id), "description"
    => read_field(description), "groupId" => read_field(group_id), "roleCode" =>
    read_field(role_code), "roleId" => read_field(role_id), "roleName" =>
    read_field(role_name), "state" => read_field(state), "visibility" =>
    read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRolesResponseBodyDataRoles { "companyId" => optional(company_id), "description" =>
    optional(description), "groupId" => optional(group_id), "roleCode" =>
    optional(role_code), "roleId" => optional(role_id), "roleName" =>
    optional(role_name), "state" => optional(state), "visibility" => optional(visibility)
    }
}
/// `LoadBizFieldsResponseBodyDataChildForms`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBodyDataChildForms {
    /// `fields`.
    pub fields: Option<Vec<LoadBizFieldsResponseBodyDataChildFormsFields>>,
    /// `formName`.
    pub form_name: Option<String>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
}
rt::impl_deserialize! {
    LoadBizFieldsResponseBodyDataChildForms { "fields" => read_field(fields), "formName"
    => read_field(form_name), "schemaCode" => read_field(schema_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizFieldsResponseBodyDataChildForms { "fields" => optional(fields), "formName" =>
    optional(form_name), "schemaCode" => optional(schema_code) }
}
/// `LoadBizFieldsResponseBodyDataFields`, a model several operations share: also named [`LoadBizFieldsResponseBodyDataChildFormsFields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBodyDataFields {
    /// `bizDataType`.
    pub biz_data_type: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `label`.
    pub label: Option<String>,
}
rt::impl_deserialize! {
    LoadBizFieldsResponseBodyDataFields { "bizDataType" => read_field(biz_data_type),
    "fieldName" => read_field(field_name), "label" => read_field(label) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LoadBizFieldsResponseBodyDataFields { "bizDataType" => optional(biz_data_type),
    "fieldName" => optional(field_name), "label" => optional(label) }
}
/// `QueryProcessesInstanceResponseBodyDataOriginator`, a model several operations share: also named [`QueryProcessesWorkItemsResponseBodyDataFinisher`], [`QueryProcessesWorkItemsResponseBodyDataParticipant`], [`QueryProcessesWorkItemsResponseBodyDataReceiptor`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProcessesInstanceResponseBodyDataOriginator {
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryProcessesInstanceResponseBodyDataOriginator { "departmentId" =>
    read_field(department_id), "departmentName" => read_field(department_name), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProcessesInstanceResponseBodyDataOriginator { "departmentId" =>
    optional(department_id), "departmentName" => optional(department_name), "name" =>
    optional(name), "userId" => optional(user_id) }
}
/// `QueryProcessesWorkItemsResponseBodyDataFinisher`: the same model as [`QueryProcessesInstanceResponseBodyDataOriginator`].
pub type QueryProcessesWorkItemsResponseBodyDataFinisher = QueryProcessesInstanceResponseBodyDataOriginator;
/// `QueryProcessesWorkItemsResponseBodyDataParticipant`: the same model as [`QueryProcessesInstanceResponseBodyDataOriginator`].
pub type QueryProcessesWorkItemsResponseBodyDataParticipant = QueryProcessesInstanceResponseBodyDataOriginator;
/// `QueryProcessesWorkItemsResponseBodyDataReceiptor`: the same model as [`QueryProcessesInstanceResponseBodyDataOriginator`].
pub type QueryProcessesWorkItemsResponseBodyDataReceiptor = QueryProcessesInstanceResponseBodyDataOriginator;
/// `LoadBizFieldsResponseBodyDataChildFormsFields`: the same model as [`LoadBizFieldsResponseBodyDataFields`].
pub type LoadBizFieldsResponseBodyDataChildFormsFields = LoadBizFieldsResponseBodyDataFields;
/// The request of [`Api::batch_insert_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchInsertBizObjectRequest {
    /// `bizObjectJsonArray`.
    pub biz_object_json_array: Vec<String>,
    /// `isDraft`.
    pub is_draft: bool,
    /// `opUserId`.
    pub op_user_id: String,
    /// `schemaCode`.
    pub schema_code: String,
}
/// The required fields of [`BatchInsertBizObjectRequest`], each named where it is set: `BatchInsertBizObjectRequest::new(BatchInsertBizObjectRequired { .. })`.
pub struct BatchInsertBizObjectRequired {
    /// `bizObjectJsonArray`: see [`BatchInsertBizObjectRequest::biz_object_json_array`].
    pub biz_object_json_array: Vec<String>,
    /// `isDraft`: see [`BatchInsertBizObjectRequest::is_draft`].
    pub is_draft: bool,
    /// `opUserId`: see [`BatchInsertBizObjectRequest::op_user_id`].
    pub op_user_id: String,
    /// `schemaCode`: see [`BatchInsertBizObjectRequest::schema_code`].
    pub schema_code: String,
}
impl BatchInsertBizObjectRequest {
    /// A `BatchInsertBizObjectRequest` with its required fields (`bizObjectJsonArray`, `isDraft`, `opUserId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: BatchInsertBizObjectRequired) -> Self {
        let BatchInsertBizObjectRequired {
            biz_object_json_array,
            is_draft,
            op_user_id,
            schema_code,
        } = required;
        Self {
            biz_object_json_array,
            is_draft,
            op_user_id,
            schema_code,
        }
    }
}
rt::impl_serialize! {
    BatchInsertBizObjectRequest { "bizObjectJsonArray" => field(biz_object_json_array),
    "isDraft" => field(is_draft), "opUserId" => field(op_user_id), "schemaCode" =>
    field(schema_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchInsertBizObjectRequest { "bizObjectJsonArray" =>
    read_field(biz_object_json_array), "isDraft" => read_field(is_draft), "opUserId" =>
    read_field(op_user_id), "schemaCode" => read_field(schema_code) }
}
impl rt::WriteRequest for BatchInsertBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CancelProcessInstanceRequest {
    /// `processInstanceId`.
    pub process_instance_id: String,
}
/// The required fields of [`CancelProcessInstanceRequest`], each named where it is set: `CancelProcessInstanceRequest::new(CancelProcessInstanceRequired { .. })`.
pub struct CancelProcessInstanceRequired {
    /// `processInstanceId`: see [`CancelProcessInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl CancelProcessInstanceRequest {
    /// A `CancelProcessInstanceRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(required: CancelProcessInstanceRequired) -> Self {
        let CancelProcessInstanceRequired { process_instance_id } = required;
        Self { process_instance_id }
    }
}
rt::impl_serialize! {
    CancelProcessInstanceRequest { "processInstanceId" => field(process_instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelProcessInstanceRequest { "processInstanceId" => read_field(process_instance_id)
    }
}
impl rt::WriteRequest for CancelProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateBizObjectRequest {
    /// `bizObjectJson`.
    pub biz_object_json: String,
    /// `isDraft`.
    pub is_draft: bool,
    /// `opUserId`.
    pub op_user_id: String,
    /// `schemaCode`.
    pub schema_code: String,
}
/// The required fields of [`CreateBizObjectRequest`], each named where it is set: `CreateBizObjectRequest::new(CreateBizObjectRequired { .. })`.
pub struct CreateBizObjectRequired {
    /// `bizObjectJson`: see [`CreateBizObjectRequest::biz_object_json`].
    pub biz_object_json: String,
    /// `isDraft`: see [`CreateBizObjectRequest::is_draft`].
    pub is_draft: bool,
    /// `opUserId`: see [`CreateBizObjectRequest::op_user_id`].
    pub op_user_id: String,
    /// `schemaCode`: see [`CreateBizObjectRequest::schema_code`].
    pub schema_code: String,
}
impl CreateBizObjectRequest {
    /// A `CreateBizObjectRequest` with its required fields (`bizObjectJson`, `isDraft`, `opUserId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: CreateBizObjectRequired) -> Self {
        let CreateBizObjectRequired {
            biz_object_json,
            is_draft,
            op_user_id,
            schema_code,
        } = required;
        Self {
            biz_object_json,
            is_draft,
            op_user_id,
            schema_code,
        }
    }
}
rt::impl_serialize! {
    CreateBizObjectRequest { "bizObjectJson" => field(biz_object_json), "isDraft" =>
    field(is_draft), "opUserId" => field(op_user_id), "schemaCode" => field(schema_code)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateBizObjectRequest { "bizObjectJson" => read_field(biz_object_json), "isDraft" =>
    read_field(is_draft), "opUserId" => read_field(op_user_id), "schemaCode" =>
    read_field(schema_code) }
}
impl rt::WriteRequest for CreateBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_processes_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessesInstanceRequest {
    /// `bizObjectId`.
    pub biz_object_id: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `schemaCode`.
    pub schema_code: String,
}
/// The required fields of [`CreateProcessesInstanceRequest`], each named where it is set: `CreateProcessesInstanceRequest::new(CreateProcessesInstanceRequired { .. })`.
pub struct CreateProcessesInstanceRequired {
    /// `bizObjectId`: see [`CreateProcessesInstanceRequest::biz_object_id`].
    pub biz_object_id: String,
    /// `opUserId`: see [`CreateProcessesInstanceRequest::op_user_id`].
    pub op_user_id: String,
    /// `schemaCode`: see [`CreateProcessesInstanceRequest::schema_code`].
    pub schema_code: String,
}
impl CreateProcessesInstanceRequest {
    /// A `CreateProcessesInstanceRequest` with its required fields (`bizObjectId`, `opUserId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: CreateProcessesInstanceRequired) -> Self {
        let CreateProcessesInstanceRequired { biz_object_id, op_user_id, schema_code } = required;
        Self {
            biz_object_id,
            op_user_id,
            schema_code,
        }
    }
}
rt::impl_serialize! {
    CreateProcessesInstanceRequest { "bizObjectId" => field(biz_object_id), "opUserId" =>
    field(op_user_id), "schemaCode" => field(schema_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProcessesInstanceRequest { "bizObjectId" => read_field(biz_object_id),
    "opUserId" => read_field(op_user_id), "schemaCode" => read_field(schema_code) }
}
impl rt::WriteRequest for CreateProcessesInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteBizObjectRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
/// The required fields of [`DeleteBizObjectRequest`], each named where it is set: `DeleteBizObjectRequest::new(DeleteBizObjectRequired { .. })`.
pub struct DeleteBizObjectRequired {
    /// `bizObjectId`: see [`DeleteBizObjectRequest::biz_object_id`].
    pub biz_object_id: String,
    /// `schemaCode`: see [`DeleteBizObjectRequest::schema_code`].
    pub schema_code: String,
}
impl DeleteBizObjectRequest {
    /// A `DeleteBizObjectRequest` with its required fields (`bizObjectId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: DeleteBizObjectRequired) -> Self {
        let DeleteBizObjectRequired { biz_object_id, schema_code } = required;
        Self { biz_object_id, schema_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteBizObjectRequest { "bizObjectId" => read_field(biz_object_id), "schemaCode" =>
    read_field(schema_code) }
}
impl rt::WriteRequest for DeleteBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::delete_processes_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteProcessesInstanceRequest {
    /// `isAutoUpdateBizObject`: a query parameter.
    pub is_auto_update_biz_object: bool,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
/// The required fields of [`DeleteProcessesInstanceRequest`], each named where it is set: `DeleteProcessesInstanceRequest::new(DeleteProcessesInstanceRequired { .. })`.
pub struct DeleteProcessesInstanceRequired {
    /// `isAutoUpdateBizObject`: see [`DeleteProcessesInstanceRequest::is_auto_update_biz_object`].
    pub is_auto_update_biz_object: bool,
    /// `processInstanceId`: see [`DeleteProcessesInstanceRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl DeleteProcessesInstanceRequest {
    /// A `DeleteProcessesInstanceRequest` with its required fields (`isAutoUpdateBizObject`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(required: DeleteProcessesInstanceRequired) -> Self {
        let DeleteProcessesInstanceRequired {
            is_auto_update_biz_object,
            process_instance_id,
        } = required;
        Self {
            is_auto_update_biz_object,
            process_instance_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteProcessesInstanceRequest { "isAutoUpdateBizObject" =>
    read_field(is_auto_update_biz_object), "processInstanceId" =>
    read_field(process_instance_id) }
}
impl rt::WriteRequest for DeleteProcessesInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isAutoUpdateBizObject", &self.is_auto_update_biz_object);
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::get_apps`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAppsRequest {
    /// `queryType`.
    pub query_type: String,
    /// `values`.
    pub values: Option<Vec<String>>,
}
/// The required fields of [`GetAppsRequest`], each named where it is set: `GetAppsRequest::new(GetAppsRequired { .. })`.
pub struct GetAppsRequired {
    /// `queryType`: see [`GetAppsRequest::query_type`].
    pub query_type: String,
}
impl GetAppsRequest {
    /// A `GetAppsRequest` with its required fields (`queryType`); set the others with the methods named after them.
    pub fn new(required: GetAppsRequired) -> Self {
        let GetAppsRequired { query_type } = required;
        Self { query_type, values: None }
    }
    /// Sets `values`.
    pub fn values(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.values = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    GetAppsRequest { "queryType" => field(query_type), "values" => optional(values) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAppsRequest { "queryType" => read_field(query_type), "values" =>
    read_field(values) }
}
impl rt::WriteRequest for GetAppsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_attachment_temporary_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAttachmentTemporaryUrlRequest {
    /// `attachmentId`: a query parameter.
    pub attachment_id: String,
}
/// The required fields of [`GetAttachmentTemporaryUrlRequest`], each named where it is set: `GetAttachmentTemporaryUrlRequest::new(GetAttachmentTemporaryUrlRequired { .. })`.
pub struct GetAttachmentTemporaryUrlRequired {
    /// `attachmentId`: see [`GetAttachmentTemporaryUrlRequest::attachment_id`].
    pub attachment_id: String,
}
impl GetAttachmentTemporaryUrlRequest {
    /// A `GetAttachmentTemporaryUrlRequest` with its required fields (`attachmentId`); set the others with the methods named after them.
    pub fn new(required: GetAttachmentTemporaryUrlRequired) -> Self {
        let GetAttachmentTemporaryUrlRequired { attachment_id } = required;
        Self { attachment_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAttachmentTemporaryUrlRequest { "attachmentId" => read_field(attachment_id) }
}
impl rt::WriteRequest for GetAttachmentTemporaryUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("attachmentId", &self.attachment_id);
    }
}
/// The request of [`Api::get_organizations`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrganizationsRequest {
    /// `departmentId`: a query parameter.
    pub department_id: Option<String>,
}
impl GetOrganizationsRequest {
    /// An empty `GetOrganizationsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `departmentId`.
    pub fn department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrganizationsRequest { "departmentId" => read_field(department_id) }
}
impl rt::WriteRequest for GetOrganizationsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
    }
}
/// The request of [`Api::get_role_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRoleUsersRequest {
    /// `roleId`: a query parameter.
    pub role_id: String,
}
/// The required fields of [`GetRoleUsersRequest`], each named where it is set: `GetRoleUsersRequest::new(GetRoleUsersRequired { .. })`.
pub struct GetRoleUsersRequired {
    /// `roleId`: see [`GetRoleUsersRequest::role_id`].
    pub role_id: String,
}
impl GetRoleUsersRequest {
    /// A `GetRoleUsersRequest` with its required fields (`roleId`); set the others with the methods named after them.
    pub fn new(required: GetRoleUsersRequired) -> Self {
        let GetRoleUsersRequired { role_id } = required;
        Self { role_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRoleUsersRequest { "roleId" => read_field(role_id) }
}
impl rt::WriteRequest for GetRoleUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("roleId", &self.role_id);
    }
}
/// The request of [`Api::get_upload_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUploadUrlRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `fieldName`: a query parameter.
    pub field_name: String,
    /// `isOverwrite`: a query parameter.
    pub is_overwrite: bool,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
/// The required fields of [`GetUploadUrlRequest`], each named where it is set: `GetUploadUrlRequest::new(GetUploadUrlRequired { .. })`.
pub struct GetUploadUrlRequired {
    /// `bizObjectId`: see [`GetUploadUrlRequest::biz_object_id`].
    pub biz_object_id: String,
    /// `fieldName`: see [`GetUploadUrlRequest::field_name`].
    pub field_name: String,
    /// `isOverwrite`: see [`GetUploadUrlRequest::is_overwrite`].
    pub is_overwrite: bool,
    /// `schemaCode`: see [`GetUploadUrlRequest::schema_code`].
    pub schema_code: String,
}
impl GetUploadUrlRequest {
    /// A `GetUploadUrlRequest` with its required fields (`bizObjectId`, `fieldName`, `isOverwrite`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: GetUploadUrlRequired) -> Self {
        let GetUploadUrlRequired {
            biz_object_id,
            field_name,
            is_overwrite,
            schema_code,
        } = required;
        Self {
            biz_object_id,
            field_name,
            is_overwrite,
            schema_code,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUploadUrlRequest { "bizObjectId" => read_field(biz_object_id), "fieldName" =>
    read_field(field_name), "isOverwrite" => read_field(is_overwrite), "schemaCode" =>
    read_field(schema_code) }
}
impl rt::WriteRequest for GetUploadUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("fieldName", &self.field_name);
        writer.query("isOverwrite", &self.is_overwrite);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::get_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUsersRequest {
    /// `departmentId`: a query parameter.
    pub department_id: String,
    /// `isRecursive`: a query parameter.
    pub is_recursive: Option<bool>,
}
/// The required fields of [`GetUsersRequest`], each named where it is set: `GetUsersRequest::new(GetUsersRequired { .. })`.
pub struct GetUsersRequired {
    /// `departmentId`: see [`GetUsersRequest::department_id`].
    pub department_id: String,
}
impl GetUsersRequest {
    /// A `GetUsersRequest` with its required fields (`departmentId`); set the others with the methods named after them.
    pub fn new(required: GetUsersRequired) -> Self {
        let GetUsersRequired { department_id } = required;
        Self {
            department_id,
            is_recursive: None,
        }
    }
    /// Sets `isRecursive`.
    pub fn is_recursive(mut self, value: bool) -> Self {
        self.is_recursive = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUsersRequest { "departmentId" => read_field(department_id), "isRecursive" =>
    read_field(is_recursive) }
}
impl rt::WriteRequest for GetUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("isRecursive", &self.is_recursive);
    }
}
/// The request of [`Api::load_biz_fields`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LoadBizFieldsRequest {
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
/// The required fields of [`LoadBizFieldsRequest`], each named where it is set: `LoadBizFieldsRequest::new(LoadBizFieldsRequired { .. })`.
pub struct LoadBizFieldsRequired {
    /// `schemaCode`: see [`LoadBizFieldsRequest::schema_code`].
    pub schema_code: String,
}
impl LoadBizFieldsRequest {
    /// A `LoadBizFieldsRequest` with its required fields (`schemaCode`); set the others with the methods named after them.
    pub fn new(required: LoadBizFieldsRequired) -> Self {
        let LoadBizFieldsRequired { schema_code } = required;
        Self { schema_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LoadBizFieldsRequest { "schemaCode" => read_field(schema_code) }
}
impl rt::WriteRequest for LoadBizFieldsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::load_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LoadBizObjectRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
/// The required fields of [`LoadBizObjectRequest`], each named where it is set: `LoadBizObjectRequest::new(LoadBizObjectRequired { .. })`.
pub struct LoadBizObjectRequired {
    /// `bizObjectId`: see [`LoadBizObjectRequest::biz_object_id`].
    pub biz_object_id: String,
    /// `schemaCode`: see [`LoadBizObjectRequest::schema_code`].
    pub schema_code: String,
}
impl LoadBizObjectRequest {
    /// A `LoadBizObjectRequest` with its required fields (`bizObjectId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: LoadBizObjectRequired) -> Self {
        let LoadBizObjectRequired { biz_object_id, schema_code } = required;
        Self { biz_object_id, schema_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LoadBizObjectRequest { "bizObjectId" => read_field(biz_object_id), "schemaCode" =>
    read_field(schema_code) }
}
impl rt::WriteRequest for LoadBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::load_biz_objects`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LoadBizObjectsRequest {
    /// `matcherJson`.
    pub matcher_json: Option<String>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `returnFields`.
    pub return_fields: Option<Vec<String>>,
    /// `schemaCode`.
    pub schema_code: String,
    /// `sortByFields`.
    pub sort_by_fields: Option<Vec<LoadBizObjectsRequestSortByFields>>,
}
/// The required fields of [`LoadBizObjectsRequest`], each named where it is set: `LoadBizObjectsRequest::new(LoadBizObjectsRequired { .. })`.
pub struct LoadBizObjectsRequired {
    /// `pageNumber`: see [`LoadBizObjectsRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`LoadBizObjectsRequest::page_size`].
    pub page_size: i64,
    /// `schemaCode`: see [`LoadBizObjectsRequest::schema_code`].
    pub schema_code: String,
}
impl LoadBizObjectsRequest {
    /// A `LoadBizObjectsRequest` with its required fields (`pageNumber`, `pageSize`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: LoadBizObjectsRequired) -> Self {
        let LoadBizObjectsRequired { page_number, page_size, schema_code } = required;
        Self {
            matcher_json: None,
            page_number,
            page_size,
            return_fields: None,
            schema_code,
            sort_by_fields: None,
        }
    }
    /// Sets `matcherJson`.
    pub fn matcher_json(mut self, value: impl Into<String>) -> Self {
        self.matcher_json = Some(value.into());
        self
    }
    /// Sets `returnFields`.
    pub fn return_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.return_fields = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `sortByFields`.
    pub fn sort_by_fields(
        mut self,
        value: impl IntoIterator<Item = LoadBizObjectsRequestSortByFields>,
    ) -> Self {
        self.sort_by_fields = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    LoadBizObjectsRequest { "matcherJson" => optional(matcher_json), "pageNumber" =>
    field(page_number), "pageSize" => field(page_size), "returnFields" =>
    optional(return_fields), "schemaCode" => field(schema_code), "sortByFields" =>
    optional(sort_by_fields) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LoadBizObjectsRequest { "matcherJson" => read_field(matcher_json), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "returnFields" =>
    read_field(return_fields), "schemaCode" => read_field(schema_code), "sortByFields" =>
    read_field(sort_by_fields) }
}
impl rt::WriteRequest for LoadBizObjectsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_app_function_nodes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAppFunctionNodesRequest {
    /// `appCode`: a query parameter.
    pub app_code: String,
}
/// The required fields of [`QueryAppFunctionNodesRequest`], each named where it is set: `QueryAppFunctionNodesRequest::new(QueryAppFunctionNodesRequired { .. })`.
pub struct QueryAppFunctionNodesRequired {
    /// `appCode`: see [`QueryAppFunctionNodesRequest::app_code`].
    pub app_code: String,
}
impl QueryAppFunctionNodesRequest {
    /// A `QueryAppFunctionNodesRequest` with its required fields (`appCode`); set the others with the methods named after them.
    pub fn new(required: QueryAppFunctionNodesRequired) -> Self {
        let QueryAppFunctionNodesRequired { app_code } = required;
        Self { app_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAppFunctionNodesRequest { "appCode" => read_field(app_code) }
}
impl rt::WriteRequest for QueryAppFunctionNodesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appCode", &self.app_code);
    }
}
/// The request of [`Api::query_processes_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryProcessesInstanceRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
/// The required fields of [`QueryProcessesInstanceRequest`], each named where it is set: `QueryProcessesInstanceRequest::new(QueryProcessesInstanceRequired { .. })`.
pub struct QueryProcessesInstanceRequired {
    /// `bizObjectId`: see [`QueryProcessesInstanceRequest::biz_object_id`].
    pub biz_object_id: String,
    /// `schemaCode`: see [`QueryProcessesInstanceRequest::schema_code`].
    pub schema_code: String,
}
impl QueryProcessesInstanceRequest {
    /// A `QueryProcessesInstanceRequest` with its required fields (`bizObjectId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: QueryProcessesInstanceRequired) -> Self {
        let QueryProcessesInstanceRequired { biz_object_id, schema_code } = required;
        Self { biz_object_id, schema_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryProcessesInstanceRequest { "bizObjectId" => read_field(biz_object_id),
    "schemaCode" => read_field(schema_code) }
}
impl rt::WriteRequest for QueryProcessesInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::query_processes_work_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryProcessesWorkItemsRequest {
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
/// The required fields of [`QueryProcessesWorkItemsRequest`], each named where it is set: `QueryProcessesWorkItemsRequest::new(QueryProcessesWorkItemsRequired { .. })`.
pub struct QueryProcessesWorkItemsRequired {
    /// `processInstanceId`: see [`QueryProcessesWorkItemsRequest::process_instance_id`].
    pub process_instance_id: String,
}
impl QueryProcessesWorkItemsRequest {
    /// A `QueryProcessesWorkItemsRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(required: QueryProcessesWorkItemsRequired) -> Self {
        let QueryProcessesWorkItemsRequired { process_instance_id } = required;
        Self { process_instance_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryProcessesWorkItemsRequest { "processInstanceId" =>
    read_field(process_instance_id) }
}
impl rt::WriteRequest for QueryProcessesWorkItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::update_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateBizObjectRequest {
    /// `bizObjectId`.
    pub biz_object_id: String,
    /// `bizObjectJson`.
    pub biz_object_json: String,
    /// `schemaCode`.
    pub schema_code: String,
}
/// The required fields of [`UpdateBizObjectRequest`], each named where it is set: `UpdateBizObjectRequest::new(UpdateBizObjectRequired { .. })`.
pub struct UpdateBizObjectRequired {
    /// `bizObjectId`: see [`UpdateBizObjectRequest::biz_object_id`].
    pub biz_object_id: String,
    /// `bizObjectJson`: see [`UpdateBizObjectRequest::biz_object_json`].
    pub biz_object_json: String,
    /// `schemaCode`: see [`UpdateBizObjectRequest::schema_code`].
    pub schema_code: String,
}
impl UpdateBizObjectRequest {
    /// A `UpdateBizObjectRequest` with its required fields (`bizObjectId`, `bizObjectJson`, `schemaCode`); set the others with the methods named after them.
    pub fn new(required: UpdateBizObjectRequired) -> Self {
        let UpdateBizObjectRequired { biz_object_id, biz_object_json, schema_code } = required;
        Self {
            biz_object_id,
            biz_object_json,
            schema_code,
        }
    }
}
rt::impl_serialize! {
    UpdateBizObjectRequest { "bizObjectId" => field(biz_object_id), "bizObjectJson" =>
    field(biz_object_json), "schemaCode" => field(schema_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateBizObjectRequest { "bizObjectId" => read_field(biz_object_id), "bizObjectJson"
    => read_field(biz_object_json), "schemaCode" => read_field(schema_code) }
}
impl rt::WriteRequest for UpdateBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_insert_biz_object`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchInsertBizObjectError = rt::ServiceError;
/// An error reply of [`Api::cancel_process_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelProcessInstanceError = rt::ServiceError;
/// An error reply of [`Api::create_biz_object`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateBizObjectError = rt::ServiceError;
/// An error reply of [`Api::create_processes_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProcessesInstanceError = rt::ServiceError;
/// An error reply of [`Api::delete_biz_object`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteBizObjectError = rt::ServiceError;
/// An error reply of [`Api::delete_processes_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteProcessesInstanceError = rt::ServiceError;
/// An error reply of [`Api::get_apps`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAppsError = rt::ServiceError;
/// An error reply of [`Api::get_attachment_temporary_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAttachmentTemporaryUrlError = rt::ServiceError;
/// An error reply of [`Api::get_organizations`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrganizationsError = rt::ServiceError;
/// An error reply of [`Api::get_role_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRoleUsersError = rt::ServiceError;
/// An error reply of [`Api::get_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRolesError = rt::ServiceError;
/// An error reply of [`Api::get_upload_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUploadUrlError = rt::ServiceError;
/// An error reply of [`Api::get_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUsersError = rt::ServiceError;
/// An error reply of [`Api::load_biz_fields`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LoadBizFieldsError = rt::ServiceError;
/// An error reply of [`Api::load_biz_object`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LoadBizObjectError = rt::ServiceError;
/// An error reply of [`Api::load_biz_objects`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LoadBizObjectsError = rt::ServiceError;
/// An error reply of [`Api::query_app_function_nodes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAppFunctionNodesError = rt::ServiceError;
/// An error reply of [`Api::query_processes_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProcessesInstanceError = rt::ServiceError;
/// An error reply of [`Api::query_processes_work_items`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProcessesWorkItemsError = rt::ServiceError;
/// An error reply of [`Api::update_biz_object`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateBizObjectError = rt::ServiceError;
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
        "BatchInsertBizObject" => {
            rt::conformance::reply(api.batch_insert_biz_object(&inputs.request(true)?))
                .await
        }
        "CancelProcessInstance" => {
            rt::conformance::reply(api.cancel_process_instance(&inputs.request(true)?))
                .await
        }
        "CreateBizObject" => {
            rt::conformance::reply(api.create_biz_object(&inputs.request(true)?)).await
        }
        "CreateProcessesInstance" => {
            rt::conformance::reply(api.create_processes_instance(&inputs.request(true)?))
                .await
        }
        "DeleteBizObject" => {
            rt::conformance::reply(api.delete_biz_object(&inputs.request(false)?)).await
        }
        "DeleteProcessesInstance" => {
            rt::conformance::reply(
                    api.delete_processes_instance(&inputs.request(false)?),
                )
                .await
        }
        "GetApps" => rt::conformance::reply(api.get_apps(&inputs.request(true)?)).await,
        "GetAttachmentTemporaryUrl" => {
            rt::conformance::reply(
                    api.get_attachment_temporary_url(&inputs.request(false)?),
                )
                .await
        }
        "GetOrganizations" => {
            rt::conformance::reply(api.get_organizations(&inputs.request(false)?)).await
        }
        "GetRoleUsers" => {
            rt::conformance::reply(api.get_role_users(&inputs.request(false)?)).await
        }
        "GetRoles" => rt::conformance::reply(api.get_roles()).await,
        "GetUploadUrl" => {
            rt::conformance::reply(api.get_upload_url(&inputs.request(false)?)).await
        }
        "GetUsers" => {
            rt::conformance::reply(api.get_users(&inputs.request(false)?)).await
        }
        "LoadBizFields" => {
            rt::conformance::reply(api.load_biz_fields(&inputs.request(false)?)).await
        }
        "LoadBizObject" => {
            rt::conformance::reply(api.load_biz_object(&inputs.request(false)?)).await
        }
        "LoadBizObjects" => {
            rt::conformance::reply(api.load_biz_objects(&inputs.request(true)?)).await
        }
        "QueryAppFunctionNodes" => {
            rt::conformance::reply(api.query_app_function_nodes(&inputs.request(false)?))
                .await
        }
        "QueryProcessesInstance" => {
            rt::conformance::reply(api.query_processes_instance(&inputs.request(false)?))
                .await
        }
        "QueryProcessesWorkItems" => {
            rt::conformance::reply(
                    api.query_processes_work_items(&inputs.request(false)?),
                )
                .await
        }
        "UpdateBizObject" => {
            rt::conformance::reply(api.update_biz_object(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
