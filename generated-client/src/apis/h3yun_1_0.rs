// @generated from api-spec/h3yun_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.h3yun_1_0()`. Generated from `api-spec/h3yun_1_0.yaml`.
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
    /// `POST /v1.0/h3yun/forms/instances/batch` (operation `BatchInsertBizObject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchInsertBizObjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/h3yun/processes/instances/cancel` (operation `CancelProcessInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelProcessInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/h3yun/forms/instances` (operation `CreateBizObject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateBizObjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/h3yun/processes/instances` (operation `CreateProcessesInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProcessesInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/h3yun/forms/instances` (operation `DeleteBizObject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteBizObjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/h3yun/processes/instances` (operation `DeleteProcessesInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteProcessesInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/h3yun/apps/search` (operation `GetApps`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAppsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/attachments/temporaryUrls` (operation `GetAttachmentTemporaryUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAttachmentTemporaryUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/departments` (operation `GetOrganizations`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrganizationsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/roles/roleUsers` (operation `GetRoleUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRoleUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/roles` (operation `GetRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRolesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/attachments/uploadUrls` (operation `GetUploadUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUploadUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/users` (operation `GetUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/forms/loadBizFields` (operation `LoadBizFields`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LoadBizFieldsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/forms/instances/loadInstances` (operation `LoadBizObject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LoadBizObjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/h3yun/forms/instances/search` (operation `LoadBizObjects`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LoadBizObjectsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/apps/functionNodes` (operation `QueryAppFunctionNodes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAppFunctionNodesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/processes/instances` (operation `QueryProcessesInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProcessesInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/h3yun/processes/workItems` (operation `QueryProcessesWorkItems`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProcessesWorkItemsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/h3yun/forms/instances` (operation `UpdateBizObject`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateBizObjectError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `BatchInsertBizObjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchInsertBizObjectResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<BatchInsertBizObjectResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchInsertBizObjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchInsertBizObjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchInsertBizObjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CancelProcessInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelProcessInstanceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CancelProcessInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CancelProcessInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CancelProcessInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CreateBizObjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateBizObjectResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<CreateBizObjectResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateBizObjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateBizObjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateBizObjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `CreateProcessesInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProcessesInstanceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<CreateProcessesInstanceResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProcessesInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProcessesInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProcessesInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `DeleteBizObjectResponseBody`: the same model as [`CancelProcessInstanceResponseBody`].
pub type DeleteBizObjectResponseBody = CancelProcessInstanceResponseBody;
/// `DeleteProcessesInstanceResponseBody`: the same model as [`CancelProcessInstanceResponseBody`].
pub type DeleteProcessesInstanceResponseBody = CancelProcessInstanceResponseBody;
/// `GetAppsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAppsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetAppsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAppsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetAttachmentTemporaryUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachmentTemporaryUrlResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<GetAttachmentTemporaryUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachmentTemporaryUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachmentTemporaryUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAttachmentTemporaryUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetOrganizationsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrganizationsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetOrganizationsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrganizationsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizationsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrganizationsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetRoleUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRoleUsersResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetRoleUsersResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRoleUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRoleUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRoleUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetRolesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRolesResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<GetRolesResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRolesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRolesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetUploadUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<GetUploadUrlResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUploadUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUploadUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUsersResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<GetUsersResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `LoadBizFieldsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<LoadBizFieldsResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoadBizFieldsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizFieldsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizFieldsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `LoadBizObjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoadBizObjectResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoadBizObjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizObjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizObjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
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
impl rt::serde::Serialize for LoadBizObjectsRequestSortByFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("direction", &self.direction)?;
        object.optional("fieldName", &self.field_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LoadBizObjectsRequestSortByFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LoadBizObjectsRequestSortByFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "direction" => rt::read_field(map, &mut self.direction),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            _ => Ok(false),
        }
    }
}
/// `LoadBizObjectsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoadBizObjectsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<LoadBizObjectsResponseBodyData>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoadBizObjectsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizObjectsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizObjectsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `QueryAppFunctionNodesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAppFunctionNodesResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<QueryAppFunctionNodesResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAppFunctionNodesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAppFunctionNodesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAppFunctionNodesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `QueryProcessesInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProcessesInstanceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<QueryProcessesInstanceResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProcessesInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessesInstanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProcessesInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `QueryProcessesWorkItemsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProcessesWorkItemsResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<QueryProcessesWorkItemsResponseBodyData>>,
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProcessesWorkItemsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessesWorkItemsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProcessesWorkItemsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `UpdateBizObjectResponseBody`: the same model as [`CancelProcessInstanceResponseBody`].
pub type UpdateBizObjectResponseBody = CancelProcessInstanceResponseBody;
/// `BatchInsertBizObjectResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchInsertBizObjectResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchInsertBizObjectResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectIds" => rt::read_field(map, &mut self.biz_object_ids),
            "failedDatas" => rt::read_field(map, &mut self.failed_datas),
            "failedMessages" => rt::read_field(map, &mut self.failed_messages),
            "processIds" => rt::read_field(map, &mut self.process_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchInsertBizObjectResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizObjectIds", &self.biz_object_ids)?;
        object.optional("failedDatas", &self.failed_datas)?;
        object.optional("failedMessages", &self.failed_messages)?;
        object.optional("processIds", &self.process_ids)?;
        object.end()
    }
}
/// `CreateBizObjectResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateBizObjectResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateBizObjectResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "formUsageType" => rt::read_field(map, &mut self.form_usage_type),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateBizObjectResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizObjectId", &self.biz_object_id)?;
        object.optional("formUsageType", &self.form_usage_type)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("schemaCode", &self.schema_code)?;
        object.end()
    }
}
/// `CreateProcessesInstanceResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProcessesInstanceResponseBodyData {
    /// `processInstanceId`.
    pub process_instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProcessesInstanceResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProcessesInstanceResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProcessesInstanceResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
/// `GetAppsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAppsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "appSource" => rt::read_field(map, &mut self.app_source),
            "appState" => rt::read_field(map, &mut self.app_state),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "solution" => rt::read_field(map, &mut self.solution),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("appSource", &self.app_source)?;
        object.optional("appState", &self.app_state)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("solution", &self.solution)?;
        object.end()
    }
}
/// `GetAttachmentTemporaryUrlResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAttachmentTemporaryUrlResponseBodyData {
    /// `attachmentUrl`.
    pub attachment_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAttachmentTemporaryUrlResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAttachmentTemporaryUrlResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentUrl" => rt::read_field(map, &mut self.attachment_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAttachmentTemporaryUrlResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentUrl", &self.attachment_url)?;
        object.end()
    }
}
/// `GetOrganizationsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOrganizationsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizationsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "sortKey" => rt::read_field(map, &mut self.sort_key),
            "unitType" => rt::read_field(map, &mut self.unit_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrganizationsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("sortKey", &self.sort_key)?;
        object.optional("unitType", &self.unit_type)?;
        object.end()
    }
}
/// `GetRoleUsersResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRoleUsersResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRoleUsersResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "description" => rt::read_field(map, &mut self.description),
            "domainType" => rt::read_field(map, &mut self.domain_type),
            "email" => rt::read_field(map, &mut self.email),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "partDepartmentIds" => rt::read_field(map, &mut self.part_department_ids),
            "sex" => rt::read_field(map, &mut self.sex),
            "sortKey" => rt::read_field(map, &mut self.sort_key),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRoleUsersResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("description", &self.description)?;
        object.optional("domainType", &self.domain_type)?;
        object.optional("email", &self.email)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("name", &self.name)?;
        object.optional("partDepartmentIds", &self.part_department_ids)?;
        object.optional("sex", &self.sex)?;
        object.optional("sortKey", &self.sort_key)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetRolesResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRolesResponseBodyData {
    /// `roleGroups`.
    pub role_groups: Option<Vec<GetRolesResponseBodyDataRoleGroups>>,
    /// `roles`.
    pub roles: Option<Vec<GetRolesResponseBodyDataRoles>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRolesResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRolesResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleGroups" => rt::read_field(map, &mut self.role_groups),
            "roles" => rt::read_field(map, &mut self.roles),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRolesResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleGroups", &self.role_groups)?;
        object.optional("roles", &self.roles)?;
        object.end()
    }
}
/// `GetUploadUrlResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUploadUrlResponseBodyData {
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUploadUrlResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadUrlResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uploadUrl" => rt::read_field(map, &mut self.upload_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUploadUrlResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("uploadUrl", &self.upload_url)?;
        object.end()
    }
}
/// `GetUsersResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUsersResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUsersResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "description" => rt::read_field(map, &mut self.description),
            "domainType" => rt::read_field(map, &mut self.domain_type),
            "email" => rt::read_field(map, &mut self.email),
            "id" => rt::read_field(map, &mut self.id),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "partDepartmentIds" => rt::read_field(map, &mut self.part_department_ids),
            "sex" => rt::read_field(map, &mut self.sex),
            "sortKey" => rt::read_field(map, &mut self.sort_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUsersResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("description", &self.description)?;
        object.optional("domainType", &self.domain_type)?;
        object.optional("email", &self.email)?;
        object.optional("id", &self.id)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("name", &self.name)?;
        object.optional("partDepartmentIds", &self.part_department_ids)?;
        object.optional("sex", &self.sex)?;
        object.optional("sortKey", &self.sort_key)?;
        object.end()
    }
}
/// `LoadBizFieldsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for LoadBizFieldsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizFieldsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "childForms" => rt::read_field(map, &mut self.child_forms),
            "fields" => rt::read_field(map, &mut self.fields),
            "formName" => rt::read_field(map, &mut self.form_name),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizFieldsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("childForms", &self.child_forms)?;
        object.optional("fields", &self.fields)?;
        object.optional("formName", &self.form_name)?;
        object.optional("schemaCode", &self.schema_code)?;
        object.end()
    }
}
/// `LoadBizObjectsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for LoadBizObjectsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizObjectsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjects" => rt::read_field(map, &mut self.biz_objects),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizObjectsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizObjects", &self.biz_objects)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryAppFunctionNodesResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAppFunctionNodesResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAppFunctionNodesResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "isSystem" => rt::read_field(map, &mut self.is_system),
            "nodeType" => rt::read_field(map, &mut self.node_type),
            "nodeVisibleType" => rt::read_field(map, &mut self.node_visible_type),
            "parentCode" => rt::read_field(map, &mut self.parent_code),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            "sortKey" => rt::read_field(map, &mut self.sort_key),
            "state" => rt::read_field(map, &mut self.state),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAppFunctionNodesResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("isSystem", &self.is_system)?;
        object.optional("nodeType", &self.node_type)?;
        object.optional("nodeVisibleType", &self.node_visible_type)?;
        object.optional("parentCode", &self.parent_code)?;
        object.optional("schemaCode", &self.schema_code)?;
        object.optional("sortKey", &self.sort_key)?;
        object.optional("state", &self.state)?;
        object.end()
    }
}
/// `QueryProcessesInstanceResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryProcessesInstanceResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessesInstanceResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "createdTimeGMT" => rt::read_field(map, &mut self.created_time_gmt),
            "dingTalkProcessId" => rt::read_field(map, &mut self.ding_talk_process_id),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "originator" => rt::read_field(map, &mut self.originator),
            "processDisplayName" => rt::read_field(map, &mut self.process_display_name),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processVersion" => rt::read_field(map, &mut self.process_version),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            "startTimeGMT" => rt::read_field(map, &mut self.start_time_gmt),
            "state" => rt::read_field(map, &mut self.state),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProcessesInstanceResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("bizObjectId", &self.biz_object_id)?;
        object.optional("createdTimeGMT", &self.created_time_gmt)?;
        object.optional("dingTalkProcessId", &self.ding_talk_process_id)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("originator", &self.originator)?;
        object.optional("processDisplayName", &self.process_display_name)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processVersion", &self.process_version)?;
        object.optional("schemaCode", &self.schema_code)?;
        object.optional("startTimeGMT", &self.start_time_gmt)?;
        object.optional("state", &self.state)?;
        object.end()
    }
}
/// `QueryProcessesWorkItemsResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryProcessesWorkItemsResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessesWorkItemsResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityCode" => rt::read_field(map, &mut self.activity_code),
            "activityName" => rt::read_field(map, &mut self.activity_name),
            "appCode" => rt::read_field(map, &mut self.app_code),
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "comment" => rt::read_field(map, &mut self.comment),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "finishTimeGMT" => rt::read_field(map, &mut self.finish_time_gmt),
            "finisher" => rt::read_field(map, &mut self.finisher),
            "isApproval" => rt::read_field(map, &mut self.is_approval),
            "isFinish" => rt::read_field(map, &mut self.is_finish),
            "participant" => rt::read_field(map, &mut self.participant),
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            "processVersion" => rt::read_field(map, &mut self.process_version),
            "receiptor" => rt::read_field(map, &mut self.receiptor),
            "receiveTimeGMT" => rt::read_field(map, &mut self.receive_time_gmt),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            "startTimeGMT" => rt::read_field(map, &mut self.start_time_gmt),
            "state" => rt::read_field(map, &mut self.state),
            "workItemId" => rt::read_field(map, &mut self.work_item_id),
            "workItemType" => rt::read_field(map, &mut self.work_item_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProcessesWorkItemsResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityCode", &self.activity_code)?;
        object.optional("activityName", &self.activity_name)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("bizObjectId", &self.biz_object_id)?;
        object.optional("comment", &self.comment)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("finishTimeGMT", &self.finish_time_gmt)?;
        object.optional("finisher", &self.finisher)?;
        object.optional("isApproval", &self.is_approval)?;
        object.optional("isFinish", &self.is_finish)?;
        object.optional("participant", &self.participant)?;
        object.optional("processInstanceId", &self.process_instance_id)?;
        object.optional("processVersion", &self.process_version)?;
        object.optional("receiptor", &self.receiptor)?;
        object.optional("receiveTimeGMT", &self.receive_time_gmt)?;
        object.optional("schemaCode", &self.schema_code)?;
        object.optional("startTimeGMT", &self.start_time_gmt)?;
        object.optional("state", &self.state)?;
        object.optional("workItemId", &self.work_item_id)?;
        object.optional("workItemType", &self.work_item_type)?;
        object.end()
    }
}
/// `GetRolesResponseBodyDataRoleGroups`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRolesResponseBodyDataRoleGroups {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRolesResponseBodyDataRoleGroups {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyId" => rt::read_field(map, &mut self.company_id),
            "description" => rt::read_field(map, &mut self.description),
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "state" => rt::read_field(map, &mut self.state),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRolesResponseBodyDataRoleGroups {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyId", &self.company_id)?;
        object.optional("description", &self.description)?;
        object.optional("groupCode", &self.group_code)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("state", &self.state)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `GetRolesResponseBodyDataRoles`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRolesResponseBodyDataRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRolesResponseBodyDataRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyId" => rt::read_field(map, &mut self.company_id),
            "description" => rt::read_field(map, &mut self.description),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "state" => rt::read_field(map, &mut self.state),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRolesResponseBodyDataRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyId", &self.company_id)?;
        object.optional("description", &self.description)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.optional("state", &self.state)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `LoadBizFieldsResponseBodyDataChildForms`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBodyDataChildForms {
    /// `fields`.
    pub fields: Option<Vec<LoadBizFieldsResponseBodyDataChildFormsFields>>,
    /// `formName`.
    pub form_name: Option<String>,
    /// `schemaCode`.
    pub schema_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoadBizFieldsResponseBodyDataChildForms {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizFieldsResponseBodyDataChildForms {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fields" => rt::read_field(map, &mut self.fields),
            "formName" => rt::read_field(map, &mut self.form_name),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizFieldsResponseBodyDataChildForms {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fields", &self.fields)?;
        object.optional("formName", &self.form_name)?;
        object.optional("schemaCode", &self.schema_code)?;
        object.end()
    }
}
/// `LoadBizFieldsResponseBodyDataFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LoadBizFieldsResponseBodyDataFields {
    /// `bizDataType`.
    pub biz_data_type: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `label`.
    pub label: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LoadBizFieldsResponseBodyDataFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LoadBizFieldsResponseBodyDataFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataType" => rt::read_field(map, &mut self.biz_data_type),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "label" => rt::read_field(map, &mut self.label),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LoadBizFieldsResponseBodyDataFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizDataType", &self.biz_data_type)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("label", &self.label)?;
        object.end()
    }
}
/// `QueryProcessesInstanceResponseBodyDataOriginator`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryProcessesInstanceResponseBodyDataOriginator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProcessesInstanceResponseBodyDataOriginator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProcessesInstanceResponseBodyDataOriginator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchInsertBizObjectRequest {
    /// A `BatchInsertBizObjectRequest` with its required fields (`bizObjectJsonArray`, `isDraft`, `opUserId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_json_array: impl IntoIterator<Item = impl Into<String>>,
        is_draft: bool,
        op_user_id: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_json_array: biz_object_json_array
                .into_iter()
                .map(Into::into)
                .collect(),
            is_draft,
            op_user_id: op_user_id.into(),
            schema_code: schema_code.into(),
        }
    }
}
impl rt::serde::Serialize for BatchInsertBizObjectRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizObjectJsonArray", &self.biz_object_json_array)?;
        object.field("isDraft", &self.is_draft)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("schemaCode", &self.schema_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchInsertBizObjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchInsertBizObjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectJsonArray" => rt::read_field(map, &mut self.biz_object_json_array),
            "isDraft" => rt::read_field(map, &mut self.is_draft),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchInsertBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_process_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CancelProcessInstanceRequest {
    /// `processInstanceId`.
    pub process_instance_id: String,
}
impl CancelProcessInstanceRequest {
    /// A `CancelProcessInstanceRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>) -> Self {
        Self {
            process_instance_id: process_instance_id.into(),
        }
    }
}
impl rt::serde::Serialize for CancelProcessInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("processInstanceId", &self.process_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelProcessInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelProcessInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelProcessInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateBizObjectRequest {
    /// A `CreateBizObjectRequest` with its required fields (`bizObjectJson`, `isDraft`, `opUserId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_json: impl Into<String>,
        is_draft: bool,
        op_user_id: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_json: biz_object_json.into(),
            is_draft,
            op_user_id: op_user_id.into(),
            schema_code: schema_code.into(),
        }
    }
}
impl rt::serde::Serialize for CreateBizObjectRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizObjectJson", &self.biz_object_json)?;
        object.field("isDraft", &self.is_draft)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("schemaCode", &self.schema_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateBizObjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateBizObjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectJson" => rt::read_field(map, &mut self.biz_object_json),
            "isDraft" => rt::read_field(map, &mut self.is_draft),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_processes_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateProcessesInstanceRequest {
    /// `bizObjectId`.
    pub biz_object_id: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `schemaCode`.
    pub schema_code: String,
}
impl CreateProcessesInstanceRequest {
    /// A `CreateProcessesInstanceRequest` with its required fields (`bizObjectId`, `opUserId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_id: impl Into<String>,
        op_user_id: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_id: biz_object_id.into(),
            op_user_id: op_user_id.into(),
            schema_code: schema_code.into(),
        }
    }
}
impl rt::serde::Serialize for CreateProcessesInstanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizObjectId", &self.biz_object_id)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("schemaCode", &self.schema_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProcessesInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProcessesInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateProcessesInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteBizObjectRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
impl DeleteBizObjectRequest {
    /// A `DeleteBizObjectRequest` with its required fields (`bizObjectId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_id: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_id: biz_object_id.into(),
            schema_code: schema_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteBizObjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteBizObjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::delete_processes_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteProcessesInstanceRequest {
    /// `isAutoUpdateBizObject`: a query parameter.
    pub is_auto_update_biz_object: bool,
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
impl DeleteProcessesInstanceRequest {
    /// A `DeleteProcessesInstanceRequest` with its required fields (`isAutoUpdateBizObject`, `processInstanceId`); set the others with the methods named after them.
    pub fn new(
        is_auto_update_biz_object: bool,
        process_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            is_auto_update_biz_object,
            process_instance_id: process_instance_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteProcessesInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteProcessesInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isAutoUpdateBizObject" => {
                rt::read_field(map, &mut self.is_auto_update_biz_object)
            }
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteProcessesInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isAutoUpdateBizObject", &self.is_auto_update_biz_object);
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::get_apps`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAppsRequest {
    /// `queryType`.
    pub query_type: String,
    /// `values`.
    pub values: Option<Vec<String>>,
}
impl GetAppsRequest {
    /// A `GetAppsRequest` with its required fields (`queryType`); set the others with the methods named after them.
    pub fn new(query_type: impl Into<String>) -> Self {
        Self {
            query_type: query_type.into(),
            values: None,
        }
    }
    /// Sets `values`.
    pub fn values(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.values = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for GetAppsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("queryType", &self.query_type)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAppsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAppsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "queryType" => rt::read_field(map, &mut self.query_type),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAppsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_attachment_temporary_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAttachmentTemporaryUrlRequest {
    /// `attachmentId`: a query parameter.
    pub attachment_id: String,
}
impl GetAttachmentTemporaryUrlRequest {
    /// A `GetAttachmentTemporaryUrlRequest` with its required fields (`attachmentId`); set the others with the methods named after them.
    pub fn new(attachment_id: impl Into<String>) -> Self {
        Self {
            attachment_id: attachment_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAttachmentTemporaryUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAttachmentTemporaryUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachmentId" => rt::read_field(map, &mut self.attachment_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOrganizationsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOrganizationsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOrganizationsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
    }
}
/// The request of [`Api::get_role_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRoleUsersRequest {
    /// `roleId`: a query parameter.
    pub role_id: String,
}
impl GetRoleUsersRequest {
    /// A `GetRoleUsersRequest` with its required fields (`roleId`); set the others with the methods named after them.
    pub fn new(role_id: impl Into<String>) -> Self {
        Self { role_id: role_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRoleUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRoleUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRoleUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("roleId", &self.role_id);
    }
}
/// The request of [`Api::get_upload_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetUploadUrlRequest {
    /// A `GetUploadUrlRequest` with its required fields (`bizObjectId`, `fieldName`, `isOverwrite`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_id: impl Into<String>,
        field_name: impl Into<String>,
        is_overwrite: bool,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_id: biz_object_id.into(),
            field_name: field_name.into(),
            is_overwrite,
            schema_code: schema_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUploadUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUploadUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "isOverwrite" => rt::read_field(map, &mut self.is_overwrite),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUsersRequest {
    /// `departmentId`: a query parameter.
    pub department_id: String,
    /// `isRecursive`: a query parameter.
    pub is_recursive: Option<bool>,
}
impl GetUsersRequest {
    /// A `GetUsersRequest` with its required fields (`departmentId`); set the others with the methods named after them.
    pub fn new(department_id: impl Into<String>) -> Self {
        Self {
            department_id: department_id.into(),
            is_recursive: None,
        }
    }
    /// Sets `isRecursive`.
    pub fn is_recursive(mut self, value: bool) -> Self {
        self.is_recursive = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "isRecursive" => rt::read_field(map, &mut self.is_recursive),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("isRecursive", &self.is_recursive);
    }
}
/// The request of [`Api::load_biz_fields`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LoadBizFieldsRequest {
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
impl LoadBizFieldsRequest {
    /// A `LoadBizFieldsRequest` with its required fields (`schemaCode`); set the others with the methods named after them.
    pub fn new(schema_code: impl Into<String>) -> Self {
        Self {
            schema_code: schema_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LoadBizFieldsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LoadBizFieldsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LoadBizFieldsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::load_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LoadBizObjectRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
impl LoadBizObjectRequest {
    /// A `LoadBizObjectRequest` with its required fields (`bizObjectId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_id: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_id: biz_object_id.into(),
            schema_code: schema_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LoadBizObjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LoadBizObjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LoadBizObjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::load_biz_objects`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl LoadBizObjectsRequest {
    /// A `LoadBizObjectsRequest` with its required fields (`pageNumber`, `pageSize`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        page_number: i64,
        page_size: i64,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            matcher_json: None,
            page_number,
            page_size,
            return_fields: None,
            schema_code: schema_code.into(),
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
impl rt::serde::Serialize for LoadBizObjectsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("matcherJson", &self.matcher_json)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.optional("returnFields", &self.return_fields)?;
        object.field("schemaCode", &self.schema_code)?;
        object.optional("sortByFields", &self.sort_by_fields)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LoadBizObjectsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LoadBizObjectsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "matcherJson" => rt::read_field(map, &mut self.matcher_json),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "returnFields" => rt::read_field(map, &mut self.return_fields),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            "sortByFields" => rt::read_field(map, &mut self.sort_by_fields),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LoadBizObjectsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_app_function_nodes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAppFunctionNodesRequest {
    /// `appCode`: a query parameter.
    pub app_code: String,
}
impl QueryAppFunctionNodesRequest {
    /// A `QueryAppFunctionNodesRequest` with its required fields (`appCode`); set the others with the methods named after them.
    pub fn new(app_code: impl Into<String>) -> Self {
        Self { app_code: app_code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAppFunctionNodesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAppFunctionNodesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAppFunctionNodesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appCode", &self.app_code);
    }
}
/// The request of [`Api::query_processes_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryProcessesInstanceRequest {
    /// `bizObjectId`: a query parameter.
    pub biz_object_id: String,
    /// `schemaCode`: a query parameter.
    pub schema_code: String,
}
impl QueryProcessesInstanceRequest {
    /// A `QueryProcessesInstanceRequest` with its required fields (`bizObjectId`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_id: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_id: biz_object_id.into(),
            schema_code: schema_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryProcessesInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryProcessesInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryProcessesInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizObjectId", &self.biz_object_id);
        writer.query("schemaCode", &self.schema_code);
    }
}
/// The request of [`Api::query_processes_work_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryProcessesWorkItemsRequest {
    /// `processInstanceId`: a query parameter.
    pub process_instance_id: String,
}
impl QueryProcessesWorkItemsRequest {
    /// A `QueryProcessesWorkItemsRequest` with its required fields (`processInstanceId`); set the others with the methods named after them.
    pub fn new(process_instance_id: impl Into<String>) -> Self {
        Self {
            process_instance_id: process_instance_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryProcessesWorkItemsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryProcessesWorkItemsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "processInstanceId" => rt::read_field(map, &mut self.process_instance_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryProcessesWorkItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("processInstanceId", &self.process_instance_id);
    }
}
/// The request of [`Api::update_biz_object`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateBizObjectRequest {
    /// `bizObjectId`.
    pub biz_object_id: String,
    /// `bizObjectJson`.
    pub biz_object_json: String,
    /// `schemaCode`.
    pub schema_code: String,
}
impl UpdateBizObjectRequest {
    /// A `UpdateBizObjectRequest` with its required fields (`bizObjectId`, `bizObjectJson`, `schemaCode`); set the others with the methods named after them.
    pub fn new(
        biz_object_id: impl Into<String>,
        biz_object_json: impl Into<String>,
        schema_code: impl Into<String>,
    ) -> Self {
        Self {
            biz_object_id: biz_object_id.into(),
            biz_object_json: biz_object_json.into(),
            schema_code: schema_code.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateBizObjectRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizObjectId", &self.biz_object_id)?;
        object.field("bizObjectJson", &self.biz_object_json)?;
        object.field("schemaCode", &self.schema_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateBizObjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateBizObjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizObjectId" => rt::read_field(map, &mut self.biz_object_id),
            "bizObjectJson" => rt::read_field(map, &mut self.biz_object_json),
            "schemaCode" => rt::read_field(map, &mut self.schema_code),
            _ => Ok(false),
        }
    }
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
