// @generated from api-spec/storage_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.storage_1_0()`. Generated from `api-spec/storage_1_0.yaml`.
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
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{parent_id}/folders` (operation `AddFolder`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `parent_id` (`parent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddFolderError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_folder(
        &self,
        space_id: &str,
        parent_id: &str,
        request: &AddFolderRequest,
    ) -> rt::Call<AddFolderResponseBody, AddFolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddFolder",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{parent_id}/folders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, parent_id], request)
    }
    /// 添加权限
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions` (operation `AddPermission`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_permission(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &AddPermissionRequest,
    ) -> rt::Call<AddPermissionResponseBody, AddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPermission",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 添加空间
    ///
    /// `POST /v1.0/storage/spaces` (operation `AddSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/permissions/roles/batchQuery` (operation `BatchQueryRoles`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryRolesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_roles(
        &self,
        space_id: &str,
        request: &BatchQueryRolesRequest,
    ) -> rt::Call<BatchQueryRolesResponseBody, BatchQueryRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryRoles",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/permissions/roles/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 清空回收站
    ///
    /// `POST /v1.0/storage/recycleBins/{recycle_bin_id}/clear` (operation `ClearRecycleBin`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearRecycleBinError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn clear_recycle_bin(
        &self,
        recycle_bin_id: &str,
        request: &ClearRecycleBinRequest,
    ) -> rt::Call<ClearRecycleBinResponseBody, ClearRecycleBinError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearRecycleBin",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/clear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 提交文件
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/files/commit` (operation `CommitFile`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CommitFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn commit_file(
        &self,
        space_id: &str,
        request: &CommitFileRequest,
    ) -> rt::Call<CommitFileResponseBody, CommitFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CommitFile",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/files/commit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 批量拷贝文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/batchCopy` (operation `CopyDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_dentries(
        &self,
        space_id: &str,
        request: &CopyDentriesRequest,
    ) -> rt::Call<CopyDentriesResponseBody, CopyDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/batchCopy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 拷贝文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/copy` (operation `CopyDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &CopyDentryRequest,
    ) -> rt::Call<CopyDentryResponseBody, CopyDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 批量删除文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/batchRemove` (operation `DeleteDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_dentries(
        &self,
        space_id: &str,
        request: &DeleteDentriesRequest,
    ) -> rt::Call<DeleteDentriesResponseBody, DeleteDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 删除文件或文件夹
    ///
    /// `DELETE /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}` (operation `DeleteDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &DeleteDentryRequest,
    ) -> rt::Call<DeleteDentryResponseBody, DeleteDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDentry",
            rt::Method::Delete,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 删除文件上的App属性值
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/appProperties/remove` (operation `DeleteDentryAppProperties`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDentryAppPropertiesError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/appProperties/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 删除权限
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions/remove` (operation `DeletePermission`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeletePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_permission(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &DeletePermissionRequest,
    ) -> rt::Call<DeletePermissionResponseBody, DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 删除回收项, 删除之后该记录从回收站删除, 后续文件就无法恢复了
    ///
    /// `DELETE /v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/{recycle_item_id}` (operation `DeleteRecycleItem`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    /// - `recycle_item_id` (`recycle_item_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRecycleItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_recycle_item(
        &self,
        recycle_bin_id: &str,
        recycle_item_id: &str,
        request: &DeleteRecycleItemRequest,
    ) -> rt::Call<DeleteRecycleItemResponseBody, DeleteRecycleItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecycleItem",
            rt::Method::Delete,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/{recycle_item_id}",
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
    /// `POST /v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/batchRemove` (operation `DeleteRecycleItems`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRecycleItemsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_recycle_items(
        &self,
        recycle_bin_id: &str,
        request: &DeleteRecycleItemsRequest,
    ) -> rt::Call<DeleteRecycleItemsResponseBody, DeleteRecycleItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecycleItems",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 获取开放平台应用在企业存储中的相关应用信息
    ///
    /// `POST /v1.0/storage/currentApps/query` (operation `GetCurrentApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCurrentAppError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/query` (operation `GetDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentries(
        &self,
        space_id: &str,
        request: &GetDentriesRequest,
    ) -> rt::Call<GetDentriesResponseBody, GetDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件(夹)信息
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/query` (operation `GetDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetDentryRequest,
    ) -> rt::Call<GetDentryResponseBody, GetDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取文件打开链接
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/openInfos/query` (operation `GetDentryOpenInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentryOpenInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentry_open_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetDentryOpenInfoRequest,
    ) -> rt::Call<GetDentryOpenInfoResponseBody, GetDentryOpenInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryOpenInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/openInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 批量获取文件缩略图
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/thumbnails/query` (operation `GetDentryThumbnails`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentryThumbnailsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentry_thumbnails(
        &self,
        space_id: &str,
        request: &GetDentryThumbnailsRequest,
    ) -> rt::Call<GetDentryThumbnailsResponseBody, GetDentryThumbnailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryThumbnails",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/thumbnails/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件下载信息
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/downloadInfos/query` (operation `GetFileDownloadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileDownloadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_download_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetFileDownloadInfoRequest,
    ) -> rt::Call<GetFileDownloadInfoResponseBody, GetFileDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileDownloadInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/downloadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取文件上传信息
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/files/uploadInfos/query` (operation `GetFileUploadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileUploadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_upload_info(
        &self,
        space_id: &str,
        request: &GetFileUploadInfoRequest,
    ) -> rt::Call<GetFileUploadInfoResponseBody, GetFileUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileUploadInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/files/uploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件上传信息(分片上传)
    ///
    /// `POST /v1.0/storage/spaces/files/multiPartUploadInfos/query` (operation `GetMultipartFileUploadInfos`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMultipartFileUploadInfosError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/storage/orgs/{corp_id}` (operation `GetOrg`).
    ///
    /// # Path parameters
    ///
    /// - `corp_id` (`corp_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_org(
        &self,
        corp_id: &str,
        request: &GetOrgRequest,
    ) -> rt::Call<GetOrgResponseBody, GetOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrg",
            rt::Method::Get,
            "/v1.0/storage/orgs/{corp_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[corp_id], request)
    }
    /// 获取回收站信息
    ///
    /// `GET /v1.0/storage/recycleBins` (operation `GetRecycleBin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecycleBinError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/{recycle_item_id}` (operation `GetRecycleItem`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    /// - `recycle_item_id` (`recycle_item_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecycleItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_recycle_item(
        &self,
        recycle_bin_id: &str,
        recycle_item_id: &str,
        request: &GetRecycleItemRequest,
    ) -> rt::Call<GetRecycleItemResponseBody, GetRecycleItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecycleItem",
            rt::Method::Get,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/{recycle_item_id}",
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
    /// `GET /v1.0/storage/spaces/{space_id}` (operation `GetSpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_space(
        &self,
        space_id: &str,
        request: &GetSpaceRequest,
    ) -> rt::Call<GetSpaceResponseBody, GetSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpace",
            rt::Method::Get,
            "/v1.0/storage/spaces/{space_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取异步任务信息
    ///
    /// `GET /v1.0/storage/tasks/{task_id}` (operation `GetTask`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_task(
        &self,
        task_id: &str,
        request: &GetTaskRequest,
    ) -> rt::Call<GetTaskResponseBody, GetTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTask",
            rt::Method::Get,
            "/v1.0/storage/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取 WebOfficeUrl 接口
    ///
    /// `GET /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/webOfficeUrls` (operation `GetWebOfficeUrl`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetWebOfficeUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_web_office_url(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetWebOfficeUrlRequest,
    ) -> rt::Call<GetWebOfficeUrlResponseBody, GetWebOfficeUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWebOfficeUrl",
            rt::Method::Get,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/webOfficeUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 初始化文件分片上传
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/files/multiPartUploadInfos/init` (operation `InitMultipartFileUpload`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InitMultipartFileUploadError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn init_multipart_file_upload(
        &self,
        space_id: &str,
        request: &InitMultipartFileUploadRequest,
    ) -> rt::Call<InitMultipartFileUploadResponseBody, InitMultipartFileUploadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InitMultipartFileUpload",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/files/multiPartUploadInfos/init",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件列表
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/listAll` (operation `ListAllDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAllDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_all_dentries(
        &self,
        space_id: &str,
        request: &ListAllDentriesRequest,
    ) -> rt::Call<ListAllDentriesResponseBody, ListAllDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/listAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件列表
    ///
    /// `GET /v1.0/storage/spaces/{space_id}/dentries` (operation `ListDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_dentries(
        &self,
        space_id: &str,
        request: &ListDentriesRequest,
    ) -> rt::Call<ListDentriesResponseBody, ListDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDentries",
            rt::Method::Get,
            "/v1.0/storage/spaces/{space_id}/dentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件历史版本
    ///
    /// `GET /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/versions` (operation `ListDentryVersions`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDentryVersionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_dentry_versions(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &ListDentryVersionsRequest,
    ) -> rt::Call<ListDentryVersionsResponseBody, ListDentryVersionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDentryVersions",
            rt::Method::Get,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/versions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取权限列表
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions/query` (operation `ListPermissions`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPermissionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_permissions(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &ListPermissionsRequest,
    ) -> rt::Call<ListPermissionsResponseBody, ListPermissionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPermissions",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取回收项列表
    ///
    /// `GET /v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems` (operation `ListRecycleItems`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRecycleItemsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_recycle_items(
        &self,
        recycle_bin_id: &str,
        request: &ListRecycleItemsRequest,
    ) -> rt::Call<ListRecycleItemsResponseBody, ListRecycleItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecycleItems",
            rt::Method::Get,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 批量移动文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/batchMove` (operation `MoveDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MoveDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn move_dentries(
        &self,
        space_id: &str,
        request: &MoveDentriesRequest,
    ) -> rt::Call<MoveDentriesResponseBody, MoveDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveDentries",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/batchMove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 移动文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/move` (operation `MoveDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MoveDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn move_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &MoveDentryRequest,
    ) -> rt::Call<MoveDentryResponseBody, MoveDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取 accessToken 接口
    ///
    /// `GET /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/refreshWebOfficeToken` (operation `RefreshWebOfficeToken`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RefreshWebOfficeTokenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn refresh_web_office_token(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RefreshWebOfficeTokenRequest,
    ) -> rt::Call<RefreshWebOfficeTokenResponseBody, RefreshWebOfficeTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RefreshWebOfficeToken",
            rt::Method::Get,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/refreshWebOfficeToken",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 注册文件预览或编辑链接
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/openInfos/register` (operation `RegisterOpenInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterOpenInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn register_open_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RegisterOpenInfoRequest,
    ) -> rt::Call<RegisterOpenInfoResponseBody, RegisterOpenInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterOpenInfo",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/openInfos/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 重命名文件或文件夹
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/rename` (operation `RenameDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RenameDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn rename_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RenameDentryRequest,
    ) -> rt::Call<RenameDentryResponseBody, RenameDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenameDentry",
            rt::Method::Post,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/rename",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 还原回收站中的回收项
    ///
    /// `POST /v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/{recycle_item_id}/restore` (operation `RestoreRecycleItem`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    /// - `recycle_item_id` (`recycle_item_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RestoreRecycleItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn restore_recycle_item(
        &self,
        recycle_bin_id: &str,
        recycle_item_id: &str,
        request: &RestoreRecycleItemRequest,
    ) -> rt::Call<RestoreRecycleItemResponseBody, RestoreRecycleItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RestoreRecycleItem",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/{recycle_item_id}/restore",
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
    /// `POST /v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/batchRestore` (operation `RestoreRecycleItems`).
    ///
    /// # Path parameters
    ///
    /// - `recycle_bin_id` (`recycle_bin_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RestoreRecycleItemsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn restore_recycle_items(
        &self,
        recycle_bin_id: &str,
        request: &RestoreRecycleItemsRequest,
    ) -> rt::Call<RestoreRecycleItemsResponseBody, RestoreRecycleItemsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RestoreRecycleItems",
            rt::Method::Post,
            "/v1.0/storage/recycleBins/{recycle_bin_id}/recycleItems/batchRestore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[recycle_bin_id], request)
    }
    /// 恢复文件历史版本
    ///
    /// `POST /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/versions/{version}/revert` (operation `RevertDentryVersion`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    /// - `version` (`version`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RevertDentryVersionError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/versions/{version}/revert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id, version], request)
    }
    /// 订阅文件变更事件
    ///
    /// `POST /v1.0/storage/events/subscribe` (operation `SubscribeEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubscribeEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/storage/events/unsubscribe` (operation `UnsubscribeEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnsubscribeEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/appProperties` (operation `UpdateDentryAppProperties`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateDentryAppPropertiesError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/appProperties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 修改权限
    ///
    /// `PUT /v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions` (operation `UpdatePermission`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_permission(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &UpdatePermissionRequest,
    ) -> rt::Call<UpdatePermissionResponseBody, UpdatePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermission",
            rt::Method::Put,
            "/v1.0/storage/spaces/{space_id}/dentries/{dentry_id}/permissions",
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
impl rt::serde::Serialize for AddFolderRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
        object.optional("conflictStrategy", &self.conflict_strategy)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddFolderRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddFolderRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appProperties" => rt::read_field(map, &mut self.app_properties),
            "conflictStrategy" => rt::read_field(map, &mut self.conflict_strategy),
            _ => Ok(false),
        }
    }
}
/// `AddFolderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddFolderResponseBody {
    /// `dentry`.
    pub dentry: Option<AddFolderResponseBodyDentry>,
}
impl<'de> rt::serde::Deserialize<'de> for AddFolderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddFolderResponseBody {
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
impl rt::serde::Serialize for AddFolderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentry", &self.dentry)?;
        object.end()
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
    /// `type`.
    pub r#type: String,
}
impl AddPermissionRequestMembers {
    /// A `AddPermissionRequestMembers` with its required fields (`id`, `type`); set the others with the methods named after them.
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
impl rt::serde::Serialize for AddPermissionRequestMembers {
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
impl rt::serde::Serialize for AddSpaceRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("capabilities", &self.capabilities)?;
        object.optional("name", &self.name)?;
        object.optional("ownerType", &self.owner_type)?;
        object.optional("quota", &self.quota)?;
        object.optional("scene", &self.scene)?;
        object.optional("sceneId", &self.scene_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddSpaceRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddSpaceRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "capabilities" => rt::read_field(map, &mut self.capabilities),
            "name" => rt::read_field(map, &mut self.name),
            "ownerType" => rt::read_field(map, &mut self.owner_type),
            "quota" => rt::read_field(map, &mut self.quota),
            "scene" => rt::read_field(map, &mut self.scene),
            "sceneId" => rt::read_field(map, &mut self.scene_id),
            _ => Ok(false),
        }
    }
}
/// `AddSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddSpaceResponseBody {
    /// `space`.
    pub space: Option<AddSpaceResponseBodySpace>,
}
impl<'de> rt::serde::Deserialize<'de> for AddSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "space" => rt::read_field(map, &mut self.space),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("space", &self.space)?;
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
impl rt::serde::Serialize for CommitFileRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
        object.optional("conflictStrategy", &self.conflict_strategy)?;
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
            "conflictStrategy" => rt::read_field(map, &mut self.conflict_strategy),
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
/// `CopyDentriesRequestOption`.
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
impl rt::serde::Serialize for CopyDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conflictStrategy", &self.conflict_strategy)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conflictStrategy" => rt::read_field(map, &mut self.conflict_strategy),
            _ => Ok(false),
        }
    }
}
/// `CopyDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<CopyDentriesResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
}
/// `CopyDentryRequestOption`: the same model as [`CopyDentriesRequestOption`].
pub type CopyDentryRequestOption = CopyDentriesRequestOption;
/// `CopyDentryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyDentryResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
    /// `dentry`.
    pub dentry: Option<CopyDentryResponseBodyDentry>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyDentryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyDentryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            "dentry" => rt::read_field(map, &mut self.dentry),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyDentryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.optional("dentry", &self.dentry)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for DeleteDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("toRecycleBin", &self.to_recycle_bin)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "toRecycleBin" => rt::read_field(map, &mut self.to_recycle_bin),
            _ => Ok(false),
        }
    }
}
/// `DeleteDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<DeleteDentriesResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
}
/// `DeleteDentryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteDentryResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteDentryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteDentryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteDentryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `DeleteDentryAppPropertiesResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeleteDentryAppPropertiesResponseBody = AddPermissionResponseBody;
/// `DeletePermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type DeletePermissionRequestMembers = AddPermissionRequestMembers;
/// `DeletePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeletePermissionResponseBody = AddPermissionResponseBody;
/// `DeleteRecycleItemResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeleteRecycleItemResponseBody = AddPermissionResponseBody;
/// `DeleteRecycleItemsResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type DeleteRecycleItemsResponseBody = AddPermissionResponseBody;
/// `GetCurrentAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCurrentAppResponseBody {
    /// `app`.
    pub app: Option<GetCurrentAppResponseBodyApp>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCurrentAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCurrentAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "app" => rt::read_field(map, &mut self.app),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCurrentAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("app", &self.app)?;
        object.end()
    }
}
/// `GetDentriesRequestOption`.
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
impl rt::serde::Serialize for GetDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appIdsForAppProperties", &self.app_ids_for_app_properties)?;
        object.optional("withThumbnail", &self.with_thumbnail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appIdsForAppProperties" => {
                rt::read_field(map, &mut self.app_ids_for_app_properties)
            }
            "withThumbnail" => rt::read_field(map, &mut self.with_thumbnail),
            _ => Ok(false),
        }
    }
}
/// `GetDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentriesResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
}
/// `GetDentryRequestOption`: the same model as [`GetDentriesRequestOption`].
pub type GetDentryRequestOption = GetDentriesRequestOption;
/// `GetDentryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryResponseBody {
    /// `dentry`.
    pub dentry: Option<GetDentryResponseBodyDentry>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryResponseBody {
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
impl rt::serde::Serialize for GetDentryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentry", &self.dentry)?;
        object.end()
    }
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
impl rt::serde::Serialize for GetDentryOpenInfoRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkLogin", &self.check_login)?;
        object.optional("type", &self.r#type)?;
        object.optional("version", &self.version)?;
        object.optional("waterMark", &self.water_mark)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentryOpenInfoRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryOpenInfoRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkLogin" => rt::read_field(map, &mut self.check_login),
            "type" => rt::read_field(map, &mut self.r#type),
            "version" => rt::read_field(map, &mut self.version),
            "waterMark" => rt::read_field(map, &mut self.water_mark),
            _ => Ok(false),
        }
    }
}
/// `GetDentryOpenInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryOpenInfoResponseBody {
    /// `hasWaterMark`.
    pub has_water_mark: Option<bool>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryOpenInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryOpenInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasWaterMark" => rt::read_field(map, &mut self.has_water_mark),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryOpenInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasWaterMark", &self.has_water_mark)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetDentryThumbnailsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryThumbnailsResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentryThumbnailsResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryThumbnailsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryThumbnailsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryThumbnailsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
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
impl rt::serde::Serialize for GetFileDownloadInfoRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("preferIntranet", &self.prefer_intranet)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadInfoRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileDownloadInfoRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "preferIntranet" => rt::read_field(map, &mut self.prefer_intranet),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
/// `GetFileDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadInfoResponseBody {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<
        GetFileDownloadInfoResponseBodyHeaderSignatureInfo,
    >,
    /// `protocol`.
    pub protocol: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headerSignatureInfo" => rt::read_field(map, &mut self.header_signature_info),
            "protocol" => rt::read_field(map, &mut self.protocol),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileDownloadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("headerSignatureInfo", &self.header_signature_info)?;
        object.optional("protocol", &self.protocol)?;
        object.end()
    }
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
impl rt::serde::Serialize for GetMultipartFileUploadInfosRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("preferIntranet", &self.prefer_intranet)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMultipartFileUploadInfosRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMultipartFileUploadInfosRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "preferIntranet" => rt::read_field(map, &mut self.prefer_intranet),
            _ => Ok(false),
        }
    }
}
/// `GetMultipartFileUploadInfosResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMultipartFileUploadInfosResponseBody {
    /// `multipartHeaderSignatureInfos`.
    pub multipart_header_signature_infos: Option<
        Vec<GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetMultipartFileUploadInfosResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMultipartFileUploadInfosResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "multipartHeaderSignatureInfos" => {
                rt::read_field(map, &mut self.multipart_header_signature_infos)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMultipartFileUploadInfosResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "multipartHeaderSignatureInfos",
                &self.multipart_header_signature_infos,
            )?;
        object.end()
    }
}
/// `GetOrgResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrgResponseBody {
    /// `org`.
    pub org: Option<GetOrgResponseBodyOrg>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrgResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrgResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "org" => rt::read_field(map, &mut self.org),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrgResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("org", &self.org)?;
        object.end()
    }
}
/// `GetRecycleBinResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecycleBinResponseBody {
    /// `recycleBin`.
    pub recycle_bin: Option<GetRecycleBinResponseBodyRecycleBin>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecycleBinResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecycleBinResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recycleBin" => rt::read_field(map, &mut self.recycle_bin),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecycleBinResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("recycleBin", &self.recycle_bin)?;
        object.end()
    }
}
/// `GetRecycleItemResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecycleItemResponseBody {
    /// `item`.
    pub item: Option<GetRecycleItemResponseBodyItem>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecycleItemResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecycleItemResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "item" => rt::read_field(map, &mut self.item),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecycleItemResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("item", &self.item)?;
        object.end()
    }
}
/// `GetSpaceResponseBody`: the same model as [`AddSpaceResponseBody`].
pub type GetSpaceResponseBody = AddSpaceResponseBody;
/// `GetTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTaskResponseBody {
    /// `task`.
    pub task: Option<GetTaskResponseBodyTask>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "task" => rt::read_field(map, &mut self.task),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("task", &self.task)?;
        object.end()
    }
}
/// `GetWebOfficeUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetWebOfficeUrlResponseBody {
    /// `webOfficeAccessToken`.
    pub web_office_access_token: Option<String>,
    /// `webOfficeRefreshToken`.
    pub web_office_refresh_token: Option<String>,
    /// `webOfficeUrl`.
    pub web_office_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetWebOfficeUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWebOfficeUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "webOfficeAccessToken" => {
                rt::read_field(map, &mut self.web_office_access_token)
            }
            "webOfficeRefreshToken" => {
                rt::read_field(map, &mut self.web_office_refresh_token)
            }
            "webOfficeUrl" => rt::read_field(map, &mut self.web_office_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWebOfficeUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("webOfficeAccessToken", &self.web_office_access_token)?;
        object.optional("webOfficeRefreshToken", &self.web_office_refresh_token)?;
        object.optional("webOfficeUrl", &self.web_office_url)?;
        object.end()
    }
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
impl rt::serde::Serialize for InitMultipartFileUploadRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("preCheckParam", &self.pre_check_param)?;
        object.optional("preferRegion", &self.prefer_region)?;
        object.optional("storageDriver", &self.storage_driver)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InitMultipartFileUploadRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InitMultipartFileUploadRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "preCheckParam" => rt::read_field(map, &mut self.pre_check_param),
            "preferRegion" => rt::read_field(map, &mut self.prefer_region),
            "storageDriver" => rt::read_field(map, &mut self.storage_driver),
            _ => Ok(false),
        }
    }
}
/// `InitMultipartFileUploadResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InitMultipartFileUploadResponseBody {
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `uploadKey`.
    pub upload_key: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InitMultipartFileUploadResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InitMultipartFileUploadResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "storageDriver" => rt::read_field(map, &mut self.storage_driver),
            "uploadKey" => rt::read_field(map, &mut self.upload_key),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InitMultipartFileUploadResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("storageDriver", &self.storage_driver)?;
        object.optional("uploadKey", &self.upload_key)?;
        object.end()
    }
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
impl rt::serde::Serialize for ListAllDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("order", &self.order)?;
        object.optional("withThumbnail", &self.with_thumbnail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAllDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAllDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            "withThumbnail" => rt::read_field(map, &mut self.with_thumbnail),
            _ => Ok(false),
        }
    }
}
/// `ListAllDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllDentriesResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListAllDentriesResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentries" => rt::read_field(map, &mut self.dentries),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentries", &self.dentries)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDentriesResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListDentriesResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentries" => rt::read_field(map, &mut self.dentries),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentries", &self.dentries)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListDentryVersionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDentryVersionsResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListDentryVersionsResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDentryVersionsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDentryVersionsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentries" => rt::read_field(map, &mut self.dentries),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDentryVersionsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentries", &self.dentries)?;
        object.optional("nextToken", &self.next_token)?;
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
/// `ListRecycleItemsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecycleItemsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recycleItems`.
    pub recycle_items: Option<Vec<ListRecycleItemsResponseBodyRecycleItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRecycleItemsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecycleItemsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "recycleItems" => rt::read_field(map, &mut self.recycle_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRecycleItemsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("recycleItems", &self.recycle_items)?;
        object.end()
    }
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
impl rt::serde::Serialize for MoveDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conflictStrategy", &self.conflict_strategy)?;
        object.optional("preservePermissions", &self.preserve_permissions)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conflictStrategy" => rt::read_field(map, &mut self.conflict_strategy),
            "preservePermissions" => rt::read_field(map, &mut self.preserve_permissions),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for MoveDentryRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conflictStrategy", &self.conflict_strategy)?;
        object.optional("presevePermissions", &self.preseve_permissions)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveDentryRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveDentryRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conflictStrategy" => rt::read_field(map, &mut self.conflict_strategy),
            "presevePermissions" => rt::read_field(map, &mut self.preseve_permissions),
            _ => Ok(false),
        }
    }
}
/// `MoveDentryResponseBody`: the same model as [`CopyDentryResponseBody`].
pub type MoveDentryResponseBody = CopyDentryResponseBody;
/// `RefreshWebOfficeTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RefreshWebOfficeTokenResponseBody {
    /// `webOfficeAccessToken`.
    pub web_office_access_token: Option<String>,
    /// `webOfficeRefreshToken`.
    pub web_office_refresh_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RefreshWebOfficeTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RefreshWebOfficeTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "webOfficeAccessToken" => {
                rt::read_field(map, &mut self.web_office_access_token)
            }
            "webOfficeRefreshToken" => {
                rt::read_field(map, &mut self.web_office_refresh_token)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RefreshWebOfficeTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("webOfficeAccessToken", &self.web_office_access_token)?;
        object.optional("webOfficeRefreshToken", &self.web_office_refresh_token)?;
        object.end()
    }
}
/// `RegisterOpenInfoRequestOpenInfos`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RegisterOpenInfoRequestOpenInfos {
    /// `openType`.
    pub open_type: String,
    /// `url`.
    pub url: String,
}
impl RegisterOpenInfoRequestOpenInfos {
    /// A `RegisterOpenInfoRequestOpenInfos` with its required fields (`openType`, `url`); set the others with the methods named after them.
    pub fn new(open_type: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            open_type: open_type.into(),
            url: url.into(),
        }
    }
}
impl rt::serde::Serialize for RegisterOpenInfoRequestOpenInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openType", &self.open_type)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterOpenInfoRequestOpenInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterOpenInfoRequestOpenInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openType" => rt::read_field(map, &mut self.open_type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `RegisterOpenInfoResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type RegisterOpenInfoResponseBody = AddPermissionResponseBody;
/// `RenameDentryResponseBody`: the same model as [`AddFolderResponseBody`].
pub type RenameDentryResponseBody = AddFolderResponseBody;
/// `RestoreRecycleItemRequestOption`: the same model as [`CopyDentriesRequestOption`].
pub type RestoreRecycleItemRequestOption = CopyDentriesRequestOption;
/// `RestoreRecycleItemResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RestoreRecycleItemResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RestoreRecycleItemResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RestoreRecycleItemResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `RestoreRecycleItemsRequestOption`: the same model as [`CopyDentriesRequestOption`].
pub type RestoreRecycleItemsRequestOption = CopyDentriesRequestOption;
/// `RestoreRecycleItemsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RestoreRecycleItemsResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<RestoreRecycleItemsResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for RestoreRecycleItemsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RestoreRecycleItemsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RestoreRecycleItemsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
}
/// `RevertDentryVersionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type RevertDentryVersionResponseBody = AddPermissionResponseBody;
/// `SubscribeEventResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type SubscribeEventResponseBody = AddPermissionResponseBody;
/// `UnsubscribeEventResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UnsubscribeEventResponseBody = AddPermissionResponseBody;
/// `UpdateDentryAppPropertiesRequestAppProperties`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateDentryAppPropertiesRequestAppProperties {
    /// `name`.
    pub name: String,
    /// `value`.
    pub value: String,
    /// `visibility`.
    pub visibility: String,
}
impl UpdateDentryAppPropertiesRequestAppProperties {
    /// A `UpdateDentryAppPropertiesRequestAppProperties` with its required fields (`name`, `value`, `visibility`); set the others with the methods named after them.
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
impl rt::serde::Serialize for UpdateDentryAppPropertiesRequestAppProperties {
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
impl<'de> rt::serde::Deserialize<'de> for UpdateDentryAppPropertiesRequestAppProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateDentryAppPropertiesRequestAppProperties {
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
/// `UpdateDentryAppPropertiesResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UpdateDentryAppPropertiesResponseBody = AddPermissionResponseBody;
/// `UpdatePermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type UpdatePermissionRequestMembers = AddPermissionRequestMembers;
/// `UpdatePermissionRequestOption`: the same model as [`AddPermissionRequestOption`].
pub type UpdatePermissionRequestOption = AddPermissionRequestOption;
/// `UpdatePermissionResponseBody`: the same model as [`AddPermissionResponseBody`].
pub type UpdatePermissionResponseBody = AddPermissionResponseBody;
/// `AddFolderRequestOptionAppProperties`: the same model as [`UpdateDentryAppPropertiesRequestAppProperties`].
pub type AddFolderRequestOptionAppProperties = UpdateDentryAppPropertiesRequestAppProperties;
/// `AddFolderResponseBodyDentry`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddFolderResponseBodyDentry {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddFolderResponseBodyDentry {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appProperties" => rt::read_field(map, &mut self.app_properties),
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
            "type" => rt::read_field(map, &mut self.r#type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddFolderResponseBodyDentry {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
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
        object.optional("type", &self.r#type)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
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
impl rt::serde::Serialize for AddSpaceRequestOptionCapabilities {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canRecordRecentFile", &self.can_record_recent_file)?;
        object.optional("canRename", &self.can_rename)?;
        object.optional("canSearch", &self.can_search)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddSpaceRequestOptionCapabilities {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddSpaceRequestOptionCapabilities {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canRecordRecentFile" => {
                rt::read_field(map, &mut self.can_record_recent_file)
            }
            "canRename" => rt::read_field(map, &mut self.can_rename),
            "canSearch" => rt::read_field(map, &mut self.can_search),
            _ => Ok(false),
        }
    }
}
/// `AddSpaceResponseBodySpace`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddSpaceResponseBodySpace {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddSpaceResponseBodySpace {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "capabilities" => rt::read_field(map, &mut self.capabilities),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "name" => rt::read_field(map, &mut self.name),
            "ownerId" => rt::read_field(map, &mut self.owner_id),
            "ownerType" => rt::read_field(map, &mut self.owner_type),
            "partitions" => rt::read_field(map, &mut self.partitions),
            "quota" => rt::read_field(map, &mut self.quota),
            "scene" => rt::read_field(map, &mut self.scene),
            "sceneId" => rt::read_field(map, &mut self.scene_id),
            "status" => rt::read_field(map, &mut self.status),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddSpaceResponseBodySpace {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("capabilities", &self.capabilities)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("name", &self.name)?;
        object.optional("ownerId", &self.owner_id)?;
        object.optional("ownerType", &self.owner_type)?;
        object.optional("partitions", &self.partitions)?;
        object.optional("quota", &self.quota)?;
        object.optional("scene", &self.scene)?;
        object.optional("sceneId", &self.scene_id)?;
        object.optional("status", &self.status)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
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
/// `CommitFileRequestOptionAppProperties`: the same model as [`UpdateDentryAppPropertiesRequestAppProperties`].
pub type CommitFileRequestOptionAppProperties = UpdateDentryAppPropertiesRequestAppProperties;
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
/// `CopyDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CopyDentriesResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyDentriesResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            "targetDentryId" => rt::read_field(map, &mut self.target_dentry_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyDentriesResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.optional("targetDentryId", &self.target_dentry_id)?;
        object.optional("targetSpaceId", &self.target_space_id)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CopyDentryResponseBodyDentry`: the same model as [`AddFolderResponseBodyDentry`].
pub type CopyDentryResponseBodyDentry = AddFolderResponseBodyDentry;
/// `DeleteDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for DeleteDentriesResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteDentriesResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteDentriesResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetCurrentAppResponseBodyApp`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCurrentAppResponseBodyApp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCurrentAppResponseBodyApp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "name" => rt::read_field(map, &mut self.name),
            "partitions" => rt::read_field(map, &mut self.partitions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCurrentAppResponseBodyApp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("name", &self.name)?;
        object.optional("partitions", &self.partitions)?;
        object.end()
    }
}
/// `GetDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDentriesResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentriesResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentry" => rt::read_field(map, &mut self.dentry),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentriesResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentry", &self.dentry)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetDentryResponseBodyDentry`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDentryResponseBodyDentry {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryResponseBodyDentry {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appProperties" => rt::read_field(map, &mut self.app_properties),
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
impl rt::serde::Serialize for GetDentryResponseBodyDentry {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
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
/// `GetDentryThumbnailsResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDentryThumbnailsResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryThumbnailsResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            "thumbnail" => rt::read_field(map, &mut self.thumbnail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryThumbnailsResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.optional("thumbnail", &self.thumbnail)?;
        object.end()
    }
}
/// `GetFileDownloadInfoResponseBodyHeaderSignatureInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
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
impl rt::serde::Serialize for GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
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
/// `GetFileUploadInfoRequestOptionPreCheckParam`.
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
impl rt::serde::Serialize for GetFileUploadInfoRequestOptionPreCheckParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("md5", &self.md5)?;
        object.optional("name", &self.name)?;
        object.optional("parentId", &self.parent_id)?;
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
            "md5" => rt::read_field(map, &mut self.md5),
            "name" => rt::read_field(map, &mut self.name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
/// `GetFileUploadInfoResponseBodyHeaderSignatureInfo`: the same model as [`GetFileDownloadInfoResponseBodyHeaderSignatureInfo`].
pub type GetFileUploadInfoResponseBodyHeaderSignatureInfo = GetFileDownloadInfoResponseBodyHeaderSignatureInfo;
/// `GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<
        GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfosHeaderSignatureInfo,
    >,
    /// `partNumber`.
    pub part_number: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headerSignatureInfo" => rt::read_field(map, &mut self.header_signature_info),
            "partNumber" => rt::read_field(map, &mut self.part_number),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetMultipartFileUploadInfosResponseBodyMultipartHeaderSignatureInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("headerSignatureInfo", &self.header_signature_info)?;
        object.optional("partNumber", &self.part_number)?;
        object.end()
    }
}
/// `GetOrgResponseBodyOrg`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrgResponseBodyOrg {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `partitions`.
    pub partitions: Option<Vec<GetOrgResponseBodyOrgPartitions>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrgResponseBodyOrg {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrgResponseBodyOrg {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "partitions" => rt::read_field(map, &mut self.partitions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrgResponseBodyOrg {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("partitions", &self.partitions)?;
        object.end()
    }
}
/// `GetRecycleBinResponseBodyRecycleBin`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecycleBinResponseBodyRecycleBin {
    /// `id`.
    pub id: Option<String>,
    /// `scope`.
    pub scope: Option<String>,
    /// `scopeId`.
    pub scope_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecycleBinResponseBodyRecycleBin {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecycleBinResponseBodyRecycleBin {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "scope" => rt::read_field(map, &mut self.scope),
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecycleBinResponseBodyRecycleBin {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("scope", &self.scope)?;
        object.optional("scopeId", &self.scope_id)?;
        object.end()
    }
}
/// `GetRecycleItemResponseBodyItem`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRecycleItemResponseBodyItem {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecycleItemResponseBodyItem {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "id" => rt::read_field(map, &mut self.id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "operatorTime" => rt::read_field(map, &mut self.operator_time),
            "originalName" => rt::read_field(map, &mut self.original_name),
            "originalPath" => rt::read_field(map, &mut self.original_path),
            "size" => rt::read_field(map, &mut self.size),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecycleItemResponseBodyItem {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("id", &self.id)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("operatorTime", &self.operator_time)?;
        object.optional("originalName", &self.original_name)?;
        object.optional("originalPath", &self.original_path)?;
        object.optional("size", &self.size)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetSpaceResponseBodySpace`: the same model as [`AddSpaceResponseBodySpace`].
pub type GetSpaceResponseBodySpace = AddSpaceResponseBodySpace;
/// `GetTaskResponseBodyTask`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTaskResponseBodyTask {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskResponseBodyTask {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "beginTime" => rt::read_field(map, &mut self.begin_time),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "failCount" => rt::read_field(map, &mut self.fail_count),
            "failMessage" => rt::read_field(map, &mut self.fail_message),
            "id" => rt::read_field(map, &mut self.id),
            "status" => rt::read_field(map, &mut self.status),
            "successCount" => rt::read_field(map, &mut self.success_count),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskResponseBodyTask {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("beginTime", &self.begin_time)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("failCount", &self.fail_count)?;
        object.optional("failMessage", &self.fail_message)?;
        object.optional("id", &self.id)?;
        object.optional("status", &self.status)?;
        object.optional("successCount", &self.success_count)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
            "createTime" => rt::read_field(map, &mut self.create_time),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "member" => rt::read_field(map, &mut self.member),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "role" => rt::read_field(map, &mut self.role),
            "spaceId" => rt::read_field(map, &mut self.space_id),
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
        object.optional("createTime", &self.create_time)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("member", &self.member)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("role", &self.role)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RestoreRecycleItemsResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RestoreRecycleItemsResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "recycleBinId" => rt::read_field(map, &mut self.recycle_bin_id),
            "recycleItemId" => rt::read_field(map, &mut self.recycle_item_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RestoreRecycleItemsResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("recycleBinId", &self.recycle_bin_id)?;
        object.optional("recycleItemId", &self.recycle_item_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.optional("taskId", &self.task_id)?;
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
/// `AddFolderResponseBodyDentryProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddFolderResponseBodyDentryProperties {
    /// `readOnly`.
    pub read_only: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddFolderResponseBodyDentryProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddFolderResponseBodyDentryProperties {
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
impl rt::serde::Serialize for AddFolderResponseBodyDentryProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readOnly", &self.read_only)?;
        object.end()
    }
}
/// `AddSpaceResponseBodySpaceCapabilities`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddSpaceResponseBodySpaceCapabilities {
    /// `canRecordRecentFile`.
    pub can_record_recent_file: Option<bool>,
    /// `canRename`.
    pub can_rename: Option<bool>,
    /// `canSearch`.
    pub can_search: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddSpaceResponseBodySpaceCapabilities {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddSpaceResponseBodySpaceCapabilities {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canRecordRecentFile" => {
                rt::read_field(map, &mut self.can_record_recent_file)
            }
            "canRename" => rt::read_field(map, &mut self.can_rename),
            "canSearch" => rt::read_field(map, &mut self.can_search),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddSpaceResponseBodySpaceCapabilities {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canRecordRecentFile", &self.can_record_recent_file)?;
        object.optional("canRename", &self.can_rename)?;
        object.optional("canSearch", &self.can_search)?;
        object.end()
    }
}
/// `AddSpaceResponseBodySpacePartitions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddSpaceResponseBodySpacePartitions {
    /// `partitionType`.
    pub partition_type: Option<String>,
    /// `quota`.
    pub quota: Option<AddSpaceResponseBodySpacePartitionsQuota>,
}
impl<'de> rt::serde::Deserialize<'de> for AddSpaceResponseBodySpacePartitions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddSpaceResponseBodySpacePartitions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "partitionType" => rt::read_field(map, &mut self.partition_type),
            "quota" => rt::read_field(map, &mut self.quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddSpaceResponseBodySpacePartitions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("partitionType", &self.partition_type)?;
        object.optional("quota", &self.quota)?;
        object.end()
    }
}
/// `CommitFileResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type CommitFileResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyPermissionsMember {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
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
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyPermissionsRole`: the same model as [`RoleMapValue`].
pub type ListPermissionsResponseBodyPermissionsRole = RoleMapValue;
/// `MoveDentryResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type MoveDentryResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `RenameDentryResponseBodyDentryProperties`: the same model as [`AddFolderResponseBodyDentryProperties`].
pub type RenameDentryResponseBodyDentryProperties = AddFolderResponseBodyDentryProperties;
/// `AddSpaceResponseBodySpacePartitionsQuota`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddSpaceResponseBodySpacePartitionsQuota {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddSpaceResponseBodySpacePartitionsQuota {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "max" => rt::read_field(map, &mut self.max),
            "reserved" => rt::read_field(map, &mut self.reserved),
            "type" => rt::read_field(map, &mut self.r#type),
            "used" => rt::read_field(map, &mut self.used),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddSpaceResponseBodySpacePartitionsQuota {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("max", &self.max)?;
        object.optional("reserved", &self.reserved)?;
        object.optional("type", &self.r#type)?;
        object.optional("used", &self.used)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddFolderRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `name`.
    pub name: String,
    /// `option`.
    pub option: Option<AddFolderRequestOption>,
}
impl AddFolderRequest {
    /// A `AddFolderRequest` with its required fields (`unionId`, `name`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            name: name.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddFolderRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddFolderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddFolderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddFolderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "name" => rt::read_field(map, &mut self.name),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddFolderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
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
/// The request of [`Api::add_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<AddSpaceRequestOption>,
}
impl AddSpaceRequest {
    /// A `AddSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddSpaceRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddSpaceRequest {
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
impl<'de> rt::serde::Deserialize<'de> for AddSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddSpaceRequest {
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
impl rt::WriteRequest for AddSpaceRequest {
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
    /// `dentryIdList`: a query parameter, JSON-encoded.
    pub dentry_id_list: Vec<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl BatchQueryRolesRequest {
    /// A `BatchQueryRolesRequest` with its required fields (`dentryIdList`, `unionId`); set the others with the methods named after them.
    pub fn new(
        dentry_id_list: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            dentry_id_list: dentry_id_list.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
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
            "dentryIdList" => rt::read_field(map, &mut self.dentry_id_list),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryRolesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("dentryIdList", &self.dentry_id_list);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::clear_recycle_bin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearRecycleBinRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl ClearRecycleBinRequest {
    /// A `ClearRecycleBinRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearRecycleBinRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearRecycleBinRequest {
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
impl rt::WriteRequest for ClearRecycleBinRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
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
    /// `overwriteDentryId`.
    pub overwrite_dentry_id: Option<String>,
    /// `parentId`.
    pub parent_id: String,
    /// `uploadKey`.
    pub upload_key: String,
}
impl CommitFileRequest {
    /// A `CommitFileRequest` with its required fields (`unionId`, `name`, `parentId`, `uploadKey`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        name: impl Into<String>,
        parent_id: impl Into<String>,
        upload_key: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            name: name.into(),
            option: None,
            overwrite_dentry_id: None,
            parent_id: parent_id.into(),
            upload_key: upload_key.into(),
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
impl rt::serde::Serialize for CommitFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.optional("option", &self.option)?;
        object.optional("overwriteDentryId", &self.overwrite_dentry_id)?;
        object.field("parentId", &self.parent_id)?;
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
            "overwriteDentryId" => rt::read_field(map, &mut self.overwrite_dentry_id),
            "parentId" => rt::read_field(map, &mut self.parent_id),
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
/// The request of [`Api::copy_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CopyDentriesRequest {
    /// A `CopyDentriesRequest` with its required fields (`unionId`, `dentryIds`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
        target_folder_id: impl Into<String>,
        target_space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
            option: None,
            target_folder_id: target_folder_id.into(),
            target_space_id: target_space_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CopyDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for CopyDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.optional("option", &self.option)?;
        object.field("targetFolderId", &self.target_folder_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            "option" => rt::read_field(map, &mut self.option),
            "targetFolderId" => rt::read_field(map, &mut self.target_folder_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CopyDentryRequest {
    /// A `CopyDentryRequest` with its required fields (`unionId`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        target_folder_id: impl Into<String>,
        target_space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
            target_folder_id: target_folder_id.into(),
            target_space_id: target_space_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CopyDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for CopyDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("targetFolderId", &self.target_folder_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            "targetFolderId" => rt::read_field(map, &mut self.target_folder_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<DeleteDentriesRequestOption>,
}
impl DeleteDentriesRequest {
    /// A `DeleteDentriesRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: DeleteDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for DeleteDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDentryRequest {
    /// `toRecycleBin`: a query parameter.
    pub to_recycle_bin: Option<bool>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteDentryRequest {
    /// A `DeleteDentryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            to_recycle_bin: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `toRecycleBin`.
    pub fn to_recycle_bin(mut self, value: bool) -> Self {
        self.to_recycle_bin = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "toRecycleBin" => rt::read_field(map, &mut self.to_recycle_bin),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("toRecycleBin", &self.to_recycle_bin);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_dentry_app_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDentryAppPropertiesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `propertyNames`.
    pub property_names: Vec<String>,
}
impl DeleteDentryAppPropertiesRequest {
    /// A `DeleteDentryAppPropertiesRequest` with its required fields (`unionId`, `propertyNames`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        property_names: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            property_names: property_names.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteDentryAppPropertiesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("propertyNames", &self.property_names)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDentryAppPropertiesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDentryAppPropertiesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "propertyNames" => rt::read_field(map, &mut self.property_names),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteDentryAppPropertiesRequest {
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
/// The request of [`Api::delete_recycle_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecycleItemRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteRecycleItemRequest {
    /// A `DeleteRecycleItemRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRecycleItemRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRecycleItemRequest {
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
impl rt::WriteRequest for DeleteRecycleItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_recycle_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecycleItemsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `recycleItemIds`.
    pub recycle_item_ids: Vec<String>,
}
impl DeleteRecycleItemsRequest {
    /// A `DeleteRecycleItemsRequest` with its required fields (`unionId`, `recycleItemIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        recycle_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            recycle_item_ids: recycle_item_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteRecycleItemsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("recycleItemIds", &self.recycle_item_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRecycleItemsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRecycleItemsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "recycleItemIds" => rt::read_field(map, &mut self.recycle_item_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRecycleItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_current_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCurrentAppRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetCurrentAppRequest {
    /// A `GetCurrentAppRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCurrentAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCurrentAppRequest {
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
impl rt::WriteRequest for GetCurrentAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<GetDentriesRequestOption>,
}
impl GetDentriesRequest {
    /// A `GetDentriesRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetDentryRequestOption>,
}
impl GetDentryRequest {
    /// A `GetDentryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetDentryRequest {
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
impl<'de> rt::serde::Deserialize<'de> for GetDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryRequest {
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
impl rt::WriteRequest for GetDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_open_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentryOpenInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetDentryOpenInfoRequestOption>,
}
impl GetDentryOpenInfoRequest {
    /// A `GetDentryOpenInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentryOpenInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetDentryOpenInfoRequest {
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
impl<'de> rt::serde::Deserialize<'de> for GetDentryOpenInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryOpenInfoRequest {
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
impl rt::WriteRequest for GetDentryOpenInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_thumbnails`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentryThumbnailsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
}
impl GetDentryThumbnailsRequest {
    /// A `GetDentryThumbnailsRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetDentryThumbnailsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentryThumbnailsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryThumbnailsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDentryThumbnailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFileDownloadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetFileDownloadInfoRequestOption>,
}
impl GetFileDownloadInfoRequest {
    /// A `GetFileDownloadInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetFileDownloadInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetFileDownloadInfoRequest {
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
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileDownloadInfoRequest {
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
impl rt::WriteRequest for GetFileDownloadInfoRequest {
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
    /// `multipart`.
    pub multipart: bool,
    /// `option`.
    pub option: Option<GetFileUploadInfoRequestOption>,
    /// `protocol`.
    pub protocol: String,
}
impl GetFileUploadInfoRequest {
    /// A `GetFileUploadInfoRequest` with its required fields (`unionId`, `multipart`, `protocol`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        multipart: bool,
        protocol: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            multipart,
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
        object.field("multipart", &self.multipart)?;
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
            "multipart" => rt::read_field(map, &mut self.multipart),
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
/// The request of [`Api::get_multipart_file_upload_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetMultipartFileUploadInfosRequest {
    /// A `GetMultipartFileUploadInfosRequest` with its required fields (`unionId`, `partNumbers`, `uploadKey`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        part_numbers: impl IntoIterator<Item = i64>,
        upload_key: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
            part_numbers: part_numbers.into_iter().collect(),
            upload_key: upload_key.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetMultipartFileUploadInfosRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetMultipartFileUploadInfosRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("partNumbers", &self.part_numbers)?;
        object.field("uploadKey", &self.upload_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMultipartFileUploadInfosRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMultipartFileUploadInfosRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            "partNumbers" => rt::read_field(map, &mut self.part_numbers),
            "uploadKey" => rt::read_field(map, &mut self.upload_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMultipartFileUploadInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOrgRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetOrgRequest {
    /// A `GetOrgRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOrgRequest {
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
impl rt::WriteRequest for GetOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_recycle_bin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRecycleBinRequest {
    /// `recycleBinScope`: a query parameter.
    pub recycle_bin_scope: String,
    /// `scopeId`: a query parameter.
    pub scope_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetRecycleBinRequest {
    /// A `GetRecycleBinRequest` with its required fields (`recycleBinScope`, `scopeId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        recycle_bin_scope: impl Into<String>,
        scope_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            recycle_bin_scope: recycle_bin_scope.into(),
            scope_id: scope_id.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecycleBinRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecycleBinRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recycleBinScope" => rt::read_field(map, &mut self.recycle_bin_scope),
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRecycleItemRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetRecycleItemRequest {
    /// A `GetRecycleItemRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecycleItemRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecycleItemRequest {
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
impl rt::WriteRequest for GetRecycleItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetSpaceRequest {
    /// A `GetSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceRequest {
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
impl rt::WriteRequest for GetSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTaskRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetTaskRequest {
    /// A `GetTaskRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTaskRequest {
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
impl rt::WriteRequest for GetTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_web_office_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetWebOfficeUrlRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetWebOfficeUrlRequest {
    /// A `GetWebOfficeUrlRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetWebOfficeUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetWebOfficeUrlRequest {
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
impl rt::WriteRequest for GetWebOfficeUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::init_multipart_file_upload`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InitMultipartFileUploadRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<InitMultipartFileUploadRequestOption>,
}
impl InitMultipartFileUploadRequest {
    /// A `InitMultipartFileUploadRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: InitMultipartFileUploadRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for InitMultipartFileUploadRequest {
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
impl<'de> rt::serde::Deserialize<'de> for InitMultipartFileUploadRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InitMultipartFileUploadRequest {
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
impl rt::WriteRequest for InitMultipartFileUploadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_all_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListAllDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<ListAllDentriesRequestOption>,
}
impl ListAllDentriesRequest {
    /// A `ListAllDentriesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListAllDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListAllDentriesRequest {
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
impl<'de> rt::serde::Deserialize<'de> for ListAllDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAllDentriesRequest {
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
impl rt::WriteRequest for ListAllDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListDentriesRequest {
    /// A `ListDentriesRequest` with its required fields (`parentId`, `unionId`); set the others with the methods named after them.
    pub fn new(parent_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            order: None,
            order_by: None,
            parent_id: parent_id.into(),
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "withThumbnail" => rt::read_field(map, &mut self.with_thumbnail),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListDentryVersionsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl ListDentryVersionsRequest {
    /// A `ListDentryVersionsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDentryVersionsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDentryVersionsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
/// The request of [`Api::list_recycle_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListRecycleItemsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl ListRecycleItemsRequest {
    /// A `ListRecycleItemsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecycleItemsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecycleItemsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl MoveDentriesRequest {
    /// A `MoveDentriesRequest` with its required fields (`unionId`, `dentryIds`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
        target_folder_id: impl Into<String>,
        target_space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
            option: None,
            target_folder_id: target_folder_id.into(),
            target_space_id: target_space_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: MoveDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for MoveDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.optional("option", &self.option)?;
        object.field("targetFolderId", &self.target_folder_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            "option" => rt::read_field(map, &mut self.option),
            "targetFolderId" => rt::read_field(map, &mut self.target_folder_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MoveDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::move_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl MoveDentryRequest {
    /// A `MoveDentryRequest` with its required fields (`unionId`, `targetFolderId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        target_folder_id: impl Into<String>,
        target_space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
            target_folder_id: target_folder_id.into(),
            target_space_id: target_space_id.into(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: MoveDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for MoveDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("targetFolderId", &self.target_folder_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            "targetFolderId" => rt::read_field(map, &mut self.target_folder_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MoveDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::refresh_web_office_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RefreshWebOfficeTokenRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `webOfficeAccessToken`: a query parameter.
    pub web_office_access_token: String,
    /// `webOfficeRefreshToken`: a query parameter.
    pub web_office_refresh_token: String,
}
impl RefreshWebOfficeTokenRequest {
    /// A `RefreshWebOfficeTokenRequest` with its required fields (`unionId`, `webOfficeAccessToken`, `webOfficeRefreshToken`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        web_office_access_token: impl Into<String>,
        web_office_refresh_token: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            web_office_access_token: web_office_access_token.into(),
            web_office_refresh_token: web_office_refresh_token.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RefreshWebOfficeTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RefreshWebOfficeTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "webOfficeAccessToken" => {
                rt::read_field(map, &mut self.web_office_access_token)
            }
            "webOfficeRefreshToken" => {
                rt::read_field(map, &mut self.web_office_refresh_token)
            }
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RegisterOpenInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openInfos`.
    pub open_infos: Vec<RegisterOpenInfoRequestOpenInfos>,
    /// `provider`.
    pub provider: String,
}
impl RegisterOpenInfoRequest {
    /// A `RegisterOpenInfoRequest` with its required fields (`unionId`, `openInfos`, `provider`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        open_infos: impl IntoIterator<Item = RegisterOpenInfoRequestOpenInfos>,
        provider: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            open_infos: open_infos.into_iter().collect(),
            provider: provider.into(),
        }
    }
}
impl rt::serde::Serialize for RegisterOpenInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openInfos", &self.open_infos)?;
        object.field("provider", &self.provider)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterOpenInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterOpenInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "openInfos" => rt::read_field(map, &mut self.open_infos),
            "provider" => rt::read_field(map, &mut self.provider),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RegisterOpenInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::rename_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RenameDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `newName`.
    pub new_name: String,
}
impl RenameDentryRequest {
    /// A `RenameDentryRequest` with its required fields (`unionId`, `newName`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>, new_name: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            new_name: new_name.into(),
        }
    }
}
impl rt::serde::Serialize for RenameDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("newName", &self.new_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RenameDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RenameDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "newName" => rt::read_field(map, &mut self.new_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RenameDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::restore_recycle_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RestoreRecycleItemRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<RestoreRecycleItemRequestOption>,
}
impl RestoreRecycleItemRequest {
    /// A `RestoreRecycleItemRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: RestoreRecycleItemRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for RestoreRecycleItemRequest {
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
impl<'de> rt::serde::Deserialize<'de> for RestoreRecycleItemRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RestoreRecycleItemRequest {
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
impl rt::WriteRequest for RestoreRecycleItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::restore_recycle_items`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RestoreRecycleItemsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<RestoreRecycleItemsRequestOption>,
    /// `recycleItemIds`.
    pub recycle_item_ids: Vec<String>,
}
impl RestoreRecycleItemsRequest {
    /// A `RestoreRecycleItemsRequest` with its required fields (`unionId`, `recycleItemIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        recycle_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
            recycle_item_ids: recycle_item_ids.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: RestoreRecycleItemsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for RestoreRecycleItemsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("recycleItemIds", &self.recycle_item_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RestoreRecycleItemsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RestoreRecycleItemsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            "recycleItemIds" => rt::read_field(map, &mut self.recycle_item_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RestoreRecycleItemsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::revert_dentry_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RevertDentryVersionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl RevertDentryVersionRequest {
    /// A `RevertDentryVersionRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RevertDentryVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RevertDentryVersionRequest {
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
impl rt::WriteRequest for RevertDentryVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::subscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
impl SubscribeEventRequest {
    /// A `SubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        scope: impl Into<String>,
        scope_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            scope: scope.into(),
            scope_id: scope_id.into(),
        }
    }
}
impl rt::serde::Serialize for SubscribeEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scope", &self.scope)?;
        object.field("scopeId", &self.scope_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubscribeEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubscribeEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "scope" => rt::read_field(map, &mut self.scope),
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unsubscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnsubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
impl UnsubscribeEventRequest {
    /// A `UnsubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        scope: impl Into<String>,
        scope_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            scope: scope.into(),
            scope_id: scope_id.into(),
        }
    }
}
impl rt::serde::Serialize for UnsubscribeEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scope", &self.scope)?;
        object.field("scopeId", &self.scope_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnsubscribeEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnsubscribeEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "scope" => rt::read_field(map, &mut self.scope),
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UnsubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_dentry_app_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateDentryAppPropertiesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `appProperties`.
    pub app_properties: Vec<UpdateDentryAppPropertiesRequestAppProperties>,
}
impl UpdateDentryAppPropertiesRequest {
    /// A `UpdateDentryAppPropertiesRequest` with its required fields (`unionId`, `appProperties`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        app_properties: impl IntoIterator<
            Item = UpdateDentryAppPropertiesRequestAppProperties,
        >,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            app_properties: app_properties.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for UpdateDentryAppPropertiesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appProperties", &self.app_properties)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateDentryAppPropertiesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateDentryAppPropertiesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "appProperties" => rt::read_field(map, &mut self.app_properties),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateDentryAppPropertiesRequest {
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
