// @generated from api-spec/drive_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉盘 (Drive)：空间、文件与权限（钉盘现名云盘）。
//!
//! 33 operations, methods of [`Api`] (`client.drive_1_0()`), behind the cargo feature `drive_1_0`; its paths start with `/v1.0/drive/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `drive_1_0`. Get it with `client.drive_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新建自定义空间
    ///
    /// `POST /v1.0/drive/spaces/customSpaces`: DingTalk's `AddCustomSpace` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCustomSpace")]
    #[doc(alias = "/v1.0/drive/spaces/customSpaces")]
    #[doc(alias = "POST /v1.0/drive/spaces/customSpaces")]
    pub fn add_custom_space(
        &self,
        request: &AddCustomSpaceRequest,
    ) -> rt::Call<AddCustomSpaceResponseBody, AddCustomSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCustomSpace",
            rt::Method::Post,
            "/v1.0/drive/spaces/customSpaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加文件
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files`: DingTalk's `AddFile` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddFile")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files")]
    pub fn add_file(
        &self,
        space_id: &str,
        request: &AddFileRequest,
    ) -> rt::Call<AddFileResponseBody, AddFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 添加权限
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions`: DingTalk's `AddPermission` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddPermission")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions")]
    pub fn add_permission(
        &self,
        space_id: &str,
        file_id: &str,
        request: &AddPermissionRequest,
    ) -> rt::Call<(), AddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPermission",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 新建空间
    ///
    /// `POST /v1.0/drive/spaces`: DingTalk's `AddSpace` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddSpace")]
    #[doc(alias = "/v1.0/drive/spaces")]
    #[doc(alias = "POST /v1.0/drive/spaces")]
    pub fn add_space(
        &self,
        request: &AddSpaceRequest,
    ) -> rt::Call<AddSpaceResponseBody, AddSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddSpace",
            rt::Method::Post,
            "/v1.0/drive/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 清空回收站文件
    ///
    /// `POST /v1.0/drive/recycleItems/clear`: DingTalk's `ClearRecycleFiles` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ClearRecycleFiles")]
    #[doc(alias = "/v1.0/drive/recycleItems/clear")]
    #[doc(alias = "POST /v1.0/drive/recycleItems/clear")]
    pub fn clear_recycle_files(
        &self,
        request: &ClearRecycleFilesRequest,
    ) -> rt::Call<(), ClearRecycleFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearRecycleFiles",
            rt::Method::Post,
            "/v1.0/drive/recycleItems/clear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拷贝文件
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/copy`: DingTalk's `CopyFile` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyFile")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/copy")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/copy")]
    pub fn copy_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &CopyFileRequest,
    ) -> rt::Call<CopyFileResponseBody, CopyFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 删除文件
    ///
    /// `DELETE /v1.0/drive/spaces/{spaceId}/files/{fileId}`: DingTalk's `DeleteFile` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFile")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}")]
    #[doc(alias = "DELETE /v1.0/drive/spaces/{spaceId}/files/{fileId}")]
    pub fn delete_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &DeleteFileRequest,
    ) -> rt::Call<DeleteFileResponseBody, DeleteFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFile",
            rt::Method::Delete,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 批量删除文件（夹）
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/batchDelete`: DingTalk's `DeleteFiles` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFiles")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/batchDelete")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/batchDelete")]
    pub fn delete_files(
        &self,
        space_id: &str,
        request: &DeleteFilesRequest,
    ) -> rt::Call<DeleteFilesResponseBody, DeleteFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFiles",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/batchDelete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 删除权限
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions/delete`: DingTalk's `DeletePermission` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeletePermission")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions/delete")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions/delete")]
    pub fn delete_permission(
        &self,
        space_id: &str,
        file_id: &str,
        request: &DeletePermissionRequest,
    ) -> rt::Call<(), DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 彻底删除回收站文件
    ///
    /// `POST /v1.0/drive/recycleItems/delete`: DingTalk's `DeleteRecycleFiles` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRecycleFiles")]
    #[doc(alias = "/v1.0/drive/recycleItems/delete")]
    #[doc(alias = "POST /v1.0/drive/recycleItems/delete")]
    pub fn delete_recycle_files(
        &self,
        request: &DeleteRecycleFilesRequest,
    ) -> rt::Call<(), DeleteRecycleFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecycleFiles",
            rt::Method::Post,
            "/v1.0/drive/recycleItems/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除空间
    ///
    /// `DELETE /v1.0/drive/spaces/{spaceId}`: DingTalk's `DeleteSpace` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSpace")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}")]
    #[doc(alias = "DELETE /v1.0/drive/spaces/{spaceId}")]
    pub fn delete_space(
        &self,
        space_id: &str,
        request: &DeleteSpaceRequest,
    ) -> rt::Call<(), DeleteSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSpace",
            rt::Method::Delete,
            "/v1.0/drive/spaces/{spaceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取异步任务信息
    ///
    /// `GET /v1.0/drive/tasks/{taskId}`: DingTalk's `GetAsyncTaskInfo` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAsyncTaskInfo")]
    #[doc(alias = "/v1.0/drive/tasks/{taskId}")]
    #[doc(alias = "GET /v1.0/drive/tasks/{taskId}")]
    pub fn get_async_task_info(
        &self,
        task_id: &str,
        request: &GetAsyncTaskInfoRequest,
    ) -> rt::Call<GetAsyncTaskInfoResponseBody, GetAsyncTaskInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAsyncTaskInfo",
            rt::Method::Get,
            "/v1.0/drive/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取下载信息
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/downloadInfos`: DingTalk's `GetDownloadInfo` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDownloadInfo")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/downloadInfos")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/downloadInfos")]
    pub fn get_download_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetDownloadInfoRequest,
    ) -> rt::Call<GetDownloadInfoResponseBody, GetDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDownloadInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/downloadInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取文件信息
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}`: DingTalk's `GetFileInfo` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileInfo")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files/{fileId}")]
    pub fn get_file_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetFileInfoRequest,
    ) -> rt::Call<GetFileInfoResponseBody, GetFileInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取我的工作空间信息
    ///
    /// `GET /v1.0/drive/mySpaces`: DingTalk's `GetMySpaceInfo` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMySpaceInfo")]
    #[doc(alias = "/v1.0/drive/mySpaces")]
    #[doc(alias = "GET /v1.0/drive/mySpaces")]
    pub fn get_my_space_info(
        &self,
        request: &GetMySpaceInfoRequest,
    ) -> rt::Call<GetMySpaceInfoResponseBody, GetMySpaceInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMySpaceInfo",
            rt::Method::Get,
            "/v1.0/drive/mySpaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取预览信息
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/previewInfos`: DingTalk's `GetPreviewInfo` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPreviewInfo")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/previewInfos")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/previewInfos")]
    pub fn get_preview_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetPreviewInfoRequest,
    ) -> rt::Call<GetPreviewInfoResponseBody, GetPreviewInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPreviewInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/previewInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取权限点信息
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/privileges`: DingTalk's `GetPrivilegeInfo` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPrivilegeInfo")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/privileges")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/privileges")]
    pub fn get_privilege_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetPrivilegeInfoRequest,
    ) -> rt::Call<GetPrivilegeInfoResponseBody, GetPrivilegeInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivilegeInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/privileges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取容量信息列表
    ///
    /// `POST /v1.0/drive/quotaInfos/query`: DingTalk's `GetQuotaInfos` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetQuotaInfos")]
    #[doc(alias = "/v1.0/drive/quotaInfos/query")]
    #[doc(alias = "POST /v1.0/drive/quotaInfos/query")]
    pub fn get_quota_infos(
        &self,
        request: &GetQuotaInfosRequest,
    ) -> rt::Call<GetQuotaInfosResponseBody, GetQuotaInfosError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetQuotaInfos",
            rt::Method::Post,
            "/v1.0/drive/quotaInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取上传信息
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files/{parentId}/uploadInfos`: DingTalk's `GetUploadInfo` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `parent_id`: `{parentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUploadInfo")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{parentId}/uploadInfos")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files/{parentId}/uploadInfos")]
    pub fn get_upload_info(
        &self,
        space_id: &str,
        parent_id: &str,
        request: &GetUploadInfoRequest,
    ) -> rt::Call<GetUploadInfoResponseBody, GetUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUploadInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files/{parentId}/uploadInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, parent_id], request)
    }
    /// 添加自定义空间权限
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/customSpacePrivileges`: DingTalk's `GrantPrivilegeOfCustomSpace` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GrantPrivilegeOfCustomSpace")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/customSpacePrivileges")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/customSpacePrivileges")]
    pub fn grant_privilege_of_custom_space(
        &self,
        space_id: &str,
        request: &GrantPrivilegeOfCustomSpaceRequest,
    ) -> rt::Call<(), GrantPrivilegeOfCustomSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GrantPrivilegeOfCustomSpace",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/customSpacePrivileges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取空间信息
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}`: DingTalk's `InfoSpace` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InfoSpace")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}")]
    pub fn info_space(
        &self,
        space_id: &str,
        request: &InfoSpaceRequest,
    ) -> rt::Call<InfoSpaceResponseBody, InfoSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InfoSpace",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件列表
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files`: DingTalk's `ListFiles` (module feature `drive_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::list_files_pages`].
    #[doc(alias = "ListFiles")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files")]
    pub fn list_files(
        &self,
        space_id: &str,
        request: &ListFilesRequest,
    ) -> rt::Call<ListFilesResponseBody, ListFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFiles",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取权限列表
    ///
    /// `GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions`: DingTalk's `ListPermissions` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListPermissions")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions")]
    #[doc(alias = "GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions")]
    pub fn list_permissions(
        &self,
        space_id: &str,
        file_id: &str,
        request: &ListPermissionsRequest,
    ) -> rt::Call<ListPermissionsResponseBody, ListPermissionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPermissions",
            rt::Method::Get,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取回收站文件列表
    ///
    /// `GET /v1.0/drive/recycleItems`: DingTalk's `ListRecycleFiles` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_recycle_files_pages`].
    #[doc(alias = "ListRecycleFiles")]
    #[doc(alias = "/v1.0/drive/recycleItems")]
    #[doc(alias = "GET /v1.0/drive/recycleItems")]
    pub fn list_recycle_files(
        &self,
        request: &ListRecycleFilesRequest,
    ) -> rt::Call<ListRecycleFilesResponseBody, ListRecycleFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecycleFiles",
            rt::Method::Get,
            "/v1.0/drive/recycleItems",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取空间列表
    ///
    /// `GET /v1.0/drive/spaces`: DingTalk's `ListSpaces` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_spaces_pages`].
    #[doc(alias = "ListSpaces")]
    #[doc(alias = "/v1.0/drive/spaces")]
    #[doc(alias = "GET /v1.0/drive/spaces")]
    pub fn list_spaces(
        &self,
        request: &ListSpacesRequest,
    ) -> rt::Call<ListSpacesResponseBody, ListSpacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSpaces",
            rt::Method::Get,
            "/v1.0/drive/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 管理侧购买容量
    ///
    /// `POST /v1.0/drive/managements/quotas/buy`: DingTalk's `ManagementBuyQuota` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManagementBuyQuota")]
    #[doc(alias = "/v1.0/drive/managements/quotas/buy")]
    #[doc(alias = "POST /v1.0/drive/managements/quotas/buy")]
    pub fn management_buy_quota(
        &self,
        request: &ManagementBuyQuotaRequest,
    ) -> rt::Call<(), ManagementBuyQuotaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManagementBuyQuota",
            rt::Method::Post,
            "/v1.0/drive/managements/quotas/buy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 管理侧获取空间列表
    ///
    /// `POST /v1.0/drive/managements/spaces/query`: DingTalk's `ManagementListSpaces` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManagementListSpaces")]
    #[doc(alias = "/v1.0/drive/managements/spaces/query")]
    #[doc(alias = "POST /v1.0/drive/managements/spaces/query")]
    pub fn management_list_spaces(
        &self,
        request: &ManagementListSpacesRequest,
    ) -> rt::Call<ManagementListSpacesResponseBody, ManagementListSpacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManagementListSpaces",
            rt::Method::Post,
            "/v1.0/drive/managements/spaces/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 管理侧修改空间信息
    ///
    /// `PUT /v1.0/drive/managements/spaces`: DingTalk's `ManagementModifySpace` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManagementModifySpace")]
    #[doc(alias = "/v1.0/drive/managements/spaces")]
    #[doc(alias = "PUT /v1.0/drive/managements/spaces")]
    pub fn management_modify_space(
        &self,
        request: &ManagementModifySpaceRequest,
    ) -> rt::Call<ManagementModifySpaceResponseBody, ManagementModifySpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManagementModifySpace",
            rt::Method::Put,
            "/v1.0/drive/managements/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改权限
    ///
    /// `PUT /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions`: DingTalk's `ModifyPermission` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ModifyPermission")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions")]
    #[doc(alias = "PUT /v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions")]
    pub fn modify_permission(
        &self,
        space_id: &str,
        file_id: &str,
        request: &ModifyPermissionRequest,
    ) -> rt::Call<(), ModifyPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifyPermission",
            rt::Method::Put,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 移动文件
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/move`: DingTalk's `MoveFile` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MoveFile")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/move")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/move")]
    pub fn move_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &MoveFileRequest,
    ) -> rt::Call<MoveFileResponseBody, MoveFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 批量移动文件（夹）
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/batchMove`: DingTalk's `MoveFiles` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MoveFiles")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/batchMove")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/batchMove")]
    pub fn move_files(
        &self,
        space_id: &str,
        request: &MoveFilesRequest,
    ) -> rt::Call<MoveFilesResponseBody, MoveFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveFiles",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/batchMove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 还原回收站文件
    ///
    /// `POST /v1.0/drive/recycleItems/recover`: DingTalk's `RecoverRecycleFiles` (module feature `drive_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecoverRecycleFiles")]
    #[doc(alias = "/v1.0/drive/recycleItems/recover")]
    #[doc(alias = "POST /v1.0/drive/recycleItems/recover")]
    pub fn recover_recycle_files(
        &self,
        request: &RecoverRecycleFilesRequest,
    ) -> rt::Call<(), RecoverRecycleFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecoverRecycleFiles",
            rt::Method::Post,
            "/v1.0/drive/recycleItems/recover",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 重命名文件
    ///
    /// `POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/rename`: DingTalk's `RenameFile` (module feature `drive_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `file_id`: `{fileId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RenameFile")]
    #[doc(alias = "/v1.0/drive/spaces/{spaceId}/files/{fileId}/rename")]
    #[doc(alias = "POST /v1.0/drive/spaces/{spaceId}/files/{fileId}/rename")]
    pub fn rename_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &RenameFileRequest,
    ) -> rt::Call<RenameFileResponseBody, RenameFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenameFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{spaceId}/files/{fileId}/rename",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// Every page of [`Api::list_files`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `files` of each page.
    pub fn list_files_pages(
        &self,
        space_id: &str,
        request: &ListFilesRequest,
    ) -> rt::Paginator<
        ListFilesResponseBody,
        ListFilesError,
        ListFilesResponseBodyFiles,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["files"],
        );
        rt::Paginator::new(self.list_files(space_id, request), &PAGING)
    }
    /// Every page of [`Api::list_recycle_files`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `recycleItems` of each page.
    pub fn list_recycle_files_pages(
        &self,
        request: &ListRecycleFilesRequest,
    ) -> rt::Paginator<
        ListRecycleFilesResponseBody,
        ListRecycleFilesError,
        ListRecycleFilesResponseBodyRecycleItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["recycleItems"],
        );
        rt::Paginator::new(self.list_recycle_files(request), &PAGING)
    }
    /// Every page of [`Api::list_spaces`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `spaces` of each page.
    pub fn list_spaces_pages(
        &self,
        request: &ListSpacesRequest,
    ) -> rt::Paginator<
        ListSpacesResponseBody,
        ListSpacesError,
        ListSpacesResponseBodySpaces,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["spaces"],
        );
        rt::Paginator::new(self.list_spaces(request), &PAGING)
    }
}
/// `AddCustomSpaceResponseBody`, a model several operations share: also named [`AddSpaceResponseBody`], [`ListSpacesResponseBodySpaces`], [`ManagementListSpacesResponseBodySpaces`], [`ManagementModifySpaceResponseBodySpaces`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCustomSpaceResponseBody {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `permissionMode`.
    pub permission_mode: Option<String>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceName`.
    pub space_name: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    AddCustomSpaceResponseBody { "createTime" => read_field(create_time), "modifyTime" =>
    read_field(modify_time), "permissionMode" => read_field(permission_mode), "quota" =>
    read_field(quota), "spaceId" => read_field(space_id), "spaceName" =>
    read_field(space_name), "spaceType" => read_field(space_type), "usedQuota" =>
    read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCustomSpaceResponseBody { "createTime" => optional(create_time), "modifyTime" =>
    optional(modify_time), "permissionMode" => optional(permission_mode), "quota" =>
    optional(quota), "spaceId" => optional(space_id), "spaceName" =>
    optional(space_name), "spaceType" => optional(space_type), "usedQuota" =>
    optional(used_quota) }
}
/// `AddFileResponseBody`, a model several operations share: also named [`GetFileInfoResponseBody`], [`MoveFileResponseBody`], [`RenameFileResponseBody`], [`MoveFilesResponseBodyFiles`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddFileResponseBody {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `fileExtension`.
    pub file_extension: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `filePath`.
    pub file_path: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    AddFileResponseBody { "contentType" => read_field(content_type), "createTime" =>
    read_field(create_time), "creator" => read_field(creator), "fileExtension" =>
    read_field(file_extension), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "filePath" => read_field(file_path), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "modifier" =>
    read_field(modifier), "modifyTime" => read_field(modify_time), "parentId" =>
    read_field(parent_id), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddFileResponseBody { "contentType" => optional(content_type), "createTime" =>
    optional(create_time), "creator" => optional(creator), "fileExtension" =>
    optional(file_extension), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "filePath" => optional(file_path), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "modifier" =>
    optional(modifier), "modifyTime" => optional(modify_time), "parentId" =>
    optional(parent_id), "spaceId" => optional(space_id) }
}
/// `AddPermissionRequestMembers`, a model several operations share: also named [`DeletePermissionRequestMembers`], [`ModifyPermissionRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequestMembers {
    /// `corpId`.
    pub corp_id: String,
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
}
/// The required fields of [`AddPermissionRequestMembers`], each named where it is set: `AddPermissionRequestMembers::new(AddPermissionRequestMembersRequired { .. })`.
pub struct AddPermissionRequestMembersRequired {
    /// `corpId`: see [`AddPermissionRequestMembers::corp_id`].
    pub corp_id: String,
    /// `memberId`: see [`AddPermissionRequestMembers::member_id`].
    pub member_id: String,
    /// `memberType`: see [`AddPermissionRequestMembers::member_type`].
    pub member_type: String,
}
impl AddPermissionRequestMembers {
    /// A `AddPermissionRequestMembers` with its required fields (`corpId`, `memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(required: AddPermissionRequestMembersRequired) -> Self {
        let AddPermissionRequestMembersRequired { corp_id, member_id, member_type } = required;
        Self {
            corp_id,
            member_id,
            member_type,
        }
    }
}
rt::impl_serialize! {
    AddPermissionRequestMembers { "corpId" => field(corp_id), "memberId" =>
    field(member_id), "memberType" => field(member_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPermissionRequestMembers { "corpId" => read_field(corp_id), "memberId" =>
    read_field(member_id), "memberType" => read_field(member_type) }
}
/// `AddSpaceResponseBody`: the same model as [`AddCustomSpaceResponseBody`].
pub type AddSpaceResponseBody = AddCustomSpaceResponseBody;
/// `CopyFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyFileResponseBody {
    /// `file`.
    pub file: Option<CopyFileResponseBodyFile>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CopyFileResponseBody { "file" => read_field(file), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyFileResponseBody { "file" => optional(file), "taskId" => optional(task_id) }
}
/// `DeleteFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteFileResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteFileResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteFileResponseBody { "success" => optional(success) }
}
/// `DeleteFilesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteFilesResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteFilesResponseBody { "success" => read_field(success), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteFilesResponseBody { "success" => optional(success), "taskId" =>
    optional(task_id) }
}
/// `DeletePermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type DeletePermissionRequestMembers = AddPermissionRequestMembers;
/// The required fields of [`DeletePermissionRequestMembers`].
pub type DeletePermissionRequestMembersRequired = AddPermissionRequestMembersRequired;
/// `GetAsyncTaskInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAsyncTaskInfoResponseBody {
    /// `beginTime`.
    pub begin_time: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `failed`.
    pub failed: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetAsyncTaskInfoResponseBody { "beginTime" => read_field(begin_time), "endTime" =>
    read_field(end_time), "failed" => read_field(failed), "status" => read_field(status),
    "success" => read_field(success), "taskId" => read_field(task_id), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAsyncTaskInfoResponseBody { "beginTime" => optional(begin_time), "endTime" =>
    optional(end_time), "failed" => optional(failed), "status" => optional(status),
    "success" => optional(success), "taskId" => optional(task_id), "total" =>
    optional(total) }
}
/// `GetDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDownloadInfoResponseBody {
    /// `downloadInfo`.
    pub download_info: Option<GetDownloadInfoResponseBodyDownloadInfo>,
    /// `region`.
    pub region: Option<String>,
}
rt::impl_deserialize! {
    GetDownloadInfoResponseBody { "downloadInfo" => read_field(download_info), "region"
    => read_field(region) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDownloadInfoResponseBody { "downloadInfo" => optional(download_info), "region" =>
    optional(region) }
}
/// `GetFileInfoResponseBody`: the same model as [`AddFileResponseBody`].
pub type GetFileInfoResponseBody = AddFileResponseBody;
/// `GetMySpaceInfoResponseBody`, a model several operations share: also named [`InfoSpaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMySpaceInfoResponseBody {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `permissionMode`.
    pub permission_mode: Option<String>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceName`.
    pub space_name: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    GetMySpaceInfoResponseBody { "createTime" => read_field(create_time), "modifyTime" =>
    read_field(modify_time), "permissionMode" => read_field(permission_mode), "quota" =>
    read_field(quota), "spaceId" => read_field(space_id), "spaceName" =>
    read_field(space_name), "spaceType" => read_field(space_type), "usedQuota" =>
    read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMySpaceInfoResponseBody { "createTime" => optional(create_time), "modifyTime" =>
    optional(modify_time), "permissionMode" => optional(permission_mode), "quota" =>
    optional(quota), "spaceId" => optional(space_id), "spaceName" =>
    optional(space_name), "spaceType" => optional(space_type), "usedQuota" =>
    optional(used_quota) }
}
/// `GetPreviewInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPreviewInfoResponseBody {
    /// `info`.
    pub info: Option<GetPreviewInfoResponseBodyInfo>,
}
rt::impl_deserialize! {
    GetPreviewInfoResponseBody { "info" => read_field(info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPreviewInfoResponseBody { "info" => optional(info) }
}
/// `GetPrivilegeInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPrivilegeInfoResponseBody {
    /// `types`.
    pub types: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetPrivilegeInfoResponseBody { "types" => read_field(types) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPrivilegeInfoResponseBody { "types" => optional(types) }
}
/// `GetQuotaInfosResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetQuotaInfosResponseBody {
    /// `quotas`.
    pub quotas: Option<Vec<GetQuotaInfosResponseBodyQuotas>>,
}
rt::impl_deserialize! {
    GetQuotaInfosResponseBody { "quotas" => read_field(quotas) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetQuotaInfosResponseBody { "quotas" => optional(quotas) }
}
/// `GetUploadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadInfoResponseBody {
    /// `headerSignatureUploadInfo`.
    pub header_signature_upload_info: Option<
        GetUploadInfoResponseBodyHeaderSignatureUploadInfo,
    >,
    /// `region`.
    pub region: Option<String>,
    /// `stsUploadInfo`.
    pub sts_upload_info: Option<GetUploadInfoResponseBodyStsUploadInfo>,
}
rt::impl_deserialize! {
    GetUploadInfoResponseBody { "headerSignatureUploadInfo" =>
    read_field(header_signature_upload_info), "region" => read_field(region),
    "stsUploadInfo" => read_field(sts_upload_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadInfoResponseBody { "headerSignatureUploadInfo" =>
    optional(header_signature_upload_info), "region" => optional(region), "stsUploadInfo"
    => optional(sts_upload_info) }
}
/// `InfoSpaceResponseBody`: the same model as [`GetMySpaceInfoResponseBody`].
pub type InfoSpaceResponseBody = GetMySpaceInfoResponseBody;
/// `ListFilesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFilesResponseBody {
    /// `files`.
    pub files: Option<Vec<ListFilesResponseBodyFiles>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListFilesResponseBody { "files" => read_field(files), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFilesResponseBody { "files" => optional(files), "nextToken" =>
    optional(next_token) }
}
/// `ListPermissionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPermissionsResponseBody {
    /// `members`.
    pub members: Option<Vec<ListPermissionsResponseBodyMembers>>,
    /// `outMembers`.
    pub out_members: Option<Vec<ListPermissionsResponseBodyOutMembers>>,
}
rt::impl_deserialize! {
    ListPermissionsResponseBody { "members" => read_field(members), "outMembers" =>
    read_field(out_members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBody { "members" => optional(members), "outMembers" =>
    optional(out_members) }
}
/// `ListRecycleFilesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRecycleFilesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recycleItems`.
    pub recycle_items: Option<Vec<ListRecycleFilesResponseBodyRecycleItems>>,
}
rt::impl_deserialize! {
    ListRecycleFilesResponseBody { "nextToken" => read_field(next_token), "recycleItems"
    => read_field(recycle_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecycleFilesResponseBody { "nextToken" => optional(next_token), "recycleItems" =>
    optional(recycle_items) }
}
/// `ListSpacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSpacesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `spaces`.
    pub spaces: Option<Vec<ListSpacesResponseBodySpaces>>,
}
rt::impl_deserialize! {
    ListSpacesResponseBody { "nextToken" => read_field(next_token), "spaces" =>
    read_field(spaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSpacesResponseBody { "nextToken" => optional(next_token), "spaces" =>
    optional(spaces) }
}
/// `ManagementBuyQuotaRequestOrder`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManagementBuyQuotaRequestOrder {
    /// `bizType`.
    pub biz_type: String,
    /// `capacity`.
    pub capacity: i64,
    /// `capacityType`.
    pub capacity_type: String,
    /// `day`.
    pub day: i64,
    /// `money`.
    pub money: i64,
    /// `orderId`.
    pub order_id: i64,
}
/// The required fields of [`ManagementBuyQuotaRequestOrder`], each named where it is set: `ManagementBuyQuotaRequestOrder::new(ManagementBuyQuotaRequestOrderRequired { .. })`.
pub struct ManagementBuyQuotaRequestOrderRequired {
    /// `bizType`: see [`ManagementBuyQuotaRequestOrder::biz_type`].
    pub biz_type: String,
    /// `capacity`: see [`ManagementBuyQuotaRequestOrder::capacity`].
    pub capacity: i64,
    /// `capacityType`: see [`ManagementBuyQuotaRequestOrder::capacity_type`].
    pub capacity_type: String,
    /// `day`: see [`ManagementBuyQuotaRequestOrder::day`].
    pub day: i64,
    /// `money`: see [`ManagementBuyQuotaRequestOrder::money`].
    pub money: i64,
    /// `orderId`: see [`ManagementBuyQuotaRequestOrder::order_id`].
    pub order_id: i64,
}
impl ManagementBuyQuotaRequestOrder {
    /// A `ManagementBuyQuotaRequestOrder` with its required fields (`bizType`, `capacity`, `capacityType`, `day`, `money`, `orderId`); set the others with the methods named after them.
    pub fn new(required: ManagementBuyQuotaRequestOrderRequired) -> Self {
        let ManagementBuyQuotaRequestOrderRequired {
            biz_type,
            capacity,
            capacity_type,
            day,
            money,
            order_id,
        } = required;
        Self {
            biz_type,
            capacity,
            capacity_type,
            day,
            money,
            order_id,
        }
    }
}
rt::impl_serialize! {
    ManagementBuyQuotaRequestOrder { "bizType" => field(biz_type), "capacity" =>
    field(capacity), "capacityType" => field(capacity_type), "day" => field(day), "money"
    => field(money), "orderId" => field(order_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManagementBuyQuotaRequestOrder { "bizType" => read_field(biz_type), "capacity" =>
    read_field(capacity), "capacityType" => read_field(capacity_type), "day" =>
    read_field(day), "money" => read_field(money), "orderId" => read_field(order_id) }
}
/// `ManagementListSpacesResponseBody`, a model several operations share: also named [`ManagementModifySpaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagementListSpacesResponseBody {
    /// `spaces`.
    pub spaces: Option<Vec<ManagementListSpacesResponseBodySpaces>>,
}
rt::impl_deserialize! {
    ManagementListSpacesResponseBody { "spaces" => read_field(spaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ManagementListSpacesResponseBody { "spaces" => optional(spaces) }
}
/// `ManagementModifySpaceResponseBody`: the same model as [`ManagementListSpacesResponseBody`].
pub type ManagementModifySpaceResponseBody = ManagementListSpacesResponseBody;
/// `ModifyPermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type ModifyPermissionRequestMembers = AddPermissionRequestMembers;
/// The required fields of [`ModifyPermissionRequestMembers`].
pub type ModifyPermissionRequestMembersRequired = AddPermissionRequestMembersRequired;
/// `MoveFileResponseBody`: the same model as [`AddFileResponseBody`].
pub type MoveFileResponseBody = AddFileResponseBody;
/// `MoveFilesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MoveFilesResponseBody {
    /// `files`.
    pub files: Option<Vec<MoveFilesResponseBodyFiles>>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    MoveFilesResponseBody { "files" => read_field(files), "taskId" => read_field(task_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MoveFilesResponseBody { "files" => optional(files), "taskId" => optional(task_id) }
}
/// `RenameFileResponseBody`: the same model as [`AddFileResponseBody`].
pub type RenameFileResponseBody = AddFileResponseBody;
/// `CopyFileResponseBodyFile`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyFileResponseBodyFile {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `fileExtension`.
    pub file_extension: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `filePath`.
    pub file_path: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    CopyFileResponseBodyFile { "contentType" => read_field(content_type), "createTime" =>
    read_field(create_time), "creator" => read_field(creator), "fileExtension" =>
    read_field(file_extension), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "filePath" => read_field(file_path), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "modifier" =>
    read_field(modifier), "modifyTime" => read_field(modify_time), "parentId" =>
    read_field(parent_id), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyFileResponseBodyFile { "contentType" => optional(content_type), "createTime" =>
    optional(create_time), "creator" => optional(creator), "fileExtension" =>
    optional(file_extension), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "filePath" => optional(file_path), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "modifier" =>
    optional(modifier), "modifyTime" => optional(modify_time), "parentId" =>
    optional(parent_id), "spaceId" => optional(space_id) }
}
/// `GetDownloadInfoResponseBodyDownloadInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDownloadInfoResponseBodyDownloadInfo {
    /// `expirationSeconds`.
    pub expiration_seconds: Option<i64>,
    /// `headers`.
    pub headers: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `internalResourceUrl`.
    pub internal_resource_url: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
}
rt::impl_deserialize! {
    GetDownloadInfoResponseBodyDownloadInfo { "expirationSeconds" =>
    read_field(expiration_seconds), "headers" => read_field(headers),
    "internalResourceUrl" => read_field(internal_resource_url), "resourceUrl" =>
    read_field(resource_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDownloadInfoResponseBodyDownloadInfo { "expirationSeconds" =>
    optional(expiration_seconds), "headers" => optional(headers), "internalResourceUrl"
    => optional(internal_resource_url), "resourceUrl" => optional(resource_url) }
}
/// `GetPreviewInfoResponseBodyInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPreviewInfoResponseBodyInfo {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetPreviewInfoResponseBodyInfo { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPreviewInfoResponseBodyInfo { "url" => optional(url) }
}
/// `GetQuotaInfosResponseBodyQuotas`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetQuotaInfosResponseBodyQuotas {
    /// `identifier`.
    pub identifier: Option<String>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    GetQuotaInfosResponseBodyQuotas { "identifier" => read_field(identifier), "quota" =>
    read_field(quota), "type" => read_field(r#type), "usedQuota" =>
    read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetQuotaInfosResponseBodyQuotas { "identifier" => optional(identifier), "quota" =>
    optional(quota), "type" => optional(r#type), "usedQuota" => optional(used_quota) }
}
/// `GetUploadInfoResponseBodyHeaderSignatureUploadInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadInfoResponseBodyHeaderSignatureUploadInfo {
    /// `expirationSeconds`.
    pub expiration_seconds: Option<i64>,
    /// `headers`.
    pub headers: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `internalResourceUrl`.
    pub internal_resource_url: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
}
rt::impl_deserialize! {
    GetUploadInfoResponseBodyHeaderSignatureUploadInfo { "expirationSeconds" =>
    read_field(expiration_seconds), "headers" => read_field(headers),
    "internalResourceUrl" => read_field(internal_resource_url), "mediaId" =>
    read_field(media_id), "resourceUrl" => read_field(resource_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadInfoResponseBodyHeaderSignatureUploadInfo { "expirationSeconds" =>
    optional(expiration_seconds), "headers" => optional(headers), "internalResourceUrl"
    => optional(internal_resource_url), "mediaId" => optional(media_id), "resourceUrl" =>
    optional(resource_url) }
}
/// `GetUploadInfoResponseBodyStsUploadInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUploadInfoResponseBodyStsUploadInfo {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `accessKeySecret`.
    pub access_key_secret: Option<String>,
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `accessTokenExpirationMillis`.
    pub access_token_expiration_millis: Option<i64>,
    /// `bucket`.
    pub bucket: Option<String>,
    /// `endPoint`.
    pub end_point: Option<String>,
    /// `internalEndPoint`.
    pub internal_end_point: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
}
rt::impl_deserialize! {
    GetUploadInfoResponseBodyStsUploadInfo { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "accessToken" =>
    read_field(access_token), "accessTokenExpirationMillis" =>
    read_field(access_token_expiration_millis), "bucket" => read_field(bucket),
    "endPoint" => read_field(end_point), "internalEndPoint" =>
    read_field(internal_end_point), "mediaId" => read_field(media_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUploadInfoResponseBodyStsUploadInfo { "accessKeyId" => optional(access_key_id),
    "accessKeySecret" => optional(access_key_secret), "accessToken" =>
    optional(access_token), "accessTokenExpirationMillis" =>
    optional(access_token_expiration_millis), "bucket" => optional(bucket), "endPoint" =>
    optional(end_point), "internalEndPoint" => optional(internal_end_point), "mediaId" =>
    optional(media_id) }
}
/// `ListFilesResponseBodyFiles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFilesResponseBodyFiles {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `fileExtension`.
    pub file_extension: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `filePath`.
    pub file_path: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `modifier`.
    pub modifier: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `thumbnail`.
    pub thumbnail: Option<String>,
}
rt::impl_deserialize! {
    ListFilesResponseBodyFiles { "contentType" => read_field(content_type), "createTime"
    => read_field(create_time), "creator" => read_field(creator), "fileExtension" =>
    read_field(file_extension), "fileId" => read_field(file_id), "fileName" =>
    read_field(file_name), "filePath" => read_field(file_path), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "icon" =>
    read_field(icon), "modifier" => read_field(modifier), "modifyTime" =>
    read_field(modify_time), "parentId" => read_field(parent_id), "spaceId" =>
    read_field(space_id), "thumbnail" => read_field(thumbnail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFilesResponseBodyFiles { "contentType" => optional(content_type), "createTime" =>
    optional(create_time), "creator" => optional(creator), "fileExtension" =>
    optional(file_extension), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "filePath" => optional(file_path), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "icon" => optional(icon),
    "modifier" => optional(modifier), "modifyTime" => optional(modify_time), "parentId"
    => optional(parent_id), "spaceId" => optional(space_id), "thumbnail" =>
    optional(thumbnail) }
}
/// `ListPermissionsResponseBodyMembers`, a model several operations share: also named [`ListPermissionsResponseBodyOutMembers`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyMembers {
    /// `extend`.
    pub extend: Option<bool>,
    /// `member`.
    pub member: Option<ListPermissionsResponseBodyMembersMember>,
    /// `role`.
    pub role: Option<String>,
}
rt::impl_deserialize! {
    ListPermissionsResponseBodyMembers { "extend" => read_field(extend), "member" =>
    read_field(member), "role" => read_field(role) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBodyMembers { "extend" => optional(extend), "member" =>
    optional(member), "role" => optional(role) }
}
/// `ListPermissionsResponseBodyOutMembers`: the same model as [`ListPermissionsResponseBodyMembers`].
pub type ListPermissionsResponseBodyOutMembers = ListPermissionsResponseBodyMembers;
/// `ListRecycleFilesResponseBodyRecycleItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRecycleFilesResponseBodyRecycleItems {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `deleteStaffId`.
    pub delete_staff_id: Option<String>,
    /// `deleteTime`.
    pub delete_time: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `filePath`.
    pub file_path: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `recycleItemId`.
    pub recycle_item_id: Option<String>,
}
rt::impl_deserialize! {
    ListRecycleFilesResponseBodyRecycleItems { "contentType" => read_field(content_type),
    "deleteStaffId" => read_field(delete_staff_id), "deleteTime" =>
    read_field(delete_time), "fileName" => read_field(file_name), "filePath" =>
    read_field(file_path), "fileSize" => read_field(file_size), "fileType" =>
    read_field(file_type), "recycleItemId" => read_field(recycle_item_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRecycleFilesResponseBodyRecycleItems { "contentType" => optional(content_type),
    "deleteStaffId" => optional(delete_staff_id), "deleteTime" => optional(delete_time),
    "fileName" => optional(file_name), "filePath" => optional(file_path), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "recycleItemId" =>
    optional(recycle_item_id) }
}
/// `ListSpacesResponseBodySpaces`: the same model as [`AddCustomSpaceResponseBody`].
pub type ListSpacesResponseBodySpaces = AddCustomSpaceResponseBody;
/// `ManagementListSpacesResponseBodySpaces`: the same model as [`AddCustomSpaceResponseBody`].
pub type ManagementListSpacesResponseBodySpaces = AddCustomSpaceResponseBody;
/// `ManagementModifySpaceResponseBodySpaces`: the same model as [`AddCustomSpaceResponseBody`].
pub type ManagementModifySpaceResponseBodySpaces = AddCustomSpaceResponseBody;
/// `MoveFilesResponseBodyFiles`: the same model as [`AddFileResponseBody`].
pub type MoveFilesResponseBodyFiles = AddFileResponseBody;
/// `ListPermissionsResponseBodyMembersMember`, a model several operations share: also named [`ListPermissionsResponseBodyOutMembersMember`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyMembersMember {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
rt::impl_deserialize! {
    ListPermissionsResponseBodyMembersMember { "corpId" => read_field(corp_id),
    "memberId" => read_field(member_id), "memberName" => read_field(member_name),
    "memberType" => read_field(member_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPermissionsResponseBodyMembersMember { "corpId" => optional(corp_id), "memberId"
    => optional(member_id), "memberName" => optional(member_name), "memberType" =>
    optional(member_type) }
}
/// `ListPermissionsResponseBodyOutMembersMember`: the same model as [`ListPermissionsResponseBodyMembersMember`].
pub type ListPermissionsResponseBodyOutMembersMember = ListPermissionsResponseBodyMembersMember;
/// The request of [`Api::add_custom_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCustomSpaceRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `identifier`.
    pub identifier: String,
    /// `permissionMode`.
    pub permission_mode: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`AddCustomSpaceRequest`], each named where it is set: `AddCustomSpaceRequest::new(AddCustomSpaceRequired { .. })`.
pub struct AddCustomSpaceRequired {
    /// `bizType`: see [`AddCustomSpaceRequest::biz_type`].
    pub biz_type: String,
    /// `identifier`: see [`AddCustomSpaceRequest::identifier`].
    pub identifier: String,
    /// `permissionMode`: see [`AddCustomSpaceRequest::permission_mode`].
    pub permission_mode: String,
    /// `unionId`: see [`AddCustomSpaceRequest::union_id`].
    pub union_id: String,
}
impl AddCustomSpaceRequest {
    /// A `AddCustomSpaceRequest` with its required fields (`bizType`, `identifier`, `permissionMode`, `unionId`); set the others with the methods named after them.
    pub fn new(required: AddCustomSpaceRequired) -> Self {
        let AddCustomSpaceRequired { biz_type, identifier, permission_mode, union_id } = required;
        Self {
            biz_type,
            identifier,
            permission_mode,
            union_id,
        }
    }
}
rt::impl_serialize! {
    AddCustomSpaceRequest { "bizType" => field(biz_type), "identifier" =>
    field(identifier), "permissionMode" => field(permission_mode), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCustomSpaceRequest { "bizType" => read_field(biz_type), "identifier" =>
    read_field(identifier), "permissionMode" => read_field(permission_mode), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for AddCustomSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddFileRequest {
    /// `addConflictPolicy`.
    pub add_conflict_policy: Option<String>,
    /// `fileName`.
    pub file_name: String,
    /// `fileType`.
    pub file_type: String,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`AddFileRequest`], each named where it is set: `AddFileRequest::new(AddFileRequired { .. })`.
pub struct AddFileRequired {
    /// `fileName`: see [`AddFileRequest::file_name`].
    pub file_name: String,
    /// `fileType`: see [`AddFileRequest::file_type`].
    pub file_type: String,
    /// `unionId`: see [`AddFileRequest::union_id`].
    pub union_id: String,
}
impl AddFileRequest {
    /// A `AddFileRequest` with its required fields (`fileName`, `fileType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: AddFileRequired) -> Self {
        let AddFileRequired { file_name, file_type, union_id } = required;
        Self {
            add_conflict_policy: None,
            file_name,
            file_type,
            media_id: None,
            parent_id: None,
            union_id,
        }
    }
    /// Sets `addConflictPolicy`.
    pub fn add_conflict_policy(mut self, value: impl Into<String>) -> Self {
        self.add_conflict_policy = Some(value.into());
        self
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddFileRequest { "addConflictPolicy" => optional(add_conflict_policy), "fileName" =>
    field(file_name), "fileType" => field(file_type), "mediaId" => optional(media_id),
    "parentId" => optional(parent_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddFileRequest { "addConflictPolicy" => read_field(add_conflict_policy), "fileName"
    => read_field(file_name), "fileType" => read_field(file_type), "mediaId" =>
    read_field(media_id), "parentId" => read_field(parent_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for AddFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequest {
    /// `members`.
    pub members: Vec<AddPermissionRequestMembers>,
    /// `role`.
    pub role: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`AddPermissionRequest`], each named where it is set: `AddPermissionRequest::new(AddPermissionRequired { .. })`.
pub struct AddPermissionRequired {
    /// `members`: see [`AddPermissionRequest::members`].
    pub members: Vec<AddPermissionRequestMembers>,
    /// `role`: see [`AddPermissionRequest::role`].
    pub role: String,
    /// `unionId`: see [`AddPermissionRequest::union_id`].
    pub union_id: String,
}
impl AddPermissionRequest {
    /// A `AddPermissionRequest` with its required fields (`members`, `role`, `unionId`); set the others with the methods named after them.
    pub fn new(required: AddPermissionRequired) -> Self {
        let AddPermissionRequired { members, role, union_id } = required;
        Self { members, role, union_id }
    }
}
rt::impl_serialize! {
    AddPermissionRequest { "members" => field(members), "role" => field(role), "unionId"
    => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPermissionRequest { "members" => read_field(members), "role" => read_field(role),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for AddPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddSpaceRequest {
    /// `name`.
    pub name: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`AddSpaceRequest`], each named where it is set: `AddSpaceRequest::new(AddSpaceRequired { .. })`.
pub struct AddSpaceRequired {
    /// `name`: see [`AddSpaceRequest::name`].
    pub name: String,
    /// `unionId`: see [`AddSpaceRequest::union_id`].
    pub union_id: String,
}
impl AddSpaceRequest {
    /// A `AddSpaceRequest` with its required fields (`name`, `unionId`); set the others with the methods named after them.
    pub fn new(required: AddSpaceRequired) -> Self {
        let AddSpaceRequired { name, union_id } = required;
        Self { name, union_id }
    }
}
rt::impl_serialize! {
    AddSpaceRequest { "name" => field(name), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddSpaceRequest { "name" => read_field(name), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for AddSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::clear_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearRecycleFilesRequest {
    /// `recycleType`.
    pub recycle_type: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`ClearRecycleFilesRequest`], each named where it is set: `ClearRecycleFilesRequest::new(ClearRecycleFilesRequired { .. })`.
pub struct ClearRecycleFilesRequired {
    /// `recycleType`: see [`ClearRecycleFilesRequest::recycle_type`].
    pub recycle_type: String,
    /// `unionId`: see [`ClearRecycleFilesRequest::union_id`].
    pub union_id: String,
}
impl ClearRecycleFilesRequest {
    /// A `ClearRecycleFilesRequest` with its required fields (`recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ClearRecycleFilesRequired) -> Self {
        let ClearRecycleFilesRequired { recycle_type, union_id } = required;
        Self { recycle_type, union_id }
    }
}
rt::impl_serialize! {
    ClearRecycleFilesRequest { "recycleType" => field(recycle_type), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearRecycleFilesRequest { "recycleType" => read_field(recycle_type), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for ClearRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyFileRequest {
    /// `addConflictPolicy`.
    pub add_conflict_policy: Option<String>,
    /// `targetParentId`.
    pub target_parent_id: Option<String>,
    /// `targetSpaceId`.
    pub target_space_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CopyFileRequest`], each named where it is set: `CopyFileRequest::new(CopyFileRequired { .. })`.
pub struct CopyFileRequired {
    /// `targetSpaceId`: see [`CopyFileRequest::target_space_id`].
    pub target_space_id: String,
    /// `unionId`: see [`CopyFileRequest::union_id`].
    pub union_id: String,
}
impl CopyFileRequest {
    /// A `CopyFileRequest` with its required fields (`targetSpaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CopyFileRequired) -> Self {
        let CopyFileRequired { target_space_id, union_id } = required;
        Self {
            add_conflict_policy: None,
            target_parent_id: None,
            target_space_id,
            union_id,
        }
    }
    /// Sets `addConflictPolicy`.
    pub fn add_conflict_policy(mut self, value: impl Into<String>) -> Self {
        self.add_conflict_policy = Some(value.into());
        self
    }
    /// Sets `targetParentId`.
    pub fn target_parent_id(mut self, value: impl Into<String>) -> Self {
        self.target_parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyFileRequest { "addConflictPolicy" => optional(add_conflict_policy),
    "targetParentId" => optional(target_parent_id), "targetSpaceId" =>
    field(target_space_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyFileRequest { "addConflictPolicy" => read_field(add_conflict_policy),
    "targetParentId" => read_field(target_parent_id), "targetSpaceId" =>
    read_field(target_space_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CopyFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFileRequest {
    /// `deletePolicy`: a query parameter.
    pub delete_policy: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteFileRequest`], each named where it is set: `DeleteFileRequest::new(DeleteFileRequired { .. })`.
pub struct DeleteFileRequired {
    /// `deletePolicy`: see [`DeleteFileRequest::delete_policy`].
    pub delete_policy: String,
    /// `unionId`: see [`DeleteFileRequest::union_id`].
    pub union_id: String,
}
impl DeleteFileRequest {
    /// A `DeleteFileRequest` with its required fields (`deletePolicy`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteFileRequired) -> Self {
        let DeleteFileRequired { delete_policy, union_id } = required;
        Self { delete_policy, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFileRequest { "deletePolicy" => read_field(delete_policy), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for DeleteFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deletePolicy", &self.delete_policy);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFilesRequest {
    /// `deletePolicy`.
    pub delete_policy: String,
    /// `fileIds`.
    pub file_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`DeleteFilesRequest`], each named where it is set: `DeleteFilesRequest::new(DeleteFilesRequired { .. })`.
pub struct DeleteFilesRequired {
    /// `deletePolicy`: see [`DeleteFilesRequest::delete_policy`].
    pub delete_policy: String,
    /// `fileIds`: see [`DeleteFilesRequest::file_ids`].
    pub file_ids: Vec<String>,
    /// `unionId`: see [`DeleteFilesRequest::union_id`].
    pub union_id: String,
}
impl DeleteFilesRequest {
    /// A `DeleteFilesRequest` with its required fields (`deletePolicy`, `fileIds`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteFilesRequired) -> Self {
        let DeleteFilesRequired { delete_policy, file_ids, union_id } = required;
        Self {
            delete_policy,
            file_ids,
            union_id,
        }
    }
}
rt::impl_serialize! {
    DeleteFilesRequest { "deletePolicy" => field(delete_policy), "fileIds" =>
    field(file_ids), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFilesRequest { "deletePolicy" => read_field(delete_policy), "fileIds" =>
    read_field(file_ids), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequest {
    /// `members`.
    pub members: Vec<DeletePermissionRequestMembers>,
    /// `role`.
    pub role: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`DeletePermissionRequest`], each named where it is set: `DeletePermissionRequest::new(DeletePermissionRequired { .. })`.
pub struct DeletePermissionRequired {
    /// `members`: see [`DeletePermissionRequest::members`].
    pub members: Vec<DeletePermissionRequestMembers>,
    /// `role`: see [`DeletePermissionRequest::role`].
    pub role: String,
    /// `unionId`: see [`DeletePermissionRequest::union_id`].
    pub union_id: String,
}
impl DeletePermissionRequest {
    /// A `DeletePermissionRequest` with its required fields (`members`, `role`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeletePermissionRequired) -> Self {
        let DeletePermissionRequired { members, role, union_id } = required;
        Self { members, role, union_id }
    }
}
rt::impl_serialize! {
    DeletePermissionRequest { "members" => field(members), "role" => field(role),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeletePermissionRequest { "members" => read_field(members), "role" =>
    read_field(role), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeletePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecycleFilesRequest {
    /// `recycleItemIdList`.
    pub recycle_item_id_list: Vec<i64>,
    /// `recycleType`.
    pub recycle_type: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`DeleteRecycleFilesRequest`], each named where it is set: `DeleteRecycleFilesRequest::new(DeleteRecycleFilesRequired { .. })`.
pub struct DeleteRecycleFilesRequired {
    /// `recycleItemIdList`: see [`DeleteRecycleFilesRequest::recycle_item_id_list`].
    pub recycle_item_id_list: Vec<i64>,
    /// `recycleType`: see [`DeleteRecycleFilesRequest::recycle_type`].
    pub recycle_type: String,
    /// `unionId`: see [`DeleteRecycleFilesRequest::union_id`].
    pub union_id: String,
}
impl DeleteRecycleFilesRequest {
    /// A `DeleteRecycleFilesRequest` with its required fields (`recycleItemIdList`, `recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteRecycleFilesRequired) -> Self {
        let DeleteRecycleFilesRequired {
            recycle_item_id_list,
            recycle_type,
            union_id,
        } = required;
        Self {
            recycle_item_id_list,
            recycle_type,
            union_id,
        }
    }
}
rt::impl_serialize! {
    DeleteRecycleFilesRequest { "recycleItemIdList" => field(recycle_item_id_list),
    "recycleType" => field(recycle_type), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRecycleFilesRequest { "recycleItemIdList" => read_field(recycle_item_id_list),
    "recycleType" => read_field(recycle_type), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteSpaceRequest`], each named where it is set: `DeleteSpaceRequest::new(DeleteSpaceRequired { .. })`.
pub struct DeleteSpaceRequired {
    /// `unionId`: see [`DeleteSpaceRequest::union_id`].
    pub union_id: String,
}
impl DeleteSpaceRequest {
    /// A `DeleteSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteSpaceRequired) -> Self {
        let DeleteSpaceRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteSpaceRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_async_task_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAsyncTaskInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetAsyncTaskInfoRequest`], each named where it is set: `GetAsyncTaskInfoRequest::new(GetAsyncTaskInfoRequired { .. })`.
pub struct GetAsyncTaskInfoRequired {
    /// `unionId`: see [`GetAsyncTaskInfoRequest::union_id`].
    pub union_id: String,
}
impl GetAsyncTaskInfoRequest {
    /// A `GetAsyncTaskInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetAsyncTaskInfoRequired) -> Self {
        let GetAsyncTaskInfoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAsyncTaskInfoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetAsyncTaskInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDownloadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `withInternalResourceUrl`: a query parameter.
    pub with_internal_resource_url: Option<bool>,
    /// `withRegion`: a query parameter.
    pub with_region: Option<bool>,
}
/// The required fields of [`GetDownloadInfoRequest`], each named where it is set: `GetDownloadInfoRequest::new(GetDownloadInfoRequired { .. })`.
pub struct GetDownloadInfoRequired {
    /// `unionId`: see [`GetDownloadInfoRequest::union_id`].
    pub union_id: String,
}
impl GetDownloadInfoRequest {
    /// A `GetDownloadInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetDownloadInfoRequired) -> Self {
        let GetDownloadInfoRequired { union_id } = required;
        Self {
            union_id,
            with_internal_resource_url: None,
            with_region: None,
        }
    }
    /// Sets `withInternalResourceUrl`.
    pub fn with_internal_resource_url(mut self, value: bool) -> Self {
        self.with_internal_resource_url = Some(value);
        self
    }
    /// Sets `withRegion`.
    pub fn with_region(mut self, value: bool) -> Self {
        self.with_region = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDownloadInfoRequest { "unionId" => read_field(union_id), "withInternalResourceUrl"
    => read_field(with_internal_resource_url), "withRegion" => read_field(with_region) }
}
impl rt::WriteRequest for GetDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.query("withInternalResourceUrl", &self.with_internal_resource_url);
        writer.query("withRegion", &self.with_region);
    }
}
/// The request of [`Api::get_file_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFileInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetFileInfoRequest`], each named where it is set: `GetFileInfoRequest::new(GetFileInfoRequired { .. })`.
pub struct GetFileInfoRequired {
    /// `unionId`: see [`GetFileInfoRequest::union_id`].
    pub union_id: String,
}
impl GetFileInfoRequest {
    /// A `GetFileInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetFileInfoRequired) -> Self {
        let GetFileInfoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileInfoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetFileInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_my_space_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMySpaceInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetMySpaceInfoRequest`], each named where it is set: `GetMySpaceInfoRequest::new(GetMySpaceInfoRequired { .. })`.
pub struct GetMySpaceInfoRequired {
    /// `unionId`: see [`GetMySpaceInfoRequest::union_id`].
    pub union_id: String,
}
impl GetMySpaceInfoRequest {
    /// A `GetMySpaceInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetMySpaceInfoRequired) -> Self {
        let GetMySpaceInfoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMySpaceInfoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetMySpaceInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_preview_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPreviewInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `version`: a query parameter.
    pub version: Option<i64>,
    /// `watermark`: a query parameter.
    pub watermark: Option<bool>,
}
/// The required fields of [`GetPreviewInfoRequest`], each named where it is set: `GetPreviewInfoRequest::new(GetPreviewInfoRequired { .. })`.
pub struct GetPreviewInfoRequired {
    /// `unionId`: see [`GetPreviewInfoRequest::union_id`].
    pub union_id: String,
}
impl GetPreviewInfoRequest {
    /// A `GetPreviewInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetPreviewInfoRequired) -> Self {
        let GetPreviewInfoRequired { union_id } = required;
        Self {
            union_id,
            version: None,
            watermark: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
    /// Sets `watermark`.
    pub fn watermark(mut self, value: bool) -> Self {
        self.watermark = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPreviewInfoRequest { "unionId" => read_field(union_id), "version" =>
    read_field(version), "watermark" => read_field(watermark) }
}
impl rt::WriteRequest for GetPreviewInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.query("version", &self.version);
        writer.query("watermark", &self.watermark);
    }
}
/// The request of [`Api::get_privilege_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrivilegeInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetPrivilegeInfoRequest`], each named where it is set: `GetPrivilegeInfoRequest::new(GetPrivilegeInfoRequired { .. })`.
pub struct GetPrivilegeInfoRequired {
    /// `unionId`: see [`GetPrivilegeInfoRequest::union_id`].
    pub union_id: String,
}
impl GetPrivilegeInfoRequest {
    /// A `GetPrivilegeInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetPrivilegeInfoRequired) -> Self {
        let GetPrivilegeInfoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPrivilegeInfoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetPrivilegeInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_quota_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetQuotaInfosRequest {
    /// `identifiers`.
    pub identifiers: Vec<String>,
    /// `type`.
    pub r#type: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`GetQuotaInfosRequest`], each named where it is set: `GetQuotaInfosRequest::new(GetQuotaInfosRequired { .. })`.
pub struct GetQuotaInfosRequired {
    /// `identifiers`: see [`GetQuotaInfosRequest::identifiers`].
    pub identifiers: Vec<String>,
    /// `type`: see [`GetQuotaInfosRequest::r#type`](GetQuotaInfosRequest::type).
    pub r#type: String,
    /// `unionId`: see [`GetQuotaInfosRequest::union_id`].
    pub union_id: String,
}
impl GetQuotaInfosRequest {
    /// A `GetQuotaInfosRequest` with its required fields (`identifiers`, `type`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetQuotaInfosRequired) -> Self {
        let GetQuotaInfosRequired { identifiers, r#type, union_id } = required;
        Self {
            identifiers,
            r#type,
            union_id,
        }
    }
}
rt::impl_serialize! {
    GetQuotaInfosRequest { "identifiers" => field(identifiers), "type" => field(r#type),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetQuotaInfosRequest { "identifiers" => read_field(identifiers), "type" =>
    read_field(r#type), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for GetQuotaInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUploadInfoRequest {
    /// `addConflictPolicy`: a query parameter.
    pub add_conflict_policy: Option<String>,
    /// `callerRegion`: a query parameter.
    pub caller_region: Option<String>,
    /// `fileName`: a query parameter.
    pub file_name: String,
    /// `fileSize`: a query parameter.
    pub file_size: i64,
    /// `md5`: a query parameter.
    pub md5: String,
    /// `mediaId`: a query parameter.
    pub media_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `withInternalEndPoint`: a query parameter.
    pub with_internal_end_point: Option<bool>,
    /// `withRegion`: a query parameter.
    pub with_region: Option<bool>,
}
/// The required fields of [`GetUploadInfoRequest`], each named where it is set: `GetUploadInfoRequest::new(GetUploadInfoRequired { .. })`.
pub struct GetUploadInfoRequired {
    /// `fileName`: see [`GetUploadInfoRequest::file_name`].
    pub file_name: String,
    /// `fileSize`: see [`GetUploadInfoRequest::file_size`].
    pub file_size: i64,
    /// `md5`: see [`GetUploadInfoRequest::md5`].
    pub md5: String,
    /// `unionId`: see [`GetUploadInfoRequest::union_id`].
    pub union_id: String,
}
impl GetUploadInfoRequest {
    /// A `GetUploadInfoRequest` with its required fields (`fileName`, `fileSize`, `md5`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUploadInfoRequired) -> Self {
        let GetUploadInfoRequired { file_name, file_size, md5, union_id } = required;
        Self {
            add_conflict_policy: None,
            caller_region: None,
            file_name,
            file_size,
            md5,
            media_id: None,
            union_id,
            with_internal_end_point: None,
            with_region: None,
        }
    }
    /// Sets `addConflictPolicy`.
    pub fn add_conflict_policy(mut self, value: impl Into<String>) -> Self {
        self.add_conflict_policy = Some(value.into());
        self
    }
    /// Sets `callerRegion`.
    pub fn caller_region(mut self, value: impl Into<String>) -> Self {
        self.caller_region = Some(value.into());
        self
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `withInternalEndPoint`.
    pub fn with_internal_end_point(mut self, value: bool) -> Self {
        self.with_internal_end_point = Some(value);
        self
    }
    /// Sets `withRegion`.
    pub fn with_region(mut self, value: bool) -> Self {
        self.with_region = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUploadInfoRequest { "addConflictPolicy" => read_field(add_conflict_policy),
    "callerRegion" => read_field(caller_region), "fileName" => read_field(file_name),
    "fileSize" => read_field(file_size), "md5" => read_field(md5), "mediaId" =>
    read_field(media_id), "unionId" => read_field(union_id), "withInternalEndPoint" =>
    read_field(with_internal_end_point), "withRegion" => read_field(with_region) }
}
impl rt::WriteRequest for GetUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("addConflictPolicy", &self.add_conflict_policy);
        writer.query("callerRegion", &self.caller_region);
        writer.query("fileName", &self.file_name);
        writer.query("fileSize", &self.file_size);
        writer.query("md5", &self.md5);
        writer.query("mediaId", &self.media_id);
        writer.query("unionId", &self.union_id);
        writer.query("withInternalEndPoint", &self.with_internal_end_point);
        writer.query("withRegion", &self.with_region);
    }
}
/// The request of [`Api::grant_privilege_of_custom_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GrantPrivilegeOfCustomSpaceRequest {
    /// `duration`.
    pub duration: i64,
    /// `fileIds`.
    pub file_ids: Vec<String>,
    /// `type`.
    pub r#type: String,
    /// `unionId`.
    pub union_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GrantPrivilegeOfCustomSpaceRequest`], each named where it is set: `GrantPrivilegeOfCustomSpaceRequest::new(GrantPrivilegeOfCustomSpaceRequired { .. })`.
pub struct GrantPrivilegeOfCustomSpaceRequired {
    /// `duration`: see [`GrantPrivilegeOfCustomSpaceRequest::duration`].
    pub duration: i64,
    /// `fileIds`: see [`GrantPrivilegeOfCustomSpaceRequest::file_ids`].
    pub file_ids: Vec<String>,
    /// `type`: see [`GrantPrivilegeOfCustomSpaceRequest::r#type`](GrantPrivilegeOfCustomSpaceRequest::type).
    pub r#type: String,
    /// `unionId`: see [`GrantPrivilegeOfCustomSpaceRequest::union_id`].
    pub union_id: String,
    /// `userId`: see [`GrantPrivilegeOfCustomSpaceRequest::user_id`].
    pub user_id: String,
}
impl GrantPrivilegeOfCustomSpaceRequest {
    /// A `GrantPrivilegeOfCustomSpaceRequest` with its required fields (`duration`, `fileIds`, `type`, `unionId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GrantPrivilegeOfCustomSpaceRequired) -> Self {
        let GrantPrivilegeOfCustomSpaceRequired {
            duration,
            file_ids,
            r#type,
            union_id,
            user_id,
        } = required;
        Self {
            duration,
            file_ids,
            r#type,
            union_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    GrantPrivilegeOfCustomSpaceRequest { "duration" => field(duration), "fileIds" =>
    field(file_ids), "type" => field(r#type), "unionId" => field(union_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GrantPrivilegeOfCustomSpaceRequest { "duration" => read_field(duration), "fileIds" =>
    read_field(file_ids), "type" => read_field(r#type), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GrantPrivilegeOfCustomSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::info_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InfoSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`InfoSpaceRequest`], each named where it is set: `InfoSpaceRequest::new(InfoSpaceRequired { .. })`.
pub struct InfoSpaceRequired {
    /// `unionId`: see [`InfoSpaceRequest::union_id`].
    pub union_id: String,
}
impl InfoSpaceRequest {
    /// A `InfoSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: InfoSpaceRequired) -> Self {
        let InfoSpaceRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InfoSpaceRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for InfoSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListFilesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `orderType`: a query parameter.
    pub order_type: Option<String>,
    /// `parentId`: a query parameter.
    pub parent_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `withIcon`: a query parameter.
    pub with_icon: Option<bool>,
}
/// The required fields of [`ListFilesRequest`], each named where it is set: `ListFilesRequest::new(ListFilesRequired { .. })`.
pub struct ListFilesRequired {
    /// `maxResults`: see [`ListFilesRequest::max_results`].
    pub max_results: i64,
    /// `unionId`: see [`ListFilesRequest::union_id`].
    pub union_id: String,
}
impl ListFilesRequest {
    /// A `ListFilesRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListFilesRequired) -> Self {
        let ListFilesRequired { max_results, union_id } = required;
        Self {
            max_results,
            next_token: None,
            order_type: None,
            parent_id: None,
            union_id,
            with_icon: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `orderType`.
    pub fn order_type(mut self, value: impl Into<String>) -> Self {
        self.order_type = Some(value.into());
        self
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
    /// Sets `withIcon`.
    pub fn with_icon(mut self, value: bool) -> Self {
        self.with_icon = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListFilesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "orderType" => read_field(order_type), "parentId" =>
    read_field(parent_id), "unionId" => read_field(union_id), "withIcon" =>
    read_field(with_icon) }
}
impl rt::WriteRequest for ListFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("orderType", &self.order_type);
        writer.query("parentId", &self.parent_id);
        writer.query("unionId", &self.union_id);
        writer.query("withIcon", &self.with_icon);
    }
}
/// The request of [`Api::list_permissions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListPermissionsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
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
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPermissionsRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ListPermissionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecycleFilesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `orderType`: a query parameter.
    pub order_type: Option<String>,
    /// `recycleType`: a query parameter.
    pub recycle_type: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListRecycleFilesRequest`], each named where it is set: `ListRecycleFilesRequest::new(ListRecycleFilesRequired { .. })`.
pub struct ListRecycleFilesRequired {
    /// `maxResults`: see [`ListRecycleFilesRequest::max_results`].
    pub max_results: i64,
    /// `recycleType`: see [`ListRecycleFilesRequest::recycle_type`].
    pub recycle_type: String,
    /// `unionId`: see [`ListRecycleFilesRequest::union_id`].
    pub union_id: String,
}
impl ListRecycleFilesRequest {
    /// A `ListRecycleFilesRequest` with its required fields (`maxResults`, `recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListRecycleFilesRequired) -> Self {
        let ListRecycleFilesRequired { max_results, recycle_type, union_id } = required;
        Self {
            max_results,
            next_token: None,
            order_type: None,
            recycle_type,
            union_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `orderType`.
    pub fn order_type(mut self, value: impl Into<String>) -> Self {
        self.order_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecycleFilesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "orderType" => read_field(order_type), "recycleType" =>
    read_field(recycle_type), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ListRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("orderType", &self.order_type);
        writer.query("recycleType", &self.recycle_type);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSpacesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `spaceType`: a query parameter.
    pub space_type: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListSpacesRequest`], each named where it is set: `ListSpacesRequest::new(ListSpacesRequired { .. })`.
pub struct ListSpacesRequired {
    /// `maxResults`: see [`ListSpacesRequest::max_results`].
    pub max_results: i64,
    /// `spaceType`: see [`ListSpacesRequest::space_type`].
    pub space_type: String,
    /// `unionId`: see [`ListSpacesRequest::union_id`].
    pub union_id: String,
}
impl ListSpacesRequest {
    /// A `ListSpacesRequest` with its required fields (`maxResults`, `spaceType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListSpacesRequired) -> Self {
        let ListSpacesRequired { max_results, space_type, union_id } = required;
        Self {
            max_results,
            next_token: None,
            space_type,
            union_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSpacesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "spaceType" => read_field(space_type), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for ListSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("spaceType", &self.space_type);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::management_buy_quota`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManagementBuyQuotaRequest {
    /// `order`.
    pub order: ManagementBuyQuotaRequestOrder,
    /// `token`.
    pub token: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`ManagementBuyQuotaRequest`], each named where it is set: `ManagementBuyQuotaRequest::new(ManagementBuyQuotaRequired { .. })`.
pub struct ManagementBuyQuotaRequired {
    /// `order`: see [`ManagementBuyQuotaRequest::order`].
    pub order: ManagementBuyQuotaRequestOrder,
    /// `token`: see [`ManagementBuyQuotaRequest::token`].
    pub token: String,
    /// `unionId`: see [`ManagementBuyQuotaRequest::union_id`].
    pub union_id: String,
}
impl ManagementBuyQuotaRequest {
    /// A `ManagementBuyQuotaRequest` with its required fields (`order`, `token`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ManagementBuyQuotaRequired) -> Self {
        let ManagementBuyQuotaRequired { order, token, union_id } = required;
        Self { order, token, union_id }
    }
}
rt::impl_serialize! {
    ManagementBuyQuotaRequest { "order" => field(order), "token" => field(token),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManagementBuyQuotaRequest { "order" => read_field(order), "token" =>
    read_field(token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ManagementBuyQuotaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::management_list_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManagementListSpacesRequest {
    /// `spaceIds`.
    pub space_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`ManagementListSpacesRequest`], each named where it is set: `ManagementListSpacesRequest::new(ManagementListSpacesRequired { .. })`.
pub struct ManagementListSpacesRequired {
    /// `spaceIds`: see [`ManagementListSpacesRequest::space_ids`].
    pub space_ids: Vec<String>,
    /// `unionId`: see [`ManagementListSpacesRequest::union_id`].
    pub union_id: String,
}
impl ManagementListSpacesRequest {
    /// A `ManagementListSpacesRequest` with its required fields (`spaceIds`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ManagementListSpacesRequired) -> Self {
        let ManagementListSpacesRequired { space_ids, union_id } = required;
        Self { space_ids, union_id }
    }
}
rt::impl_serialize! {
    ManagementListSpacesRequest { "spaceIds" => field(space_ids), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManagementListSpacesRequest { "spaceIds" => read_field(space_ids), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for ManagementListSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::management_modify_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManagementModifySpaceRequest {
    /// `quota`.
    pub quota: i64,
    /// `spaceIds`.
    pub space_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`ManagementModifySpaceRequest`], each named where it is set: `ManagementModifySpaceRequest::new(ManagementModifySpaceRequired { .. })`.
pub struct ManagementModifySpaceRequired {
    /// `quota`: see [`ManagementModifySpaceRequest::quota`].
    pub quota: i64,
    /// `spaceIds`: see [`ManagementModifySpaceRequest::space_ids`].
    pub space_ids: Vec<String>,
    /// `unionId`: see [`ManagementModifySpaceRequest::union_id`].
    pub union_id: String,
}
impl ManagementModifySpaceRequest {
    /// A `ManagementModifySpaceRequest` with its required fields (`quota`, `spaceIds`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ManagementModifySpaceRequired) -> Self {
        let ManagementModifySpaceRequired { quota, space_ids, union_id } = required;
        Self { quota, space_ids, union_id }
    }
}
rt::impl_serialize! {
    ManagementModifySpaceRequest { "quota" => field(quota), "spaceIds" =>
    field(space_ids), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManagementModifySpaceRequest { "quota" => read_field(quota), "spaceIds" =>
    read_field(space_ids), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ManagementModifySpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::modify_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ModifyPermissionRequest {
    /// `members`.
    pub members: Vec<ModifyPermissionRequestMembers>,
    /// `role`.
    pub role: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`ModifyPermissionRequest`], each named where it is set: `ModifyPermissionRequest::new(ModifyPermissionRequired { .. })`.
pub struct ModifyPermissionRequired {
    /// `members`: see [`ModifyPermissionRequest::members`].
    pub members: Vec<ModifyPermissionRequestMembers>,
    /// `role`: see [`ModifyPermissionRequest::role`].
    pub role: String,
    /// `unionId`: see [`ModifyPermissionRequest::union_id`].
    pub union_id: String,
}
impl ModifyPermissionRequest {
    /// A `ModifyPermissionRequest` with its required fields (`members`, `role`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ModifyPermissionRequired) -> Self {
        let ModifyPermissionRequired { members, role, union_id } = required;
        Self { members, role, union_id }
    }
}
rt::impl_serialize! {
    ModifyPermissionRequest { "members" => field(members), "role" => field(role),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ModifyPermissionRequest { "members" => read_field(members), "role" =>
    read_field(role), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ModifyPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::move_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MoveFileRequest {
    /// `addConflictPolicy`.
    pub add_conflict_policy: Option<String>,
    /// `targetParentId`.
    pub target_parent_id: Option<String>,
    /// `targetSpaceId`.
    pub target_space_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`MoveFileRequest`], each named where it is set: `MoveFileRequest::new(MoveFileRequired { .. })`.
pub struct MoveFileRequired {
    /// `targetSpaceId`: see [`MoveFileRequest::target_space_id`].
    pub target_space_id: String,
    /// `unionId`: see [`MoveFileRequest::union_id`].
    pub union_id: String,
}
impl MoveFileRequest {
    /// A `MoveFileRequest` with its required fields (`targetSpaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: MoveFileRequired) -> Self {
        let MoveFileRequired { target_space_id, union_id } = required;
        Self {
            add_conflict_policy: None,
            target_parent_id: None,
            target_space_id,
            union_id,
        }
    }
    /// Sets `addConflictPolicy`.
    pub fn add_conflict_policy(mut self, value: impl Into<String>) -> Self {
        self.add_conflict_policy = Some(value.into());
        self
    }
    /// Sets `targetParentId`.
    pub fn target_parent_id(mut self, value: impl Into<String>) -> Self {
        self.target_parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MoveFileRequest { "addConflictPolicy" => optional(add_conflict_policy),
    "targetParentId" => optional(target_parent_id), "targetSpaceId" =>
    field(target_space_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveFileRequest { "addConflictPolicy" => read_field(add_conflict_policy),
    "targetParentId" => read_field(target_parent_id), "targetSpaceId" =>
    read_field(target_space_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for MoveFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::move_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MoveFilesRequest {
    /// `addConflictPolicy`.
    pub add_conflict_policy: Option<String>,
    /// `fileIds`.
    pub file_ids: Vec<String>,
    /// `targetParentId`.
    pub target_parent_id: Option<String>,
    /// `targetSpaceId`.
    pub target_space_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`MoveFilesRequest`], each named where it is set: `MoveFilesRequest::new(MoveFilesRequired { .. })`.
pub struct MoveFilesRequired {
    /// `fileIds`: see [`MoveFilesRequest::file_ids`].
    pub file_ids: Vec<String>,
    /// `targetSpaceId`: see [`MoveFilesRequest::target_space_id`].
    pub target_space_id: String,
    /// `unionId`: see [`MoveFilesRequest::union_id`].
    pub union_id: String,
}
impl MoveFilesRequest {
    /// A `MoveFilesRequest` with its required fields (`fileIds`, `targetSpaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: MoveFilesRequired) -> Self {
        let MoveFilesRequired { file_ids, target_space_id, union_id } = required;
        Self {
            add_conflict_policy: None,
            file_ids,
            target_parent_id: None,
            target_space_id,
            union_id,
        }
    }
    /// Sets `addConflictPolicy`.
    pub fn add_conflict_policy(mut self, value: impl Into<String>) -> Self {
        self.add_conflict_policy = Some(value.into());
        self
    }
    /// Sets `targetParentId`.
    pub fn target_parent_id(mut self, value: impl Into<String>) -> Self {
        self.target_parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MoveFilesRequest { "addConflictPolicy" => optional(add_conflict_policy), "fileIds" =>
    field(file_ids), "targetParentId" => optional(target_parent_id), "targetSpaceId" =>
    field(target_space_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveFilesRequest { "addConflictPolicy" => read_field(add_conflict_policy), "fileIds"
    => read_field(file_ids), "targetParentId" => read_field(target_parent_id),
    "targetSpaceId" => read_field(target_space_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for MoveFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::recover_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RecoverRecycleFilesRequest {
    /// `recycleItemIdList`.
    pub recycle_item_id_list: Vec<i64>,
    /// `recycleType`.
    pub recycle_type: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`RecoverRecycleFilesRequest`], each named where it is set: `RecoverRecycleFilesRequest::new(RecoverRecycleFilesRequired { .. })`.
pub struct RecoverRecycleFilesRequired {
    /// `recycleItemIdList`: see [`RecoverRecycleFilesRequest::recycle_item_id_list`].
    pub recycle_item_id_list: Vec<i64>,
    /// `recycleType`: see [`RecoverRecycleFilesRequest::recycle_type`].
    pub recycle_type: String,
    /// `unionId`: see [`RecoverRecycleFilesRequest::union_id`].
    pub union_id: String,
}
impl RecoverRecycleFilesRequest {
    /// A `RecoverRecycleFilesRequest` with its required fields (`recycleItemIdList`, `recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: RecoverRecycleFilesRequired) -> Self {
        let RecoverRecycleFilesRequired {
            recycle_item_id_list,
            recycle_type,
            union_id,
        } = required;
        Self {
            recycle_item_id_list,
            recycle_type,
            union_id,
        }
    }
}
rt::impl_serialize! {
    RecoverRecycleFilesRequest { "recycleItemIdList" => field(recycle_item_id_list),
    "recycleType" => field(recycle_type), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecoverRecycleFilesRequest { "recycleItemIdList" => read_field(recycle_item_id_list),
    "recycleType" => read_field(recycle_type), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for RecoverRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rename_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RenameFileRequest {
    /// `newFileName`.
    pub new_file_name: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`RenameFileRequest`], each named where it is set: `RenameFileRequest::new(RenameFileRequired { .. })`.
pub struct RenameFileRequired {
    /// `newFileName`: see [`RenameFileRequest::new_file_name`].
    pub new_file_name: String,
    /// `unionId`: see [`RenameFileRequest::union_id`].
    pub union_id: String,
}
impl RenameFileRequest {
    /// A `RenameFileRequest` with its required fields (`newFileName`, `unionId`); set the others with the methods named after them.
    pub fn new(required: RenameFileRequired) -> Self {
        let RenameFileRequired { new_file_name, union_id } = required;
        Self { new_file_name, union_id }
    }
}
rt::impl_serialize! {
    RenameFileRequest { "newFileName" => field(new_file_name), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RenameFileRequest { "newFileName" => read_field(new_file_name), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for RenameFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_custom_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCustomSpaceError = rt::ServiceError;
/// An error reply of [`Api::add_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddFileError = rt::ServiceError;
/// An error reply of [`Api::add_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddPermissionError = rt::ServiceError;
/// An error reply of [`Api::add_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddSpaceError = rt::ServiceError;
/// An error reply of [`Api::clear_recycle_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearRecycleFilesError = rt::ServiceError;
/// An error reply of [`Api::copy_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyFileError = rt::ServiceError;
/// An error reply of [`Api::delete_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFileError = rt::ServiceError;
/// An error reply of [`Api::delete_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFilesError = rt::ServiceError;
/// An error reply of [`Api::delete_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePermissionError = rt::ServiceError;
/// An error reply of [`Api::delete_recycle_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRecycleFilesError = rt::ServiceError;
/// An error reply of [`Api::delete_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSpaceError = rt::ServiceError;
/// An error reply of [`Api::get_async_task_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAsyncTaskInfoError = rt::ServiceError;
/// An error reply of [`Api::get_download_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDownloadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_file_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileInfoError = rt::ServiceError;
/// An error reply of [`Api::get_my_space_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMySpaceInfoError = rt::ServiceError;
/// An error reply of [`Api::get_preview_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPreviewInfoError = rt::ServiceError;
/// An error reply of [`Api::get_privilege_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrivilegeInfoError = rt::ServiceError;
/// An error reply of [`Api::get_quota_infos`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetQuotaInfosError = rt::ServiceError;
/// An error reply of [`Api::get_upload_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUploadInfoError = rt::ServiceError;
/// An error reply of [`Api::grant_privilege_of_custom_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GrantPrivilegeOfCustomSpaceError = rt::ServiceError;
/// An error reply of [`Api::info_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InfoSpaceError = rt::ServiceError;
/// An error reply of [`Api::list_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFilesError = rt::ServiceError;
/// An error reply of [`Api::list_permissions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPermissionsError = rt::ServiceError;
/// An error reply of [`Api::list_recycle_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRecycleFilesError = rt::ServiceError;
/// An error reply of [`Api::list_spaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSpacesError = rt::ServiceError;
/// An error reply of [`Api::management_buy_quota`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManagementBuyQuotaError = rt::ServiceError;
/// An error reply of [`Api::management_list_spaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManagementListSpacesError = rt::ServiceError;
/// An error reply of [`Api::management_modify_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManagementModifySpaceError = rt::ServiceError;
/// An error reply of [`Api::modify_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ModifyPermissionError = rt::ServiceError;
/// An error reply of [`Api::move_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveFileError = rt::ServiceError;
/// An error reply of [`Api::move_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveFilesError = rt::ServiceError;
/// An error reply of [`Api::recover_recycle_files`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecoverRecycleFilesError = rt::ServiceError;
/// An error reply of [`Api::rename_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RenameFileError = rt::ServiceError;
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
        "AddCustomSpace" => {
            rt::conformance::reply(api.add_custom_space(&inputs.request(true)?)).await
        }
        "AddFile" => {
            rt::conformance::reply(
                    api.add_file(inputs.path(0usize)?, &inputs.request(true)?),
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
        "ClearRecycleFiles" => {
            rt::conformance::reply(api.clear_recycle_files(&inputs.request(true)?)).await
        }
        "CopyFile" => {
            rt::conformance::reply(
                    api
                        .copy_file(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteFile" => {
            rt::conformance::reply(
                    api
                        .delete_file(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteFiles" => {
            rt::conformance::reply(
                    api.delete_files(inputs.path(0usize)?, &inputs.request(true)?),
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
        "DeleteRecycleFiles" => {
            rt::conformance::reply(api.delete_recycle_files(&inputs.request(true)?))
                .await
        }
        "DeleteSpace" => {
            rt::conformance::reply(
                    api.delete_space(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetAsyncTaskInfo" => {
            rt::conformance::reply(
                    api
                        .get_async_task_info(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetDownloadInfo" => {
            rt::conformance::reply(
                    api
                        .get_download_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFileInfo" => {
            rt::conformance::reply(
                    api
                        .get_file_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetMySpaceInfo" => {
            rt::conformance::reply(api.get_my_space_info(&inputs.request(false)?)).await
        }
        "GetPreviewInfo" => {
            rt::conformance::reply(
                    api
                        .get_preview_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetPrivilegeInfo" => {
            rt::conformance::reply(
                    api
                        .get_privilege_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetQuotaInfos" => {
            rt::conformance::reply(api.get_quota_infos(&inputs.request(true)?)).await
        }
        "GetUploadInfo" => {
            rt::conformance::reply(
                    api
                        .get_upload_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GrantPrivilegeOfCustomSpace" => {
            rt::conformance::reply(
                    api
                        .grant_privilege_of_custom_space(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "InfoSpace" => {
            rt::conformance::reply(
                    api.info_space(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListFiles" => {
            rt::conformance::reply(
                    api.list_files(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListPermissions" => {
            rt::conformance::reply(
                    api
                        .list_permissions(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListRecycleFiles" => {
            rt::conformance::reply(api.list_recycle_files(&inputs.request(false)?)).await
        }
        "ListSpaces" => {
            rt::conformance::reply(api.list_spaces(&inputs.request(false)?)).await
        }
        "ManagementBuyQuota" => {
            rt::conformance::reply(api.management_buy_quota(&inputs.request(true)?))
                .await
        }
        "ManagementListSpaces" => {
            rt::conformance::reply(api.management_list_spaces(&inputs.request(true)?))
                .await
        }
        "ManagementModifySpace" => {
            rt::conformance::reply(api.management_modify_space(&inputs.request(true)?))
                .await
        }
        "ModifyPermission" => {
            rt::conformance::reply(
                    api
                        .modify_permission(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "MoveFile" => {
            rt::conformance::reply(
                    api
                        .move_file(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "MoveFiles" => {
            rt::conformance::reply(
                    api.move_files(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "RecoverRecycleFiles" => {
            rt::conformance::reply(api.recover_recycle_files(&inputs.request(true)?))
                .await
        }
        "RenameFile" => {
            rt::conformance::reply(
                    api
                        .rename_file(
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
