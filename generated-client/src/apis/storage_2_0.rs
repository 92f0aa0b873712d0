// @generated from api-spec/storage_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.storage_2_0()`. Generated from `api-spec/storage_2_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `storage_2_0`. Get it with `client.storage_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加权限
    ///
    /// `POST /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions` (operation `AddPermission`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_permission(
        &self,
        dentry_uuid: &str,
        request: &AddPermissionRequest,
    ) -> rt::Call<AddPermissionResponseBody, AddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPermission",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取权限列表
    ///
    /// `POST /v2.0/storage/spaces/dentries/permissions/roles/batchQuery` (operation `BatchQueryRoles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_roles(
        &self,
        request: &BatchQueryRolesRequest,
    ) -> rt::Call<BatchQueryRolesResponseBody, BatchQueryRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryRoles",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/permissions/roles/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业文件管理——删除文件接口
    ///
    /// `POST /v2.0/storage/filemanager/clean` (operation `CleanFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CleanFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn clean_file(
        &self,
        request: &CleanFileRequest,
    ) -> rt::Call<CleanFileResponseBody, CleanFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CleanFile",
            rt::Method::Post,
            "/v2.0/storage/filemanager/clean",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交文件
    ///
    /// `POST /v2.0/storage/spaces/files/{parent_dentry_uuid}/commit` (operation `CommitFile`).
    ///
    /// # Path parameters
    ///
    /// - `parent_dentry_uuid` (`parent_dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CommitFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn commit_file(
        &self,
        parent_dentry_uuid: &str,
        request: &CommitFileRequest,
    ) -> rt::Call<CommitFileResponseBody, CommitFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CommitFile",
            rt::Method::Post,
            "/v2.0/storage/spaces/files/{parent_dentry_uuid}/commit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_dentry_uuid], request)
    }
    /// 删除权限
    ///
    /// `POST /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/remove` (operation `DeletePermission`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeletePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_permission(
        &self,
        dentry_uuid: &str,
        request: &DeletePermissionRequest,
    ) -> rt::Call<DeletePermissionResponseBody, DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取文件上传信息
    ///
    /// `POST /v2.0/storage/spaces/files/{parent_dentry_uuid}/uploadInfos/query` (operation `GetFileUploadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `parent_dentry_uuid` (`parent_dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileUploadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_upload_info(
        &self,
        parent_dentry_uuid: &str,
        request: &GetFileUploadInfoRequest,
    ) -> rt::Call<GetFileUploadInfoResponseBody, GetFileUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileUploadInfo",
            rt::Method::Post,
            "/v2.0/storage/spaces/files/{parent_dentry_uuid}/uploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_dentry_uuid], request)
    }
    /// 获取权限继承模式
    ///
    /// `GET /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/inheritances` (operation `GetPermissionInheritance`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPermissionInheritanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_permission_inheritance(
        &self,
        dentry_uuid: &str,
        request: &GetPermissionInheritanceRequest,
    ) -> rt::Call<GetPermissionInheritanceResponseBody, GetPermissionInheritanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPermissionInheritance",
            rt::Method::Get,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/inheritances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取分享范围
    ///
    /// `GET /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/scopes` (operation `GetPermissionShareScope`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPermissionShareScopeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_permission_share_scope(
        &self,
        dentry_uuid: &str,
        request: &GetPermissionShareScopeRequest,
    ) -> rt::Call<GetPermissionShareScopeResponseBody, GetPermissionShareScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPermissionShareScope",
            rt::Method::Get,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 查询操作日志
    ///
    /// `POST /v2.0/storage/managements/operationLogs/list` (operation `ListOperationLogs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListOperationLogsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_operation_logs(
        &self,
        request: &ListOperationLogsRequest,
    ) -> rt::Call<ListOperationLogsResponseBody, ListOperationLogsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListOperationLogs",
            rt::Method::Post,
            "/v2.0/storage/managements/operationLogs/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取权限列表
    ///
    /// `POST /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/query` (operation `ListPermissions`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPermissionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_permissions(
        &self,
        dentry_uuid: &str,
        request: &ListPermissionsRequest,
    ) -> rt::Call<ListPermissionsResponseBody, ListPermissionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPermissions",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取用户最近访问列表
    ///
    /// `GET /v2.0/storage/recents/listV2` (operation `ListRecents`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRecentsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_recents(
        &self,
        request: &ListRecentsRequest,
    ) -> rt::Call<ListRecentsResponseBody, ListRecentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecents",
            rt::Method::Get,
            "/v2.0/storage/recents/listV2",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户收藏列表
    ///
    /// `GET /v2.0/storage/stars/list` (operation `ListStars`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListStarsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_stars(
        &self,
        request: &ListStarsRequest,
    ) -> rt::Call<ListStarsResponseBody, ListStarsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListStars",
            rt::Method::Get,
            "/v2.0/storage/stars/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询员工离职时空间默认转交人(管理员)
    ///
    /// `GET /v2.0/storage/managementSettings/defaultHandOverUsers` (operation `ManagerGetDefaultHandOverUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManagerGetDefaultHandOverUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn manager_get_default_hand_over_user(
        &self,
        request: &ManagerGetDefaultHandOverUserRequest,
    ) -> rt::Call<
        ManagerGetDefaultHandOverUserResponseBody,
        ManagerGetDefaultHandOverUserError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManagerGetDefaultHandOverUser",
            rt::Method::Get,
            "/v2.0/storage/managementSettings/defaultHandOverUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置员工离职时空间默认转交人(管理员)
    ///
    /// `POST /v2.0/storage/managementSettings/defaultHandOverUsers/set` (operation `ManagerSetDefaultHandOverUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManagerSetDefaultHandOverUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn manager_set_default_hand_over_user(
        &self,
        request: &ManagerSetDefaultHandOverUserRequest,
    ) -> rt::Call<
        ManagerSetDefaultHandOverUserResponseBody,
        ManagerSetDefaultHandOverUserError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManagerSetDefaultHandOverUser",
            rt::Method::Post,
            "/v2.0/storage/managementSettings/defaultHandOverUsers/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索文件
    ///
    /// `POST /v2.0/storage/dentries/search` (operation `SearchDentries`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_dentries(
        &self,
        request: &SearchDentriesRequest,
    ) -> rt::Call<SearchDentriesResponseBody, SearchDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchDentries",
            rt::Method::Post,
            "/v2.0/storage/dentries/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索公开发布文件
    ///
    /// `POST /v2.0/storage/publishDentries/search` (operation `SearchPublishDentries`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchPublishDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_publish_dentries(
        &self,
        request: &SearchPublishDentriesRequest,
    ) -> rt::Call<SearchPublishDentriesResponseBody, SearchPublishDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchPublishDentries",
            rt::Method::Post,
            "/v2.0/storage/publishDentries/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索知识库
    ///
    /// `POST /v2.0/storage/workspaces/search` (operation `SearchWorkspaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchWorkspacesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_workspaces(
        &self,
        request: &SearchWorkspacesRequest,
    ) -> rt::Call<SearchWorkspacesResponseBody, SearchWorkspacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchWorkspaces",
            rt::Method::Post,
            "/v2.0/storage/workspaces/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置权限继承模式
    ///
    /// `PUT /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/inheritances` (operation `SetPermissionInheritance`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetPermissionInheritanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_permission_inheritance(
        &self,
        dentry_uuid: &str,
        request: &SetPermissionInheritanceRequest,
    ) -> rt::Call<SetPermissionInheritanceResponseBody, SetPermissionInheritanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetPermissionInheritance",
            rt::Method::Put,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/inheritances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 设置分享范围
    ///
    /// `PUT /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/scopes` (operation `SetPermissionShareScope`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetPermissionShareScopeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_permission_share_scope(
        &self,
        dentry_uuid: &str,
        request: &SetPermissionShareScopeRequest,
    ) -> rt::Call<SetPermissionShareScopeResponseBody, SetPermissionShareScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetPermissionShareScope",
            rt::Method::Put,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 修改权限
    ///
    /// `PUT /v2.0/storage/spaces/dentries/{dentry_uuid}/permissions` (operation `UpdatePermission`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_permission(
        &self,
        dentry_uuid: &str,
        request: &UpdatePermissionRequest,
    ) -> rt::Call<UpdatePermissionResponseBody, UpdatePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermission",
            rt::Method::Put,
            "/v2.0/storage/spaces/dentries/{dentry_uuid}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// Every page of [`Api::list_recents`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `recentDentryList` of each page.
    pub fn list_recents_pages(
        &self,
        request: &ListRecentsRequest,
    ) -> rt::Paginator<
        ListRecentsResponseBody,
        ListRecentsError,
        ListRecentsResponseBodyRecentDentryList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["recentDentryList"],
        );
        rt::Paginator::new(self.list_recents(request), &PAGING)
    }
    /// Every page of [`Api::list_stars`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `starList` of each page.
    pub fn list_stars_pages(
        &self,
        request: &ListStarsRequest,
    ) -> rt::Paginator<
        ListStarsResponseBody,
        ListStarsError,
        ListStarsResponseBodyStarList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["starList"],
        );
        rt::Paginator::new(self.list_stars(request), &PAGING)
    }
}
/// `AddPermissionRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequestMembers {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: String,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: String,
}
impl AddPermissionRequestMembers {
    /// A `AddPermissionRequestMembers` with its required fields (`id`, `type`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            corp_id: None,
            id: id.into(),
            name: None,
            r#type: r#type.into(),
        }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddPermissionRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.field("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddPermissionRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddPermissionRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `AddPermissionRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddPermissionRequestOption {
    /// `duration`.
    pub duration: Option<i64>,
}
impl AddPermissionRequestOption {
    /// An empty `AddPermissionRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddPermissionRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddPermissionRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddPermissionRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            _ => Ok(false),
        }
    }
}
/// `AddPermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddPermissionResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddPermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddPermissionResponseBody {
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
impl rt::serde::Serialize for AddPermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchQueryRolesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryRolesResponseBody {
    /// `roleMap`.
    pub role_map: Option<rt::BTreeMap<String, Vec<RoleMapValue>>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryRolesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryRolesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleMap" => rt::read_field(map, &mut self.role_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryRolesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleMap", &self.role_map)?;
        object.end()
    }
}
/// `CleanFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CleanFileResponseBody {
    /// `failureIds`.
    pub failure_ids: Option<Vec<i64>>,
    /// `successIds`.
    pub success_ids: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for CleanFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CleanFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failureIds" => rt::read_field(map, &mut self.failure_ids),
            "successIds" => rt::read_field(map, &mut self.success_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CleanFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failureIds", &self.failure_ids)?;
        object.optional("successIds", &self.success_ids)?;
        object.end()
    }
}
/// `CommitFileRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitFileRequestOption {
    /// `appProperties`.
    pub app_properties: Option<Vec<CommitFileRequestOptionAppProperties>>,
    /// `classificationLabelId`.
    pub classification_label_id: Option<String>,
    /// `conflictStrategy`.
    pub conflict_strategy: Option<String>,
    /// `convertToOnlineDoc`.
    pub convert_to_online_doc: Option<bool>,
    /// `convertToOnlineDocTargetDocumentType`.
    pub convert_to_online_doc_target_document_type: Option<String>,
    /// `size`.
    pub size: Option<i64>,
}
impl CommitFileRequestOption {
    /// An empty `CommitFileRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appProperties`.
    pub fn app_properties(
        mut self,
        value: impl IntoIterator<Item = CommitFileRequestOptionAppProperties>,
    ) -> Self {
        self.app_properties = Some(value.into_iter().collect());
        self
    }
    /// Sets `classificationLabelId`.
    pub fn classification_label_id(mut self, value: impl Into<String>) -> Self {
        self.classification_label_id = Some(value.into());
        self
    }
    /// Sets `conflictStrategy`.
    pub fn conflict_strategy(mut self, value: impl Into<String>) -> Self {
        self.conflict_strategy = Some(value.into());
        self
    }
    /// Sets `convertToOnlineDoc`.
    pub fn convert_to_online_doc(mut self, value: bool) -> Self {
        self.convert_to_online_doc = Some(value);
        self
    }
    /// Sets `convertToOnlineDocTargetDocumentType`.
    pub fn convert_to_online_doc_target_document_type(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.convert_to_online_doc_target_document_type = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
impl rt::serde::Serialize for CommitFileRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
        object.optional("classificationLabelId", &self.classification_label_id)?;
        object.optional("conflictStrategy", &self.conflict_strategy)?;
        object.optional("convertToOnlineDoc", &self.convert_to_online_doc)?;
        object
            .optional(
                "convertToOnlineDocTargetDocumentType",
                &self.convert_to_online_doc_target_document_type,
            )?;
        object.optional("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CommitFileRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CommitFileRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appProperties" => rt::read_field(map, &mut self.app_properties),
            "classificationLabelId" => {
                rt::read_field(map, &mut self.classification_label_id)
            }
            "conflictStrategy" => rt::read_field(map, &mut self.conflict_strategy),
            "convertToOnlineDoc" => rt::read_field(map, &mut self.convert_to_online_doc),
            "convertToOnlineDocTargetDocumentType" => {
                rt::read_field(map, &mut self.convert_to_online_doc_target_document_type)
            }
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
/// `CommitFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitFileResponseBody {
    /// `dentry`.
    pub dentry: Option<CommitFileResponseBodyDentry>,
}
impl<'de> rt::serde::Deserialize<'de> for CommitFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CommitFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentry" => rt::read_field(map, &mut self.dentry),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CommitFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentry", &self.dentry)?;
        object.end()
    }
}
/// `DeletePermissionRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequestMembers {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
}
impl DeletePermissionRequestMembers {
    /// A `DeletePermissionRequestMembers` with its required fields (`id`, `type`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            corp_id: None,
            id: id.into(),
            r#type: r#type.into(),
        }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeletePermissionRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.field("id", &self.id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeletePermissionRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeletePermissionRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "id" => rt::read_field(map, &mut self.id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `DeletePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeletePermissionResponseBody = AddPermissionResponseBody;
/// `GetFileUploadInfoRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadInfoRequestOption {
    /// `preCheckParam`.
    pub pre_check_param: Option<GetFileUploadInfoRequestOptionPreCheckParam>,
    /// `preferIntranet`.
    pub prefer_intranet: Option<bool>,
    /// `preferRegion`.
    pub prefer_region: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
}
impl GetFileUploadInfoRequestOption {
    /// An empty `GetFileUploadInfoRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `preCheckParam`.
    pub fn pre_check_param(
        mut self,
        value: GetFileUploadInfoRequestOptionPreCheckParam,
    ) -> Self {
        self.pre_check_param = Some(value);
        self
    }
    /// Sets `preferIntranet`.
    pub fn prefer_intranet(mut self, value: bool) -> Self {
        self.prefer_intranet = Some(value);
        self
    }
    /// Sets `preferRegion`.
    pub fn prefer_region(mut self, value: impl Into<String>) -> Self {
        self.prefer_region = Some(value.into());
        self
    }
    /// Sets `storageDriver`.
    pub fn storage_driver(mut self, value: impl Into<String>) -> Self {
        self.storage_driver = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetFileUploadInfoRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("preCheckParam", &self.pre_check_param)?;
        object.optional("preferIntranet", &self.prefer_intranet)?;
        object.optional("preferRegion", &self.prefer_region)?;
        object.optional("storageDriver", &self.storage_driver)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadInfoRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileUploadInfoRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "preCheckParam" => rt::read_field(map, &mut self.pre_check_param),
            "preferIntranet" => rt::read_field(map, &mut self.prefer_intranet),
            "preferRegion" => rt::read_field(map, &mut self.prefer_region),
            "storageDriver" => rt::read_field(map, &mut self.storage_driver),
            _ => Ok(false),
        }
    }
}
/// `GetFileUploadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadInfoResponseBody {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<GetFileUploadInfoResponseBodyHeaderSignatureInfo>,
    /// `protocol`.
    pub protocol: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `uploadKey`.
    pub upload_key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileUploadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headerSignatureInfo" => rt::read_field(map, &mut self.header_signature_info),
            "protocol" => rt::read_field(map, &mut self.protocol),
            "storageDriver" => rt::read_field(map, &mut self.storage_driver),
            "uploadKey" => rt::read_field(map, &mut self.upload_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileUploadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("headerSignatureInfo", &self.header_signature_info)?;
        object.optional("protocol", &self.protocol)?;
        object.optional("storageDriver", &self.storage_driver)?;
        object.optional("uploadKey", &self.upload_key)?;
        object.end()
    }
}
/// `GetPermissionInheritanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPermissionInheritanceResponseBody {
    /// `inheritance`.
    pub inheritance: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPermissionInheritanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPermissionInheritanceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inheritance" => rt::read_field(map, &mut self.inheritance),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPermissionInheritanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("inheritance", &self.inheritance)?;
        object.end()
    }
}
/// `GetPermissionShareScopeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPermissionShareScopeResponseBody {
    /// `scope`.
    pub scope: Option<String>,
    /// `scopeWithRole`.
    pub scope_with_role: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPermissionShareScopeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPermissionShareScopeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => rt::read_field(map, &mut self.scope),
            "scopeWithRole" => rt::read_field(map, &mut self.scope_with_role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPermissionShareScopeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scope", &self.scope)?;
        object.optional("scopeWithRole", &self.scope_with_role)?;
        object.end()
    }
}
/// `ListOperationLogsRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOperationLogsRequestOption {
    /// `actions`.
    pub actions: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `scenes`.
    pub scenes: Option<Vec<String>>,
    /// `subjectId`.
    pub subject_id: Option<String>,
}
impl ListOperationLogsRequestOption {
    /// An empty `ListOperationLogsRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actions`.
    pub fn actions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.actions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `scenes`.
    pub fn scenes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scenes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `subjectId`.
    pub fn subject_id(mut self, value: impl Into<String>) -> Self {
        self.subject_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ListOperationLogsRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actions", &self.actions)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("scenes", &self.scenes)?;
        object.optional("subjectId", &self.subject_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListOperationLogsRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListOperationLogsRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actions" => rt::read_field(map, &mut self.actions),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "scenes" => rt::read_field(map, &mut self.scenes),
            "subjectId" => rt::read_field(map, &mut self.subject_id),
            _ => Ok(false),
        }
    }
}
/// `ListOperationLogsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOperationLogsResponseBody {
    /// `items`.
    pub items: Option<Vec<ListOperationLogsResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOperationLogsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOperationLogsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOperationLogsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListPermissionsRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsRequestOption {
    /// `filterRoleIds`.
    pub filter_role_ids: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl ListPermissionsRequestOption {
    /// An empty `ListPermissionsRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `filterRoleIds`.
    pub fn filter_role_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.filter_role_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ListPermissionsRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filterRoleIds", &self.filter_role_ids)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPermissionsRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filterRoleIds" => rt::read_field(map, &mut self.filter_role_ids),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
/// `ListPermissionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `permissions`.
    pub permissions: Option<Vec<ListPermissionsResponseBodyPermissions>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPermissionsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "permissions" => rt::read_field(map, &mut self.permissions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPermissionsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("permissions", &self.permissions)?;
        object.end()
    }
}
/// `ListRecentsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecentsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentDentryList`.
    pub recent_dentry_list: Option<Vec<ListRecentsResponseBodyRecentDentryList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRecentsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecentsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "recentDentryList" => rt::read_field(map, &mut self.recent_dentry_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRecentsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("recentDentryList", &self.recent_dentry_list)?;
        object.end()
    }
}
/// `ListStarsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListStarsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `starList`.
    pub star_list: Option<Vec<ListStarsResponseBodyStarList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListStarsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListStarsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "starList" => rt::read_field(map, &mut self.star_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListStarsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("starList", &self.star_list)?;
        object.end()
    }
}
/// `ManagerGetDefaultHandOverUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ManagerGetDefaultHandOverUserResponseBody {
    /// `defaultHandoverUserId`.
    pub default_handover_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ManagerGetDefaultHandOverUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ManagerGetDefaultHandOverUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "defaultHandoverUserId" => {
                rt::read_field(map, &mut self.default_handover_user_id)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ManagerGetDefaultHandOverUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("defaultHandoverUserId", &self.default_handover_user_id)?;
        object.end()
    }
}
/// `ManagerSetDefaultHandOverUserResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type ManagerSetDefaultHandOverUserResponseBody = AddPermissionResponseBody;
/// `SearchDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDentriesRequestOption {
    /// `createTimeRange`.
    pub create_time_range: Option<SearchDentriesRequestOptionCreateTimeRange>,
    /// `creatorIds`.
    pub creator_ids: Option<Vec<String>>,
    /// `dentryCategories`.
    pub dentry_categories: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `modifierIds`.
    pub modifier_ids: Option<Vec<String>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `spaceIds`.
    pub space_ids: Option<Vec<i64>>,
    /// `visitTimeRange`.
    pub visit_time_range: Option<SearchDentriesRequestOptionVisitTimeRange>,
}
impl SearchDentriesRequestOption {
    /// An empty `SearchDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `createTimeRange`.
    pub fn create_time_range(
        mut self,
        value: SearchDentriesRequestOptionCreateTimeRange,
    ) -> Self {
        self.create_time_range = Some(value);
        self
    }
    /// Sets `creatorIds`.
    pub fn creator_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.creator_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `dentryCategories`.
    pub fn dentry_categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dentry_categories = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `modifierIds`.
    pub fn modifier_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.modifier_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `spaceIds`.
    pub fn space_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.space_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `visitTimeRange`.
    pub fn visit_time_range(
        mut self,
        value: SearchDentriesRequestOptionVisitTimeRange,
    ) -> Self {
        self.visit_time_range = Some(value);
        self
    }
}
impl rt::serde::Serialize for SearchDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTimeRange", &self.create_time_range)?;
        object.optional("creatorIds", &self.creator_ids)?;
        object.optional("dentryCategories", &self.dentry_categories)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("modifierIds", &self.modifier_ids)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("spaceIds", &self.space_ids)?;
        object.optional("visitTimeRange", &self.visit_time_range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTimeRange" => rt::read_field(map, &mut self.create_time_range),
            "creatorIds" => rt::read_field(map, &mut self.creator_ids),
            "dentryCategories" => rt::read_field(map, &mut self.dentry_categories),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "modifierIds" => rt::read_field(map, &mut self.modifier_ids),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "spaceIds" => rt::read_field(map, &mut self.space_ids),
            "visitTimeRange" => rt::read_field(map, &mut self.visit_time_range),
            _ => Ok(false),
        }
    }
}
/// `SearchDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDentriesResponseBody {
    /// `items`.
    pub items: Option<Vec<SearchDentriesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `SearchPublishDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchPublishDentriesRequestOption {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl SearchPublishDentriesRequestOption {
    /// An empty `SearchPublishDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SearchPublishDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchPublishDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchPublishDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
/// `SearchPublishDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchPublishDentriesResponseBody {
    /// `items`.
    pub items: Option<Vec<SearchPublishDentriesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchPublishDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchPublishDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchPublishDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `SearchWorkspacesRequestOption`: the same model as [`SearchPublishDentriesRequestOption`].
pub type SearchWorkspacesRequestOption = SearchPublishDentriesRequestOption;
/// `SearchWorkspacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchWorkspacesResponseBody {
    /// `items`.
    pub items: Option<Vec<SearchWorkspacesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchWorkspacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchWorkspacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `SetPermissionInheritanceResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type SetPermissionInheritanceResponseBody = AddPermissionResponseBody;
/// `SetPermissionShareScopeRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetPermissionShareScopeRequestOption {
    /// `canSearch`.
    pub can_search: Option<bool>,
}
impl SetPermissionShareScopeRequestOption {
    /// An empty `SetPermissionShareScopeRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `canSearch`.
    pub fn can_search(mut self, value: bool) -> Self {
        self.can_search = Some(value);
        self
    }
}
impl rt::serde::Serialize for SetPermissionShareScopeRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canSearch", &self.can_search)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetPermissionShareScopeRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetPermissionShareScopeRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canSearch" => rt::read_field(map, &mut self.can_search),
            _ => Ok(false),
        }
    }
}
/// `SetPermissionShareScopeResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type SetPermissionShareScopeResponseBody = AddPermissionResponseBody;
/// `UpdatePermissionRequestMembers`: the same model as [`DeletePermissionRequestMembers`].
pub type UpdatePermissionRequestMembers = DeletePermissionRequestMembers;
/// `UpdatePermissionRequestOption`: the same model as [`AddPermissionRequestOption`].
pub type UpdatePermissionRequestOption = AddPermissionRequestOption;
/// `UpdatePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UpdatePermissionResponseBody = AddPermissionResponseBody;
/// `RoleMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RoleMapValue {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RoleMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RoleMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RoleMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `CommitFileRequestOptionAppProperties`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CommitFileRequestOptionAppProperties {
    /// `name`.
    pub name: String,
    /// `value`.
    pub value: String,
    /// `visibility`.
    pub visibility: String,
}
impl CommitFileRequestOptionAppProperties {
    /// A `CommitFileRequestOptionAppProperties` with its required fields (`name`, `value`, `visibility`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        value: impl Into<String>,
        visibility: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            visibility: visibility.into(),
        }
    }
}
impl rt::serde::Serialize for CommitFileRequestOptionAppProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.field("value", &self.value)?;
        object.field("visibility", &self.visibility)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CommitFileRequestOptionAppProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CommitFileRequestOptionAppProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
/// `CommitFileResponseBodyDentry`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitFileResponseBodyDentry {
    /// `appProperties`.
    pub app_properties: Option<rt::BTreeMap<String, Vec<DentryAppPropertiesValue>>>,
    /// `category`.
    pub category: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `partitionType`.
    pub partition_type: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `properties`.
    pub properties: Option<CommitFileResponseBodyDentryProperties>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `thumbnail`.
    pub thumbnail: Option<CommitFileResponseBodyDentryThumbnail>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CommitFileResponseBodyDentry {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CommitFileResponseBodyDentry {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appProperties" => rt::read_field(map, &mut self.app_properties),
            "category" => rt::read_field(map, &mut self.category),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "name" => rt::read_field(map, &mut self.name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "partitionType" => rt::read_field(map, &mut self.partition_type),
            "path" => rt::read_field(map, &mut self.path),
            "properties" => rt::read_field(map, &mut self.properties),
            "size" => rt::read_field(map, &mut self.size),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "status" => rt::read_field(map, &mut self.status),
            "storageDriver" => rt::read_field(map, &mut self.storage_driver),
            "thumbnail" => rt::read_field(map, &mut self.thumbnail),
            "type" => rt::read_field(map, &mut self.r#type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CommitFileResponseBodyDentry {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
        object.optional("category", &self.category)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("name", &self.name)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("partitionType", &self.partition_type)?;
        object.optional("path", &self.path)?;
        object.optional("properties", &self.properties)?;
        object.optional("size", &self.size)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("status", &self.status)?;
        object.optional("storageDriver", &self.storage_driver)?;
        object.optional("thumbnail", &self.thumbnail)?;
        object.optional("type", &self.r#type)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetFileUploadInfoRequestOptionPreCheckParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadInfoRequestOptionPreCheckParam {
    /// `name`.
    pub name: Option<String>,
    /// `size`.
    pub size: Option<i64>,
}
impl GetFileUploadInfoRequestOptionPreCheckParam {
    /// An empty `GetFileUploadInfoRequestOptionPreCheckParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetFileUploadInfoRequestOptionPreCheckParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadInfoRequestOptionPreCheckParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileUploadInfoRequestOptionPreCheckParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
/// `GetFileUploadInfoResponseBodyHeaderSignatureInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadInfoResponseBodyHeaderSignatureInfo {
    /// `expirationSeconds`.
    pub expiration_seconds: Option<i64>,
    /// `headers`.
    pub headers: Option<rt::BTreeMap<String, String>>,
    /// `internalResourceUrls`.
    pub internal_resource_urls: Option<Vec<String>>,
    /// `region`.
    pub region: Option<String>,
    /// `resourceUrls`.
    pub resource_urls: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFileUploadInfoResponseBodyHeaderSignatureInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileUploadInfoResponseBodyHeaderSignatureInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expirationSeconds" => rt::read_field(map, &mut self.expiration_seconds),
            "headers" => rt::read_field(map, &mut self.headers),
            "internalResourceUrls" => {
                rt::read_field(map, &mut self.internal_resource_urls)
            }
            "region" => rt::read_field(map, &mut self.region),
            "resourceUrls" => rt::read_field(map, &mut self.resource_urls),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileUploadInfoResponseBodyHeaderSignatureInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expirationSeconds", &self.expiration_seconds)?;
        object.optional("headers", &self.headers)?;
        object.optional("internalResourceUrls", &self.internal_resource_urls)?;
        object.optional("region", &self.region)?;
        object.optional("resourceUrls", &self.resource_urls)?;
        object.end()
    }
}
/// `ListOperationLogsResponseBodyItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOperationLogsResponseBodyItems {
    /// `action`.
    pub action: Option<String>,
    /// `details`.
    pub details: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `operateTime`.
    pub operate_time: Option<i64>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `scene`.
    pub scene: Option<String>,
    /// `subjectId`.
    pub subject_id: Option<String>,
    /// `subjectName`.
    pub subject_name: Option<String>,
    /// `subjectType`.
    pub subject_type: Option<String>,
    /// `subjectUrl`.
    pub subject_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOperationLogsResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOperationLogsResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "details" => rt::read_field(map, &mut self.details),
            "id" => rt::read_field(map, &mut self.id),
            "operateTime" => rt::read_field(map, &mut self.operate_time),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "scene" => rt::read_field(map, &mut self.scene),
            "subjectId" => rt::read_field(map, &mut self.subject_id),
            "subjectName" => rt::read_field(map, &mut self.subject_name),
            "subjectType" => rt::read_field(map, &mut self.subject_type),
            "subjectUrl" => rt::read_field(map, &mut self.subject_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOperationLogsResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("details", &self.details)?;
        object.optional("id", &self.id)?;
        object.optional("operateTime", &self.operate_time)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("scene", &self.scene)?;
        object.optional("subjectId", &self.subject_id)?;
        object.optional("subjectName", &self.subject_name)?;
        object.optional("subjectType", &self.subject_type)?;
        object.optional("subjectUrl", &self.subject_url)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyPermissions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyPermissions {
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `member`.
    pub member: Option<ListPermissionsResponseBodyPermissionsMember>,
    /// `role`.
    pub role: Option<ListPermissionsResponseBodyPermissionsRole>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsResponseBodyPermissions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPermissionsResponseBodyPermissions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "duration" => rt::read_field(map, &mut self.duration),
            "member" => rt::read_field(map, &mut self.member),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPermissionsResponseBodyPermissions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("duration", &self.duration)?;
        object.optional("member", &self.member)?;
        object.optional("role", &self.role)?;
        object.end()
    }
}
/// `ListRecentsResponseBodyRecentDentryList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecentsResponseBodyRecentDentryList {
    /// `accessTime`.
    pub access_time: Option<i64>,
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `icon`.
    pub icon: Option<String>,
    /// `operateType`.
    pub operate_type: Option<i64>,
    /// `resource`.
    pub resource: Option<ListRecentsResponseBodyRecentDentryListResource>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRecentsResponseBodyRecentDentryList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecentsResponseBodyRecentDentryList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessTime" => rt::read_field(map, &mut self.access_time),
            "deleted" => rt::read_field(map, &mut self.deleted),
            "icon" => rt::read_field(map, &mut self.icon),
            "operateType" => rt::read_field(map, &mut self.operate_type),
            "resource" => rt::read_field(map, &mut self.resource),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRecentsResponseBodyRecentDentryList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessTime", &self.access_time)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("icon", &self.icon)?;
        object.optional("operateType", &self.operate_type)?;
        object.optional("resource", &self.resource)?;
        object.end()
    }
}
/// `ListStarsResponseBodyStarList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListStarsResponseBodyStarList {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `resource`.
    pub resource: Option<ListStarsResponseBodyStarListResource>,
    /// `resourceType`.
    pub resource_type: Option<String>,
    /// `starType`.
    pub star_type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListStarsResponseBodyStarList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListStarsResponseBodyStarList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "id" => rt::read_field(map, &mut self.id),
            "location" => rt::read_field(map, &mut self.location),
            "resource" => rt::read_field(map, &mut self.resource),
            "resourceType" => rt::read_field(map, &mut self.resource_type),
            "starType" => rt::read_field(map, &mut self.star_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListStarsResponseBodyStarList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("id", &self.id)?;
        object.optional("location", &self.location)?;
        object.optional("resource", &self.resource)?;
        object.optional("resourceType", &self.resource_type)?;
        object.optional("starType", &self.star_type)?;
        object.end()
    }
}
/// `SearchDentriesRequestOptionCreateTimeRange`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDentriesRequestOptionCreateTimeRange {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl SearchDentriesRequestOptionCreateTimeRange {
    /// An empty `SearchDentriesRequestOptionCreateTimeRange`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for SearchDentriesRequestOptionCreateTimeRange {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesRequestOptionCreateTimeRange {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchDentriesRequestOptionCreateTimeRange {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
/// `SearchDentriesRequestOptionVisitTimeRange`: the same model as [`SearchDentriesRequestOptionCreateTimeRange`].
pub type SearchDentriesRequestOptionVisitTimeRange = SearchDentriesRequestOptionCreateTimeRange;
/// `SearchDentriesResponseBodyItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDentriesResponseBodyItems {
    /// `creator`.
    pub creator: Option<SearchDentriesResponseBodyItemsCreator>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `lastModifyTime`.
    pub last_modify_time: Option<i64>,
    /// `modifier`.
    pub modifier: Option<SearchDentriesResponseBodyItemsModifier>,
    /// `name`.
    pub name: Option<String>,
    /// `path`.
    pub path: Option<SearchDentriesResponseBodyItemsPath>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchDentriesResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creator" => rt::read_field(map, &mut self.creator),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "lastModifyTime" => rt::read_field(map, &mut self.last_modify_time),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "name" => rt::read_field(map, &mut self.name),
            "path" => rt::read_field(map, &mut self.path),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchDentriesResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creator", &self.creator)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("lastModifyTime", &self.last_modify_time)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("name", &self.name)?;
        object.optional("path", &self.path)?;
        object.end()
    }
}
/// `SearchPublishDentriesResponseBodyItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchPublishDentriesResponseBodyItems {
    /// `name`.
    pub name: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchPublishDentriesResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchPublishDentriesResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "path" => rt::read_field(map, &mut self.path),
            "summary" => rt::read_field(map, &mut self.summary),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchPublishDentriesResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("path", &self.path)?;
        object.optional("summary", &self.summary)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `SearchWorkspacesResponseBodyItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchWorkspacesResponseBodyItems {
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspacesResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchWorkspacesResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "url" => rt::read_field(map, &mut self.url),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchWorkspacesResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("url", &self.url)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `DentryAppPropertiesValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DentryAppPropertiesValue {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DentryAppPropertiesValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryAppPropertiesValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryAppPropertiesValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `CommitFileResponseBodyDentryProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitFileResponseBodyDentryProperties {
    /// `readOnly`.
    pub read_only: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CommitFileResponseBodyDentryProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CommitFileResponseBodyDentryProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "readOnly" => rt::read_field(map, &mut self.read_only),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CommitFileResponseBodyDentryProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readOnly", &self.read_only)?;
        object.end()
    }
}
/// `CommitFileResponseBodyDentryThumbnail`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitFileResponseBodyDentryThumbnail {
    /// `height`.
    pub height: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `width`.
    pub width: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CommitFileResponseBodyDentryThumbnail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CommitFileResponseBodyDentryThumbnail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "height" => rt::read_field(map, &mut self.height),
            "url" => rt::read_field(map, &mut self.url),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CommitFileResponseBodyDentryThumbnail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("height", &self.height)?;
        object.optional("url", &self.url)?;
        object.optional("width", &self.width)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyPermissionsMember`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyPermissionsMember {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsResponseBodyPermissionsMember {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPermissionsResponseBodyPermissionsMember {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPermissionsResponseBodyPermissionsMember {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyPermissionsRole`: the same model as [`RoleMapValue`].
pub type ListPermissionsResponseBodyPermissionsRole = RoleMapValue;
/// `ListRecentsResponseBodyRecentDentryListResource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecentsResponseBodyRecentDentryListResource {
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `driveDentryId`.
    pub drive_dentry_id: Option<String>,
    /// `driveSpaceId`.
    pub drive_space_id: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `spaceInfo`.
    pub space_info: Option<ListRecentsResponseBodyRecentDentryListResourceSpaceInfo>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListRecentsResponseBodyRecentDentryListResource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecentsResponseBodyRecentDentryListResource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "driveDentryId" => rt::read_field(map, &mut self.drive_dentry_id),
            "driveSpaceId" => rt::read_field(map, &mut self.drive_space_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "name" => rt::read_field(map, &mut self.name),
            "spaceInfo" => rt::read_field(map, &mut self.space_info),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRecentsResponseBodyRecentDentryListResource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("driveDentryId", &self.drive_dentry_id)?;
        object.optional("driveSpaceId", &self.drive_space_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("name", &self.name)?;
        object.optional("spaceInfo", &self.space_info)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `ListStarsResponseBodyStarListResource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListStarsResponseBodyStarListResource {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `dentryType`.
    pub dentry_type: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListStarsResponseBodyStarListResource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListStarsResponseBodyStarListResource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "dentryType" => rt::read_field(map, &mut self.dentry_type),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "name" => rt::read_field(map, &mut self.name),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListStarsResponseBodyStarListResource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("dentryType", &self.dentry_type)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("name", &self.name)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `SearchDentriesResponseBodyItemsCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDentriesResponseBodyItemsCreator {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesResponseBodyItemsCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchDentriesResponseBodyItemsCreator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchDentriesResponseBodyItemsCreator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `SearchDentriesResponseBodyItemsModifier`: the same model as [`SearchDentriesResponseBodyItemsCreator`].
pub type SearchDentriesResponseBodyItemsModifier = SearchDentriesResponseBodyItemsCreator;
/// `SearchDentriesResponseBodyItemsPath`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDentriesResponseBodyItemsPath {
    /// `longPath`.
    pub long_path: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesResponseBodyItemsPath {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchDentriesResponseBodyItemsPath {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "longPath" => rt::read_field(map, &mut self.long_path),
            "path" => rt::read_field(map, &mut self.path),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchDentriesResponseBodyItemsPath {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("longPath", &self.long_path)?;
        object.optional("path", &self.path)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `ListRecentsResponseBodyRecentDentryListResourceSpaceInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecentsResponseBodyRecentDentryListResourceSpaceInfo {
    /// `sceneType`.
    pub scene_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListRecentsResponseBodyRecentDentryListResourceSpaceInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecentsResponseBodyRecentDentryListResourceSpaceInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRecentsResponseBodyRecentDentryListResourceSpaceInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sceneType", &self.scene_type)?;
        object.end()
    }
}
/// The request of [`Api::add_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `members`.
    pub members: Vec<AddPermissionRequestMembers>,
    /// `option`.
    pub option: Option<AddPermissionRequestOption>,
    /// `roleId`.
    pub role_id: String,
}
impl AddPermissionRequest {
    /// A `AddPermissionRequest` with its required fields (`unionId`, `members`, `roleId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        members: impl IntoIterator<Item = AddPermissionRequestMembers>,
        role_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            members: members.into_iter().collect(),
            option: None,
            role_id: role_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddPermissionRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.optional("option", &self.option)?;
        object.field("roleId", &self.role_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "members" => rt::read_field(map, &mut self.members),
            "option" => rt::read_field(map, &mut self.option),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_roles`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryRolesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryUuidList`.
    pub dentry_uuid_list: Vec<String>,
}
impl BatchQueryRolesRequest {
    /// A `BatchQueryRolesRequest` with its required fields (`unionId`, `dentryUuidList`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_uuid_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_uuid_list: dentry_uuid_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchQueryRolesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuidList", &self.dentry_uuid_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryRolesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryRolesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryUuidList" => rt::read_field(map, &mut self.dentry_uuid_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::clean_file`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CleanFileRequest {
    /// `cleanReason`.
    pub clean_reason: Option<String>,
    /// `dentryId`.
    pub dentry_id: Option<i64>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<i64>,
}
impl CleanFileRequest {
    /// An empty `CleanFileRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cleanReason`.
    pub fn clean_reason(mut self, value: impl Into<String>) -> Self {
        self.clean_reason = Some(value.into());
        self
    }
    /// Sets `dentryId`.
    pub fn dentry_id(mut self, value: i64) -> Self {
        self.dentry_id = Some(value);
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: i64) -> Self {
        self.space_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for CleanFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cleanReason", &self.clean_reason)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CleanFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CleanFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cleanReason" => rt::read_field(map, &mut self.clean_reason),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CleanFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::commit_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CommitFileRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `name`.
    pub name: String,
    /// `option`.
    pub option: Option<CommitFileRequestOption>,
    /// `uploadKey`.
    pub upload_key: String,
}
impl CommitFileRequest {
    /// A `CommitFileRequest` with its required fields (`unionId`, `name`, `uploadKey`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        name: impl Into<String>,
        upload_key: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            name: name.into(),
            option: None,
            upload_key: upload_key.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CommitFileRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for CommitFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("option", &self.option)?;
        object.field("uploadKey", &self.upload_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CommitFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CommitFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "name" => rt::read_field(map, &mut self.name),
            "option" => rt::read_field(map, &mut self.option),
            "uploadKey" => rt::read_field(map, &mut self.upload_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CommitFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `members`.
    pub members: Vec<DeletePermissionRequestMembers>,
    /// `roleId`.
    pub role_id: String,
}
impl DeletePermissionRequest {
    /// A `DeletePermissionRequest` with its required fields (`unionId`, `members`, `roleId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        members: impl IntoIterator<Item = DeletePermissionRequestMembers>,
        role_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            members: members.into_iter().collect(),
            role_id: role_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeletePermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("roleId", &self.role_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeletePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeletePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "members" => rt::read_field(map, &mut self.members),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeletePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFileUploadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetFileUploadInfoRequestOption>,
    /// `protocol`.
    pub protocol: String,
}
impl GetFileUploadInfoRequest {
    /// A `GetFileUploadInfoRequest` with its required fields (`unionId`, `protocol`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>, protocol: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
            protocol: protocol.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetFileUploadInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetFileUploadInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("protocol", &self.protocol)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileUploadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileUploadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            "protocol" => rt::read_field(map, &mut self.protocol),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFileUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_permission_inheritance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPermissionInheritanceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetPermissionInheritanceRequest {
    /// A `GetPermissionInheritanceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPermissionInheritanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPermissionInheritanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPermissionInheritanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_permission_share_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPermissionShareScopeRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetPermissionShareScopeRequest {
    /// A `GetPermissionShareScopeRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPermissionShareScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPermissionShareScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPermissionShareScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_operation_logs`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOperationLogsRequest {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `option`.
    pub option: Option<ListOperationLogsRequestOption>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl ListOperationLogsRequest {
    /// An empty `ListOperationLogsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListOperationLogsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListOperationLogsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("option", &self.option)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListOperationLogsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListOperationLogsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "option" => rt::read_field(map, &mut self.option),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListOperationLogsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_permissions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListPermissionsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<ListPermissionsRequestOption>,
}
impl ListPermissionsRequest {
    /// A `ListPermissionsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListPermissionsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListPermissionsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPermissionsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListPermissionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_recents`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecentsRequest {
    /// `fileTypes`: a query parameter, one value per key (`name.1=..`).
    pub file_types: Option<Vec<i64>>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operateTypes`: a query parameter, one value per key (`name.1=..`).
    pub operate_types: Option<Vec<i64>>,
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
}
impl ListRecentsRequest {
    /// An empty `ListRecentsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fileTypes`.
    pub fn file_types(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.file_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `operateTypes`.
    pub fn operate_types(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.operate_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecentsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileTypes" => rt::read_field(map, &mut self.file_types),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operateTypes" => rt::read_field(map, &mut self.operate_types),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListRecentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_flat("fileTypes", &self.file_types);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query_flat("operateTypes", &self.operate_types);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_stars`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListStarsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `orderBy`: a query parameter.
    pub order_by: Option<String>,
    /// `sortType`: a query parameter.
    pub sort_type: Option<String>,
    /// `supportResourceTypes`: a query parameter, one value per key (`name.1=..`).
    pub support_resource_types: Option<Vec<String>>,
}
impl ListStarsRequest {
    /// An empty `ListStarsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `sortType`.
    pub fn sort_type(mut self, value: impl Into<String>) -> Self {
        self.sort_type = Some(value.into());
        self
    }
    /// Sets `supportResourceTypes`.
    pub fn support_resource_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.support_resource_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListStarsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListStarsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "sortType" => rt::read_field(map, &mut self.sort_type),
            "supportResourceTypes" => {
                rt::read_field(map, &mut self.support_resource_types)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListStarsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("orderBy", &self.order_by);
        writer.query("sortType", &self.sort_type);
        writer.query_flat("supportResourceTypes", &self.support_resource_types);
    }
}
/// The request of [`Api::manager_get_default_hand_over_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManagerGetDefaultHandOverUserRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl ManagerGetDefaultHandOverUserRequest {
    /// A `ManagerGetDefaultHandOverUserRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManagerGetDefaultHandOverUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManagerGetDefaultHandOverUserRequest {
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
impl rt::WriteRequest for ManagerGetDefaultHandOverUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::manager_set_default_hand_over_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManagerSetDefaultHandOverUserRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `defaultHandoverUserId`.
    pub default_handover_user_id: Option<String>,
}
impl ManagerSetDefaultHandOverUserRequest {
    /// A `ManagerSetDefaultHandOverUserRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            default_handover_user_id: None,
        }
    }
    /// Sets `defaultHandoverUserId`.
    pub fn default_handover_user_id(mut self, value: impl Into<String>) -> Self {
        self.default_handover_user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ManagerSetDefaultHandOverUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("defaultHandoverUserId", &self.default_handover_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManagerSetDefaultHandOverUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManagerSetDefaultHandOverUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "defaultHandoverUserId" => {
                rt::read_field(map, &mut self.default_handover_user_id)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ManagerSetDefaultHandOverUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchDentriesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `keyword`.
    pub keyword: String,
    /// `option`.
    pub option: Option<SearchDentriesRequestOption>,
}
impl SearchDentriesRequest {
    /// A `SearchDentriesRequest` with its required fields (`operatorId`, `keyword`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, keyword: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            keyword: keyword.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for SearchDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("keyword", &self.keyword)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_publish_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchPublishDentriesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `keyword`.
    pub keyword: String,
    /// `option`.
    pub option: Option<SearchPublishDentriesRequestOption>,
    /// `workspaceId`.
    pub workspace_id: String,
}
impl SearchPublishDentriesRequest {
    /// A `SearchPublishDentriesRequest` with its required fields (`operatorId`, `keyword`, `workspaceId`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        keyword: impl Into<String>,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            keyword: keyword.into(),
            option: None,
            workspace_id: workspace_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchPublishDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for SearchPublishDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("keyword", &self.keyword)?;
        object.optional("option", &self.option)?;
        object.field("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchPublishDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchPublishDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "option" => rt::read_field(map, &mut self.option),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchPublishDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchWorkspacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `keyword`.
    pub keyword: String,
    /// `option`.
    pub option: Option<SearchWorkspacesRequestOption>,
}
impl SearchWorkspacesRequest {
    /// A `SearchWorkspacesRequest` with its required fields (`operatorId`, `keyword`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, keyword: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            keyword: keyword.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchWorkspacesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for SearchWorkspacesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("keyword", &self.keyword)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchWorkspacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_permission_inheritance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetPermissionInheritanceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `inheritance`.
    pub inheritance: String,
}
impl SetPermissionInheritanceRequest {
    /// A `SetPermissionInheritanceRequest` with its required fields (`unionId`, `inheritance`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>, inheritance: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            inheritance: inheritance.into(),
        }
    }
}
impl rt::serde::Serialize for SetPermissionInheritanceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("inheritance", &self.inheritance)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetPermissionInheritanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetPermissionInheritanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "inheritance" => rt::read_field(map, &mut self.inheritance),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetPermissionInheritanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_permission_share_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetPermissionShareScopeRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<SetPermissionShareScopeRequestOption>,
    /// `scope`.
    pub scope: String,
}
impl SetPermissionShareScopeRequest {
    /// A `SetPermissionShareScopeRequest` with its required fields (`unionId`, `scope`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>, scope: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
            scope: scope.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SetPermissionShareScopeRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for SetPermissionShareScopeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("scope", &self.scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetPermissionShareScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetPermissionShareScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetPermissionShareScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdatePermissionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `members`.
    pub members: Vec<UpdatePermissionRequestMembers>,
    /// `option`.
    pub option: Option<UpdatePermissionRequestOption>,
    /// `roleId`.
    pub role_id: String,
}
impl UpdatePermissionRequest {
    /// A `UpdatePermissionRequest` with its required fields (`unionId`, `members`, `roleId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        members: impl IntoIterator<Item = UpdatePermissionRequestMembers>,
        role_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            members: members.into_iter().collect(),
            option: None,
            role_id: role_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: UpdatePermissionRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdatePermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.optional("option", &self.option)?;
        object.field("roleId", &self.role_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "members" => rt::read_field(map, &mut self.members),
            "option" => rt::read_field(map, &mut self.option),
            "roleId" => rt::read_field(map, &mut self.role_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdatePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddPermissionError = rt::ServiceError;
/// An error reply of [`Api::batch_query_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryRolesError = rt::ServiceError;
/// An error reply of [`Api::clean_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CleanFileError = rt::ServiceError;
/// An error reply of [`Api::commit_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CommitFileError = rt::ServiceError;
/// An error reply of [`Api::delete_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePermissionError = rt::ServiceError;
/// An error reply of [`Api::get_file_upload_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileUploadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_permission_inheritance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPermissionInheritanceError = rt::ServiceError;
/// An error reply of [`Api::get_permission_share_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPermissionShareScopeError = rt::ServiceError;
/// An error reply of [`Api::list_operation_logs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListOperationLogsError = rt::ServiceError;
/// An error reply of [`Api::list_permissions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPermissionsError = rt::ServiceError;
/// An error reply of [`Api::list_recents`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRecentsError = rt::ServiceError;
/// An error reply of [`Api::list_stars`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListStarsError = rt::ServiceError;
/// An error reply of [`Api::manager_get_default_hand_over_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManagerGetDefaultHandOverUserError = rt::ServiceError;
/// An error reply of [`Api::manager_set_default_hand_over_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManagerSetDefaultHandOverUserError = rt::ServiceError;
/// An error reply of [`Api::search_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchDentriesError = rt::ServiceError;
/// An error reply of [`Api::search_publish_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchPublishDentriesError = rt::ServiceError;
/// An error reply of [`Api::search_workspaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchWorkspacesError = rt::ServiceError;
/// An error reply of [`Api::set_permission_inheritance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetPermissionInheritanceError = rt::ServiceError;
/// An error reply of [`Api::set_permission_share_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetPermissionShareScopeError = rt::ServiceError;
/// An error reply of [`Api::update_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePermissionError = rt::ServiceError;
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
        "AddPermission" => {
            rt::conformance::reply(
                    api.add_permission(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "BatchQueryRoles" => {
            rt::conformance::reply(api.batch_query_roles(&inputs.request(true)?)).await
        }
        "CleanFile" => {
            rt::conformance::reply(api.clean_file(&inputs.request(true)?)).await
        }
        "CommitFile" => {
            rt::conformance::reply(
                    api.commit_file(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DeletePermission" => {
            rt::conformance::reply(
                    api.delete_permission(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetFileUploadInfo" => {
            rt::conformance::reply(
                    api
                        .get_file_upload_info(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetPermissionInheritance" => {
            rt::conformance::reply(
                    api
                        .get_permission_inheritance(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetPermissionShareScope" => {
            rt::conformance::reply(
                    api
                        .get_permission_share_scope(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListOperationLogs" => {
            rt::conformance::reply(api.list_operation_logs(&inputs.request(true)?)).await
        }
        "ListPermissions" => {
            rt::conformance::reply(
                    api.list_permissions(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "ListRecents" => {
            rt::conformance::reply(api.list_recents(&inputs.request(false)?)).await
        }
        "ListStars" => {
            rt::conformance::reply(api.list_stars(&inputs.request(false)?)).await
        }
        "ManagerGetDefaultHandOverUser" => {
            rt::conformance::reply(
                    api.manager_get_default_hand_over_user(&inputs.request(false)?),
                )
                .await
        }
        "ManagerSetDefaultHandOverUser" => {
            rt::conformance::reply(
                    api.manager_set_default_hand_over_user(&inputs.request(true)?),
                )
                .await
        }
        "SearchDentries" => {
            rt::conformance::reply(api.search_dentries(&inputs.request(true)?)).await
        }
        "SearchPublishDentries" => {
            rt::conformance::reply(api.search_publish_dentries(&inputs.request(true)?))
                .await
        }
        "SearchWorkspaces" => {
            rt::conformance::reply(api.search_workspaces(&inputs.request(true)?)).await
        }
        "SetPermissionInheritance" => {
            rt::conformance::reply(
                    api
                        .set_permission_inheritance(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetPermissionShareScope" => {
            rt::conformance::reply(
                    api
                        .set_permission_share_scope(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdatePermission" => {
            rt::conformance::reply(
                    api.update_permission(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
