// @generated from api-spec/doc_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉文档 2.0 (Docs 2.0)：文档、模板、小组与最近记录。
//!
//! 77 operations, methods of [`Api`] (`client.doc_2_0()`), behind the cargo feature `doc_2_0`; its paths start with `/v2.0/doc/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `doc_2_0`. Get it with `client.doc_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量创建小组
    ///
    /// `POST /v2.0/doc/teams/batch`: DingTalk's `BatchCreateTeam` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchCreateTeam")]
    #[doc(alias = "/v2.0/doc/teams/batch")]
    #[doc(alias = "POST /v2.0/doc/teams/batch")]
    pub fn batch_create_team(
        &self,
        request: &BatchCreateTeamRequest,
    ) -> rt::Call<BatchCreateTeamResponseBody, BatchCreateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchCreateTeam",
            rt::Method::Post,
            "/v2.0/doc/teams/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除文档最近记录
    ///
    /// `POST /v2.0/doc/dentries/recentRecords/batchRemove`: DingTalk's `BatchDeleteRecents` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchDeleteRecents")]
    #[doc(alias = "/v2.0/doc/dentries/recentRecords/batchRemove")]
    #[doc(alias = "POST /v2.0/doc/dentries/recentRecords/batchRemove")]
    pub fn batch_delete_recents(
        &self,
        request: &BatchDeleteRecentsRequest,
    ) -> rt::Call<BatchDeleteRecentsResponseBody, BatchDeleteRecentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchDeleteRecents",
            rt::Method::Post,
            "/v2.0/doc/dentries/recentRecords/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 按分类列表查询模板列表
    ///
    /// `POST /v2.0/doc/categoryLists/templates/query`: DingTalk's `CategoriesTemplates` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CategoriesTemplates")]
    #[doc(alias = "/v2.0/doc/categoryLists/templates/query")]
    #[doc(alias = "POST /v2.0/doc/categoryLists/templates/query")]
    pub fn categories_templates(
        &self,
        request: &CategoriesTemplatesRequest,
    ) -> rt::Call<CategoriesTemplatesResponseBody, CategoriesTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CategoriesTemplates",
            rt::Method::Post,
            "/v2.0/doc/categoryLists/templates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 按分类查询模板列表
    ///
    /// `POST /v2.0/doc/categories/templates/query`: DingTalk's `CategoryTemplates` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CategoryTemplates")]
    #[doc(alias = "/v2.0/doc/categories/templates/query")]
    #[doc(alias = "POST /v2.0/doc/categories/templates/query")]
    pub fn category_templates(
        &self,
        request: &CategoryTemplatesRequest,
    ) -> rt::Call<CategoryTemplatesResponseBody, CategoryTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CategoryTemplates",
            rt::Method::Post,
            "/v2.0/doc/categories/templates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拷贝知识库节点
    ///
    /// `POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/copy`: DingTalk's `CopyDentry` (module feature `doc_2_0`).
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
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/copy")]
    #[doc(alias = "POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/copy")]
    pub fn copy_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &CopyDentryRequest,
    ) -> rt::Call<DentryVO, CopyDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 复制文档
    ///
    /// `POST /v2.0/doc/dentries/copy`: DingTalk's `CopyDoc` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyDoc")]
    #[doc(alias = "/v2.0/doc/dentries/copy")]
    #[doc(alias = "POST /v2.0/doc/dentries/copy")]
    pub fn copy_doc(
        &self,
        request: &CopyDocRequest,
    ) -> rt::Call<CopyDocResponseBody, CopyDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDoc",
            rt::Method::Post,
            "/v2.0/doc/dentries/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 复制文档（应用授权）
    ///
    /// `POST /v2.0/doc/app/dentries/copy`: DingTalk's `CopyDocWithAppAuth` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyDocWithAppAuth")]
    #[doc(alias = "/v2.0/doc/app/dentries/copy")]
    #[doc(alias = "POST /v2.0/doc/app/dentries/copy")]
    pub fn copy_doc_with_app_auth(
        &self,
        request: &CopyDocWithAppAuthRequest,
    ) -> rt::Call<CopyDocWithAppAuthResponseBody, CopyDocWithAppAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDocWithAppAuth",
            rt::Method::Post,
            "/v2.0/doc/app/dentries/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拷贝知识库
    ///
    /// `POST /v2.0/doc/dentries/workspace/copy`: DingTalk's `CopyWorkspace` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyWorkspace")]
    #[doc(alias = "/v2.0/doc/dentries/workspace/copy")]
    #[doc(alias = "POST /v2.0/doc/dentries/workspace/copy")]
    pub fn copy_workspace(
        &self,
        request: &CopyWorkspaceRequest,
    ) -> rt::Call<CopyWorkspaceResponseBody, CopyWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyWorkspace",
            rt::Method::Post,
            "/v2.0/doc/dentries/workspace/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 异步拷贝知识库
    ///
    /// `POST /v2.0/doc/dentries/workspace/asyncCopy`: DingTalk's `CopyWorkspaceAsync` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyWorkspaceAsync")]
    #[doc(alias = "/v2.0/doc/dentries/workspace/asyncCopy")]
    #[doc(alias = "POST /v2.0/doc/dentries/workspace/asyncCopy")]
    pub fn copy_workspace_async(
        &self,
        request: &CopyWorkspaceAsyncRequest,
    ) -> rt::Call<CopyWorkspaceAsyncResponseBody, CopyWorkspaceAsyncError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyWorkspaceAsync",
            rt::Method::Post,
            "/v2.0/doc/dentries/workspace/asyncCopy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建知识库节点（包括文档和文件夹）
    ///
    /// `POST /v2.0/doc/spaces/{spaceId}/dentries`: DingTalk's `CreateDentry` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDentry")]
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/dentries")]
    #[doc(alias = "POST /v2.0/doc/spaces/{spaceId}/dentries")]
    pub fn create_dentry(
        &self,
        space_id: &str,
        request: &CreateDentryRequest,
    ) -> rt::Call<DentryVO, CreateDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{spaceId}/dentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 创建快捷方式
    ///
    /// `POST /v2.0/doc/resource/shortcut/create`: DingTalk's `CreateShortcut` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateShortcut")]
    #[doc(alias = "/v2.0/doc/resource/shortcut/create")]
    #[doc(alias = "POST /v2.0/doc/resource/shortcut/create")]
    pub fn create_shortcut(
        &self,
        request: &CreateShortcutRequest,
    ) -> rt::Call<CreateShortcutResponseBody, CreateShortcutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateShortcut",
            rt::Method::Post,
            "/v2.0/doc/resource/shortcut/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建快捷方式V2版(顺丰迁移使用)
    ///
    /// `POST /v2.0/doc/resource/shortcut/createV2`: DingTalk's `CreateShortcutForMigrate` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateShortcutForMigrate")]
    #[doc(alias = "/v2.0/doc/resource/shortcut/createV2")]
    #[doc(alias = "POST /v2.0/doc/resource/shortcut/createV2")]
    pub fn create_shortcut_for_migrate(
        &self,
        request: &CreateShortcutForMigrateRequest,
    ) -> rt::Call<CreateShortcutForMigrateResponseBody, CreateShortcutForMigrateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateShortcutForMigrate",
            rt::Method::Post,
            "/v2.0/doc/resource/shortcut/createV2",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建知识库
    ///
    /// `POST /v2.0/doc/spaces`: DingTalk's `CreateSpace` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSpace")]
    #[doc(alias = "/v2.0/doc/spaces")]
    #[doc(alias = "POST /v2.0/doc/spaces")]
    pub fn create_space(
        &self,
        request: &CreateSpaceRequest,
    ) -> rt::Call<SpaceVO, CreateSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSpace",
            rt::Method::Post,
            "/v2.0/doc/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建小组
    ///
    /// `POST /v2.0/doc/teams`: DingTalk's `CreateTeam` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTeam")]
    #[doc(alias = "/v2.0/doc/teams")]
    #[doc(alias = "POST /v2.0/doc/teams")]
    pub fn create_team(
        &self,
        request: &CreateTeamRequest,
    ) -> rt::Call<TeamVO, CreateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTeam",
            rt::Method::Post,
            "/v2.0/doc/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 跨组织迁移知识库
    ///
    /// `POST /v2.0/doc/crossOrganizations/spaces/migrate`: DingTalk's `CrossOrgMigrate` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CrossOrgMigrate")]
    #[doc(alias = "/v2.0/doc/crossOrganizations/spaces/migrate")]
    #[doc(alias = "POST /v2.0/doc/crossOrganizations/spaces/migrate")]
    pub fn cross_org_migrate(
        &self,
        request: &CrossOrgMigrateRequest,
    ) -> rt::Call<CrossOrgMigrateResponseBody, CrossOrgMigrateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CrossOrgMigrate",
            rt::Method::Post,
            "/v2.0/doc/crossOrganizations/spaces/migrate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除小组
    ///
    /// `DELETE /v2.0/doc/teams/{teamId}`: DingTalk's `DeleteTeam` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTeam")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}")]
    #[doc(alias = "DELETE /v2.0/doc/teams/{teamId}")]
    pub fn delete_team(
        &self,
        team_id: &str,
        request: &DeleteTeamRequest,
    ) -> rt::Call<TeamVO, DeleteTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTeam",
            rt::Method::Delete,
            "/v2.0/doc/teams/{teamId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取文档内容
    ///
    /// `GET /v2.0/doc/dentries/{dentryUuid}/contents`: DingTalk's `DocContent` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocContent")]
    #[doc(alias = "/v2.0/doc/dentries/{dentryUuid}/contents")]
    #[doc(alias = "GET /v2.0/doc/dentries/{dentryUuid}/contents")]
    pub fn doc_content(
        &self,
        dentry_uuid: &str,
        request: &DocContentRequest,
    ) -> rt::Call<DocContentResponseBody, DocContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocContent",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentryUuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 通过委托权限方式导出文档内容
    ///
    /// `GET /v2.0/doc/me/dentries/{dentryUuid}/export`: DingTalk's `DocExportByDelegatedPermission` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocExportByDelegatedPermission")]
    #[doc(alias = "/v2.0/doc/me/dentries/{dentryUuid}/export")]
    #[doc(alias = "GET /v2.0/doc/me/dentries/{dentryUuid}/export")]
    pub fn doc_export_by_delegated_permission(
        &self,
        dentry_uuid: &str,
        request: &DocExportByDelegatedPermissionRequest,
    ) -> rt::Call<
        DocExportByDelegatedPermissionResponseBody,
        DocExportByDelegatedPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocExportByDelegatedPermission",
            rt::Method::Get,
            "/v2.0/doc/me/dentries/{dentryUuid}/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 以委托权限方式覆写全文
    ///
    /// `POST /v2.0/doc/me/suites/documents/{docKey}/overwriteContent`: DingTalk's `DocUpdateContentWithDelegatedPermission` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocUpdateContentWithDelegatedPermission")]
    #[doc(alias = "/v2.0/doc/me/suites/documents/{docKey}/overwriteContent")]
    #[doc(alias = "POST /v2.0/doc/me/suites/documents/{docKey}/overwriteContent")]
    pub fn doc_update_content_with_delegated_permission(
        &self,
        doc_key: &str,
        request: &DocUpdateContentWithDelegatedPermissionRequest,
    ) -> rt::Call<
        DocUpdateContentWithDelegatedPermissionResponseBody,
        DocUpdateContentWithDelegatedPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocUpdateContentWithDelegatedPermission",
            rt::Method::Post,
            "/v2.0/doc/me/suites/documents/{docKey}/overwriteContent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 导出文档
    ///
    /// `POST /v2.0/doc/dentries/export`: DingTalk's `ExportDoc` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExportDoc")]
    #[doc(alias = "/v2.0/doc/dentries/export")]
    #[doc(alias = "POST /v2.0/doc/dentries/export")]
    pub fn export_doc(
        &self,
        request: &ExportDocRequest,
    ) -> rt::Call<ExportDocResponseBody, ExportDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExportDoc",
            rt::Method::Post,
            "/v2.0/doc/dentries/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据文件DentryUuid获取文件DentryId
    ///
    /// `GET /v2.0/doc/dentries/{dentryUuid}/queryDentryId`: DingTalk's `GetDentryIdByUuid` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentryIdByUuid")]
    #[doc(alias = "/v2.0/doc/dentries/{dentryUuid}/queryDentryId")]
    #[doc(alias = "GET /v2.0/doc/dentries/{dentryUuid}/queryDentryId")]
    pub fn get_dentry_id_by_uuid(
        &self,
        dentry_uuid: &str,
        request: &GetDentryIdByUuidRequest,
    ) -> rt::Call<GetDentryIdByUuidResponseBody, GetDentryIdByUuidError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryIdByUuid",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentryUuid}/queryDentryId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 委托权限获取文档内容
    ///
    /// `GET /v2.0/doc/me/query/{dentryUuid}/contents`: DingTalk's `GetDocContent` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDocContent")]
    #[doc(alias = "/v2.0/doc/me/query/{dentryUuid}/contents")]
    #[doc(alias = "GET /v2.0/doc/me/query/{dentryUuid}/contents")]
    pub fn get_doc_content(
        &self,
        dentry_uuid: &str,
        request: &GetDocContentRequest,
    ) -> rt::Call<GetDocContentResponseBody, GetDocContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocContent",
            rt::Method::Get,
            "/v2.0/doc/me/query/{dentryUuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 委托权限获取文档内容
    ///
    /// `GET /v2.0/doc/elm/me/dentries/{dentryUuid}/contents`: DingTalk's `GetDocContentForELM` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDocContentForELM")]
    #[doc(alias = "/v2.0/doc/elm/me/dentries/{dentryUuid}/contents")]
    #[doc(alias = "GET /v2.0/doc/elm/me/dentries/{dentryUuid}/contents")]
    pub fn get_doc_content_for_elm(
        &self,
        dentry_uuid: &str,
        request: &GetDocContentForELMRequest,
    ) -> rt::Call<GetDocContentForELMResponseBody, GetDocContentForELMError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocContentForELM",
            rt::Method::Get,
            "/v2.0/doc/elm/me/dentries/{dentryUuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取当前企业下钉盘目录我的文件对应的空间信息
    ///
    /// `GET /v2.0/doc/me/mySpace/infos`: DingTalk's `GetMySpace` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMySpace")]
    #[doc(alias = "/v2.0/doc/me/mySpace/infos")]
    #[doc(alias = "GET /v2.0/doc/me/mySpace/infos")]
    pub fn get_my_space(
        &self,
        request: &GetMySpaceRequest,
    ) -> rt::Call<GetMySpaceResponseBody, GetMySpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMySpace",
            rt::Method::Get,
            "/v2.0/doc/me/mySpace/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 委托权限获取企业内公开或者或联网公开文档内容
    ///
    /// `GET /v2.0/doc/me/dentries/{dentryUuid}/contents`: DingTalk's `GetOrgOrWebOpenDocContent` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrgOrWebOpenDocContent")]
    #[doc(alias = "/v2.0/doc/me/dentries/{dentryUuid}/contents")]
    #[doc(alias = "GET /v2.0/doc/me/dentries/{dentryUuid}/contents")]
    pub fn get_org_or_web_open_doc_content(
        &self,
        dentry_uuid: &str,
        request: &GetOrgOrWebOpenDocContentRequest,
    ) -> rt::Call<
        GetOrgOrWebOpenDocContentResponseBody,
        GetOrgOrWebOpenDocContentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrgOrWebOpenDocContent",
            rt::Method::Get,
            "/v2.0/doc/me/dentries/{dentryUuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 查询小组主页schema （包括轮播图、公告、便捷入口）
    ///
    /// `GET /v2.0/doc/teams/{teamId}/schemas`: DingTalk's `GetSchema` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSchema")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/schemas")]
    #[doc(alias = "GET /v2.0/doc/teams/{teamId}/schemas")]
    pub fn get_schema(
        &self,
        team_id: &str,
        request: &GetSchemaRequest,
    ) -> rt::Call<GetSchemaResponseBody, GetSchemaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSchema",
            rt::Method::Get,
            "/v2.0/doc/teams/{teamId}/schemas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 查询目录树
    ///
    /// `GET /v2.0/doc/spaces/{spaceId}/directories`: DingTalk's `GetSpaceDirectories` (module feature `doc_2_0`).
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
    /// Every page, or every item, in a loop: [`Api::get_space_directories_pages`].
    #[doc(alias = "GetSpaceDirectories")]
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/directories")]
    #[doc(alias = "GET /v2.0/doc/spaces/{spaceId}/directories")]
    pub fn get_space_directories(
        &self,
        space_id: &str,
        request: &GetSpaceDirectoriesRequest,
    ) -> rt::Call<GetSpaceDirectoriesResponseBody, GetSpaceDirectoriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpaceDirectories",
            rt::Method::Get,
            "/v2.0/doc/spaces/{spaceId}/directories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取星标信息
    ///
    /// `GET /v2.0/doc/dentries/{dentryUuid}/starInfos`: DingTalk's `GetStarInfo` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetStarInfo")]
    #[doc(alias = "/v2.0/doc/dentries/{dentryUuid}/starInfos")]
    #[doc(alias = "GET /v2.0/doc/dentries/{dentryUuid}/starInfos")]
    pub fn get_star_info(
        &self,
        dentry_uuid: &str,
        request: &GetStarInfoRequest,
    ) -> rt::Call<GetStarInfoResponseBody, GetStarInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStarInfo",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentryUuid}/starInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取任务信息
    ///
    /// `GET /v2.0/doc/task/info/{taskId}`: DingTalk's `GetTaskInfo` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTaskInfo")]
    #[doc(alias = "/v2.0/doc/task/info/{taskId}")]
    #[doc(alias = "GET /v2.0/doc/task/info/{taskId}")]
    pub fn get_task_info(
        &self,
        task_id: &str,
    ) -> rt::Call<GetTaskInfoResponseBody, GetTaskInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskInfo",
            rt::Method::Get,
            "/v2.0/doc/task/info/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 查询小组详情
    ///
    /// `GET /v2.0/doc/teams/{teamId}`: DingTalk's `GetTeam` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTeam")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}")]
    #[doc(alias = "GET /v2.0/doc/teams/{teamId}")]
    pub fn get_team(
        &self,
        team_id: &str,
        request: &GetTeamRequest,
    ) -> rt::Call<TeamVO, GetTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeam",
            rt::Method::Get,
            "/v2.0/doc/teams/{teamId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取知识库下的总节点数
    ///
    /// `GET /v2.0/doc/spaces/statistics/dentryCounts`: DingTalk's `GetTotalNumberOfDentries` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTotalNumberOfDentries")]
    #[doc(alias = "/v2.0/doc/spaces/statistics/dentryCounts")]
    #[doc(alias = "GET /v2.0/doc/spaces/statistics/dentryCounts")]
    pub fn get_total_number_of_dentries(
        &self,
        request: &GetTotalNumberOfDentriesRequest,
    ) -> rt::Call<GetTotalNumberOfDentriesResponseBody, GetTotalNumberOfDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTotalNumberOfDentries",
            rt::Method::Get,
            "/v2.0/doc/spaces/statistics/dentryCounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识库总数
    ///
    /// `GET /v2.0/doc/spaces/statistics/spaceCounts`: DingTalk's `GetTotalNumberOfSpaces` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTotalNumberOfSpaces")]
    #[doc(alias = "/v2.0/doc/spaces/statistics/spaceCounts")]
    #[doc(alias = "GET /v2.0/doc/spaces/statistics/spaceCounts")]
    pub fn get_total_number_of_spaces(
        &self,
        request: &GetTotalNumberOfSpacesRequest,
    ) -> rt::Call<GetTotalNumberOfSpacesResponseBody, GetTotalNumberOfSpacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTotalNumberOfSpaces",
            rt::Method::Get,
            "/v2.0/doc/spaces/statistics/spaceCounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询文档免登的用户信息
    ///
    /// `GET /v2.0/doc/userInfos`: DingTalk's `GetUserInfoByOpenToken` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserInfoByOpenToken")]
    #[doc(alias = "/v2.0/doc/userInfos")]
    #[doc(alias = "GET /v2.0/doc/userInfos")]
    pub fn get_user_info_by_open_token(
        &self,
        request: &GetUserInfoByOpenTokenRequest,
    ) -> rt::Call<GetUserInfoByOpenTokenResponseBody, GetUserInfoByOpenTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserInfoByOpenToken",
            rt::Method::Get,
            "/v2.0/doc/userInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据文件DentryId获取文件DentryUuid
    ///
    /// `GET /v2.0/doc/dentries/{dentryId}/queryDentryUuid`: DingTalk's `GetUuidByDentryId` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUuidByDentryId")]
    #[doc(alias = "/v2.0/doc/dentries/{dentryId}/queryDentryUuid")]
    #[doc(alias = "GET /v2.0/doc/dentries/{dentryId}/queryDentryUuid")]
    pub fn get_uuid_by_dentry_id(
        &self,
        dentry_id: &str,
        request: &GetUuidByDentryIdRequest,
    ) -> rt::Call<GetUuidByDentryIdResponseBody, GetUuidByDentryIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUuidByDentryId",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentryId}/queryDentryUuid",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_id], request)
    }
    /// 根据文档id或URL获取文件DentryUuid
    ///
    /// `GET /v2.0/doc/documents/queryDentryUuid`: DingTalk's `GetUuidByIdOrUrl` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUuidByIdOrUrl")]
    #[doc(alias = "/v2.0/doc/documents/queryDentryUuid")]
    #[doc(alias = "GET /v2.0/doc/documents/queryDentryUuid")]
    pub fn get_uuid_by_id_or_url(
        &self,
        request: &GetUuidByIdOrUrlRequest,
    ) -> rt::Call<GetUuidByIdOrUrlResponseBody, GetUuidByIdOrUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUuidByIdOrUrl",
            rt::Method::Get,
            "/v2.0/doc/documents/queryDentryUuid",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识库权限范围
    ///
    /// `GET /v2.0/doc/workspaces/{workspaceId}/members`: DingTalk's `GetWorkspacePermissionScopes` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWorkspacePermissionScopes")]
    #[doc(alias = "/v2.0/doc/workspaces/{workspaceId}/members")]
    #[doc(alias = "GET /v2.0/doc/workspaces/{workspaceId}/members")]
    pub fn get_workspace_permission_scopes(
        &self,
        workspace_id: &str,
        request: &GetWorkspacePermissionScopesRequest,
    ) -> rt::Call<
        GetWorkspacePermissionScopesResponseBody,
        GetWorkspacePermissionScopesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspacePermissionScopes",
            rt::Method::Get,
            "/v2.0/doc/workspaces/{workspaceId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 以超级管理员身份转交小组
    ///
    /// `POST /v2.0/doc/teams/members/handoverWithoutAuth`: DingTalk's `HandoverTeamWithoutAuth` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HandoverTeamWithoutAuth")]
    #[doc(alias = "/v2.0/doc/teams/members/handoverWithoutAuth")]
    #[doc(alias = "POST /v2.0/doc/teams/members/handoverWithoutAuth")]
    pub fn handover_team_without_auth(
        &self,
        request: &HandoverTeamWithoutAuthRequest,
    ) -> rt::Call<HandoverTeamWithoutAuthResponseBody, HandoverTeamWithoutAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HandoverTeamWithoutAuth",
            rt::Method::Post,
            "/v2.0/doc/teams/members/handoverWithoutAuth",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 知识库转交所有者
    ///
    /// `POST /v2.0/doc/dentries/workspace/handover`: DingTalk's `HandoveryWorkspace` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HandoveryWorkspace")]
    #[doc(alias = "/v2.0/doc/dentries/workspace/handover")]
    #[doc(alias = "POST /v2.0/doc/dentries/workspace/handover")]
    pub fn handovery_workspace(
        &self,
        request: &HandoveryWorkspaceRequest,
    ) -> rt::Call<HandoveryWorkspaceResponseBody, HandoveryWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HandoveryWorkspace",
            rt::Method::Post,
            "/v2.0/doc/dentries/workspace/handover",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询小组动态
    ///
    /// `GET /v2.0/doc/teams/{teamId}/feeds`: DingTalk's `ListFeeds` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_feeds_pages`].
    #[doc(alias = "ListFeeds")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/feeds")]
    #[doc(alias = "GET /v2.0/doc/teams/{teamId}/feeds")]
    pub fn list_feeds(
        &self,
        team_id: &str,
        request: &ListFeedsRequest,
    ) -> rt::Call<ListFeedsResponseBody, ListFeedsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFeeds",
            rt::Method::Get,
            "/v2.0/doc/teams/{teamId}/feeds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 查询小组热门文档
    ///
    /// `GET /v2.0/doc/teams/{teamId}/hotDocs`: DingTalk's `ListHotDocs` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListHotDocs")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/hotDocs")]
    #[doc(alias = "GET /v2.0/doc/teams/{teamId}/hotDocs")]
    pub fn list_hot_docs(
        &self,
        team_id: &str,
        request: &ListHotDocsRequest,
    ) -> rt::Call<ListHotDocsResponseBody, ListHotDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListHotDocs",
            rt::Method::Get,
            "/v2.0/doc/teams/{teamId}/hotDocs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取置顶知识库列表
    ///
    /// `POST /v2.0/doc/spaces/pinLists/query`: DingTalk's `ListPinSpaces` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListPinSpaces")]
    #[doc(alias = "/v2.0/doc/spaces/pinLists/query")]
    #[doc(alias = "POST /v2.0/doc/spaces/pinLists/query")]
    pub fn list_pin_spaces(
        &self,
        request: &ListPinSpacesRequest,
    ) -> rt::Call<ListPinSpacesResponseBody, ListPinSpacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPinSpaces",
            rt::Method::Post,
            "/v2.0/doc/spaces/pinLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询文档最近记录列表
    ///
    /// `POST /v2.0/doc/dentries/recentRecords/lists/query`: DingTalk's `ListRecents` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListRecents")]
    #[doc(alias = "/v2.0/doc/dentries/recentRecords/lists/query")]
    #[doc(alias = "POST /v2.0/doc/dentries/recentRecords/lists/query")]
    pub fn list_recents(
        &self,
        request: &ListRecentsRequest,
    ) -> rt::Call<ListRecentsResponseBody, ListRecentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRecents",
            rt::Method::Post,
            "/v2.0/doc/dentries/recentRecords/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询关联了知识库的团队列表
    ///
    /// `GET /v2.0/doc/teams/relations/spaceTeams`: DingTalk's `ListRelatedSpaceTeams` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListRelatedSpaceTeams")]
    #[doc(alias = "/v2.0/doc/teams/relations/spaceTeams")]
    #[doc(alias = "GET /v2.0/doc/teams/relations/spaceTeams")]
    pub fn list_related_space_teams(
        &self,
        request: &ListRelatedSpaceTeamsRequest,
    ) -> rt::Call<ListRelatedSpaceTeamsResponseBody, ListRelatedSpaceTeamsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRelatedSpaceTeams",
            rt::Method::Get,
            "/v2.0/doc/teams/relations/spaceTeams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询小组列表
    ///
    /// `GET /v2.0/doc/teams`: DingTalk's `ListRelatedTeams` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_related_teams_pages`].
    #[doc(alias = "ListRelatedTeams")]
    #[doc(alias = "/v2.0/doc/teams")]
    #[doc(alias = "GET /v2.0/doc/teams")]
    pub fn list_related_teams(
        &self,
        request: &ListRelatedTeamsRequest,
    ) -> rt::Call<ListRelatedTeamsResponseBody, ListRelatedTeamsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRelatedTeams",
            rt::Method::Get,
            "/v2.0/doc/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询知识库分组
    ///
    /// `GET /v2.0/doc/teams/{teamId}/spaceSections`: DingTalk's `ListSpaceSections` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSpaceSections")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/spaceSections")]
    #[doc(alias = "GET /v2.0/doc/teams/{teamId}/spaceSections")]
    pub fn list_space_sections(
        &self,
        team_id: &str,
        request: &ListSpaceSectionsRequest,
    ) -> rt::Call<ListSpaceSectionsResponseBody, ListSpaceSectionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSpaceSections",
            rt::Method::Get,
            "/v2.0/doc/teams/{teamId}/spaceSections",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取星标列表
    ///
    /// `POST /v2.0/doc/dentries/starLists/query`: DingTalk's `ListStars` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListStars")]
    #[doc(alias = "/v2.0/doc/dentries/starLists/query")]
    #[doc(alias = "POST /v2.0/doc/dentries/starLists/query")]
    pub fn list_stars(
        &self,
        request: &ListStarsRequest,
    ) -> rt::Call<ListStarsResponseBody, ListStarsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListStars",
            rt::Method::Post,
            "/v2.0/doc/dentries/starLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询小组成员列表
    ///
    /// `GET /v2.0/doc/teams/{teamId}/members`: DingTalk's `ListTeamMembers` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListTeamMembers")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/members")]
    #[doc(alias = "GET /v2.0/doc/teams/{teamId}/members")]
    pub fn list_team_members(
        &self,
        team_id: &str,
        request: &ListTeamMembersRequest,
    ) -> rt::Call<ListTeamMembersResponseBody, ListTeamMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTeamMembers",
            rt::Method::Get,
            "/v2.0/doc/teams/{teamId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 文档定稿
    ///
    /// `POST /v2.0/doc/dentries/lock`: DingTalk's `LockDoc` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LockDoc")]
    #[doc(alias = "/v2.0/doc/dentries/lock")]
    #[doc(alias = "POST /v2.0/doc/dentries/lock")]
    pub fn lock_doc(
        &self,
        request: &LockDocRequest,
    ) -> rt::Call<LockDocResponseBody, LockDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LockDoc",
            rt::Method::Post,
            "/v2.0/doc/dentries/lock",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过委托授权文档定稿
    ///
    /// `POST /v2.0/doc/me/dentries/lock`: DingTalk's `LockDocByDelegatedPermission` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LockDocByDelegatedPermission")]
    #[doc(alias = "/v2.0/doc/me/dentries/lock")]
    #[doc(alias = "POST /v2.0/doc/me/dentries/lock")]
    pub fn lock_doc_by_delegated_permission(
        &self,
        request: &LockDocByDelegatedPermissionRequest,
    ) -> rt::Call<
        LockDocByDelegatedPermissionResponseBody,
        LockDocByDelegatedPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LockDocByDelegatedPermission",
            rt::Method::Post,
            "/v2.0/doc/me/dentries/lock",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 标记星标
    ///
    /// `POST /v2.0/doc/dentries/{dentryUuid}/stars/mark`: DingTalk's `MarkStar` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MarkStar")]
    #[doc(alias = "/v2.0/doc/dentries/{dentryUuid}/stars/mark")]
    #[doc(alias = "POST /v2.0/doc/dentries/{dentryUuid}/stars/mark")]
    pub fn mark_star(
        &self,
        dentry_uuid: &str,
        request: &MarkStarRequest,
    ) -> rt::Call<MarkStarResponseBody, MarkStarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MarkStar",
            rt::Method::Post,
            "/v2.0/doc/dentries/{dentryUuid}/stars/mark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 移动知识库节点
    ///
    /// `POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/move`: DingTalk's `MoveDentry` (module feature `doc_2_0`).
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
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/move")]
    #[doc(alias = "POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/move")]
    pub fn move_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &MoveDentryRequest,
    ) -> rt::Call<DentryVO, MoveDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 置顶知识库
    ///
    /// `POST /v2.0/doc/spaces/{spaceId}/pin`: DingTalk's `PinSpace` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PinSpace")]
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/pin")]
    #[doc(alias = "POST /v2.0/doc/spaces/{spaceId}/pin")]
    pub fn pin_space(
        &self,
        space_id: &str,
        request: &PinSpaceRequest,
    ) -> rt::Call<PinSpaceResponseBody, PinSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PinSpace",
            rt::Method::Post,
            "/v2.0/doc/spaces/{spaceId}/pin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 查询知识库节点（包括文档和文件夹）
    ///
    /// `GET /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}`: DingTalk's `QueryDentry` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDentry")]
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}")]
    #[doc(alias = "GET /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}")]
    pub fn query_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &QueryDentryRequest,
    ) -> rt::Call<DentryVO, QueryDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDentry",
            rt::Method::Get,
            "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取文档内容
    ///
    /// `GET /v2.0/doc/query/{dentryUuid}/contents`: DingTalk's `QueryDocContent` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDocContent")]
    #[doc(alias = "/v2.0/doc/query/{dentryUuid}/contents")]
    #[doc(alias = "GET /v2.0/doc/query/{dentryUuid}/contents")]
    pub fn query_doc_content(
        &self,
        dentry_uuid: &str,
        request: &QueryDocContentRequest,
    ) -> rt::Call<QueryDocContentResponseBody, QueryDocContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDocContent",
            rt::Method::Get,
            "/v2.0/doc/query/{dentryUuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 通过taskId查询文档导出任务状态
    ///
    /// `GET /v2.0/doc/me/export/task/query`: DingTalk's `QueryExportTask` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryExportTask")]
    #[doc(alias = "/v2.0/doc/me/export/task/query")]
    #[doc(alias = "GET /v2.0/doc/me/export/task/query")]
    pub fn query_export_task(
        &self,
        request: &QueryExportTaskRequest,
    ) -> rt::Call<QueryExportTaskResponseBody, QueryExportTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryExportTask",
            rt::Method::Get,
            "/v2.0/doc/me/export/task/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询文档内容获取任务状态
    ///
    /// `GET /v2.0/doc/contents/{dentryUuid}/jobStatuses`: DingTalk's `QueryGetContentJob` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGetContentJob")]
    #[doc(alias = "/v2.0/doc/contents/{dentryUuid}/jobStatuses")]
    #[doc(alias = "GET /v2.0/doc/contents/{dentryUuid}/jobStatuses")]
    pub fn query_get_content_job(
        &self,
        dentry_uuid: &str,
        request: &QueryGetContentJobRequest,
    ) -> rt::Call<QueryGetContentJobResponseBody, QueryGetContentJobError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGetContentJob",
            rt::Method::Get,
            "/v2.0/doc/contents/{dentryUuid}/jobStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 根据链接查询节点或知识库信息
    ///
    /// `GET /v2.0/doc/items`: DingTalk's `QueryItemByUrl` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryItemByUrl")]
    #[doc(alias = "/v2.0/doc/items")]
    #[doc(alias = "GET /v2.0/doc/items")]
    pub fn query_item_by_url(
        &self,
        request: &QueryItemByUrlRequest,
    ) -> rt::Call<QueryItemByUrlResponseBody, QueryItemByUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryItemByUrl",
            rt::Method::Get,
            "/v2.0/doc/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户的「我的文档」
    ///
    /// `GET /v2.0/doc/spaces/users/{unionId}/mine`: DingTalk's `QueryMineSpace` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMineSpace")]
    #[doc(alias = "/v2.0/doc/spaces/users/{unionId}/mine")]
    #[doc(alias = "GET /v2.0/doc/spaces/users/{unionId}/mine")]
    pub fn query_mine_space(
        &self,
        union_id: &str,
    ) -> rt::Call<SpaceVO, QueryMineSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMineSpace",
            rt::Method::Get,
            "/v2.0/doc/spaces/users/{unionId}/mine",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], &())
    }
    /// 查询最近列表
    ///
    /// `GET /v2.0/doc/spaces/docs/recent`: DingTalk's `QueryRecentList` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_recent_list_pages`].
    #[doc(alias = "QueryRecentList")]
    #[doc(alias = "/v2.0/doc/spaces/docs/recent")]
    #[doc(alias = "GET /v2.0/doc/spaces/docs/recent")]
    pub fn query_recent_list(
        &self,
        request: &QueryRecentListRequest,
    ) -> rt::Call<QueryRecentListResponseBody, QueryRecentListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRecentList",
            rt::Method::Get,
            "/v2.0/doc/spaces/docs/recent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定知识库信息
    ///
    /// `GET /v2.0/doc/spaces/{spaceId}`: DingTalk's `QuerySpace` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySpace")]
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}")]
    #[doc(alias = "GET /v2.0/doc/spaces/{spaceId}")]
    pub fn query_space(
        &self,
        space_id: &str,
        request: &QuerySpaceRequest,
    ) -> rt::Call<SpaceVO, QuerySpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySpace",
            rt::Method::Get,
            "/v2.0/doc/spaces/{spaceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 查询与我关联的知识库列表（支持筛选小组）
    ///
    /// `GET /v2.0/doc/relations/spaces`: DingTalk's `RelatedSpaces` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::related_spaces_pages`].
    #[doc(alias = "RelatedSpaces")]
    #[doc(alias = "/v2.0/doc/relations/spaces")]
    #[doc(alias = "GET /v2.0/doc/relations/spaces")]
    pub fn related_spaces(
        &self,
        request: &RelatedSpacesRequest,
    ) -> rt::Call<RelatedSpacesResponseBody, RelatedSpacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RelatedSpaces",
            rt::Method::Get,
            "/v2.0/doc/relations/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除小组成员
    ///
    /// `PUT /v2.0/doc/teams/{teamId}/members/remove`: DingTalk's `RemoveTeamMembers` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveTeamMembers")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/members/remove")]
    #[doc(alias = "PUT /v2.0/doc/teams/{teamId}/members/remove")]
    pub fn remove_team_members(
        &self,
        team_id: &str,
        request: &RemoveTeamMembersRequest,
    ) -> rt::Call<RemoveTeamMembersResponseBody, RemoveTeamMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveTeamMembers",
            rt::Method::Put,
            "/v2.0/doc/teams/{teamId}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 知识库节点（包括文档和文件夹）重命名
    ///
    /// `POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/rename`: DingTalk's `RenameDentry` (module feature `doc_2_0`).
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
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/rename")]
    #[doc(alias = "POST /v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/rename")]
    pub fn rename_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &RenameDentryRequest,
    ) -> rt::Call<DentryVO, RenameDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenameDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{spaceId}/dentries/{dentryId}/rename",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 添加或修改小组成员
    ///
    /// `PUT /v2.0/doc/teams/{teamId}/members`: DingTalk's `SaveTeamMembers` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveTeamMembers")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}/members")]
    #[doc(alias = "PUT /v2.0/doc/teams/{teamId}/members")]
    pub fn save_team_members(
        &self,
        team_id: &str,
        request: &SaveTeamMembersRequest,
    ) -> rt::Call<SaveTeamMembersResponseBody, SaveTeamMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveTeamMembers",
            rt::Method::Put,
            "/v2.0/doc/teams/{teamId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 搜索知识库和节点
    ///
    /// `POST /v2.0/doc/search`: DingTalk's `Search` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Search")]
    #[doc(alias = "/v2.0/doc/search")]
    #[doc(alias = "POST /v2.0/doc/search")]
    pub fn search(
        &self,
        request: &SearchRequest,
    ) -> rt::Call<SearchResponseBody, SearchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Search",
            rt::Method::Post,
            "/v2.0/doc/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索模板中心模板
    ///
    /// `POST /v2.0/doc/templates/search`: DingTalk's `SearchTemplates` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchTemplates")]
    #[doc(alias = "/v2.0/doc/templates/search")]
    #[doc(alias = "POST /v2.0/doc/templates/search")]
    pub fn search_templates(
        &self,
        request: &SearchTemplatesRequest,
    ) -> rt::Call<SearchTemplatesResponseBody, SearchTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTemplates",
            rt::Method::Post,
            "/v2.0/doc/templates/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取文件打开链接
    ///
    /// `POST /v2.0/doc/dentries/shareUrls/query`: DingTalk's `ShareUrl` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ShareUrl")]
    #[doc(alias = "/v2.0/doc/dentries/shareUrls/query")]
    #[doc(alias = "POST /v2.0/doc/dentries/shareUrls/query")]
    pub fn share_url(
        &self,
        request: &ShareUrlRequest,
    ) -> rt::Call<ShareUrlResponseBody, ShareUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ShareUrl",
            rt::Method::Post,
            "/v2.0/doc/dentries/shareUrls/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过dentryUuid提交文档导出任务
    ///
    /// `POST /v2.0/doc/me/export/submit`: DingTalk's `SubmitExportJob` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitExportJob")]
    #[doc(alias = "/v2.0/doc/me/export/submit")]
    #[doc(alias = "POST /v2.0/doc/me/export/submit")]
    pub fn submit_export_job(
        &self,
        request: &SubmitExportJobRequest,
    ) -> rt::Call<SubmitExportJobResponseBody, SubmitExportJobError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitExportJob",
            rt::Method::Post,
            "/v2.0/doc/me/export/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交文档内容获取任务
    ///
    /// `PUT /v2.0/doc/contents/{dentryUuid}/jobs`: DingTalk's `SubmitGetContentJob` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitGetContentJob")]
    #[doc(alias = "/v2.0/doc/contents/{dentryUuid}/jobs")]
    #[doc(alias = "PUT /v2.0/doc/contents/{dentryUuid}/jobs")]
    pub fn submit_get_content_job(
        &self,
        dentry_uuid: &str,
        request: &SubmitGetContentJobRequest,
    ) -> rt::Call<SubmitGetContentJobResponseBody, SubmitGetContentJobError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitGetContentJob",
            rt::Method::Put,
            "/v2.0/doc/contents/{dentryUuid}/jobs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取知识库模板列表
    ///
    /// `POST /v2.0/doc/workspaces/templates/query`: DingTalk's `TeamTemplates` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TeamTemplates")]
    #[doc(alias = "/v2.0/doc/workspaces/templates/query")]
    #[doc(alias = "POST /v2.0/doc/workspaces/templates/query")]
    pub fn team_templates(
        &self,
        request: &TeamTemplatesRequest,
    ) -> rt::Call<TeamTemplatesResponseBody, TeamTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TeamTemplates",
            rt::Method::Post,
            "/v2.0/doc/workspaces/templates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取模板分类列表
    ///
    /// `POST /v2.0/doc/templates/categories/query`: DingTalk's `TemplateCategories` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TemplateCategories")]
    #[doc(alias = "/v2.0/doc/templates/categories/query")]
    #[doc(alias = "POST /v2.0/doc/templates/categories/query")]
    pub fn template_categories(
        &self,
        request: &TemplateCategoriesRequest,
    ) -> rt::Call<TemplateCategoriesResponseBody, TemplateCategoriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TemplateCategories",
            rt::Method::Post,
            "/v2.0/doc/templates/categories/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消文档定稿
    ///
    /// `POST /v2.0/doc/dentries/unlock`: DingTalk's `UnlockDoc` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnlockDoc")]
    #[doc(alias = "/v2.0/doc/dentries/unlock")]
    #[doc(alias = "POST /v2.0/doc/dentries/unlock")]
    pub fn unlock_doc(
        &self,
        request: &UnlockDocRequest,
    ) -> rt::Call<UnlockDocResponseBody, UnlockDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnlockDoc",
            rt::Method::Post,
            "/v2.0/doc/dentries/unlock",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过委托授权取消文档定稿
    ///
    /// `POST /v2.0/doc/me/dentries/unlock`: DingTalk's `UnlockDocByDelegatedPermission` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnlockDocByDelegatedPermission")]
    #[doc(alias = "/v2.0/doc/me/dentries/unlock")]
    #[doc(alias = "POST /v2.0/doc/me/dentries/unlock")]
    pub fn unlock_doc_by_delegated_permission(
        &self,
        request: &UnlockDocByDelegatedPermissionRequest,
    ) -> rt::Call<
        UnlockDocByDelegatedPermissionResponseBody,
        UnlockDocByDelegatedPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnlockDocByDelegatedPermission",
            rt::Method::Post,
            "/v2.0/doc/me/dentries/unlock",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消标记星标
    ///
    /// `POST /v2.0/doc/dentries/{dentryUuid}/stars/unmark`: DingTalk's `UnmarkStar` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnmarkStar")]
    #[doc(alias = "/v2.0/doc/dentries/{dentryUuid}/stars/unmark")]
    #[doc(alias = "POST /v2.0/doc/dentries/{dentryUuid}/stars/unmark")]
    pub fn unmark_star(
        &self,
        dentry_uuid: &str,
        request: &UnmarkStarRequest,
    ) -> rt::Call<UnmarkStarResponseBody, UnmarkStarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnmarkStar",
            rt::Method::Post,
            "/v2.0/doc/dentries/{dentryUuid}/stars/unmark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 取消置顶知识库
    ///
    /// `POST /v2.0/doc/spaces/{spaceId}/unpin`: DingTalk's `UnpinSpace` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnpinSpace")]
    #[doc(alias = "/v2.0/doc/spaces/{spaceId}/unpin")]
    #[doc(alias = "POST /v2.0/doc/spaces/{spaceId}/unpin")]
    pub fn unpin_space(
        &self,
        space_id: &str,
        request: &UnpinSpaceRequest,
    ) -> rt::Call<UnpinSpaceResponseBody, UnpinSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnpinSpace",
            rt::Method::Post,
            "/v2.0/doc/spaces/{spaceId}/unpin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 更新小组
    ///
    /// `PUT /v2.0/doc/teams/{teamId}`: DingTalk's `UpdateTeam` (module feature `doc_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTeam")]
    #[doc(alias = "/v2.0/doc/teams/{teamId}")]
    #[doc(alias = "PUT /v2.0/doc/teams/{teamId}")]
    pub fn update_team(
        &self,
        team_id: &str,
        request: &UpdateTeamRequest,
    ) -> rt::Call<TeamVO, UpdateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTeam",
            rt::Method::Put,
            "/v2.0/doc/teams/{teamId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 用户模板列表
    ///
    /// `POST /v2.0/doc/users/templates/query`: DingTalk's `UserTemplates` (module feature `doc_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UserTemplates")]
    #[doc(alias = "/v2.0/doc/users/templates/query")]
    #[doc(alias = "POST /v2.0/doc/users/templates/query")]
    pub fn user_templates(
        &self,
        request: &UserTemplatesRequest,
    ) -> rt::Call<UserTemplatesResponseBody, UserTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UserTemplates",
            rt::Method::Post,
            "/v2.0/doc/users/templates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_space_directories`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `children` of each page.
    pub fn get_space_directories_pages(
        &self,
        space_id: &str,
        request: &GetSpaceDirectoriesRequest,
    ) -> rt::Paginator<
        GetSpaceDirectoriesResponseBody,
        GetSpaceDirectoriesError,
        DentryModel,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["children"],
        );
        rt::Paginator::new(self.get_space_directories(space_id, request), &PAGING)
    }
    /// Every page of [`Api::list_feeds`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `items` of each page.
    pub fn list_feeds_pages(
        &self,
        team_id: &str,
        request: &ListFeedsRequest,
    ) -> rt::Paginator<
        ListFeedsResponseBody,
        ListFeedsError,
        ListFeedsResponseBodyItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["items"],
        );
        rt::Paginator::new(self.list_feeds(team_id, request), &PAGING)
    }
    /// Every page of [`Api::list_related_teams`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `items` of each page.
    pub fn list_related_teams_pages(
        &self,
        request: &ListRelatedTeamsRequest,
    ) -> rt::Paginator<ListRelatedTeamsResponseBody, ListRelatedTeamsError, TeamModel> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["items"],
        );
        rt::Paginator::new(self.list_related_teams(request), &PAGING)
    }
    /// Every page of [`Api::query_recent_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `recentList` of each page.
    pub fn query_recent_list_pages(
        &self,
        request: &QueryRecentListRequest,
    ) -> rt::Paginator<
        QueryRecentListResponseBody,
        QueryRecentListError,
        QueryRecentListResponseBodyRecentList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["recentList"],
        );
        rt::Paginator::new(self.query_recent_list(request), &PAGING)
    }
    /// Every page of [`Api::related_spaces`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `items` of each page.
    pub fn related_spaces_pages(
        &self,
        request: &RelatedSpacesRequest,
    ) -> rt::Paginator<
        RelatedSpacesResponseBody,
        RelatedSpacesError,
        RelatedSpacesResponseBodyItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["items"],
        );
        rt::Paginator::new(self.related_spaces(request), &PAGING)
    }
}
/// `BatchCreateTeamRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTeamRequestParam {
    /// `createTeamParamList`.
    pub create_team_param_list: Vec<BatchCreateTeamRequestParamCreateTeamParamList>,
}
/// The required fields of [`BatchCreateTeamRequestParam`], each named where it is set: `BatchCreateTeamRequestParam::new(BatchCreateTeamRequestParamRequired { .. })`.
pub struct BatchCreateTeamRequestParamRequired {
    /// `createTeamParamList`: see [`BatchCreateTeamRequestParam::create_team_param_list`].
    pub create_team_param_list: Vec<BatchCreateTeamRequestParamCreateTeamParamList>,
}
impl BatchCreateTeamRequestParam {
    /// A `BatchCreateTeamRequestParam` with its required fields (`createTeamParamList`); set the others with the methods named after them.
    pub fn new(required: BatchCreateTeamRequestParamRequired) -> Self {
        let BatchCreateTeamRequestParamRequired { create_team_param_list } = required;
        Self { create_team_param_list }
    }
}
rt::impl_serialize! {
    BatchCreateTeamRequestParam { "createTeamParamList" => field(create_team_param_list)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateTeamRequestParam { "createTeamParamList" =>
    read_field(create_team_param_list) }
}
/// `BatchCreateTeamResponseBody`, a model several operations share: also named [`BatchDeleteRecentsResponseBody`], [`CopyWorkspaceResponseBody`], [`CrossOrgMigrateResponseBody`], [`HandoverTeamWithoutAuthResponseBody`], [`LockDocResponseBody`], [`LockDocByDelegatedPermissionResponseBody`], [`MarkStarResponseBody`], [`PinSpaceResponseBody`], [`UnlockDocResponseBody`], [`UnlockDocByDelegatedPermissionResponseBody`], [`UnmarkStarResponseBody`], [`UnpinSpaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreateTeamResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchCreateTeamResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateTeamResponseBody { "success" => optional(success) }
}
/// `BatchDeleteRecentsResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type BatchDeleteRecentsResponseBody = BatchCreateTeamResponseBody;
/// `CategoriesTemplatesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoriesTemplatesRequestOption {
    /// `categoryStatus`.
    pub category_status: Option<i64>,
    /// `queryPlatform`.
    pub query_platform: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `templateStatus`.
    pub template_status: Option<i64>,
}
impl CategoriesTemplatesRequestOption {
    /// An empty `CategoriesTemplatesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryStatus`.
    pub fn category_status(mut self, value: i64) -> Self {
        self.category_status = Some(value);
        self
    }
    /// Sets `queryPlatform`.
    pub fn query_platform(mut self, value: impl Into<String>) -> Self {
        self.query_platform = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `templateStatus`.
    pub fn template_status(mut self, value: i64) -> Self {
        self.template_status = Some(value);
        self
    }
}
rt::impl_serialize! {
    CategoriesTemplatesRequestOption { "categoryStatus" => optional(category_status),
    "queryPlatform" => optional(query_platform), "size" => optional(size),
    "templateStatus" => optional(template_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoriesTemplatesRequestOption { "categoryStatus" => read_field(category_status),
    "queryPlatform" => read_field(query_platform), "size" => read_field(size),
    "templateStatus" => read_field(template_status) }
}
/// `CategoriesTemplatesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CategoriesTemplatesRequestParam {
    /// `categoryIds`.
    pub category_ids: Vec<String>,
}
/// The required fields of [`CategoriesTemplatesRequestParam`], each named where it is set: `CategoriesTemplatesRequestParam::new(CategoriesTemplatesRequestParamRequired { .. })`.
pub struct CategoriesTemplatesRequestParamRequired {
    /// `categoryIds`: see [`CategoriesTemplatesRequestParam::category_ids`].
    pub category_ids: Vec<String>,
}
impl CategoriesTemplatesRequestParam {
    /// A `CategoriesTemplatesRequestParam` with its required fields (`categoryIds`); set the others with the methods named after them.
    pub fn new(required: CategoriesTemplatesRequestParamRequired) -> Self {
        let CategoriesTemplatesRequestParamRequired { category_ids } = required;
        Self { category_ids }
    }
}
rt::impl_serialize! {
    CategoriesTemplatesRequestParam { "categoryIds" => field(category_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoriesTemplatesRequestParam { "categoryIds" => read_field(category_ids) }
}
/// `CategoriesTemplatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CategoriesTemplatesResponseBody {
    /// `map`.
    pub map: Option<rt::BTreeMap<String, Vec<MapValue>>>,
}
rt::impl_deserialize! {
    CategoriesTemplatesResponseBody { "map" => read_field(map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CategoriesTemplatesResponseBody { "map" => optional(map) }
}
/// `CategoryTemplatesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoryTemplatesRequestOption {
    /// `categoryStatus`.
    pub category_status: Option<i64>,
    /// `templateStatus`.
    pub template_status: Option<i64>,
}
impl CategoryTemplatesRequestOption {
    /// An empty `CategoryTemplatesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryStatus`.
    pub fn category_status(mut self, value: i64) -> Self {
        self.category_status = Some(value);
        self
    }
    /// Sets `templateStatus`.
    pub fn template_status(mut self, value: i64) -> Self {
        self.template_status = Some(value);
        self
    }
}
rt::impl_serialize! {
    CategoryTemplatesRequestOption { "categoryStatus" => optional(category_status),
    "templateStatus" => optional(template_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoryTemplatesRequestOption { "categoryStatus" => read_field(category_status),
    "templateStatus" => read_field(template_status) }
}
/// `CategoryTemplatesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CategoryTemplatesRequestParam {
    /// `categoryId`.
    pub category_id: String,
}
/// The required fields of [`CategoryTemplatesRequestParam`], each named where it is set: `CategoryTemplatesRequestParam::new(CategoryTemplatesRequestParamRequired { .. })`.
pub struct CategoryTemplatesRequestParamRequired {
    /// `categoryId`: see [`CategoryTemplatesRequestParam::category_id`].
    pub category_id: String,
}
impl CategoryTemplatesRequestParam {
    /// A `CategoryTemplatesRequestParam` with its required fields (`categoryId`); set the others with the methods named after them.
    pub fn new(required: CategoryTemplatesRequestParamRequired) -> Self {
        let CategoryTemplatesRequestParamRequired { category_id } = required;
        Self { category_id }
    }
}
rt::impl_serialize! {
    CategoryTemplatesRequestParam { "categoryId" => field(category_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoryTemplatesRequestParam { "categoryId" => read_field(category_id) }
}
/// `CategoryTemplatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CategoryTemplatesResponseBody {
    /// `list`.
    pub list: Option<Vec<CategoryTemplatesResponseBodyList>>,
}
rt::impl_deserialize! {
    CategoryTemplatesResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CategoryTemplatesResponseBody { "list" => optional(list) }
}
/// `DentryVO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryVO {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creator`.
    pub creator: Option<DentryVOCreator>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `dentryType`.
    pub dentry_type: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `hasChildren`.
    pub has_children: Option<bool>,
    /// `linkSourceInfo`.
    pub link_source_info: Option<LinkSourceInfo>,
    /// `name`.
    pub name: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `space`.
    pub space: Option<SpaceModel>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `updatedTime`.
    pub updated_time: Option<i64>,
    /// `updater`.
    pub updater: Option<DentryVOUpdater>,
    /// `url`.
    pub url: Option<String>,
    /// `visitorInfo`.
    pub visitor_info: Option<DentryVOVisitorInfo>,
}
rt::impl_deserialize! {
    DentryVO { "contentType" => read_field(content_type), "createdTime" =>
    read_field(created_time), "creator" => read_field(creator), "dentryId" =>
    read_field(dentry_id), "dentryType" => read_field(dentry_type), "dentryUuid" =>
    read_field(dentry_uuid), "docKey" => read_field(doc_key), "extension" =>
    read_field(extension), "hasChildren" => read_field(has_children), "linkSourceInfo" =>
    read_field(link_source_info), "name" => read_field(name), "path" => read_field(path),
    "space" => read_field(space), "spaceId" => read_field(space_id), "updatedTime" =>
    read_field(updated_time), "updater" => read_field(updater), "url" => read_field(url),
    "visitorInfo" => read_field(visitor_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryVO { "contentType" => optional(content_type), "createdTime" =>
    optional(created_time), "creator" => optional(creator), "dentryId" =>
    optional(dentry_id), "dentryType" => optional(dentry_type), "dentryUuid" =>
    optional(dentry_uuid), "docKey" => optional(doc_key), "extension" =>
    optional(extension), "hasChildren" => optional(has_children), "linkSourceInfo" =>
    optional(link_source_info), "name" => optional(name), "path" => optional(path),
    "space" => optional(space), "spaceId" => optional(space_id), "updatedTime" =>
    optional(updated_time), "updater" => optional(updater), "url" => optional(url),
    "visitorInfo" => optional(visitor_info) }
}
/// `CopyDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyDocRequestParam {
    /// `sourceDentryUuid`.
    pub source_dentry_uuid: String,
    /// `targetParentDentryUuid`.
    pub target_parent_dentry_uuid: String,
    /// `targetPreDentryUuid`.
    pub target_pre_dentry_uuid: Option<String>,
}
/// The required fields of [`CopyDocRequestParam`], each named where it is set: `CopyDocRequestParam::new(CopyDocRequestParamRequired { .. })`.
pub struct CopyDocRequestParamRequired {
    /// `sourceDentryUuid`: see [`CopyDocRequestParam::source_dentry_uuid`].
    pub source_dentry_uuid: String,
    /// `targetParentDentryUuid`: see [`CopyDocRequestParam::target_parent_dentry_uuid`].
    pub target_parent_dentry_uuid: String,
}
impl CopyDocRequestParam {
    /// A `CopyDocRequestParam` with its required fields (`sourceDentryUuid`, `targetParentDentryUuid`); set the others with the methods named after them.
    pub fn new(required: CopyDocRequestParamRequired) -> Self {
        let CopyDocRequestParamRequired {
            source_dentry_uuid,
            target_parent_dentry_uuid,
        } = required;
        Self {
            source_dentry_uuid,
            target_parent_dentry_uuid,
            target_pre_dentry_uuid: None,
        }
    }
    /// Sets `targetPreDentryUuid`.
    pub fn target_pre_dentry_uuid(mut self, value: impl Into<String>) -> Self {
        self.target_pre_dentry_uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyDocRequestParam { "sourceDentryUuid" => field(source_dentry_uuid),
    "targetParentDentryUuid" => field(target_parent_dentry_uuid), "targetPreDentryUuid"
    => optional(target_pre_dentry_uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDocRequestParam { "sourceDentryUuid" => read_field(source_dentry_uuid),
    "targetParentDentryUuid" => read_field(target_parent_dentry_uuid),
    "targetPreDentryUuid" => read_field(target_pre_dentry_uuid) }
}
/// `CopyDocResponseBody`, a model several operations share: also named [`CopyDocWithAppAuthResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyDocResponseBody {
    /// `isAsync`.
    pub is_async: Option<bool>,
    /// `syncCopyResult`.
    pub sync_copy_result: Option<CopyDocResponseBodySyncCopyResult>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CopyDocResponseBody { "isAsync" => read_field(is_async), "syncCopyResult" =>
    read_field(sync_copy_result), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyDocResponseBody { "isAsync" => optional(is_async), "syncCopyResult" =>
    optional(sync_copy_result), "taskId" => optional(task_id) }
}
/// `CopyDocWithAppAuthResponseBody`: the same model as [`CopyDocResponseBody`].
pub type CopyDocWithAppAuthResponseBody = CopyDocResponseBody;
/// `CopyWorkspaceRequestParam`, a model several operations share: also named [`CopyWorkspaceAsyncRequestParam`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyWorkspaceRequestParam {
    /// `originWorkspaceId`.
    pub origin_workspace_id: Option<String>,
}
impl CopyWorkspaceRequestParam {
    /// An empty `CopyWorkspaceRequestParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `originWorkspaceId`.
    pub fn origin_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.origin_workspace_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyWorkspaceRequestParam { "originWorkspaceId" => optional(origin_workspace_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyWorkspaceRequestParam { "originWorkspaceId" => read_field(origin_workspace_id) }
}
/// `CopyWorkspaceResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type CopyWorkspaceResponseBody = BatchCreateTeamResponseBody;
/// `CopyWorkspaceAsyncRequestParam`: the same model as [`CopyWorkspaceRequestParam`].
pub type CopyWorkspaceAsyncRequestParam = CopyWorkspaceRequestParam;
/// `CopyWorkspaceAsyncResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyWorkspaceAsyncResponseBody {
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    CopyWorkspaceAsyncResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyWorkspaceAsyncResponseBody { "id" => optional(id) }
}
/// `CreateShortcutRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateShortcutRequestParam {
    /// `sourceResourceId`.
    pub source_resource_id: String,
    /// `sourceResourceType`.
    pub source_resource_type: String,
    /// `targetResourceId`.
    pub target_resource_id: String,
    /// `targetResourceName`.
    pub target_resource_name: Option<String>,
    /// `targetResourceType`.
    pub target_resource_type: String,
}
/// The required fields of [`CreateShortcutRequestParam`], each named where it is set: `CreateShortcutRequestParam::new(CreateShortcutRequestParamRequired { .. })`.
pub struct CreateShortcutRequestParamRequired {
    /// `sourceResourceId`: see [`CreateShortcutRequestParam::source_resource_id`].
    pub source_resource_id: String,
    /// `sourceResourceType`: see [`CreateShortcutRequestParam::source_resource_type`].
    pub source_resource_type: String,
    /// `targetResourceId`: see [`CreateShortcutRequestParam::target_resource_id`].
    pub target_resource_id: String,
    /// `targetResourceType`: see [`CreateShortcutRequestParam::target_resource_type`].
    pub target_resource_type: String,
}
impl CreateShortcutRequestParam {
    /// A `CreateShortcutRequestParam` with its required fields (`sourceResourceId`, `sourceResourceType`, `targetResourceId`, `targetResourceType`); set the others with the methods named after them.
    pub fn new(required: CreateShortcutRequestParamRequired) -> Self {
        let CreateShortcutRequestParamRequired {
            source_resource_id,
            source_resource_type,
            target_resource_id,
            target_resource_type,
        } = required;
        Self {
            source_resource_id,
            source_resource_type,
            target_resource_id,
            target_resource_name: None,
            target_resource_type,
        }
    }
    /// Sets `targetResourceName`.
    pub fn target_resource_name(mut self, value: impl Into<String>) -> Self {
        self.target_resource_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateShortcutRequestParam { "sourceResourceId" => field(source_resource_id),
    "sourceResourceType" => field(source_resource_type), "targetResourceId" =>
    field(target_resource_id), "targetResourceName" => optional(target_resource_name),
    "targetResourceType" => field(target_resource_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateShortcutRequestParam { "sourceResourceId" => read_field(source_resource_id),
    "sourceResourceType" => read_field(source_resource_type), "targetResourceId" =>
    read_field(target_resource_id), "targetResourceName" =>
    read_field(target_resource_name), "targetResourceType" =>
    read_field(target_resource_type) }
}
/// `CreateShortcutResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateShortcutResponseBody {
    /// `openDentryInfo`.
    pub open_dentry_info: Option<CreateShortcutResponseBodyOpenDentryInfo>,
}
rt::impl_deserialize! {
    CreateShortcutResponseBody { "openDentryInfo" => read_field(open_dentry_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateShortcutResponseBody { "openDentryInfo" => optional(open_dentry_info) }
}
/// `CreateShortcutForMigrateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateShortcutForMigrateResponseBody {
    /// `openDentryInfo`.
    pub open_dentry_info: Option<CreateShortcutForMigrateResponseBodyOpenDentryInfo>,
}
rt::impl_deserialize! {
    CreateShortcutForMigrateResponseBody { "openDentryInfo" =>
    read_field(open_dentry_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateShortcutForMigrateResponseBody { "openDentryInfo" => optional(open_dentry_info)
    }
}
/// `CreateSpaceRequestShareScope`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSpaceRequestShareScope {
    /// `scope`.
    pub scope: i64,
}
/// The required fields of [`CreateSpaceRequestShareScope`], each named where it is set: `CreateSpaceRequestShareScope::new(CreateSpaceRequestShareScopeRequired { .. })`.
pub struct CreateSpaceRequestShareScopeRequired {
    /// `scope`: see [`CreateSpaceRequestShareScope::scope`].
    pub scope: i64,
}
impl CreateSpaceRequestShareScope {
    /// A `CreateSpaceRequestShareScope` with its required fields (`scope`); set the others with the methods named after them.
    pub fn new(required: CreateSpaceRequestShareScopeRequired) -> Self {
        let CreateSpaceRequestShareScopeRequired { scope } = required;
        Self { scope }
    }
}
rt::impl_serialize! {
    CreateSpaceRequestShareScope { "scope" => field(scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSpaceRequestShareScope { "scope" => read_field(scope) }
}
/// `SpaceVO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SpaceVO {
    /// `cover`.
    pub cover: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `iconVO`.
    pub icon_vo: Option<SpaceVOIconVO>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<SpaceVOOwner>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `visitorInfo`.
    pub visitor_info: Option<SpaceVOVisitorInfo>,
}
rt::impl_deserialize! {
    SpaceVO { "cover" => read_field(cover), "description" => read_field(description),
    "iconVO" => read_field(icon_vo), "id" => read_field(id), "name" => read_field(name),
    "owner" => read_field(owner), "type" => read_field(r#type), "url" => read_field(url),
    "visitorInfo" => read_field(visitor_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SpaceVO { "cover" => optional(cover), "description" => optional(description),
    "iconVO" => optional(icon_vo), "id" => optional(id), "name" => optional(name),
    "owner" => optional(owner), "type" => optional(r#type), "url" => optional(url),
    "visitorInfo" => optional(visitor_info) }
}
/// `CreateTeamRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTeamRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: i64,
    /// `roleCode`.
    pub role_code: String,
}
/// The required fields of [`CreateTeamRequestMembers`], each named where it is set: `CreateTeamRequestMembers::new(CreateTeamRequestMembersRequired { .. })`.
pub struct CreateTeamRequestMembersRequired {
    /// `memberId`: see [`CreateTeamRequestMembers::member_id`].
    pub member_id: String,
    /// `memberType`: see [`CreateTeamRequestMembers::member_type`].
    pub member_type: i64,
    /// `roleCode`: see [`CreateTeamRequestMembers::role_code`].
    pub role_code: String,
}
impl CreateTeamRequestMembers {
    /// A `CreateTeamRequestMembers` with its required fields (`memberId`, `memberType`, `roleCode`); set the others with the methods named after them.
    pub fn new(required: CreateTeamRequestMembersRequired) -> Self {
        let CreateTeamRequestMembersRequired { member_id, member_type, role_code } = required;
        Self {
            member_id,
            member_type,
            role_code,
        }
    }
}
rt::impl_serialize! {
    CreateTeamRequestMembers { "memberId" => field(member_id), "memberType" =>
    field(member_type), "roleCode" => field(role_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTeamRequestMembers { "memberId" => read_field(member_id), "memberType" =>
    read_field(member_type), "roleCode" => read_field(role_code) }
}
/// `TeamVO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamVO {
    /// `cover`.
    pub cover: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creator`.
    pub creator: Option<TeamVOCreator>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `relatedDeptInfo`.
    pub related_dept_info: Option<TeamVORelatedDeptInfo>,
    /// `shareScopeInfo`.
    pub share_scope_info: Option<TeamVOShareScopeInfo>,
    /// `status`.
    pub status: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `updatedTime`.
    pub updated_time: Option<i64>,
    /// `updater`.
    pub updater: Option<TeamVOUpdater>,
    /// `url`.
    pub url: Option<String>,
    /// `visitInfo`.
    pub visit_info: Option<TeamVOVisitInfo>,
}
rt::impl_deserialize! {
    TeamVO { "cover" => read_field(cover), "createdTime" => read_field(created_time),
    "creator" => read_field(creator), "description" => read_field(description), "icon" =>
    read_field(icon), "id" => read_field(id), "name" => read_field(name),
    "relatedDeptInfo" => read_field(related_dept_info), "shareScopeInfo" =>
    read_field(share_scope_info), "status" => read_field(status), "type" =>
    read_field(r#type), "updatedTime" => read_field(updated_time), "updater" =>
    read_field(updater), "url" => read_field(url), "visitInfo" => read_field(visit_info)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamVO { "cover" => optional(cover), "createdTime" => optional(created_time),
    "creator" => optional(creator), "description" => optional(description), "icon" =>
    optional(icon), "id" => optional(id), "name" => optional(name), "relatedDeptInfo" =>
    optional(related_dept_info), "shareScopeInfo" => optional(share_scope_info), "status"
    => optional(status), "type" => optional(r#type), "updatedTime" =>
    optional(updated_time), "updater" => optional(updater), "url" => optional(url),
    "visitInfo" => optional(visit_info) }
}
/// `CrossOrgMigrateRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CrossOrgMigrateRequestOption {
    /// `checkOperatorSourceRole`.
    pub check_operator_source_role: Option<bool>,
    /// `deleteSource`.
    pub delete_source: Option<bool>,
    /// `needRecycleFailedWorkspaceId`.
    pub need_recycle_failed_workspace_id: Option<bool>,
    /// `relateTeamId`.
    pub relate_team_id: Option<i64>,
    /// `relateTeamIdStr`.
    pub relate_team_id_str: Option<String>,
    /// `retainOrgGroup`.
    pub retain_org_group: Option<bool>,
    /// `skipRole`.
    pub skip_role: Option<bool>,
    /// `workspaceIdStrs`.
    pub workspace_id_strs: Option<Vec<String>>,
    /// `workspaceIds`.
    pub workspace_ids: Option<Vec<i64>>,
}
impl CrossOrgMigrateRequestOption {
    /// An empty `CrossOrgMigrateRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `checkOperatorSourceRole`.
    pub fn check_operator_source_role(mut self, value: bool) -> Self {
        self.check_operator_source_role = Some(value);
        self
    }
    /// Sets `deleteSource`.
    pub fn delete_source(mut self, value: bool) -> Self {
        self.delete_source = Some(value);
        self
    }
    /// Sets `needRecycleFailedWorkspaceId`.
    pub fn need_recycle_failed_workspace_id(mut self, value: bool) -> Self {
        self.need_recycle_failed_workspace_id = Some(value);
        self
    }
    /// Sets `relateTeamId`.
    pub fn relate_team_id(mut self, value: i64) -> Self {
        self.relate_team_id = Some(value);
        self
    }
    /// Sets `relateTeamIdStr`.
    pub fn relate_team_id_str(mut self, value: impl Into<String>) -> Self {
        self.relate_team_id_str = Some(value.into());
        self
    }
    /// Sets `retainOrgGroup`.
    pub fn retain_org_group(mut self, value: bool) -> Self {
        self.retain_org_group = Some(value);
        self
    }
    /// Sets `skipRole`.
    pub fn skip_role(mut self, value: bool) -> Self {
        self.skip_role = Some(value);
        self
    }
    /// Sets `workspaceIdStrs`.
    pub fn workspace_id_strs(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.workspace_id_strs = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `workspaceIds`.
    pub fn workspace_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.workspace_ids = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CrossOrgMigrateRequestOption { "checkOperatorSourceRole" =>
    optional(check_operator_source_role), "deleteSource" => optional(delete_source),
    "needRecycleFailedWorkspaceId" => optional(need_recycle_failed_workspace_id),
    "relateTeamId" => optional(relate_team_id), "relateTeamIdStr" =>
    optional(relate_team_id_str), "retainOrgGroup" => optional(retain_org_group),
    "skipRole" => optional(skip_role), "workspaceIdStrs" => optional(workspace_id_strs),
    "workspaceIds" => optional(workspace_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CrossOrgMigrateRequestOption { "checkOperatorSourceRole" =>
    read_field(check_operator_source_role), "deleteSource" => read_field(delete_source),
    "needRecycleFailedWorkspaceId" => read_field(need_recycle_failed_workspace_id),
    "relateTeamId" => read_field(relate_team_id), "relateTeamIdStr" =>
    read_field(relate_team_id_str), "retainOrgGroup" => read_field(retain_org_group),
    "skipRole" => read_field(skip_role), "workspaceIdStrs" =>
    read_field(workspace_id_strs), "workspaceIds" => read_field(workspace_ids) }
}
/// `CrossOrgMigrateRequestParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CrossOrgMigrateRequestParam {
    /// `corpId`.
    pub corp_id: Option<String>,
}
impl CrossOrgMigrateRequestParam {
    /// An empty `CrossOrgMigrateRequestParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CrossOrgMigrateRequestParam { "corpId" => optional(corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CrossOrgMigrateRequestParam { "corpId" => read_field(corp_id) }
}
/// `CrossOrgMigrateResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type CrossOrgMigrateResponseBody = BatchCreateTeamResponseBody;
/// `DocContentRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocContentRequestOption {
    /// `targetFormat`.
    pub target_format: Option<String>,
}
impl DocContentRequestOption {
    /// An empty `DocContentRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DocContentRequestOption { "targetFormat" => optional(target_format) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocContentRequestOption { "targetFormat" => read_field(target_format) }
}
/// `DocContentResponseBody`, a model several operations share: also named [`DocExportByDelegatedPermissionResponseBody`], [`GetDocContentResponseBody`], [`GetDocContentForELMResponseBody`], [`GetOrgOrWebOpenDocContentResponseBody`], [`QueryDocContentResponseBody`], [`SubmitGetContentJobResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocContentResponseBody {
    /// `taskId`.
    pub task_id: Option<i64>,
}
rt::impl_deserialize! {
    DocContentResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocContentResponseBody { "taskId" => optional(task_id) }
}
/// `DocExportByDelegatedPermissionResponseBody`: the same model as [`DocContentResponseBody`].
pub type DocExportByDelegatedPermissionResponseBody = DocContentResponseBody;
/// `DocUpdateContentWithDelegatedPermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocUpdateContentWithDelegatedPermissionResponseBody {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    DocUpdateContentWithDelegatedPermissionResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocUpdateContentWithDelegatedPermissionResponseBody { "data" => optional(data) }
}
/// `ExportDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExportDocRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `exportType`.
    pub export_type: String,
}
/// The required fields of [`ExportDocRequestParam`], each named where it is set: `ExportDocRequestParam::new(ExportDocRequestParamRequired { .. })`.
pub struct ExportDocRequestParamRequired {
    /// `dentryUuid`: see [`ExportDocRequestParam::dentry_uuid`].
    pub dentry_uuid: String,
    /// `exportType`: see [`ExportDocRequestParam::export_type`].
    pub export_type: String,
}
impl ExportDocRequestParam {
    /// A `ExportDocRequestParam` with its required fields (`dentryUuid`, `exportType`); set the others with the methods named after them.
    pub fn new(required: ExportDocRequestParamRequired) -> Self {
        let ExportDocRequestParamRequired { dentry_uuid, export_type } = required;
        Self { dentry_uuid, export_type }
    }
}
rt::impl_serialize! {
    ExportDocRequestParam { "dentryUuid" => field(dentry_uuid), "exportType" =>
    field(export_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExportDocRequestParam { "dentryUuid" => read_field(dentry_uuid), "exportType" =>
    read_field(export_type) }
}
/// `ExportDocResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExportDocResponseBody {
    /// `jobId`.
    pub job_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    ExportDocResponseBody { "jobId" => read_field(job_id), "status" => read_field(status)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExportDocResponseBody { "jobId" => optional(job_id), "status" => optional(status) }
}
/// `GetDentryIdByUuidResponseBody`, a model several operations share: also named [`GetUuidByDentryIdResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryIdByUuidResponseBody {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    GetDentryIdByUuidResponseBody { "dentryId" => read_field(dentry_id), "dentryUuid" =>
    read_field(dentry_uuid), "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryIdByUuidResponseBody { "dentryId" => optional(dentry_id), "dentryUuid" =>
    optional(dentry_uuid), "spaceId" => optional(space_id) }
}
/// `GetDocContentResponseBody`: the same model as [`DocContentResponseBody`].
pub type GetDocContentResponseBody = DocContentResponseBody;
/// `GetDocContentForELMResponseBody`: the same model as [`DocContentResponseBody`].
pub type GetDocContentForELMResponseBody = DocContentResponseBody;
/// `GetMySpaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMySpaceResponseBody {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
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
    GetMySpaceResponseBody { "createTime" => read_field(create_time), "modifyTime" =>
    read_field(modify_time), "quota" => read_field(quota), "spaceId" =>
    read_field(space_id), "spaceName" => read_field(space_name), "spaceType" =>
    read_field(space_type), "usedQuota" => read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMySpaceResponseBody { "createTime" => optional(create_time), "modifyTime" =>
    optional(modify_time), "quota" => optional(quota), "spaceId" => optional(space_id),
    "spaceName" => optional(space_name), "spaceType" => optional(space_type), "usedQuota"
    => optional(used_quota) }
}
/// `GetOrgOrWebOpenDocContentResponseBody`: the same model as [`DocContentResponseBody`].
pub type GetOrgOrWebOpenDocContentResponseBody = DocContentResponseBody;
/// `GetSchemaResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSchemaResponseBody {
    /// `revision`.
    pub revision: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetSchemaResponseBody { "revision" => read_field(revision), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSchemaResponseBody { "revision" => optional(revision), "value" => optional(value)
    }
}
/// `GetSpaceDirectoriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceDirectoriesResponseBody {
    /// `children`.
    pub children: Option<Vec<DentryModel>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    GetSpaceDirectoriesResponseBody { "children" => read_field(children), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceDirectoriesResponseBody { "children" => optional(children), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetStarInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetStarInfoResponseBody {
    /// `starred`.
    pub starred: Option<bool>,
}
rt::impl_deserialize! {
    GetStarInfoResponseBody { "starred" => read_field(starred) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStarInfoResponseBody { "starred" => optional(starred) }
}
/// `GetTaskInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskInfoResponseBody {
    /// `failCount`.
    pub fail_count: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `succCount`.
    pub succ_count: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskInfoResponseBody { "failCount" => read_field(fail_count), "status" =>
    read_field(status), "succCount" => read_field(succ_count), "taskId" =>
    read_field(task_id), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskInfoResponseBody { "failCount" => optional(fail_count), "status" =>
    optional(status), "succCount" => optional(succ_count), "taskId" => optional(task_id),
    "totalCount" => optional(total_count) }
}
/// `GetTotalNumberOfDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTotalNumberOfDentriesResponseBody {
    /// `dentriesCount`.
    pub dentries_count: Option<String>,
}
rt::impl_deserialize! {
    GetTotalNumberOfDentriesResponseBody { "dentriesCount" => read_field(dentries_count)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTotalNumberOfDentriesResponseBody { "dentriesCount" => optional(dentries_count) }
}
/// `GetTotalNumberOfSpacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTotalNumberOfSpacesResponseBody {
    /// `spacesCount`.
    pub spaces_count: Option<String>,
}
rt::impl_deserialize! {
    GetTotalNumberOfSpacesResponseBody { "spacesCount" => read_field(spaces_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTotalNumberOfSpacesResponseBody { "spacesCount" => optional(spaces_count) }
}
/// `GetUserInfoByOpenTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserInfoByOpenTokenResponseBody {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserInfoByOpenTokenResponseBody { "unionId" => read_field(union_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserInfoByOpenTokenResponseBody { "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `GetUuidByDentryIdResponseBody`: the same model as [`GetDentryIdByUuidResponseBody`].
pub type GetUuidByDentryIdResponseBody = GetDentryIdByUuidResponseBody;
/// `GetUuidByIdOrUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUuidByIdOrUrlResponseBody {
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
}
rt::impl_deserialize! {
    GetUuidByIdOrUrlResponseBody { "dentryUuid" => read_field(dentry_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUuidByIdOrUrlResponseBody { "dentryUuid" => optional(dentry_uuid) }
}
/// `GetWorkspacePermissionScopesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspacePermissionScopesResponseBody {
    /// `members`.
    pub members: Option<Vec<GetWorkspacePermissionScopesResponseBodyMembers>>,
}
rt::impl_deserialize! {
    GetWorkspacePermissionScopesResponseBody { "members" => read_field(members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspacePermissionScopesResponseBody { "members" => optional(members) }
}
/// `HandoverTeamWithoutAuthRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HandoverTeamWithoutAuthRequestParam {
    /// `leave`.
    pub leave: Option<bool>,
    /// `newOwner`.
    pub new_owner: String,
    /// `notify`.
    pub notify: Option<bool>,
    /// `teamId`.
    pub team_id: String,
}
/// The required fields of [`HandoverTeamWithoutAuthRequestParam`], each named where it is set: `HandoverTeamWithoutAuthRequestParam::new(HandoverTeamWithoutAuthRequestParamRequired { .. })`.
pub struct HandoverTeamWithoutAuthRequestParamRequired {
    /// `newOwner`: see [`HandoverTeamWithoutAuthRequestParam::new_owner`].
    pub new_owner: String,
    /// `teamId`: see [`HandoverTeamWithoutAuthRequestParam::team_id`].
    pub team_id: String,
}
impl HandoverTeamWithoutAuthRequestParam {
    /// A `HandoverTeamWithoutAuthRequestParam` with its required fields (`newOwner`, `teamId`); set the others with the methods named after them.
    pub fn new(required: HandoverTeamWithoutAuthRequestParamRequired) -> Self {
        let HandoverTeamWithoutAuthRequestParamRequired { new_owner, team_id } = required;
        Self {
            leave: None,
            new_owner,
            notify: None,
            team_id,
        }
    }
    /// Sets `leave`.
    pub fn leave(mut self, value: bool) -> Self {
        self.leave = Some(value);
        self
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
        self
    }
}
rt::impl_serialize! {
    HandoverTeamWithoutAuthRequestParam { "leave" => optional(leave), "newOwner" =>
    field(new_owner), "notify" => optional(notify), "teamId" => field(team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HandoverTeamWithoutAuthRequestParam { "leave" => read_field(leave), "newOwner" =>
    read_field(new_owner), "notify" => read_field(notify), "teamId" =>
    read_field(team_id) }
}
/// `HandoverTeamWithoutAuthResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type HandoverTeamWithoutAuthResponseBody = BatchCreateTeamResponseBody;
/// `HandoveryWorkspaceRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HandoveryWorkspaceRequestParam {
    /// `leave`.
    pub leave: Option<bool>,
    /// `receiverUnionId`.
    pub receiver_union_id: String,
    /// `resourceId`.
    pub resource_id: String,
}
/// The required fields of [`HandoveryWorkspaceRequestParam`], each named where it is set: `HandoveryWorkspaceRequestParam::new(HandoveryWorkspaceRequestParamRequired { .. })`.
pub struct HandoveryWorkspaceRequestParamRequired {
    /// `receiverUnionId`: see [`HandoveryWorkspaceRequestParam::receiver_union_id`].
    pub receiver_union_id: String,
    /// `resourceId`: see [`HandoveryWorkspaceRequestParam::resource_id`].
    pub resource_id: String,
}
impl HandoveryWorkspaceRequestParam {
    /// A `HandoveryWorkspaceRequestParam` with its required fields (`receiverUnionId`, `resourceId`); set the others with the methods named after them.
    pub fn new(required: HandoveryWorkspaceRequestParamRequired) -> Self {
        let HandoveryWorkspaceRequestParamRequired { receiver_union_id, resource_id } = required;
        Self {
            leave: None,
            receiver_union_id,
            resource_id,
        }
    }
    /// Sets `leave`.
    pub fn leave(mut self, value: bool) -> Self {
        self.leave = Some(value);
        self
    }
}
rt::impl_serialize! {
    HandoveryWorkspaceRequestParam { "leave" => optional(leave), "receiverUnionId" =>
    field(receiver_union_id), "resourceId" => field(resource_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HandoveryWorkspaceRequestParam { "leave" => read_field(leave), "receiverUnionId" =>
    read_field(receiver_union_id), "resourceId" => read_field(resource_id) }
}
/// `HandoveryWorkspaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HandoveryWorkspaceResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    HandoveryWorkspaceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HandoveryWorkspaceResponseBody { "result" => optional(result) }
}
/// `ListFeedsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFeedsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<ListFeedsResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListFeedsResponseBody { "hasMore" => read_field(has_more), "items" =>
    read_field(items), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFeedsResponseBody { "hasMore" => optional(has_more), "items" => optional(items),
    "nextToken" => optional(next_token) }
}
/// `ListHotDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListHotDocsResponseBody {
    /// `items`.
    pub items: Option<Vec<DentryModel>>,
}
rt::impl_deserialize! {
    ListHotDocsResponseBody { "items" => read_field(items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListHotDocsResponseBody { "items" => optional(items) }
}
/// `ListPinSpacesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPinSpacesRequestOption {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `withSpaceCreatorInfo`.
    pub with_space_creator_info: Option<bool>,
    /// `withSpaceModifierInfo`.
    pub with_space_modifier_info: Option<bool>,
    /// `withSpacePermissionRole`.
    pub with_space_permission_role: Option<bool>,
    /// `withTeamDetail`.
    pub with_team_detail: Option<bool>,
}
impl ListPinSpacesRequestOption {
    /// An empty `ListPinSpacesRequestOption`; set fields with the methods named after them.
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
    /// Sets `withSpaceCreatorInfo`.
    pub fn with_space_creator_info(mut self, value: bool) -> Self {
        self.with_space_creator_info = Some(value);
        self
    }
    /// Sets `withSpaceModifierInfo`.
    pub fn with_space_modifier_info(mut self, value: bool) -> Self {
        self.with_space_modifier_info = Some(value);
        self
    }
    /// Sets `withSpacePermissionRole`.
    pub fn with_space_permission_role(mut self, value: bool) -> Self {
        self.with_space_permission_role = Some(value);
        self
    }
    /// Sets `withTeamDetail`.
    pub fn with_team_detail(mut self, value: bool) -> Self {
        self.with_team_detail = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListPinSpacesRequestOption { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "withSpaceCreatorInfo" => optional(with_space_creator_info),
    "withSpaceModifierInfo" => optional(with_space_modifier_info),
    "withSpacePermissionRole" => optional(with_space_permission_role), "withTeamDetail"
    => optional(with_team_detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPinSpacesRequestOption { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "withSpaceCreatorInfo" =>
    read_field(with_space_creator_info), "withSpaceModifierInfo" =>
    read_field(with_space_modifier_info), "withSpacePermissionRole" =>
    read_field(with_space_permission_role), "withTeamDetail" =>
    read_field(with_team_detail) }
}
/// `ListPinSpacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultItems`.
    pub result_items: Option<Vec<ListPinSpacesResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    ListPinSpacesResponseBody { "nextToken" => read_field(next_token), "resultItems" =>
    read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPinSpacesResponseBody { "nextToken" => optional(next_token), "resultItems" =>
    optional(result_items) }
}
/// `ListRecentsRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecentsRequestParam {
    /// `fileTypes`.
    pub file_types: Vec<i64>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `operateTypes`.
    pub operate_types: Vec<i64>,
}
/// The required fields of [`ListRecentsRequestParam`], each named where it is set: `ListRecentsRequestParam::new(ListRecentsRequestParamRequired { .. })`.
pub struct ListRecentsRequestParamRequired {
    /// `fileTypes`: see [`ListRecentsRequestParam::file_types`].
    pub file_types: Vec<i64>,
    /// `operateTypes`: see [`ListRecentsRequestParam::operate_types`].
    pub operate_types: Vec<i64>,
}
impl ListRecentsRequestParam {
    /// A `ListRecentsRequestParam` with its required fields (`fileTypes`, `operateTypes`); set the others with the methods named after them.
    pub fn new(required: ListRecentsRequestParamRequired) -> Self {
        let ListRecentsRequestParamRequired { file_types, operate_types } = required;
        Self {
            file_types,
            max_results: None,
            next_token: None,
            operate_types,
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
rt::impl_serialize! {
    ListRecentsRequestParam { "fileTypes" => field(file_types), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token), "operateTypes" =>
    field(operate_types) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecentsRequestParam { "fileTypes" => read_field(file_types), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operateTypes" =>
    read_field(operate_types) }
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
/// `ListRelatedSpaceTeamsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRelatedSpaceTeamsResponseBody {
    /// `items`.
    pub items: Option<Vec<TeamModel>>,
}
rt::impl_deserialize! {
    ListRelatedSpaceTeamsResponseBody { "items" => read_field(items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRelatedSpaceTeamsResponseBody { "items" => optional(items) }
}
/// `ListRelatedTeamsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRelatedTeamsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<TeamModel>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListRelatedTeamsResponseBody { "hasMore" => read_field(has_more), "items" =>
    read_field(items), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRelatedTeamsResponseBody { "hasMore" => optional(has_more), "items" =>
    optional(items), "nextToken" => optional(next_token) }
}
/// `ListSpaceSectionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSpaceSectionsResponseBody {
    /// `items`.
    pub items: Option<Vec<ListSpaceSectionsResponseBodyItems>>,
}
rt::impl_deserialize! {
    ListSpaceSectionsResponseBody { "items" => read_field(items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSpaceSectionsResponseBody { "items" => optional(items) }
}
/// `ListStarsRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListStarsRequestOption {
    /// `contentTypeList`.
    pub content_type_list: Option<Vec<String>>,
    /// `filterDocTypes`.
    pub filter_doc_types: Option<Vec<String>>,
    /// `listV2`.
    pub list_v2: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `order`.
    pub order: Option<String>,
    /// `orderBy`.
    pub order_by: Option<String>,
    /// `withDentryCreatorInfo`.
    pub with_dentry_creator_info: Option<bool>,
    /// `withDentryModifierInfo`.
    pub with_dentry_modifier_info: Option<bool>,
    /// `withDentryPermissionRole`.
    pub with_dentry_permission_role: Option<bool>,
    /// `withSpaceDetail`.
    pub with_space_detail: Option<bool>,
    /// `withSpacePermissionRole`.
    pub with_space_permission_role: Option<bool>,
    /// `withTeamDetail`.
    pub with_team_detail: Option<bool>,
}
impl ListStarsRequestOption {
    /// An empty `ListStarsRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `contentTypeList`.
    pub fn content_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.content_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `filterDocTypes`.
    pub fn filter_doc_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.filter_doc_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `listV2`.
    pub fn list_v2(mut self, value: bool) -> Self {
        self.list_v2 = Some(value);
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
    /// Sets `withDentryCreatorInfo`.
    pub fn with_dentry_creator_info(mut self, value: bool) -> Self {
        self.with_dentry_creator_info = Some(value);
        self
    }
    /// Sets `withDentryModifierInfo`.
    pub fn with_dentry_modifier_info(mut self, value: bool) -> Self {
        self.with_dentry_modifier_info = Some(value);
        self
    }
    /// Sets `withDentryPermissionRole`.
    pub fn with_dentry_permission_role(mut self, value: bool) -> Self {
        self.with_dentry_permission_role = Some(value);
        self
    }
    /// Sets `withSpaceDetail`.
    pub fn with_space_detail(mut self, value: bool) -> Self {
        self.with_space_detail = Some(value);
        self
    }
    /// Sets `withSpacePermissionRole`.
    pub fn with_space_permission_role(mut self, value: bool) -> Self {
        self.with_space_permission_role = Some(value);
        self
    }
    /// Sets `withTeamDetail`.
    pub fn with_team_detail(mut self, value: bool) -> Self {
        self.with_team_detail = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListStarsRequestOption { "contentTypeList" => optional(content_type_list),
    "filterDocTypes" => optional(filter_doc_types), "listV2" => optional(list_v2),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token), "order"
    => optional(order), "orderBy" => optional(order_by), "withDentryCreatorInfo" =>
    optional(with_dentry_creator_info), "withDentryModifierInfo" =>
    optional(with_dentry_modifier_info), "withDentryPermissionRole" =>
    optional(with_dentry_permission_role), "withSpaceDetail" =>
    optional(with_space_detail), "withSpacePermissionRole" =>
    optional(with_space_permission_role), "withTeamDetail" => optional(with_team_detail)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListStarsRequestOption { "contentTypeList" => read_field(content_type_list),
    "filterDocTypes" => read_field(filter_doc_types), "listV2" => read_field(list_v2),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "order" => read_field(order), "orderBy" => read_field(order_by),
    "withDentryCreatorInfo" => read_field(with_dentry_creator_info),
    "withDentryModifierInfo" => read_field(with_dentry_modifier_info),
    "withDentryPermissionRole" => read_field(with_dentry_permission_role),
    "withSpaceDetail" => read_field(with_space_detail), "withSpacePermissionRole" =>
    read_field(with_space_permission_role), "withTeamDetail" =>
    read_field(with_team_detail) }
}
/// `ListStarsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListStarsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `starList`.
    pub star_list: Option<Vec<ListStarsResponseBodyStarList>>,
}
rt::impl_deserialize! {
    ListStarsResponseBody { "nextToken" => read_field(next_token), "starList" =>
    read_field(star_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListStarsResponseBody { "nextToken" => optional(next_token), "starList" =>
    optional(star_list) }
}
/// `ListTeamMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTeamMembersResponseBody {
    /// `members`.
    pub members: Option<Vec<ListTeamMembersResponseBodyMembers>>,
    /// `teamName`.
    pub team_name: Option<String>,
}
rt::impl_deserialize! {
    ListTeamMembersResponseBody { "members" => read_field(members), "teamName" =>
    read_field(team_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTeamMembersResponseBody { "members" => optional(members), "teamName" =>
    optional(team_name) }
}
/// `LockDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LockDocRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `name`.
    pub name: String,
    /// `operatorUid`.
    pub operator_uid: String,
}
/// The required fields of [`LockDocRequestParam`], each named where it is set: `LockDocRequestParam::new(LockDocRequestParamRequired { .. })`.
pub struct LockDocRequestParamRequired {
    /// `dentryUuid`: see [`LockDocRequestParam::dentry_uuid`].
    pub dentry_uuid: String,
    /// `name`: see [`LockDocRequestParam::name`].
    pub name: String,
    /// `operatorUid`: see [`LockDocRequestParam::operator_uid`].
    pub operator_uid: String,
}
impl LockDocRequestParam {
    /// A `LockDocRequestParam` with its required fields (`dentryUuid`, `name`, `operatorUid`); set the others with the methods named after them.
    pub fn new(required: LockDocRequestParamRequired) -> Self {
        let LockDocRequestParamRequired { dentry_uuid, name, operator_uid } = required;
        Self {
            dentry_uuid,
            name,
            operator_uid,
        }
    }
}
rt::impl_serialize! {
    LockDocRequestParam { "dentryUuid" => field(dentry_uuid), "name" => field(name),
    "operatorUid" => field(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LockDocRequestParam { "dentryUuid" => read_field(dentry_uuid), "name" =>
    read_field(name), "operatorUid" => read_field(operator_uid) }
}
/// `LockDocResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type LockDocResponseBody = BatchCreateTeamResponseBody;
/// `LockDocByDelegatedPermissionRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LockDocByDelegatedPermissionRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`LockDocByDelegatedPermissionRequestParam`], each named where it is set: `LockDocByDelegatedPermissionRequestParam::new(LockDocByDelegatedPermissionRequestParamRequired { .. })`.
pub struct LockDocByDelegatedPermissionRequestParamRequired {
    /// `dentryUuid`: see [`LockDocByDelegatedPermissionRequestParam::dentry_uuid`].
    pub dentry_uuid: String,
    /// `name`: see [`LockDocByDelegatedPermissionRequestParam::name`].
    pub name: String,
}
impl LockDocByDelegatedPermissionRequestParam {
    /// A `LockDocByDelegatedPermissionRequestParam` with its required fields (`dentryUuid`, `name`); set the others with the methods named after them.
    pub fn new(required: LockDocByDelegatedPermissionRequestParamRequired) -> Self {
        let LockDocByDelegatedPermissionRequestParamRequired { dentry_uuid, name } = required;
        Self { dentry_uuid, name }
    }
}
rt::impl_serialize! {
    LockDocByDelegatedPermissionRequestParam { "dentryUuid" => field(dentry_uuid), "name"
    => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LockDocByDelegatedPermissionRequestParam { "dentryUuid" => read_field(dentry_uuid),
    "name" => read_field(name) }
}
/// `LockDocByDelegatedPermissionResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type LockDocByDelegatedPermissionResponseBody = BatchCreateTeamResponseBody;
/// `MarkStarResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type MarkStarResponseBody = BatchCreateTeamResponseBody;
/// `PinSpaceResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type PinSpaceResponseBody = BatchCreateTeamResponseBody;
/// `QueryDocContentResponseBody`: the same model as [`DocContentResponseBody`].
pub type QueryDocContentResponseBody = DocContentResponseBody;
/// `QueryExportTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryExportTaskResponseBody {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryExportTaskResponseBody { "downloadUrl" => read_field(download_url), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryExportTaskResponseBody { "downloadUrl" => optional(download_url), "status" =>
    optional(status) }
}
/// `QueryGetContentJobResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGetContentJobResponseBody {
    /// `contentKey`.
    pub content_key: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryGetContentJobResponseBody { "contentKey" => read_field(content_key), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGetContentJobResponseBody { "contentKey" => optional(content_key), "status" =>
    optional(status) }
}
/// `QueryItemByUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryItemByUrlResponseBody {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `dentry`.
    pub dentry: Option<DentryModel>,
    /// `resourceType`.
    pub resource_type: Option<String>,
    /// `space`.
    pub space: Option<QueryItemByUrlResponseBodySpace>,
}
rt::impl_deserialize! {
    QueryItemByUrlResponseBody { "bizType" => read_field(biz_type), "dentry" =>
    read_field(dentry), "resourceType" => read_field(resource_type), "space" =>
    read_field(space) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryItemByUrlResponseBody { "bizType" => optional(biz_type), "dentry" =>
    optional(dentry), "resourceType" => optional(resource_type), "space" =>
    optional(space) }
}
/// `QueryRecentListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRecentListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<QueryRecentListResponseBodyRecentList>>,
}
rt::impl_deserialize! {
    QueryRecentListResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "recentList" => read_field(recent_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecentListResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "recentList" => optional(recent_list) }
}
/// `RelatedSpacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RelatedSpacesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<RelatedSpacesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    RelatedSpacesResponseBody { "hasMore" => read_field(has_more), "items" =>
    read_field(items), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RelatedSpacesResponseBody { "hasMore" => optional(has_more), "items" =>
    optional(items), "nextToken" => optional(next_token) }
}
/// `RemoveTeamMembersRequestMembers`, a model several operations share: also named [`SaveTeamMembersRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveTeamMembersRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: i64,
    /// `roleCode`.
    pub role_code: Option<String>,
}
/// The required fields of [`RemoveTeamMembersRequestMembers`], each named where it is set: `RemoveTeamMembersRequestMembers::new(RemoveTeamMembersRequestMembersRequired { .. })`.
pub struct RemoveTeamMembersRequestMembersRequired {
    /// `memberId`: see [`RemoveTeamMembersRequestMembers::member_id`].
    pub member_id: String,
    /// `memberType`: see [`RemoveTeamMembersRequestMembers::member_type`].
    pub member_type: i64,
}
impl RemoveTeamMembersRequestMembers {
    /// A `RemoveTeamMembersRequestMembers` with its required fields (`memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(required: RemoveTeamMembersRequestMembersRequired) -> Self {
        let RemoveTeamMembersRequestMembersRequired { member_id, member_type } = required;
        Self {
            member_id,
            member_type,
            role_code: None,
        }
    }
    /// Sets `roleCode`.
    pub fn role_code(mut self, value: impl Into<String>) -> Self {
        self.role_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RemoveTeamMembersRequestMembers { "memberId" => field(member_id), "memberType" =>
    field(member_type), "roleCode" => optional(role_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveTeamMembersRequestMembers { "memberId" => read_field(member_id), "memberType"
    => read_field(member_type), "roleCode" => read_field(role_code) }
}
/// `RemoveTeamMembersResponseBody`, a model several operations share: also named [`SaveTeamMembersResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoveTeamMembersResponseBody {
    /// `notInOrgMembers`.
    pub not_in_org_members: Option<Vec<RemoveTeamMembersResponseBodyNotInOrgMembers>>,
    /// `saveSuccess`.
    pub save_success: Option<bool>,
}
rt::impl_deserialize! {
    RemoveTeamMembersResponseBody { "notInOrgMembers" => read_field(not_in_org_members),
    "saveSuccess" => read_field(save_success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RemoveTeamMembersResponseBody { "notInOrgMembers" => optional(not_in_org_members),
    "saveSuccess" => optional(save_success) }
}
/// `SaveTeamMembersRequestMembers`: the same model as [`RemoveTeamMembersRequestMembers`].
pub type SaveTeamMembersRequestMembers = RemoveTeamMembersRequestMembers;
/// The required fields of [`SaveTeamMembersRequestMembers`].
pub type SaveTeamMembersRequestMembersRequired = RemoveTeamMembersRequestMembersRequired;
/// `SaveTeamMembersResponseBody`: the same model as [`RemoveTeamMembersResponseBody`].
pub type SaveTeamMembersResponseBody = RemoveTeamMembersResponseBody;
/// `SearchRequestDentryRequest`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchRequestDentryRequest {
    /// `createTimeRange`.
    pub create_time_range: Option<SearchRequestDentryRequestCreateTimeRange>,
    /// `createUsers`.
    pub create_users: Option<Vec<String>>,
    /// `editors`.
    pub editors: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `searchField`.
    pub search_field: Option<i64>,
    /// `searchFileType`.
    pub search_file_type: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceIds`.
    pub space_ids: Option<Vec<String>>,
    /// `summaryLength`.
    pub summary_length: Option<i64>,
    /// `visitTimeRange`.
    pub visit_time_range: Option<SearchRequestDentryRequestVisitTimeRange>,
}
/// The required fields of [`SearchRequestDentryRequest`], each named where it is set: `SearchRequestDentryRequest::new(SearchRequestDentryRequestRequired { .. })`.
pub struct SearchRequestDentryRequestRequired {
    /// `maxResults`: see [`SearchRequestDentryRequest::max_results`].
    pub max_results: i64,
}
impl SearchRequestDentryRequest {
    /// A `SearchRequestDentryRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: SearchRequestDentryRequestRequired) -> Self {
        let SearchRequestDentryRequestRequired { max_results } = required;
        Self {
            create_time_range: None,
            create_users: None,
            editors: None,
            max_results,
            next_token: None,
            search_field: None,
            search_file_type: None,
            space_id: None,
            space_ids: None,
            summary_length: None,
            visit_time_range: None,
        }
    }
    /// Sets `createTimeRange`.
    pub fn create_time_range(
        mut self,
        value: SearchRequestDentryRequestCreateTimeRange,
    ) -> Self {
        self.create_time_range = Some(value);
        self
    }
    /// Sets `createUsers`.
    pub fn create_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.create_users = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `editors`.
    pub fn editors(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.editors = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `searchField`.
    pub fn search_field(mut self, value: i64) -> Self {
        self.search_field = Some(value);
        self
    }
    /// Sets `searchFileType`.
    pub fn search_file_type(mut self, value: i64) -> Self {
        self.search_file_type = Some(value);
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
    /// Sets `spaceIds`.
    pub fn space_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.space_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `summaryLength`.
    pub fn summary_length(mut self, value: i64) -> Self {
        self.summary_length = Some(value);
        self
    }
    /// Sets `visitTimeRange`.
    pub fn visit_time_range(
        mut self,
        value: SearchRequestDentryRequestVisitTimeRange,
    ) -> Self {
        self.visit_time_range = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchRequestDentryRequest { "createTimeRange" => optional(create_time_range),
    "createUsers" => optional(create_users), "editors" => optional(editors), "maxResults"
    => field(max_results), "nextToken" => optional(next_token), "searchField" =>
    optional(search_field), "searchFileType" => optional(search_file_type), "spaceId" =>
    optional(space_id), "spaceIds" => optional(space_ids), "summaryLength" =>
    optional(summary_length), "visitTimeRange" => optional(visit_time_range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchRequestDentryRequest { "createTimeRange" => read_field(create_time_range),
    "createUsers" => read_field(create_users), "editors" => read_field(editors),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "searchField" => read_field(search_field), "searchFileType" =>
    read_field(search_file_type), "spaceId" => read_field(space_id), "spaceIds" =>
    read_field(space_ids), "summaryLength" => read_field(summary_length),
    "visitTimeRange" => read_field(visit_time_range) }
}
/// `SearchRequestSpaceRequest`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchRequestSpaceRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `withTeamInfo`.
    pub with_team_info: Option<bool>,
}
/// The required fields of [`SearchRequestSpaceRequest`], each named where it is set: `SearchRequestSpaceRequest::new(SearchRequestSpaceRequestRequired { .. })`.
pub struct SearchRequestSpaceRequestRequired {
    /// `maxResults`: see [`SearchRequestSpaceRequest::max_results`].
    pub max_results: i64,
}
impl SearchRequestSpaceRequest {
    /// A `SearchRequestSpaceRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: SearchRequestSpaceRequestRequired) -> Self {
        let SearchRequestSpaceRequestRequired { max_results } = required;
        Self {
            max_results,
            next_token: None,
            with_team_info: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `withTeamInfo`.
    pub fn with_team_info(mut self, value: bool) -> Self {
        self.with_team_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchRequestSpaceRequest { "maxResults" => field(max_results), "nextToken" =>
    optional(next_token), "withTeamInfo" => optional(with_team_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchRequestSpaceRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "withTeamInfo" => read_field(with_team_info) }
}
/// `SearchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchResponseBody {
    /// `dentryResult`.
    pub dentry_result: Option<SearchResponseBodyDentryResult>,
    /// `spaceResult`.
    pub space_result: Option<SearchResponseBodySpaceResult>,
}
rt::impl_deserialize! {
    SearchResponseBody { "dentryResult" => read_field(dentry_result), "spaceResult" =>
    read_field(space_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchResponseBody { "dentryResult" => optional(dentry_result), "spaceResult" =>
    optional(space_result) }
}
/// `SearchTemplatesRequestOption`, a model several operations share: also named [`TeamTemplatesRequestOption`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTemplatesRequestOption {
    /// `excludeWorkspaceIds`.
    pub exclude_workspace_ids: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `platform`.
    pub platform: Option<String>,
    /// `templateTypes`.
    pub template_types: Option<Vec<i64>>,
    /// `version`.
    pub version: Option<i64>,
    /// `workspaceIds`.
    pub workspace_ids: Option<Vec<String>>,
}
impl SearchTemplatesRequestOption {
    /// An empty `SearchTemplatesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `excludeWorkspaceIds`.
    pub fn exclude_workspace_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_workspace_ids = Some(value.into_iter().map(Into::into).collect());
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
    /// Sets `platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }
    /// Sets `templateTypes`.
    pub fn template_types(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.template_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
    /// Sets `workspaceIds`.
    pub fn workspace_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.workspace_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SearchTemplatesRequestOption { "excludeWorkspaceIds" =>
    optional(exclude_workspace_ids), "maxResults" => optional(max_results), "nextToken"
    => optional(next_token), "platform" => optional(platform), "templateTypes" =>
    optional(template_types), "version" => optional(version), "workspaceIds" =>
    optional(workspace_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchTemplatesRequestOption { "excludeWorkspaceIds" =>
    read_field(exclude_workspace_ids), "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "platform" => read_field(platform),
    "templateTypes" => read_field(template_types), "version" => read_field(version),
    "workspaceIds" => read_field(workspace_ids) }
}
/// `SearchTemplatesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchTemplatesRequestParam {
    /// `belong`.
    pub belong: String,
    /// `searchName`.
    pub search_name: String,
}
/// The required fields of [`SearchTemplatesRequestParam`], each named where it is set: `SearchTemplatesRequestParam::new(SearchTemplatesRequestParamRequired { .. })`.
pub struct SearchTemplatesRequestParamRequired {
    /// `belong`: see [`SearchTemplatesRequestParam::belong`].
    pub belong: String,
    /// `searchName`: see [`SearchTemplatesRequestParam::search_name`].
    pub search_name: String,
}
impl SearchTemplatesRequestParam {
    /// A `SearchTemplatesRequestParam` with its required fields (`belong`, `searchName`); set the others with the methods named after them.
    pub fn new(required: SearchTemplatesRequestParamRequired) -> Self {
        let SearchTemplatesRequestParamRequired { belong, search_name } = required;
        Self { belong, search_name }
    }
}
rt::impl_serialize! {
    SearchTemplatesRequestParam { "belong" => field(belong), "searchName" =>
    field(search_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchTemplatesRequestParam { "belong" => read_field(belong), "searchName" =>
    read_field(search_name) }
}
/// `SearchTemplatesResponseBody`, a model several operations share: also named [`TeamTemplatesResponseBody`], [`UserTemplatesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTemplatesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `templateList`.
    pub template_list: Option<Vec<SearchTemplatesResponseBodyTemplateList>>,
}
rt::impl_deserialize! {
    SearchTemplatesResponseBody { "nextToken" => read_field(next_token), "templateList"
    => read_field(template_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTemplatesResponseBody { "nextToken" => optional(next_token), "templateList" =>
    optional(template_list) }
}
/// `ShareUrlRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ShareUrlRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `triggerShare`.
    pub trigger_share: Option<bool>,
}
/// The required fields of [`ShareUrlRequestParam`], each named where it is set: `ShareUrlRequestParam::new(ShareUrlRequestParamRequired { .. })`.
pub struct ShareUrlRequestParamRequired {
    /// `dentryUuid`: see [`ShareUrlRequestParam::dentry_uuid`].
    pub dentry_uuid: String,
}
impl ShareUrlRequestParam {
    /// A `ShareUrlRequestParam` with its required fields (`dentryUuid`); set the others with the methods named after them.
    pub fn new(required: ShareUrlRequestParamRequired) -> Self {
        let ShareUrlRequestParamRequired { dentry_uuid } = required;
        Self {
            dentry_uuid,
            trigger_share: None,
        }
    }
    /// Sets `triggerShare`.
    pub fn trigger_share(mut self, value: bool) -> Self {
        self.trigger_share = Some(value);
        self
    }
}
rt::impl_serialize! {
    ShareUrlRequestParam { "dentryUuid" => field(dentry_uuid), "triggerShare" =>
    optional(trigger_share) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShareUrlRequestParam { "dentryUuid" => read_field(dentry_uuid), "triggerShare" =>
    read_field(trigger_share) }
}
/// `ShareUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShareUrlResponseBody {
    /// `shareUrlInfo`.
    pub share_url_info: Option<ShareUrlResponseBodyShareUrlInfo>,
}
rt::impl_deserialize! {
    ShareUrlResponseBody { "shareUrlInfo" => read_field(share_url_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ShareUrlResponseBody { "shareUrlInfo" => optional(share_url_info) }
}
/// `SubmitExportJobResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitExportJobResponseBody {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    SubmitExportJobResponseBody { "downloadUrl" => read_field(download_url), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitExportJobResponseBody { "downloadUrl" => optional(download_url), "taskId" =>
    optional(task_id) }
}
/// `SubmitGetContentJobResponseBody`: the same model as [`DocContentResponseBody`].
pub type SubmitGetContentJobResponseBody = DocContentResponseBody;
/// `TeamTemplatesRequestOption`: the same model as [`SearchTemplatesRequestOption`].
pub type TeamTemplatesRequestOption = SearchTemplatesRequestOption;
/// `TeamTemplatesResponseBody`: the same model as [`SearchTemplatesResponseBody`].
pub type TeamTemplatesResponseBody = SearchTemplatesResponseBody;
/// `TemplateCategoriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TemplateCategoriesRequestOption {
    /// `categoryStatus`.
    pub category_status: Option<i64>,
    /// `industryId`.
    pub industry_id: Option<i64>,
}
impl TemplateCategoriesRequestOption {
    /// An empty `TemplateCategoriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryStatus`.
    pub fn category_status(mut self, value: i64) -> Self {
        self.category_status = Some(value);
        self
    }
    /// Sets `industryId`.
    pub fn industry_id(mut self, value: i64) -> Self {
        self.industry_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    TemplateCategoriesRequestOption { "categoryStatus" => optional(category_status),
    "industryId" => optional(industry_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TemplateCategoriesRequestOption { "categoryStatus" => read_field(category_status),
    "industryId" => read_field(industry_id) }
}
/// `TemplateCategoriesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TemplateCategoriesRequestParam {
    /// `tenantId`.
    pub tenant_id: String,
}
/// The required fields of [`TemplateCategoriesRequestParam`], each named where it is set: `TemplateCategoriesRequestParam::new(TemplateCategoriesRequestParamRequired { .. })`.
pub struct TemplateCategoriesRequestParamRequired {
    /// `tenantId`: see [`TemplateCategoriesRequestParam::tenant_id`].
    pub tenant_id: String,
}
impl TemplateCategoriesRequestParam {
    /// A `TemplateCategoriesRequestParam` with its required fields (`tenantId`); set the others with the methods named after them.
    pub fn new(required: TemplateCategoriesRequestParamRequired) -> Self {
        let TemplateCategoriesRequestParamRequired { tenant_id } = required;
        Self { tenant_id }
    }
}
rt::impl_serialize! {
    TemplateCategoriesRequestParam { "tenantId" => field(tenant_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TemplateCategoriesRequestParam { "tenantId" => read_field(tenant_id) }
}
/// `TemplateCategoriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TemplateCategoriesResponseBody {
    /// `list`.
    pub list: Option<Vec<TemplateCategoriesResponseBodyList>>,
}
rt::impl_deserialize! {
    TemplateCategoriesResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TemplateCategoriesResponseBody { "list" => optional(list) }
}
/// `UnlockDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `operatorUid`.
    pub operator_uid: String,
}
/// The required fields of [`UnlockDocRequestParam`], each named where it is set: `UnlockDocRequestParam::new(UnlockDocRequestParamRequired { .. })`.
pub struct UnlockDocRequestParamRequired {
    /// `dentryUuid`: see [`UnlockDocRequestParam::dentry_uuid`].
    pub dentry_uuid: String,
    /// `operatorUid`: see [`UnlockDocRequestParam::operator_uid`].
    pub operator_uid: String,
}
impl UnlockDocRequestParam {
    /// A `UnlockDocRequestParam` with its required fields (`dentryUuid`, `operatorUid`); set the others with the methods named after them.
    pub fn new(required: UnlockDocRequestParamRequired) -> Self {
        let UnlockDocRequestParamRequired { dentry_uuid, operator_uid } = required;
        Self { dentry_uuid, operator_uid }
    }
}
rt::impl_serialize! {
    UnlockDocRequestParam { "dentryUuid" => field(dentry_uuid), "operatorUid" =>
    field(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnlockDocRequestParam { "dentryUuid" => read_field(dentry_uuid), "operatorUid" =>
    read_field(operator_uid) }
}
/// `UnlockDocResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type UnlockDocResponseBody = BatchCreateTeamResponseBody;
/// `UnlockDocByDelegatedPermissionRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocByDelegatedPermissionRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
}
/// The required fields of [`UnlockDocByDelegatedPermissionRequestParam`], each named where it is set: `UnlockDocByDelegatedPermissionRequestParam::new(UnlockDocByDelegatedPermissionRequestParamRequired { .. })`.
pub struct UnlockDocByDelegatedPermissionRequestParamRequired {
    /// `dentryUuid`: see [`UnlockDocByDelegatedPermissionRequestParam::dentry_uuid`].
    pub dentry_uuid: String,
}
impl UnlockDocByDelegatedPermissionRequestParam {
    /// A `UnlockDocByDelegatedPermissionRequestParam` with its required fields (`dentryUuid`); set the others with the methods named after them.
    pub fn new(required: UnlockDocByDelegatedPermissionRequestParamRequired) -> Self {
        let UnlockDocByDelegatedPermissionRequestParamRequired { dentry_uuid } = required;
        Self { dentry_uuid }
    }
}
rt::impl_serialize! {
    UnlockDocByDelegatedPermissionRequestParam { "dentryUuid" => field(dentry_uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnlockDocByDelegatedPermissionRequestParam { "dentryUuid" => read_field(dentry_uuid)
    }
}
/// `UnlockDocByDelegatedPermissionResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type UnlockDocByDelegatedPermissionResponseBody = BatchCreateTeamResponseBody;
/// `UnmarkStarResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type UnmarkStarResponseBody = BatchCreateTeamResponseBody;
/// `UnpinSpaceResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type UnpinSpaceResponseBody = BatchCreateTeamResponseBody;
/// `UserTemplatesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UserTemplatesRequestOption {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `platform`.
    pub platform: Option<String>,
    /// `templateTypes`.
    pub template_types: Option<Vec<i64>>,
    /// `version`.
    pub version: Option<i64>,
}
impl UserTemplatesRequestOption {
    /// An empty `UserTemplatesRequestOption`; set fields with the methods named after them.
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
    /// Sets `platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }
    /// Sets `templateTypes`.
    pub fn template_types(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.template_types = Some(value.into_iter().collect());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
rt::impl_serialize! {
    UserTemplatesRequestOption { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "platform" => optional(platform), "templateTypes" =>
    optional(template_types), "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserTemplatesRequestOption { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "platform" => read_field(platform), "templateTypes" =>
    read_field(template_types), "version" => read_field(version) }
}
/// `UserTemplatesResponseBody`: the same model as [`SearchTemplatesResponseBody`].
pub type UserTemplatesResponseBody = SearchTemplatesResponseBody;
/// `BatchCreateTeamRequestParamCreateTeamParamList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTeamRequestParamCreateTeamParamList {
    /// `adminUnionIdList`.
    pub admin_union_id_list: Option<Vec<String>>,
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `deptId`.
    pub dept_id: String,
    /// `teamName`.
    pub team_name: String,
}
/// The required fields of [`BatchCreateTeamRequestParamCreateTeamParamList`], each named where it is set: `BatchCreateTeamRequestParamCreateTeamParamList::new(BatchCreateTeamRequestParamCreateTeamParamListRequired { .. })`.
pub struct BatchCreateTeamRequestParamCreateTeamParamListRequired {
    /// `creatorUnionId`: see [`BatchCreateTeamRequestParamCreateTeamParamList::creator_union_id`].
    pub creator_union_id: String,
    /// `deptId`: see [`BatchCreateTeamRequestParamCreateTeamParamList::dept_id`].
    pub dept_id: String,
    /// `teamName`: see [`BatchCreateTeamRequestParamCreateTeamParamList::team_name`].
    pub team_name: String,
}
impl BatchCreateTeamRequestParamCreateTeamParamList {
    /// A `BatchCreateTeamRequestParamCreateTeamParamList` with its required fields (`creatorUnionId`, `deptId`, `teamName`); set the others with the methods named after them.
    pub fn new(
        required: BatchCreateTeamRequestParamCreateTeamParamListRequired,
    ) -> Self {
        let BatchCreateTeamRequestParamCreateTeamParamListRequired {
            creator_union_id,
            dept_id,
            team_name,
        } = required;
        Self {
            admin_union_id_list: None,
            creator_union_id,
            dept_id,
            team_name,
        }
    }
    /// Sets `adminUnionIdList`.
    pub fn admin_union_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.admin_union_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    BatchCreateTeamRequestParamCreateTeamParamList { "adminUnionIdList" =>
    optional(admin_union_id_list), "creatorUnionId" => field(creator_union_id), "deptId"
    => field(dept_id), "teamName" => field(team_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateTeamRequestParamCreateTeamParamList { "adminUnionIdList" =>
    read_field(admin_union_id_list), "creatorUnionId" => read_field(creator_union_id),
    "deptId" => read_field(dept_id), "teamName" => read_field(team_name) }
}
/// `MapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MapValue {
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `coverDownloadUrl`.
    pub cover_download_url: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `authorName`.
    pub author_name: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
    /// `workspaceName`.
    pub workspace_name: Option<String>,
    /// `usedCount`.
    pub used_count: Option<i64>,
    /// `belong`.
    pub belong: Option<String>,
    /// `contentDownloadUrl`.
    pub content_download_url: Option<String>,
}
rt::impl_deserialize! {
    MapValue { "templateId" => read_field(template_id), "title" => read_field(title),
    "type" => read_field(r#type), "coverDownloadUrl" => read_field(cover_download_url),
    "description" => read_field(description), "authorName" => read_field(author_name),
    "createTime" => read_field(create_time), "modifiedTime" => read_field(modified_time),
    "workspaceId" => read_field(workspace_id), "workspaceName" =>
    read_field(workspace_name), "usedCount" => read_field(used_count), "belong" =>
    read_field(belong), "contentDownloadUrl" => read_field(content_download_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MapValue { "templateId" => optional(template_id), "title" => optional(title), "type"
    => optional(r#type), "coverDownloadUrl" => optional(cover_download_url),
    "description" => optional(description), "authorName" => optional(author_name),
    "createTime" => optional(create_time), "modifiedTime" => optional(modified_time),
    "workspaceId" => optional(workspace_id), "workspaceName" => optional(workspace_name),
    "usedCount" => optional(used_count), "belong" => optional(belong),
    "contentDownloadUrl" => optional(content_download_url) }
}
/// `CategoryTemplatesResponseBodyList`, a model several operations share: also named [`SearchTemplatesResponseBodyTemplateList`], [`TeamTemplatesResponseBodyTemplateList`], [`UserTemplatesResponseBodyTemplateList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CategoryTemplatesResponseBodyList {
    /// `authorName`.
    pub author_name: Option<String>,
    /// `belong`.
    pub belong: Option<String>,
    /// `contentDownloadUrl`.
    pub content_download_url: Option<String>,
    /// `coverDownloadUrl`.
    pub cover_download_url: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `usedCount`.
    pub used_count: Option<i64>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
    /// `workspaceName`.
    pub workspace_name: Option<String>,
}
rt::impl_deserialize! {
    CategoryTemplatesResponseBodyList { "authorName" => read_field(author_name), "belong"
    => read_field(belong), "contentDownloadUrl" => read_field(content_download_url),
    "coverDownloadUrl" => read_field(cover_download_url), "createTime" =>
    read_field(create_time), "description" => read_field(description), "modifiedTime" =>
    read_field(modified_time), "templateId" => read_field(template_id), "title" =>
    read_field(title), "type" => read_field(r#type), "usedCount" =>
    read_field(used_count), "workspaceId" => read_field(workspace_id), "workspaceName" =>
    read_field(workspace_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CategoryTemplatesResponseBodyList { "authorName" => optional(author_name), "belong"
    => optional(belong), "contentDownloadUrl" => optional(content_download_url),
    "coverDownloadUrl" => optional(cover_download_url), "createTime" =>
    optional(create_time), "description" => optional(description), "modifiedTime" =>
    optional(modified_time), "templateId" => optional(template_id), "title" =>
    optional(title), "type" => optional(r#type), "usedCount" => optional(used_count),
    "workspaceId" => optional(workspace_id), "workspaceName" => optional(workspace_name)
    }
}
/// `DentryVOCreator`, a model several operations share: also named [`DentryVOUpdater`], [`SpaceVOOwner`], [`SpaceModelOwner`], [`DentryModelCreator`], [`DentryModelUpdater`], [`RelatedSpacesResponseBodyItemsOwner`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryVOCreator {
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    DentryVOCreator { "name" => read_field(name), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryVOCreator { "name" => optional(name), "unionId" => optional(union_id) }
}
/// `LinkSourceInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LinkSourceInfo {
    /// `extension`.
    pub extension: Option<String>,
    /// `iconUrl`.
    pub icon_url: Option<LinkSourceInfoIconUrl>,
    /// `id`.
    pub id: Option<String>,
    /// `linkType`.
    pub link_type: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    LinkSourceInfo { "extension" => read_field(extension), "iconUrl" =>
    read_field(icon_url), "id" => read_field(id), "linkType" => read_field(link_type),
    "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LinkSourceInfo { "extension" => optional(extension), "iconUrl" => optional(icon_url),
    "id" => optional(id), "linkType" => optional(link_type), "spaceId" =>
    optional(space_id) }
}
/// `SpaceModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SpaceModel {
    /// `cover`.
    pub cover: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `hdIconVO`.
    pub hd_icon_vo: Option<SpaceModelHdIconVO>,
    /// `iconVO`.
    pub icon_vo: Option<SpaceModelIconVO>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<SpaceModelOwner>,
    /// `recentList`.
    pub recent_list: Option<Vec<DentryModel>>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `visitorInfo`.
    pub visitor_info: Option<SpaceModelVisitorInfo>,
}
rt::impl_deserialize! {
    SpaceModel { "cover" => read_field(cover), "description" => read_field(description),
    "hdIconVO" => read_field(hd_icon_vo), "iconVO" => read_field(icon_vo), "id" =>
    read_field(id), "name" => read_field(name), "owner" => read_field(owner),
    "recentList" => read_field(recent_list), "type" => read_field(r#type), "url" =>
    read_field(url), "visitorInfo" => read_field(visitor_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SpaceModel { "cover" => optional(cover), "description" => optional(description),
    "hdIconVO" => optional(hd_icon_vo), "iconVO" => optional(icon_vo), "id" =>
    optional(id), "name" => optional(name), "owner" => optional(owner), "recentList" =>
    optional(recent_list), "type" => optional(r#type), "url" => optional(url),
    "visitorInfo" => optional(visitor_info) }
}
/// `DentryVOUpdater`: the same model as [`DentryVOCreator`].
pub type DentryVOUpdater = DentryVOCreator;
/// `DentryVOVisitorInfo`, a model several operations share: also named [`SpaceVOVisitorInfo`], [`SpaceModelVisitorInfo`], [`DentryModelVisitorInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryVOVisitorInfo {
    /// `dentryActions`.
    pub dentry_actions: Option<Vec<String>>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `spaceActions`.
    pub space_actions: Option<Vec<String>>,
}
rt::impl_deserialize! {
    DentryVOVisitorInfo { "dentryActions" => read_field(dentry_actions), "roleCode" =>
    read_field(role_code), "spaceActions" => read_field(space_actions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryVOVisitorInfo { "dentryActions" => optional(dentry_actions), "roleCode" =>
    optional(role_code), "spaceActions" => optional(space_actions) }
}
/// `CopyDocResponseBodySyncCopyResult`, a model several operations share: also named [`CopyDocWithAppAuthResponseBodySyncCopyResult`], [`CreateShortcutResponseBodyOpenDentryInfo`], [`ListRecentsResponseBodyRecentDentryListResource`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyDocResponseBodySyncCopyResult {
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
    pub space_info: Option<CopyDocResponseBodySyncCopyResultSpaceInfo>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    CopyDocResponseBodySyncCopyResult { "dentryUuid" => read_field(dentry_uuid),
    "driveDentryId" => read_field(drive_dentry_id), "driveSpaceId" =>
    read_field(drive_space_id), "extension" => read_field(extension), "name" =>
    read_field(name), "spaceInfo" => read_field(space_info), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyDocResponseBodySyncCopyResult { "dentryUuid" => optional(dentry_uuid),
    "driveDentryId" => optional(drive_dentry_id), "driveSpaceId" =>
    optional(drive_space_id), "extension" => optional(extension), "name" =>
    optional(name), "spaceInfo" => optional(space_info), "url" => optional(url) }
}
/// `CopyDocWithAppAuthResponseBodySyncCopyResult`: the same model as [`CopyDocResponseBodySyncCopyResult`].
pub type CopyDocWithAppAuthResponseBodySyncCopyResult = CopyDocResponseBodySyncCopyResult;
/// `CreateShortcutResponseBodyOpenDentryInfo`: the same model as [`CopyDocResponseBodySyncCopyResult`].
pub type CreateShortcutResponseBodyOpenDentryInfo = CopyDocResponseBodySyncCopyResult;
/// `CreateShortcutForMigrateResponseBodyOpenDentryInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateShortcutForMigrateResponseBodyOpenDentryInfo {
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
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    CreateShortcutForMigrateResponseBodyOpenDentryInfo { "dentryUuid" =>
    read_field(dentry_uuid), "driveDentryId" => read_field(drive_dentry_id),
    "driveSpaceId" => read_field(drive_space_id), "extension" => read_field(extension),
    "name" => read_field(name), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateShortcutForMigrateResponseBodyOpenDentryInfo { "dentryUuid" =>
    optional(dentry_uuid), "driveDentryId" => optional(drive_dentry_id), "driveSpaceId"
    => optional(drive_space_id), "extension" => optional(extension), "name" =>
    optional(name), "url" => optional(url) }
}
/// `SpaceVOIconVO`, a model several operations share: also named [`SpaceModelHdIconVO`], [`SpaceModelIconVO`], [`RelatedSpacesResponseBodyItemsHdIconVO`], [`RelatedSpacesResponseBodyItemsIconVO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SpaceVOIconVO {
    /// `icon`.
    pub icon: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    SpaceVOIconVO { "icon" => read_field(icon), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SpaceVOIconVO { "icon" => optional(icon), "type" => optional(r#type) }
}
/// `SpaceVOOwner`: the same model as [`DentryVOCreator`].
pub type SpaceVOOwner = DentryVOCreator;
/// `SpaceVOVisitorInfo`: the same model as [`DentryVOVisitorInfo`].
pub type SpaceVOVisitorInfo = DentryVOVisitorInfo;
/// `TeamVOCreator`, a model several operations share: also named [`TeamVOUpdater`], [`TeamModelCreator`], [`TeamModelUpdater`], [`QueryItemByUrlResponseBodySpaceOwner`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamVOCreator {
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    TeamVOCreator { "name" => read_field(name), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamVOCreator { "name" => optional(name), "unionId" => optional(union_id) }
}
/// `TeamVORelatedDeptInfo`, a model several operations share: also named [`TeamModelRelatedDeptInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamVORelatedDeptInfo {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
}
rt::impl_deserialize! {
    TeamVORelatedDeptInfo { "deptId" => read_field(dept_id), "deptName" =>
    read_field(dept_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamVORelatedDeptInfo { "deptId" => optional(dept_id), "deptName" =>
    optional(dept_name) }
}
/// `TeamVOShareScopeInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamVOShareScopeInfo {
    /// `roleId`.
    pub role_id: Option<String>,
    /// `scope`.
    pub scope: Option<i64>,
}
rt::impl_deserialize! {
    TeamVOShareScopeInfo { "roleId" => read_field(role_id), "scope" => read_field(scope)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamVOShareScopeInfo { "roleId" => optional(role_id), "scope" => optional(scope) }
}
/// `TeamVOUpdater`: the same model as [`TeamVOCreator`].
pub type TeamVOUpdater = TeamVOCreator;
/// `TeamVOVisitInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamVOVisitInfo {
    /// `roleCode`.
    pub role_code: Option<String>,
}
rt::impl_deserialize! {
    TeamVOVisitInfo { "roleCode" => read_field(role_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamVOVisitInfo { "roleCode" => optional(role_code) }
}
/// `DentryModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryModel {
    /// `contentType`.
    pub content_type: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creator`.
    pub creator: Option<DentryModelCreator>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `dentryType`.
    pub dentry_type: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `hasChildren`.
    pub has_children: Option<bool>,
    /// `linkSourceInfo`.
    pub link_source_info: Option<LinkSourceInfo>,
    /// `name`.
    pub name: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `space`.
    pub space: Option<SpaceModel>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `statisticalInfo`.
    pub statistical_info: Option<DentryModelStatisticalInfo>,
    /// `updatedTime`.
    pub updated_time: Option<i64>,
    /// `updater`.
    pub updater: Option<DentryModelUpdater>,
    /// `url`.
    pub url: Option<String>,
    /// `visitorInfo`.
    pub visitor_info: Option<DentryModelVisitorInfo>,
}
rt::impl_deserialize! {
    DentryModel { "contentType" => read_field(content_type), "createdTime" =>
    read_field(created_time), "creator" => read_field(creator), "dentryId" =>
    read_field(dentry_id), "dentryType" => read_field(dentry_type), "dentryUuid" =>
    read_field(dentry_uuid), "docKey" => read_field(doc_key), "extension" =>
    read_field(extension), "hasChildren" => read_field(has_children), "linkSourceInfo" =>
    read_field(link_source_info), "name" => read_field(name), "path" => read_field(path),
    "space" => read_field(space), "spaceId" => read_field(space_id), "statisticalInfo" =>
    read_field(statistical_info), "updatedTime" => read_field(updated_time), "updater" =>
    read_field(updater), "url" => read_field(url), "visitorInfo" =>
    read_field(visitor_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryModel { "contentType" => optional(content_type), "createdTime" =>
    optional(created_time), "creator" => optional(creator), "dentryId" =>
    optional(dentry_id), "dentryType" => optional(dentry_type), "dentryUuid" =>
    optional(dentry_uuid), "docKey" => optional(doc_key), "extension" =>
    optional(extension), "hasChildren" => optional(has_children), "linkSourceInfo" =>
    optional(link_source_info), "name" => optional(name), "path" => optional(path),
    "space" => optional(space), "spaceId" => optional(space_id), "statisticalInfo" =>
    optional(statistical_info), "updatedTime" => optional(updated_time), "updater" =>
    optional(updater), "url" => optional(url), "visitorInfo" => optional(visitor_info) }
}
/// `GetWorkspacePermissionScopesResponseBodyMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspacePermissionScopesResponseBodyMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberRole`.
    pub member_role: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
rt::impl_deserialize! {
    GetWorkspacePermissionScopesResponseBodyMembers { "memberId" =>
    read_field(member_id), "memberRole" => read_field(member_role), "memberType" =>
    read_field(member_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspacePermissionScopesResponseBodyMembers { "memberId" => optional(member_id),
    "memberRole" => optional(member_role), "memberType" => optional(member_type) }
}
/// `ListFeedsResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFeedsResponseBodyItems {
    /// `content`.
    pub content: Option<String>,
    /// `time`.
    pub time: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    ListFeedsResponseBodyItems { "content" => read_field(content), "time" =>
    read_field(time), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListFeedsResponseBodyItems { "content" => optional(content), "time" =>
    optional(time), "type" => optional(r#type) }
}
/// `ListPinSpacesResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItems {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `spaceInfo`.
    pub space_info: Option<ListPinSpacesResponseBodyResultItemsSpaceInfo>,
    /// `spacePermissionRole`.
    pub space_permission_role: Option<String>,
    /// `teamInfo`.
    pub team_info: Option<ListPinSpacesResponseBodyResultItemsTeamInfo>,
}
rt::impl_deserialize! {
    ListPinSpacesResponseBodyResultItems { "createTime" => read_field(create_time),
    "modifiedTime" => read_field(modified_time), "spaceInfo" => read_field(space_info),
    "spacePermissionRole" => read_field(space_permission_role), "teamInfo" =>
    read_field(team_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPinSpacesResponseBodyResultItems { "createTime" => optional(create_time),
    "modifiedTime" => optional(modified_time), "spaceInfo" => optional(space_info),
    "spacePermissionRole" => optional(space_permission_role), "teamInfo" =>
    optional(team_info) }
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
/// `TeamModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamModel {
    /// `cover`.
    pub cover: Option<String>,
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creator`.
    pub creator: Option<TeamModelCreator>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `relatedDeptInfo`.
    pub related_dept_info: Option<TeamModelRelatedDeptInfo>,
    /// `status`.
    pub status: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `updatedTime`.
    pub updated_time: Option<i64>,
    /// `updater`.
    pub updater: Option<TeamModelUpdater>,
    /// `url`.
    pub url: Option<String>,
    /// `visitInfo`.
    pub visit_info: Option<TeamModelVisitInfo>,
}
rt::impl_deserialize! {
    TeamModel { "cover" => read_field(cover), "createdTime" => read_field(created_time),
    "creator" => read_field(creator), "description" => read_field(description), "icon" =>
    read_field(icon), "id" => read_field(id), "name" => read_field(name),
    "relatedDeptInfo" => read_field(related_dept_info), "status" => read_field(status),
    "type" => read_field(r#type), "updatedTime" => read_field(updated_time), "updater" =>
    read_field(updater), "url" => read_field(url), "visitInfo" => read_field(visit_info)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamModel { "cover" => optional(cover), "createdTime" => optional(created_time),
    "creator" => optional(creator), "description" => optional(description), "icon" =>
    optional(icon), "id" => optional(id), "name" => optional(name), "relatedDeptInfo" =>
    optional(related_dept_info), "status" => optional(status), "type" =>
    optional(r#type), "updatedTime" => optional(updated_time), "updater" =>
    optional(updater), "url" => optional(url), "visitInfo" => optional(visit_info) }
}
/// `ListSpaceSectionsResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSpaceSectionsResponseBodyItems {
    /// `displayType`.
    pub display_type: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `spaceNum`.
    pub space_num: Option<i64>,
    /// `spaces`.
    pub spaces: Option<Vec<SpaceModel>>,
}
rt::impl_deserialize! {
    ListSpaceSectionsResponseBodyItems { "displayType" => read_field(display_type), "id"
    => read_field(id), "name" => read_field(name), "spaceNum" => read_field(space_num),
    "spaces" => read_field(spaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSpaceSectionsResponseBodyItems { "displayType" => optional(display_type), "id" =>
    optional(id), "name" => optional(name), "spaceNum" => optional(space_num), "spaces"
    => optional(spaces) }
}
/// `ListStarsResponseBodyStarList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListStarsResponseBodyStarList {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `dentryInfo`.
    pub dentry_info: Option<ListStarsResponseBodyStarListDentryInfo>,
    /// `dentryPermissionRole`.
    pub dentry_permission_role: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `spaceInfo`.
    pub space_info: Option<ListStarsResponseBodyStarListSpaceInfo>,
    /// `spacePermissionRole`.
    pub space_permission_role: Option<String>,
    /// `starType`.
    pub star_type: Option<String>,
    /// `teamInfo`.
    pub team_info: Option<ListStarsResponseBodyStarListTeamInfo>,
}
rt::impl_deserialize! {
    ListStarsResponseBodyStarList { "createTime" => read_field(create_time), "dentryInfo"
    => read_field(dentry_info), "dentryPermissionRole" =>
    read_field(dentry_permission_role), "id" => read_field(id), "isDeleted" =>
    read_field(is_deleted), "modifiedTime" => read_field(modified_time), "spaceInfo" =>
    read_field(space_info), "spacePermissionRole" => read_field(space_permission_role),
    "starType" => read_field(star_type), "teamInfo" => read_field(team_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListStarsResponseBodyStarList { "createTime" => optional(create_time), "dentryInfo"
    => optional(dentry_info), "dentryPermissionRole" => optional(dentry_permission_role),
    "id" => optional(id), "isDeleted" => optional(is_deleted), "modifiedTime" =>
    optional(modified_time), "spaceInfo" => optional(space_info), "spacePermissionRole"
    => optional(space_permission_role), "starType" => optional(star_type), "teamInfo" =>
    optional(team_info) }
}
/// `ListTeamMembersResponseBodyMembers`, a model several operations share: also named [`RemoveTeamMembersResponseBodyNotInOrgMembers`], [`SaveTeamMembersResponseBodyNotInOrgMembers`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTeamMembersResponseBodyMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
}
rt::impl_deserialize! {
    ListTeamMembersResponseBodyMembers { "memberId" => read_field(member_id),
    "memberType" => read_field(member_type), "name" => read_field(name), "roleCode" =>
    read_field(role_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTeamMembersResponseBodyMembers { "memberId" => optional(member_id), "memberType"
    => optional(member_type), "name" => optional(name), "roleCode" => optional(role_code)
    }
}
/// `QueryItemByUrlResponseBodySpace`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryItemByUrlResponseBodySpace {
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<QueryItemByUrlResponseBodySpaceOwner>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    QueryItemByUrlResponseBodySpace { "description" => read_field(description), "id" =>
    read_field(id), "name" => read_field(name), "owner" => read_field(owner), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryItemByUrlResponseBodySpace { "description" => optional(description), "id" =>
    optional(id), "name" => optional(name), "owner" => optional(owner), "type" =>
    optional(r#type) }
}
/// `QueryRecentListResponseBodyRecentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRecentListResponseBodyRecentList {
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `dentry`.
    pub dentry: Option<DentryModel>,
    /// `recentTime`.
    pub recent_time: Option<i64>,
    /// `team`.
    pub team: Option<QueryRecentListResponseBodyRecentListTeam>,
}
rt::impl_deserialize! {
    QueryRecentListResponseBodyRecentList { "deleted" => read_field(deleted), "dentry" =>
    read_field(dentry), "recentTime" => read_field(recent_time), "team" =>
    read_field(team) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecentListResponseBodyRecentList { "deleted" => optional(deleted), "dentry" =>
    optional(dentry), "recentTime" => optional(recent_time), "team" => optional(team) }
}
/// `RelatedSpacesResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RelatedSpacesResponseBodyItems {
    /// `cover`.
    pub cover: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `hdIconVO`.
    pub hd_icon_vo: Option<RelatedSpacesResponseBodyItemsHdIconVO>,
    /// `iconVO`.
    pub icon_vo: Option<RelatedSpacesResponseBodyItemsIconVO>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<RelatedSpacesResponseBodyItemsOwner>,
    /// `recentList`.
    pub recent_list: Option<Vec<DentryModel>>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `visitorInfo`.
    pub visitor_info: Option<RelatedSpacesResponseBodyItemsVisitorInfo>,
}
rt::impl_deserialize! {
    RelatedSpacesResponseBodyItems { "cover" => read_field(cover), "description" =>
    read_field(description), "hdIconVO" => read_field(hd_icon_vo), "iconVO" =>
    read_field(icon_vo), "id" => read_field(id), "name" => read_field(name), "owner" =>
    read_field(owner), "recentList" => read_field(recent_list), "type" =>
    read_field(r#type), "url" => read_field(url), "visitorInfo" =>
    read_field(visitor_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RelatedSpacesResponseBodyItems { "cover" => optional(cover), "description" =>
    optional(description), "hdIconVO" => optional(hd_icon_vo), "iconVO" =>
    optional(icon_vo), "id" => optional(id), "name" => optional(name), "owner" =>
    optional(owner), "recentList" => optional(recent_list), "type" => optional(r#type),
    "url" => optional(url), "visitorInfo" => optional(visitor_info) }
}
/// `RemoveTeamMembersResponseBodyNotInOrgMembers`: the same model as [`ListTeamMembersResponseBodyMembers`].
pub type RemoveTeamMembersResponseBodyNotInOrgMembers = ListTeamMembersResponseBodyMembers;
/// `SaveTeamMembersResponseBodyNotInOrgMembers`: the same model as [`ListTeamMembersResponseBodyMembers`].
pub type SaveTeamMembersResponseBodyNotInOrgMembers = ListTeamMembersResponseBodyMembers;
/// `SearchRequestDentryRequestCreateTimeRange`, a model several operations share: also named [`SearchRequestDentryRequestVisitTimeRange`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchRequestDentryRequestCreateTimeRange {
    /// `end`.
    pub end: Option<i64>,
    /// `start`.
    pub start: Option<i64>,
}
impl SearchRequestDentryRequestCreateTimeRange {
    /// An empty `SearchRequestDentryRequestCreateTimeRange`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `end`.
    pub fn end(mut self, value: i64) -> Self {
        self.end = Some(value);
        self
    }
    /// Sets `start`.
    pub fn start(mut self, value: i64) -> Self {
        self.start = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchRequestDentryRequestCreateTimeRange { "end" => optional(end), "start" =>
    optional(start) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchRequestDentryRequestCreateTimeRange { "end" => read_field(end), "start" =>
    read_field(start) }
}
/// `SearchRequestDentryRequestVisitTimeRange`: the same model as [`SearchRequestDentryRequestCreateTimeRange`].
pub type SearchRequestDentryRequestVisitTimeRange = SearchRequestDentryRequestCreateTimeRange;
/// `SearchResponseBodyDentryResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchResponseBodyDentryResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<SearchResponseBodyDentryResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    SearchResponseBodyDentryResult { "hasMore" => read_field(has_more), "items" =>
    read_field(items), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchResponseBodyDentryResult { "hasMore" => optional(has_more), "items" =>
    optional(items), "nextToken" => optional(next_token) }
}
/// `SearchResponseBodySpaceResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchResponseBodySpaceResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<SearchResponseBodySpaceResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    SearchResponseBodySpaceResult { "hasMore" => read_field(has_more), "items" =>
    read_field(items), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchResponseBodySpaceResult { "hasMore" => optional(has_more), "items" =>
    optional(items), "nextToken" => optional(next_token) }
}
/// `SearchTemplatesResponseBodyTemplateList`: the same model as [`CategoryTemplatesResponseBodyList`].
pub type SearchTemplatesResponseBodyTemplateList = CategoryTemplatesResponseBodyList;
/// `ShareUrlResponseBodyShareUrlInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShareUrlResponseBodyShareUrlInfo {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
rt::impl_deserialize! {
    ShareUrlResponseBodyShareUrlInfo { "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ShareUrlResponseBodyShareUrlInfo { "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url) }
}
/// `TeamTemplatesResponseBodyTemplateList`: the same model as [`CategoryTemplatesResponseBodyList`].
pub type TeamTemplatesResponseBodyTemplateList = CategoryTemplatesResponseBodyList;
/// `TemplateCategoriesResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TemplateCategoriesResponseBodyList {
    /// `categoryId`.
    pub category_id: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `sort`.
    pub sort: Option<String>,
}
rt::impl_deserialize! {
    TemplateCategoriesResponseBodyList { "categoryId" => read_field(category_id),
    "categoryName" => read_field(category_name), "sort" => read_field(sort) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TemplateCategoriesResponseBodyList { "categoryId" => optional(category_id),
    "categoryName" => optional(category_name), "sort" => optional(sort) }
}
/// `UserTemplatesResponseBodyTemplateList`: the same model as [`CategoryTemplatesResponseBodyList`].
pub type UserTemplatesResponseBodyTemplateList = CategoryTemplatesResponseBodyList;
/// `LinkSourceInfoIconUrl`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LinkSourceInfoIconUrl {
    /// `line`.
    pub line: Option<String>,
    /// `small`.
    pub small: Option<String>,
}
rt::impl_deserialize! {
    LinkSourceInfoIconUrl { "line" => read_field(line), "small" => read_field(small) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LinkSourceInfoIconUrl { "line" => optional(line), "small" => optional(small) }
}
/// `SpaceModelHdIconVO`: the same model as [`SpaceVOIconVO`].
pub type SpaceModelHdIconVO = SpaceVOIconVO;
/// `SpaceModelIconVO`: the same model as [`SpaceVOIconVO`].
pub type SpaceModelIconVO = SpaceVOIconVO;
/// `SpaceModelOwner`: the same model as [`DentryVOCreator`].
pub type SpaceModelOwner = DentryVOCreator;
/// `SpaceModelVisitorInfo`: the same model as [`DentryVOVisitorInfo`].
pub type SpaceModelVisitorInfo = DentryVOVisitorInfo;
/// `CopyDocResponseBodySyncCopyResultSpaceInfo`, a model several operations share: also named [`CopyDocWithAppAuthResponseBodySyncCopyResultSpaceInfo`], [`CreateShortcutResponseBodyOpenDentryInfoSpaceInfo`], [`ListRecentsResponseBodyRecentDentryListResourceSpaceInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyDocResponseBodySyncCopyResultSpaceInfo {
    /// `sceneType`.
    pub scene_type: Option<String>,
}
rt::impl_deserialize! {
    CopyDocResponseBodySyncCopyResultSpaceInfo { "sceneType" => read_field(scene_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyDocResponseBodySyncCopyResultSpaceInfo { "sceneType" => optional(scene_type) }
}
/// `CopyDocWithAppAuthResponseBodySyncCopyResultSpaceInfo`: the same model as [`CopyDocResponseBodySyncCopyResultSpaceInfo`].
pub type CopyDocWithAppAuthResponseBodySyncCopyResultSpaceInfo = CopyDocResponseBodySyncCopyResultSpaceInfo;
/// `CreateShortcutResponseBodyOpenDentryInfoSpaceInfo`: the same model as [`CopyDocResponseBodySyncCopyResultSpaceInfo`].
pub type CreateShortcutResponseBodyOpenDentryInfoSpaceInfo = CopyDocResponseBodySyncCopyResultSpaceInfo;
/// `DentryModelCreator`: the same model as [`DentryVOCreator`].
pub type DentryModelCreator = DentryVOCreator;
/// `DentryModelStatisticalInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryModelStatisticalInfo {
    /// `wordCount`.
    pub word_count: Option<i64>,
}
rt::impl_deserialize! {
    DentryModelStatisticalInfo { "wordCount" => read_field(word_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryModelStatisticalInfo { "wordCount" => optional(word_count) }
}
/// `DentryModelUpdater`: the same model as [`DentryVOCreator`].
pub type DentryModelUpdater = DentryVOCreator;
/// `DentryModelVisitorInfo`: the same model as [`DentryVOVisitorInfo`].
pub type DentryModelVisitorInfo = DentryVOVisitorInfo;
/// `ListPinSpacesResponseBodyResultItemsSpaceInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsSpaceInfo {
    /// `cover`.
    pub cover: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<ListPinSpacesResponseBodyResultItemsSpaceInfoCreator>,
    /// `description`.
    pub description: Option<String>,
    /// `iconVO`.
    pub icon_vo: Option<ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO>,
    /// `id`.
    pub id: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifier`.
    pub modifier: Option<ListPinSpacesResponseBodyResultItemsSpaceInfoModifier>,
    /// `name`.
    pub name: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
rt::impl_deserialize! {
    ListPinSpacesResponseBodyResultItemsSpaceInfo { "cover" => read_field(cover),
    "createTime" => read_field(create_time), "creator" => read_field(creator),
    "description" => read_field(description), "iconVO" => read_field(icon_vo), "id" =>
    read_field(id), "mobileUrl" => read_field(mobile_url), "modifiedTime" =>
    read_field(modified_time), "modifier" => read_field(modifier), "name" =>
    read_field(name), "pcUrl" => read_field(pc_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPinSpacesResponseBodyResultItemsSpaceInfo { "cover" => optional(cover),
    "createTime" => optional(create_time), "creator" => optional(creator), "description"
    => optional(description), "iconVO" => optional(icon_vo), "id" => optional(id),
    "mobileUrl" => optional(mobile_url), "modifiedTime" => optional(modified_time),
    "modifier" => optional(modifier), "name" => optional(name), "pcUrl" =>
    optional(pc_url) }
}
/// `ListPinSpacesResponseBodyResultItemsTeamInfo`, a model several operations share: also named [`ListStarsResponseBodyStarListSpaceInfo`], [`ListStarsResponseBodyStarListTeamInfo`], [`QueryRecentListResponseBodyRecentListTeam`], [`SearchResponseBodySpaceResultItemsTeamVO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsTeamInfo {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListPinSpacesResponseBodyResultItemsTeamInfo { "id" => read_field(id), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPinSpacesResponseBodyResultItemsTeamInfo { "id" => optional(id), "name" =>
    optional(name) }
}
/// `ListRecentsResponseBodyRecentDentryListResource`: the same model as [`CopyDocResponseBodySyncCopyResult`].
pub type ListRecentsResponseBodyRecentDentryListResource = CopyDocResponseBodySyncCopyResult;
/// `TeamModelCreator`: the same model as [`TeamVOCreator`].
pub type TeamModelCreator = TeamVOCreator;
/// `TeamModelRelatedDeptInfo`: the same model as [`TeamVORelatedDeptInfo`].
pub type TeamModelRelatedDeptInfo = TeamVORelatedDeptInfo;
/// `TeamModelUpdater`: the same model as [`TeamVOCreator`].
pub type TeamModelUpdater = TeamVOCreator;
/// `TeamModelVisitInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TeamModelVisitInfo {
    /// `joinTime`.
    pub join_time: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
}
rt::impl_deserialize! {
    TeamModelVisitInfo { "joinTime" => read_field(join_time), "roleCode" =>
    read_field(role_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TeamModelVisitInfo { "joinTime" => optional(join_time), "roleCode" =>
    optional(role_code) }
}
/// `ListStarsResponseBodyStarListDentryInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListStarsResponseBodyStarListDentryInfo {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<ListStarsResponseBodyStarListDentryInfoCreator>,
    /// `extension`.
    pub extension: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifier`.
    pub modifier: Option<ListStarsResponseBodyStarListDentryInfoModifier>,
    /// `name`.
    pub name: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    ListStarsResponseBodyStarListDentryInfo { "createTime" => read_field(create_time),
    "creator" => read_field(creator), "extension" => read_field(extension), "id" =>
    read_field(id), "mobileUrl" => read_field(mobile_url), "modifiedTime" =>
    read_field(modified_time), "modifier" => read_field(modifier), "name" =>
    read_field(name), "pcUrl" => read_field(pc_url), "spaceId" => read_field(space_id),
    "status" => read_field(status), "type" => read_field(r#type), "uuid" =>
    read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListStarsResponseBodyStarListDentryInfo { "createTime" => optional(create_time),
    "creator" => optional(creator), "extension" => optional(extension), "id" =>
    optional(id), "mobileUrl" => optional(mobile_url), "modifiedTime" =>
    optional(modified_time), "modifier" => optional(modifier), "name" => optional(name),
    "pcUrl" => optional(pc_url), "spaceId" => optional(space_id), "status" =>
    optional(status), "type" => optional(r#type), "uuid" => optional(uuid) }
}
/// `ListStarsResponseBodyStarListSpaceInfo`: the same model as [`ListPinSpacesResponseBodyResultItemsTeamInfo`].
pub type ListStarsResponseBodyStarListSpaceInfo = ListPinSpacesResponseBodyResultItemsTeamInfo;
/// `ListStarsResponseBodyStarListTeamInfo`: the same model as [`ListPinSpacesResponseBodyResultItemsTeamInfo`].
pub type ListStarsResponseBodyStarListTeamInfo = ListPinSpacesResponseBodyResultItemsTeamInfo;
/// `QueryItemByUrlResponseBodySpaceOwner`: the same model as [`TeamVOCreator`].
pub type QueryItemByUrlResponseBodySpaceOwner = TeamVOCreator;
/// `QueryRecentListResponseBodyRecentListTeam`: the same model as [`ListPinSpacesResponseBodyResultItemsTeamInfo`].
pub type QueryRecentListResponseBodyRecentListTeam = ListPinSpacesResponseBodyResultItemsTeamInfo;
/// `RelatedSpacesResponseBodyItemsHdIconVO`: the same model as [`SpaceVOIconVO`].
pub type RelatedSpacesResponseBodyItemsHdIconVO = SpaceVOIconVO;
/// `RelatedSpacesResponseBodyItemsIconVO`: the same model as [`SpaceVOIconVO`].
pub type RelatedSpacesResponseBodyItemsIconVO = SpaceVOIconVO;
/// `RelatedSpacesResponseBodyItemsOwner`: the same model as [`DentryVOCreator`].
pub type RelatedSpacesResponseBodyItemsOwner = DentryVOCreator;
/// `RelatedSpacesResponseBodyItemsVisitorInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RelatedSpacesResponseBodyItemsVisitorInfo {
    /// `dentryActions`.
    pub dentry_actions: Option<Vec<String>>,
    /// `pinned`.
    pub pinned: Option<bool>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `spaceActions`.
    pub space_actions: Option<Vec<String>>,
}
rt::impl_deserialize! {
    RelatedSpacesResponseBodyItemsVisitorInfo { "dentryActions" =>
    read_field(dentry_actions), "pinned" => read_field(pinned), "roleCode" =>
    read_field(role_code), "spaceActions" => read_field(space_actions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RelatedSpacesResponseBodyItemsVisitorInfo { "dentryActions" =>
    optional(dentry_actions), "pinned" => optional(pinned), "roleCode" =>
    optional(role_code), "spaceActions" => optional(space_actions) }
}
/// `SearchResponseBodyDentryResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchResponseBodyDentryResultItems {
    /// `content`.
    pub content: Option<String>,
    /// `creation`.
    pub creation: Option<OpenActionModel>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `lastEdition`.
    pub last_edition: Option<OpenActionModel>,
    /// `name`.
    pub name: Option<String>,
    /// `originName`.
    pub origin_name: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `sceneType`.
    pub scene_type: Option<i64>,
    /// `searchFileType`.
    pub search_file_type: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `thumbnailUrl`.
    pub thumbnail_url: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    SearchResponseBodyDentryResultItems { "content" => read_field(content), "creation" =>
    read_field(creation), "dentryId" => read_field(dentry_id), "dentryUuid" =>
    read_field(dentry_uuid), "extension" => read_field(extension), "iconUrl" =>
    read_field(icon_url), "lastEdition" => read_field(last_edition), "name" =>
    read_field(name), "originName" => read_field(origin_name), "path" =>
    read_field(path), "sceneType" => read_field(scene_type), "searchFileType" =>
    read_field(search_file_type), "spaceId" => read_field(space_id), "thumbnailUrl" =>
    read_field(thumbnail_url), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchResponseBodyDentryResultItems { "content" => optional(content), "creation" =>
    optional(creation), "dentryId" => optional(dentry_id), "dentryUuid" =>
    optional(dentry_uuid), "extension" => optional(extension), "iconUrl" =>
    optional(icon_url), "lastEdition" => optional(last_edition), "name" =>
    optional(name), "originName" => optional(origin_name), "path" => optional(path),
    "sceneType" => optional(scene_type), "searchFileType" => optional(search_file_type),
    "spaceId" => optional(space_id), "thumbnailUrl" => optional(thumbnail_url), "url" =>
    optional(url) }
}
/// `SearchResponseBodySpaceResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchResponseBodySpaceResultItems {
    /// `iconVO`.
    pub icon_vo: Option<SearchResponseBodySpaceResultItemsIconVO>,
    /// `name`.
    pub name: Option<String>,
    /// `originName`.
    pub origin_name: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `teamVO`.
    pub team_vo: Option<SearchResponseBodySpaceResultItemsTeamVO>,
    /// `url`.
    pub url: Option<String>,
    /// `userLastOperation`.
    pub user_last_operation: Option<SearchResponseBodySpaceResultItemsUserLastOperation>,
}
rt::impl_deserialize! {
    SearchResponseBodySpaceResultItems { "iconVO" => read_field(icon_vo), "name" =>
    read_field(name), "originName" => read_field(origin_name), "spaceId" =>
    read_field(space_id), "teamVO" => read_field(team_vo), "url" => read_field(url),
    "userLastOperation" => read_field(user_last_operation) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchResponseBodySpaceResultItems { "iconVO" => optional(icon_vo), "name" =>
    optional(name), "originName" => optional(origin_name), "spaceId" =>
    optional(space_id), "teamVO" => optional(team_vo), "url" => optional(url),
    "userLastOperation" => optional(user_last_operation) }
}
/// `ListPinSpacesResponseBodyResultItemsSpaceInfoCreator`, a model several operations share: also named [`ListPinSpacesResponseBodyResultItemsSpaceInfoModifier`], [`ListStarsResponseBodyStarListDentryInfoCreator`], [`ListStarsResponseBodyStarListDentryInfoModifier`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsSpaceInfoCreator {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListPinSpacesResponseBodyResultItemsSpaceInfoCreator { "name" => read_field(name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPinSpacesResponseBodyResultItemsSpaceInfoCreator { "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO`, a model several operations share: also named [`SearchResponseBodySpaceResultItemsIconVO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO {
    /// `icon`.
    pub icon: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO { "icon" => read_field(icon),
    "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO { "icon" => optional(icon),
    "type" => optional(r#type) }
}
/// `ListPinSpacesResponseBodyResultItemsSpaceInfoModifier`: the same model as [`ListPinSpacesResponseBodyResultItemsSpaceInfoCreator`].
pub type ListPinSpacesResponseBodyResultItemsSpaceInfoModifier = ListPinSpacesResponseBodyResultItemsSpaceInfoCreator;
/// `ListRecentsResponseBodyRecentDentryListResourceSpaceInfo`: the same model as [`CopyDocResponseBodySyncCopyResultSpaceInfo`].
pub type ListRecentsResponseBodyRecentDentryListResourceSpaceInfo = CopyDocResponseBodySyncCopyResultSpaceInfo;
/// `ListStarsResponseBodyStarListDentryInfoCreator`: the same model as [`ListPinSpacesResponseBodyResultItemsSpaceInfoCreator`].
pub type ListStarsResponseBodyStarListDentryInfoCreator = ListPinSpacesResponseBodyResultItemsSpaceInfoCreator;
/// `ListStarsResponseBodyStarListDentryInfoModifier`: the same model as [`ListPinSpacesResponseBodyResultItemsSpaceInfoCreator`].
pub type ListStarsResponseBodyStarListDentryInfoModifier = ListPinSpacesResponseBodyResultItemsSpaceInfoCreator;
/// `OpenActionModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenActionModel {
    /// `name`.
    pub name: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
rt::impl_deserialize! {
    OpenActionModel { "name" => read_field(name), "timestamp" => read_field(timestamp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenActionModel { "name" => optional(name), "timestamp" => optional(timestamp) }
}
/// `SearchResponseBodySpaceResultItemsIconVO`: the same model as [`ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO`].
pub type SearchResponseBodySpaceResultItemsIconVO = ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO;
/// `SearchResponseBodySpaceResultItemsTeamVO`: the same model as [`ListPinSpacesResponseBodyResultItemsTeamInfo`].
pub type SearchResponseBodySpaceResultItemsTeamVO = ListPinSpacesResponseBodyResultItemsTeamInfo;
/// `SearchResponseBodySpaceResultItemsUserLastOperation`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchResponseBodySpaceResultItemsUserLastOperation {
    /// `name`.
    pub name: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
rt::impl_deserialize! {
    SearchResponseBodySpaceResultItemsUserLastOperation { "name" => read_field(name),
    "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchResponseBodySpaceResultItemsUserLastOperation { "name" => optional(name),
    "time" => optional(time) }
}
/// The request of [`Api::batch_create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `param`.
    pub param: BatchCreateTeamRequestParam,
}
/// The required fields of [`BatchCreateTeamRequest`], each named where it is set: `BatchCreateTeamRequest::new(BatchCreateTeamRequired { .. })`.
pub struct BatchCreateTeamRequired {
    /// `operatorId`: see [`BatchCreateTeamRequest::operator_id`].
    pub operator_id: String,
    /// `param`: see [`BatchCreateTeamRequest::param`].
    pub param: BatchCreateTeamRequestParam,
}
impl BatchCreateTeamRequest {
    /// A `BatchCreateTeamRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(required: BatchCreateTeamRequired) -> Self {
        let BatchCreateTeamRequired { operator_id, param } = required;
        Self { operator_id, param }
    }
}
rt::impl_serialize! {
    BatchCreateTeamRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateTeamRequest { "operatorId" => read_field(operator_id), "param" =>
    read_field(param) }
}
impl rt::WriteRequest for BatchCreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_delete_recents`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchDeleteRecentsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `dentryUuids`.
    pub dentry_uuids: Vec<String>,
}
/// The required fields of [`BatchDeleteRecentsRequest`], each named where it is set: `BatchDeleteRecentsRequest::new(BatchDeleteRecentsRequired { .. })`.
pub struct BatchDeleteRecentsRequired {
    /// `operatorId`: see [`BatchDeleteRecentsRequest::operator_id`].
    pub operator_id: String,
    /// `dentryUuids`: see [`BatchDeleteRecentsRequest::dentry_uuids`].
    pub dentry_uuids: Vec<String>,
}
impl BatchDeleteRecentsRequest {
    /// A `BatchDeleteRecentsRequest` with its required fields (`operatorId`, `dentryUuids`); set the others with the methods named after them.
    pub fn new(required: BatchDeleteRecentsRequired) -> Self {
        let BatchDeleteRecentsRequired { operator_id, dentry_uuids } = required;
        Self { operator_id, dentry_uuids }
    }
}
rt::impl_serialize! {
    BatchDeleteRecentsRequest { "dentryUuids" => field(dentry_uuids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchDeleteRecentsRequest { "operatorId" => read_field(operator_id), "dentryUuids" =>
    read_field(dentry_uuids) }
}
impl rt::WriteRequest for BatchDeleteRecentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::categories_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CategoriesTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<CategoriesTemplatesRequestOption>,
    /// `param`.
    pub param: CategoriesTemplatesRequestParam,
}
/// The required fields of [`CategoriesTemplatesRequest`], each named where it is set: `CategoriesTemplatesRequest::new(CategoriesTemplatesRequired { .. })`.
pub struct CategoriesTemplatesRequired {
    /// `operatorId`: see [`CategoriesTemplatesRequest::operator_id`].
    pub operator_id: String,
    /// `param`: see [`CategoriesTemplatesRequest::param`].
    pub param: CategoriesTemplatesRequestParam,
}
impl CategoriesTemplatesRequest {
    /// A `CategoriesTemplatesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(required: CategoriesTemplatesRequired) -> Self {
        let CategoriesTemplatesRequired { operator_id, param } = required;
        Self {
            operator_id,
            option: None,
            param,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CategoriesTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    CategoriesTemplatesRequest { "option" => optional(option), "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoriesTemplatesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "param" => read_field(param) }
}
impl rt::WriteRequest for CategoriesTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::category_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CategoryTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<CategoryTemplatesRequestOption>,
    /// `param`.
    pub param: CategoryTemplatesRequestParam,
}
/// The required fields of [`CategoryTemplatesRequest`], each named where it is set: `CategoryTemplatesRequest::new(CategoryTemplatesRequired { .. })`.
pub struct CategoryTemplatesRequired {
    /// `operatorId`: see [`CategoryTemplatesRequest::operator_id`].
    pub operator_id: String,
    /// `param`: see [`CategoryTemplatesRequest::param`].
    pub param: CategoryTemplatesRequestParam,
}
impl CategoryTemplatesRequest {
    /// A `CategoryTemplatesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(required: CategoryTemplatesRequired) -> Self {
        let CategoryTemplatesRequired { operator_id, param } = required;
        Self {
            operator_id,
            option: None,
            param,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CategoryTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    CategoryTemplatesRequest { "option" => optional(option), "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CategoryTemplatesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "param" => read_field(param) }
}
impl rt::WriteRequest for CategoryTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyDentryRequest {
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `targetSpaceId`.
    pub target_space_id: String,
    /// `toNextDentryId`.
    pub to_next_dentry_id: Option<String>,
    /// `toParentDentryId`.
    pub to_parent_dentry_id: Option<String>,
    /// `toPrevDentryId`.
    pub to_prev_dentry_id: Option<String>,
}
/// The required fields of [`CopyDentryRequest`], each named where it is set: `CopyDentryRequest::new(CopyDentryRequired { .. })`.
pub struct CopyDentryRequired {
    /// `name`: see [`CopyDentryRequest::name`].
    pub name: String,
    /// `operatorId`: see [`CopyDentryRequest::operator_id`].
    pub operator_id: String,
    /// `targetSpaceId`: see [`CopyDentryRequest::target_space_id`].
    pub target_space_id: String,
}
impl CopyDentryRequest {
    /// A `CopyDentryRequest` with its required fields (`name`, `operatorId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(required: CopyDentryRequired) -> Self {
        let CopyDentryRequired { name, operator_id, target_space_id } = required;
        Self {
            name,
            operator_id,
            target_space_id,
            to_next_dentry_id: None,
            to_parent_dentry_id: None,
            to_prev_dentry_id: None,
        }
    }
    /// Sets `toNextDentryId`.
    pub fn to_next_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.to_next_dentry_id = Some(value.into());
        self
    }
    /// Sets `toParentDentryId`.
    pub fn to_parent_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.to_parent_dentry_id = Some(value.into());
        self
    }
    /// Sets `toPrevDentryId`.
    pub fn to_prev_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.to_prev_dentry_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyDentryRequest { "name" => field(name), "operatorId" => field(operator_id),
    "targetSpaceId" => field(target_space_id), "toNextDentryId" =>
    optional(to_next_dentry_id), "toParentDentryId" => optional(to_parent_dentry_id),
    "toPrevDentryId" => optional(to_prev_dentry_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDentryRequest { "name" => read_field(name), "operatorId" =>
    read_field(operator_id), "targetSpaceId" => read_field(target_space_id),
    "toNextDentryId" => read_field(to_next_dentry_id), "toParentDentryId" =>
    read_field(to_parent_dentry_id), "toPrevDentryId" => read_field(to_prev_dentry_id) }
}
impl rt::WriteRequest for CopyDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyDocRequest {
    /// `param`.
    pub param: CopyDocRequestParam,
}
/// The required fields of [`CopyDocRequest`], each named where it is set: `CopyDocRequest::new(CopyDocRequired { .. })`.
pub struct CopyDocRequired {
    /// `param`: see [`CopyDocRequest::param`].
    pub param: CopyDocRequestParam,
}
impl CopyDocRequest {
    /// A `CopyDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: CopyDocRequired) -> Self {
        let CopyDocRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    CopyDocRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDocRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for CopyDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_doc_with_app_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyDocWithAppAuthRequest {
    /// `operatorId`.
    pub operator_id: String,
    /// `sourceDentryUuid`.
    pub source_dentry_uuid: String,
    /// `targetParentDentryUuid`.
    pub target_parent_dentry_uuid: String,
    /// `targetPreDentryUuid`.
    pub target_pre_dentry_uuid: Option<String>,
}
/// The required fields of [`CopyDocWithAppAuthRequest`], each named where it is set: `CopyDocWithAppAuthRequest::new(CopyDocWithAppAuthRequired { .. })`.
pub struct CopyDocWithAppAuthRequired {
    /// `operatorId`: see [`CopyDocWithAppAuthRequest::operator_id`].
    pub operator_id: String,
    /// `sourceDentryUuid`: see [`CopyDocWithAppAuthRequest::source_dentry_uuid`].
    pub source_dentry_uuid: String,
    /// `targetParentDentryUuid`: see [`CopyDocWithAppAuthRequest::target_parent_dentry_uuid`].
    pub target_parent_dentry_uuid: String,
}
impl CopyDocWithAppAuthRequest {
    /// A `CopyDocWithAppAuthRequest` with its required fields (`operatorId`, `sourceDentryUuid`, `targetParentDentryUuid`); set the others with the methods named after them.
    pub fn new(required: CopyDocWithAppAuthRequired) -> Self {
        let CopyDocWithAppAuthRequired {
            operator_id,
            source_dentry_uuid,
            target_parent_dentry_uuid,
        } = required;
        Self {
            operator_id,
            source_dentry_uuid,
            target_parent_dentry_uuid,
            target_pre_dentry_uuid: None,
        }
    }
    /// Sets `targetPreDentryUuid`.
    pub fn target_pre_dentry_uuid(mut self, value: impl Into<String>) -> Self {
        self.target_pre_dentry_uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyDocWithAppAuthRequest { "operatorId" => field(operator_id), "sourceDentryUuid" =>
    field(source_dentry_uuid), "targetParentDentryUuid" =>
    field(target_parent_dentry_uuid), "targetPreDentryUuid" =>
    optional(target_pre_dentry_uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyDocWithAppAuthRequest { "operatorId" => read_field(operator_id),
    "sourceDentryUuid" => read_field(source_dentry_uuid), "targetParentDentryUuid" =>
    read_field(target_parent_dentry_uuid), "targetPreDentryUuid" =>
    read_field(target_pre_dentry_uuid) }
}
impl rt::WriteRequest for CopyDocWithAppAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyWorkspaceRequest {
    /// `param`.
    pub param: CopyWorkspaceRequestParam,
}
/// The required fields of [`CopyWorkspaceRequest`], each named where it is set: `CopyWorkspaceRequest::new(CopyWorkspaceRequired { .. })`.
pub struct CopyWorkspaceRequired {
    /// `param`: see [`CopyWorkspaceRequest::param`].
    pub param: CopyWorkspaceRequestParam,
}
impl CopyWorkspaceRequest {
    /// A `CopyWorkspaceRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: CopyWorkspaceRequired) -> Self {
        let CopyWorkspaceRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    CopyWorkspaceRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyWorkspaceRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for CopyWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_workspace_async`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyWorkspaceAsyncRequest {
    /// `param`.
    pub param: CopyWorkspaceAsyncRequestParam,
}
/// The required fields of [`CopyWorkspaceAsyncRequest`], each named where it is set: `CopyWorkspaceAsyncRequest::new(CopyWorkspaceAsyncRequired { .. })`.
pub struct CopyWorkspaceAsyncRequired {
    /// `param`: see [`CopyWorkspaceAsyncRequest::param`].
    pub param: CopyWorkspaceAsyncRequestParam,
}
impl CopyWorkspaceAsyncRequest {
    /// A `CopyWorkspaceAsyncRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: CopyWorkspaceAsyncRequired) -> Self {
        let CopyWorkspaceAsyncRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    CopyWorkspaceAsyncRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyWorkspaceAsyncRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for CopyWorkspaceAsyncRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDentryRequest {
    /// `dentryType`.
    pub dentry_type: String,
    /// `documentType`.
    pub document_type: Option<i64>,
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `parentDentryId`.
    pub parent_dentry_id: Option<String>,
}
/// The required fields of [`CreateDentryRequest`], each named where it is set: `CreateDentryRequest::new(CreateDentryRequired { .. })`.
pub struct CreateDentryRequired {
    /// `dentryType`: see [`CreateDentryRequest::dentry_type`].
    pub dentry_type: String,
    /// `name`: see [`CreateDentryRequest::name`].
    pub name: String,
    /// `operatorId`: see [`CreateDentryRequest::operator_id`].
    pub operator_id: String,
}
impl CreateDentryRequest {
    /// A `CreateDentryRequest` with its required fields (`dentryType`, `name`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateDentryRequired) -> Self {
        let CreateDentryRequired { dentry_type, name, operator_id } = required;
        Self {
            dentry_type,
            document_type: None,
            name,
            operator_id,
            parent_dentry_id: None,
        }
    }
    /// Sets `documentType`.
    pub fn document_type(mut self, value: i64) -> Self {
        self.document_type = Some(value);
        self
    }
    /// Sets `parentDentryId`.
    pub fn parent_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.parent_dentry_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateDentryRequest { "dentryType" => field(dentry_type), "documentType" =>
    optional(document_type), "name" => field(name), "operatorId" => field(operator_id),
    "parentDentryId" => optional(parent_dentry_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDentryRequest { "dentryType" => read_field(dentry_type), "documentType" =>
    read_field(document_type), "name" => read_field(name), "operatorId" =>
    read_field(operator_id), "parentDentryId" => read_field(parent_dentry_id) }
}
impl rt::WriteRequest for CreateDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_shortcut`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateShortcutRequest {
    /// `param`.
    pub param: CreateShortcutRequestParam,
}
/// The required fields of [`CreateShortcutRequest`], each named where it is set: `CreateShortcutRequest::new(CreateShortcutRequired { .. })`.
pub struct CreateShortcutRequired {
    /// `param`: see [`CreateShortcutRequest::param`].
    pub param: CreateShortcutRequestParam,
}
impl CreateShortcutRequest {
    /// A `CreateShortcutRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: CreateShortcutRequired) -> Self {
        let CreateShortcutRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    CreateShortcutRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateShortcutRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for CreateShortcutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_shortcut_for_migrate`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateShortcutForMigrateRequest {
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `sourceResourceId`.
    pub source_resource_id: Option<String>,
    /// `sourceResourceType`.
    pub source_resource_type: Option<String>,
    /// `targetResourceId`.
    pub target_resource_id: Option<String>,
    /// `targetResourceName`.
    pub target_resource_name: Option<String>,
    /// `targetResourceType`.
    pub target_resource_type: Option<String>,
}
impl CreateShortcutForMigrateRequest {
    /// An empty `CreateShortcutForMigrateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `sourceResourceId`.
    pub fn source_resource_id(mut self, value: impl Into<String>) -> Self {
        self.source_resource_id = Some(value.into());
        self
    }
    /// Sets `sourceResourceType`.
    pub fn source_resource_type(mut self, value: impl Into<String>) -> Self {
        self.source_resource_type = Some(value.into());
        self
    }
    /// Sets `targetResourceId`.
    pub fn target_resource_id(mut self, value: impl Into<String>) -> Self {
        self.target_resource_id = Some(value.into());
        self
    }
    /// Sets `targetResourceName`.
    pub fn target_resource_name(mut self, value: impl Into<String>) -> Self {
        self.target_resource_name = Some(value.into());
        self
    }
    /// Sets `targetResourceType`.
    pub fn target_resource_type(mut self, value: impl Into<String>) -> Self {
        self.target_resource_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateShortcutForMigrateRequest { "operatorId" => optional(operator_id),
    "sourceResourceId" => optional(source_resource_id), "sourceResourceType" =>
    optional(source_resource_type), "targetResourceId" => optional(target_resource_id),
    "targetResourceName" => optional(target_resource_name), "targetResourceType" =>
    optional(target_resource_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateShortcutForMigrateRequest { "operatorId" => read_field(operator_id),
    "sourceResourceId" => read_field(source_resource_id), "sourceResourceType" =>
    read_field(source_resource_type), "targetResourceId" =>
    read_field(target_resource_id), "targetResourceName" =>
    read_field(target_resource_name), "targetResourceType" =>
    read_field(target_resource_type) }
}
impl rt::WriteRequest for CreateShortcutForMigrateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSpaceRequest {
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `sectionId`.
    pub section_id: Option<String>,
    /// `shareScope`.
    pub share_scope: CreateSpaceRequestShareScope,
    /// `teamId`.
    pub team_id: Option<String>,
}
/// The required fields of [`CreateSpaceRequest`], each named where it is set: `CreateSpaceRequest::new(CreateSpaceRequired { .. })`.
pub struct CreateSpaceRequired {
    /// `name`: see [`CreateSpaceRequest::name`].
    pub name: String,
    /// `operatorId`: see [`CreateSpaceRequest::operator_id`].
    pub operator_id: String,
    /// `shareScope`: see [`CreateSpaceRequest::share_scope`].
    pub share_scope: CreateSpaceRequestShareScope,
}
impl CreateSpaceRequest {
    /// A `CreateSpaceRequest` with its required fields (`name`, `operatorId`, `shareScope`); set the others with the methods named after them.
    pub fn new(required: CreateSpaceRequired) -> Self {
        let CreateSpaceRequired { name, operator_id, share_scope } = required;
        Self {
            description: None,
            icon: None,
            name,
            operator_id,
            section_id: None,
            share_scope,
            team_id: None,
        }
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
    /// Sets `sectionId`.
    pub fn section_id(mut self, value: impl Into<String>) -> Self {
        self.section_id = Some(value.into());
        self
    }
    /// Sets `teamId`.
    pub fn team_id(mut self, value: impl Into<String>) -> Self {
        self.team_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSpaceRequest { "description" => optional(description), "icon" =>
    optional(icon), "name" => field(name), "operatorId" => field(operator_id),
    "sectionId" => optional(section_id), "shareScope" => field(share_scope), "teamId" =>
    optional(team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSpaceRequest { "description" => read_field(description), "icon" =>
    read_field(icon), "name" => read_field(name), "operatorId" =>
    read_field(operator_id), "sectionId" => read_field(section_id), "shareScope" =>
    read_field(share_scope), "teamId" => read_field(team_id) }
}
impl rt::WriteRequest for CreateSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTeamRequest {
    /// `cover`.
    pub cover: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `members`.
    pub members: Option<Vec<CreateTeamRequestMembers>>,
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `teamType`.
    pub team_type: i64,
}
/// The required fields of [`CreateTeamRequest`], each named where it is set: `CreateTeamRequest::new(CreateTeamRequired { .. })`.
pub struct CreateTeamRequired {
    /// `name`: see [`CreateTeamRequest::name`].
    pub name: String,
    /// `operatorId`: see [`CreateTeamRequest::operator_id`].
    pub operator_id: String,
    /// `teamType`: see [`CreateTeamRequest::team_type`].
    pub team_type: i64,
}
impl CreateTeamRequest {
    /// A `CreateTeamRequest` with its required fields (`name`, `operatorId`, `teamType`); set the others with the methods named after them.
    pub fn new(required: CreateTeamRequired) -> Self {
        let CreateTeamRequired { name, operator_id, team_type } = required;
        Self {
            cover: None,
            description: None,
            icon: None,
            members: None,
            name,
            operator_id,
            team_type,
        }
    }
    /// Sets `cover`.
    pub fn cover(mut self, value: impl Into<String>) -> Self {
        self.cover = Some(value.into());
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
    /// Sets `members`.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = CreateTeamRequestMembers>,
    ) -> Self {
        self.members = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateTeamRequest { "cover" => optional(cover), "description" =>
    optional(description), "icon" => optional(icon), "members" => optional(members),
    "name" => field(name), "operatorId" => field(operator_id), "teamType" =>
    field(team_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTeamRequest { "cover" => read_field(cover), "description" =>
    read_field(description), "icon" => read_field(icon), "members" =>
    read_field(members), "name" => read_field(name), "operatorId" =>
    read_field(operator_id), "teamType" => read_field(team_type) }
}
impl rt::WriteRequest for CreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cross_org_migrate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CrossOrgMigrateRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<CrossOrgMigrateRequestOption>,
    /// `param`.
    pub param: CrossOrgMigrateRequestParam,
}
/// The required fields of [`CrossOrgMigrateRequest`], each named where it is set: `CrossOrgMigrateRequest::new(CrossOrgMigrateRequired { .. })`.
pub struct CrossOrgMigrateRequired {
    /// `operatorId`: see [`CrossOrgMigrateRequest::operator_id`].
    pub operator_id: String,
    /// `param`: see [`CrossOrgMigrateRequest::param`].
    pub param: CrossOrgMigrateRequestParam,
}
impl CrossOrgMigrateRequest {
    /// A `CrossOrgMigrateRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(required: CrossOrgMigrateRequired) -> Self {
        let CrossOrgMigrateRequired { operator_id, param } = required;
        Self {
            operator_id,
            option: None,
            param,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: CrossOrgMigrateRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    CrossOrgMigrateRequest { "option" => optional(option), "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CrossOrgMigrateRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "param" => read_field(param) }
}
impl rt::WriteRequest for CrossOrgMigrateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteTeamRequest`], each named where it is set: `DeleteTeamRequest::new(DeleteTeamRequired { .. })`.
pub struct DeleteTeamRequired {
    /// `operatorId`: see [`DeleteTeamRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteTeamRequest {
    /// A `DeleteTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteTeamRequired) -> Self {
        let DeleteTeamRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteTeamRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<DocContentRequestOption>,
}
/// The required fields of [`DocContentRequest`], each named where it is set: `DocContentRequest::new(DocContentRequired { .. })`.
pub struct DocContentRequired {
    /// `operatorId`: see [`DocContentRequest::operator_id`].
    pub operator_id: String,
}
impl DocContentRequest {
    /// A `DocContentRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocContentRequired) -> Self {
        let DocContentRequired { operator_id } = required;
        Self { operator_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: DocContentRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    DocContentRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocContentRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for DocContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_export_by_delegated_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocExportByDelegatedPermissionRequest {
    /// `generateCp`: a query parameter.
    pub generate_cp: Option<bool>,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl DocExportByDelegatedPermissionRequest {
    /// An empty `DocExportByDelegatedPermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `generateCp`.
    pub fn generate_cp(mut self, value: bool) -> Self {
        self.generate_cp = Some(value);
        self
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocExportByDelegatedPermissionRequest { "generateCp" => read_field(generate_cp),
    "targetFormat" => read_field(target_format) }
}
impl rt::WriteRequest for DocExportByDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("generateCp", &self.generate_cp);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::doc_update_content_with_delegated_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocUpdateContentWithDelegatedPermissionRequest {
    /// `content`.
    pub content: String,
    /// `dataType`.
    pub data_type: Option<String>,
}
/// The required fields of [`DocUpdateContentWithDelegatedPermissionRequest`], each named where it is set: `DocUpdateContentWithDelegatedPermissionRequest::new(DocUpdateContentWithDelegatedPermissionRequired { .. })`.
pub struct DocUpdateContentWithDelegatedPermissionRequired {
    /// `content`: see [`DocUpdateContentWithDelegatedPermissionRequest::content`].
    pub content: String,
}
impl DocUpdateContentWithDelegatedPermissionRequest {
    /// A `DocUpdateContentWithDelegatedPermissionRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(required: DocUpdateContentWithDelegatedPermissionRequired) -> Self {
        let DocUpdateContentWithDelegatedPermissionRequired { content } = required;
        Self { content, data_type: None }
    }
    /// Sets `dataType`.
    pub fn data_type(mut self, value: impl Into<String>) -> Self {
        self.data_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DocUpdateContentWithDelegatedPermissionRequest { "content" => field(content),
    "dataType" => optional(data_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocUpdateContentWithDelegatedPermissionRequest { "content" => read_field(content),
    "dataType" => read_field(data_type) }
}
impl rt::WriteRequest for DocUpdateContentWithDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::export_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExportDocRequest {
    /// `param`.
    pub param: ExportDocRequestParam,
}
/// The required fields of [`ExportDocRequest`], each named where it is set: `ExportDocRequest::new(ExportDocRequired { .. })`.
pub struct ExportDocRequired {
    /// `param`: see [`ExportDocRequest::param`].
    pub param: ExportDocRequestParam,
}
impl ExportDocRequest {
    /// A `ExportDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: ExportDocRequired) -> Self {
        let ExportDocRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    ExportDocRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExportDocRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for ExportDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_id_by_uuid`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentryIdByUuidRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetDentryIdByUuidRequest`], each named where it is set: `GetDentryIdByUuidRequest::new(GetDentryIdByUuidRequired { .. })`.
pub struct GetDentryIdByUuidRequired {
    /// `operatorId`: see [`GetDentryIdByUuidRequest::operator_id`].
    pub operator_id: String,
}
impl GetDentryIdByUuidRequest {
    /// A `GetDentryIdByUuidRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetDentryIdByUuidRequired) -> Self {
        let GetDentryIdByUuidRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryIdByUuidRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetDentryIdByUuidRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_doc_content`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDocContentRequest {
    /// `generateCp`: a query parameter.
    pub generate_cp: Option<bool>,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl GetDocContentRequest {
    /// An empty `GetDocContentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `generateCp`.
    pub fn generate_cp(mut self, value: bool) -> Self {
        self.generate_cp = Some(value);
        self
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDocContentRequest { "generateCp" => read_field(generate_cp), "targetFormat" =>
    read_field(target_format) }
}
impl rt::WriteRequest for GetDocContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("generateCp", &self.generate_cp);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::get_doc_content_for_elm`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDocContentForELMRequest {
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl GetDocContentForELMRequest {
    /// An empty `GetDocContentForELMRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDocContentForELMRequest { "targetFormat" => read_field(target_format) }
}
impl rt::WriteRequest for GetDocContentForELMRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::get_my_space`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMySpaceRequest {
    /// `isMySpace`: a query parameter.
    pub is_my_space: Option<bool>,
}
impl GetMySpaceRequest {
    /// An empty `GetMySpaceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `isMySpace`.
    pub fn is_my_space(mut self, value: bool) -> Self {
        self.is_my_space = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMySpaceRequest { "isMySpace" => read_field(is_my_space) }
}
impl rt::WriteRequest for GetMySpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isMySpace", &self.is_my_space);
    }
}
/// The request of [`Api::get_org_or_web_open_doc_content`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrgOrWebOpenDocContentRequest {
    /// `generateCp`: a query parameter.
    pub generate_cp: Option<bool>,
    /// `scopeType`: a query parameter.
    pub scope_type: Option<i64>,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl GetOrgOrWebOpenDocContentRequest {
    /// An empty `GetOrgOrWebOpenDocContentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `generateCp`.
    pub fn generate_cp(mut self, value: bool) -> Self {
        self.generate_cp = Some(value);
        self
    }
    /// Sets `scopeType`.
    pub fn scope_type(mut self, value: i64) -> Self {
        self.scope_type = Some(value);
        self
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrgOrWebOpenDocContentRequest { "generateCp" => read_field(generate_cp),
    "scopeType" => read_field(scope_type), "targetFormat" => read_field(target_format) }
}
impl rt::WriteRequest for GetOrgOrWebOpenDocContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("generateCp", &self.generate_cp);
        writer.query("scopeType", &self.scope_type);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::get_schema`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSchemaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetSchemaRequest`], each named where it is set: `GetSchemaRequest::new(GetSchemaRequired { .. })`.
pub struct GetSchemaRequired {
    /// `operatorId`: see [`GetSchemaRequest::operator_id`].
    pub operator_id: String,
}
impl GetSchemaRequest {
    /// A `GetSchemaRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetSchemaRequired) -> Self {
        let GetSchemaRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSchemaRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetSchemaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_space_directories`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceDirectoriesRequest {
    /// `dentryId`: a query parameter.
    pub dentry_id: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetSpaceDirectoriesRequest`], each named where it is set: `GetSpaceDirectoriesRequest::new(GetSpaceDirectoriesRequired { .. })`.
pub struct GetSpaceDirectoriesRequired {
    /// `maxResults`: see [`GetSpaceDirectoriesRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`GetSpaceDirectoriesRequest::operator_id`].
    pub operator_id: String,
}
impl GetSpaceDirectoriesRequest {
    /// A `GetSpaceDirectoriesRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: GetSpaceDirectoriesRequired) -> Self {
        let GetSpaceDirectoriesRequired { max_results, operator_id } = required;
        Self {
            dentry_id: None,
            max_results,
            next_token: None,
            operator_id,
        }
    }
    /// Sets `dentryId`.
    pub fn dentry_id(mut self, value: impl Into<String>) -> Self {
        self.dentry_id = Some(value.into());
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
    GetSpaceDirectoriesRequest { "dentryId" => read_field(dentry_id), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for GetSpaceDirectoriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dentryId", &self.dentry_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_star_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetStarInfoRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetStarInfoRequest`], each named where it is set: `GetStarInfoRequest::new(GetStarInfoRequired { .. })`.
pub struct GetStarInfoRequired {
    /// `operatorId`: see [`GetStarInfoRequest::operator_id`].
    pub operator_id: String,
}
impl GetStarInfoRequest {
    /// A `GetStarInfoRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetStarInfoRequired) -> Self {
        let GetStarInfoRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetStarInfoRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetStarInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetTeamRequest`], each named where it is set: `GetTeamRequest::new(GetTeamRequired { .. })`.
pub struct GetTeamRequired {
    /// `operatorId`: see [`GetTeamRequest::operator_id`].
    pub operator_id: String,
}
impl GetTeamRequest {
    /// A `GetTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetTeamRequired) -> Self {
        let GetTeamRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTeamRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_total_number_of_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTotalNumberOfDentriesRequest {
    /// `includeFolder`: a query parameter.
    pub include_folder: Option<bool>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `spaceTypes`: a query parameter.
    pub space_types: Option<String>,
}
/// The required fields of [`GetTotalNumberOfDentriesRequest`], each named where it is set: `GetTotalNumberOfDentriesRequest::new(GetTotalNumberOfDentriesRequired { .. })`.
pub struct GetTotalNumberOfDentriesRequired {
    /// `operatorId`: see [`GetTotalNumberOfDentriesRequest::operator_id`].
    pub operator_id: String,
}
impl GetTotalNumberOfDentriesRequest {
    /// A `GetTotalNumberOfDentriesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetTotalNumberOfDentriesRequired) -> Self {
        let GetTotalNumberOfDentriesRequired { operator_id } = required;
        Self {
            include_folder: None,
            operator_id,
            space_types: None,
        }
    }
    /// Sets `includeFolder`.
    pub fn include_folder(mut self, value: bool) -> Self {
        self.include_folder = Some(value);
        self
    }
    /// Sets `spaceTypes`.
    pub fn space_types(mut self, value: impl Into<String>) -> Self {
        self.space_types = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTotalNumberOfDentriesRequest { "includeFolder" => read_field(include_folder),
    "operatorId" => read_field(operator_id), "spaceTypes" => read_field(space_types) }
}
impl rt::WriteRequest for GetTotalNumberOfDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeFolder", &self.include_folder);
        writer.query("operatorId", &self.operator_id);
        writer.query("spaceTypes", &self.space_types);
    }
}
/// The request of [`Api::get_total_number_of_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTotalNumberOfSpacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetTotalNumberOfSpacesRequest`], each named where it is set: `GetTotalNumberOfSpacesRequest::new(GetTotalNumberOfSpacesRequired { .. })`.
pub struct GetTotalNumberOfSpacesRequired {
    /// `operatorId`: see [`GetTotalNumberOfSpacesRequest::operator_id`].
    pub operator_id: String,
}
impl GetTotalNumberOfSpacesRequest {
    /// A `GetTotalNumberOfSpacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetTotalNumberOfSpacesRequired) -> Self {
        let GetTotalNumberOfSpacesRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTotalNumberOfSpacesRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetTotalNumberOfSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_user_info_by_open_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserInfoByOpenTokenRequest {
    /// `docKey`: a query parameter.
    pub doc_key: String,
    /// `openToken`: a query parameter.
    pub open_token: String,
}
/// The required fields of [`GetUserInfoByOpenTokenRequest`], each named where it is set: `GetUserInfoByOpenTokenRequest::new(GetUserInfoByOpenTokenRequired { .. })`.
pub struct GetUserInfoByOpenTokenRequired {
    /// `docKey`: see [`GetUserInfoByOpenTokenRequest::doc_key`].
    pub doc_key: String,
    /// `openToken`: see [`GetUserInfoByOpenTokenRequest::open_token`].
    pub open_token: String,
}
impl GetUserInfoByOpenTokenRequest {
    /// A `GetUserInfoByOpenTokenRequest` with its required fields (`docKey`, `openToken`); set the others with the methods named after them.
    pub fn new(required: GetUserInfoByOpenTokenRequired) -> Self {
        let GetUserInfoByOpenTokenRequired { doc_key, open_token } = required;
        Self { doc_key, open_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserInfoByOpenTokenRequest { "docKey" => read_field(doc_key), "openToken" =>
    read_field(open_token) }
}
impl rt::WriteRequest for GetUserInfoByOpenTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("docKey", &self.doc_key);
        writer.query("openToken", &self.open_token);
    }
}
/// The request of [`Api::get_uuid_by_dentry_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUuidByDentryIdRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `spaceId`: a query parameter.
    pub space_id: String,
}
/// The required fields of [`GetUuidByDentryIdRequest`], each named where it is set: `GetUuidByDentryIdRequest::new(GetUuidByDentryIdRequired { .. })`.
pub struct GetUuidByDentryIdRequired {
    /// `operatorId`: see [`GetUuidByDentryIdRequest::operator_id`].
    pub operator_id: String,
    /// `spaceId`: see [`GetUuidByDentryIdRequest::space_id`].
    pub space_id: String,
}
impl GetUuidByDentryIdRequest {
    /// A `GetUuidByDentryIdRequest` with its required fields (`operatorId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: GetUuidByDentryIdRequired) -> Self {
        let GetUuidByDentryIdRequired { operator_id, space_id } = required;
        Self { operator_id, space_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUuidByDentryIdRequest { "operatorId" => read_field(operator_id), "spaceId" =>
    read_field(space_id) }
}
impl rt::WriteRequest for GetUuidByDentryIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("spaceId", &self.space_id);
    }
}
/// The request of [`Api::get_uuid_by_id_or_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUuidByIdOrUrlRequest {
    /// `idOrUrl`: a query parameter.
    pub id_or_url: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetUuidByIdOrUrlRequest`], each named where it is set: `GetUuidByIdOrUrlRequest::new(GetUuidByIdOrUrlRequired { .. })`.
pub struct GetUuidByIdOrUrlRequired {
    /// `idOrUrl`: see [`GetUuidByIdOrUrlRequest::id_or_url`].
    pub id_or_url: String,
    /// `operatorId`: see [`GetUuidByIdOrUrlRequest::operator_id`].
    pub operator_id: String,
}
impl GetUuidByIdOrUrlRequest {
    /// A `GetUuidByIdOrUrlRequest` with its required fields (`idOrUrl`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: GetUuidByIdOrUrlRequired) -> Self {
        let GetUuidByIdOrUrlRequired { id_or_url, operator_id } = required;
        Self { id_or_url, operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUuidByIdOrUrlRequest { "idOrUrl" => read_field(id_or_url), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for GetUuidByIdOrUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("idOrUrl", &self.id_or_url);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_workspace_permission_scopes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWorkspacePermissionScopesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetWorkspacePermissionScopesRequest`], each named where it is set: `GetWorkspacePermissionScopesRequest::new(GetWorkspacePermissionScopesRequired { .. })`.
pub struct GetWorkspacePermissionScopesRequired {
    /// `operatorId`: see [`GetWorkspacePermissionScopesRequest::operator_id`].
    pub operator_id: String,
}
impl GetWorkspacePermissionScopesRequest {
    /// A `GetWorkspacePermissionScopesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetWorkspacePermissionScopesRequired) -> Self {
        let GetWorkspacePermissionScopesRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWorkspacePermissionScopesRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetWorkspacePermissionScopesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::handover_team_without_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HandoverTeamWithoutAuthRequest {
    /// `param`.
    pub param: HandoverTeamWithoutAuthRequestParam,
}
/// The required fields of [`HandoverTeamWithoutAuthRequest`], each named where it is set: `HandoverTeamWithoutAuthRequest::new(HandoverTeamWithoutAuthRequired { .. })`.
pub struct HandoverTeamWithoutAuthRequired {
    /// `param`: see [`HandoverTeamWithoutAuthRequest::param`].
    pub param: HandoverTeamWithoutAuthRequestParam,
}
impl HandoverTeamWithoutAuthRequest {
    /// A `HandoverTeamWithoutAuthRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: HandoverTeamWithoutAuthRequired) -> Self {
        let HandoverTeamWithoutAuthRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    HandoverTeamWithoutAuthRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HandoverTeamWithoutAuthRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for HandoverTeamWithoutAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::handovery_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HandoveryWorkspaceRequest {
    /// `param`.
    pub param: HandoveryWorkspaceRequestParam,
}
/// The required fields of [`HandoveryWorkspaceRequest`], each named where it is set: `HandoveryWorkspaceRequest::new(HandoveryWorkspaceRequired { .. })`.
pub struct HandoveryWorkspaceRequired {
    /// `param`: see [`HandoveryWorkspaceRequest::param`].
    pub param: HandoveryWorkspaceRequestParam,
}
impl HandoveryWorkspaceRequest {
    /// A `HandoveryWorkspaceRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: HandoveryWorkspaceRequired) -> Self {
        let HandoveryWorkspaceRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    HandoveryWorkspaceRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HandoveryWorkspaceRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for HandoveryWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_feeds`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListFeedsRequest {
    /// `excludeFile`: a query parameter.
    pub exclude_file: Option<bool>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ListFeedsRequest`], each named where it is set: `ListFeedsRequest::new(ListFeedsRequired { .. })`.
pub struct ListFeedsRequired {
    /// `maxResults`: see [`ListFeedsRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`ListFeedsRequest::operator_id`].
    pub operator_id: String,
}
impl ListFeedsRequest {
    /// A `ListFeedsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: ListFeedsRequired) -> Self {
        let ListFeedsRequired { max_results, operator_id } = required;
        Self {
            exclude_file: None,
            max_results,
            next_token: None,
            operator_id,
        }
    }
    /// Sets `excludeFile`.
    pub fn exclude_file(mut self, value: bool) -> Self {
        self.exclude_file = Some(value);
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
    ListFeedsRequest { "excludeFile" => read_field(exclude_file), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for ListFeedsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("excludeFile", &self.exclude_file);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_hot_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListHotDocsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ListHotDocsRequest`], each named where it is set: `ListHotDocsRequest::new(ListHotDocsRequired { .. })`.
pub struct ListHotDocsRequired {
    /// `operatorId`: see [`ListHotDocsRequest::operator_id`].
    pub operator_id: String,
}
impl ListHotDocsRequest {
    /// A `ListHotDocsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListHotDocsRequired) -> Self {
        let ListHotDocsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListHotDocsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ListHotDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_pin_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListPinSpacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<ListPinSpacesRequestOption>,
}
/// The required fields of [`ListPinSpacesRequest`], each named where it is set: `ListPinSpacesRequest::new(ListPinSpacesRequired { .. })`.
pub struct ListPinSpacesRequired {
    /// `operatorId`: see [`ListPinSpacesRequest::operator_id`].
    pub operator_id: String,
}
impl ListPinSpacesRequest {
    /// A `ListPinSpacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListPinSpacesRequired) -> Self {
        let ListPinSpacesRequired { operator_id } = required;
        Self { operator_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListPinSpacesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListPinSpacesRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPinSpacesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for ListPinSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_recents`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRecentsRequest {
    /// `param`.
    pub param: ListRecentsRequestParam,
}
/// The required fields of [`ListRecentsRequest`], each named where it is set: `ListRecentsRequest::new(ListRecentsRequired { .. })`.
pub struct ListRecentsRequired {
    /// `param`: see [`ListRecentsRequest::param`].
    pub param: ListRecentsRequestParam,
}
impl ListRecentsRequest {
    /// A `ListRecentsRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: ListRecentsRequired) -> Self {
        let ListRecentsRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    ListRecentsRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRecentsRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for ListRecentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_related_space_teams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRelatedSpaceTeamsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `type`: a query parameter.
    pub r#type: Option<i64>,
}
/// The required fields of [`ListRelatedSpaceTeamsRequest`], each named where it is set: `ListRelatedSpaceTeamsRequest::new(ListRelatedSpaceTeamsRequired { .. })`.
pub struct ListRelatedSpaceTeamsRequired {
    /// `operatorId`: see [`ListRelatedSpaceTeamsRequest::operator_id`].
    pub operator_id: String,
}
impl ListRelatedSpaceTeamsRequest {
    /// A `ListRelatedSpaceTeamsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListRelatedSpaceTeamsRequired) -> Self {
        let ListRelatedSpaceTeamsRequired { operator_id } = required;
        Self { operator_id, r#type: None }
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRelatedSpaceTeamsRequest { "operatorId" => read_field(operator_id), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for ListRelatedSpaceTeamsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::list_related_teams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListRelatedTeamsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `type`: a query parameter.
    pub r#type: Option<i64>,
}
/// The required fields of [`ListRelatedTeamsRequest`], each named where it is set: `ListRelatedTeamsRequest::new(ListRelatedTeamsRequired { .. })`.
pub struct ListRelatedTeamsRequired {
    /// `maxResults`: see [`ListRelatedTeamsRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`ListRelatedTeamsRequest::operator_id`].
    pub operator_id: String,
}
impl ListRelatedTeamsRequest {
    /// A `ListRelatedTeamsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: ListRelatedTeamsRequired) -> Self {
        let ListRelatedTeamsRequired { max_results, operator_id } = required;
        Self {
            max_results,
            next_token: None,
            operator_id,
            r#type: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListRelatedTeamsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for ListRelatedTeamsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::list_space_sections`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSpaceSectionsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ListSpaceSectionsRequest`], each named where it is set: `ListSpaceSectionsRequest::new(ListSpaceSectionsRequired { .. })`.
pub struct ListSpaceSectionsRequired {
    /// `operatorId`: see [`ListSpaceSectionsRequest::operator_id`].
    pub operator_id: String,
}
impl ListSpaceSectionsRequest {
    /// A `ListSpaceSectionsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListSpaceSectionsRequired) -> Self {
        let ListSpaceSectionsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSpaceSectionsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ListSpaceSectionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_stars`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListStarsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<ListStarsRequestOption>,
}
/// The required fields of [`ListStarsRequest`], each named where it is set: `ListStarsRequest::new(ListStarsRequired { .. })`.
pub struct ListStarsRequired {
    /// `operatorId`: see [`ListStarsRequest::operator_id`].
    pub operator_id: String,
}
impl ListStarsRequest {
    /// A `ListStarsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListStarsRequired) -> Self {
        let ListStarsRequired { operator_id } = required;
        Self { operator_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListStarsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListStarsRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListStarsRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for ListStarsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_team_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListTeamMembersRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ListTeamMembersRequest`], each named where it is set: `ListTeamMembersRequest::new(ListTeamMembersRequired { .. })`.
pub struct ListTeamMembersRequired {
    /// `operatorId`: see [`ListTeamMembersRequest::operator_id`].
    pub operator_id: String,
}
impl ListTeamMembersRequest {
    /// A `ListTeamMembersRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListTeamMembersRequired) -> Self {
        let ListTeamMembersRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTeamMembersRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ListTeamMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::lock_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LockDocRequest {
    /// `param`.
    pub param: LockDocRequestParam,
}
/// The required fields of [`LockDocRequest`], each named where it is set: `LockDocRequest::new(LockDocRequired { .. })`.
pub struct LockDocRequired {
    /// `param`: see [`LockDocRequest::param`].
    pub param: LockDocRequestParam,
}
impl LockDocRequest {
    /// A `LockDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: LockDocRequired) -> Self {
        let LockDocRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    LockDocRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LockDocRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for LockDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::lock_doc_by_delegated_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LockDocByDelegatedPermissionRequest {
    /// `param`.
    pub param: LockDocByDelegatedPermissionRequestParam,
}
/// The required fields of [`LockDocByDelegatedPermissionRequest`], each named where it is set: `LockDocByDelegatedPermissionRequest::new(LockDocByDelegatedPermissionRequired { .. })`.
pub struct LockDocByDelegatedPermissionRequired {
    /// `param`: see [`LockDocByDelegatedPermissionRequest::param`].
    pub param: LockDocByDelegatedPermissionRequestParam,
}
impl LockDocByDelegatedPermissionRequest {
    /// A `LockDocByDelegatedPermissionRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: LockDocByDelegatedPermissionRequired) -> Self {
        let LockDocByDelegatedPermissionRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    LockDocByDelegatedPermissionRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LockDocByDelegatedPermissionRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for LockDocByDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::mark_star`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MarkStarRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`MarkStarRequest`], each named where it is set: `MarkStarRequest::new(MarkStarRequired { .. })`.
pub struct MarkStarRequired {
    /// `operatorId`: see [`MarkStarRequest::operator_id`].
    pub operator_id: String,
}
impl MarkStarRequest {
    /// A `MarkStarRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: MarkStarRequired) -> Self {
        let MarkStarRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MarkStarRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for MarkStarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::move_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MoveDentryRequest {
    /// `operatorId`.
    pub operator_id: String,
    /// `targetSpaceId`.
    pub target_space_id: String,
    /// `toNextDentryId`.
    pub to_next_dentry_id: Option<String>,
    /// `toParentDentryId`.
    pub to_parent_dentry_id: Option<String>,
    /// `toPrevDentryId`.
    pub to_prev_dentry_id: Option<String>,
}
/// The required fields of [`MoveDentryRequest`], each named where it is set: `MoveDentryRequest::new(MoveDentryRequired { .. })`.
pub struct MoveDentryRequired {
    /// `operatorId`: see [`MoveDentryRequest::operator_id`].
    pub operator_id: String,
    /// `targetSpaceId`: see [`MoveDentryRequest::target_space_id`].
    pub target_space_id: String,
}
impl MoveDentryRequest {
    /// A `MoveDentryRequest` with its required fields (`operatorId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(required: MoveDentryRequired) -> Self {
        let MoveDentryRequired { operator_id, target_space_id } = required;
        Self {
            operator_id,
            target_space_id,
            to_next_dentry_id: None,
            to_parent_dentry_id: None,
            to_prev_dentry_id: None,
        }
    }
    /// Sets `toNextDentryId`.
    pub fn to_next_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.to_next_dentry_id = Some(value.into());
        self
    }
    /// Sets `toParentDentryId`.
    pub fn to_parent_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.to_parent_dentry_id = Some(value.into());
        self
    }
    /// Sets `toPrevDentryId`.
    pub fn to_prev_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.to_prev_dentry_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MoveDentryRequest { "operatorId" => field(operator_id), "targetSpaceId" =>
    field(target_space_id), "toNextDentryId" => optional(to_next_dentry_id),
    "toParentDentryId" => optional(to_parent_dentry_id), "toPrevDentryId" =>
    optional(to_prev_dentry_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveDentryRequest { "operatorId" => read_field(operator_id), "targetSpaceId" =>
    read_field(target_space_id), "toNextDentryId" => read_field(to_next_dentry_id),
    "toParentDentryId" => read_field(to_parent_dentry_id), "toPrevDentryId" =>
    read_field(to_prev_dentry_id) }
}
impl rt::WriteRequest for MoveDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pin_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PinSpaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`PinSpaceRequest`], each named where it is set: `PinSpaceRequest::new(PinSpaceRequired { .. })`.
pub struct PinSpaceRequired {
    /// `operatorId`: see [`PinSpaceRequest::operator_id`].
    pub operator_id: String,
}
impl PinSpaceRequest {
    /// A `PinSpaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: PinSpaceRequired) -> Self {
        let PinSpaceRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PinSpaceRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for PinSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDentryRequest {
    /// `includeSpace`: a query parameter.
    pub include_space: Option<bool>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`QueryDentryRequest`], each named where it is set: `QueryDentryRequest::new(QueryDentryRequired { .. })`.
pub struct QueryDentryRequired {
    /// `operatorId`: see [`QueryDentryRequest::operator_id`].
    pub operator_id: String,
}
impl QueryDentryRequest {
    /// A `QueryDentryRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: QueryDentryRequired) -> Self {
        let QueryDentryRequired { operator_id } = required;
        Self {
            include_space: None,
            operator_id,
        }
    }
    /// Sets `includeSpace`.
    pub fn include_space(mut self, value: bool) -> Self {
        self.include_space = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDentryRequest { "includeSpace" => read_field(include_space), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for QueryDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeSpace", &self.include_space);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_doc_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDocContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
/// The required fields of [`QueryDocContentRequest`], each named where it is set: `QueryDocContentRequest::new(QueryDocContentRequired { .. })`.
pub struct QueryDocContentRequired {
    /// `operatorId`: see [`QueryDocContentRequest::operator_id`].
    pub operator_id: String,
}
impl QueryDocContentRequest {
    /// A `QueryDocContentRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: QueryDocContentRequired) -> Self {
        let QueryDocContentRequired { operator_id } = required;
        Self {
            operator_id,
            target_format: None,
        }
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDocContentRequest { "operatorId" => read_field(operator_id), "targetFormat" =>
    read_field(target_format) }
}
impl rt::WriteRequest for QueryDocContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::query_export_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryExportTaskRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`QueryExportTaskRequest`], each named where it is set: `QueryExportTaskRequest::new(QueryExportTaskRequired { .. })`.
pub struct QueryExportTaskRequired {
    /// `operatorId`: see [`QueryExportTaskRequest::operator_id`].
    pub operator_id: String,
    /// `taskId`: see [`QueryExportTaskRequest::task_id`].
    pub task_id: String,
}
impl QueryExportTaskRequest {
    /// A `QueryExportTaskRequest` with its required fields (`operatorId`, `taskId`); set the others with the methods named after them.
    pub fn new(required: QueryExportTaskRequired) -> Self {
        let QueryExportTaskRequired { operator_id, task_id } = required;
        Self { operator_id, task_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryExportTaskRequest { "operatorId" => read_field(operator_id), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for QueryExportTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::query_get_content_job`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGetContentJobRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `taskId`: a query parameter.
    pub task_id: Option<i64>,
}
/// The required fields of [`QueryGetContentJobRequest`], each named where it is set: `QueryGetContentJobRequest::new(QueryGetContentJobRequired { .. })`.
pub struct QueryGetContentJobRequired {
    /// `operatorId`: see [`QueryGetContentJobRequest::operator_id`].
    pub operator_id: String,
}
impl QueryGetContentJobRequest {
    /// A `QueryGetContentJobRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: QueryGetContentJobRequired) -> Self {
        let QueryGetContentJobRequired { operator_id } = required;
        Self { operator_id, task_id: None }
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGetContentJobRequest { "operatorId" => read_field(operator_id), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for QueryGetContentJobRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::query_item_by_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryItemByUrlRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `url`: a query parameter.
    pub url: String,
    /// `withStatisticalInfo`: a query parameter.
    pub with_statistical_info: Option<bool>,
}
/// The required fields of [`QueryItemByUrlRequest`], each named where it is set: `QueryItemByUrlRequest::new(QueryItemByUrlRequired { .. })`.
pub struct QueryItemByUrlRequired {
    /// `operatorId`: see [`QueryItemByUrlRequest::operator_id`].
    pub operator_id: String,
    /// `url`: see [`QueryItemByUrlRequest::url`].
    pub url: String,
}
impl QueryItemByUrlRequest {
    /// A `QueryItemByUrlRequest` with its required fields (`operatorId`, `url`); set the others with the methods named after them.
    pub fn new(required: QueryItemByUrlRequired) -> Self {
        let QueryItemByUrlRequired { operator_id, url } = required;
        Self {
            operator_id,
            url,
            with_statistical_info: None,
        }
    }
    /// Sets `withStatisticalInfo`.
    pub fn with_statistical_info(mut self, value: bool) -> Self {
        self.with_statistical_info = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryItemByUrlRequest { "operatorId" => read_field(operator_id), "url" =>
    read_field(url), "withStatisticalInfo" => read_field(with_statistical_info) }
}
impl rt::WriteRequest for QueryItemByUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("url", &self.url);
        writer.query("withStatisticalInfo", &self.with_statistical_info);
    }
}
/// The request of [`Api::query_recent_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRecentListRequest {
    /// `creatorType`: a query parameter.
    pub creator_type: Option<i64>,
    /// `fileType`: a query parameter.
    pub file_type: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `recentType`: a query parameter.
    pub recent_type: i64,
}
/// The required fields of [`QueryRecentListRequest`], each named where it is set: `QueryRecentListRequest::new(QueryRecentListRequired { .. })`.
pub struct QueryRecentListRequired {
    /// `maxResults`: see [`QueryRecentListRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`QueryRecentListRequest::operator_id`].
    pub operator_id: String,
    /// `recentType`: see [`QueryRecentListRequest::recent_type`].
    pub recent_type: i64,
}
impl QueryRecentListRequest {
    /// A `QueryRecentListRequest` with its required fields (`maxResults`, `operatorId`, `recentType`); set the others with the methods named after them.
    pub fn new(required: QueryRecentListRequired) -> Self {
        let QueryRecentListRequired { max_results, operator_id, recent_type } = required;
        Self {
            creator_type: None,
            file_type: None,
            max_results,
            next_token: None,
            operator_id,
            recent_type,
        }
    }
    /// Sets `creatorType`.
    pub fn creator_type(mut self, value: i64) -> Self {
        self.creator_type = Some(value);
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: i64) -> Self {
        self.file_type = Some(value);
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
    QueryRecentListRequest { "creatorType" => read_field(creator_type), "fileType" =>
    read_field(file_type), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "recentType" =>
    read_field(recent_type) }
}
impl rt::WriteRequest for QueryRecentListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("creatorType", &self.creator_type);
        writer.query("fileType", &self.file_type);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("recentType", &self.recent_type);
    }
}
/// The request of [`Api::query_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySpaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`QuerySpaceRequest`], each named where it is set: `QuerySpaceRequest::new(QuerySpaceRequired { .. })`.
pub struct QuerySpaceRequired {
    /// `operatorId`: see [`QuerySpaceRequest::operator_id`].
    pub operator_id: String,
}
impl QuerySpaceRequest {
    /// A `QuerySpaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: QuerySpaceRequired) -> Self {
        let QuerySpaceRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySpaceRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for QuerySpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::related_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RelatedSpacesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `teamId`: a query parameter.
    pub team_id: Option<String>,
}
/// The required fields of [`RelatedSpacesRequest`], each named where it is set: `RelatedSpacesRequest::new(RelatedSpacesRequired { .. })`.
pub struct RelatedSpacesRequired {
    /// `maxResults`: see [`RelatedSpacesRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`RelatedSpacesRequest::operator_id`].
    pub operator_id: String,
}
impl RelatedSpacesRequest {
    /// A `RelatedSpacesRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: RelatedSpacesRequired) -> Self {
        let RelatedSpacesRequired { max_results, operator_id } = required;
        Self {
            max_results,
            next_token: None,
            operator_id,
            team_id: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `teamId`.
    pub fn team_id(mut self, value: impl Into<String>) -> Self {
        self.team_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RelatedSpacesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "teamId" =>
    read_field(team_id) }
}
impl rt::WriteRequest for RelatedSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("teamId", &self.team_id);
    }
}
/// The request of [`Api::remove_team_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveTeamMembersRequest {
    /// `members`.
    pub members: Vec<RemoveTeamMembersRequestMembers>,
    /// `notify`.
    pub notify: Option<bool>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`RemoveTeamMembersRequest`], each named where it is set: `RemoveTeamMembersRequest::new(RemoveTeamMembersRequired { .. })`.
pub struct RemoveTeamMembersRequired {
    /// `members`: see [`RemoveTeamMembersRequest::members`].
    pub members: Vec<RemoveTeamMembersRequestMembers>,
    /// `operatorId`: see [`RemoveTeamMembersRequest::operator_id`].
    pub operator_id: String,
}
impl RemoveTeamMembersRequest {
    /// A `RemoveTeamMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: RemoveTeamMembersRequired) -> Self {
        let RemoveTeamMembersRequired { members, operator_id } = required;
        Self {
            members,
            notify: None,
            operator_id,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
        self
    }
}
rt::impl_serialize! {
    RemoveTeamMembersRequest { "members" => field(members), "notify" => optional(notify),
    "operatorId" => field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveTeamMembersRequest { "members" => read_field(members), "notify" =>
    read_field(notify), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for RemoveTeamMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rename_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RenameDentryRequest {
    /// `name`: a query parameter.
    pub name: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`RenameDentryRequest`], each named where it is set: `RenameDentryRequest::new(RenameDentryRequired { .. })`.
pub struct RenameDentryRequired {
    /// `name`: see [`RenameDentryRequest::name`].
    pub name: String,
    /// `operatorId`: see [`RenameDentryRequest::operator_id`].
    pub operator_id: String,
}
impl RenameDentryRequest {
    /// A `RenameDentryRequest` with its required fields (`name`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: RenameDentryRequired) -> Self {
        let RenameDentryRequired { name, operator_id } = required;
        Self { name, operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RenameDentryRequest { "name" => read_field(name), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for RenameDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("name", &self.name);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::save_team_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveTeamMembersRequest {
    /// `members`.
    pub members: Vec<SaveTeamMembersRequestMembers>,
    /// `notify`.
    pub notify: Option<bool>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`SaveTeamMembersRequest`], each named where it is set: `SaveTeamMembersRequest::new(SaveTeamMembersRequired { .. })`.
pub struct SaveTeamMembersRequired {
    /// `members`: see [`SaveTeamMembersRequest::members`].
    pub members: Vec<SaveTeamMembersRequestMembers>,
    /// `operatorId`: see [`SaveTeamMembersRequest::operator_id`].
    pub operator_id: String,
}
impl SaveTeamMembersRequest {
    /// A `SaveTeamMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: SaveTeamMembersRequired) -> Self {
        let SaveTeamMembersRequired { members, operator_id } = required;
        Self {
            members,
            notify: None,
            operator_id,
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
        self
    }
}
rt::impl_serialize! {
    SaveTeamMembersRequest { "members" => field(members), "notify" => optional(notify),
    "operatorId" => field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveTeamMembersRequest { "members" => read_field(members), "notify" =>
    read_field(notify), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for SaveTeamMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchRequest {
    /// `dentryRequest`.
    pub dentry_request: Option<SearchRequestDentryRequest>,
    /// `keyword`.
    pub keyword: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `spaceRequest`.
    pub space_request: Option<SearchRequestSpaceRequest>,
}
impl SearchRequest {
    /// An empty `SearchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dentryRequest`.
    pub fn dentry_request(mut self, value: SearchRequestDentryRequest) -> Self {
        self.dentry_request = Some(value);
        self
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `spaceRequest`.
    pub fn space_request(mut self, value: SearchRequestSpaceRequest) -> Self {
        self.space_request = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchRequest { "dentryRequest" => optional(dentry_request), "keyword" =>
    optional(keyword), "operatorId" => optional(operator_id), "spaceRequest" =>
    optional(space_request) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchRequest { "dentryRequest" => read_field(dentry_request), "keyword" =>
    read_field(keyword), "operatorId" => read_field(operator_id), "spaceRequest" =>
    read_field(space_request) }
}
impl rt::WriteRequest for SearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<SearchTemplatesRequestOption>,
    /// `param`.
    pub param: SearchTemplatesRequestParam,
}
/// The required fields of [`SearchTemplatesRequest`], each named where it is set: `SearchTemplatesRequest::new(SearchTemplatesRequired { .. })`.
pub struct SearchTemplatesRequired {
    /// `operatorId`: see [`SearchTemplatesRequest::operator_id`].
    pub operator_id: String,
    /// `param`: see [`SearchTemplatesRequest::param`].
    pub param: SearchTemplatesRequestParam,
}
impl SearchTemplatesRequest {
    /// A `SearchTemplatesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(required: SearchTemplatesRequired) -> Self {
        let SearchTemplatesRequired { operator_id, param } = required;
        Self {
            operator_id,
            option: None,
            param,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: SearchTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchTemplatesRequest { "option" => optional(option), "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchTemplatesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "param" => read_field(param) }
}
impl rt::WriteRequest for SearchTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::share_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ShareUrlRequest {
    /// `param`.
    pub param: ShareUrlRequestParam,
}
/// The required fields of [`ShareUrlRequest`], each named where it is set: `ShareUrlRequest::new(ShareUrlRequired { .. })`.
pub struct ShareUrlRequired {
    /// `param`: see [`ShareUrlRequest::param`].
    pub param: ShareUrlRequestParam,
}
impl ShareUrlRequest {
    /// A `ShareUrlRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: ShareUrlRequired) -> Self {
        let ShareUrlRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    ShareUrlRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ShareUrlRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for ShareUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_export_job`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitExportJobRequest {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `targetFormat`.
    pub target_format: String,
}
/// The required fields of [`SubmitExportJobRequest`], each named where it is set: `SubmitExportJobRequest::new(SubmitExportJobRequired { .. })`.
pub struct SubmitExportJobRequired {
    /// `dentryUuid`: see [`SubmitExportJobRequest::dentry_uuid`].
    pub dentry_uuid: String,
    /// `operatorId`: see [`SubmitExportJobRequest::operator_id`].
    pub operator_id: String,
    /// `targetFormat`: see [`SubmitExportJobRequest::target_format`].
    pub target_format: String,
}
impl SubmitExportJobRequest {
    /// A `SubmitExportJobRequest` with its required fields (`dentryUuid`, `operatorId`, `targetFormat`); set the others with the methods named after them.
    pub fn new(required: SubmitExportJobRequired) -> Self {
        let SubmitExportJobRequired { dentry_uuid, operator_id, target_format } = required;
        Self {
            dentry_uuid,
            operator_id,
            target_format,
        }
    }
}
rt::impl_serialize! {
    SubmitExportJobRequest { "dentryUuid" => field(dentry_uuid), "operatorId" =>
    field(operator_id), "targetFormat" => field(target_format) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitExportJobRequest { "dentryUuid" => read_field(dentry_uuid), "operatorId" =>
    read_field(operator_id), "targetFormat" => read_field(target_format) }
}
impl rt::WriteRequest for SubmitExportJobRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_get_content_job`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitGetContentJobRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
/// The required fields of [`SubmitGetContentJobRequest`], each named where it is set: `SubmitGetContentJobRequest::new(SubmitGetContentJobRequired { .. })`.
pub struct SubmitGetContentJobRequired {
    /// `operatorId`: see [`SubmitGetContentJobRequest::operator_id`].
    pub operator_id: String,
}
impl SubmitGetContentJobRequest {
    /// A `SubmitGetContentJobRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: SubmitGetContentJobRequired) -> Self {
        let SubmitGetContentJobRequired { operator_id } = required;
        Self {
            operator_id,
            target_format: None,
        }
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitGetContentJobRequest { "operatorId" => read_field(operator_id), "targetFormat"
    => read_field(target_format) }
}
impl rt::WriteRequest for SubmitGetContentJobRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::team_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TeamTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<TeamTemplatesRequestOption>,
}
/// The required fields of [`TeamTemplatesRequest`], each named where it is set: `TeamTemplatesRequest::new(TeamTemplatesRequired { .. })`.
pub struct TeamTemplatesRequired {
    /// `operatorId`: see [`TeamTemplatesRequest::operator_id`].
    pub operator_id: String,
}
impl TeamTemplatesRequest {
    /// A `TeamTemplatesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: TeamTemplatesRequired) -> Self {
        let TeamTemplatesRequired { operator_id } = required;
        Self { operator_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: TeamTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    TeamTemplatesRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TeamTemplatesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for TeamTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::template_categories`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TemplateCategoriesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<TemplateCategoriesRequestOption>,
    /// `param`.
    pub param: TemplateCategoriesRequestParam,
}
/// The required fields of [`TemplateCategoriesRequest`], each named where it is set: `TemplateCategoriesRequest::new(TemplateCategoriesRequired { .. })`.
pub struct TemplateCategoriesRequired {
    /// `operatorId`: see [`TemplateCategoriesRequest::operator_id`].
    pub operator_id: String,
    /// `param`: see [`TemplateCategoriesRequest::param`].
    pub param: TemplateCategoriesRequestParam,
}
impl TemplateCategoriesRequest {
    /// A `TemplateCategoriesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(required: TemplateCategoriesRequired) -> Self {
        let TemplateCategoriesRequired { operator_id, param } = required;
        Self {
            operator_id,
            option: None,
            param,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: TemplateCategoriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    TemplateCategoriesRequest { "option" => optional(option), "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TemplateCategoriesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "param" => read_field(param) }
}
impl rt::WriteRequest for TemplateCategoriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unlock_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocRequest {
    /// `param`.
    pub param: UnlockDocRequestParam,
}
/// The required fields of [`UnlockDocRequest`], each named where it is set: `UnlockDocRequest::new(UnlockDocRequired { .. })`.
pub struct UnlockDocRequired {
    /// `param`: see [`UnlockDocRequest::param`].
    pub param: UnlockDocRequestParam,
}
impl UnlockDocRequest {
    /// A `UnlockDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: UnlockDocRequired) -> Self {
        let UnlockDocRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    UnlockDocRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnlockDocRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for UnlockDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unlock_doc_by_delegated_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocByDelegatedPermissionRequest {
    /// `param`.
    pub param: UnlockDocByDelegatedPermissionRequestParam,
}
/// The required fields of [`UnlockDocByDelegatedPermissionRequest`], each named where it is set: `UnlockDocByDelegatedPermissionRequest::new(UnlockDocByDelegatedPermissionRequired { .. })`.
pub struct UnlockDocByDelegatedPermissionRequired {
    /// `param`: see [`UnlockDocByDelegatedPermissionRequest::param`].
    pub param: UnlockDocByDelegatedPermissionRequestParam,
}
impl UnlockDocByDelegatedPermissionRequest {
    /// A `UnlockDocByDelegatedPermissionRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(required: UnlockDocByDelegatedPermissionRequired) -> Self {
        let UnlockDocByDelegatedPermissionRequired { param } = required;
        Self { param }
    }
}
rt::impl_serialize! {
    UnlockDocByDelegatedPermissionRequest { "param" => field(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnlockDocByDelegatedPermissionRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for UnlockDocByDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unmark_star`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnmarkStarRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`UnmarkStarRequest`], each named where it is set: `UnmarkStarRequest::new(UnmarkStarRequired { .. })`.
pub struct UnmarkStarRequired {
    /// `operatorId`: see [`UnmarkStarRequest::operator_id`].
    pub operator_id: String,
}
impl UnmarkStarRequest {
    /// A `UnmarkStarRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UnmarkStarRequired) -> Self {
        let UnmarkStarRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnmarkStarRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for UnmarkStarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::unpin_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnpinSpaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`UnpinSpaceRequest`], each named where it is set: `UnpinSpaceRequest::new(UnpinSpaceRequired { .. })`.
pub struct UnpinSpaceRequired {
    /// `operatorId`: see [`UnpinSpaceRequest::operator_id`].
    pub operator_id: String,
}
impl UnpinSpaceRequest {
    /// A `UnpinSpaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UnpinSpaceRequired) -> Self {
        let UnpinSpaceRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnpinSpaceRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for UnpinSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::update_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateTeamRequest {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`UpdateTeamRequest`], each named where it is set: `UpdateTeamRequest::new(UpdateTeamRequired { .. })`.
pub struct UpdateTeamRequired {
    /// `operatorId`: see [`UpdateTeamRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateTeamRequest {
    /// A `UpdateTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateTeamRequired) -> Self {
        let UpdateTeamRequired { operator_id } = required;
        Self {
            description: None,
            name: None,
            operator_id,
        }
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
}
rt::impl_serialize! {
    UpdateTeamRequest { "description" => optional(description), "name" => optional(name),
    "operatorId" => field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTeamRequest { "description" => read_field(description), "name" =>
    read_field(name), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for UpdateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UserTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<UserTemplatesRequestOption>,
}
/// The required fields of [`UserTemplatesRequest`], each named where it is set: `UserTemplatesRequest::new(UserTemplatesRequired { .. })`.
pub struct UserTemplatesRequired {
    /// `operatorId`: see [`UserTemplatesRequest::operator_id`].
    pub operator_id: String,
}
impl UserTemplatesRequest {
    /// A `UserTemplatesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UserTemplatesRequired) -> Self {
        let UserTemplatesRequired { operator_id } = required;
        Self { operator_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: UserTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    UserTemplatesRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserTemplatesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for UserTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_create_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchCreateTeamError = rt::ServiceError;
/// An error reply of [`Api::batch_delete_recents`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchDeleteRecentsError = rt::ServiceError;
/// An error reply of [`Api::categories_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CategoriesTemplatesError = rt::ServiceError;
/// An error reply of [`Api::category_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CategoryTemplatesError = rt::ServiceError;
/// An error reply of [`Api::copy_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyDentryError = rt::ServiceError;
/// An error reply of [`Api::copy_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyDocError = rt::ServiceError;
/// An error reply of [`Api::copy_doc_with_app_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyDocWithAppAuthError = rt::ServiceError;
/// An error reply of [`Api::copy_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::copy_workspace_async`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyWorkspaceAsyncError = rt::ServiceError;
/// An error reply of [`Api::create_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDentryError = rt::ServiceError;
/// An error reply of [`Api::create_shortcut`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateShortcutError = rt::ServiceError;
/// An error reply of [`Api::create_shortcut_for_migrate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateShortcutForMigrateError = rt::ServiceError;
/// An error reply of [`Api::create_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSpaceError = rt::ServiceError;
/// An error reply of [`Api::create_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTeamError = rt::ServiceError;
/// An error reply of [`Api::cross_org_migrate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CrossOrgMigrateError = rt::ServiceError;
/// An error reply of [`Api::delete_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTeamError = rt::ServiceError;
/// An error reply of [`Api::doc_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocContentError = rt::ServiceError;
/// An error reply of [`Api::doc_export_by_delegated_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocExportByDelegatedPermissionError = rt::ServiceError;
/// An error reply of [`Api::doc_update_content_with_delegated_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocUpdateContentWithDelegatedPermissionError = rt::ServiceError;
/// An error reply of [`Api::export_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExportDocError = rt::ServiceError;
/// An error reply of [`Api::get_dentry_id_by_uuid`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentryIdByUuidError = rt::ServiceError;
/// An error reply of [`Api::get_doc_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDocContentError = rt::ServiceError;
/// An error reply of [`Api::get_doc_content_for_elm`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDocContentForELMError = rt::ServiceError;
/// An error reply of [`Api::get_my_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMySpaceError = rt::ServiceError;
/// An error reply of [`Api::get_org_or_web_open_doc_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrgOrWebOpenDocContentError = rt::ServiceError;
/// An error reply of [`Api::get_schema`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSchemaError = rt::ServiceError;
/// An error reply of [`Api::get_space_directories`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceDirectoriesError = rt::ServiceError;
/// An error reply of [`Api::get_star_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetStarInfoError = rt::ServiceError;
/// An error reply of [`Api::get_task_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskInfoError = rt::ServiceError;
/// An error reply of [`Api::get_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTeamError = rt::ServiceError;
/// An error reply of [`Api::get_total_number_of_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTotalNumberOfDentriesError = rt::ServiceError;
/// An error reply of [`Api::get_total_number_of_spaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTotalNumberOfSpacesError = rt::ServiceError;
/// An error reply of [`Api::get_user_info_by_open_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserInfoByOpenTokenError = rt::ServiceError;
/// An error reply of [`Api::get_uuid_by_dentry_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUuidByDentryIdError = rt::ServiceError;
/// An error reply of [`Api::get_uuid_by_id_or_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUuidByIdOrUrlError = rt::ServiceError;
/// An error reply of [`Api::get_workspace_permission_scopes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWorkspacePermissionScopesError = rt::ServiceError;
/// An error reply of [`Api::handover_team_without_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HandoverTeamWithoutAuthError = rt::ServiceError;
/// An error reply of [`Api::handovery_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HandoveryWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::list_feeds`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListFeedsError = rt::ServiceError;
/// An error reply of [`Api::list_hot_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListHotDocsError = rt::ServiceError;
/// An error reply of [`Api::list_pin_spaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPinSpacesError = rt::ServiceError;
/// An error reply of [`Api::list_recents`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRecentsError = rt::ServiceError;
/// An error reply of [`Api::list_related_space_teams`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRelatedSpaceTeamsError = rt::ServiceError;
/// An error reply of [`Api::list_related_teams`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRelatedTeamsError = rt::ServiceError;
/// An error reply of [`Api::list_space_sections`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSpaceSectionsError = rt::ServiceError;
/// An error reply of [`Api::list_stars`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListStarsError = rt::ServiceError;
/// An error reply of [`Api::list_team_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTeamMembersError = rt::ServiceError;
/// An error reply of [`Api::lock_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LockDocError = rt::ServiceError;
/// An error reply of [`Api::lock_doc_by_delegated_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LockDocByDelegatedPermissionError = rt::ServiceError;
/// An error reply of [`Api::mark_star`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MarkStarError = rt::ServiceError;
/// An error reply of [`Api::move_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveDentryError = rt::ServiceError;
/// An error reply of [`Api::pin_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PinSpaceError = rt::ServiceError;
/// An error reply of [`Api::query_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDentryError = rt::ServiceError;
/// An error reply of [`Api::query_doc_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDocContentError = rt::ServiceError;
/// An error reply of [`Api::query_export_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryExportTaskError = rt::ServiceError;
/// An error reply of [`Api::query_get_content_job`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGetContentJobError = rt::ServiceError;
/// An error reply of [`Api::query_item_by_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryItemByUrlError = rt::ServiceError;
/// An error reply of [`Api::query_mine_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMineSpaceError = rt::ServiceError;
/// An error reply of [`Api::query_recent_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRecentListError = rt::ServiceError;
/// An error reply of [`Api::query_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySpaceError = rt::ServiceError;
/// An error reply of [`Api::related_spaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RelatedSpacesError = rt::ServiceError;
/// An error reply of [`Api::remove_team_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveTeamMembersError = rt::ServiceError;
/// An error reply of [`Api::rename_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RenameDentryError = rt::ServiceError;
/// An error reply of [`Api::save_team_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveTeamMembersError = rt::ServiceError;
/// An error reply of [`Api::search`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchError = rt::ServiceError;
/// An error reply of [`Api::search_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchTemplatesError = rt::ServiceError;
/// An error reply of [`Api::share_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ShareUrlError = rt::ServiceError;
/// An error reply of [`Api::submit_export_job`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitExportJobError = rt::ServiceError;
/// An error reply of [`Api::submit_get_content_job`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitGetContentJobError = rt::ServiceError;
/// An error reply of [`Api::team_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TeamTemplatesError = rt::ServiceError;
/// An error reply of [`Api::template_categories`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TemplateCategoriesError = rt::ServiceError;
/// An error reply of [`Api::unlock_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnlockDocError = rt::ServiceError;
/// An error reply of [`Api::unlock_doc_by_delegated_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnlockDocByDelegatedPermissionError = rt::ServiceError;
/// An error reply of [`Api::unmark_star`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnmarkStarError = rt::ServiceError;
/// An error reply of [`Api::unpin_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnpinSpaceError = rt::ServiceError;
/// An error reply of [`Api::update_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTeamError = rt::ServiceError;
/// An error reply of [`Api::user_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UserTemplatesError = rt::ServiceError;
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
        "BatchCreateTeam" => {
            rt::conformance::reply(api.batch_create_team(&inputs.request(true)?)).await
        }
        "BatchDeleteRecents" => {
            rt::conformance::reply(api.batch_delete_recents(&inputs.request(true)?))
                .await
        }
        "CategoriesTemplates" => {
            rt::conformance::reply(api.categories_templates(&inputs.request(true)?))
                .await
        }
        "CategoryTemplates" => {
            rt::conformance::reply(api.category_templates(&inputs.request(true)?)).await
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
        "CopyDoc" => rt::conformance::reply(api.copy_doc(&inputs.request(true)?)).await,
        "CopyDocWithAppAuth" => {
            rt::conformance::reply(api.copy_doc_with_app_auth(&inputs.request(true)?))
                .await
        }
        "CopyWorkspace" => {
            rt::conformance::reply(api.copy_workspace(&inputs.request(true)?)).await
        }
        "CopyWorkspaceAsync" => {
            rt::conformance::reply(api.copy_workspace_async(&inputs.request(true)?))
                .await
        }
        "CreateDentry" => {
            rt::conformance::reply(
                    api.create_dentry(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateShortcut" => {
            rt::conformance::reply(api.create_shortcut(&inputs.request(true)?)).await
        }
        "CreateShortcutForMigrate" => {
            rt::conformance::reply(
                    api.create_shortcut_for_migrate(&inputs.request(true)?),
                )
                .await
        }
        "CreateSpace" => {
            rt::conformance::reply(api.create_space(&inputs.request(true)?)).await
        }
        "CreateTeam" => {
            rt::conformance::reply(api.create_team(&inputs.request(true)?)).await
        }
        "CrossOrgMigrate" => {
            rt::conformance::reply(api.cross_org_migrate(&inputs.request(true)?)).await
        }
        "DeleteTeam" => {
            rt::conformance::reply(
                    api.delete_team(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DocContent" => {
            rt::conformance::reply(
                    api.doc_content(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DocExportByDelegatedPermission" => {
            rt::conformance::reply(
                    api
                        .doc_export_by_delegated_permission(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DocUpdateContentWithDelegatedPermission" => {
            rt::conformance::reply(
                    api
                        .doc_update_content_with_delegated_permission(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ExportDoc" => {
            rt::conformance::reply(api.export_doc(&inputs.request(true)?)).await
        }
        "GetDentryIdByUuid" => {
            rt::conformance::reply(
                    api
                        .get_dentry_id_by_uuid(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetDocContent" => {
            rt::conformance::reply(
                    api.get_doc_content(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetDocContentForELM" => {
            rt::conformance::reply(
                    api
                        .get_doc_content_for_elm(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetMySpace" => {
            rt::conformance::reply(api.get_my_space(&inputs.request(false)?)).await
        }
        "GetOrgOrWebOpenDocContent" => {
            rt::conformance::reply(
                    api
                        .get_org_or_web_open_doc_content(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSchema" => {
            rt::conformance::reply(
                    api.get_schema(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetSpaceDirectories" => {
            rt::conformance::reply(
                    api
                        .get_space_directories(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetStarInfo" => {
            rt::conformance::reply(
                    api.get_star_info(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetTaskInfo" => {
            rt::conformance::reply(api.get_task_info(inputs.path(0usize)?)).await
        }
        "GetTeam" => {
            rt::conformance::reply(
                    api.get_team(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetTotalNumberOfDentries" => {
            rt::conformance::reply(
                    api.get_total_number_of_dentries(&inputs.request(false)?),
                )
                .await
        }
        "GetTotalNumberOfSpaces" => {
            rt::conformance::reply(
                    api.get_total_number_of_spaces(&inputs.request(false)?),
                )
                .await
        }
        "GetUserInfoByOpenToken" => {
            rt::conformance::reply(
                    api.get_user_info_by_open_token(&inputs.request(false)?),
                )
                .await
        }
        "GetUuidByDentryId" => {
            rt::conformance::reply(
                    api
                        .get_uuid_by_dentry_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetUuidByIdOrUrl" => {
            rt::conformance::reply(api.get_uuid_by_id_or_url(&inputs.request(false)?))
                .await
        }
        "GetWorkspacePermissionScopes" => {
            rt::conformance::reply(
                    api
                        .get_workspace_permission_scopes(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "HandoverTeamWithoutAuth" => {
            rt::conformance::reply(
                    api.handover_team_without_auth(&inputs.request(true)?),
                )
                .await
        }
        "HandoveryWorkspace" => {
            rt::conformance::reply(api.handovery_workspace(&inputs.request(true)?)).await
        }
        "ListFeeds" => {
            rt::conformance::reply(
                    api.list_feeds(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListHotDocs" => {
            rt::conformance::reply(
                    api.list_hot_docs(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListPinSpaces" => {
            rt::conformance::reply(api.list_pin_spaces(&inputs.request(true)?)).await
        }
        "ListRecents" => {
            rt::conformance::reply(api.list_recents(&inputs.request(true)?)).await
        }
        "ListRelatedSpaceTeams" => {
            rt::conformance::reply(api.list_related_space_teams(&inputs.request(false)?))
                .await
        }
        "ListRelatedTeams" => {
            rt::conformance::reply(api.list_related_teams(&inputs.request(false)?)).await
        }
        "ListSpaceSections" => {
            rt::conformance::reply(
                    api
                        .list_space_sections(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListStars" => {
            rt::conformance::reply(api.list_stars(&inputs.request(true)?)).await
        }
        "ListTeamMembers" => {
            rt::conformance::reply(
                    api.list_team_members(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "LockDoc" => rt::conformance::reply(api.lock_doc(&inputs.request(true)?)).await,
        "LockDocByDelegatedPermission" => {
            rt::conformance::reply(
                    api.lock_doc_by_delegated_permission(&inputs.request(true)?),
                )
                .await
        }
        "MarkStar" => {
            rt::conformance::reply(
                    api.mark_star(inputs.path(0usize)?, &inputs.request(false)?),
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
        "PinSpace" => {
            rt::conformance::reply(
                    api.pin_space(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryDentry" => {
            rt::conformance::reply(
                    api
                        .query_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryDocContent" => {
            rt::conformance::reply(
                    api.query_doc_content(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryExportTask" => {
            rt::conformance::reply(api.query_export_task(&inputs.request(false)?)).await
        }
        "QueryGetContentJob" => {
            rt::conformance::reply(
                    api
                        .query_get_content_job(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryItemByUrl" => {
            rt::conformance::reply(api.query_item_by_url(&inputs.request(false)?)).await
        }
        "QueryMineSpace" => {
            rt::conformance::reply(api.query_mine_space(inputs.path(0usize)?)).await
        }
        "QueryRecentList" => {
            rt::conformance::reply(api.query_recent_list(&inputs.request(false)?)).await
        }
        "QuerySpace" => {
            rt::conformance::reply(
                    api.query_space(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "RelatedSpaces" => {
            rt::conformance::reply(api.related_spaces(&inputs.request(false)?)).await
        }
        "RemoveTeamMembers" => {
            rt::conformance::reply(
                    api.remove_team_members(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "RenameDentry" => {
            rt::conformance::reply(
                    api
                        .rename_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SaveTeamMembers" => {
            rt::conformance::reply(
                    api.save_team_members(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "Search" => rt::conformance::reply(api.search(&inputs.request(true)?)).await,
        "SearchTemplates" => {
            rt::conformance::reply(api.search_templates(&inputs.request(true)?)).await
        }
        "ShareUrl" => rt::conformance::reply(api.share_url(&inputs.request(true)?)).await,
        "SubmitExportJob" => {
            rt::conformance::reply(api.submit_export_job(&inputs.request(true)?)).await
        }
        "SubmitGetContentJob" => {
            rt::conformance::reply(
                    api
                        .submit_get_content_job(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "TeamTemplates" => {
            rt::conformance::reply(api.team_templates(&inputs.request(true)?)).await
        }
        "TemplateCategories" => {
            rt::conformance::reply(api.template_categories(&inputs.request(true)?)).await
        }
        "UnlockDoc" => {
            rt::conformance::reply(api.unlock_doc(&inputs.request(true)?)).await
        }
        "UnlockDocByDelegatedPermission" => {
            rt::conformance::reply(
                    api.unlock_doc_by_delegated_permission(&inputs.request(true)?),
                )
                .await
        }
        "UnmarkStar" => {
            rt::conformance::reply(
                    api.unmark_star(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "UnpinSpace" => {
            rt::conformance::reply(
                    api.unpin_space(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "UpdateTeam" => {
            rt::conformance::reply(
                    api.update_team(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UserTemplates" => {
            rt::conformance::reply(api.user_templates(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
