// @generated from api-spec/storage_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉存储 2.0 (Storage 2.0)：企业文件与权限。
//!
//! 20 operations, methods of [`Api`] (`client.storage_2_0()`), behind the cargo feature `storage_2_0`; its paths start with `/v2.0/storage/`.
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
    /// `POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions`: DingTalk's `AddPermission` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddPermission")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions")]
    #[doc(alias = "POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions")]
    pub fn add_permission(
        &self,
        dentry_uuid: &str,
        request: &AddPermissionRequest,
    ) -> rt::Call<AddPermissionResponseBody, AddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPermission",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取权限列表
    ///
    /// `POST /v2.0/storage/spaces/dentries/permissions/roles/batchQuery`: DingTalk's `BatchQueryRoles` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryRoles")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/permissions/roles/batchQuery")]
    #[doc(alias = "POST /v2.0/storage/spaces/dentries/permissions/roles/batchQuery")]
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
    /// `POST /v2.0/storage/filemanager/clean`: DingTalk's `CleanFile` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CleanFile")]
    #[doc(alias = "/v2.0/storage/filemanager/clean")]
    #[doc(alias = "POST /v2.0/storage/filemanager/clean")]
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
    /// `POST /v2.0/storage/spaces/files/{parentDentryUuid}/commit`: DingTalk's `CommitFile` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `parent_dentry_uuid`: `{parentDentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CommitFile")]
    #[doc(alias = "/v2.0/storage/spaces/files/{parentDentryUuid}/commit")]
    #[doc(alias = "POST /v2.0/storage/spaces/files/{parentDentryUuid}/commit")]
    pub fn commit_file(
        &self,
        parent_dentry_uuid: &str,
        request: &CommitFileRequest,
    ) -> rt::Call<CommitFileResponseBody, CommitFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CommitFile",
            rt::Method::Post,
            "/v2.0/storage/spaces/files/{parentDentryUuid}/commit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_dentry_uuid], request)
    }
    /// 删除权限
    ///
    /// `POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/remove`: DingTalk's `DeletePermission` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeletePermission")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/remove")]
    #[doc(alias = "POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/remove")]
    pub fn delete_permission(
        &self,
        dentry_uuid: &str,
        request: &DeletePermissionRequest,
    ) -> rt::Call<DeletePermissionResponseBody, DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取文件上传信息
    ///
    /// `POST /v2.0/storage/spaces/files/{parentDentryUuid}/uploadInfos/query`: DingTalk's `GetFileUploadInfo` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `parent_dentry_uuid`: `{parentDentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileUploadInfo")]
    #[doc(alias = "/v2.0/storage/spaces/files/{parentDentryUuid}/uploadInfos/query")]
    #[doc(
        alias = "POST /v2.0/storage/spaces/files/{parentDentryUuid}/uploadInfos/query"
    )]
    pub fn get_file_upload_info(
        &self,
        parent_dentry_uuid: &str,
        request: &GetFileUploadInfoRequest,
    ) -> rt::Call<GetFileUploadInfoResponseBody, GetFileUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileUploadInfo",
            rt::Method::Post,
            "/v2.0/storage/spaces/files/{parentDentryUuid}/uploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[parent_dentry_uuid], request)
    }
    /// 获取权限继承模式
    ///
    /// `GET /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances`: DingTalk's `GetPermissionInheritance` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPermissionInheritance")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances")]
    #[doc(
        alias = "GET /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances"
    )]
    pub fn get_permission_inheritance(
        &self,
        dentry_uuid: &str,
        request: &GetPermissionInheritanceRequest,
    ) -> rt::Call<GetPermissionInheritanceResponseBody, GetPermissionInheritanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPermissionInheritance",
            rt::Method::Get,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取分享范围
    ///
    /// `GET /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes`: DingTalk's `GetPermissionShareScope` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPermissionShareScope")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes")]
    #[doc(alias = "GET /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes")]
    pub fn get_permission_share_scope(
        &self,
        dentry_uuid: &str,
        request: &GetPermissionShareScopeRequest,
    ) -> rt::Call<GetPermissionShareScopeResponseBody, GetPermissionShareScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPermissionShareScope",
            rt::Method::Get,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 查询操作日志
    ///
    /// `POST /v2.0/storage/managements/operationLogs/list`: DingTalk's `ListOperationLogs` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListOperationLogs")]
    #[doc(alias = "/v2.0/storage/managements/operationLogs/list")]
    #[doc(alias = "POST /v2.0/storage/managements/operationLogs/list")]
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
    /// `POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/query`: DingTalk's `ListPermissions` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListPermissions")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/query")]
    #[doc(alias = "POST /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/query")]
    pub fn list_permissions(
        &self,
        dentry_uuid: &str,
        request: &ListPermissionsRequest,
    ) -> rt::Call<ListPermissionsResponseBody, ListPermissionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPermissions",
            rt::Method::Post,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取用户最近访问列表
    ///
    /// `GET /v2.0/storage/recents/listV2`: DingTalk's `ListRecents` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_recents_pages`].
    #[doc(alias = "ListRecents")]
    #[doc(alias = "/v2.0/storage/recents/listV2")]
    #[doc(alias = "GET /v2.0/storage/recents/listV2")]
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
    /// `GET /v2.0/storage/stars/list`: DingTalk's `ListStars` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_stars_pages`].
    #[doc(alias = "ListStars")]
    #[doc(alias = "/v2.0/storage/stars/list")]
    #[doc(alias = "GET /v2.0/storage/stars/list")]
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
    /// `GET /v2.0/storage/managementSettings/defaultHandOverUsers`: DingTalk's `ManagerGetDefaultHandOverUser` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManagerGetDefaultHandOverUser")]
    #[doc(alias = "/v2.0/storage/managementSettings/defaultHandOverUsers")]
    #[doc(alias = "GET /v2.0/storage/managementSettings/defaultHandOverUsers")]
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
    /// `POST /v2.0/storage/managementSettings/defaultHandOverUsers/set`: DingTalk's `ManagerSetDefaultHandOverUser` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManagerSetDefaultHandOverUser")]
    #[doc(alias = "/v2.0/storage/managementSettings/defaultHandOverUsers/set")]
    #[doc(alias = "POST /v2.0/storage/managementSettings/defaultHandOverUsers/set")]
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
    /// `POST /v2.0/storage/dentries/search`: DingTalk's `SearchDentries` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchDentries")]
    #[doc(alias = "/v2.0/storage/dentries/search")]
    #[doc(alias = "POST /v2.0/storage/dentries/search")]
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
    /// `POST /v2.0/storage/publishDentries/search`: DingTalk's `SearchPublishDentries` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchPublishDentries")]
    #[doc(alias = "/v2.0/storage/publishDentries/search")]
    #[doc(alias = "POST /v2.0/storage/publishDentries/search")]
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
    /// `POST /v2.0/storage/workspaces/search`: DingTalk's `SearchWorkspaces` (module feature `storage_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchWorkspaces")]
    #[doc(alias = "/v2.0/storage/workspaces/search")]
    #[doc(alias = "POST /v2.0/storage/workspaces/search")]
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
    /// `PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances`: DingTalk's `SetPermissionInheritance` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetPermissionInheritance")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances")]
    #[doc(
        alias = "PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances"
    )]
    pub fn set_permission_inheritance(
        &self,
        dentry_uuid: &str,
        request: &SetPermissionInheritanceRequest,
    ) -> rt::Call<SetPermissionInheritanceResponseBody, SetPermissionInheritanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetPermissionInheritance",
            rt::Method::Put,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/inheritances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 设置分享范围
    ///
    /// `PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes`: DingTalk's `SetPermissionShareScope` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetPermissionShareScope")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes")]
    #[doc(alias = "PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes")]
    pub fn set_permission_share_scope(
        &self,
        dentry_uuid: &str,
        request: &SetPermissionShareScopeRequest,
    ) -> rt::Call<SetPermissionShareScopeResponseBody, SetPermissionShareScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetPermissionShareScope",
            rt::Method::Put,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 修改权限
    ///
    /// `PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions`: DingTalk's `UpdatePermission` (module feature `storage_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePermission")]
    #[doc(alias = "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions")]
    #[doc(alias = "PUT /v2.0/storage/spaces/dentries/{dentryUuid}/permissions")]
    pub fn update_permission(
        &self,
        dentry_uuid: &str,
        request: &UpdatePermissionRequest,
    ) -> rt::Call<UpdatePermissionResponseBody, UpdatePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermission",
            rt::Method::Put,
            "/v2.0/storage/spaces/dentries/{dentryUuid}/permissions",
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddPermissionRequestMembers`], each named where it is set: `AddPermissionRequestMembers::new(AddPermissionRequestMembersRequired { .. })`.
pub struct AddPermissionRequestMembersRequired {
    /// `id`: see [`AddPermissionRequestMembers::id`].
    pub id: String,
    /// `type`: see [`AddPermissionRequestMembers::r#type`](AddPermissionRequestMembers::type).
    pub r#type: String,
}
impl AddPermissionRequestMembers {
    /// A `AddPermissionRequestMembers` with its required fields (`id`, `type`); set the others with the methods named after them.
    pub fn new(required: AddPermissionRequestMembersRequired) -> Self {
        let AddPermissionRequestMembersRequired { id, r#type } = required;
        Self {
            corp_id: None,
            id,
            name: None,
            r#type,
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
rt::impl_serialize! {
    AddPermissionRequestMembers { "corpId" => optional(corp_id), "id" => field(id),
    "name" => optional(name), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPermissionRequestMembers { "corpId" => read_field(corp_id), "id" =>
    read_field(id), "name" => read_field(name), "type" => read_field(r#type) }
}
/// `AddPermissionRequestOption`, a model several operations share: also named [`UpdatePermissionRequestOption`].
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
rt::impl_serialize! {
    AddPermissionRequestOption { "duration" => optional(duration) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPermissionRequestOption { "duration" => read_field(duration) }
}
/// `AddPermissionResponseBody`, a model several operations share: also named [`DeletePermissionResponseBody`], [`ManagerSetDefaultHandOverUserResponseBody`], [`SetPermissionInheritanceResponseBody`], [`SetPermissionShareScopeResponseBody`], [`UpdatePermissionResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddPermissionResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddPermissionResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddPermissionResponseBody { "success" => optional(success) }
}
/// `BatchQueryRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryRolesResponseBody {
    /// `roleMap`.
    pub role_map: Option<rt::BTreeMap<String, Vec<RoleMapValue>>>,
}
rt::impl_deserialize! {
    BatchQueryRolesResponseBody { "roleMap" => read_field(role_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryRolesResponseBody { "roleMap" => optional(role_map) }
}
/// `CleanFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CleanFileResponseBody {
    /// `failureIds`.
    pub failure_ids: Option<Vec<i64>>,
    /// `successIds`.
    pub success_ids: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    CleanFileResponseBody { "failureIds" => read_field(failure_ids), "successIds" =>
    read_field(success_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CleanFileResponseBody { "failureIds" => optional(failure_ids), "successIds" =>
    optional(success_ids) }
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
rt::impl_serialize! {
    CommitFileRequestOption { "appProperties" => optional(app_properties),
    "classificationLabelId" => optional(classification_label_id), "conflictStrategy" =>
    optional(conflict_strategy), "convertToOnlineDoc" => optional(convert_to_online_doc),
    "convertToOnlineDocTargetDocumentType" =>
    optional(convert_to_online_doc_target_document_type), "size" => optional(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CommitFileRequestOption { "appProperties" => read_field(app_properties),
    "classificationLabelId" => read_field(classification_label_id), "conflictStrategy" =>
    read_field(conflict_strategy), "convertToOnlineDoc" =>
    read_field(convert_to_online_doc), "convertToOnlineDocTargetDocumentType" =>
    read_field(convert_to_online_doc_target_document_type), "size" => read_field(size) }
}
/// `CommitFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CommitFileResponseBody {
    /// `dentry`.
    pub dentry: Option<CommitFileResponseBodyDentry>,
}
rt::impl_deserialize! {
    CommitFileResponseBody { "dentry" => read_field(dentry) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CommitFileResponseBody { "dentry" => optional(dentry) }
}
/// `DeletePermissionRequestMembers`, a model several operations share: also named [`UpdatePermissionRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequestMembers {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`DeletePermissionRequestMembers`], each named where it is set: `DeletePermissionRequestMembers::new(DeletePermissionRequestMembersRequired { .. })`.
pub struct DeletePermissionRequestMembersRequired {
    /// `id`: see [`DeletePermissionRequestMembers::id`].
    pub id: String,
    /// `type`: see [`DeletePermissionRequestMembers::r#type`](DeletePermissionRequestMembers::type).
    pub r#type: String,
}
impl DeletePermissionRequestMembers {
    /// A `DeletePermissionRequestMembers` with its required fields (`id`, `type`); set the others with the methods named after them.
    pub fn new(required: DeletePermissionRequestMembersRequired) -> Self {
        let DeletePermissionRequestMembersRequired { id, r#type } = required;
        Self { corp_id: None, id, r#type }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeletePermissionRequestMembers { "corpId" => optional(corp_id), "id" => field(id),
    "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeletePermissionRequestMembers { "corpId" => read_field(corp_id), "id" =>
    read_field(id), "type" => read_field(r#type) }
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
rt::impl_serialize! {
    GetFileUploadInfoRequestOption { "preCheckParam" => optional(pre_check_param),
    "preferIntranet" => optional(prefer_intranet), "preferRegion" =>
    optional(prefer_region), "storageDriver" => optional(storage_driver) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadInfoRequestOption { "preCheckParam" => read_field(pre_check_param),
    "preferIntranet" => read_field(prefer_intranet), "preferRegion" =>
    read_field(prefer_region), "storageDriver" => read_field(storage_driver) }
}
/// `GetFileUploadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFileUploadInfoResponseBody { "headerSignatureInfo" =>
    read_field(header_signature_info), "protocol" => read_field(protocol),
    "storageDriver" => read_field(storage_driver), "uploadKey" => read_field(upload_key)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileUploadInfoResponseBody { "headerSignatureInfo" =>
    optional(header_signature_info), "protocol" => optional(protocol), "storageDriver" =>
    optional(storage_driver), "uploadKey" => optional(upload_key) }
}
/// `GetPermissionInheritanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPermissionInheritanceResponseBody {
    /// `inheritance`.
    pub inheritance: Option<String>,
}
rt::impl_deserialize! {
    GetPermissionInheritanceResponseBody { "inheritance" => read_field(inheritance) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPermissionInheritanceResponseBody { "inheritance" => optional(inheritance) }
}
/// `GetPermissionShareScopeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPermissionShareScopeResponseBody {
    /// `scope`.
    pub scope: Option<String>,
    /// `scopeWithRole`.
    pub scope_with_role: Option<String>,
}
rt::impl_deserialize! {
    GetPermissionShareScopeResponseBody { "scope" => read_field(scope), "scopeWithRole"
    => read_field(scope_with_role) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPermissionShareScopeResponseBody { "scope" => optional(scope), "scopeWithRole" =>
    optional(scope_with_role) }
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
rt::impl_serialize! {
    ListOperationLogsRequestOption { "actions" => optional(actions), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "operatorId" =>
    optional(operator_id), "scenes" => optional(scenes), "subjectId" =>
    optional(subject_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListOperationLogsRequestOption { "actions" => read_field(actions), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operatorId" =>
    read_field(operator_id), "scenes" => read_field(scenes), "subjectId" =>
    read_field(subject_id) }
}
/// `ListOperationLogsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOperationLogsResponseBody {
    /// `items`.
    pub items: Option<Vec<ListOperationLogsResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListOperationLogsResponseBody { "items" => read_field(items), "nextToken" =>
    read_field(next_token), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOperationLogsResponseBody { "items" => optional(items), "nextToken" =>
    optional(next_token), "totalCount" => optional(total_count) }
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
rt::impl_serialize! {
    ListPermissionsRequestOption { "filterRoleIds" => optional(filter_role_ids),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPermissionsRequestOption { "filterRoleIds" => read_field(filter_role_ids),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token) }
}
/// `ListPermissionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPermissionsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `permissions`.
    pub permissions: Option<Vec<ListPermissionsResponseBodyPermissions>>,
}
rt::impl_deserialize! {
    ListPermissionsResponseBody { "nextToken" => read_field(next_token), "permissions" =>
    read_field(permissions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBody { "nextToken" => optional(next_token), "permissions" =>
    optional(permissions) }
}
/// `ListRecentsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRecentsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentDentryList`.
    pub recent_dentry_list: Option<Vec<ListRecentsResponseBodyRecentDentryList>>,
}
rt::impl_deserialize! {
    ListRecentsResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "recentDentryList" => read_field(recent_dentry_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecentsResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "recentDentryList" => optional(recent_dentry_list) }
}
/// `ListStarsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListStarsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `starList`.
    pub star_list: Option<Vec<ListStarsResponseBodyStarList>>,
}
rt::impl_deserialize! {
    ListStarsResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "starList" => read_field(star_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListStarsResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "starList" => optional(star_list) }
}
/// `ManagerGetDefaultHandOverUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagerGetDefaultHandOverUserResponseBody {
    /// `defaultHandoverUserId`.
    pub default_handover_user_id: Option<String>,
}
rt::impl_deserialize! {
    ManagerGetDefaultHandOverUserResponseBody { "defaultHandoverUserId" =>
    read_field(default_handover_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ManagerGetDefaultHandOverUserResponseBody { "defaultHandoverUserId" =>
    optional(default_handover_user_id) }
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
rt::impl_serialize! {
    SearchDentriesRequestOption { "createTimeRange" => optional(create_time_range),
    "creatorIds" => optional(creator_ids), "dentryCategories" =>
    optional(dentry_categories), "maxResults" => optional(max_results), "modifierIds" =>
    optional(modifier_ids), "nextToken" => optional(next_token), "spaceIds" =>
    optional(space_ids), "visitTimeRange" => optional(visit_time_range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchDentriesRequestOption { "createTimeRange" => read_field(create_time_range),
    "creatorIds" => read_field(creator_ids), "dentryCategories" =>
    read_field(dentry_categories), "maxResults" => read_field(max_results), "modifierIds"
    => read_field(modifier_ids), "nextToken" => read_field(next_token), "spaceIds" =>
    read_field(space_ids), "visitTimeRange" => read_field(visit_time_range) }
}
/// `SearchDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchDentriesResponseBody {
    /// `items`.
    pub items: Option<Vec<SearchDentriesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    SearchDentriesResponseBody { "items" => read_field(items), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchDentriesResponseBody { "items" => optional(items), "nextToken" =>
    optional(next_token) }
}
/// `SearchPublishDentriesRequestOption`, a model several operations share: also named [`SearchWorkspacesRequestOption`].
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
rt::impl_serialize! {
    SearchPublishDentriesRequestOption { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchPublishDentriesRequestOption { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
/// `SearchPublishDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchPublishDentriesResponseBody {
    /// `items`.
    pub items: Option<Vec<SearchPublishDentriesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    SearchPublishDentriesResponseBody { "items" => read_field(items), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchPublishDentriesResponseBody { "items" => optional(items), "nextToken" =>
    optional(next_token) }
}
/// `SearchWorkspacesRequestOption`: the same model as [`SearchPublishDentriesRequestOption`].
pub type SearchWorkspacesRequestOption = SearchPublishDentriesRequestOption;
/// `SearchWorkspacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchWorkspacesResponseBody {
    /// `items`.
    pub items: Option<Vec<SearchWorkspacesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    SearchWorkspacesResponseBody { "items" => read_field(items), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchWorkspacesResponseBody { "items" => optional(items), "nextToken" =>
    optional(next_token) }
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
rt::impl_serialize! {
    SetPermissionShareScopeRequestOption { "canSearch" => optional(can_search) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetPermissionShareScopeRequestOption { "canSearch" => read_field(can_search) }
}
/// `SetPermissionShareScopeResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type SetPermissionShareScopeResponseBody = AddPermissionResponseBody;
/// `UpdatePermissionRequestMembers`: the same model as [`DeletePermissionRequestMembers`].
pub type UpdatePermissionRequestMembers = DeletePermissionRequestMembers;
/// The required fields of [`UpdatePermissionRequestMembers`].
pub type UpdatePermissionRequestMembersRequired = DeletePermissionRequestMembersRequired;
/// `UpdatePermissionRequestOption`: the same model as [`AddPermissionRequestOption`].
pub type UpdatePermissionRequestOption = AddPermissionRequestOption;
/// `UpdatePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UpdatePermissionResponseBody = AddPermissionResponseBody;
/// `RoleMapValue`, a model several operations share: also named [`ListPermissionsResponseBodyPermissionsRole`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RoleMapValue {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    RoleMapValue { "id" => read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RoleMapValue { "id" => optional(id), "name" => optional(name) }
}
/// `CommitFileRequestOptionAppProperties`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CommitFileRequestOptionAppProperties {
    /// `name`.
    pub name: String,
    /// `value`.
    pub value: String,
    /// `visibility`.
    pub visibility: String,
}
/// The required fields of [`CommitFileRequestOptionAppProperties`], each named where it is set: `CommitFileRequestOptionAppProperties::new(CommitFileRequestOptionAppPropertiesRequired { .. })`.
pub struct CommitFileRequestOptionAppPropertiesRequired {
    /// `name`: see [`CommitFileRequestOptionAppProperties::name`].
    pub name: String,
    /// `value`: see [`CommitFileRequestOptionAppProperties::value`].
    pub value: String,
    /// `visibility`: see [`CommitFileRequestOptionAppProperties::visibility`].
    pub visibility: String,
}
impl CommitFileRequestOptionAppProperties {
    /// A `CommitFileRequestOptionAppProperties` with its required fields (`name`, `value`, `visibility`); set the others with the methods named after them.
    pub fn new(required: CommitFileRequestOptionAppPropertiesRequired) -> Self {
        let CommitFileRequestOptionAppPropertiesRequired { name, value, visibility } = required;
        Self { name, value, visibility }
    }
}
rt::impl_serialize! {
    CommitFileRequestOptionAppProperties { "name" => field(name), "value" =>
    field(value), "visibility" => field(visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CommitFileRequestOptionAppProperties { "name" => read_field(name), "value" =>
    read_field(value), "visibility" => read_field(visibility) }
}
/// `CommitFileResponseBodyDentry`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CommitFileResponseBodyDentry { "appProperties" => read_field(app_properties),
    "category" => read_field(category), "createTime" => read_field(create_time),
    "creatorId" => read_field(creator_id), "extension" => read_field(extension), "id" =>
    read_field(id), "modifiedTime" => read_field(modified_time), "modifierId" =>
    read_field(modifier_id), "name" => read_field(name), "parentId" =>
    read_field(parent_id), "partitionType" => read_field(partition_type), "path" =>
    read_field(path), "properties" => read_field(properties), "size" => read_field(size),
    "spaceId" => read_field(space_id), "status" => read_field(status), "storageDriver" =>
    read_field(storage_driver), "thumbnail" => read_field(thumbnail), "type" =>
    read_field(r#type), "uuid" => read_field(uuid), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CommitFileResponseBodyDentry { "appProperties" => optional(app_properties),
    "category" => optional(category), "createTime" => optional(create_time), "creatorId"
    => optional(creator_id), "extension" => optional(extension), "id" => optional(id),
    "modifiedTime" => optional(modified_time), "modifierId" => optional(modifier_id),
    "name" => optional(name), "parentId" => optional(parent_id), "partitionType" =>
    optional(partition_type), "path" => optional(path), "properties" =>
    optional(properties), "size" => optional(size), "spaceId" => optional(space_id),
    "status" => optional(status), "storageDriver" => optional(storage_driver),
    "thumbnail" => optional(thumbnail), "type" => optional(r#type), "uuid" =>
    optional(uuid), "version" => optional(version) }
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
rt::impl_serialize! {
    GetFileUploadInfoRequestOptionPreCheckParam { "name" => optional(name), "size" =>
    optional(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadInfoRequestOptionPreCheckParam { "name" => read_field(name), "size" =>
    read_field(size) }
}
/// `GetFileUploadInfoResponseBodyHeaderSignatureInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFileUploadInfoResponseBodyHeaderSignatureInfo { "expirationSeconds" =>
    read_field(expiration_seconds), "headers" => read_field(headers),
    "internalResourceUrls" => read_field(internal_resource_urls), "region" =>
    read_field(region), "resourceUrls" => read_field(resource_urls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileUploadInfoResponseBodyHeaderSignatureInfo { "expirationSeconds" =>
    optional(expiration_seconds), "headers" => optional(headers), "internalResourceUrls"
    => optional(internal_resource_urls), "region" => optional(region), "resourceUrls" =>
    optional(resource_urls) }
}
/// `ListOperationLogsResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListOperationLogsResponseBodyItems { "action" => read_field(action), "details" =>
    read_field(details), "id" => read_field(id), "operateTime" =>
    read_field(operate_time), "operatorId" => read_field(operator_id), "scene" =>
    read_field(scene), "subjectId" => read_field(subject_id), "subjectName" =>
    read_field(subject_name), "subjectType" => read_field(subject_type), "subjectUrl" =>
    read_field(subject_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOperationLogsResponseBodyItems { "action" => optional(action), "details" =>
    optional(details), "id" => optional(id), "operateTime" => optional(operate_time),
    "operatorId" => optional(operator_id), "scene" => optional(scene), "subjectId" =>
    optional(subject_id), "subjectName" => optional(subject_name), "subjectType" =>
    optional(subject_type), "subjectUrl" => optional(subject_url) }
}
/// `ListPermissionsResponseBodyPermissions`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListPermissionsResponseBodyPermissions { "dentryUuid" => read_field(dentry_uuid),
    "duration" => read_field(duration), "member" => read_field(member), "role" =>
    read_field(role) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBodyPermissions { "dentryUuid" => optional(dentry_uuid),
    "duration" => optional(duration), "member" => optional(member), "role" =>
    optional(role) }
}
/// `ListRecentsResponseBodyRecentDentryList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListRecentsResponseBodyRecentDentryList { "accessTime" => read_field(access_time),
    "deleted" => read_field(deleted), "icon" => read_field(icon), "operateType" =>
    read_field(operate_type), "resource" => read_field(resource) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecentsResponseBodyRecentDentryList { "accessTime" => optional(access_time),
    "deleted" => optional(deleted), "icon" => optional(icon), "operateType" =>
    optional(operate_type), "resource" => optional(resource) }
}
/// `ListStarsResponseBodyStarList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListStarsResponseBodyStarList { "createTime" => read_field(create_time), "id" =>
    read_field(id), "location" => read_field(location), "resource" =>
    read_field(resource), "resourceType" => read_field(resource_type), "starType" =>
    read_field(star_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListStarsResponseBodyStarList { "createTime" => optional(create_time), "id" =>
    optional(id), "location" => optional(location), "resource" => optional(resource),
    "resourceType" => optional(resource_type), "starType" => optional(star_type) }
}
/// `SearchDentriesRequestOptionCreateTimeRange`, a model several operations share: also named [`SearchDentriesRequestOptionVisitTimeRange`].
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
rt::impl_serialize! {
    SearchDentriesRequestOptionCreateTimeRange { "endTime" => optional(end_time),
    "startTime" => optional(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchDentriesRequestOptionCreateTimeRange { "endTime" => read_field(end_time),
    "startTime" => read_field(start_time) }
}
/// `SearchDentriesRequestOptionVisitTimeRange`: the same model as [`SearchDentriesRequestOptionCreateTimeRange`].
pub type SearchDentriesRequestOptionVisitTimeRange = SearchDentriesRequestOptionCreateTimeRange;
/// `SearchDentriesResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchDentriesResponseBodyItems { "creator" => read_field(creator), "dentryUuid" =>
    read_field(dentry_uuid), "lastModifyTime" => read_field(last_modify_time), "modifier"
    => read_field(modifier), "name" => read_field(name), "path" => read_field(path) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchDentriesResponseBodyItems { "creator" => optional(creator), "dentryUuid" =>
    optional(dentry_uuid), "lastModifyTime" => optional(last_modify_time), "modifier" =>
    optional(modifier), "name" => optional(name), "path" => optional(path) }
}
/// `SearchPublishDentriesResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchPublishDentriesResponseBodyItems { "name" => read_field(name), "path" =>
    read_field(path), "summary" => read_field(summary), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchPublishDentriesResponseBodyItems { "name" => optional(name), "path" =>
    optional(path), "summary" => optional(summary), "url" => optional(url) }
}
/// `SearchWorkspacesResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchWorkspacesResponseBodyItems {
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    SearchWorkspacesResponseBodyItems { "name" => read_field(name), "url" =>
    read_field(url), "workspaceId" => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchWorkspacesResponseBodyItems { "name" => optional(name), "url" => optional(url),
    "workspaceId" => optional(workspace_id) }
}
/// `DentryAppPropertiesValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryAppPropertiesValue {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    DentryAppPropertiesValue { "name" => read_field(name), "value" => read_field(value),
    "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryAppPropertiesValue { "name" => optional(name), "value" => optional(value),
    "visibility" => optional(visibility) }
}
/// `CommitFileResponseBodyDentryProperties`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CommitFileResponseBodyDentryProperties {
    /// `readOnly`.
    pub read_only: Option<bool>,
}
rt::impl_deserialize! {
    CommitFileResponseBodyDentryProperties { "readOnly" => read_field(read_only) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CommitFileResponseBodyDentryProperties { "readOnly" => optional(read_only) }
}
/// `CommitFileResponseBodyDentryThumbnail`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CommitFileResponseBodyDentryThumbnail {
    /// `height`.
    pub height: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `width`.
    pub width: Option<i64>,
}
rt::impl_deserialize! {
    CommitFileResponseBodyDentryThumbnail { "height" => read_field(height), "url" =>
    read_field(url), "width" => read_field(width) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CommitFileResponseBodyDentryThumbnail { "height" => optional(height), "url" =>
    optional(url), "width" => optional(width) }
}
/// `ListPermissionsResponseBodyPermissionsMember`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListPermissionsResponseBodyPermissionsMember { "corpId" => read_field(corp_id), "id"
    => read_field(id), "name" => read_field(name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBodyPermissionsMember { "corpId" => optional(corp_id), "id" =>
    optional(id), "name" => optional(name), "type" => optional(r#type) }
}
/// `ListPermissionsResponseBodyPermissionsRole`: the same model as [`RoleMapValue`].
pub type ListPermissionsResponseBodyPermissionsRole = RoleMapValue;
/// `ListRecentsResponseBodyRecentDentryListResource`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListRecentsResponseBodyRecentDentryListResource { "dentryUuid" =>
    read_field(dentry_uuid), "driveDentryId" => read_field(drive_dentry_id),
    "driveSpaceId" => read_field(drive_space_id), "extension" => read_field(extension),
    "name" => read_field(name), "spaceInfo" => read_field(space_info), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecentsResponseBodyRecentDentryListResource { "dentryUuid" =>
    optional(dentry_uuid), "driveDentryId" => optional(drive_dentry_id), "driveSpaceId"
    => optional(drive_space_id), "extension" => optional(extension), "name" =>
    optional(name), "spaceInfo" => optional(space_info), "url" => optional(url) }
}
/// `ListStarsResponseBodyStarListResource`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListStarsResponseBodyStarListResource { "contentType" => read_field(content_type),
    "dentryType" => read_field(dentry_type), "dentryUuid" => read_field(dentry_uuid),
    "name" => read_field(name), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListStarsResponseBodyStarListResource { "contentType" => optional(content_type),
    "dentryType" => optional(dentry_type), "dentryUuid" => optional(dentry_uuid), "name"
    => optional(name), "url" => optional(url) }
}
/// `SearchDentriesResponseBodyItemsCreator`, a model several operations share: also named [`SearchDentriesResponseBodyItemsModifier`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchDentriesResponseBodyItemsCreator {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    SearchDentriesResponseBodyItemsCreator { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchDentriesResponseBodyItemsCreator { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `SearchDentriesResponseBodyItemsModifier`: the same model as [`SearchDentriesResponseBodyItemsCreator`].
pub type SearchDentriesResponseBodyItemsModifier = SearchDentriesResponseBodyItemsCreator;
/// `SearchDentriesResponseBodyItemsPath`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchDentriesResponseBodyItemsPath {
    /// `longPath`.
    pub long_path: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    SearchDentriesResponseBodyItemsPath { "longPath" => read_field(long_path), "path" =>
    read_field(path), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchDentriesResponseBodyItemsPath { "longPath" => optional(long_path), "path" =>
    optional(path), "url" => optional(url) }
}
/// `ListRecentsResponseBodyRecentDentryListResourceSpaceInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRecentsResponseBodyRecentDentryListResourceSpaceInfo {
    /// `sceneType`.
    pub scene_type: Option<String>,
}
rt::impl_deserialize! {
    ListRecentsResponseBodyRecentDentryListResourceSpaceInfo { "sceneType" =>
    read_field(scene_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecentsResponseBodyRecentDentryListResourceSpaceInfo { "sceneType" =>
    optional(scene_type) }
}
/// The request of [`Api::add_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddPermissionRequest`], each named where it is set: `AddPermissionRequest::new(AddPermissionRequired { .. })`.
pub struct AddPermissionRequired {
    /// `unionId`: see [`AddPermissionRequest::union_id`].
    pub union_id: String,
    /// `members`: see [`AddPermissionRequest::members`].
    pub members: Vec<AddPermissionRequestMembers>,
    /// `roleId`: see [`AddPermissionRequest::role_id`].
    pub role_id: String,
}
impl AddPermissionRequest {
    /// A `AddPermissionRequest` with its required fields (`unionId`, `members`, `roleId`); set the others with the methods named after them.
    pub fn new(required: AddPermissionRequired) -> Self {
        let AddPermissionRequired { union_id, members, role_id } = required;
        Self {
            union_id,
            members,
            option: None,
            role_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddPermissionRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddPermissionRequest { "members" => field(members), "option" => optional(option),
    "roleId" => field(role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPermissionRequest { "unionId" => read_field(union_id), "members" =>
    read_field(members), "option" => read_field(option), "roleId" => read_field(role_id)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryRolesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryUuidList`.
    pub dentry_uuid_list: Vec<String>,
}
/// The required fields of [`BatchQueryRolesRequest`], each named where it is set: `BatchQueryRolesRequest::new(BatchQueryRolesRequired { .. })`.
pub struct BatchQueryRolesRequired {
    /// `unionId`: see [`BatchQueryRolesRequest::union_id`].
    pub union_id: String,
    /// `dentryUuidList`: see [`BatchQueryRolesRequest::dentry_uuid_list`].
    pub dentry_uuid_list: Vec<String>,
}
impl BatchQueryRolesRequest {
    /// A `BatchQueryRolesRequest` with its required fields (`unionId`, `dentryUuidList`); set the others with the methods named after them.
    pub fn new(required: BatchQueryRolesRequired) -> Self {
        let BatchQueryRolesRequired { union_id, dentry_uuid_list } = required;
        Self { union_id, dentry_uuid_list }
    }
}
rt::impl_serialize! {
    BatchQueryRolesRequest { "dentryUuidList" => field(dentry_uuid_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryRolesRequest { "unionId" => read_field(union_id), "dentryUuidList" =>
    read_field(dentry_uuid_list) }
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
rt::impl_serialize! {
    CleanFileRequest { "cleanReason" => optional(clean_reason), "dentryId" =>
    optional(dentry_id), "operatorId" => optional(operator_id), "spaceId" =>
    optional(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CleanFileRequest { "cleanReason" => read_field(clean_reason), "dentryId" =>
    read_field(dentry_id), "operatorId" => read_field(operator_id), "spaceId" =>
    read_field(space_id) }
}
impl rt::WriteRequest for CleanFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::commit_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CommitFileRequest`], each named where it is set: `CommitFileRequest::new(CommitFileRequired { .. })`.
pub struct CommitFileRequired {
    /// `unionId`: see [`CommitFileRequest::union_id`].
    pub union_id: String,
    /// `name`: see [`CommitFileRequest::name`].
    pub name: String,
    /// `uploadKey`: see [`CommitFileRequest::upload_key`].
    pub upload_key: String,
}
impl CommitFileRequest {
    /// A `CommitFileRequest` with its required fields (`unionId`, `name`, `uploadKey`); set the others with the methods named after them.
    pub fn new(required: CommitFileRequired) -> Self {
        let CommitFileRequired { union_id, name, upload_key } = required;
        Self {
            union_id,
            name,
            option: None,
            upload_key,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CommitFileRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    CommitFileRequest { "name" => field(name), "option" => optional(option), "uploadKey"
    => field(upload_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CommitFileRequest { "unionId" => read_field(union_id), "name" => read_field(name),
    "option" => read_field(option), "uploadKey" => read_field(upload_key) }
}
impl rt::WriteRequest for CommitFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `members`.
    pub members: Vec<DeletePermissionRequestMembers>,
    /// `roleId`.
    pub role_id: String,
}
/// The required fields of [`DeletePermissionRequest`], each named where it is set: `DeletePermissionRequest::new(DeletePermissionRequired { .. })`.
pub struct DeletePermissionRequired {
    /// `unionId`: see [`DeletePermissionRequest::union_id`].
    pub union_id: String,
    /// `members`: see [`DeletePermissionRequest::members`].
    pub members: Vec<DeletePermissionRequestMembers>,
    /// `roleId`: see [`DeletePermissionRequest::role_id`].
    pub role_id: String,
}
impl DeletePermissionRequest {
    /// A `DeletePermissionRequest` with its required fields (`unionId`, `members`, `roleId`); set the others with the methods named after them.
    pub fn new(required: DeletePermissionRequired) -> Self {
        let DeletePermissionRequired { union_id, members, role_id } = required;
        Self { union_id, members, role_id }
    }
}
rt::impl_serialize! {
    DeletePermissionRequest { "members" => field(members), "roleId" => field(role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeletePermissionRequest { "unionId" => read_field(union_id), "members" =>
    read_field(members), "roleId" => read_field(role_id) }
}
impl rt::WriteRequest for DeletePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFileUploadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetFileUploadInfoRequestOption>,
    /// `protocol`.
    pub protocol: String,
}
/// The required fields of [`GetFileUploadInfoRequest`], each named where it is set: `GetFileUploadInfoRequest::new(GetFileUploadInfoRequired { .. })`.
pub struct GetFileUploadInfoRequired {
    /// `unionId`: see [`GetFileUploadInfoRequest::union_id`].
    pub union_id: String,
    /// `protocol`: see [`GetFileUploadInfoRequest::protocol`].
    pub protocol: String,
}
impl GetFileUploadInfoRequest {
    /// A `GetFileUploadInfoRequest` with its required fields (`unionId`, `protocol`); set the others with the methods named after them.
    pub fn new(required: GetFileUploadInfoRequired) -> Self {
        let GetFileUploadInfoRequired { union_id, protocol } = required;
        Self {
            union_id,
            option: None,
            protocol,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetFileUploadInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileUploadInfoRequest { "option" => optional(option), "protocol" =>
    field(protocol) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadInfoRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option), "protocol" => read_field(protocol) }
}
impl rt::WriteRequest for GetFileUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_permission_inheritance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPermissionInheritanceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetPermissionInheritanceRequest`], each named where it is set: `GetPermissionInheritanceRequest::new(GetPermissionInheritanceRequired { .. })`.
pub struct GetPermissionInheritanceRequired {
    /// `unionId`: see [`GetPermissionInheritanceRequest::union_id`].
    pub union_id: String,
}
impl GetPermissionInheritanceRequest {
    /// A `GetPermissionInheritanceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetPermissionInheritanceRequired) -> Self {
        let GetPermissionInheritanceRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPermissionInheritanceRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetPermissionInheritanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_permission_share_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPermissionShareScopeRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetPermissionShareScopeRequest`], each named where it is set: `GetPermissionShareScopeRequest::new(GetPermissionShareScopeRequired { .. })`.
pub struct GetPermissionShareScopeRequired {
    /// `unionId`: see [`GetPermissionShareScopeRequest::union_id`].
    pub union_id: String,
}
impl GetPermissionShareScopeRequest {
    /// A `GetPermissionShareScopeRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetPermissionShareScopeRequired) -> Self {
        let GetPermissionShareScopeRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPermissionShareScopeRequest { "unionId" => read_field(union_id) }
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
rt::impl_serialize! {
    ListOperationLogsRequest { "endTime" => optional(end_time), "option" =>
    optional(option), "startTime" => optional(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListOperationLogsRequest { "endTime" => read_field(end_time), "option" =>
    read_field(option), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for ListOperationLogsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_permissions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListPermissionsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<ListPermissionsRequestOption>,
}
/// The required fields of [`ListPermissionsRequest`], each named where it is set: `ListPermissionsRequest::new(ListPermissionsRequired { .. })`.
pub struct ListPermissionsRequired {
    /// `unionId`: see [`ListPermissionsRequest::union_id`].
    pub union_id: String,
}
impl ListPermissionsRequest {
    /// A `ListPermissionsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ListPermissionsRequired) -> Self {
        let ListPermissionsRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListPermissionsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListPermissionsRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPermissionsRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecentsRequest { "fileTypes" => read_field(file_types), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operateTypes" =>
    read_field(operate_types), "operatorId" => read_field(operator_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListStarsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "orderBy" =>
    read_field(order_by), "sortType" => read_field(sort_type), "supportResourceTypes" =>
    read_field(support_resource_types) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManagerGetDefaultHandOverUserRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ManagerGetDefaultHandOverUserRequest`], each named where it is set: `ManagerGetDefaultHandOverUserRequest::new(ManagerGetDefaultHandOverUserRequired { .. })`.
pub struct ManagerGetDefaultHandOverUserRequired {
    /// `operatorId`: see [`ManagerGetDefaultHandOverUserRequest::operator_id`].
    pub operator_id: String,
}
impl ManagerGetDefaultHandOverUserRequest {
    /// A `ManagerGetDefaultHandOverUserRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ManagerGetDefaultHandOverUserRequired) -> Self {
        let ManagerGetDefaultHandOverUserRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManagerGetDefaultHandOverUserRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ManagerGetDefaultHandOverUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::manager_set_default_hand_over_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManagerSetDefaultHandOverUserRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `defaultHandoverUserId`.
    pub default_handover_user_id: Option<String>,
}
/// The required fields of [`ManagerSetDefaultHandOverUserRequest`], each named where it is set: `ManagerSetDefaultHandOverUserRequest::new(ManagerSetDefaultHandOverUserRequired { .. })`.
pub struct ManagerSetDefaultHandOverUserRequired {
    /// `operatorId`: see [`ManagerSetDefaultHandOverUserRequest::operator_id`].
    pub operator_id: String,
}
impl ManagerSetDefaultHandOverUserRequest {
    /// A `ManagerSetDefaultHandOverUserRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ManagerSetDefaultHandOverUserRequired) -> Self {
        let ManagerSetDefaultHandOverUserRequired { operator_id } = required;
        Self {
            operator_id,
            default_handover_user_id: None,
        }
    }
    /// Sets `defaultHandoverUserId`.
    pub fn default_handover_user_id(mut self, value: impl Into<String>) -> Self {
        self.default_handover_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ManagerSetDefaultHandOverUserRequest { "defaultHandoverUserId" =>
    optional(default_handover_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManagerSetDefaultHandOverUserRequest { "operatorId" => read_field(operator_id),
    "defaultHandoverUserId" => read_field(default_handover_user_id) }
}
impl rt::WriteRequest for ManagerSetDefaultHandOverUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchDentriesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `keyword`.
    pub keyword: String,
    /// `option`.
    pub option: Option<SearchDentriesRequestOption>,
}
/// The required fields of [`SearchDentriesRequest`], each named where it is set: `SearchDentriesRequest::new(SearchDentriesRequired { .. })`.
pub struct SearchDentriesRequired {
    /// `operatorId`: see [`SearchDentriesRequest::operator_id`].
    pub operator_id: String,
    /// `keyword`: see [`SearchDentriesRequest::keyword`].
    pub keyword: String,
}
impl SearchDentriesRequest {
    /// A `SearchDentriesRequest` with its required fields (`operatorId`, `keyword`); set the others with the methods named after them.
    pub fn new(required: SearchDentriesRequired) -> Self {
        let SearchDentriesRequired { operator_id, keyword } = required;
        Self {
            operator_id,
            keyword,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchDentriesRequest { "keyword" => field(keyword), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchDentriesRequest { "operatorId" => read_field(operator_id), "keyword" =>
    read_field(keyword), "option" => read_field(option) }
}
impl rt::WriteRequest for SearchDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_publish_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SearchPublishDentriesRequest`], each named where it is set: `SearchPublishDentriesRequest::new(SearchPublishDentriesRequired { .. })`.
pub struct SearchPublishDentriesRequired {
    /// `operatorId`: see [`SearchPublishDentriesRequest::operator_id`].
    pub operator_id: String,
    /// `keyword`: see [`SearchPublishDentriesRequest::keyword`].
    pub keyword: String,
    /// `workspaceId`: see [`SearchPublishDentriesRequest::workspace_id`].
    pub workspace_id: String,
}
impl SearchPublishDentriesRequest {
    /// A `SearchPublishDentriesRequest` with its required fields (`operatorId`, `keyword`, `workspaceId`); set the others with the methods named after them.
    pub fn new(required: SearchPublishDentriesRequired) -> Self {
        let SearchPublishDentriesRequired { operator_id, keyword, workspace_id } = required;
        Self {
            operator_id,
            keyword,
            option: None,
            workspace_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchPublishDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchPublishDentriesRequest { "keyword" => field(keyword), "option" =>
    optional(option), "workspaceId" => field(workspace_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchPublishDentriesRequest { "operatorId" => read_field(operator_id), "keyword" =>
    read_field(keyword), "option" => read_field(option), "workspaceId" =>
    read_field(workspace_id) }
}
impl rt::WriteRequest for SearchPublishDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchWorkspacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `keyword`.
    pub keyword: String,
    /// `option`.
    pub option: Option<SearchWorkspacesRequestOption>,
}
/// The required fields of [`SearchWorkspacesRequest`], each named where it is set: `SearchWorkspacesRequest::new(SearchWorkspacesRequired { .. })`.
pub struct SearchWorkspacesRequired {
    /// `operatorId`: see [`SearchWorkspacesRequest::operator_id`].
    pub operator_id: String,
    /// `keyword`: see [`SearchWorkspacesRequest::keyword`].
    pub keyword: String,
}
impl SearchWorkspacesRequest {
    /// A `SearchWorkspacesRequest` with its required fields (`operatorId`, `keyword`); set the others with the methods named after them.
    pub fn new(required: SearchWorkspacesRequired) -> Self {
        let SearchWorkspacesRequired { operator_id, keyword } = required;
        Self {
            operator_id,
            keyword,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchWorkspacesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchWorkspacesRequest { "keyword" => field(keyword), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchWorkspacesRequest { "operatorId" => read_field(operator_id), "keyword" =>
    read_field(keyword), "option" => read_field(option) }
}
impl rt::WriteRequest for SearchWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_permission_inheritance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetPermissionInheritanceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `inheritance`.
    pub inheritance: String,
}
/// The required fields of [`SetPermissionInheritanceRequest`], each named where it is set: `SetPermissionInheritanceRequest::new(SetPermissionInheritanceRequired { .. })`.
pub struct SetPermissionInheritanceRequired {
    /// `unionId`: see [`SetPermissionInheritanceRequest::union_id`].
    pub union_id: String,
    /// `inheritance`: see [`SetPermissionInheritanceRequest::inheritance`].
    pub inheritance: String,
}
impl SetPermissionInheritanceRequest {
    /// A `SetPermissionInheritanceRequest` with its required fields (`unionId`, `inheritance`); set the others with the methods named after them.
    pub fn new(required: SetPermissionInheritanceRequired) -> Self {
        let SetPermissionInheritanceRequired { union_id, inheritance } = required;
        Self { union_id, inheritance }
    }
}
rt::impl_serialize! {
    SetPermissionInheritanceRequest { "inheritance" => field(inheritance) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetPermissionInheritanceRequest { "unionId" => read_field(union_id), "inheritance" =>
    read_field(inheritance) }
}
impl rt::WriteRequest for SetPermissionInheritanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_permission_share_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetPermissionShareScopeRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<SetPermissionShareScopeRequestOption>,
    /// `scope`.
    pub scope: String,
}
/// The required fields of [`SetPermissionShareScopeRequest`], each named where it is set: `SetPermissionShareScopeRequest::new(SetPermissionShareScopeRequired { .. })`.
pub struct SetPermissionShareScopeRequired {
    /// `unionId`: see [`SetPermissionShareScopeRequest::union_id`].
    pub union_id: String,
    /// `scope`: see [`SetPermissionShareScopeRequest::scope`].
    pub scope: String,
}
impl SetPermissionShareScopeRequest {
    /// A `SetPermissionShareScopeRequest` with its required fields (`unionId`, `scope`); set the others with the methods named after them.
    pub fn new(required: SetPermissionShareScopeRequired) -> Self {
        let SetPermissionShareScopeRequired { union_id, scope } = required;
        Self {
            union_id,
            option: None,
            scope,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SetPermissionShareScopeRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetPermissionShareScopeRequest { "option" => optional(option), "scope" =>
    field(scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetPermissionShareScopeRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option), "scope" => read_field(scope) }
}
impl rt::WriteRequest for SetPermissionShareScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdatePermissionRequest`], each named where it is set: `UpdatePermissionRequest::new(UpdatePermissionRequired { .. })`.
pub struct UpdatePermissionRequired {
    /// `unionId`: see [`UpdatePermissionRequest::union_id`].
    pub union_id: String,
    /// `members`: see [`UpdatePermissionRequest::members`].
    pub members: Vec<UpdatePermissionRequestMembers>,
    /// `roleId`: see [`UpdatePermissionRequest::role_id`].
    pub role_id: String,
}
impl UpdatePermissionRequest {
    /// A `UpdatePermissionRequest` with its required fields (`unionId`, `members`, `roleId`); set the others with the methods named after them.
    pub fn new(required: UpdatePermissionRequired) -> Self {
        let UpdatePermissionRequired { union_id, members, role_id } = required;
        Self {
            union_id,
            members,
            option: None,
            role_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: UpdatePermissionRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdatePermissionRequest { "members" => field(members), "option" => optional(option),
    "roleId" => field(role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePermissionRequest { "unionId" => read_field(union_id), "members" =>
    read_field(members), "option" => read_field(option), "roleId" => read_field(role_id)
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
