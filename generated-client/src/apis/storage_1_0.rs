// @generated from api-spec/storage_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉存储 (Storage)：空间、文件、文件夹与权限。
//!
//! 46 operations, methods of [`Api`] (`client.storage_1_0()`), behind the cargo feature `storage_1_0`; its paths start with `/v1.0/storage/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `storage_1_0`. Get it with `client.storage_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{parentId}/folders`: DingTalk's `AddFolder` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `parent_id`: `{parentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddFolder")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{parentId}/folders")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{parentId}/folders")]
    pub fn add_folder(
        &self,
        space_id: &str,
        parent_id: &str,
        request: &AddFolderRequest,
    ) -> rt::Call<AddFolderResponseBody, AddFolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddFolder",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{parentId}/folders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, parent_id], request)
    }
    /// 添加权限
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions`: DingTalk's `AddPermission` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddPermission")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions")]
    pub fn add_permission(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &AddPermissionRequest,
    ) -> rt::Call<AddPermissionResponseBody, AddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPermission",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 添加空间
    ///
    /// `POST /v1.0/storage/spaces`: DingTalk's `AddSpace` (module feature `storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddSpace")]
    #[doc(alias = "/v1.0/storage/spaces")]
    #[doc(alias = "POST /v1.0/storage/spaces")]
    pub fn add_space(
        &self,
        request: &AddSpaceRequest,
    ) -> rt::Call<AddSpaceResponseBody, AddSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddSpace",
            rt::Method::Post,
            "/v1.0/storage/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取权限列表
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/permissions/roles/batchQuery`: DingTalk's `BatchQueryRoles` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryRoles")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/permissions/roles/batchQuery"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/permissions/roles/batchQuery"
    )]
    pub fn batch_query_roles(
        &self,
        space_id: &str,
        request: &BatchQueryRolesRequest,
    ) -> rt::Call<BatchQueryRolesResponseBody, BatchQueryRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryRoles",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/permissions/roles/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 清空回收站
    ///
    /// `POST /v1.0/storage/recycleBins/{recycleBinId}/clear`: DingTalk's `ClearRecycleBin` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ClearRecycleBin")]
    #[doc(alias = "/v1.0/storage/recycleBins/{recycleBinId}/clear")]
    #[doc(alias = "POST /v1.0/storage/recycleBins/{recycleBinId}/clear")]
    pub fn clear_recycle_bin(
        &self,
        recycle_bin_id: &str,
        request: &ClearRecycleBinRequest,
    ) -> rt::Call<ClearRecycleBinResponseBody, ClearRecycleBinError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearRecycleBin",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycleBinId}/clear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 提交文件
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/files/commit`: DingTalk's `CommitFile` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CommitFile")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/files/commit")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/files/commit")]
    pub fn commit_file(
        &self,
        space_id: &str,
        request: &CommitFileRequest,
    ) -> rt::Call<CommitFileResponseBody, CommitFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CommitFile",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/files/commit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 批量拷贝文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/batchCopy`: DingTalk's `CopyDentries` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyDentries")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/batchCopy")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/batchCopy")]
    pub fn copy_dentries(
        &self,
        space_id: &str,
        request: &CopyDentriesRequest,
    ) -> rt::Call<CopyDentriesResponseBody, CopyDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/batchCopy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 拷贝文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/copy`: DingTalk's `CopyDentry` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyDentry")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/copy")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/copy")]
    pub fn copy_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &CopyDentryRequest,
    ) -> rt::Call<CopyDentryResponseBody, CopyDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 批量删除文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/batchRemove`: DingTalk's `DeleteDentries` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDentries")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/batchRemove")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/batchRemove")]
    pub fn delete_dentries(
        &self,
        space_id: &str,
        request: &DeleteDentriesRequest,
    ) -> rt::Call<DeleteDentriesResponseBody, DeleteDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 删除文件或文件夹
    ///
    /// `DELETE /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}`: DingTalk's `DeleteDentry` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDentry")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}")]
    #[doc(alias = "DELETE /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}")]
    pub fn delete_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &DeleteDentryRequest,
    ) -> rt::Call<DeleteDentryResponseBody, DeleteDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDentry",
            rt::Method::Delete,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 删除文件上的App属性值
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties/remove`: DingTalk's `DeleteDentryAppProperties` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDentryAppProperties")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties/remove"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties/remove"
    )]
    pub fn delete_dentry_app_properties(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &DeleteDentryAppPropertiesRequest,
    ) -> rt::Call<
        DeleteDentryAppPropertiesResponseBody,
        DeleteDentryAppPropertiesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDentryAppProperties",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 删除权限
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/remove`: DingTalk's `DeletePermission` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeletePermission")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/remove"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/remove"
    )]
    pub fn delete_permission(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &DeletePermissionRequest,
    ) -> rt::Call<DeletePermissionResponseBody, DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 删除回收项, 删除之后该记录从回收站删除, 后续文件就无法恢复了
    ///
    /// `DELETE /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}`: DingTalk's `DeleteRecycleItem` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    /// - `recycle_item_id`: `{recycleItemId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRecycleItem")]
    #[doc(
        alias = "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}"
    )]
    #[doc(
        alias = "DELETE /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}"
    )]
    pub fn delete_recycle_item(
        &self,
        recycle_bin_id: &str,
        recycle_item_id: &str,
        request: &DeleteRecycleItemRequest,
    ) -> rt::Call<DeleteRecycleItemResponseBody, DeleteRecycleItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecycleItem",
            rt::Method::Delete,
            "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[recycle_bin_id, recycle_item_id],
            request,
        )
    }
    /// 批量删除回收项, 删除之后该记录从回收站删除, 后续文件就无法恢复了
    ///
    /// `POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRemove`: DingTalk's `DeleteRecycleItems` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRecycleItems")]
    #[doc(alias = "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRemove")]
    #[doc(
        alias = "POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRemove"
    )]
    pub fn delete_recycle_items(
        &self,
        recycle_bin_id: &str,
        request: &DeleteRecycleItemsRequest,
    ) -> rt::Call<DeleteRecycleItemsResponseBody, DeleteRecycleItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecycleItems",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 获取开放平台应用在企业存储中的相关应用信息
    ///
    /// `POST /v1.0/storage/currentApps/query`: DingTalk's `GetCurrentApp` (module feature `storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCurrentApp")]
    #[doc(alias = "/v1.0/storage/currentApps/query")]
    #[doc(alias = "POST /v1.0/storage/currentApps/query")]
    pub fn get_current_app(
        &self,
        request: &GetCurrentAppRequest,
    ) -> rt::Call<GetCurrentAppResponseBody, GetCurrentAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCurrentApp",
            rt::Method::Post,
            "/v1.0/storage/currentApps/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取文件(夹)信息
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/query`: DingTalk's `GetDentries` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentries")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/query")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/query")]
    pub fn get_dentries(
        &self,
        space_id: &str,
        request: &GetDentriesRequest,
    ) -> rt::Call<GetDentriesResponseBody, GetDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件(夹)信息
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/query`: DingTalk's `GetDentry` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentry")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/query")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/query")]
    pub fn get_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetDentryRequest,
    ) -> rt::Call<GetDentryResponseBody, GetDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取文件打开链接
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/query`: DingTalk's `GetDentryOpenInfo` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentryOpenInfo")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/query")]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/query"
    )]
    pub fn get_dentry_open_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetDentryOpenInfoRequest,
    ) -> rt::Call<GetDentryOpenInfoResponseBody, GetDentryOpenInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryOpenInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 批量获取文件缩略图
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/thumbnails/query`: DingTalk's `GetDentryThumbnails` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentryThumbnails")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/thumbnails/query")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/thumbnails/query")]
    pub fn get_dentry_thumbnails(
        &self,
        space_id: &str,
        request: &GetDentryThumbnailsRequest,
    ) -> rt::Call<GetDentryThumbnailsResponseBody, GetDentryThumbnailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryThumbnails",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/thumbnails/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件下载信息
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query`: DingTalk's `GetFileDownloadInfo` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileDownloadInfo")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query"
    )]
    pub fn get_file_download_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetFileDownloadInfoRequest,
    ) -> rt::Call<GetFileDownloadInfoResponseBody, GetFileDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileDownloadInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取文件上传信息
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/files/uploadInfos/query`: DingTalk's `GetFileUploadInfo` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileUploadInfo")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/files/uploadInfos/query")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/files/uploadInfos/query")]
    pub fn get_file_upload_info(
        &self,
        space_id: &str,
        request: &GetFileUploadInfoRequest,
    ) -> rt::Call<GetFileUploadInfoResponseBody, GetFileUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileUploadInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/files/uploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件上传信息(分片上传)
    ///
    /// `POST /v1.0/storage/spaces/files/multiPartUploadInfos/query`: DingTalk's `GetMultipartFileUploadInfos` (module feature `storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMultipartFileUploadInfos")]
    #[doc(alias = "/v1.0/storage/spaces/files/multiPartUploadInfos/query")]
    #[doc(alias = "POST /v1.0/storage/spaces/files/multiPartUploadInfos/query")]
    pub fn get_multipart_file_upload_infos(
        &self,
        request: &GetMultipartFileUploadInfosRequest,
    ) -> rt::Call<
        GetMultipartFileUploadInfosResponseBody,
        GetMultipartFileUploadInfosError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMultipartFileUploadInfos",
            rt::Method::Post,
            "/v1.0/storage/spaces/files/multiPartUploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业存储中企业维度的信息
    ///
    /// `GET /v1.0/storage/orgs/{corpId}`: DingTalk's `GetOrg` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `corp_id`: `{corpId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrg")]
    #[doc(alias = "/v1.0/storage/orgs/{corpId}")]
    #[doc(alias = "GET /v1.0/storage/orgs/{corpId}")]
    pub fn get_org(
        &self,
        corp_id: &str,
        request: &GetOrgRequest,
    ) -> rt::Call<GetOrgResponseBody, GetOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrg",
            rt::Method::Get,
            "/v1.0/storage/orgs/{corpId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[corp_id], request)
    }
    /// 获取回收站信息
    ///
    /// `GET /v1.0/storage/recycleBins`: DingTalk's `GetRecycleBin` (module feature `storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRecycleBin")]
    #[doc(alias = "/v1.0/storage/recycleBins")]
    #[doc(alias = "GET /v1.0/storage/recycleBins")]
    pub fn get_recycle_bin(
        &self,
        request: &GetRecycleBinRequest,
    ) -> rt::Call<GetRecycleBinResponseBody, GetRecycleBinError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecycleBin",
            rt::Method::Get,
            "/v1.0/storage/recycleBins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取回收项详情
    ///
    /// `GET /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}`: DingTalk's `GetRecycleItem` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    /// - `recycle_item_id`: `{recycleItemId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRecycleItem")]
    #[doc(
        alias = "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}"
    )]
    #[doc(
        alias = "GET /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}"
    )]
    pub fn get_recycle_item(
        &self,
        recycle_bin_id: &str,
        recycle_item_id: &str,
        request: &GetRecycleItemRequest,
    ) -> rt::Call<GetRecycleItemResponseBody, GetRecycleItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecycleItem",
            rt::Method::Get,
            "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[recycle_bin_id, recycle_item_id],
            request,
        )
    }
    /// 获取空间信息
    ///
    /// `GET /v1.0/storage/spaces/{spaceId}`: DingTalk's `GetSpace` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpace")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}")]
    #[doc(alias = "GET /v1.0/storage/spaces/{spaceId}")]
    pub fn get_space(
        &self,
        space_id: &str,
        request: &GetSpaceRequest,
    ) -> rt::Call<GetSpaceResponseBody, GetSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpace",
            rt::Method::Get,
            "/v1.0/storage/spaces/{spaceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取异步任务信息
    ///
    /// `GET /v1.0/storage/tasks/{taskId}`: DingTalk's `GetTask` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTask")]
    #[doc(alias = "/v1.0/storage/tasks/{taskId}")]
    #[doc(alias = "GET /v1.0/storage/tasks/{taskId}")]
    pub fn get_task(
        &self,
        task_id: &str,
        request: &GetTaskRequest,
    ) -> rt::Call<GetTaskResponseBody, GetTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTask",
            rt::Method::Get,
            "/v1.0/storage/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取 WebOfficeUrl 接口
    ///
    /// `GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/webOfficeUrls`: DingTalk's `GetWebOfficeUrl` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWebOfficeUrl")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/webOfficeUrls")]
    #[doc(
        alias = "GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/webOfficeUrls"
    )]
    pub fn get_web_office_url(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetWebOfficeUrlRequest,
    ) -> rt::Call<GetWebOfficeUrlResponseBody, GetWebOfficeUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWebOfficeUrl",
            rt::Method::Get,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/webOfficeUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 初始化文件分片上传
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init`: DingTalk's `InitMultipartFileUpload` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InitMultipartFileUpload")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init")]
    pub fn init_multipart_file_upload(
        &self,
        space_id: &str,
        request: &InitMultipartFileUploadRequest,
    ) -> rt::Call<InitMultipartFileUploadResponseBody, InitMultipartFileUploadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InitMultipartFileUpload",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件列表
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/listAll`: DingTalk's `ListAllDentries` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAllDentries")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/listAll")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/listAll")]
    pub fn list_all_dentries(
        &self,
        space_id: &str,
        request: &ListAllDentriesRequest,
    ) -> rt::Call<ListAllDentriesResponseBody, ListAllDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/listAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件列表
    ///
    /// `GET /v1.0/storage/spaces/{spaceId}/dentries`: DingTalk's `ListDentries` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_dentries_pages`].
    #[doc(alias = "ListDentries")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries")]
    #[doc(alias = "GET /v1.0/storage/spaces/{spaceId}/dentries")]
    pub fn list_dentries(
        &self,
        space_id: &str,
        request: &ListDentriesRequest,
    ) -> rt::Call<ListDentriesResponseBody, ListDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDentries",
            rt::Method::Get,
            "/v1.0/storage/spaces/{spaceId}/dentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件历史版本
    ///
    /// `GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions`: DingTalk's `ListDentryVersions` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_dentry_versions_pages`].
    #[doc(alias = "ListDentryVersions")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions")]
    #[doc(alias = "GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions")]
    pub fn list_dentry_versions(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &ListDentryVersionsRequest,
    ) -> rt::Call<ListDentryVersionsResponseBody, ListDentryVersionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDentryVersions",
            rt::Method::Get,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取权限列表
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/query`: DingTalk's `ListPermissions` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListPermissions")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/query"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/query"
    )]
    pub fn list_permissions(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &ListPermissionsRequest,
    ) -> rt::Call<ListPermissionsResponseBody, ListPermissionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPermissions",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取回收项列表
    ///
    /// `GET /v1.0/storage/recycleBins/{recycleBinId}/recycleItems`: DingTalk's `ListRecycleItems` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_recycle_items_pages`].
    #[doc(alias = "ListRecycleItems")]
    #[doc(alias = "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems")]
    #[doc(alias = "GET /v1.0/storage/recycleBins/{recycleBinId}/recycleItems")]
    pub fn list_recycle_items(
        &self,
        recycle_bin_id: &str,
        request: &ListRecycleItemsRequest,
    ) -> rt::Call<ListRecycleItemsResponseBody, ListRecycleItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecycleItems",
            rt::Method::Get,
            "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 批量移动文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/batchMove`: DingTalk's `MoveDentries` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MoveDentries")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/batchMove")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/batchMove")]
    pub fn move_dentries(
        &self,
        space_id: &str,
        request: &MoveDentriesRequest,
    ) -> rt::Call<MoveDentriesResponseBody, MoveDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/batchMove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 移动文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/move`: DingTalk's `MoveDentry` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MoveDentry")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/move")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/move")]
    pub fn move_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &MoveDentryRequest,
    ) -> rt::Call<MoveDentryResponseBody, MoveDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取 accessToken 接口
    ///
    /// `GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/refreshWebOfficeToken`: DingTalk's `RefreshWebOfficeToken` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RefreshWebOfficeToken")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/refreshWebOfficeToken"
    )]
    #[doc(
        alias = "GET /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/refreshWebOfficeToken"
    )]
    pub fn refresh_web_office_token(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RefreshWebOfficeTokenRequest,
    ) -> rt::Call<RefreshWebOfficeTokenResponseBody, RefreshWebOfficeTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RefreshWebOfficeToken",
            rt::Method::Get,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/refreshWebOfficeToken",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 注册文件预览或编辑链接
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/register`: DingTalk's `RegisterOpenInfo` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterOpenInfo")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/register"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/register"
    )]
    pub fn register_open_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RegisterOpenInfoRequest,
    ) -> rt::Call<RegisterOpenInfoResponseBody, RegisterOpenInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterOpenInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/openInfos/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 重命名文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/rename`: DingTalk's `RenameDentry` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RenameDentry")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/rename")]
    #[doc(alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/rename")]
    pub fn rename_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RenameDentryRequest,
    ) -> rt::Call<RenameDentryResponseBody, RenameDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenameDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/rename",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 还原回收站中的回收项
    ///
    /// `POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}/restore`: DingTalk's `RestoreRecycleItem` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    /// - `recycle_item_id`: `{recycleItemId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RestoreRecycleItem")]
    #[doc(
        alias = "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}/restore"
    )]
    #[doc(
        alias = "POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}/restore"
    )]
    pub fn restore_recycle_item(
        &self,
        recycle_bin_id: &str,
        recycle_item_id: &str,
        request: &RestoreRecycleItemRequest,
    ) -> rt::Call<RestoreRecycleItemResponseBody, RestoreRecycleItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RestoreRecycleItem",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/{recycleItemId}/restore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[recycle_bin_id, recycle_item_id],
            request,
        )
    }
    /// 批量还原回收站中的回收项
    ///
    /// `POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRestore`: DingTalk's `RestoreRecycleItems` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id`: `{recycleBinId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RestoreRecycleItems")]
    #[doc(alias = "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRestore")]
    #[doc(
        alias = "POST /v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRestore"
    )]
    pub fn restore_recycle_items(
        &self,
        recycle_bin_id: &str,
        request: &RestoreRecycleItemsRequest,
    ) -> rt::Call<RestoreRecycleItemsResponseBody, RestoreRecycleItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RestoreRecycleItems",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycleBinId}/recycleItems/batchRestore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 恢复文件历史版本
    ///
    /// `POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions/{version}/revert`: DingTalk's `RevertDentryVersion` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    /// - `version`: `{version}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RevertDentryVersion")]
    #[doc(
        alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions/{version}/revert"
    )]
    #[doc(
        alias = "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions/{version}/revert"
    )]
    pub fn revert_dentry_version(
        &self,
        space_id: &str,
        dentry_id: &str,
        version: &str,
        request: &RevertDentryVersionRequest,
    ) -> rt::Call<RevertDentryVersionResponseBody, RevertDentryVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RevertDentryVersion",
            rt::Method::Post,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/versions/{version}/revert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id, version], request)
    }
    /// 订阅文件变更事件
    ///
    /// `POST /v1.0/storage/events/subscribe`: DingTalk's `SubscribeEvent` (module feature `storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubscribeEvent")]
    #[doc(alias = "/v1.0/storage/events/subscribe")]
    #[doc(alias = "POST /v1.0/storage/events/subscribe")]
    pub fn subscribe_event(
        &self,
        request: &SubscribeEventRequest,
    ) -> rt::Call<SubscribeEventResponseBody, SubscribeEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubscribeEvent",
            rt::Method::Post,
            "/v1.0/storage/events/subscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消订阅文件变更事件
    ///
    /// `POST /v1.0/storage/events/unsubscribe`: DingTalk's `UnsubscribeEvent` (module feature `storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnsubscribeEvent")]
    #[doc(alias = "/v1.0/storage/events/unsubscribe")]
    #[doc(alias = "POST /v1.0/storage/events/unsubscribe")]
    pub fn unsubscribe_event(
        &self,
        request: &UnsubscribeEventRequest,
    ) -> rt::Call<UnsubscribeEventResponseBody, UnsubscribeEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnsubscribeEvent",
            rt::Method::Post,
            "/v1.0/storage/events/unsubscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改文件上的App属性值
    ///
    /// `PUT /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties`: DingTalk's `UpdateDentryAppProperties` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateDentryAppProperties")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties")]
    #[doc(
        alias = "PUT /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties"
    )]
    pub fn update_dentry_app_properties(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &UpdateDentryAppPropertiesRequest,
    ) -> rt::Call<
        UpdateDentryAppPropertiesResponseBody,
        UpdateDentryAppPropertiesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateDentryAppProperties",
            rt::Method::Put,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/appProperties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 修改权限
    ///
    /// `PUT /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions`: DingTalk's `UpdatePermission` (module feature `storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePermission")]
    #[doc(alias = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions")]
    #[doc(alias = "PUT /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions")]
    pub fn update_permission(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &UpdatePermissionRequest,
    ) -> rt::Call<UpdatePermissionResponseBody, UpdatePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermission",
            rt::Method::Put,
            "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// Every page of [`Api::list_dentries`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `dentries` of each page.
    pub fn list_dentries_pages(
        &self,
        space_id: &str,
        request: &ListDentriesRequest,
    ) -> rt::Paginator<
        ListDentriesResponseBody,
        ListDentriesError,
        ListDentriesResponseBodyDentries,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["dentries"],
        );
        rt::Paginator::new(self.list_dentries(space_id, request), &PAGING)
    }
    /// Every page of [`Api::list_dentry_versions`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `dentries` of each page.
    pub fn list_dentry_versions_pages(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &ListDentryVersionsRequest,
    ) -> rt::Paginator<
        ListDentryVersionsResponseBody,
        ListDentryVersionsError,
        ListDentryVersionsResponseBodyDentries,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["dentries"],
        );
        rt::Paginator::new(
            self.list_dentry_versions(space_id, dentry_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_recycle_items`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `recycleItems` of each page.
    pub fn list_recycle_items_pages(
        &self,
        recycle_bin_id: &str,
        request: &ListRecycleItemsRequest,
    ) -> rt::Paginator<
        ListRecycleItemsResponseBody,
        ListRecycleItemsError,
        ListRecycleItemsResponseBodyRecycleItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["recycleItems"],
        );
        rt::Paginator::new(self.list_recycle_items(recycle_bin_id, request), &PAGING)
    }
}
/// `AddFolderRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddFolderRequestOption {
    /// `appProperties`.
    pub app_properties: Option<Vec<AddFolderRequestOptionAppProperties>>,
    /// `conflictStrategy`.
    pub conflict_strategy: Option<String>,
}
impl AddFolderRequestOption {
    /// An empty `AddFolderRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appProperties`.
    pub fn app_properties(
        mut self,
        value: impl IntoIterator<Item = AddFolderRequestOptionAppProperties>,
    ) -> Self {
        self.app_properties = Some(value.into_iter().collect());
        self
    }
    /// Sets `conflictStrategy`.
    pub fn conflict_strategy(mut self, value: impl Into<String>) -> Self {
        self.conflict_strategy = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddFolderRequestOption { "appProperties" => optional(app_properties),
    "conflictStrategy" => optional(conflict_strategy) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddFolderRequestOption { "appProperties" => read_field(app_properties),
    "conflictStrategy" => read_field(conflict_strategy) }
}
/// `AddFolderResponseBody`, a model several operations share: also named [`RenameDentryResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddFolderResponseBody {
    /// `dentry`.
    pub dentry: Option<AddFolderResponseBodyDentry>,
}
rt::impl_deserialize! {
    AddFolderResponseBody { "dentry" => read_field(dentry) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddFolderResponseBody { "dentry" => optional(dentry) }
}
/// `AddPermissionRequestMembers`, a model several operations share: also named [`DeletePermissionRequestMembers`], [`UpdatePermissionRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequestMembers {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: String,
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
        Self { corp_id: None, id, r#type }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddPermissionRequestMembers { "corpId" => optional(corp_id), "id" => field(id),
    "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPermissionRequestMembers { "corpId" => read_field(corp_id), "id" =>
    read_field(id), "type" => read_field(r#type) }
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
/// `AddPermissionResponseBody`, a model several operations share: also named [`ClearRecycleBinResponseBody`], [`DeleteDentryAppPropertiesResponseBody`], [`DeletePermissionResponseBody`], [`DeleteRecycleItemResponseBody`], [`DeleteRecycleItemsResponseBody`], [`RegisterOpenInfoResponseBody`], [`RevertDentryVersionResponseBody`], [`SubscribeEventResponseBody`], [`UnsubscribeEventResponseBody`], [`UpdateDentryAppPropertiesResponseBody`], [`UpdatePermissionResponseBody`].
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
/// `AddSpaceRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddSpaceRequestOption {
    /// `capabilities`.
    pub capabilities: Option<AddSpaceRequestOptionCapabilities>,
    /// `name`.
    pub name: Option<String>,
    /// `ownerType`.
    pub owner_type: Option<String>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `scene`.
    pub scene: Option<String>,
    /// `sceneId`.
    pub scene_id: Option<String>,
}
impl AddSpaceRequestOption {
    /// An empty `AddSpaceRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `capabilities`.
    pub fn capabilities(mut self, value: AddSpaceRequestOptionCapabilities) -> Self {
        self.capabilities = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `ownerType`.
    pub fn owner_type(mut self, value: impl Into<String>) -> Self {
        self.owner_type = Some(value.into());
        self
    }
    /// Sets `quota`.
    pub fn quota(mut self, value: i64) -> Self {
        self.quota = Some(value);
        self
    }
    /// Sets `scene`.
    pub fn scene(mut self, value: impl Into<String>) -> Self {
        self.scene = Some(value.into());
        self
    }
    /// Sets `sceneId`.
    pub fn scene_id(mut self, value: impl Into<String>) -> Self {
        self.scene_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddSpaceRequestOption { "capabilities" => optional(capabilities), "name" =>
    optional(name), "ownerType" => optional(owner_type), "quota" => optional(quota),
    "scene" => optional(scene), "sceneId" => optional(scene_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddSpaceRequestOption { "capabilities" => read_field(capabilities), "name" =>
    read_field(name), "ownerType" => read_field(owner_type), "quota" =>
    read_field(quota), "scene" => read_field(scene), "sceneId" => read_field(scene_id) }
}
/// `AddSpaceResponseBody`, a model several operations share: also named [`GetSpaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddSpaceResponseBody {
    /// `space`.
    pub space: Option<AddSpaceResponseBodySpace>,
}
rt::impl_deserialize! {
    AddSpaceResponseBody { "space" => read_field(space) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddSpaceResponseBody { "space" => optional(space) }
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
/// `ClearRecycleBinResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type ClearRecycleBinResponseBody = AddPermissionResponseBody;
/// `CommitFileRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitFileRequestOption {
    /// `appProperties`.
    pub app_properties: Option<Vec<CommitFileRequestOptionAppProperties>>,
    /// `conflictStrategy`.
    pub conflict_strategy: Option<String>,
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
    /// Sets `conflictStrategy`.
    pub fn conflict_strategy(mut self, value: impl Into<String>) -> Self {
        self.conflict_strategy = Some(value.into());
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
    "conflictStrategy" => optional(conflict_strategy), "size" => optional(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CommitFileRequestOption { "appProperties" => read_field(app_properties),
    "conflictStrategy" => read_field(conflict_strategy), "size" => read_field(size) }
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
/// `CopyDentriesRequestOption`, a model several operations share: also named [`CopyDentryRequestOption`], [`RestoreRecycleItemRequestOption`], [`RestoreRecycleItemsRequestOption`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyDentriesRequestOption {
    /// `conflictStrategy`.
    pub conflict_strategy: Option<String>,
}
impl CopyDentriesRequestOption {
    /// An empty `CopyDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conflictStrategy`.
    pub fn conflict_strategy(mut self, value: impl Into<String>) -> Self {
        self.conflict_strategy = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyDentriesRequestOption { "conflictStrategy" => optional(conflict_strategy) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDentriesRequestOption { "conflictStrategy" => read_field(conflict_strategy) }
}
/// `CopyDentriesResponseBody`, a model several operations share: also named [`MoveDentriesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<CopyDentriesResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    CopyDentriesResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyDentriesResponseBody { "resultItems" => optional(result_items) }
}
/// `CopyDentryRequestOption`: the same model as [`CopyDentriesRequestOption`].
pub type CopyDentryRequestOption = CopyDentriesRequestOption;
/// `CopyDentryResponseBody`, a model several operations share: also named [`MoveDentryResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyDentryResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
    /// `dentry`.
    pub dentry: Option<CopyDentryResponseBodyDentry>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CopyDentryResponseBody { "async" => read_field(r#async), "dentry" =>
    read_field(dentry), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyDentryResponseBody { "async" => optional(r#async), "dentry" => optional(dentry),
    "taskId" => optional(task_id) }
}
/// `DeleteDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteDentriesRequestOption {
    /// `toRecycleBin`.
    pub to_recycle_bin: Option<bool>,
}
impl DeleteDentriesRequestOption {
    /// An empty `DeleteDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `toRecycleBin`.
    pub fn to_recycle_bin(mut self, value: bool) -> Self {
        self.to_recycle_bin = Some(value);
        self
    }
}
rt::impl_serialize! {
    DeleteDentriesRequestOption { "toRecycleBin" => optional(to_recycle_bin) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDentriesRequestOption { "toRecycleBin" => read_field(to_recycle_bin) }
}
/// `DeleteDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<DeleteDentriesResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    DeleteDentriesResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteDentriesResponseBody { "resultItems" => optional(result_items) }
}
/// `DeleteDentryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteDentryResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteDentryResponseBody { "async" => read_field(r#async), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteDentryResponseBody { "async" => optional(r#async), "taskId" =>
    optional(task_id) }
}
/// `DeleteDentryAppPropertiesResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeleteDentryAppPropertiesResponseBody = AddPermissionResponseBody;
/// `DeletePermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type DeletePermissionRequestMembers = AddPermissionRequestMembers;
/// The required fields of [`DeletePermissionRequestMembers`].
pub type DeletePermissionRequestMembersRequired = AddPermissionRequestMembersRequired;
/// `DeletePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeletePermissionResponseBody = AddPermissionResponseBody;
/// `DeleteRecycleItemResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeleteRecycleItemResponseBody = AddPermissionResponseBody;
/// `DeleteRecycleItemsResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeleteRecycleItemsResponseBody = AddPermissionResponseBody;
/// `GetCurrentAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCurrentAppResponseBody {
    /// `app`.
    pub app: Option<GetCurrentAppResponseBodyApp>,
}
rt::impl_deserialize! {
    GetCurrentAppResponseBody { "app" => read_field(app) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCurrentAppResponseBody { "app" => optional(app) }
}
/// `GetDentriesRequestOption`, a model several operations share: also named [`GetDentryRequestOption`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentriesRequestOption {
    /// `appIdsForAppProperties`.
    pub app_ids_for_app_properties: Option<Vec<String>>,
    /// `withThumbnail`.
    pub with_thumbnail: Option<bool>,
}
impl GetDentriesRequestOption {
    /// An empty `GetDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appIdsForAppProperties`.
    pub fn app_ids_for_app_properties(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_ids_for_app_properties = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `withThumbnail`.
    pub fn with_thumbnail(mut self, value: bool) -> Self {
        self.with_thumbnail = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentriesRequestOption { "appIdsForAppProperties" =>
    optional(app_ids_for_app_properties), "withThumbnail" => optional(with_thumbnail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentriesRequestOption { "appIdsForAppProperties" =>
    read_field(app_ids_for_app_properties), "withThumbnail" => read_field(with_thumbnail)
    }
}
/// `GetDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentriesResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    GetDentriesResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentriesResponseBody { "resultItems" => optional(result_items) }
}
/// `GetDentryRequestOption`: the same model as [`GetDentriesRequestOption`].
pub type GetDentryRequestOption = GetDentriesRequestOption;
/// `GetDentryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryResponseBody {
    /// `dentry`.
    pub dentry: Option<GetDentryResponseBodyDentry>,
}
rt::impl_deserialize! {
    GetDentryResponseBody { "dentry" => read_field(dentry) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryResponseBody { "dentry" => optional(dentry) }
}
/// `GetDentryOpenInfoRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryOpenInfoRequestOption {
    /// `checkLogin`.
    pub check_login: Option<bool>,
    /// `type`.
    pub r#type: Option<String>,
    /// `version`.
    pub version: Option<i64>,
    /// `waterMark`.
    pub water_mark: Option<bool>,
}
impl GetDentryOpenInfoRequestOption {
    /// An empty `GetDentryOpenInfoRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `checkLogin`.
    pub fn check_login(mut self, value: bool) -> Self {
        self.check_login = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
    /// Sets `waterMark`.
    pub fn water_mark(mut self, value: bool) -> Self {
        self.water_mark = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentryOpenInfoRequestOption { "checkLogin" => optional(check_login), "type" =>
    optional(r#type), "version" => optional(version), "waterMark" => optional(water_mark)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryOpenInfoRequestOption { "checkLogin" => read_field(check_login), "type" =>
    read_field(r#type), "version" => read_field(version), "waterMark" =>
    read_field(water_mark) }
}
/// `GetDentryOpenInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryOpenInfoResponseBody {
    /// `hasWaterMark`.
    pub has_water_mark: Option<bool>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetDentryOpenInfoResponseBody { "hasWaterMark" => read_field(has_water_mark), "url"
    => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryOpenInfoResponseBody { "hasWaterMark" => optional(has_water_mark), "url" =>
    optional(url) }
}
/// `GetDentryThumbnailsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryThumbnailsResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentryThumbnailsResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    GetDentryThumbnailsResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryThumbnailsResponseBody { "resultItems" => optional(result_items) }
}
/// `GetFileDownloadInfoRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadInfoRequestOption {
    /// `preferIntranet`.
    pub prefer_intranet: Option<bool>,
    /// `version`.
    pub version: Option<i64>,
}
impl GetFileDownloadInfoRequestOption {
    /// An empty `GetFileDownloadInfoRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `preferIntranet`.
    pub fn prefer_intranet(mut self, value: bool) -> Self {
        self.prefer_intranet = Some(value);
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileDownloadInfoRequestOption { "preferIntranet" => optional(prefer_intranet),
    "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileDownloadInfoRequestOption { "preferIntranet" => read_field(prefer_intranet),
    "version" => read_field(version) }
}
/// `GetFileDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadInfoResponseBody {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<
        GetFileDownloadInfoResponseBodyHeaderSignatureInfo,
    >,
    /// `protocol`.
    pub protocol: Option<String>,
}
rt::impl_deserialize! {
    GetFileDownloadInfoResponseBody { "headerSignatureInfo" =>
    read_field(header_signature_info), "protocol" => read_field(protocol) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadInfoResponseBody { "headerSignatureInfo" =>
    optional(header_signature_info), "protocol" => optional(protocol) }
}
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
/// `GetMultipartFileUploadInfosRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMultipartFileUploadInfosRequestOption {
    /// `preferIntranet`.
    pub prefer_intranet: Option<bool>,
}
impl GetMultipartFileUploadInfosRequestOption {
    /// An empty `GetMultipartFileUploadInfosRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `preferIntranet`.
    pub fn prefer_intranet(mut self, value: bool) -> Self {
        self.prefer_intranet = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetMultipartFileUploadInfosRequestOption { "preferIntranet" =>
    optional(prefer_intranet) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMultipartFileUploadInfosRequestOption { "preferIntranet" =>
    read_field(prefer_intranet) }
}
/// `GetMultipartFileUploadInfosResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMultipartFileUploadInfosResponseBody {
    /// `multipartHeaderSignatureInfos`.
    pub multipart_header_signature_infos: Option<
        Vec<GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos>,
    >,
}
rt::impl_deserialize! {
    GetMultipartFileUploadInfosResponseBody { "multipartHeaderSignatureInfos" =>
    read_field(multipart_header_signature_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMultipartFileUploadInfosResponseBody { "multipartHeaderSignatureInfos" =>
    optional(multipart_header_signature_infos) }
}
/// `GetOrgResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgResponseBody {
    /// `org`.
    pub org: Option<GetOrgResponseBodyOrg>,
}
rt::impl_deserialize! {
    GetOrgResponseBody { "org" => read_field(org) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgResponseBody { "org" => optional(org) }
}
/// `GetRecycleBinResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecycleBinResponseBody {
    /// `recycleBin`.
    pub recycle_bin: Option<GetRecycleBinResponseBodyRecycleBin>,
}
rt::impl_deserialize! {
    GetRecycleBinResponseBody { "recycleBin" => read_field(recycle_bin) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecycleBinResponseBody { "recycleBin" => optional(recycle_bin) }
}
/// `GetRecycleItemResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecycleItemResponseBody {
    /// `item`.
    pub item: Option<GetRecycleItemResponseBodyItem>,
}
rt::impl_deserialize! {
    GetRecycleItemResponseBody { "item" => read_field(item) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecycleItemResponseBody { "item" => optional(item) }
}
/// `GetSpaceResponseBody`: the same model as [`AddSpaceResponseBody`].
pub type GetSpaceResponseBody = AddSpaceResponseBody;
/// `GetTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskResponseBody {
    /// `task`.
    pub task: Option<GetTaskResponseBodyTask>,
}
rt::impl_deserialize! {
    GetTaskResponseBody { "task" => read_field(task) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskResponseBody { "task" => optional(task) }
}
/// `GetWebOfficeUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWebOfficeUrlResponseBody {
    /// `webOfficeAccessToken`.
    pub web_office_access_token: Option<String>,
    /// `webOfficeRefreshToken`.
    pub web_office_refresh_token: Option<String>,
    /// `webOfficeUrl`.
    pub web_office_url: Option<String>,
}
rt::impl_deserialize! {
    GetWebOfficeUrlResponseBody { "webOfficeAccessToken" =>
    read_field(web_office_access_token), "webOfficeRefreshToken" =>
    read_field(web_office_refresh_token), "webOfficeUrl" => read_field(web_office_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWebOfficeUrlResponseBody { "webOfficeAccessToken" =>
    optional(web_office_access_token), "webOfficeRefreshToken" =>
    optional(web_office_refresh_token), "webOfficeUrl" => optional(web_office_url) }
}
/// `InitMultipartFileUploadRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InitMultipartFileUploadRequestOption {
    /// `preCheckParam`.
    pub pre_check_param: Option<InitMultipartFileUploadRequestOptionPreCheckParam>,
    /// `preferRegion`.
    pub prefer_region: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
}
impl InitMultipartFileUploadRequestOption {
    /// An empty `InitMultipartFileUploadRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `preCheckParam`.
    pub fn pre_check_param(
        mut self,
        value: InitMultipartFileUploadRequestOptionPreCheckParam,
    ) -> Self {
        self.pre_check_param = Some(value);
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
    InitMultipartFileUploadRequestOption { "preCheckParam" => optional(pre_check_param),
    "preferRegion" => optional(prefer_region), "storageDriver" =>
    optional(storage_driver) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InitMultipartFileUploadRequestOption { "preCheckParam" =>
    read_field(pre_check_param), "preferRegion" => read_field(prefer_region),
    "storageDriver" => read_field(storage_driver) }
}
/// `InitMultipartFileUploadResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InitMultipartFileUploadResponseBody {
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `uploadKey`.
    pub upload_key: Option<String>,
}
rt::impl_deserialize! {
    InitMultipartFileUploadResponseBody { "storageDriver" => read_field(storage_driver),
    "uploadKey" => read_field(upload_key) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InitMultipartFileUploadResponseBody { "storageDriver" => optional(storage_driver),
    "uploadKey" => optional(upload_key) }
}
/// `ListAllDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllDentriesRequestOption {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `order`.
    pub order: Option<String>,
    /// `withThumbnail`.
    pub with_thumbnail: Option<bool>,
}
impl ListAllDentriesRequestOption {
    /// An empty `ListAllDentriesRequestOption`; set fields with the methods named after them.
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
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `withThumbnail`.
    pub fn with_thumbnail(mut self, value: bool) -> Self {
        self.with_thumbnail = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListAllDentriesRequestOption { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "order" => optional(order), "withThumbnail" =>
    optional(with_thumbnail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAllDentriesRequestOption { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "order" => read_field(order), "withThumbnail" =>
    read_field(with_thumbnail) }
}
/// `ListAllDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllDentriesResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListAllDentriesResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListAllDentriesResponseBody { "dentries" => read_field(dentries), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllDentriesResponseBody { "dentries" => optional(dentries), "nextToken" =>
    optional(next_token) }
}
/// `ListDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDentriesResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListDentriesResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListDentriesResponseBody { "dentries" => read_field(dentries), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDentriesResponseBody { "dentries" => optional(dentries), "nextToken" =>
    optional(next_token) }
}
/// `ListDentryVersionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDentryVersionsResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListDentryVersionsResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListDentryVersionsResponseBody { "dentries" => read_field(dentries), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDentryVersionsResponseBody { "dentries" => optional(dentries), "nextToken" =>
    optional(next_token) }
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
/// `ListRecycleItemsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRecycleItemsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recycleItems`.
    pub recycle_items: Option<Vec<ListRecycleItemsResponseBodyRecycleItems>>,
}
rt::impl_deserialize! {
    ListRecycleItemsResponseBody { "nextToken" => read_field(next_token), "recycleItems"
    => read_field(recycle_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecycleItemsResponseBody { "nextToken" => optional(next_token), "recycleItems" =>
    optional(recycle_items) }
}
/// `MoveDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MoveDentriesRequestOption {
    /// `conflictStrategy`.
    pub conflict_strategy: Option<String>,
    /// `preservePermissions`.
    pub preserve_permissions: Option<bool>,
}
impl MoveDentriesRequestOption {
    /// An empty `MoveDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conflictStrategy`.
    pub fn conflict_strategy(mut self, value: impl Into<String>) -> Self {
        self.conflict_strategy = Some(value.into());
        self
    }
    /// Sets `preservePermissions`.
    pub fn preserve_permissions(mut self, value: bool) -> Self {
        self.preserve_permissions = Some(value);
        self
    }
}
rt::impl_serialize! {
    MoveDentriesRequestOption { "conflictStrategy" => optional(conflict_strategy),
    "preservePermissions" => optional(preserve_permissions) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveDentriesRequestOption { "conflictStrategy" => read_field(conflict_strategy),
    "preservePermissions" => read_field(preserve_permissions) }
}
/// `MoveDentriesResponseBody`: the same model as [`CopyDentriesResponseBody`].
pub type MoveDentriesResponseBody = CopyDentriesResponseBody;
/// `MoveDentryRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MoveDentryRequestOption {
    /// `conflictStrategy`.
    pub conflict_strategy: Option<String>,
    /// `presevePermissions`.
    pub preseve_permissions: Option<bool>,
}
impl MoveDentryRequestOption {
    /// An empty `MoveDentryRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conflictStrategy`.
    pub fn conflict_strategy(mut self, value: impl Into<String>) -> Self {
        self.conflict_strategy = Some(value.into());
        self
    }
    /// Sets `presevePermissions`.
    pub fn preseve_permissions(mut self, value: bool) -> Self {
        self.preseve_permissions = Some(value);
        self
    }
}
rt::impl_serialize! {
    MoveDentryRequestOption { "conflictStrategy" => optional(conflict_strategy),
    "presevePermissions" => optional(preseve_permissions) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveDentryRequestOption { "conflictStrategy" => read_field(conflict_strategy),
    "presevePermissions" => read_field(preseve_permissions) }
}
/// `MoveDentryResponseBody`: the same model as [`CopyDentryResponseBody`].
pub type MoveDentryResponseBody = CopyDentryResponseBody;
/// `RefreshWebOfficeTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RefreshWebOfficeTokenResponseBody {
    /// `webOfficeAccessToken`.
    pub web_office_access_token: Option<String>,
    /// `webOfficeRefreshToken`.
    pub web_office_refresh_token: Option<String>,
}
rt::impl_deserialize! {
    RefreshWebOfficeTokenResponseBody { "webOfficeAccessToken" =>
    read_field(web_office_access_token), "webOfficeRefreshToken" =>
    read_field(web_office_refresh_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RefreshWebOfficeTokenResponseBody { "webOfficeAccessToken" =>
    optional(web_office_access_token), "webOfficeRefreshToken" =>
    optional(web_office_refresh_token) }
}
/// `RegisterOpenInfoRequestOpenInfos`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterOpenInfoRequestOpenInfos {
    /// `openType`.
    pub open_type: String,
    /// `url`.
    pub url: String,
}
/// The required fields of [`RegisterOpenInfoRequestOpenInfos`], each named where it is set: `RegisterOpenInfoRequestOpenInfos::new(RegisterOpenInfoRequestOpenInfosRequired { .. })`.
pub struct RegisterOpenInfoRequestOpenInfosRequired {
    /// `openType`: see [`RegisterOpenInfoRequestOpenInfos::open_type`].
    pub open_type: String,
    /// `url`: see [`RegisterOpenInfoRequestOpenInfos::url`].
    pub url: String,
}
impl RegisterOpenInfoRequestOpenInfos {
    /// A `RegisterOpenInfoRequestOpenInfos` with its required fields (`openType`, `url`); set the others with the methods named after them.
    pub fn new(required: RegisterOpenInfoRequestOpenInfosRequired) -> Self {
        let RegisterOpenInfoRequestOpenInfosRequired { open_type, url } = required;
        Self { open_type, url }
    }
}
rt::impl_serialize! {
    RegisterOpenInfoRequestOpenInfos { "openType" => field(open_type), "url" =>
    field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterOpenInfoRequestOpenInfos { "openType" => read_field(open_type), "url" =>
    read_field(url) }
}
/// `RegisterOpenInfoResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type RegisterOpenInfoResponseBody = AddPermissionResponseBody;
/// `RenameDentryResponseBody`: the same model as [`AddFolderResponseBody`].
pub type RenameDentryResponseBody = AddFolderResponseBody;
/// `RestoreRecycleItemRequestOption`: the same model as [`CopyDentriesRequestOption`].
pub type RestoreRecycleItemRequestOption = CopyDentriesRequestOption;
/// `RestoreRecycleItemResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RestoreRecycleItemResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    RestoreRecycleItemResponseBody { "async" => read_field(r#async), "dentryId" =>
    read_field(dentry_id), "spaceId" => read_field(space_id), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RestoreRecycleItemResponseBody { "async" => optional(r#async), "dentryId" =>
    optional(dentry_id), "spaceId" => optional(space_id), "taskId" => optional(task_id) }
}
/// `RestoreRecycleItemsRequestOption`: the same model as [`CopyDentriesRequestOption`].
pub type RestoreRecycleItemsRequestOption = CopyDentriesRequestOption;
/// `RestoreRecycleItemsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RestoreRecycleItemsResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<RestoreRecycleItemsResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    RestoreRecycleItemsResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RestoreRecycleItemsResponseBody { "resultItems" => optional(result_items) }
}
/// `RevertDentryVersionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type RevertDentryVersionResponseBody = AddPermissionResponseBody;
/// `SubscribeEventResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type SubscribeEventResponseBody = AddPermissionResponseBody;
/// `UnsubscribeEventResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UnsubscribeEventResponseBody = AddPermissionResponseBody;
/// `UpdateDentryAppPropertiesRequestAppProperties`, a model several operations share: also named [`AddFolderRequestOptionAppProperties`], [`CommitFileRequestOptionAppProperties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateDentryAppPropertiesRequestAppProperties {
    /// `name`.
    pub name: String,
    /// `value`.
    pub value: String,
    /// `visibility`.
    pub visibility: String,
}
/// The required fields of [`UpdateDentryAppPropertiesRequestAppProperties`], each named where it is set: `UpdateDentryAppPropertiesRequestAppProperties::new(UpdateDentryAppPropertiesRequestAppPropertiesRequired { .. })`.
pub struct UpdateDentryAppPropertiesRequestAppPropertiesRequired {
    /// `name`: see [`UpdateDentryAppPropertiesRequestAppProperties::name`].
    pub name: String,
    /// `value`: see [`UpdateDentryAppPropertiesRequestAppProperties::value`].
    pub value: String,
    /// `visibility`: see [`UpdateDentryAppPropertiesRequestAppProperties::visibility`].
    pub visibility: String,
}
impl UpdateDentryAppPropertiesRequestAppProperties {
    /// A `UpdateDentryAppPropertiesRequestAppProperties` with its required fields (`name`, `value`, `visibility`); set the others with the methods named after them.
    pub fn new(required: UpdateDentryAppPropertiesRequestAppPropertiesRequired) -> Self {
        let UpdateDentryAppPropertiesRequestAppPropertiesRequired {
            name,
            value,
            visibility,
        } = required;
        Self { name, value, visibility }
    }
}
rt::impl_serialize! {
    UpdateDentryAppPropertiesRequestAppProperties { "name" => field(name), "value" =>
    field(value), "visibility" => field(visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDentryAppPropertiesRequestAppProperties { "name" => read_field(name), "value"
    => read_field(value), "visibility" => read_field(visibility) }
}
/// `UpdateDentryAppPropertiesResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UpdateDentryAppPropertiesResponseBody = AddPermissionResponseBody;
/// `UpdatePermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type UpdatePermissionRequestMembers = AddPermissionRequestMembers;
/// The required fields of [`UpdatePermissionRequestMembers`].
pub type UpdatePermissionRequestMembersRequired = AddPermissionRequestMembersRequired;
/// `UpdatePermissionRequestOption`: the same model as [`AddPermissionRequestOption`].
pub type UpdatePermissionRequestOption = AddPermissionRequestOption;
/// `UpdatePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UpdatePermissionResponseBody = AddPermissionResponseBody;
/// `AddFolderRequestOptionAppProperties`: the same model as [`UpdateDentryAppPropertiesRequestAppProperties`].
pub type AddFolderRequestOptionAppProperties = UpdateDentryAppPropertiesRequestAppProperties;
/// The required fields of [`AddFolderRequestOptionAppProperties`].
pub type AddFolderRequestOptionAppPropertiesRequired = UpdateDentryAppPropertiesRequestAppPropertiesRequired;
/// `AddFolderResponseBodyDentry`, a model several operations share: also named [`CopyDentryResponseBodyDentry`], [`ListDentryVersionsResponseBodyDentries`], [`MoveDentryResponseBodyDentry`], [`RenameDentryResponseBodyDentry`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddFolderResponseBodyDentry {
    /// `appProperties`.
    pub app_properties: Option<rt::BTreeMap<String, Vec<DentryAppPropertiesValue>>>,
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
    pub properties: Option<AddFolderResponseBodyDentryProperties>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    AddFolderResponseBodyDentry { "appProperties" => read_field(app_properties),
    "createTime" => read_field(create_time), "creatorId" => read_field(creator_id),
    "extension" => read_field(extension), "id" => read_field(id), "modifiedTime" =>
    read_field(modified_time), "modifierId" => read_field(modifier_id), "name" =>
    read_field(name), "parentId" => read_field(parent_id), "partitionType" =>
    read_field(partition_type), "path" => read_field(path), "properties" =>
    read_field(properties), "size" => read_field(size), "spaceId" =>
    read_field(space_id), "status" => read_field(status), "storageDriver" =>
    read_field(storage_driver), "type" => read_field(r#type), "uuid" => read_field(uuid),
    "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddFolderResponseBodyDentry { "appProperties" => optional(app_properties),
    "createTime" => optional(create_time), "creatorId" => optional(creator_id),
    "extension" => optional(extension), "id" => optional(id), "modifiedTime" =>
    optional(modified_time), "modifierId" => optional(modifier_id), "name" =>
    optional(name), "parentId" => optional(parent_id), "partitionType" =>
    optional(partition_type), "path" => optional(path), "properties" =>
    optional(properties), "size" => optional(size), "spaceId" => optional(space_id),
    "status" => optional(status), "storageDriver" => optional(storage_driver), "type" =>
    optional(r#type), "uuid" => optional(uuid), "version" => optional(version) }
}
/// `AddSpaceRequestOptionCapabilities`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddSpaceRequestOptionCapabilities {
    /// `canRecordRecentFile`.
    pub can_record_recent_file: Option<bool>,
    /// `canRename`.
    pub can_rename: Option<bool>,
    /// `canSearch`.
    pub can_search: Option<bool>,
}
impl AddSpaceRequestOptionCapabilities {
    /// An empty `AddSpaceRequestOptionCapabilities`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `canRecordRecentFile`.
    pub fn can_record_recent_file(mut self, value: bool) -> Self {
        self.can_record_recent_file = Some(value);
        self
    }
    /// Sets `canRename`.
    pub fn can_rename(mut self, value: bool) -> Self {
        self.can_rename = Some(value);
        self
    }
    /// Sets `canSearch`.
    pub fn can_search(mut self, value: bool) -> Self {
        self.can_search = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddSpaceRequestOptionCapabilities { "canRecordRecentFile" =>
    optional(can_record_recent_file), "canRename" => optional(can_rename), "canSearch" =>
    optional(can_search) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddSpaceRequestOptionCapabilities { "canRecordRecentFile" =>
    read_field(can_record_recent_file), "canRename" => read_field(can_rename),
    "canSearch" => read_field(can_search) }
}
/// `AddSpaceResponseBodySpace`, a model several operations share: also named [`GetSpaceResponseBodySpace`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddSpaceResponseBodySpace {
    /// `appId`.
    pub app_id: Option<String>,
    /// `capabilities`.
    pub capabilities: Option<AddSpaceResponseBodySpaceCapabilities>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ownerId`.
    pub owner_id: Option<String>,
    /// `ownerType`.
    pub owner_type: Option<String>,
    /// `partitions`.
    pub partitions: Option<Vec<AddSpaceResponseBodySpacePartitions>>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `scene`.
    pub scene: Option<String>,
    /// `sceneId`.
    pub scene_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    AddSpaceResponseBodySpace { "appId" => read_field(app_id), "capabilities" =>
    read_field(capabilities), "corpId" => read_field(corp_id), "createTime" =>
    read_field(create_time), "creatorId" => read_field(creator_id), "id" =>
    read_field(id), "modifiedTime" => read_field(modified_time), "modifierId" =>
    read_field(modifier_id), "name" => read_field(name), "ownerId" =>
    read_field(owner_id), "ownerType" => read_field(owner_type), "partitions" =>
    read_field(partitions), "quota" => read_field(quota), "scene" => read_field(scene),
    "sceneId" => read_field(scene_id), "status" => read_field(status), "usedQuota" =>
    read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddSpaceResponseBodySpace { "appId" => optional(app_id), "capabilities" =>
    optional(capabilities), "corpId" => optional(corp_id), "createTime" =>
    optional(create_time), "creatorId" => optional(creator_id), "id" => optional(id),
    "modifiedTime" => optional(modified_time), "modifierId" => optional(modifier_id),
    "name" => optional(name), "ownerId" => optional(owner_id), "ownerType" =>
    optional(owner_type), "partitions" => optional(partitions), "quota" =>
    optional(quota), "scene" => optional(scene), "sceneId" => optional(scene_id),
    "status" => optional(status), "usedQuota" => optional(used_quota) }
}
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
/// `CommitFileRequestOptionAppProperties`: the same model as [`UpdateDentryAppPropertiesRequestAppProperties`].
pub type CommitFileRequestOptionAppProperties = UpdateDentryAppPropertiesRequestAppProperties;
/// The required fields of [`CommitFileRequestOptionAppProperties`].
pub type CommitFileRequestOptionAppPropertiesRequired = UpdateDentryAppPropertiesRequestAppPropertiesRequired;
/// `CommitFileResponseBodyDentry`, a model several operations share: also named [`ListDentriesResponseBodyDentries`].
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
/// `CopyDentriesResponseBodyResultItems`, a model several operations share: also named [`MoveDentriesResponseBodyResultItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyDentriesResponseBodyResultItems {
    /// `async`.
    pub r#async: Option<bool>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `targetDentryId`.
    pub target_dentry_id: Option<String>,
    /// `targetSpaceId`.
    pub target_space_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CopyDentriesResponseBodyResultItems { "async" => read_field(r#async), "dentryId" =>
    read_field(dentry_id), "errorCode" => read_field(error_code), "spaceId" =>
    read_field(space_id), "success" => read_field(success), "targetDentryId" =>
    read_field(target_dentry_id), "targetSpaceId" => read_field(target_space_id),
    "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyDentriesResponseBodyResultItems { "async" => optional(r#async), "dentryId" =>
    optional(dentry_id), "errorCode" => optional(error_code), "spaceId" =>
    optional(space_id), "success" => optional(success), "targetDentryId" =>
    optional(target_dentry_id), "targetSpaceId" => optional(target_space_id), "taskId" =>
    optional(task_id) }
}
/// `CopyDentryResponseBodyDentry`: the same model as [`AddFolderResponseBodyDentry`].
pub type CopyDentryResponseBodyDentry = AddFolderResponseBodyDentry;
/// `DeleteDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteDentriesResponseBodyResultItems {
    /// `async`.
    pub r#async: Option<bool>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteDentriesResponseBodyResultItems { "async" => read_field(r#async), "dentryId" =>
    read_field(dentry_id), "errorCode" => read_field(error_code), "spaceId" =>
    read_field(space_id), "success" => read_field(success), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteDentriesResponseBodyResultItems { "async" => optional(r#async), "dentryId" =>
    optional(dentry_id), "errorCode" => optional(error_code), "spaceId" =>
    optional(space_id), "success" => optional(success), "taskId" => optional(task_id) }
}
/// `GetCurrentAppResponseBodyApp`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCurrentAppResponseBodyApp {
    /// `appId`.
    pub app_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `partitions`.
    pub partitions: Option<Vec<GetCurrentAppResponseBodyAppPartitions>>,
}
rt::impl_deserialize! {
    GetCurrentAppResponseBodyApp { "appId" => read_field(app_id), "corpId" =>
    read_field(corp_id), "createTime" => read_field(create_time), "modifiedTime" =>
    read_field(modified_time), "name" => read_field(name), "partitions" =>
    read_field(partitions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCurrentAppResponseBodyApp { "appId" => optional(app_id), "corpId" =>
    optional(corp_id), "createTime" => optional(create_time), "modifiedTime" =>
    optional(modified_time), "name" => optional(name), "partitions" =>
    optional(partitions) }
}
/// `GetDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentriesResponseBodyResultItems {
    /// `dentry`.
    pub dentry: Option<GetDentriesResponseBodyResultItemsDentry>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetDentriesResponseBodyResultItems { "dentry" => read_field(dentry), "dentryId" =>
    read_field(dentry_id), "errorCode" => read_field(error_code), "spaceId" =>
    read_field(space_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentriesResponseBodyResultItems { "dentry" => optional(dentry), "dentryId" =>
    optional(dentry_id), "errorCode" => optional(error_code), "spaceId" =>
    optional(space_id), "success" => optional(success) }
}
/// `GetDentryResponseBodyDentry`, a model several operations share: also named [`ListAllDentriesResponseBodyDentries`], [`GetDentriesResponseBodyResultItemsDentry`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryResponseBodyDentry {
    /// `appProperties`.
    pub app_properties: Option<rt::BTreeMap<String, Vec<DentryAppPropertiesValue>>>,
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
    pub properties: Option<GetDentryResponseBodyDentryProperties>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `thumbnail`.
    pub thumbnail: Option<GetDentryResponseBodyDentryThumbnail>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    GetDentryResponseBodyDentry { "appProperties" => read_field(app_properties),
    "createTime" => read_field(create_time), "creatorId" => read_field(creator_id),
    "extension" => read_field(extension), "id" => read_field(id), "modifiedTime" =>
    read_field(modified_time), "modifierId" => read_field(modifier_id), "name" =>
    read_field(name), "parentId" => read_field(parent_id), "partitionType" =>
    read_field(partition_type), "path" => read_field(path), "properties" =>
    read_field(properties), "size" => read_field(size), "spaceId" =>
    read_field(space_id), "status" => read_field(status), "storageDriver" =>
    read_field(storage_driver), "thumbnail" => read_field(thumbnail), "type" =>
    read_field(r#type), "uuid" => read_field(uuid), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryResponseBodyDentry { "appProperties" => optional(app_properties),
    "createTime" => optional(create_time), "creatorId" => optional(creator_id),
    "extension" => optional(extension), "id" => optional(id), "modifiedTime" =>
    optional(modified_time), "modifierId" => optional(modifier_id), "name" =>
    optional(name), "parentId" => optional(parent_id), "partitionType" =>
    optional(partition_type), "path" => optional(path), "properties" =>
    optional(properties), "size" => optional(size), "spaceId" => optional(space_id),
    "status" => optional(status), "storageDriver" => optional(storage_driver),
    "thumbnail" => optional(thumbnail), "type" => optional(r#type), "uuid" =>
    optional(uuid), "version" => optional(version) }
}
/// `GetDentryThumbnailsResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryThumbnailsResponseBodyResultItems {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `thumbnail`.
    pub thumbnail: Option<GetDentryThumbnailsResponseBodyResultItemsThumbnail>,
}
rt::impl_deserialize! {
    GetDentryThumbnailsResponseBodyResultItems { "dentryId" => read_field(dentry_id),
    "errorCode" => read_field(error_code), "spaceId" => read_field(space_id), "success"
    => read_field(success), "thumbnail" => read_field(thumbnail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryThumbnailsResponseBodyResultItems { "dentryId" => optional(dentry_id),
    "errorCode" => optional(error_code), "spaceId" => optional(space_id), "success" =>
    optional(success), "thumbnail" => optional(thumbnail) }
}
/// `GetFileDownloadInfoResponseBodyHeaderSignatureInfo`, a model several operations share: also named [`GetFileUploadInfoResponseBodyHeaderSignatureInfo`], [`GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfosHeaderSignatureInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
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
    GetFileDownloadInfoResponseBodyHeaderSignatureInfo { "expirationSeconds" =>
    read_field(expiration_seconds), "headers" => read_field(headers),
    "internalResourceUrls" => read_field(internal_resource_urls), "region" =>
    read_field(region), "resourceUrls" => read_field(resource_urls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadInfoResponseBodyHeaderSignatureInfo { "expirationSeconds" =>
    optional(expiration_seconds), "headers" => optional(headers), "internalResourceUrls"
    => optional(internal_resource_urls), "region" => optional(region), "resourceUrls" =>
    optional(resource_urls) }
}
/// `GetFileUploadInfoRequestOptionPreCheckParam`, a model several operations share: also named [`InitMultipartFileUploadRequestOptionPreCheckParam`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileUploadInfoRequestOptionPreCheckParam {
    /// `md5`.
    pub md5: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `size`.
    pub size: Option<i64>,
}
impl GetFileUploadInfoRequestOptionPreCheckParam {
    /// An empty `GetFileUploadInfoRequestOptionPreCheckParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `md5`.
    pub fn md5(mut self, value: impl Into<String>) -> Self {
        self.md5 = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileUploadInfoRequestOptionPreCheckParam { "md5" => optional(md5), "name" =>
    optional(name), "parentId" => optional(parent_id), "size" => optional(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadInfoRequestOptionPreCheckParam { "md5" => read_field(md5), "name" =>
    read_field(name), "parentId" => read_field(parent_id), "size" => read_field(size) }
}
/// `GetFileUploadInfoResponseBodyHeaderSignatureInfo`: the same model as [`GetFileDownloadInfoResponseBodyHeaderSignatureInfo`].
pub type GetFileUploadInfoResponseBodyHeaderSignatureInfo = GetFileDownloadInfoResponseBodyHeaderSignatureInfo;
/// `GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<
        GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfosHeaderSignatureInfo,
    >,
    /// `partNumber`.
    pub part_number: Option<i64>,
}
rt::impl_deserialize! {
    GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    "headerSignatureInfo" => read_field(header_signature_info), "partNumber" =>
    read_field(part_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    "headerSignatureInfo" => optional(header_signature_info), "partNumber" =>
    optional(part_number) }
}
/// `GetOrgResponseBodyOrg`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrgResponseBodyOrg {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `partitions`.
    pub partitions: Option<Vec<GetOrgResponseBodyOrgPartitions>>,
}
rt::impl_deserialize! {
    GetOrgResponseBodyOrg { "corpId" => read_field(corp_id), "partitions" =>
    read_field(partitions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgResponseBodyOrg { "corpId" => optional(corp_id), "partitions" =>
    optional(partitions) }
}
/// `GetRecycleBinResponseBodyRecycleBin`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecycleBinResponseBodyRecycleBin {
    /// `id`.
    pub id: Option<String>,
    /// `scope`.
    pub scope: Option<String>,
    /// `scopeId`.
    pub scope_id: Option<String>,
}
rt::impl_deserialize! {
    GetRecycleBinResponseBodyRecycleBin { "id" => read_field(id), "scope" =>
    read_field(scope), "scopeId" => read_field(scope_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecycleBinResponseBodyRecycleBin { "id" => optional(id), "scope" =>
    optional(scope), "scopeId" => optional(scope_id) }
}
/// `GetRecycleItemResponseBodyItem`, a model several operations share: also named [`ListRecycleItemsResponseBodyRecycleItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecycleItemResponseBodyItem {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `operatorTime`.
    pub operator_time: Option<String>,
    /// `originalName`.
    pub original_name: Option<String>,
    /// `originalPath`.
    pub original_path: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetRecycleItemResponseBodyItem { "dentryId" => read_field(dentry_id), "id" =>
    read_field(id), "operatorId" => read_field(operator_id), "operatorTime" =>
    read_field(operator_time), "originalName" => read_field(original_name),
    "originalPath" => read_field(original_path), "size" => read_field(size), "spaceId" =>
    read_field(space_id), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecycleItemResponseBodyItem { "dentryId" => optional(dentry_id), "id" =>
    optional(id), "operatorId" => optional(operator_id), "operatorTime" =>
    optional(operator_time), "originalName" => optional(original_name), "originalPath" =>
    optional(original_path), "size" => optional(size), "spaceId" => optional(space_id),
    "type" => optional(r#type) }
}
/// `GetSpaceResponseBodySpace`: the same model as [`AddSpaceResponseBodySpace`].
pub type GetSpaceResponseBodySpace = AddSpaceResponseBodySpace;
/// `GetTaskResponseBodyTask`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskResponseBodyTask {
    /// `beginTime`.
    pub begin_time: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `failCount`.
    pub fail_count: Option<i64>,
    /// `failMessage`.
    pub fail_message: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `successCount`.
    pub success_count: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskResponseBodyTask { "beginTime" => read_field(begin_time), "endTime" =>
    read_field(end_time), "failCount" => read_field(fail_count), "failMessage" =>
    read_field(fail_message), "id" => read_field(id), "status" => read_field(status),
    "successCount" => read_field(success_count), "totalCount" => read_field(total_count)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskResponseBodyTask { "beginTime" => optional(begin_time), "endTime" =>
    optional(end_time), "failCount" => optional(fail_count), "failMessage" =>
    optional(fail_message), "id" => optional(id), "status" => optional(status),
    "successCount" => optional(success_count), "totalCount" => optional(total_count) }
}
/// `InitMultipartFileUploadRequestOptionPreCheckParam`: the same model as [`GetFileUploadInfoRequestOptionPreCheckParam`].
pub type InitMultipartFileUploadRequestOptionPreCheckParam = GetFileUploadInfoRequestOptionPreCheckParam;
/// `ListAllDentriesResponseBodyDentries`: the same model as [`GetDentryResponseBodyDentry`].
pub type ListAllDentriesResponseBodyDentries = GetDentryResponseBodyDentry;
/// `ListDentriesResponseBodyDentries`: the same model as [`CommitFileResponseBodyDentry`].
pub type ListDentriesResponseBodyDentries = CommitFileResponseBodyDentry;
/// `ListDentryVersionsResponseBodyDentries`: the same model as [`AddFolderResponseBodyDentry`].
pub type ListDentryVersionsResponseBodyDentries = AddFolderResponseBodyDentry;
/// `ListPermissionsResponseBodyPermissions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyPermissions {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `member`.
    pub member: Option<ListPermissionsResponseBodyPermissionsMember>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `role`.
    pub role: Option<ListPermissionsResponseBodyPermissionsRole>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    ListPermissionsResponseBodyPermissions { "createTime" => read_field(create_time),
    "dentryId" => read_field(dentry_id), "duration" => read_field(duration), "member" =>
    read_field(member), "modifiedTime" => read_field(modified_time), "operatorId" =>
    read_field(operator_id), "role" => read_field(role), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBodyPermissions { "createTime" => optional(create_time),
    "dentryId" => optional(dentry_id), "duration" => optional(duration), "member" =>
    optional(member), "modifiedTime" => optional(modified_time), "operatorId" =>
    optional(operator_id), "role" => optional(role), "spaceId" => optional(space_id) }
}
/// `ListRecycleItemsResponseBodyRecycleItems`: the same model as [`GetRecycleItemResponseBodyItem`].
pub type ListRecycleItemsResponseBodyRecycleItems = GetRecycleItemResponseBodyItem;
/// `MoveDentriesResponseBodyResultItems`: the same model as [`CopyDentriesResponseBodyResultItems`].
pub type MoveDentriesResponseBodyResultItems = CopyDentriesResponseBodyResultItems;
/// `MoveDentryResponseBodyDentry`: the same model as [`AddFolderResponseBodyDentry`].
pub type MoveDentryResponseBodyDentry = AddFolderResponseBodyDentry;
/// `RenameDentryResponseBodyDentry`: the same model as [`AddFolderResponseBodyDentry`].
pub type RenameDentryResponseBodyDentry = AddFolderResponseBodyDentry;
/// `RestoreRecycleItemsResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RestoreRecycleItemsResponseBodyResultItems {
    /// `async`.
    pub r#async: Option<bool>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `recycleBinId`.
    pub recycle_bin_id: Option<String>,
    /// `recycleItemId`.
    pub recycle_item_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    RestoreRecycleItemsResponseBodyResultItems { "async" => read_field(r#async),
    "dentryId" => read_field(dentry_id), "errorCode" => read_field(error_code),
    "recycleBinId" => read_field(recycle_bin_id), "recycleItemId" =>
    read_field(recycle_item_id), "spaceId" => read_field(space_id), "success" =>
    read_field(success), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RestoreRecycleItemsResponseBodyResultItems { "async" => optional(r#async), "dentryId"
    => optional(dentry_id), "errorCode" => optional(error_code), "recycleBinId" =>
    optional(recycle_bin_id), "recycleItemId" => optional(recycle_item_id), "spaceId" =>
    optional(space_id), "success" => optional(success), "taskId" => optional(task_id) }
}
/// `DentryAppPropertiesValue`, a model several operations share: also named [`DentriesAppPropertiesValue`], [`ResultItemsDentryAppPropertiesValue`].
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
/// `AddFolderResponseBodyDentryProperties`, a model several operations share: also named [`CommitFileResponseBodyDentryProperties`], [`CopyDentryResponseBodyDentryProperties`], [`GetDentryResponseBodyDentryProperties`], [`ListAllDentriesResponseBodyDentriesProperties`], [`ListDentriesResponseBodyDentriesProperties`], [`ListDentryVersionsResponseBodyDentriesProperties`], [`MoveDentryResponseBodyDentryProperties`], [`RenameDentryResponseBodyDentryProperties`], [`GetDentriesResponseBodyResultItemsDentryProperties`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddFolderResponseBodyDentryProperties {
    /// `readOnly`.
    pub read_only: Option<bool>,
}
rt::impl_deserialize! {
    AddFolderResponseBodyDentryProperties { "readOnly" => read_field(read_only) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddFolderResponseBodyDentryProperties { "readOnly" => optional(read_only) }
}
/// `AddSpaceResponseBodySpaceCapabilities`, a model several operations share: also named [`GetSpaceResponseBodySpaceCapabilities`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddSpaceResponseBodySpaceCapabilities {
    /// `canRecordRecentFile`.
    pub can_record_recent_file: Option<bool>,
    /// `canRename`.
    pub can_rename: Option<bool>,
    /// `canSearch`.
    pub can_search: Option<bool>,
}
rt::impl_deserialize! {
    AddSpaceResponseBodySpaceCapabilities { "canRecordRecentFile" =>
    read_field(can_record_recent_file), "canRename" => read_field(can_rename),
    "canSearch" => read_field(can_search) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddSpaceResponseBodySpaceCapabilities { "canRecordRecentFile" =>
    optional(can_record_recent_file), "canRename" => optional(can_rename), "canSearch" =>
    optional(can_search) }
}
/// `AddSpaceResponseBodySpacePartitions`, a model several operations share: also named [`GetCurrentAppResponseBodyAppPartitions`], [`GetOrgResponseBodyOrgPartitions`], [`GetSpaceResponseBodySpacePartitions`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddSpaceResponseBodySpacePartitions {
    /// `partitionType`.
    pub partition_type: Option<String>,
    /// `quota`.
    pub quota: Option<AddSpaceResponseBodySpacePartitionsQuota>,
}
rt::impl_deserialize! {
    AddSpaceResponseBodySpacePartitions { "partitionType" => read_field(partition_type),
    "quota" => read_field(quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddSpaceResponseBodySpacePartitions { "partitionType" => optional(partition_type),
    "quota" => optional(quota) }
}
/// `CommitFileResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type CommitFileResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `CommitFileResponseBodyDentryThumbnail`, a model several operations share: also named [`GetDentryResponseBodyDentryThumbnail`], [`GetDentryThumbnailsResponseBodyResultItemsThumbnail`], [`ListAllDentriesResponseBodyDentriesThumbnail`], [`ListDentriesResponseBodyDentriesThumbnail`], [`GetDentriesResponseBodyResultItemsDentryThumbnail`].
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
/// `CopyDentryResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type CopyDentryResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `GetCurrentAppResponseBodyAppPartitions`: the same model as [`AddSpaceResponseBodySpacePartitions`].
pub type GetCurrentAppResponseBodyAppPartitions = AddSpaceResponseBodySpacePartitions;
/// `GetDentriesResponseBodyResultItemsDentry`: the same model as [`GetDentryResponseBodyDentry`].
pub type GetDentriesResponseBodyResultItemsDentry = GetDentryResponseBodyDentry;
/// `GetDentryResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type GetDentryResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `GetDentryResponseBodyDentryThumbnail`: the same model as [`CommitFileResponseBodyDentryThumbnail`].
pub type GetDentryResponseBodyDentryThumbnail = CommitFileResponseBodyDentryThumbnail;
/// `GetDentryThumbnailsResponseBodyResultItemsThumbnail`: the same model as [`CommitFileResponseBodyDentryThumbnail`].
pub type GetDentryThumbnailsResponseBodyResultItemsThumbnail = CommitFileResponseBodyDentryThumbnail;
/// `GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfosHeaderSignatureInfo`: the same model as [`GetFileDownloadInfoResponseBodyHeaderSignatureInfo`].
pub type GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfosHeaderSignatureInfo = GetFileDownloadInfoResponseBodyHeaderSignatureInfo;
/// `GetOrgResponseBodyOrgPartitions`: the same model as [`AddSpaceResponseBodySpacePartitions`].
pub type GetOrgResponseBodyOrgPartitions = AddSpaceResponseBodySpacePartitions;
/// `GetSpaceResponseBodySpaceCapabilities`: the same model as [`AddSpaceResponseBodySpaceCapabilities`].
pub type GetSpaceResponseBodySpaceCapabilities = AddSpaceResponseBodySpaceCapabilities;
/// `GetSpaceResponseBodySpacePartitions`: the same model as [`AddSpaceResponseBodySpacePartitions`].
pub type GetSpaceResponseBodySpacePartitions = AddSpaceResponseBodySpacePartitions;
/// `DentriesAppPropertiesValue`: the same model as [`DentryAppPropertiesValue`].
pub type DentriesAppPropertiesValue = DentryAppPropertiesValue;
/// `ListAllDentriesResponseBodyDentriesProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type ListAllDentriesResponseBodyDentriesProperties = AddFolderResponseBodyDentryProperties;
/// `ListAllDentriesResponseBodyDentriesThumbnail`: the same model as [`CommitFileResponseBodyDentryThumbnail`].
pub type ListAllDentriesResponseBodyDentriesThumbnail = CommitFileResponseBodyDentryThumbnail;
/// `ListDentriesResponseBodyDentriesProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type ListDentriesResponseBodyDentriesProperties = AddFolderResponseBodyDentryProperties;
/// `ListDentriesResponseBodyDentriesThumbnail`: the same model as [`CommitFileResponseBodyDentryThumbnail`].
pub type ListDentriesResponseBodyDentriesThumbnail = CommitFileResponseBodyDentryThumbnail;
/// `ListDentryVersionsResponseBodyDentriesProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type ListDentryVersionsResponseBodyDentriesProperties = AddFolderResponseBodyDentryProperties;
/// `ListPermissionsResponseBodyPermissionsMember`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyPermissionsMember {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    ListPermissionsResponseBodyPermissionsMember { "corpId" => read_field(corp_id), "id"
    => read_field(id), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBodyPermissionsMember { "corpId" => optional(corp_id), "id" =>
    optional(id), "type" => optional(r#type) }
}
/// `ListPermissionsResponseBodyPermissionsRole`: the same model as [`RoleMapValue`].
pub type ListPermissionsResponseBodyPermissionsRole = RoleMapValue;
/// `MoveDentryResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type MoveDentryResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `RenameDentryResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type RenameDentryResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `AddSpaceResponseBodySpacePartitionsQuota`, a model several operations share: also named [`GetCurrentAppResponseBodyAppPartitionsQuota`], [`GetOrgResponseBodyOrgPartitionsQuota`], [`GetSpaceResponseBodySpacePartitionsQuota`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddSpaceResponseBodySpacePartitionsQuota {
    /// `max`.
    pub max: Option<i64>,
    /// `reserved`.
    pub reserved: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
    /// `used`.
    pub used: Option<i64>,
}
rt::impl_deserialize! {
    AddSpaceResponseBodySpacePartitionsQuota { "max" => read_field(max), "reserved" =>
    read_field(reserved), "type" => read_field(r#type), "used" => read_field(used) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddSpaceResponseBodySpacePartitionsQuota { "max" => optional(max), "reserved" =>
    optional(reserved), "type" => optional(r#type), "used" => optional(used) }
}
/// `GetCurrentAppResponseBodyAppPartitionsQuota`: the same model as [`AddSpaceResponseBodySpacePartitionsQuota`].
pub type GetCurrentAppResponseBodyAppPartitionsQuota = AddSpaceResponseBodySpacePartitionsQuota;
/// `ResultItemsDentryAppPropertiesValue`: the same model as [`DentryAppPropertiesValue`].
pub type ResultItemsDentryAppPropertiesValue = DentryAppPropertiesValue;
/// `GetDentriesResponseBodyResultItemsDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type GetDentriesResponseBodyResultItemsDentryProperties = AddFolderResponseBodyDentryProperties;
/// `GetDentriesResponseBodyResultItemsDentryThumbnail`: the same model as [`CommitFileResponseBodyDentryThumbnail`].
pub type GetDentriesResponseBodyResultItemsDentryThumbnail = CommitFileResponseBodyDentryThumbnail;
/// `GetOrgResponseBodyOrgPartitionsQuota`: the same model as [`AddSpaceResponseBodySpacePartitionsQuota`].
pub type GetOrgResponseBodyOrgPartitionsQuota = AddSpaceResponseBodySpacePartitionsQuota;
/// `GetSpaceResponseBodySpacePartitionsQuota`: the same model as [`AddSpaceResponseBodySpacePartitionsQuota`].
pub type GetSpaceResponseBodySpacePartitionsQuota = AddSpaceResponseBodySpacePartitionsQuota;
/// The request of [`Api::add_folder`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddFolderRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `name`.
    pub name: String,
    /// `option`.
    pub option: Option<AddFolderRequestOption>,
}
/// The required fields of [`AddFolderRequest`], each named where it is set: `AddFolderRequest::new(AddFolderRequired { .. })`.
pub struct AddFolderRequired {
    /// `unionId`: see [`AddFolderRequest::union_id`].
    pub union_id: String,
    /// `name`: see [`AddFolderRequest::name`].
    pub name: String,
}
impl AddFolderRequest {
    /// A `AddFolderRequest` with its required fields (`unionId`, `name`); set the others with the methods named after them.
    pub fn new(required: AddFolderRequired) -> Self {
        let AddFolderRequired { union_id, name } = required;
        Self {
            union_id,
            name,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddFolderRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddFolderRequest { "name" => field(name), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddFolderRequest { "unionId" => read_field(union_id), "name" => read_field(name),
    "option" => read_field(option) }
}
impl rt::WriteRequest for AddFolderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
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
/// The request of [`Api::add_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<AddSpaceRequestOption>,
}
/// The required fields of [`AddSpaceRequest`], each named where it is set: `AddSpaceRequest::new(AddSpaceRequired { .. })`.
pub struct AddSpaceRequired {
    /// `unionId`: see [`AddSpaceRequest::union_id`].
    pub union_id: String,
}
impl AddSpaceRequest {
    /// A `AddSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: AddSpaceRequired) -> Self {
        let AddSpaceRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddSpaceRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddSpaceRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddSpaceRequest { "unionId" => read_field(union_id), "option" => read_field(option) }
}
impl rt::WriteRequest for AddSpaceRequest {
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
    /// `dentryIdList`: a query parameter, JSON-encoded.
    pub dentry_id_list: Vec<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`BatchQueryRolesRequest`], each named where it is set: `BatchQueryRolesRequest::new(BatchQueryRolesRequired { .. })`.
pub struct BatchQueryRolesRequired {
    /// `dentryIdList`: see [`BatchQueryRolesRequest::dentry_id_list`].
    pub dentry_id_list: Vec<String>,
    /// `unionId`: see [`BatchQueryRolesRequest::union_id`].
    pub union_id: String,
}
impl BatchQueryRolesRequest {
    /// A `BatchQueryRolesRequest` with its required fields (`dentryIdList`, `unionId`); set the others with the methods named after them.
    pub fn new(required: BatchQueryRolesRequired) -> Self {
        let BatchQueryRolesRequired { dentry_id_list, union_id } = required;
        Self { dentry_id_list, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryRolesRequest { "dentryIdList" => read_field(dentry_id_list), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for BatchQueryRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("dentryIdList", &self.dentry_id_list);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::clear_recycle_bin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearRecycleBinRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ClearRecycleBinRequest`], each named where it is set: `ClearRecycleBinRequest::new(ClearRecycleBinRequired { .. })`.
pub struct ClearRecycleBinRequired {
    /// `unionId`: see [`ClearRecycleBinRequest::union_id`].
    pub union_id: String,
}
impl ClearRecycleBinRequest {
    /// A `ClearRecycleBinRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ClearRecycleBinRequired) -> Self {
        let ClearRecycleBinRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearRecycleBinRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ClearRecycleBinRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
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
    /// `overwriteDentryId`.
    pub overwrite_dentry_id: Option<String>,
    /// `parentId`.
    pub parent_id: String,
    /// `uploadKey`.
    pub upload_key: String,
}
/// The required fields of [`CommitFileRequest`], each named where it is set: `CommitFileRequest::new(CommitFileRequired { .. })`.
pub struct CommitFileRequired {
    /// `unionId`: see [`CommitFileRequest::union_id`].
    pub union_id: String,
    /// `name`: see [`CommitFileRequest::name`].
    pub name: String,
    /// `parentId`: see [`CommitFileRequest::parent_id`].
    pub parent_id: String,
    /// `uploadKey`: see [`CommitFileRequest::upload_key`].
    pub upload_key: String,
}
impl CommitFileRequest {
    /// A `CommitFileRequest` with its required fields (`unionId`, `name`, `parentId`, `uploadKey`); set the others with the methods named after them.
    pub fn new(required: CommitFileRequired) -> Self {
        let CommitFileRequired { union_id, name, parent_id, upload_key } = required;
        Self {
            union_id,
            name,
            option: None,
            overwrite_dentry_id: None,
            parent_id,
            upload_key,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CommitFileRequestOption) -> Self {
        self.option = Some(value);
        self
    }
    /// Sets `overwriteDentryId`.
    pub fn overwrite_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.overwrite_dentry_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CommitFileRequest { "name" => field(name), "option" => optional(option),
    "overwriteDentryId" => optional(overwrite_dentry_id), "parentId" => field(parent_id),
    "uploadKey" => field(upload_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CommitFileRequest { "unionId" => read_field(union_id), "name" => read_field(name),
    "option" => read_field(option), "overwriteDentryId" =>
    read_field(overwrite_dentry_id), "parentId" => read_field(parent_id), "uploadKey" =>
    read_field(upload_key) }
}
impl rt::WriteRequest for CommitFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<CopyDentriesRequestOption>,
    /// `targetFolderId`.
    pub target_folder_id: String,
    /// `targetSpaceId`.
    pub target_space_id: String,
}
/// The required fields of [`CopyDentriesRequest`], each named where it is set: `CopyDentriesRequest::new(CopyDentriesRequired { .. })`.
pub struct CopyDentriesRequired {
    /// `unionId`: see [`CopyDentriesRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`CopyDentriesRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
    /// `targetFolderId`: see [`CopyDentriesRequest::target_folder_id`].
    pub target_folder_id: String,
    /// `targetSpaceId`: see [`CopyDentriesRequest::target_space_id`].
    pub target_space_id: String,
}
impl CopyDentriesRequest {
    /// A `CopyDentriesRequest` with its required fields (`unionId`, `dentryIds`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(required: CopyDentriesRequired) -> Self {
        let CopyDentriesRequired {
            union_id,
            dentry_ids,
            target_folder_id,
            target_space_id,
        } = required;
        Self {
            union_id,
            dentry_ids,
            option: None,
            target_folder_id,
            target_space_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CopyDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    CopyDentriesRequest { "dentryIds" => field(dentry_ids), "option" => optional(option),
    "targetFolderId" => field(target_folder_id), "targetSpaceId" =>
    field(target_space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDentriesRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids), "option" => read_field(option), "targetFolderId" =>
    read_field(target_folder_id), "targetSpaceId" => read_field(target_space_id) }
}
impl rt::WriteRequest for CopyDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<CopyDentryRequestOption>,
    /// `targetFolderId`.
    pub target_folder_id: String,
    /// `targetSpaceId`.
    pub target_space_id: String,
}
/// The required fields of [`CopyDentryRequest`], each named where it is set: `CopyDentryRequest::new(CopyDentryRequired { .. })`.
pub struct CopyDentryRequired {
    /// `unionId`: see [`CopyDentryRequest::union_id`].
    pub union_id: String,
    /// `targetFolderId`: see [`CopyDentryRequest::target_folder_id`].
    pub target_folder_id: String,
    /// `targetSpaceId`: see [`CopyDentryRequest::target_space_id`].
    pub target_space_id: String,
}
impl CopyDentryRequest {
    /// A `CopyDentryRequest` with its required fields (`unionId`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(required: CopyDentryRequired) -> Self {
        let CopyDentryRequired { union_id, target_folder_id, target_space_id } = required;
        Self {
            union_id,
            option: None,
            target_folder_id,
            target_space_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CopyDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    CopyDentryRequest { "option" => optional(option), "targetFolderId" =>
    field(target_folder_id), "targetSpaceId" => field(target_space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDentryRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option), "targetFolderId" => read_field(target_folder_id), "targetSpaceId"
    => read_field(target_space_id) }
}
impl rt::WriteRequest for CopyDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<DeleteDentriesRequestOption>,
}
/// The required fields of [`DeleteDentriesRequest`], each named where it is set: `DeleteDentriesRequest::new(DeleteDentriesRequired { .. })`.
pub struct DeleteDentriesRequired {
    /// `unionId`: see [`DeleteDentriesRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`DeleteDentriesRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
}
impl DeleteDentriesRequest {
    /// A `DeleteDentriesRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(required: DeleteDentriesRequired) -> Self {
        let DeleteDentriesRequired { union_id, dentry_ids } = required;
        Self {
            union_id,
            dentry_ids,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: DeleteDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    DeleteDentriesRequest { "dentryIds" => field(dentry_ids), "option" =>
    optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDentriesRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids), "option" => read_field(option) }
}
impl rt::WriteRequest for DeleteDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDentryRequest {
    /// `toRecycleBin`: a query parameter.
    pub to_recycle_bin: Option<bool>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteDentryRequest`], each named where it is set: `DeleteDentryRequest::new(DeleteDentryRequired { .. })`.
pub struct DeleteDentryRequired {
    /// `unionId`: see [`DeleteDentryRequest::union_id`].
    pub union_id: String,
}
impl DeleteDentryRequest {
    /// A `DeleteDentryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteDentryRequired) -> Self {
        let DeleteDentryRequired { union_id } = required;
        Self {
            to_recycle_bin: None,
            union_id,
        }
    }
    /// Sets `toRecycleBin`.
    pub fn to_recycle_bin(mut self, value: bool) -> Self {
        self.to_recycle_bin = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDentryRequest { "toRecycleBin" => read_field(to_recycle_bin), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for DeleteDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("toRecycleBin", &self.to_recycle_bin);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_dentry_app_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDentryAppPropertiesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `propertyNames`.
    pub property_names: Vec<String>,
}
/// The required fields of [`DeleteDentryAppPropertiesRequest`], each named where it is set: `DeleteDentryAppPropertiesRequest::new(DeleteDentryAppPropertiesRequired { .. })`.
pub struct DeleteDentryAppPropertiesRequired {
    /// `unionId`: see [`DeleteDentryAppPropertiesRequest::union_id`].
    pub union_id: String,
    /// `propertyNames`: see [`DeleteDentryAppPropertiesRequest::property_names`].
    pub property_names: Vec<String>,
}
impl DeleteDentryAppPropertiesRequest {
    /// A `DeleteDentryAppPropertiesRequest` with its required fields (`unionId`, `propertyNames`); set the others with the methods named after them.
    pub fn new(required: DeleteDentryAppPropertiesRequired) -> Self {
        let DeleteDentryAppPropertiesRequired { union_id, property_names } = required;
        Self { union_id, property_names }
    }
}
rt::impl_serialize! {
    DeleteDentryAppPropertiesRequest { "propertyNames" => field(property_names) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDentryAppPropertiesRequest { "unionId" => read_field(union_id), "propertyNames"
    => read_field(property_names) }
}
impl rt::WriteRequest for DeleteDentryAppPropertiesRequest {
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
/// The request of [`Api::delete_recycle_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecycleItemRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteRecycleItemRequest`], each named where it is set: `DeleteRecycleItemRequest::new(DeleteRecycleItemRequired { .. })`.
pub struct DeleteRecycleItemRequired {
    /// `unionId`: see [`DeleteRecycleItemRequest::union_id`].
    pub union_id: String,
}
impl DeleteRecycleItemRequest {
    /// A `DeleteRecycleItemRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteRecycleItemRequired) -> Self {
        let DeleteRecycleItemRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRecycleItemRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteRecycleItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_recycle_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecycleItemsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `recycleItemIds`.
    pub recycle_item_ids: Vec<String>,
}
/// The required fields of [`DeleteRecycleItemsRequest`], each named where it is set: `DeleteRecycleItemsRequest::new(DeleteRecycleItemsRequired { .. })`.
pub struct DeleteRecycleItemsRequired {
    /// `unionId`: see [`DeleteRecycleItemsRequest::union_id`].
    pub union_id: String,
    /// `recycleItemIds`: see [`DeleteRecycleItemsRequest::recycle_item_ids`].
    pub recycle_item_ids: Vec<String>,
}
impl DeleteRecycleItemsRequest {
    /// A `DeleteRecycleItemsRequest` with its required fields (`unionId`, `recycleItemIds`); set the others with the methods named after them.
    pub fn new(required: DeleteRecycleItemsRequired) -> Self {
        let DeleteRecycleItemsRequired { union_id, recycle_item_ids } = required;
        Self { union_id, recycle_item_ids }
    }
}
rt::impl_serialize! {
    DeleteRecycleItemsRequest { "recycleItemIds" => field(recycle_item_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRecycleItemsRequest { "unionId" => read_field(union_id), "recycleItemIds" =>
    read_field(recycle_item_ids) }
}
impl rt::WriteRequest for DeleteRecycleItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_current_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCurrentAppRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetCurrentAppRequest`], each named where it is set: `GetCurrentAppRequest::new(GetCurrentAppRequired { .. })`.
pub struct GetCurrentAppRequired {
    /// `unionId`: see [`GetCurrentAppRequest::union_id`].
    pub union_id: String,
}
impl GetCurrentAppRequest {
    /// A `GetCurrentAppRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetCurrentAppRequired) -> Self {
        let GetCurrentAppRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCurrentAppRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetCurrentAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<GetDentriesRequestOption>,
}
/// The required fields of [`GetDentriesRequest`], each named where it is set: `GetDentriesRequest::new(GetDentriesRequired { .. })`.
pub struct GetDentriesRequired {
    /// `unionId`: see [`GetDentriesRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`GetDentriesRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
}
impl GetDentriesRequest {
    /// A `GetDentriesRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(required: GetDentriesRequired) -> Self {
        let GetDentriesRequired { union_id, dentry_ids } = required;
        Self {
            union_id,
            dentry_ids,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentriesRequest { "dentryIds" => field(dentry_ids), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentriesRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids), "option" => read_field(option) }
}
impl rt::WriteRequest for GetDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetDentryRequestOption>,
}
/// The required fields of [`GetDentryRequest`], each named where it is set: `GetDentryRequest::new(GetDentryRequired { .. })`.
pub struct GetDentryRequired {
    /// `unionId`: see [`GetDentryRequest::union_id`].
    pub union_id: String,
}
impl GetDentryRequest {
    /// A `GetDentryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetDentryRequired) -> Self {
        let GetDentryRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentryRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryRequest { "unionId" => read_field(union_id), "option" => read_field(option)
    }
}
impl rt::WriteRequest for GetDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_open_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentryOpenInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetDentryOpenInfoRequestOption>,
}
/// The required fields of [`GetDentryOpenInfoRequest`], each named where it is set: `GetDentryOpenInfoRequest::new(GetDentryOpenInfoRequired { .. })`.
pub struct GetDentryOpenInfoRequired {
    /// `unionId`: see [`GetDentryOpenInfoRequest::union_id`].
    pub union_id: String,
}
impl GetDentryOpenInfoRequest {
    /// A `GetDentryOpenInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetDentryOpenInfoRequired) -> Self {
        let GetDentryOpenInfoRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentryOpenInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentryOpenInfoRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryOpenInfoRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for GetDentryOpenInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_thumbnails`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentryThumbnailsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
}
/// The required fields of [`GetDentryThumbnailsRequest`], each named where it is set: `GetDentryThumbnailsRequest::new(GetDentryThumbnailsRequired { .. })`.
pub struct GetDentryThumbnailsRequired {
    /// `unionId`: see [`GetDentryThumbnailsRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`GetDentryThumbnailsRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
}
impl GetDentryThumbnailsRequest {
    /// A `GetDentryThumbnailsRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(required: GetDentryThumbnailsRequired) -> Self {
        let GetDentryThumbnailsRequired { union_id, dentry_ids } = required;
        Self { union_id, dentry_ids }
    }
}
rt::impl_serialize! {
    GetDentryThumbnailsRequest { "dentryIds" => field(dentry_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryThumbnailsRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids) }
}
impl rt::WriteRequest for GetDentryThumbnailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFileDownloadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetFileDownloadInfoRequestOption>,
}
/// The required fields of [`GetFileDownloadInfoRequest`], each named where it is set: `GetFileDownloadInfoRequest::new(GetFileDownloadInfoRequired { .. })`.
pub struct GetFileDownloadInfoRequired {
    /// `unionId`: see [`GetFileDownloadInfoRequest::union_id`].
    pub union_id: String,
}
impl GetFileDownloadInfoRequest {
    /// A `GetFileDownloadInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetFileDownloadInfoRequired) -> Self {
        let GetFileDownloadInfoRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetFileDownloadInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileDownloadInfoRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileDownloadInfoRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for GetFileDownloadInfoRequest {
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
    /// `multipart`.
    pub multipart: bool,
    /// `option`.
    pub option: Option<GetFileUploadInfoRequestOption>,
    /// `protocol`.
    pub protocol: String,
}
/// The required fields of [`GetFileUploadInfoRequest`], each named where it is set: `GetFileUploadInfoRequest::new(GetFileUploadInfoRequired { .. })`.
pub struct GetFileUploadInfoRequired {
    /// `unionId`: see [`GetFileUploadInfoRequest::union_id`].
    pub union_id: String,
    /// `multipart`: see [`GetFileUploadInfoRequest::multipart`].
    pub multipart: bool,
    /// `protocol`: see [`GetFileUploadInfoRequest::protocol`].
    pub protocol: String,
}
impl GetFileUploadInfoRequest {
    /// A `GetFileUploadInfoRequest` with its required fields (`unionId`, `multipart`, `protocol`); set the others with the methods named after them.
    pub fn new(required: GetFileUploadInfoRequired) -> Self {
        let GetFileUploadInfoRequired { union_id, multipart, protocol } = required;
        Self {
            union_id,
            multipart,
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
    GetFileUploadInfoRequest { "multipart" => field(multipart), "option" =>
    optional(option), "protocol" => field(protocol) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileUploadInfoRequest { "unionId" => read_field(union_id), "multipart" =>
    read_field(multipart), "option" => read_field(option), "protocol" =>
    read_field(protocol) }
}
impl rt::WriteRequest for GetFileUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_multipart_file_upload_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMultipartFileUploadInfosRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetMultipartFileUploadInfosRequestOption>,
    /// `partNumbers`.
    pub part_numbers: Vec<i64>,
    /// `uploadKey`.
    pub upload_key: String,
}
/// The required fields of [`GetMultipartFileUploadInfosRequest`], each named where it is set: `GetMultipartFileUploadInfosRequest::new(GetMultipartFileUploadInfosRequired { .. })`.
pub struct GetMultipartFileUploadInfosRequired {
    /// `unionId`: see [`GetMultipartFileUploadInfosRequest::union_id`].
    pub union_id: String,
    /// `partNumbers`: see [`GetMultipartFileUploadInfosRequest::part_numbers`].
    pub part_numbers: Vec<i64>,
    /// `uploadKey`: see [`GetMultipartFileUploadInfosRequest::upload_key`].
    pub upload_key: String,
}
impl GetMultipartFileUploadInfosRequest {
    /// A `GetMultipartFileUploadInfosRequest` with its required fields (`unionId`, `partNumbers`, `uploadKey`); set the others with the methods named after them.
    pub fn new(required: GetMultipartFileUploadInfosRequired) -> Self {
        let GetMultipartFileUploadInfosRequired { union_id, part_numbers, upload_key } = required;
        Self {
            union_id,
            option: None,
            part_numbers,
            upload_key,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetMultipartFileUploadInfosRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetMultipartFileUploadInfosRequest { "option" => optional(option), "partNumbers" =>
    field(part_numbers), "uploadKey" => field(upload_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMultipartFileUploadInfosRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option), "partNumbers" => read_field(part_numbers), "uploadKey" =>
    read_field(upload_key) }
}
impl rt::WriteRequest for GetMultipartFileUploadInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOrgRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetOrgRequest`], each named where it is set: `GetOrgRequest::new(GetOrgRequired { .. })`.
pub struct GetOrgRequired {
    /// `unionId`: see [`GetOrgRequest::union_id`].
    pub union_id: String,
}
impl GetOrgRequest {
    /// A `GetOrgRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetOrgRequired) -> Self {
        let GetOrgRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrgRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_recycle_bin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecycleBinRequest {
    /// `recycleBinScope`: a query parameter.
    pub recycle_bin_scope: String,
    /// `scopeId`: a query parameter.
    pub scope_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetRecycleBinRequest`], each named where it is set: `GetRecycleBinRequest::new(GetRecycleBinRequired { .. })`.
pub struct GetRecycleBinRequired {
    /// `recycleBinScope`: see [`GetRecycleBinRequest::recycle_bin_scope`].
    pub recycle_bin_scope: String,
    /// `scopeId`: see [`GetRecycleBinRequest::scope_id`].
    pub scope_id: String,
    /// `unionId`: see [`GetRecycleBinRequest::union_id`].
    pub union_id: String,
}
impl GetRecycleBinRequest {
    /// A `GetRecycleBinRequest` with its required fields (`recycleBinScope`, `scopeId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetRecycleBinRequired) -> Self {
        let GetRecycleBinRequired { recycle_bin_scope, scope_id, union_id } = required;
        Self {
            recycle_bin_scope,
            scope_id,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRecycleBinRequest { "recycleBinScope" => read_field(recycle_bin_scope), "scopeId"
    => read_field(scope_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetRecycleBinRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recycleBinScope", &self.recycle_bin_scope);
        writer.query("scopeId", &self.scope_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_recycle_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecycleItemRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetRecycleItemRequest`], each named where it is set: `GetRecycleItemRequest::new(GetRecycleItemRequired { .. })`.
pub struct GetRecycleItemRequired {
    /// `unionId`: see [`GetRecycleItemRequest::union_id`].
    pub union_id: String,
}
impl GetRecycleItemRequest {
    /// A `GetRecycleItemRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetRecycleItemRequired) -> Self {
        let GetRecycleItemRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRecycleItemRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetRecycleItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetSpaceRequest`], each named where it is set: `GetSpaceRequest::new(GetSpaceRequired { .. })`.
pub struct GetSpaceRequired {
    /// `unionId`: see [`GetSpaceRequest::union_id`].
    pub union_id: String,
}
impl GetSpaceRequest {
    /// A `GetSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetSpaceRequired) -> Self {
        let GetSpaceRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpaceRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTaskRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetTaskRequest`], each named where it is set: `GetTaskRequest::new(GetTaskRequired { .. })`.
pub struct GetTaskRequired {
    /// `unionId`: see [`GetTaskRequest::union_id`].
    pub union_id: String,
}
impl GetTaskRequest {
    /// A `GetTaskRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetTaskRequired) -> Self {
        let GetTaskRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTaskRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_web_office_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWebOfficeUrlRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetWebOfficeUrlRequest`], each named where it is set: `GetWebOfficeUrlRequest::new(GetWebOfficeUrlRequired { .. })`.
pub struct GetWebOfficeUrlRequired {
    /// `unionId`: see [`GetWebOfficeUrlRequest::union_id`].
    pub union_id: String,
}
impl GetWebOfficeUrlRequest {
    /// A `GetWebOfficeUrlRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetWebOfficeUrlRequired) -> Self {
        let GetWebOfficeUrlRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWebOfficeUrlRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetWebOfficeUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::init_multipart_file_upload`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InitMultipartFileUploadRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<InitMultipartFileUploadRequestOption>,
}
/// The required fields of [`InitMultipartFileUploadRequest`], each named where it is set: `InitMultipartFileUploadRequest::new(InitMultipartFileUploadRequired { .. })`.
pub struct InitMultipartFileUploadRequired {
    /// `unionId`: see [`InitMultipartFileUploadRequest::union_id`].
    pub union_id: String,
}
impl InitMultipartFileUploadRequest {
    /// A `InitMultipartFileUploadRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: InitMultipartFileUploadRequired) -> Self {
        let InitMultipartFileUploadRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: InitMultipartFileUploadRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    InitMultipartFileUploadRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InitMultipartFileUploadRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for InitMultipartFileUploadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_all_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListAllDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<ListAllDentriesRequestOption>,
}
/// The required fields of [`ListAllDentriesRequest`], each named where it is set: `ListAllDentriesRequest::new(ListAllDentriesRequired { .. })`.
pub struct ListAllDentriesRequired {
    /// `unionId`: see [`ListAllDentriesRequest::union_id`].
    pub union_id: String,
}
impl ListAllDentriesRequest {
    /// A `ListAllDentriesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ListAllDentriesRequired) -> Self {
        let ListAllDentriesRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListAllDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListAllDentriesRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAllDentriesRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for ListAllDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListDentriesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `order`: a query parameter.
    pub order: Option<String>,
    /// `orderBy`: a query parameter.
    pub order_by: Option<String>,
    /// `parentId`: a query parameter.
    pub parent_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `withThumbnail`: a query parameter.
    pub with_thumbnail: Option<bool>,
}
/// The required fields of [`ListDentriesRequest`], each named where it is set: `ListDentriesRequest::new(ListDentriesRequired { .. })`.
pub struct ListDentriesRequired {
    /// `parentId`: see [`ListDentriesRequest::parent_id`].
    pub parent_id: String,
    /// `unionId`: see [`ListDentriesRequest::union_id`].
    pub union_id: String,
}
impl ListDentriesRequest {
    /// A `ListDentriesRequest` with its required fields (`parentId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListDentriesRequired) -> Self {
        let ListDentriesRequired { parent_id, union_id } = required;
        Self {
            max_results: None,
            next_token: None,
            order: None,
            order_by: None,
            parent_id,
            union_id,
            with_thumbnail: None,
        }
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
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `withThumbnail`.
    pub fn with_thumbnail(mut self, value: bool) -> Self {
        self.with_thumbnail = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDentriesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "order" => read_field(order), "orderBy" =>
    read_field(order_by), "parentId" => read_field(parent_id), "unionId" =>
    read_field(union_id), "withThumbnail" => read_field(with_thumbnail) }
}
impl rt::WriteRequest for ListDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("order", &self.order);
        writer.query("orderBy", &self.order_by);
        writer.query("parentId", &self.parent_id);
        writer.query("unionId", &self.union_id);
        writer.query("withThumbnail", &self.with_thumbnail);
    }
}
/// The request of [`Api::list_dentry_versions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListDentryVersionsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListDentryVersionsRequest`], each named where it is set: `ListDentryVersionsRequest::new(ListDentryVersionsRequired { .. })`.
pub struct ListDentryVersionsRequired {
    /// `unionId`: see [`ListDentryVersionsRequest::union_id`].
    pub union_id: String,
}
impl ListDentryVersionsRequest {
    /// A `ListDentryVersionsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ListDentryVersionsRequired) -> Self {
        let ListDentryVersionsRequired { union_id } = required;
        Self {
            max_results: None,
            next_token: None,
            union_id,
        }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDentryVersionsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ListDentryVersionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
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
/// The request of [`Api::list_recycle_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecycleItemsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListRecycleItemsRequest`], each named where it is set: `ListRecycleItemsRequest::new(ListRecycleItemsRequired { .. })`.
pub struct ListRecycleItemsRequired {
    /// `unionId`: see [`ListRecycleItemsRequest::union_id`].
    pub union_id: String,
}
impl ListRecycleItemsRequest {
    /// A `ListRecycleItemsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ListRecycleItemsRequired) -> Self {
        let ListRecycleItemsRequired { union_id } = required;
        Self {
            max_results: None,
            next_token: None,
            union_id,
        }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecycleItemsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ListRecycleItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::move_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MoveDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<MoveDentriesRequestOption>,
    /// `targetFolderId`.
    pub target_folder_id: String,
    /// `targetSpaceId`.
    pub target_space_id: String,
}
/// The required fields of [`MoveDentriesRequest`], each named where it is set: `MoveDentriesRequest::new(MoveDentriesRequired { .. })`.
pub struct MoveDentriesRequired {
    /// `unionId`: see [`MoveDentriesRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`MoveDentriesRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
    /// `targetFolderId`: see [`MoveDentriesRequest::target_folder_id`].
    pub target_folder_id: String,
    /// `targetSpaceId`: see [`MoveDentriesRequest::target_space_id`].
    pub target_space_id: String,
}
impl MoveDentriesRequest {
    /// A `MoveDentriesRequest` with its required fields (`unionId`, `dentryIds`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(required: MoveDentriesRequired) -> Self {
        let MoveDentriesRequired {
            union_id,
            dentry_ids,
            target_folder_id,
            target_space_id,
        } = required;
        Self {
            union_id,
            dentry_ids,
            option: None,
            target_folder_id,
            target_space_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: MoveDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    MoveDentriesRequest { "dentryIds" => field(dentry_ids), "option" => optional(option),
    "targetFolderId" => field(target_folder_id), "targetSpaceId" =>
    field(target_space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveDentriesRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids), "option" => read_field(option), "targetFolderId" =>
    read_field(target_folder_id), "targetSpaceId" => read_field(target_space_id) }
}
impl rt::WriteRequest for MoveDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::move_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MoveDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<MoveDentryRequestOption>,
    /// `targetFolderId`.
    pub target_folder_id: String,
    /// `targetSpaceId`.
    pub target_space_id: String,
}
/// The required fields of [`MoveDentryRequest`], each named where it is set: `MoveDentryRequest::new(MoveDentryRequired { .. })`.
pub struct MoveDentryRequired {
    /// `unionId`: see [`MoveDentryRequest::union_id`].
    pub union_id: String,
    /// `targetFolderId`: see [`MoveDentryRequest::target_folder_id`].
    pub target_folder_id: String,
    /// `targetSpaceId`: see [`MoveDentryRequest::target_space_id`].
    pub target_space_id: String,
}
impl MoveDentryRequest {
    /// A `MoveDentryRequest` with its required fields (`unionId`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(required: MoveDentryRequired) -> Self {
        let MoveDentryRequired { union_id, target_folder_id, target_space_id } = required;
        Self {
            union_id,
            option: None,
            target_folder_id,
            target_space_id,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: MoveDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    MoveDentryRequest { "option" => optional(option), "targetFolderId" =>
    field(target_folder_id), "targetSpaceId" => field(target_space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveDentryRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option), "targetFolderId" => read_field(target_folder_id), "targetSpaceId"
    => read_field(target_space_id) }
}
impl rt::WriteRequest for MoveDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::refresh_web_office_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RefreshWebOfficeTokenRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `webOfficeAccessToken`: a query parameter.
    pub web_office_access_token: String,
    /// `webOfficeRefreshToken`: a query parameter.
    pub web_office_refresh_token: String,
}
/// The required fields of [`RefreshWebOfficeTokenRequest`], each named where it is set: `RefreshWebOfficeTokenRequest::new(RefreshWebOfficeTokenRequired { .. })`.
pub struct RefreshWebOfficeTokenRequired {
    /// `unionId`: see [`RefreshWebOfficeTokenRequest::union_id`].
    pub union_id: String,
    /// `webOfficeAccessToken`: see [`RefreshWebOfficeTokenRequest::web_office_access_token`].
    pub web_office_access_token: String,
    /// `webOfficeRefreshToken`: see [`RefreshWebOfficeTokenRequest::web_office_refresh_token`].
    pub web_office_refresh_token: String,
}
impl RefreshWebOfficeTokenRequest {
    /// A `RefreshWebOfficeTokenRequest` with its required fields (`unionId`, `webOfficeAccessToken`, `webOfficeRefreshToken`); set the others with the methods named after them.
    pub fn new(required: RefreshWebOfficeTokenRequired) -> Self {
        let RefreshWebOfficeTokenRequired {
            union_id,
            web_office_access_token,
            web_office_refresh_token,
        } = required;
        Self {
            union_id,
            web_office_access_token,
            web_office_refresh_token,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RefreshWebOfficeTokenRequest { "unionId" => read_field(union_id),
    "webOfficeAccessToken" => read_field(web_office_access_token),
    "webOfficeRefreshToken" => read_field(web_office_refresh_token) }
}
impl rt::WriteRequest for RefreshWebOfficeTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.query("webOfficeAccessToken", &self.web_office_access_token);
        writer.query("webOfficeRefreshToken", &self.web_office_refresh_token);
    }
}
/// The request of [`Api::register_open_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterOpenInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openInfos`.
    pub open_infos: Vec<RegisterOpenInfoRequestOpenInfos>,
    /// `provider`.
    pub provider: String,
}
/// The required fields of [`RegisterOpenInfoRequest`], each named where it is set: `RegisterOpenInfoRequest::new(RegisterOpenInfoRequired { .. })`.
pub struct RegisterOpenInfoRequired {
    /// `unionId`: see [`RegisterOpenInfoRequest::union_id`].
    pub union_id: String,
    /// `openInfos`: see [`RegisterOpenInfoRequest::open_infos`].
    pub open_infos: Vec<RegisterOpenInfoRequestOpenInfos>,
    /// `provider`: see [`RegisterOpenInfoRequest::provider`].
    pub provider: String,
}
impl RegisterOpenInfoRequest {
    /// A `RegisterOpenInfoRequest` with its required fields (`unionId`, `openInfos`, `provider`); set the others with the methods named after them.
    pub fn new(required: RegisterOpenInfoRequired) -> Self {
        let RegisterOpenInfoRequired { union_id, open_infos, provider } = required;
        Self {
            union_id,
            open_infos,
            provider,
        }
    }
}
rt::impl_serialize! {
    RegisterOpenInfoRequest { "openInfos" => field(open_infos), "provider" =>
    field(provider) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterOpenInfoRequest { "unionId" => read_field(union_id), "openInfos" =>
    read_field(open_infos), "provider" => read_field(provider) }
}
impl rt::WriteRequest for RegisterOpenInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::rename_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RenameDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `newName`.
    pub new_name: String,
}
/// The required fields of [`RenameDentryRequest`], each named where it is set: `RenameDentryRequest::new(RenameDentryRequired { .. })`.
pub struct RenameDentryRequired {
    /// `unionId`: see [`RenameDentryRequest::union_id`].
    pub union_id: String,
    /// `newName`: see [`RenameDentryRequest::new_name`].
    pub new_name: String,
}
impl RenameDentryRequest {
    /// A `RenameDentryRequest` with its required fields (`unionId`, `newName`); set the others with the methods named after them.
    pub fn new(required: RenameDentryRequired) -> Self {
        let RenameDentryRequired { union_id, new_name } = required;
        Self { union_id, new_name }
    }
}
rt::impl_serialize! {
    RenameDentryRequest { "newName" => field(new_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RenameDentryRequest { "unionId" => read_field(union_id), "newName" =>
    read_field(new_name) }
}
impl rt::WriteRequest for RenameDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::restore_recycle_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RestoreRecycleItemRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<RestoreRecycleItemRequestOption>,
}
/// The required fields of [`RestoreRecycleItemRequest`], each named where it is set: `RestoreRecycleItemRequest::new(RestoreRecycleItemRequired { .. })`.
pub struct RestoreRecycleItemRequired {
    /// `unionId`: see [`RestoreRecycleItemRequest::union_id`].
    pub union_id: String,
}
impl RestoreRecycleItemRequest {
    /// A `RestoreRecycleItemRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: RestoreRecycleItemRequired) -> Self {
        let RestoreRecycleItemRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: RestoreRecycleItemRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    RestoreRecycleItemRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RestoreRecycleItemRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for RestoreRecycleItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::restore_recycle_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RestoreRecycleItemsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<RestoreRecycleItemsRequestOption>,
    /// `recycleItemIds`.
    pub recycle_item_ids: Vec<String>,
}
/// The required fields of [`RestoreRecycleItemsRequest`], each named where it is set: `RestoreRecycleItemsRequest::new(RestoreRecycleItemsRequired { .. })`.
pub struct RestoreRecycleItemsRequired {
    /// `unionId`: see [`RestoreRecycleItemsRequest::union_id`].
    pub union_id: String,
    /// `recycleItemIds`: see [`RestoreRecycleItemsRequest::recycle_item_ids`].
    pub recycle_item_ids: Vec<String>,
}
impl RestoreRecycleItemsRequest {
    /// A `RestoreRecycleItemsRequest` with its required fields (`unionId`, `recycleItemIds`); set the others with the methods named after them.
    pub fn new(required: RestoreRecycleItemsRequired) -> Self {
        let RestoreRecycleItemsRequired { union_id, recycle_item_ids } = required;
        Self {
            union_id,
            option: None,
            recycle_item_ids,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: RestoreRecycleItemsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    RestoreRecycleItemsRequest { "option" => optional(option), "recycleItemIds" =>
    field(recycle_item_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RestoreRecycleItemsRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option), "recycleItemIds" => read_field(recycle_item_ids) }
}
impl rt::WriteRequest for RestoreRecycleItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::revert_dentry_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RevertDentryVersionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`RevertDentryVersionRequest`], each named where it is set: `RevertDentryVersionRequest::new(RevertDentryVersionRequired { .. })`.
pub struct RevertDentryVersionRequired {
    /// `unionId`: see [`RevertDentryVersionRequest::union_id`].
    pub union_id: String,
}
impl RevertDentryVersionRequest {
    /// A `RevertDentryVersionRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: RevertDentryVersionRequired) -> Self {
        let RevertDentryVersionRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RevertDentryVersionRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for RevertDentryVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::subscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
/// The required fields of [`SubscribeEventRequest`], each named where it is set: `SubscribeEventRequest::new(SubscribeEventRequired { .. })`.
pub struct SubscribeEventRequired {
    /// `unionId`: see [`SubscribeEventRequest::union_id`].
    pub union_id: String,
    /// `scope`: see [`SubscribeEventRequest::scope`].
    pub scope: String,
    /// `scopeId`: see [`SubscribeEventRequest::scope_id`].
    pub scope_id: String,
}
impl SubscribeEventRequest {
    /// A `SubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(required: SubscribeEventRequired) -> Self {
        let SubscribeEventRequired { union_id, scope, scope_id } = required;
        Self { union_id, scope, scope_id }
    }
}
rt::impl_serialize! {
    SubscribeEventRequest { "scope" => field(scope), "scopeId" => field(scope_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubscribeEventRequest { "unionId" => read_field(union_id), "scope" =>
    read_field(scope), "scopeId" => read_field(scope_id) }
}
impl rt::WriteRequest for SubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unsubscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnsubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
/// The required fields of [`UnsubscribeEventRequest`], each named where it is set: `UnsubscribeEventRequest::new(UnsubscribeEventRequired { .. })`.
pub struct UnsubscribeEventRequired {
    /// `unionId`: see [`UnsubscribeEventRequest::union_id`].
    pub union_id: String,
    /// `scope`: see [`UnsubscribeEventRequest::scope`].
    pub scope: String,
    /// `scopeId`: see [`UnsubscribeEventRequest::scope_id`].
    pub scope_id: String,
}
impl UnsubscribeEventRequest {
    /// A `UnsubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(required: UnsubscribeEventRequired) -> Self {
        let UnsubscribeEventRequired { union_id, scope, scope_id } = required;
        Self { union_id, scope, scope_id }
    }
}
rt::impl_serialize! {
    UnsubscribeEventRequest { "scope" => field(scope), "scopeId" => field(scope_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnsubscribeEventRequest { "unionId" => read_field(union_id), "scope" =>
    read_field(scope), "scopeId" => read_field(scope_id) }
}
impl rt::WriteRequest for UnsubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_dentry_app_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateDentryAppPropertiesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `appProperties`.
    pub app_properties: Vec<UpdateDentryAppPropertiesRequestAppProperties>,
}
/// The required fields of [`UpdateDentryAppPropertiesRequest`], each named where it is set: `UpdateDentryAppPropertiesRequest::new(UpdateDentryAppPropertiesRequired { .. })`.
pub struct UpdateDentryAppPropertiesRequired {
    /// `unionId`: see [`UpdateDentryAppPropertiesRequest::union_id`].
    pub union_id: String,
    /// `appProperties`: see [`UpdateDentryAppPropertiesRequest::app_properties`].
    pub app_properties: Vec<UpdateDentryAppPropertiesRequestAppProperties>,
}
impl UpdateDentryAppPropertiesRequest {
    /// A `UpdateDentryAppPropertiesRequest` with its required fields (`unionId`, `appProperties`); set the others with the methods named after them.
    pub fn new(required: UpdateDentryAppPropertiesRequired) -> Self {
        let UpdateDentryAppPropertiesRequired { union_id, app_properties } = required;
        Self { union_id, app_properties }
    }
}
rt::impl_serialize! {
    UpdateDentryAppPropertiesRequest { "appProperties" => field(app_properties) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDentryAppPropertiesRequest { "unionId" => read_field(union_id), "appProperties"
    => read_field(app_properties) }
}
impl rt::WriteRequest for UpdateDentryAppPropertiesRequest {
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
/// An error reply of [`Api::add_folder`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddFolderError = rt::ServiceError;
/// An error reply of [`Api::add_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddPermissionError = rt::ServiceError;
/// An error reply of [`Api::add_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddSpaceError = rt::ServiceError;
/// An error reply of [`Api::batch_query_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryRolesError = rt::ServiceError;
/// An error reply of [`Api::clear_recycle_bin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearRecycleBinError = rt::ServiceError;
/// An error reply of [`Api::commit_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CommitFileError = rt::ServiceError;
/// An error reply of [`Api::copy_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyDentriesError = rt::ServiceError;
/// An error reply of [`Api::copy_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyDentryError = rt::ServiceError;
/// An error reply of [`Api::delete_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDentriesError = rt::ServiceError;
/// An error reply of [`Api::delete_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDentryError = rt::ServiceError;
/// An error reply of [`Api::delete_dentry_app_properties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDentryAppPropertiesError = rt::ServiceError;
/// An error reply of [`Api::delete_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePermissionError = rt::ServiceError;
/// An error reply of [`Api::delete_recycle_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRecycleItemError = rt::ServiceError;
/// An error reply of [`Api::delete_recycle_items`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRecycleItemsError = rt::ServiceError;
/// An error reply of [`Api::get_current_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCurrentAppError = rt::ServiceError;
/// An error reply of [`Api::get_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentriesError = rt::ServiceError;
/// An error reply of [`Api::get_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentryError = rt::ServiceError;
/// An error reply of [`Api::get_dentry_open_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentryOpenInfoError = rt::ServiceError;
/// An error reply of [`Api::get_dentry_thumbnails`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentryThumbnailsError = rt::ServiceError;
/// An error reply of [`Api::get_file_download_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileDownloadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_file_upload_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileUploadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_multipart_file_upload_infos`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMultipartFileUploadInfosError = rt::ServiceError;
/// An error reply of [`Api::get_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrgError = rt::ServiceError;
/// An error reply of [`Api::get_recycle_bin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecycleBinError = rt::ServiceError;
/// An error reply of [`Api::get_recycle_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecycleItemError = rt::ServiceError;
/// An error reply of [`Api::get_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceError = rt::ServiceError;
/// An error reply of [`Api::get_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskError = rt::ServiceError;
/// An error reply of [`Api::get_web_office_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWebOfficeUrlError = rt::ServiceError;
/// An error reply of [`Api::init_multipart_file_upload`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InitMultipartFileUploadError = rt::ServiceError;
/// An error reply of [`Api::list_all_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAllDentriesError = rt::ServiceError;
/// An error reply of [`Api::list_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDentriesError = rt::ServiceError;
/// An error reply of [`Api::list_dentry_versions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDentryVersionsError = rt::ServiceError;
/// An error reply of [`Api::list_permissions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPermissionsError = rt::ServiceError;
/// An error reply of [`Api::list_recycle_items`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRecycleItemsError = rt::ServiceError;
/// An error reply of [`Api::move_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveDentriesError = rt::ServiceError;
/// An error reply of [`Api::move_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveDentryError = rt::ServiceError;
/// An error reply of [`Api::refresh_web_office_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RefreshWebOfficeTokenError = rt::ServiceError;
/// An error reply of [`Api::register_open_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterOpenInfoError = rt::ServiceError;
/// An error reply of [`Api::rename_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RenameDentryError = rt::ServiceError;
/// An error reply of [`Api::restore_recycle_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RestoreRecycleItemError = rt::ServiceError;
/// An error reply of [`Api::restore_recycle_items`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RestoreRecycleItemsError = rt::ServiceError;
/// An error reply of [`Api::revert_dentry_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RevertDentryVersionError = rt::ServiceError;
/// An error reply of [`Api::subscribe_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubscribeEventError = rt::ServiceError;
/// An error reply of [`Api::unsubscribe_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnsubscribeEventError = rt::ServiceError;
/// An error reply of [`Api::update_dentry_app_properties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateDentryAppPropertiesError = rt::ServiceError;
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
        "AddFolder" => {
            rt::conformance::reply(
                    api
                        .add_folder(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AddPermission" => {
            rt::conformance::reply(
                    api
                        .add_permission(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AddSpace" => rt::conformance::reply(api.add_space(&inputs.request(true)?)).await,
        "BatchQueryRoles" => {
            rt::conformance::reply(
                    api.batch_query_roles(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ClearRecycleBin" => {
            rt::conformance::reply(
                    api.clear_recycle_bin(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "CommitFile" => {
            rt::conformance::reply(
                    api.commit_file(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CopyDentries" => {
            rt::conformance::reply(
                    api.copy_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CopyDentry" => {
            rt::conformance::reply(
                    api
                        .copy_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteDentries" => {
            rt::conformance::reply(
                    api.delete_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DeleteDentry" => {
            rt::conformance::reply(
                    api
                        .delete_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteDentryAppProperties" => {
            rt::conformance::reply(
                    api
                        .delete_dentry_app_properties(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeletePermission" => {
            rt::conformance::reply(
                    api
                        .delete_permission(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteRecycleItem" => {
            rt::conformance::reply(
                    api
                        .delete_recycle_item(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteRecycleItems" => {
            rt::conformance::reply(
                    api
                        .delete_recycle_items(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetCurrentApp" => {
            rt::conformance::reply(api.get_current_app(&inputs.request(false)?)).await
        }
        "GetDentries" => {
            rt::conformance::reply(
                    api.get_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetDentry" => {
            rt::conformance::reply(
                    api
                        .get_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetDentryOpenInfo" => {
            rt::conformance::reply(
                    api
                        .get_dentry_open_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetDentryThumbnails" => {
            rt::conformance::reply(
                    api
                        .get_dentry_thumbnails(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetFileDownloadInfo" => {
            rt::conformance::reply(
                    api
                        .get_file_download_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
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
        "GetMultipartFileUploadInfos" => {
            rt::conformance::reply(
                    api.get_multipart_file_upload_infos(&inputs.request(true)?),
                )
                .await
        }
        "GetOrg" => {
            rt::conformance::reply(
                    api.get_org(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetRecycleBin" => {
            rt::conformance::reply(api.get_recycle_bin(&inputs.request(false)?)).await
        }
        "GetRecycleItem" => {
            rt::conformance::reply(
                    api
                        .get_recycle_item(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSpace" => {
            rt::conformance::reply(
                    api.get_space(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetTask" => {
            rt::conformance::reply(
                    api.get_task(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetWebOfficeUrl" => {
            rt::conformance::reply(
                    api
                        .get_web_office_url(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "InitMultipartFileUpload" => {
            rt::conformance::reply(
                    api
                        .init_multipart_file_upload(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ListAllDentries" => {
            rt::conformance::reply(
                    api.list_all_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "ListDentries" => {
            rt::conformance::reply(
                    api.list_dentries(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListDentryVersions" => {
            rt::conformance::reply(
                    api
                        .list_dentry_versions(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListPermissions" => {
            rt::conformance::reply(
                    api
                        .list_permissions(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ListRecycleItems" => {
            rt::conformance::reply(
                    api.list_recycle_items(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "MoveDentries" => {
            rt::conformance::reply(
                    api.move_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "MoveDentry" => {
            rt::conformance::reply(
                    api
                        .move_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RefreshWebOfficeToken" => {
            rt::conformance::reply(
                    api
                        .refresh_web_office_token(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "RegisterOpenInfo" => {
            rt::conformance::reply(
                    api
                        .register_open_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RenameDentry" => {
            rt::conformance::reply(
                    api
                        .rename_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RestoreRecycleItem" => {
            rt::conformance::reply(
                    api
                        .restore_recycle_item(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RestoreRecycleItems" => {
            rt::conformance::reply(
                    api
                        .restore_recycle_items(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RevertDentryVersion" => {
            rt::conformance::reply(
                    api
                        .revert_dentry_version(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SubscribeEvent" => {
            rt::conformance::reply(api.subscribe_event(&inputs.request(true)?)).await
        }
        "UnsubscribeEvent" => {
            rt::conformance::reply(api.unsubscribe_event(&inputs.request(true)?)).await
        }
        "UpdateDentryAppProperties" => {
            rt::conformance::reply(
                    api
                        .update_dentry_app_properties(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdatePermission" => {
            rt::conformance::reply(
                    api
                        .update_permission(
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
