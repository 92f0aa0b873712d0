// @generated from api-spec/drive_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.drive_1_0()`. Generated from `api-spec/drive_1_0.yaml`.
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
    /// `POST /v1.0/drive/spaces/customSpaces` (operation `AddCustomSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCustomSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/drive/spaces/{space_id}/files` (operation `AddFile`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_file(
        &self,
        space_id: &str,
        request: &AddFileRequest,
    ) -> rt::Call<AddFileResponseBody, AddFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 添加权限
    ///
    /// `POST /v1.0/drive/spaces/{space_id}/files/{file_id}/permissions` (operation `AddPermission`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_permission(
        &self,
        space_id: &str,
        file_id: &str,
        request: &AddPermissionRequest,
    ) -> rt::Call<(), AddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPermission",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 新建空间
    ///
    /// `POST /v1.0/drive/spaces` (operation `AddSpace`).
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
            "/v1.0/drive/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 清空回收站文件
    ///
    /// `POST /v1.0/drive/recycleItems/clear` (operation `ClearRecycleFiles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearRecycleFilesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/drive/spaces/{space_id}/files/{file_id}/copy` (operation `CopyFile`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &CopyFileRequest,
    ) -> rt::Call<CopyFileResponseBody, CopyFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 删除文件
    ///
    /// `DELETE /v1.0/drive/spaces/{space_id}/files/{file_id}` (operation `DeleteFile`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &DeleteFileRequest,
    ) -> rt::Call<DeleteFileResponseBody, DeleteFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFile",
            rt::Method::Delete,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 批量删除文件（夹）
    ///
    /// `POST /v1.0/drive/spaces/{space_id}/files/batchDelete` (operation `DeleteFiles`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFilesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_files(
        &self,
        space_id: &str,
        request: &DeleteFilesRequest,
    ) -> rt::Call<DeleteFilesResponseBody, DeleteFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFiles",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/batchDelete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 删除权限
    ///
    /// `POST /v1.0/drive/spaces/{space_id}/files/{file_id}/permissions/delete` (operation `DeletePermission`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeletePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_permission(
        &self,
        space_id: &str,
        file_id: &str,
        request: &DeletePermissionRequest,
    ) -> rt::Call<(), DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/permissions/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 彻底删除回收站文件
    ///
    /// `POST /v1.0/drive/recycleItems/delete` (operation `DeleteRecycleFiles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRecycleFilesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/drive/spaces/{space_id}` (operation `DeleteSpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_space(
        &self,
        space_id: &str,
        request: &DeleteSpaceRequest,
    ) -> rt::Call<(), DeleteSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSpace",
            rt::Method::Delete,
            "/v1.0/drive/spaces/{space_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取异步任务信息
    ///
    /// `GET /v1.0/drive/tasks/{task_id}` (operation `GetAsyncTaskInfo`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAsyncTaskInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_async_task_info(
        &self,
        task_id: &str,
        request: &GetAsyncTaskInfoRequest,
    ) -> rt::Call<GetAsyncTaskInfoResponseBody, GetAsyncTaskInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAsyncTaskInfo",
            rt::Method::Get,
            "/v1.0/drive/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取下载信息
    ///
    /// `GET /v1.0/drive/spaces/{space_id}/files/{file_id}/downloadInfos` (operation `GetDownloadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDownloadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_download_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetDownloadInfoRequest,
    ) -> rt::Call<GetDownloadInfoResponseBody, GetDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDownloadInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/downloadInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取文件信息
    ///
    /// `GET /v1.0/drive/spaces/{space_id}/files/{file_id}` (operation `GetFileInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetFileInfoRequest,
    ) -> rt::Call<GetFileInfoResponseBody, GetFileInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取我的工作空间信息
    ///
    /// `GET /v1.0/drive/mySpaces` (operation `GetMySpaceInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMySpaceInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/drive/spaces/{space_id}/files/{file_id}/previewInfos` (operation `GetPreviewInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPreviewInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_preview_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetPreviewInfoRequest,
    ) -> rt::Call<GetPreviewInfoResponseBody, GetPreviewInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPreviewInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/previewInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取权限点信息
    ///
    /// `GET /v1.0/drive/spaces/{space_id}/files/{file_id}/privileges` (operation `GetPrivilegeInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPrivilegeInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_privilege_info(
        &self,
        space_id: &str,
        file_id: &str,
        request: &GetPrivilegeInfoRequest,
    ) -> rt::Call<GetPrivilegeInfoResponseBody, GetPrivilegeInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrivilegeInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/privileges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取容量信息列表
    ///
    /// `POST /v1.0/drive/quotaInfos/query` (operation `GetQuotaInfos`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetQuotaInfosError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/drive/spaces/{space_id}/files/{parent_id}/uploadInfos` (operation `GetUploadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `parent_id` (`parent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUploadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_upload_info(
        &self,
        space_id: &str,
        parent_id: &str,
        request: &GetUploadInfoRequest,
    ) -> rt::Call<GetUploadInfoResponseBody, GetUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUploadInfo",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files/{parent_id}/uploadInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, parent_id], request)
    }
    /// 添加自定义空间权限
    ///
    /// `POST /v1.0/drive/spaces/{space_id}/files/customSpacePrivileges` (operation `GrantPrivilegeOfCustomSpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GrantPrivilegeOfCustomSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn grant_privilege_of_custom_space(
        &self,
        space_id: &str,
        request: &GrantPrivilegeOfCustomSpaceRequest,
    ) -> rt::Call<(), GrantPrivilegeOfCustomSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GrantPrivilegeOfCustomSpace",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/customSpacePrivileges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取空间信息
    ///
    /// `GET /v1.0/drive/spaces/{space_id}` (operation `InfoSpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InfoSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn info_space(
        &self,
        space_id: &str,
        request: &InfoSpaceRequest,
    ) -> rt::Call<InfoSpaceResponseBody, InfoSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InfoSpace",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取文件列表
    ///
    /// `GET /v1.0/drive/spaces/{space_id}/files` (operation `ListFiles`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFilesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_files(
        &self,
        space_id: &str,
        request: &ListFilesRequest,
    ) -> rt::Call<ListFilesResponseBody, ListFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFiles",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取权限列表
    ///
    /// `GET /v1.0/drive/spaces/{space_id}/files/{file_id}/permissions` (operation `ListPermissions`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPermissionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_permissions(
        &self,
        space_id: &str,
        file_id: &str,
        request: &ListPermissionsRequest,
    ) -> rt::Call<ListPermissionsResponseBody, ListPermissionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPermissions",
            rt::Method::Get,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 获取回收站文件列表
    ///
    /// `GET /v1.0/drive/recycleItems` (operation `ListRecycleFiles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRecycleFilesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/drive/spaces` (operation `ListSpaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSpacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/drive/managements/quotas/buy` (operation `ManagementBuyQuota`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManagementBuyQuotaError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/drive/managements/spaces/query` (operation `ManagementListSpaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManagementListSpacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/drive/managements/spaces` (operation `ManagementModifySpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManagementModifySpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/drive/spaces/{space_id}/files/{file_id}/permissions` (operation `ModifyPermission`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ModifyPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn modify_permission(
        &self,
        space_id: &str,
        file_id: &str,
        request: &ModifyPermissionRequest,
    ) -> rt::Call<(), ModifyPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifyPermission",
            rt::Method::Put,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 移动文件
    ///
    /// `POST /v1.0/drive/spaces/{space_id}/files/{file_id}/move` (operation `MoveFile`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MoveFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn move_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &MoveFileRequest,
    ) -> rt::Call<MoveFileResponseBody, MoveFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, file_id], request)
    }
    /// 批量移动文件（夹）
    ///
    /// `POST /v1.0/drive/spaces/{space_id}/files/batchMove` (operation `MoveFiles`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MoveFilesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn move_files(
        &self,
        space_id: &str,
        request: &MoveFilesRequest,
    ) -> rt::Call<MoveFilesResponseBody, MoveFilesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveFiles",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/batchMove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 还原回收站文件
    ///
    /// `POST /v1.0/drive/recycleItems/recover` (operation `RecoverRecycleFiles`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecoverRecycleFilesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/drive/spaces/{space_id}/files/{file_id}/rename` (operation `RenameFile`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `file_id` (`file_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RenameFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn rename_file(
        &self,
        space_id: &str,
        file_id: &str,
        request: &RenameFileRequest,
    ) -> rt::Call<RenameFileResponseBody, RenameFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenameFile",
            rt::Method::Post,
            "/v1.0/drive/spaces/{space_id}/files/{file_id}/rename",
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
/// `AddCustomSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddCustomSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCustomSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "permissionMode" => rt::read_field(map, &mut self.permission_mode),
            "quota" => rt::read_field(map, &mut self.quota),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "spaceName" => rt::read_field(map, &mut self.space_name),
            "spaceType" => rt::read_field(map, &mut self.space_type),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddCustomSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("permissionMode", &self.permission_mode)?;
        object.optional("quota", &self.quota)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("spaceName", &self.space_name)?;
        object.optional("spaceType", &self.space_type)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `AddFileResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AddFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "fileExtension" => rt::read_field(map, &mut self.file_extension),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "filePath" => rt::read_field(map, &mut self.file_path),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("fileExtension", &self.file_extension)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("filePath", &self.file_path)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `AddPermissionRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequestMembers {
    /// `corpId`.
    pub corp_id: String,
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
}
impl AddPermissionRequestMembers {
    /// A `AddPermissionRequestMembers` with its required fields (`corpId`, `memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        member_id: impl Into<String>,
        member_type: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            member_id: member_id.into(),
            member_type: member_type.into(),
        }
    }
}
impl rt::serde::Serialize for AddPermissionRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
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
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
/// `AddSpaceResponseBody`: the same model as [`AddCustomSpaceResponseBody`].
pub type AddSpaceResponseBody = AddCustomSpaceResponseBody;
/// `CopyFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyFileResponseBody {
    /// `file`.
    pub file: Option<CopyFileResponseBodyFile>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "file" => rt::read_field(map, &mut self.file),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("file", &self.file)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `DeleteFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteFileResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteFileResponseBody {
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
impl rt::serde::Serialize for DeleteFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteFilesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteFilesResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteFilesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteFilesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteFilesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `DeletePermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type DeletePermissionRequestMembers = AddPermissionRequestMembers;
/// `GetAsyncTaskInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAsyncTaskInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAsyncTaskInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "beginTime" => rt::read_field(map, &mut self.begin_time),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "failed" => rt::read_field(map, &mut self.failed),
            "status" => rt::read_field(map, &mut self.status),
            "success" => rt::read_field(map, &mut self.success),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAsyncTaskInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("beginTime", &self.begin_time)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("failed", &self.failed)?;
        object.optional("status", &self.status)?;
        object.optional("success", &self.success)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDownloadInfoResponseBody {
    /// `downloadInfo`.
    pub download_info: Option<GetDownloadInfoResponseBodyDownloadInfo>,
    /// `region`.
    pub region: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDownloadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDownloadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadInfo" => rt::read_field(map, &mut self.download_info),
            "region" => rt::read_field(map, &mut self.region),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDownloadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadInfo", &self.download_info)?;
        object.optional("region", &self.region)?;
        object.end()
    }
}
/// `GetFileInfoResponseBody`: the same model as [`AddFileResponseBody`].
pub type GetFileInfoResponseBody = AddFileResponseBody;
/// `GetMySpaceInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMySpaceInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMySpaceInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "permissionMode" => rt::read_field(map, &mut self.permission_mode),
            "quota" => rt::read_field(map, &mut self.quota),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "spaceName" => rt::read_field(map, &mut self.space_name),
            "spaceType" => rt::read_field(map, &mut self.space_type),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMySpaceInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("permissionMode", &self.permission_mode)?;
        object.optional("quota", &self.quota)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("spaceName", &self.space_name)?;
        object.optional("spaceType", &self.space_type)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `GetPreviewInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPreviewInfoResponseBody {
    /// `info`.
    pub info: Option<GetPreviewInfoResponseBodyInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPreviewInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPreviewInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "info" => rt::read_field(map, &mut self.info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPreviewInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("info", &self.info)?;
        object.end()
    }
}
/// `GetPrivilegeInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPrivilegeInfoResponseBody {
    /// `types`.
    pub types: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPrivilegeInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPrivilegeInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "types" => rt::read_field(map, &mut self.types),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPrivilegeInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("types", &self.types)?;
        object.end()
    }
}
/// `GetQuotaInfosResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetQuotaInfosResponseBody {
    /// `quotas`.
    pub quotas: Option<Vec<GetQuotaInfosResponseBodyQuotas>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetQuotaInfosResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetQuotaInfosResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quotas" => rt::read_field(map, &mut self.quotas),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetQuotaInfosResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("quotas", &self.quotas)?;
        object.end()
    }
}
/// `GetUploadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUploadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headerSignatureUploadInfo" => {
                rt::read_field(map, &mut self.header_signature_upload_info)
            }
            "region" => rt::read_field(map, &mut self.region),
            "stsUploadInfo" => rt::read_field(map, &mut self.sts_upload_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUploadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("headerSignatureUploadInfo", &self.header_signature_upload_info)?;
        object.optional("region", &self.region)?;
        object.optional("stsUploadInfo", &self.sts_upload_info)?;
        object.end()
    }
}
/// `InfoSpaceResponseBody`: the same model as [`GetMySpaceInfoResponseBody`].
pub type InfoSpaceResponseBody = GetMySpaceInfoResponseBody;
/// `ListFilesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFilesResponseBody {
    /// `files`.
    pub files: Option<Vec<ListFilesResponseBodyFiles>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFilesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFilesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "files" => rt::read_field(map, &mut self.files),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFilesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("files", &self.files)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListPermissionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsResponseBody {
    /// `members`.
    pub members: Option<Vec<ListPermissionsResponseBodyMembers>>,
    /// `outMembers`.
    pub out_members: Option<Vec<ListPermissionsResponseBodyOutMembers>>,
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
            "members" => rt::read_field(map, &mut self.members),
            "outMembers" => rt::read_field(map, &mut self.out_members),
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
        object.optional("members", &self.members)?;
        object.optional("outMembers", &self.out_members)?;
        object.end()
    }
}
/// `ListRecycleFilesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRecycleFilesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recycleItems`.
    pub recycle_items: Option<Vec<ListRecycleFilesResponseBodyRecycleItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRecycleFilesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecycleFilesResponseBody {
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
impl rt::serde::Serialize for ListRecycleFilesResponseBody {
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
/// `ListSpacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSpacesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `spaces`.
    pub spaces: Option<Vec<ListSpacesResponseBodySpaces>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSpacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSpacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "spaces" => rt::read_field(map, &mut self.spaces),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSpacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("spaces", &self.spaces)?;
        object.end()
    }
}
/// `ManagementBuyQuotaRequestOrder`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ManagementBuyQuotaRequestOrder {
    /// A `ManagementBuyQuotaRequestOrder` with its required fields (`bizType`, `capacity`, `capacityType`, `day`, `money`, `orderId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        capacity: i64,
        capacity_type: impl Into<String>,
        day: i64,
        money: i64,
        order_id: i64,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            capacity,
            capacity_type: capacity_type.into(),
            day,
            money,
            order_id,
        }
    }
}
impl rt::serde::Serialize for ManagementBuyQuotaRequestOrder {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("capacity", &self.capacity)?;
        object.field("capacityType", &self.capacity_type)?;
        object.field("day", &self.day)?;
        object.field("money", &self.money)?;
        object.field("orderId", &self.order_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManagementBuyQuotaRequestOrder {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManagementBuyQuotaRequestOrder {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "capacity" => rt::read_field(map, &mut self.capacity),
            "capacityType" => rt::read_field(map, &mut self.capacity_type),
            "day" => rt::read_field(map, &mut self.day),
            "money" => rt::read_field(map, &mut self.money),
            "orderId" => rt::read_field(map, &mut self.order_id),
            _ => Ok(false),
        }
    }
}
/// `ManagementListSpacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ManagementListSpacesResponseBody {
    /// `spaces`.
    pub spaces: Option<Vec<ManagementListSpacesResponseBodySpaces>>,
}
impl<'de> rt::serde::Deserialize<'de> for ManagementListSpacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ManagementListSpacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spaces" => rt::read_field(map, &mut self.spaces),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ManagementListSpacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaces", &self.spaces)?;
        object.end()
    }
}
/// `ManagementModifySpaceResponseBody`: the same model as [`ManagementListSpacesResponseBody`].
pub type ManagementModifySpaceResponseBody = ManagementListSpacesResponseBody;
/// `ModifyPermissionRequestMembers`: the same model as [`AddPermissionRequestMembers`].
pub type ModifyPermissionRequestMembers = AddPermissionRequestMembers;
/// `MoveFileResponseBody`: the same model as [`AddFileResponseBody`].
pub type MoveFileResponseBody = AddFileResponseBody;
/// `MoveFilesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MoveFilesResponseBody {
    /// `files`.
    pub files: Option<Vec<MoveFilesResponseBodyFiles>>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for MoveFilesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MoveFilesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "files" => rt::read_field(map, &mut self.files),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MoveFilesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("files", &self.files)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `RenameFileResponseBody`: the same model as [`AddFileResponseBody`].
pub type RenameFileResponseBody = AddFileResponseBody;
/// `CopyFileResponseBodyFile`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CopyFileResponseBodyFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyFileResponseBodyFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "fileExtension" => rt::read_field(map, &mut self.file_extension),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "filePath" => rt::read_field(map, &mut self.file_path),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyFileResponseBodyFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("fileExtension", &self.file_extension)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("filePath", &self.file_path)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetDownloadInfoResponseBodyDownloadInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDownloadInfoResponseBodyDownloadInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDownloadInfoResponseBodyDownloadInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expirationSeconds" => rt::read_field(map, &mut self.expiration_seconds),
            "headers" => rt::read_field(map, &mut self.headers),
            "internalResourceUrl" => rt::read_field(map, &mut self.internal_resource_url),
            "resourceUrl" => rt::read_field(map, &mut self.resource_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDownloadInfoResponseBodyDownloadInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expirationSeconds", &self.expiration_seconds)?;
        object.optional("headers", &self.headers)?;
        object.optional("internalResourceUrl", &self.internal_resource_url)?;
        object.optional("resourceUrl", &self.resource_url)?;
        object.end()
    }
}
/// `GetPreviewInfoResponseBodyInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPreviewInfoResponseBodyInfo {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPreviewInfoResponseBodyInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPreviewInfoResponseBodyInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPreviewInfoResponseBodyInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetQuotaInfosResponseBodyQuotas`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetQuotaInfosResponseBodyQuotas {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetQuotaInfosResponseBodyQuotas {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "identifier" => rt::read_field(map, &mut self.identifier),
            "quota" => rt::read_field(map, &mut self.quota),
            "type" => rt::read_field(map, &mut self.r#type),
            "usedQuota" => rt::read_field(map, &mut self.used_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetQuotaInfosResponseBodyQuotas {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("identifier", &self.identifier)?;
        object.optional("quota", &self.quota)?;
        object.optional("type", &self.r#type)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `GetUploadInfoResponseBodyHeaderSignatureUploadInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetUploadInfoResponseBodyHeaderSignatureUploadInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadInfoResponseBodyHeaderSignatureUploadInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expirationSeconds" => rt::read_field(map, &mut self.expiration_seconds),
            "headers" => rt::read_field(map, &mut self.headers),
            "internalResourceUrl" => rt::read_field(map, &mut self.internal_resource_url),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "resourceUrl" => rt::read_field(map, &mut self.resource_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUploadInfoResponseBodyHeaderSignatureUploadInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expirationSeconds", &self.expiration_seconds)?;
        object.optional("headers", &self.headers)?;
        object.optional("internalResourceUrl", &self.internal_resource_url)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("resourceUrl", &self.resource_url)?;
        object.end()
    }
}
/// `GetUploadInfoResponseBodyStsUploadInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUploadInfoResponseBodyStsUploadInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUploadInfoResponseBodyStsUploadInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "accessToken" => rt::read_field(map, &mut self.access_token),
            "accessTokenExpirationMillis" => {
                rt::read_field(map, &mut self.access_token_expiration_millis)
            }
            "bucket" => rt::read_field(map, &mut self.bucket),
            "endPoint" => rt::read_field(map, &mut self.end_point),
            "internalEndPoint" => rt::read_field(map, &mut self.internal_end_point),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUploadInfoResponseBodyStsUploadInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("accessKeySecret", &self.access_key_secret)?;
        object.optional("accessToken", &self.access_token)?;
        object
            .optional(
                "accessTokenExpirationMillis",
                &self.access_token_expiration_millis,
            )?;
        object.optional("bucket", &self.bucket)?;
        object.optional("endPoint", &self.end_point)?;
        object.optional("internalEndPoint", &self.internal_end_point)?;
        object.optional("mediaId", &self.media_id)?;
        object.end()
    }
}
/// `ListFilesResponseBodyFiles`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListFilesResponseBodyFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFilesResponseBodyFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "fileExtension" => rt::read_field(map, &mut self.file_extension),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "filePath" => rt::read_field(map, &mut self.file_path),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "icon" => rt::read_field(map, &mut self.icon),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "thumbnail" => rt::read_field(map, &mut self.thumbnail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFilesResponseBodyFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("fileExtension", &self.file_extension)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("filePath", &self.file_path)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("icon", &self.icon)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("thumbnail", &self.thumbnail)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPermissionsResponseBodyMembers {
    /// `extend`.
    pub extend: Option<bool>,
    /// `member`.
    pub member: Option<ListPermissionsResponseBodyMembersMember>,
    /// `role`.
    pub role: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsResponseBodyMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPermissionsResponseBodyMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extend" => rt::read_field(map, &mut self.extend),
            "member" => rt::read_field(map, &mut self.member),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPermissionsResponseBodyMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extend", &self.extend)?;
        object.optional("member", &self.member)?;
        object.optional("role", &self.role)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyOutMembers`: the same model as [`ListPermissionsResponseBodyMembers`].
pub type ListPermissionsResponseBodyOutMembers = ListPermissionsResponseBodyMembers;
/// `ListRecycleFilesResponseBodyRecycleItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListRecycleFilesResponseBodyRecycleItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRecycleFilesResponseBodyRecycleItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "deleteStaffId" => rt::read_field(map, &mut self.delete_staff_id),
            "deleteTime" => rt::read_field(map, &mut self.delete_time),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "filePath" => rt::read_field(map, &mut self.file_path),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "recycleItemId" => rt::read_field(map, &mut self.recycle_item_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRecycleFilesResponseBodyRecycleItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("deleteStaffId", &self.delete_staff_id)?;
        object.optional("deleteTime", &self.delete_time)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("filePath", &self.file_path)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("recycleItemId", &self.recycle_item_id)?;
        object.end()
    }
}
/// `ListSpacesResponseBodySpaces`: the same model as [`AddCustomSpaceResponseBody`].
pub type ListSpacesResponseBodySpaces = AddCustomSpaceResponseBody;
/// `ManagementListSpacesResponseBodySpaces`: the same model as [`AddCustomSpaceResponseBody`].
pub type ManagementListSpacesResponseBodySpaces = AddCustomSpaceResponseBody;
/// `ManagementModifySpaceResponseBodySpaces`: the same model as [`AddCustomSpaceResponseBody`].
pub type ManagementModifySpaceResponseBodySpaces = AddCustomSpaceResponseBody;
/// `MoveFilesResponseBodyFiles`: the same model as [`AddFileResponseBody`].
pub type MoveFilesResponseBodyFiles = AddFileResponseBody;
/// `ListPermissionsResponseBodyMembersMember`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListPermissionsResponseBodyMembersMember {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPermissionsResponseBodyMembersMember {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberName" => rt::read_field(map, &mut self.member_name),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPermissionsResponseBodyMembersMember {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberName", &self.member_name)?;
        object.optional("memberType", &self.member_type)?;
        object.end()
    }
}
/// `ListPermissionsResponseBodyOutMembersMember`: the same model as [`ListPermissionsResponseBodyMembersMember`].
pub type ListPermissionsResponseBodyOutMembersMember = ListPermissionsResponseBodyMembersMember;
/// The request of [`Api::add_custom_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddCustomSpaceRequest {
    /// A `AddCustomSpaceRequest` with its required fields (`bizType`, `identifier`, `permissionMode`, `unionId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        identifier: impl Into<String>,
        permission_mode: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            identifier: identifier.into(),
            permission_mode: permission_mode.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddCustomSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("identifier", &self.identifier)?;
        object.field("permissionMode", &self.permission_mode)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCustomSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCustomSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "identifier" => rt::read_field(map, &mut self.identifier),
            "permissionMode" => rt::read_field(map, &mut self.permission_mode),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCustomSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddFileRequest {
    /// A `AddFileRequest` with its required fields (`fileName`, `fileType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        file_name: impl Into<String>,
        file_type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            add_conflict_policy: None,
            file_name: file_name.into(),
            file_type: file_type.into(),
            media_id: None,
            parent_id: None,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for AddFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addConflictPolicy", &self.add_conflict_policy)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileType", &self.file_type)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("parentId", &self.parent_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addConflictPolicy" => rt::read_field(map, &mut self.add_conflict_policy),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddPermissionRequest {
    /// `members`.
    pub members: Vec<AddPermissionRequestMembers>,
    /// `role`.
    pub role: String,
    /// `unionId`.
    pub union_id: String,
}
impl AddPermissionRequest {
    /// A `AddPermissionRequest` with its required fields (`members`, `role`, `unionId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = AddPermissionRequestMembers>,
        role: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            role: role.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("role", &self.role)?;
        object.field("unionId", &self.union_id)?;
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
            "members" => rt::read_field(map, &mut self.members),
            "role" => rt::read_field(map, &mut self.role),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddSpaceRequest {
    /// `name`.
    pub name: String,
    /// `unionId`.
    pub union_id: String,
}
impl AddSpaceRequest {
    /// A `AddSpaceRequest` with its required fields (`name`, `unionId`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.field("unionId", &self.union_id)?;
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
            "name" => rt::read_field(map, &mut self.name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::clear_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearRecycleFilesRequest {
    /// `recycleType`.
    pub recycle_type: String,
    /// `unionId`.
    pub union_id: String,
}
impl ClearRecycleFilesRequest {
    /// A `ClearRecycleFilesRequest` with its required fields (`recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(recycle_type: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            recycle_type: recycle_type.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for ClearRecycleFilesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("recycleType", &self.recycle_type)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearRecycleFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearRecycleFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recycleType" => rt::read_field(map, &mut self.recycle_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ClearRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CopyFileRequest {
    /// A `CopyFileRequest` with its required fields (`targetSpaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(target_space_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            add_conflict_policy: None,
            target_parent_id: None,
            target_space_id: target_space_id.into(),
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CopyFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addConflictPolicy", &self.add_conflict_policy)?;
        object.optional("targetParentId", &self.target_parent_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addConflictPolicy" => rt::read_field(map, &mut self.add_conflict_policy),
            "targetParentId" => rt::read_field(map, &mut self.target_parent_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFileRequest {
    /// `deletePolicy`: a query parameter.
    pub delete_policy: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteFileRequest {
    /// A `DeleteFileRequest` with its required fields (`deletePolicy`, `unionId`); set the others with the methods named after them.
    pub fn new(delete_policy: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            delete_policy: delete_policy.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deletePolicy" => rt::read_field(map, &mut self.delete_policy),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deletePolicy", &self.delete_policy);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFilesRequest {
    /// `deletePolicy`.
    pub delete_policy: String,
    /// `fileIds`.
    pub file_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
impl DeleteFilesRequest {
    /// A `DeleteFilesRequest` with its required fields (`deletePolicy`, `fileIds`, `unionId`); set the others with the methods named after them.
    pub fn new(
        delete_policy: impl Into<String>,
        file_ids: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            delete_policy: delete_policy.into(),
            file_ids: file_ids.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteFilesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deletePolicy", &self.delete_policy)?;
        object.field("fileIds", &self.file_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deletePolicy" => rt::read_field(map, &mut self.delete_policy),
            "fileIds" => rt::read_field(map, &mut self.file_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequest {
    /// `members`.
    pub members: Vec<DeletePermissionRequestMembers>,
    /// `role`.
    pub role: String,
    /// `unionId`.
    pub union_id: String,
}
impl DeletePermissionRequest {
    /// A `DeletePermissionRequest` with its required fields (`members`, `role`, `unionId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = DeletePermissionRequestMembers>,
        role: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            role: role.into(),
            union_id: union_id.into(),
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
        object.field("role", &self.role)?;
        object.field("unionId", &self.union_id)?;
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
            "members" => rt::read_field(map, &mut self.members),
            "role" => rt::read_field(map, &mut self.role),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeletePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRecycleFilesRequest {
    /// `recycleItemIdList`.
    pub recycle_item_id_list: Vec<i64>,
    /// `recycleType`.
    pub recycle_type: String,
    /// `unionId`.
    pub union_id: String,
}
impl DeleteRecycleFilesRequest {
    /// A `DeleteRecycleFilesRequest` with its required fields (`recycleItemIdList`, `recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        recycle_item_id_list: impl IntoIterator<Item = i64>,
        recycle_type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            recycle_item_id_list: recycle_item_id_list.into_iter().collect(),
            recycle_type: recycle_type.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteRecycleFilesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("recycleItemIdList", &self.recycle_item_id_list)?;
        object.field("recycleType", &self.recycle_type)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRecycleFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRecycleFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recycleItemIdList" => rt::read_field(map, &mut self.recycle_item_id_list),
            "recycleType" => rt::read_field(map, &mut self.recycle_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteSpaceRequest {
    /// A `DeleteSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteSpaceRequest {
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
impl rt::WriteRequest for DeleteSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_async_task_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAsyncTaskInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetAsyncTaskInfoRequest {
    /// A `GetAsyncTaskInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAsyncTaskInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAsyncTaskInfoRequest {
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
impl rt::WriteRequest for GetAsyncTaskInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDownloadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `withInternalResourceUrl`: a query parameter.
    pub with_internal_resource_url: Option<bool>,
    /// `withRegion`: a query parameter.
    pub with_region: Option<bool>,
}
impl GetDownloadInfoRequest {
    /// A `GetDownloadInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDownloadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDownloadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "withInternalResourceUrl" => {
                rt::read_field(map, &mut self.with_internal_resource_url)
            }
            "withRegion" => rt::read_field(map, &mut self.with_region),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFileInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetFileInfoRequest {
    /// A `GetFileInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileInfoRequest {
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
impl rt::WriteRequest for GetFileInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_my_space_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMySpaceInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetMySpaceInfoRequest {
    /// A `GetMySpaceInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMySpaceInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMySpaceInfoRequest {
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
impl rt::WriteRequest for GetMySpaceInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_preview_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPreviewInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `version`: a query parameter.
    pub version: Option<i64>,
    /// `watermark`: a query parameter.
    pub watermark: Option<bool>,
}
impl GetPreviewInfoRequest {
    /// A `GetPreviewInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPreviewInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPreviewInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "version" => rt::read_field(map, &mut self.version),
            "watermark" => rt::read_field(map, &mut self.watermark),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPrivilegeInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetPrivilegeInfoRequest {
    /// A `GetPrivilegeInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPrivilegeInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPrivilegeInfoRequest {
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
impl rt::WriteRequest for GetPrivilegeInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_quota_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetQuotaInfosRequest {
    /// `identifiers`.
    pub identifiers: Vec<String>,
    /// `type`.
    pub r#type: String,
    /// `unionId`.
    pub union_id: String,
}
impl GetQuotaInfosRequest {
    /// A `GetQuotaInfosRequest` with its required fields (`identifiers`, `type`, `unionId`); set the others with the methods named after them.
    pub fn new(
        identifiers: impl IntoIterator<Item = impl Into<String>>,
        r#type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            identifiers: identifiers.into_iter().map(Into::into).collect(),
            r#type: r#type.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetQuotaInfosRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("identifiers", &self.identifiers)?;
        object.field("type", &self.r#type)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetQuotaInfosRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetQuotaInfosRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "identifiers" => rt::read_field(map, &mut self.identifiers),
            "type" => rt::read_field(map, &mut self.r#type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetQuotaInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetUploadInfoRequest {
    /// A `GetUploadInfoRequest` with its required fields (`fileName`, `fileSize`, `md5`, `unionId`); set the others with the methods named after them.
    pub fn new(
        file_name: impl Into<String>,
        file_size: i64,
        md5: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            add_conflict_policy: None,
            caller_region: None,
            file_name: file_name.into(),
            file_size,
            md5: md5.into(),
            media_id: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUploadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUploadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addConflictPolicy" => rt::read_field(map, &mut self.add_conflict_policy),
            "callerRegion" => rt::read_field(map, &mut self.caller_region),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "md5" => rt::read_field(map, &mut self.md5),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "withInternalEndPoint" => {
                rt::read_field(map, &mut self.with_internal_end_point)
            }
            "withRegion" => rt::read_field(map, &mut self.with_region),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GrantPrivilegeOfCustomSpaceRequest {
    /// A `GrantPrivilegeOfCustomSpaceRequest` with its required fields (`duration`, `fileIds`, `type`, `unionId`, `userId`); set the others with the methods named after them.
    pub fn new(
        duration: i64,
        file_ids: impl IntoIterator<Item = impl Into<String>>,
        r#type: impl Into<String>,
        union_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            duration,
            file_ids: file_ids.into_iter().map(Into::into).collect(),
            r#type: r#type.into(),
            union_id: union_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for GrantPrivilegeOfCustomSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("duration", &self.duration)?;
        object.field("fileIds", &self.file_ids)?;
        object.field("type", &self.r#type)?;
        object.field("unionId", &self.union_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GrantPrivilegeOfCustomSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GrantPrivilegeOfCustomSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "fileIds" => rt::read_field(map, &mut self.file_ids),
            "type" => rt::read_field(map, &mut self.r#type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GrantPrivilegeOfCustomSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::info_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InfoSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl InfoSpaceRequest {
    /// A `InfoSpaceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InfoSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InfoSpaceRequest {
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
impl rt::WriteRequest for InfoSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListFilesRequest {
    /// A `ListFilesRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(max_results: i64, union_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            order_type: None,
            parent_id: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "withIcon" => rt::read_field(map, &mut self.with_icon),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListPermissionsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl ListPermissionsRequest {
    /// A `ListPermissionsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
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
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListPermissionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListRecycleFilesRequest {
    /// A `ListRecycleFilesRequest` with its required fields (`maxResults`, `recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        recycle_type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token: None,
            order_type: None,
            recycle_type: recycle_type.into(),
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecycleFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecycleFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "recycleType" => rt::read_field(map, &mut self.recycle_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListSpacesRequest {
    /// A `ListSpacesRequest` with its required fields (`maxResults`, `spaceType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        space_type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token: None,
            space_type: space_type.into(),
            union_id: union_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSpacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSpacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "spaceType" => rt::read_field(map, &mut self.space_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManagementBuyQuotaRequest {
    /// `order`.
    pub order: ManagementBuyQuotaRequestOrder,
    /// `token`.
    pub token: String,
    /// `unionId`.
    pub union_id: String,
}
impl ManagementBuyQuotaRequest {
    /// A `ManagementBuyQuotaRequest` with its required fields (`order`, `token`, `unionId`); set the others with the methods named after them.
    pub fn new(
        order: ManagementBuyQuotaRequestOrder,
        token: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            order,
            token: token.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for ManagementBuyQuotaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("order", &self.order)?;
        object.field("token", &self.token)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManagementBuyQuotaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManagementBuyQuotaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "order" => rt::read_field(map, &mut self.order),
            "token" => rt::read_field(map, &mut self.token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ManagementBuyQuotaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::management_list_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManagementListSpacesRequest {
    /// `spaceIds`.
    pub space_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
impl ManagementListSpacesRequest {
    /// A `ManagementListSpacesRequest` with its required fields (`spaceIds`, `unionId`); set the others with the methods named after them.
    pub fn new(
        space_ids: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            space_ids: space_ids.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for ManagementListSpacesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("spaceIds", &self.space_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManagementListSpacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManagementListSpacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spaceIds" => rt::read_field(map, &mut self.space_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ManagementListSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::management_modify_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManagementModifySpaceRequest {
    /// `quota`.
    pub quota: i64,
    /// `spaceIds`.
    pub space_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
impl ManagementModifySpaceRequest {
    /// A `ManagementModifySpaceRequest` with its required fields (`quota`, `spaceIds`, `unionId`); set the others with the methods named after them.
    pub fn new(
        quota: i64,
        space_ids: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            quota,
            space_ids: space_ids.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for ManagementModifySpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("quota", &self.quota)?;
        object.field("spaceIds", &self.space_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManagementModifySpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManagementModifySpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quota" => rt::read_field(map, &mut self.quota),
            "spaceIds" => rt::read_field(map, &mut self.space_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ManagementModifySpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::modify_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ModifyPermissionRequest {
    /// `members`.
    pub members: Vec<ModifyPermissionRequestMembers>,
    /// `role`.
    pub role: String,
    /// `unionId`.
    pub union_id: String,
}
impl ModifyPermissionRequest {
    /// A `ModifyPermissionRequest` with its required fields (`members`, `role`, `unionId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = ModifyPermissionRequestMembers>,
        role: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            role: role.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for ModifyPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("role", &self.role)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ModifyPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ModifyPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "role" => rt::read_field(map, &mut self.role),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ModifyPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::move_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl MoveFileRequest {
    /// A `MoveFileRequest` with its required fields (`targetSpaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(target_space_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            add_conflict_policy: None,
            target_parent_id: None,
            target_space_id: target_space_id.into(),
            union_id: union_id.into(),
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
impl rt::serde::Serialize for MoveFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addConflictPolicy", &self.add_conflict_policy)?;
        object.optional("targetParentId", &self.target_parent_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addConflictPolicy" => rt::read_field(map, &mut self.add_conflict_policy),
            "targetParentId" => rt::read_field(map, &mut self.target_parent_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MoveFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::move_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl MoveFilesRequest {
    /// A `MoveFilesRequest` with its required fields (`fileIds`, `targetSpaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        file_ids: impl IntoIterator<Item = impl Into<String>>,
        target_space_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            add_conflict_policy: None,
            file_ids: file_ids.into_iter().map(Into::into).collect(),
            target_parent_id: None,
            target_space_id: target_space_id.into(),
            union_id: union_id.into(),
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
impl rt::serde::Serialize for MoveFilesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addConflictPolicy", &self.add_conflict_policy)?;
        object.field("fileIds", &self.file_ids)?;
        object.optional("targetParentId", &self.target_parent_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addConflictPolicy" => rt::read_field(map, &mut self.add_conflict_policy),
            "fileIds" => rt::read_field(map, &mut self.file_ids),
            "targetParentId" => rt::read_field(map, &mut self.target_parent_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MoveFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::recover_recycle_files`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RecoverRecycleFilesRequest {
    /// `recycleItemIdList`.
    pub recycle_item_id_list: Vec<i64>,
    /// `recycleType`.
    pub recycle_type: String,
    /// `unionId`.
    pub union_id: String,
}
impl RecoverRecycleFilesRequest {
    /// A `RecoverRecycleFilesRequest` with its required fields (`recycleItemIdList`, `recycleType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        recycle_item_id_list: impl IntoIterator<Item = i64>,
        recycle_type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            recycle_item_id_list: recycle_item_id_list.into_iter().collect(),
            recycle_type: recycle_type.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for RecoverRecycleFilesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("recycleItemIdList", &self.recycle_item_id_list)?;
        object.field("recycleType", &self.recycle_type)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecoverRecycleFilesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecoverRecycleFilesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recycleItemIdList" => rt::read_field(map, &mut self.recycle_item_id_list),
            "recycleType" => rt::read_field(map, &mut self.recycle_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecoverRecycleFilesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rename_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RenameFileRequest {
    /// `newFileName`.
    pub new_file_name: String,
    /// `unionId`.
    pub union_id: String,
}
impl RenameFileRequest {
    /// A `RenameFileRequest` with its required fields (`newFileName`, `unionId`); set the others with the methods named after them.
    pub fn new(new_file_name: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            new_file_name: new_file_name.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for RenameFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("newFileName", &self.new_file_name)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RenameFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RenameFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "newFileName" => rt::read_field(map, &mut self.new_file_name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
