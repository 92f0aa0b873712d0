// @generated from api-spec/doc_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.doc_2_0()`. Generated from `api-spec/doc_2_0.yaml`.
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
    /// `POST /v2.0/doc/teams/batch` (operation `BatchCreateTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchCreateTeamError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/recentRecords/batchRemove` (operation `BatchDeleteRecents`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchDeleteRecentsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/categoryLists/templates/query` (operation `CategoriesTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CategoriesTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/categories/templates/query` (operation `CategoryTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CategoryTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/spaces/{space_id}/dentries/{dentry_id}/copy` (operation `CopyDentry`).
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
    ) -> rt::Call<DentryVO, CopyDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{space_id}/dentries/{dentry_id}/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 复制文档
    ///
    /// `POST /v2.0/doc/dentries/copy` (operation `CopyDoc`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyDocError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/app/dentries/copy` (operation `CopyDocWithAppAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyDocWithAppAuthError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/workspace/copy` (operation `CopyWorkspace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyWorkspaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/workspace/asyncCopy` (operation `CopyWorkspaceAsync`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyWorkspaceAsyncError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/spaces/{space_id}/dentries` (operation `CreateDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_dentry(
        &self,
        space_id: &str,
        request: &CreateDentryRequest,
    ) -> rt::Call<DentryVO, CreateDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{space_id}/dentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 创建快捷方式
    ///
    /// `POST /v2.0/doc/resource/shortcut/create` (operation `CreateShortcut`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateShortcutError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/resource/shortcut/createV2` (operation `CreateShortcutForMigrate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateShortcutForMigrateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/spaces` (operation `CreateSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/teams` (operation `CreateTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTeamError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/crossOrganizations/spaces/migrate` (operation `CrossOrgMigrate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CrossOrgMigrateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v2.0/doc/teams/{team_id}` (operation `DeleteTeam`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_team(
        &self,
        team_id: &str,
        request: &DeleteTeamRequest,
    ) -> rt::Call<TeamVO, DeleteTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTeam",
            rt::Method::Delete,
            "/v2.0/doc/teams/{team_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取文档内容
    ///
    /// `GET /v2.0/doc/dentries/{dentry_uuid}/contents` (operation `DocContent`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_content(
        &self,
        dentry_uuid: &str,
        request: &DocContentRequest,
    ) -> rt::Call<DocContentResponseBody, DocContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocContent",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentry_uuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 通过委托权限方式导出文档内容
    ///
    /// `GET /v2.0/doc/me/dentries/{dentry_uuid}/export` (operation `DocExportByDelegatedPermission`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocExportByDelegatedPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/doc/me/dentries/{dentry_uuid}/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 以委托权限方式覆写全文
    ///
    /// `POST /v2.0/doc/me/suites/documents/{doc_key}/overwriteContent` (operation `DocUpdateContentWithDelegatedPermission`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocUpdateContentWithDelegatedPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/doc/me/suites/documents/{doc_key}/overwriteContent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 导出文档
    ///
    /// `POST /v2.0/doc/dentries/export` (operation `ExportDoc`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExportDocError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/dentries/{dentry_uuid}/queryDentryId` (operation `GetDentryIdByUuid`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentryIdByUuidError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentry_id_by_uuid(
        &self,
        dentry_uuid: &str,
        request: &GetDentryIdByUuidRequest,
    ) -> rt::Call<GetDentryIdByUuidResponseBody, GetDentryIdByUuidError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryIdByUuid",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentry_uuid}/queryDentryId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 委托权限获取文档内容
    ///
    /// `GET /v2.0/doc/me/query/{dentry_uuid}/contents` (operation `GetDocContent`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDocContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_doc_content(
        &self,
        dentry_uuid: &str,
        request: &GetDocContentRequest,
    ) -> rt::Call<GetDocContentResponseBody, GetDocContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocContent",
            rt::Method::Get,
            "/v2.0/doc/me/query/{dentry_uuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 委托权限获取文档内容
    ///
    /// `GET /v2.0/doc/elm/me/dentries/{dentry_uuid}/contents` (operation `GetDocContentForELM`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDocContentForELMError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_doc_content_for_elm(
        &self,
        dentry_uuid: &str,
        request: &GetDocContentForELMRequest,
    ) -> rt::Call<GetDocContentForELMResponseBody, GetDocContentForELMError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDocContentForELM",
            rt::Method::Get,
            "/v2.0/doc/elm/me/dentries/{dentry_uuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取当前企业下钉盘目录我的文件对应的空间信息
    ///
    /// `GET /v2.0/doc/me/mySpace/infos` (operation `GetMySpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMySpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/me/dentries/{dentry_uuid}/contents` (operation `GetOrgOrWebOpenDocContent`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrgOrWebOpenDocContentError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/doc/me/dentries/{dentry_uuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 查询小组主页schema （包括轮播图、公告、便捷入口）
    ///
    /// `GET /v2.0/doc/teams/{team_id}/schemas` (operation `GetSchema`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSchemaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_schema(
        &self,
        team_id: &str,
        request: &GetSchemaRequest,
    ) -> rt::Call<GetSchemaResponseBody, GetSchemaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSchema",
            rt::Method::Get,
            "/v2.0/doc/teams/{team_id}/schemas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 查询目录树
    ///
    /// `GET /v2.0/doc/spaces/{space_id}/directories` (operation `GetSpaceDirectories`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceDirectoriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_space_directories(
        &self,
        space_id: &str,
        request: &GetSpaceDirectoriesRequest,
    ) -> rt::Call<GetSpaceDirectoriesResponseBody, GetSpaceDirectoriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpaceDirectories",
            rt::Method::Get,
            "/v2.0/doc/spaces/{space_id}/directories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取星标信息
    ///
    /// `GET /v2.0/doc/dentries/{dentry_uuid}/starInfos` (operation `GetStarInfo`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetStarInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_star_info(
        &self,
        dentry_uuid: &str,
        request: &GetStarInfoRequest,
    ) -> rt::Call<GetStarInfoResponseBody, GetStarInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStarInfo",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentry_uuid}/starInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取任务信息
    ///
    /// `GET /v2.0/doc/task/info/{task_id}` (operation `GetTaskInfo`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTaskInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_task_info(
        &self,
        task_id: &str,
    ) -> rt::Call<GetTaskInfoResponseBody, GetTaskInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskInfo",
            rt::Method::Get,
            "/v2.0/doc/task/info/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 查询小组详情
    ///
    /// `GET /v2.0/doc/teams/{team_id}` (operation `GetTeam`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_team(
        &self,
        team_id: &str,
        request: &GetTeamRequest,
    ) -> rt::Call<TeamVO, GetTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeam",
            rt::Method::Get,
            "/v2.0/doc/teams/{team_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取知识库下的总节点数
    ///
    /// `GET /v2.0/doc/spaces/statistics/dentryCounts` (operation `GetTotalNumberOfDentries`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTotalNumberOfDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/spaces/statistics/spaceCounts` (operation `GetTotalNumberOfSpaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTotalNumberOfSpacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/userInfos` (operation `GetUserInfoByOpenToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserInfoByOpenTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/dentries/{dentry_id}/queryDentryUuid` (operation `GetUuidByDentryId`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUuidByDentryIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_uuid_by_dentry_id(
        &self,
        dentry_id: &str,
        request: &GetUuidByDentryIdRequest,
    ) -> rt::Call<GetUuidByDentryIdResponseBody, GetUuidByDentryIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUuidByDentryId",
            rt::Method::Get,
            "/v2.0/doc/dentries/{dentry_id}/queryDentryUuid",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_id], request)
    }
    /// 根据文档id或URL获取文件DentryUuid
    ///
    /// `GET /v2.0/doc/documents/queryDentryUuid` (operation `GetUuidByIdOrUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUuidByIdOrUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/workspaces/{workspace_id}/members` (operation `GetWorkspacePermissionScopes`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetWorkspacePermissionScopesError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v2.0/doc/workspaces/{workspace_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 以超级管理员身份转交小组
    ///
    /// `POST /v2.0/doc/teams/members/handoverWithoutAuth` (operation `HandoverTeamWithoutAuth`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HandoverTeamWithoutAuthError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/workspace/handover` (operation `HandoveryWorkspace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HandoveryWorkspaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/teams/{team_id}/feeds` (operation `ListFeeds`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListFeedsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_feeds(
        &self,
        team_id: &str,
        request: &ListFeedsRequest,
    ) -> rt::Call<ListFeedsResponseBody, ListFeedsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListFeeds",
            rt::Method::Get,
            "/v2.0/doc/teams/{team_id}/feeds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 查询小组热门文档
    ///
    /// `GET /v2.0/doc/teams/{team_id}/hotDocs` (operation `ListHotDocs`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListHotDocsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_hot_docs(
        &self,
        team_id: &str,
        request: &ListHotDocsRequest,
    ) -> rt::Call<ListHotDocsResponseBody, ListHotDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListHotDocs",
            rt::Method::Get,
            "/v2.0/doc/teams/{team_id}/hotDocs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取置顶知识库列表
    ///
    /// `POST /v2.0/doc/spaces/pinLists/query` (operation `ListPinSpaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPinSpacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/recentRecords/lists/query` (operation `ListRecents`).
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
    /// `GET /v2.0/doc/teams/relations/spaceTeams` (operation `ListRelatedSpaceTeams`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRelatedSpaceTeamsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/teams` (operation `ListRelatedTeams`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRelatedTeamsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/teams/{team_id}/spaceSections` (operation `ListSpaceSections`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSpaceSectionsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_space_sections(
        &self,
        team_id: &str,
        request: &ListSpaceSectionsRequest,
    ) -> rt::Call<ListSpaceSectionsResponseBody, ListSpaceSectionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSpaceSections",
            rt::Method::Get,
            "/v2.0/doc/teams/{team_id}/spaceSections",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取星标列表
    ///
    /// `POST /v2.0/doc/dentries/starLists/query` (operation `ListStars`).
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
    /// `GET /v2.0/doc/teams/{team_id}/members` (operation `ListTeamMembers`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTeamMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_team_members(
        &self,
        team_id: &str,
        request: &ListTeamMembersRequest,
    ) -> rt::Call<ListTeamMembersResponseBody, ListTeamMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTeamMembers",
            rt::Method::Get,
            "/v2.0/doc/teams/{team_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 文档定稿
    ///
    /// `POST /v2.0/doc/dentries/lock` (operation `LockDoc`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LockDocError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/me/dentries/lock` (operation `LockDocByDelegatedPermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LockDocByDelegatedPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/{dentry_uuid}/stars/mark` (operation `MarkStar`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MarkStarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn mark_star(
        &self,
        dentry_uuid: &str,
        request: &MarkStarRequest,
    ) -> rt::Call<MarkStarResponseBody, MarkStarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MarkStar",
            rt::Method::Post,
            "/v2.0/doc/dentries/{dentry_uuid}/stars/mark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 移动知识库节点
    ///
    /// `POST /v2.0/doc/spaces/{space_id}/dentries/{dentry_id}/move` (operation `MoveDentry`).
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
    ) -> rt::Call<DentryVO, MoveDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{space_id}/dentries/{dentry_id}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 置顶知识库
    ///
    /// `POST /v2.0/doc/spaces/{space_id}/pin` (operation `PinSpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PinSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pin_space(
        &self,
        space_id: &str,
        request: &PinSpaceRequest,
    ) -> rt::Call<PinSpaceResponseBody, PinSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PinSpace",
            rt::Method::Post,
            "/v2.0/doc/spaces/{space_id}/pin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 查询知识库节点（包括文档和文件夹）
    ///
    /// `GET /v2.0/doc/spaces/{space_id}/dentries/{dentry_id}` (operation `QueryDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &QueryDentryRequest,
    ) -> rt::Call<DentryVO, QueryDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDentry",
            rt::Method::Get,
            "/v2.0/doc/spaces/{space_id}/dentries/{dentry_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 获取文档内容
    ///
    /// `GET /v2.0/doc/query/{dentry_uuid}/contents` (operation `QueryDocContent`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDocContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_doc_content(
        &self,
        dentry_uuid: &str,
        request: &QueryDocContentRequest,
    ) -> rt::Call<QueryDocContentResponseBody, QueryDocContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDocContent",
            rt::Method::Get,
            "/v2.0/doc/query/{dentry_uuid}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 通过taskId查询文档导出任务状态
    ///
    /// `GET /v2.0/doc/me/export/task/query` (operation `QueryExportTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryExportTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/contents/{dentry_uuid}/jobStatuses` (operation `QueryGetContentJob`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGetContentJobError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_get_content_job(
        &self,
        dentry_uuid: &str,
        request: &QueryGetContentJobRequest,
    ) -> rt::Call<QueryGetContentJobResponseBody, QueryGetContentJobError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGetContentJob",
            rt::Method::Get,
            "/v2.0/doc/contents/{dentry_uuid}/jobStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 根据链接查询节点或知识库信息
    ///
    /// `GET /v2.0/doc/items` (operation `QueryItemByUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryItemByUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/spaces/users/{union_id}/mine` (operation `QueryMineSpace`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMineSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_mine_space(
        &self,
        union_id: &str,
    ) -> rt::Call<SpaceVO, QueryMineSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMineSpace",
            rt::Method::Get,
            "/v2.0/doc/spaces/users/{union_id}/mine",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], &())
    }
    /// 查询最近列表
    ///
    /// `GET /v2.0/doc/spaces/docs/recent` (operation `QueryRecentList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRecentListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v2.0/doc/spaces/{space_id}` (operation `QuerySpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_space(
        &self,
        space_id: &str,
        request: &QuerySpaceRequest,
    ) -> rt::Call<SpaceVO, QuerySpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySpace",
            rt::Method::Get,
            "/v2.0/doc/spaces/{space_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 查询与我关联的知识库列表（支持筛选小组）
    ///
    /// `GET /v2.0/doc/relations/spaces` (operation `RelatedSpaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RelatedSpacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/doc/teams/{team_id}/members/remove` (operation `RemoveTeamMembers`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveTeamMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_team_members(
        &self,
        team_id: &str,
        request: &RemoveTeamMembersRequest,
    ) -> rt::Call<RemoveTeamMembersResponseBody, RemoveTeamMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveTeamMembers",
            rt::Method::Put,
            "/v2.0/doc/teams/{team_id}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 知识库节点（包括文档和文件夹）重命名
    ///
    /// `POST /v2.0/doc/spaces/{space_id}/dentries/{dentry_id}/rename` (operation `RenameDentry`).
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
    ) -> rt::Call<DentryVO, RenameDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RenameDentry",
            rt::Method::Post,
            "/v2.0/doc/spaces/{space_id}/dentries/{dentry_id}/rename",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 添加或修改小组成员
    ///
    /// `PUT /v2.0/doc/teams/{team_id}/members` (operation `SaveTeamMembers`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveTeamMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_team_members(
        &self,
        team_id: &str,
        request: &SaveTeamMembersRequest,
    ) -> rt::Call<SaveTeamMembersResponseBody, SaveTeamMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveTeamMembers",
            rt::Method::Put,
            "/v2.0/doc/teams/{team_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 搜索知识库和节点
    ///
    /// `POST /v2.0/doc/search` (operation `Search`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/templates/search` (operation `SearchTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/shareUrls/query` (operation `ShareUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ShareUrlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/me/export/submit` (operation `SubmitExportJob`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitExportJobError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v2.0/doc/contents/{dentry_uuid}/jobs` (operation `SubmitGetContentJob`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitGetContentJobError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_get_content_job(
        &self,
        dentry_uuid: &str,
        request: &SubmitGetContentJobRequest,
    ) -> rt::Call<SubmitGetContentJobResponseBody, SubmitGetContentJobError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitGetContentJob",
            rt::Method::Put,
            "/v2.0/doc/contents/{dentry_uuid}/jobs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 获取知识库模板列表
    ///
    /// `POST /v2.0/doc/workspaces/templates/query` (operation `TeamTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TeamTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/templates/categories/query` (operation `TemplateCategories`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TemplateCategoriesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/unlock` (operation `UnlockDoc`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnlockDocError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/me/dentries/unlock` (operation `UnlockDocByDelegatedPermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnlockDocByDelegatedPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v2.0/doc/dentries/{dentry_uuid}/stars/unmark` (operation `UnmarkStar`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnmarkStarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn unmark_star(
        &self,
        dentry_uuid: &str,
        request: &UnmarkStarRequest,
    ) -> rt::Call<UnmarkStarResponseBody, UnmarkStarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnmarkStar",
            rt::Method::Post,
            "/v2.0/doc/dentries/{dentry_uuid}/stars/unmark",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 取消置顶知识库
    ///
    /// `POST /v2.0/doc/spaces/{space_id}/unpin` (operation `UnpinSpace`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnpinSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn unpin_space(
        &self,
        space_id: &str,
        request: &UnpinSpaceRequest,
    ) -> rt::Call<UnpinSpaceResponseBody, UnpinSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnpinSpace",
            rt::Method::Post,
            "/v2.0/doc/spaces/{space_id}/unpin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 更新小组
    ///
    /// `PUT /v2.0/doc/teams/{team_id}` (operation `UpdateTeam`).
    ///
    /// # Path parameters
    ///
    /// - `team_id` (`team_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_team(
        &self,
        team_id: &str,
        request: &UpdateTeamRequest,
    ) -> rt::Call<TeamVO, UpdateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTeam",
            rt::Method::Put,
            "/v2.0/doc/teams/{team_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 用户模板列表
    ///
    /// `POST /v2.0/doc/users/templates/query` (operation `UserTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UserTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTeamRequestParam {
    /// `createTeamParamList`.
    pub create_team_param_list: Vec<BatchCreateTeamRequestParamCreateTeamParamList>,
}
impl BatchCreateTeamRequestParam {
    /// A `BatchCreateTeamRequestParam` with its required fields (`createTeamParamList`); set the others with the methods named after them.
    pub fn new(
        create_team_param_list: impl IntoIterator<
            Item = BatchCreateTeamRequestParamCreateTeamParamList,
        >,
    ) -> Self {
        Self {
            create_team_param_list: create_team_param_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchCreateTeamRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("createTeamParamList", &self.create_team_param_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateTeamRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateTeamRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTeamParamList" => {
                rt::read_field(map, &mut self.create_team_param_list)
            }
            _ => Ok(false),
        }
    }
}
/// `BatchCreateTeamResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchCreateTeamResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchCreateTeamResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchCreateTeamResponseBody {
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
impl rt::serde::Serialize for BatchCreateTeamResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize for CategoriesTemplatesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryStatus", &self.category_status)?;
        object.optional("queryPlatform", &self.query_platform)?;
        object.optional("size", &self.size)?;
        object.optional("templateStatus", &self.template_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoriesTemplatesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoriesTemplatesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryStatus" => rt::read_field(map, &mut self.category_status),
            "queryPlatform" => rt::read_field(map, &mut self.query_platform),
            "size" => rt::read_field(map, &mut self.size),
            "templateStatus" => rt::read_field(map, &mut self.template_status),
            _ => Ok(false),
        }
    }
}
/// `CategoriesTemplatesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CategoriesTemplatesRequestParam {
    /// `categoryIds`.
    pub category_ids: Vec<String>,
}
impl CategoriesTemplatesRequestParam {
    /// A `CategoriesTemplatesRequestParam` with its required fields (`categoryIds`); set the others with the methods named after them.
    pub fn new(category_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            category_ids: category_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for CategoriesTemplatesRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("categoryIds", &self.category_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoriesTemplatesRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoriesTemplatesRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryIds" => rt::read_field(map, &mut self.category_ids),
            _ => Ok(false),
        }
    }
}
/// `CategoriesTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoriesTemplatesResponseBody {
    /// `map`.
    pub map: Option<rt::BTreeMap<String, Vec<MapValue>>>,
}
impl<'de> rt::serde::Deserialize<'de> for CategoriesTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CategoriesTemplatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "map" => rt::read_field(map, &mut self.map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CategoriesTemplatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("map", &self.map)?;
        object.end()
    }
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
impl rt::serde::Serialize for CategoryTemplatesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryStatus", &self.category_status)?;
        object.optional("templateStatus", &self.template_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoryTemplatesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoryTemplatesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryStatus" => rt::read_field(map, &mut self.category_status),
            "templateStatus" => rt::read_field(map, &mut self.template_status),
            _ => Ok(false),
        }
    }
}
/// `CategoryTemplatesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CategoryTemplatesRequestParam {
    /// `categoryId`.
    pub category_id: String,
}
impl CategoryTemplatesRequestParam {
    /// A `CategoryTemplatesRequestParam` with its required fields (`categoryId`); set the others with the methods named after them.
    pub fn new(category_id: impl Into<String>) -> Self {
        Self {
            category_id: category_id.into(),
        }
    }
}
impl rt::serde::Serialize for CategoryTemplatesRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("categoryId", &self.category_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoryTemplatesRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoryTemplatesRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            _ => Ok(false),
        }
    }
}
/// `CategoryTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CategoryTemplatesResponseBody {
    /// `list`.
    pub list: Option<Vec<CategoryTemplatesResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for CategoryTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CategoryTemplatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CategoryTemplatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `DentryVO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for DentryVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "dentryType" => rt::read_field(map, &mut self.dentry_type),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "extension" => rt::read_field(map, &mut self.extension),
            "hasChildren" => rt::read_field(map, &mut self.has_children),
            "linkSourceInfo" => rt::read_field(map, &mut self.link_source_info),
            "name" => rt::read_field(map, &mut self.name),
            "path" => rt::read_field(map, &mut self.path),
            "space" => rt::read_field(map, &mut self.space),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "updatedTime" => rt::read_field(map, &mut self.updated_time),
            "updater" => rt::read_field(map, &mut self.updater),
            "url" => rt::read_field(map, &mut self.url),
            "visitorInfo" => rt::read_field(map, &mut self.visitor_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("dentryType", &self.dentry_type)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("docKey", &self.doc_key)?;
        object.optional("extension", &self.extension)?;
        object.optional("hasChildren", &self.has_children)?;
        object.optional("linkSourceInfo", &self.link_source_info)?;
        object.optional("name", &self.name)?;
        object.optional("path", &self.path)?;
        object.optional("space", &self.space)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("updatedTime", &self.updated_time)?;
        object.optional("updater", &self.updater)?;
        object.optional("url", &self.url)?;
        object.optional("visitorInfo", &self.visitor_info)?;
        object.end()
    }
}
/// `CopyDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyDocRequestParam {
    /// `sourceDentryUuid`.
    pub source_dentry_uuid: String,
    /// `targetParentDentryUuid`.
    pub target_parent_dentry_uuid: String,
    /// `targetPreDentryUuid`.
    pub target_pre_dentry_uuid: Option<String>,
}
impl CopyDocRequestParam {
    /// A `CopyDocRequestParam` with its required fields (`sourceDentryUuid`, `targetParentDentryUuid`); set the others with the methods named after them.
    pub fn new(
        source_dentry_uuid: impl Into<String>,
        target_parent_dentry_uuid: impl Into<String>,
    ) -> Self {
        Self {
            source_dentry_uuid: source_dentry_uuid.into(),
            target_parent_dentry_uuid: target_parent_dentry_uuid.into(),
            target_pre_dentry_uuid: None,
        }
    }
    /// Sets `targetPreDentryUuid`.
    pub fn target_pre_dentry_uuid(mut self, value: impl Into<String>) -> Self {
        self.target_pre_dentry_uuid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CopyDocRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("sourceDentryUuid", &self.source_dentry_uuid)?;
        object.field("targetParentDentryUuid", &self.target_parent_dentry_uuid)?;
        object.optional("targetPreDentryUuid", &self.target_pre_dentry_uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyDocRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyDocRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sourceDentryUuid" => rt::read_field(map, &mut self.source_dentry_uuid),
            "targetParentDentryUuid" => {
                rt::read_field(map, &mut self.target_parent_dentry_uuid)
            }
            "targetPreDentryUuid" => {
                rt::read_field(map, &mut self.target_pre_dentry_uuid)
            }
            _ => Ok(false),
        }
    }
}
/// `CopyDocResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyDocResponseBody {
    /// `isAsync`.
    pub is_async: Option<bool>,
    /// `syncCopyResult`.
    pub sync_copy_result: Option<CopyDocResponseBodySyncCopyResult>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyDocResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyDocResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isAsync" => rt::read_field(map, &mut self.is_async),
            "syncCopyResult" => rt::read_field(map, &mut self.sync_copy_result),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyDocResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isAsync", &self.is_async)?;
        object.optional("syncCopyResult", &self.sync_copy_result)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CopyDocWithAppAuthResponseBody`: the same model as [`CopyDocResponseBody`].
pub type CopyDocWithAppAuthResponseBody = CopyDocResponseBody;
/// `CopyWorkspaceRequestParam`.
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
impl rt::serde::Serialize for CopyWorkspaceRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("originWorkspaceId", &self.origin_workspace_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyWorkspaceRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyWorkspaceRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "originWorkspaceId" => rt::read_field(map, &mut self.origin_workspace_id),
            _ => Ok(false),
        }
    }
}
/// `CopyWorkspaceResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type CopyWorkspaceResponseBody = BatchCreateTeamResponseBody;
/// `CopyWorkspaceAsyncRequestParam`: the same model as [`CopyWorkspaceRequestParam`].
pub type CopyWorkspaceAsyncRequestParam = CopyWorkspaceRequestParam;
/// `CopyWorkspaceAsyncResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyWorkspaceAsyncResponseBody {
    /// `id`.
    pub id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyWorkspaceAsyncResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyWorkspaceAsyncResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CopyWorkspaceAsyncResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `CreateShortcutRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateShortcutRequestParam {
    /// A `CreateShortcutRequestParam` with its required fields (`sourceResourceId`, `sourceResourceType`, `targetResourceId`, `targetResourceType`); set the others with the methods named after them.
    pub fn new(
        source_resource_id: impl Into<String>,
        source_resource_type: impl Into<String>,
        target_resource_id: impl Into<String>,
        target_resource_type: impl Into<String>,
    ) -> Self {
        Self {
            source_resource_id: source_resource_id.into(),
            source_resource_type: source_resource_type.into(),
            target_resource_id: target_resource_id.into(),
            target_resource_name: None,
            target_resource_type: target_resource_type.into(),
        }
    }
    /// Sets `targetResourceName`.
    pub fn target_resource_name(mut self, value: impl Into<String>) -> Self {
        self.target_resource_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateShortcutRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("sourceResourceId", &self.source_resource_id)?;
        object.field("sourceResourceType", &self.source_resource_type)?;
        object.field("targetResourceId", &self.target_resource_id)?;
        object.optional("targetResourceName", &self.target_resource_name)?;
        object.field("targetResourceType", &self.target_resource_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateShortcutRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateShortcutRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sourceResourceId" => rt::read_field(map, &mut self.source_resource_id),
            "sourceResourceType" => rt::read_field(map, &mut self.source_resource_type),
            "targetResourceId" => rt::read_field(map, &mut self.target_resource_id),
            "targetResourceName" => rt::read_field(map, &mut self.target_resource_name),
            "targetResourceType" => rt::read_field(map, &mut self.target_resource_type),
            _ => Ok(false),
        }
    }
}
/// `CreateShortcutResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateShortcutResponseBody {
    /// `openDentryInfo`.
    pub open_dentry_info: Option<CreateShortcutResponseBodyOpenDentryInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateShortcutResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateShortcutResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDentryInfo" => rt::read_field(map, &mut self.open_dentry_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateShortcutResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openDentryInfo", &self.open_dentry_info)?;
        object.end()
    }
}
/// `CreateShortcutForMigrateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateShortcutForMigrateResponseBody {
    /// `openDentryInfo`.
    pub open_dentry_info: Option<CreateShortcutForMigrateResponseBodyOpenDentryInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateShortcutForMigrateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateShortcutForMigrateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openDentryInfo" => rt::read_field(map, &mut self.open_dentry_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateShortcutForMigrateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openDentryInfo", &self.open_dentry_info)?;
        object.end()
    }
}
/// `CreateSpaceRequestShareScope`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSpaceRequestShareScope {
    /// `scope`.
    pub scope: i64,
}
impl CreateSpaceRequestShareScope {
    /// A `CreateSpaceRequestShareScope` with its required fields (`scope`); set the others with the methods named after them.
    pub fn new(scope: i64) -> Self {
        Self { scope }
    }
}
impl rt::serde::Serialize for CreateSpaceRequestShareScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scope", &self.scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSpaceRequestShareScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSpaceRequestShareScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
/// `SpaceVO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SpaceVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SpaceVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "description" => rt::read_field(map, &mut self.description),
            "iconVO" => rt::read_field(map, &mut self.icon_vo),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            "visitorInfo" => rt::read_field(map, &mut self.visitor_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SpaceVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("description", &self.description)?;
        object.optional("iconVO", &self.icon_vo)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.optional("visitorInfo", &self.visitor_info)?;
        object.end()
    }
}
/// `CreateTeamRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTeamRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: i64,
    /// `roleCode`.
    pub role_code: String,
}
impl CreateTeamRequestMembers {
    /// A `CreateTeamRequestMembers` with its required fields (`memberId`, `memberType`, `roleCode`); set the others with the methods named after them.
    pub fn new(
        member_id: impl Into<String>,
        member_type: i64,
        role_code: impl Into<String>,
    ) -> Self {
        Self {
            member_id: member_id.into(),
            member_type,
            role_code: role_code.into(),
        }
    }
}
impl rt::serde::Serialize for CreateTeamRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.field("roleCode", &self.role_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTeamRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTeamRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
}
/// `TeamVO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for TeamVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "relatedDeptInfo" => rt::read_field(map, &mut self.related_dept_info),
            "shareScopeInfo" => rt::read_field(map, &mut self.share_scope_info),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            "updatedTime" => rt::read_field(map, &mut self.updated_time),
            "updater" => rt::read_field(map, &mut self.updater),
            "url" => rt::read_field(map, &mut self.url),
            "visitInfo" => rt::read_field(map, &mut self.visit_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("relatedDeptInfo", &self.related_dept_info)?;
        object.optional("shareScopeInfo", &self.share_scope_info)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.optional("updatedTime", &self.updated_time)?;
        object.optional("updater", &self.updater)?;
        object.optional("url", &self.url)?;
        object.optional("visitInfo", &self.visit_info)?;
        object.end()
    }
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
impl rt::serde::Serialize for CrossOrgMigrateRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkOperatorSourceRole", &self.check_operator_source_role)?;
        object.optional("deleteSource", &self.delete_source)?;
        object
            .optional(
                "needRecycleFailedWorkspaceId",
                &self.need_recycle_failed_workspace_id,
            )?;
        object.optional("relateTeamId", &self.relate_team_id)?;
        object.optional("relateTeamIdStr", &self.relate_team_id_str)?;
        object.optional("retainOrgGroup", &self.retain_org_group)?;
        object.optional("skipRole", &self.skip_role)?;
        object.optional("workspaceIdStrs", &self.workspace_id_strs)?;
        object.optional("workspaceIds", &self.workspace_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CrossOrgMigrateRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CrossOrgMigrateRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkOperatorSourceRole" => {
                rt::read_field(map, &mut self.check_operator_source_role)
            }
            "deleteSource" => rt::read_field(map, &mut self.delete_source),
            "needRecycleFailedWorkspaceId" => {
                rt::read_field(map, &mut self.need_recycle_failed_workspace_id)
            }
            "relateTeamId" => rt::read_field(map, &mut self.relate_team_id),
            "relateTeamIdStr" => rt::read_field(map, &mut self.relate_team_id_str),
            "retainOrgGroup" => rt::read_field(map, &mut self.retain_org_group),
            "skipRole" => rt::read_field(map, &mut self.skip_role),
            "workspaceIdStrs" => rt::read_field(map, &mut self.workspace_id_strs),
            "workspaceIds" => rt::read_field(map, &mut self.workspace_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CrossOrgMigrateRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CrossOrgMigrateRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CrossOrgMigrateRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DocContentRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("targetFormat", &self.target_format)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocContentRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocContentRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
}
/// `DocContentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocContentResponseBody {
    /// `taskId`.
    pub task_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DocContentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocContentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocContentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `DocExportByDelegatedPermissionResponseBody`: the same model as [`DocContentResponseBody`].
pub type DocExportByDelegatedPermissionResponseBody = DocContentResponseBody;
/// `DocUpdateContentWithDelegatedPermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocUpdateContentWithDelegatedPermissionResponseBody {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de>
for DocUpdateContentWithDelegatedPermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocUpdateContentWithDelegatedPermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocUpdateContentWithDelegatedPermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `ExportDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExportDocRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `exportType`.
    pub export_type: String,
}
impl ExportDocRequestParam {
    /// A `ExportDocRequestParam` with its required fields (`dentryUuid`, `exportType`); set the others with the methods named after them.
    pub fn new(dentry_uuid: impl Into<String>, export_type: impl Into<String>) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
            export_type: export_type.into(),
        }
    }
}
impl rt::serde::Serialize for ExportDocRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.field("exportType", &self.export_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExportDocRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExportDocRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "exportType" => rt::read_field(map, &mut self.export_type),
            _ => Ok(false),
        }
    }
}
/// `ExportDocResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportDocResponseBody {
    /// `jobId`.
    pub job_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExportDocResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExportDocResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExportDocResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobId", &self.job_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetDentryIdByUuidResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryIdByUuidResponseBody {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryIdByUuidResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryIdByUuidResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryIdByUuidResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetDocContentResponseBody`: the same model as [`DocContentResponseBody`].
pub type GetDocContentResponseBody = DocContentResponseBody;
/// `GetDocContentForELMResponseBody`: the same model as [`DocContentResponseBody`].
pub type GetDocContentForELMResponseBody = DocContentResponseBody;
/// `GetMySpaceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMySpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMySpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
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
impl rt::serde::Serialize for GetMySpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.optional("quota", &self.quota)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("spaceName", &self.space_name)?;
        object.optional("spaceType", &self.space_type)?;
        object.optional("usedQuota", &self.used_quota)?;
        object.end()
    }
}
/// `GetOrgOrWebOpenDocContentResponseBody`: the same model as [`DocContentResponseBody`].
pub type GetOrgOrWebOpenDocContentResponseBody = DocContentResponseBody;
/// `GetSchemaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSchemaResponseBody {
    /// `revision`.
    pub revision: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSchemaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSchemaResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "revision" => rt::read_field(map, &mut self.revision),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSchemaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("revision", &self.revision)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetSpaceDirectoriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSpaceDirectoriesResponseBody {
    /// `children`.
    pub children: Option<Vec<DentryModel>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSpaceDirectoriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceDirectoriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceDirectoriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetStarInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetStarInfoResponseBody {
    /// `starred`.
    pub starred: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetStarInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStarInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "starred" => rt::read_field(map, &mut self.starred),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetStarInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("starred", &self.starred)?;
        object.end()
    }
}
/// `GetTaskInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTaskInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failCount" => rt::read_field(map, &mut self.fail_count),
            "status" => rt::read_field(map, &mut self.status),
            "succCount" => rt::read_field(map, &mut self.succ_count),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failCount", &self.fail_count)?;
        object.optional("status", &self.status)?;
        object.optional("succCount", &self.succ_count)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetTotalNumberOfDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTotalNumberOfDentriesResponseBody {
    /// `dentriesCount`.
    pub dentries_count: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTotalNumberOfDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTotalNumberOfDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentriesCount" => rt::read_field(map, &mut self.dentries_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTotalNumberOfDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentriesCount", &self.dentries_count)?;
        object.end()
    }
}
/// `GetTotalNumberOfSpacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTotalNumberOfSpacesResponseBody {
    /// `spacesCount`.
    pub spaces_count: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTotalNumberOfSpacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTotalNumberOfSpacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spacesCount" => rt::read_field(map, &mut self.spaces_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTotalNumberOfSpacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spacesCount", &self.spaces_count)?;
        object.end()
    }
}
/// `GetUserInfoByOpenTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserInfoByOpenTokenResponseBody {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoByOpenTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserInfoByOpenTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserInfoByOpenTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetUuidByDentryIdResponseBody`: the same model as [`GetDentryIdByUuidResponseBody`].
pub type GetUuidByDentryIdResponseBody = GetDentryIdByUuidResponseBody;
/// `GetUuidByIdOrUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUuidByIdOrUrlResponseBody {
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUuidByIdOrUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUuidByIdOrUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUuidByIdOrUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.end()
    }
}
/// `GetWorkspacePermissionScopesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetWorkspacePermissionScopesResponseBody {
    /// `members`.
    pub members: Option<Vec<GetWorkspacePermissionScopesResponseBodyMembers>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetWorkspacePermissionScopesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWorkspacePermissionScopesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWorkspacePermissionScopesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("members", &self.members)?;
        object.end()
    }
}
/// `HandoverTeamWithoutAuthRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl HandoverTeamWithoutAuthRequestParam {
    /// A `HandoverTeamWithoutAuthRequestParam` with its required fields (`newOwner`, `teamId`); set the others with the methods named after them.
    pub fn new(new_owner: impl Into<String>, team_id: impl Into<String>) -> Self {
        Self {
            leave: None,
            new_owner: new_owner.into(),
            notify: None,
            team_id: team_id.into(),
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
impl rt::serde::Serialize for HandoverTeamWithoutAuthRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("leave", &self.leave)?;
        object.field("newOwner", &self.new_owner)?;
        object.optional("notify", &self.notify)?;
        object.field("teamId", &self.team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HandoverTeamWithoutAuthRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HandoverTeamWithoutAuthRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leave" => rt::read_field(map, &mut self.leave),
            "newOwner" => rt::read_field(map, &mut self.new_owner),
            "notify" => rt::read_field(map, &mut self.notify),
            "teamId" => rt::read_field(map, &mut self.team_id),
            _ => Ok(false),
        }
    }
}
/// `HandoverTeamWithoutAuthResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type HandoverTeamWithoutAuthResponseBody = BatchCreateTeamResponseBody;
/// `HandoveryWorkspaceRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HandoveryWorkspaceRequestParam {
    /// `leave`.
    pub leave: Option<bool>,
    /// `receiverUnionId`.
    pub receiver_union_id: String,
    /// `resourceId`.
    pub resource_id: String,
}
impl HandoveryWorkspaceRequestParam {
    /// A `HandoveryWorkspaceRequestParam` with its required fields (`receiverUnionId`, `resourceId`); set the others with the methods named after them.
    pub fn new(
        receiver_union_id: impl Into<String>,
        resource_id: impl Into<String>,
    ) -> Self {
        Self {
            leave: None,
            receiver_union_id: receiver_union_id.into(),
            resource_id: resource_id.into(),
        }
    }
    /// Sets `leave`.
    pub fn leave(mut self, value: bool) -> Self {
        self.leave = Some(value);
        self
    }
}
impl rt::serde::Serialize for HandoveryWorkspaceRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("leave", &self.leave)?;
        object.field("receiverUnionId", &self.receiver_union_id)?;
        object.field("resourceId", &self.resource_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HandoveryWorkspaceRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HandoveryWorkspaceRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leave" => rt::read_field(map, &mut self.leave),
            "receiverUnionId" => rt::read_field(map, &mut self.receiver_union_id),
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            _ => Ok(false),
        }
    }
}
/// `HandoveryWorkspaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HandoveryWorkspaceResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for HandoveryWorkspaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for HandoveryWorkspaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for HandoveryWorkspaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListFeedsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFeedsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<ListFeedsResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFeedsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFeedsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFeedsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListHotDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListHotDocsResponseBody {
    /// `items`.
    pub items: Option<Vec<DentryModel>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListHotDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListHotDocsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListHotDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.end()
    }
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
impl rt::serde::Serialize for ListPinSpacesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("withSpaceCreatorInfo", &self.with_space_creator_info)?;
        object.optional("withSpaceModifierInfo", &self.with_space_modifier_info)?;
        object.optional("withSpacePermissionRole", &self.with_space_permission_role)?;
        object.optional("withTeamDetail", &self.with_team_detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListPinSpacesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPinSpacesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "withSpaceCreatorInfo" => {
                rt::read_field(map, &mut self.with_space_creator_info)
            }
            "withSpaceModifierInfo" => {
                rt::read_field(map, &mut self.with_space_modifier_info)
            }
            "withSpacePermissionRole" => {
                rt::read_field(map, &mut self.with_space_permission_role)
            }
            "withTeamDetail" => rt::read_field(map, &mut self.with_team_detail),
            _ => Ok(false),
        }
    }
}
/// `ListPinSpacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultItems`.
    pub result_items: Option<Vec<ListPinSpacesResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPinSpacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPinSpacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPinSpacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
}
/// `ListRecentsRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListRecentsRequestParam {
    /// A `ListRecentsRequestParam` with its required fields (`fileTypes`, `operateTypes`); set the others with the methods named after them.
    pub fn new(
        file_types: impl IntoIterator<Item = i64>,
        operate_types: impl IntoIterator<Item = i64>,
    ) -> Self {
        Self {
            file_types: file_types.into_iter().collect(),
            max_results: None,
            next_token: None,
            operate_types: operate_types.into_iter().collect(),
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
impl rt::serde::Serialize for ListRecentsRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileTypes", &self.file_types)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("operateTypes", &self.operate_types)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRecentsRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRecentsRequestParam {
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
            _ => Ok(false),
        }
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
/// `ListRelatedSpaceTeamsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRelatedSpaceTeamsResponseBody {
    /// `items`.
    pub items: Option<Vec<TeamModel>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRelatedSpaceTeamsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRelatedSpaceTeamsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRelatedSpaceTeamsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.end()
    }
}
/// `ListRelatedTeamsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRelatedTeamsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<TeamModel>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRelatedTeamsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRelatedTeamsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRelatedTeamsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListSpaceSectionsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSpaceSectionsResponseBody {
    /// `items`.
    pub items: Option<Vec<ListSpaceSectionsResponseBodyItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSpaceSectionsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSpaceSectionsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSpaceSectionsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.end()
    }
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
impl rt::serde::Serialize for ListStarsRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentTypeList", &self.content_type_list)?;
        object.optional("filterDocTypes", &self.filter_doc_types)?;
        object.optional("listV2", &self.list_v2)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("order", &self.order)?;
        object.optional("orderBy", &self.order_by)?;
        object.optional("withDentryCreatorInfo", &self.with_dentry_creator_info)?;
        object.optional("withDentryModifierInfo", &self.with_dentry_modifier_info)?;
        object.optional("withDentryPermissionRole", &self.with_dentry_permission_role)?;
        object.optional("withSpaceDetail", &self.with_space_detail)?;
        object.optional("withSpacePermissionRole", &self.with_space_permission_role)?;
        object.optional("withTeamDetail", &self.with_team_detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListStarsRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListStarsRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentTypeList" => rt::read_field(map, &mut self.content_type_list),
            "filterDocTypes" => rt::read_field(map, &mut self.filter_doc_types),
            "listV2" => rt::read_field(map, &mut self.list_v2),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "withDentryCreatorInfo" => {
                rt::read_field(map, &mut self.with_dentry_creator_info)
            }
            "withDentryModifierInfo" => {
                rt::read_field(map, &mut self.with_dentry_modifier_info)
            }
            "withDentryPermissionRole" => {
                rt::read_field(map, &mut self.with_dentry_permission_role)
            }
            "withSpaceDetail" => rt::read_field(map, &mut self.with_space_detail),
            "withSpacePermissionRole" => {
                rt::read_field(map, &mut self.with_space_permission_role)
            }
            "withTeamDetail" => rt::read_field(map, &mut self.with_team_detail),
            _ => Ok(false),
        }
    }
}
/// `ListStarsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListStarsResponseBody {
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
        object.optional("nextToken", &self.next_token)?;
        object.optional("starList", &self.star_list)?;
        object.end()
    }
}
/// `ListTeamMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTeamMembersResponseBody {
    /// `members`.
    pub members: Option<Vec<ListTeamMembersResponseBodyMembers>>,
    /// `teamName`.
    pub team_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTeamMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTeamMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "teamName" => rt::read_field(map, &mut self.team_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTeamMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("members", &self.members)?;
        object.optional("teamName", &self.team_name)?;
        object.end()
    }
}
/// `LockDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LockDocRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `name`.
    pub name: String,
    /// `operatorUid`.
    pub operator_uid: String,
}
impl LockDocRequestParam {
    /// A `LockDocRequestParam` with its required fields (`dentryUuid`, `name`, `operatorUid`); set the others with the methods named after them.
    pub fn new(
        dentry_uuid: impl Into<String>,
        name: impl Into<String>,
        operator_uid: impl Into<String>,
    ) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
            name: name.into(),
            operator_uid: operator_uid.into(),
        }
    }
}
impl rt::serde::Serialize for LockDocRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.field("name", &self.name)?;
        object.field("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LockDocRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LockDocRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "name" => rt::read_field(map, &mut self.name),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
/// `LockDocResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type LockDocResponseBody = BatchCreateTeamResponseBody;
/// `LockDocByDelegatedPermissionRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LockDocByDelegatedPermissionRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `name`.
    pub name: String,
}
impl LockDocByDelegatedPermissionRequestParam {
    /// A `LockDocByDelegatedPermissionRequestParam` with its required fields (`dentryUuid`, `name`); set the others with the methods named after them.
    pub fn new(dentry_uuid: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
            name: name.into(),
        }
    }
}
impl rt::serde::Serialize for LockDocByDelegatedPermissionRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.field("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LockDocByDelegatedPermissionRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LockDocByDelegatedPermissionRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryExportTaskResponseBody {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryExportTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryExportTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryExportTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryGetContentJobResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGetContentJobResponseBody {
    /// `contentKey`.
    pub content_key: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGetContentJobResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGetContentJobResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentKey" => rt::read_field(map, &mut self.content_key),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGetContentJobResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentKey", &self.content_key)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryItemByUrlResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryItemByUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryItemByUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "dentry" => rt::read_field(map, &mut self.dentry),
            "resourceType" => rt::read_field(map, &mut self.resource_type),
            "space" => rt::read_field(map, &mut self.space),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryItemByUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("dentry", &self.dentry)?;
        object.optional("resourceType", &self.resource_type)?;
        object.optional("space", &self.space)?;
        object.end()
    }
}
/// `QueryRecentListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecentListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<QueryRecentListResponseBodyRecentList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRecentListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecentListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRecentListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("recentList", &self.recent_list)?;
        object.end()
    }
}
/// `RelatedSpacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RelatedSpacesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<RelatedSpacesResponseBodyItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RelatedSpacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RelatedSpacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RelatedSpacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `RemoveTeamMembersRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveTeamMembersRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: i64,
    /// `roleCode`.
    pub role_code: Option<String>,
}
impl RemoveTeamMembersRequestMembers {
    /// A `RemoveTeamMembersRequestMembers` with its required fields (`memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(member_id: impl Into<String>, member_type: i64) -> Self {
        Self {
            member_id: member_id.into(),
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
impl rt::serde::Serialize for RemoveTeamMembersRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.optional("roleCode", &self.role_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveTeamMembersRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveTeamMembersRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
}
/// `RemoveTeamMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveTeamMembersResponseBody {
    /// `notInOrgMembers`.
    pub not_in_org_members: Option<Vec<RemoveTeamMembersResponseBodyNotInOrgMembers>>,
    /// `saveSuccess`.
    pub save_success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RemoveTeamMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RemoveTeamMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notInOrgMembers" => rt::read_field(map, &mut self.not_in_org_members),
            "saveSuccess" => rt::read_field(map, &mut self.save_success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RemoveTeamMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notInOrgMembers", &self.not_in_org_members)?;
        object.optional("saveSuccess", &self.save_success)?;
        object.end()
    }
}
/// `SaveTeamMembersRequestMembers`: the same model as [`RemoveTeamMembersRequestMembers`].
pub type SaveTeamMembersRequestMembers = RemoveTeamMembersRequestMembers;
/// `SaveTeamMembersResponseBody`: the same model as [`RemoveTeamMembersResponseBody`].
pub type SaveTeamMembersResponseBody = RemoveTeamMembersResponseBody;
/// `SearchRequestDentryRequest`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchRequestDentryRequest {
    /// A `SearchRequestDentryRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(max_results: i64) -> Self {
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
impl rt::serde::Serialize for SearchRequestDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTimeRange", &self.create_time_range)?;
        object.optional("createUsers", &self.create_users)?;
        object.optional("editors", &self.editors)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("searchField", &self.search_field)?;
        object.optional("searchFileType", &self.search_file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("spaceIds", &self.space_ids)?;
        object.optional("summaryLength", &self.summary_length)?;
        object.optional("visitTimeRange", &self.visit_time_range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchRequestDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchRequestDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTimeRange" => rt::read_field(map, &mut self.create_time_range),
            "createUsers" => rt::read_field(map, &mut self.create_users),
            "editors" => rt::read_field(map, &mut self.editors),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "searchField" => rt::read_field(map, &mut self.search_field),
            "searchFileType" => rt::read_field(map, &mut self.search_file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "spaceIds" => rt::read_field(map, &mut self.space_ids),
            "summaryLength" => rt::read_field(map, &mut self.summary_length),
            "visitTimeRange" => rt::read_field(map, &mut self.visit_time_range),
            _ => Ok(false),
        }
    }
}
/// `SearchRequestSpaceRequest`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchRequestSpaceRequest {
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `withTeamInfo`.
    pub with_team_info: Option<bool>,
}
impl SearchRequestSpaceRequest {
    /// A `SearchRequestSpaceRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(max_results: i64) -> Self {
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
impl rt::serde::Serialize for SearchRequestSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("withTeamInfo", &self.with_team_info)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchRequestSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchRequestSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "withTeamInfo" => rt::read_field(map, &mut self.with_team_info),
            _ => Ok(false),
        }
    }
}
/// `SearchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchResponseBody {
    /// `dentryResult`.
    pub dentry_result: Option<SearchResponseBodyDentryResult>,
    /// `spaceResult`.
    pub space_result: Option<SearchResponseBodySpaceResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryResult" => rt::read_field(map, &mut self.dentry_result),
            "spaceResult" => rt::read_field(map, &mut self.space_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryResult", &self.dentry_result)?;
        object.optional("spaceResult", &self.space_result)?;
        object.end()
    }
}
/// `SearchTemplatesRequestOption`.
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
impl rt::serde::Serialize for SearchTemplatesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("excludeWorkspaceIds", &self.exclude_workspace_ids)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("platform", &self.platform)?;
        object.optional("templateTypes", &self.template_types)?;
        object.optional("version", &self.version)?;
        object.optional("workspaceIds", &self.workspace_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchTemplatesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchTemplatesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "excludeWorkspaceIds" => rt::read_field(map, &mut self.exclude_workspace_ids),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "platform" => rt::read_field(map, &mut self.platform),
            "templateTypes" => rt::read_field(map, &mut self.template_types),
            "version" => rt::read_field(map, &mut self.version),
            "workspaceIds" => rt::read_field(map, &mut self.workspace_ids),
            _ => Ok(false),
        }
    }
}
/// `SearchTemplatesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchTemplatesRequestParam {
    /// `belong`.
    pub belong: String,
    /// `searchName`.
    pub search_name: String,
}
impl SearchTemplatesRequestParam {
    /// A `SearchTemplatesRequestParam` with its required fields (`belong`, `searchName`); set the others with the methods named after them.
    pub fn new(belong: impl Into<String>, search_name: impl Into<String>) -> Self {
        Self {
            belong: belong.into(),
            search_name: search_name.into(),
        }
    }
}
impl rt::serde::Serialize for SearchTemplatesRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("belong", &self.belong)?;
        object.field("searchName", &self.search_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchTemplatesRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchTemplatesRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belong" => rt::read_field(map, &mut self.belong),
            "searchName" => rt::read_field(map, &mut self.search_name),
            _ => Ok(false),
        }
    }
}
/// `SearchTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTemplatesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `templateList`.
    pub template_list: Option<Vec<SearchTemplatesResponseBodyTemplateList>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTemplatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "templateList" => rt::read_field(map, &mut self.template_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchTemplatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("templateList", &self.template_list)?;
        object.end()
    }
}
/// `ShareUrlRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ShareUrlRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `triggerShare`.
    pub trigger_share: Option<bool>,
}
impl ShareUrlRequestParam {
    /// A `ShareUrlRequestParam` with its required fields (`dentryUuid`); set the others with the methods named after them.
    pub fn new(dentry_uuid: impl Into<String>) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
            trigger_share: None,
        }
    }
    /// Sets `triggerShare`.
    pub fn trigger_share(mut self, value: bool) -> Self {
        self.trigger_share = Some(value);
        self
    }
}
impl rt::serde::Serialize for ShareUrlRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.optional("triggerShare", &self.trigger_share)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShareUrlRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShareUrlRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "triggerShare" => rt::read_field(map, &mut self.trigger_share),
            _ => Ok(false),
        }
    }
}
/// `ShareUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShareUrlResponseBody {
    /// `shareUrlInfo`.
    pub share_url_info: Option<ShareUrlResponseBodyShareUrlInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for ShareUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ShareUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "shareUrlInfo" => rt::read_field(map, &mut self.share_url_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ShareUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("shareUrlInfo", &self.share_url_info)?;
        object.end()
    }
}
/// `SubmitExportJobResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitExportJobResponseBody {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitExportJobResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitExportJobResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitExportJobResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for TemplateCategoriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryStatus", &self.category_status)?;
        object.optional("industryId", &self.industry_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TemplateCategoriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TemplateCategoriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryStatus" => rt::read_field(map, &mut self.category_status),
            "industryId" => rt::read_field(map, &mut self.industry_id),
            _ => Ok(false),
        }
    }
}
/// `TemplateCategoriesRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TemplateCategoriesRequestParam {
    /// `tenantId`.
    pub tenant_id: String,
}
impl TemplateCategoriesRequestParam {
    /// A `TemplateCategoriesRequestParam` with its required fields (`tenantId`); set the others with the methods named after them.
    pub fn new(tenant_id: impl Into<String>) -> Self {
        Self {
            tenant_id: tenant_id.into(),
        }
    }
}
impl rt::serde::Serialize for TemplateCategoriesRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("tenantId", &self.tenant_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TemplateCategoriesRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TemplateCategoriesRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantId" => rt::read_field(map, &mut self.tenant_id),
            _ => Ok(false),
        }
    }
}
/// `TemplateCategoriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TemplateCategoriesResponseBody {
    /// `list`.
    pub list: Option<Vec<TemplateCategoriesResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for TemplateCategoriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TemplateCategoriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TemplateCategoriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `UnlockDocRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `operatorUid`.
    pub operator_uid: String,
}
impl UnlockDocRequestParam {
    /// A `UnlockDocRequestParam` with its required fields (`dentryUuid`, `operatorUid`); set the others with the methods named after them.
    pub fn new(dentry_uuid: impl Into<String>, operator_uid: impl Into<String>) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
            operator_uid: operator_uid.into(),
        }
    }
}
impl rt::serde::Serialize for UnlockDocRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.field("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnlockDocRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnlockDocRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
/// `UnlockDocResponseBody`: the same model as [`BatchCreateTeamResponseBody`].
pub type UnlockDocResponseBody = BatchCreateTeamResponseBody;
/// `UnlockDocByDelegatedPermissionRequestParam`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocByDelegatedPermissionRequestParam {
    /// `dentryUuid`.
    pub dentry_uuid: String,
}
impl UnlockDocByDelegatedPermissionRequestParam {
    /// A `UnlockDocByDelegatedPermissionRequestParam` with its required fields (`dentryUuid`); set the others with the methods named after them.
    pub fn new(dentry_uuid: impl Into<String>) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
        }
    }
}
impl rt::serde::Serialize for UnlockDocByDelegatedPermissionRequestParam {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnlockDocByDelegatedPermissionRequestParam {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnlockDocByDelegatedPermissionRequestParam {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            _ => Ok(false),
        }
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
impl rt::serde::Serialize for UserTemplatesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("platform", &self.platform)?;
        object.optional("templateTypes", &self.template_types)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UserTemplatesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserTemplatesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "platform" => rt::read_field(map, &mut self.platform),
            "templateTypes" => rt::read_field(map, &mut self.template_types),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
/// `UserTemplatesResponseBody`: the same model as [`SearchTemplatesResponseBody`].
pub type UserTemplatesResponseBody = SearchTemplatesResponseBody;
/// `BatchCreateTeamRequestParamCreateTeamParamList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchCreateTeamRequestParamCreateTeamParamList {
    /// A `BatchCreateTeamRequestParamCreateTeamParamList` with its required fields (`creatorUnionId`, `deptId`, `teamName`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        dept_id: impl Into<String>,
        team_name: impl Into<String>,
    ) -> Self {
        Self {
            admin_union_id_list: None,
            creator_union_id: creator_union_id.into(),
            dept_id: dept_id.into(),
            team_name: team_name.into(),
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
impl rt::serde::Serialize for BatchCreateTeamRequestParamCreateTeamParamList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminUnionIdList", &self.admin_union_id_list)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.field("deptId", &self.dept_id)?;
        object.field("teamName", &self.team_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchCreateTeamRequestParamCreateTeamParamList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateTeamRequestParamCreateTeamParamList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminUnionIdList" => rt::read_field(map, &mut self.admin_union_id_list),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "teamName" => rt::read_field(map, &mut self.team_name),
            _ => Ok(false),
        }
    }
}
/// `MapValue`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for MapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "coverDownloadUrl" => rt::read_field(map, &mut self.cover_download_url),
            "description" => rt::read_field(map, &mut self.description),
            "authorName" => rt::read_field(map, &mut self.author_name),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            "workspaceName" => rt::read_field(map, &mut self.workspace_name),
            "usedCount" => rt::read_field(map, &mut self.used_count),
            "belong" => rt::read_field(map, &mut self.belong),
            "contentDownloadUrl" => rt::read_field(map, &mut self.content_download_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("coverDownloadUrl", &self.cover_download_url)?;
        object.optional("description", &self.description)?;
        object.optional("authorName", &self.author_name)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.optional("workspaceName", &self.workspace_name)?;
        object.optional("usedCount", &self.used_count)?;
        object.optional("belong", &self.belong)?;
        object.optional("contentDownloadUrl", &self.content_download_url)?;
        object.end()
    }
}
/// `CategoryTemplatesResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CategoryTemplatesResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CategoryTemplatesResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorName" => rt::read_field(map, &mut self.author_name),
            "belong" => rt::read_field(map, &mut self.belong),
            "contentDownloadUrl" => rt::read_field(map, &mut self.content_download_url),
            "coverDownloadUrl" => rt::read_field(map, &mut self.cover_download_url),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "usedCount" => rt::read_field(map, &mut self.used_count),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            "workspaceName" => rt::read_field(map, &mut self.workspace_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CategoryTemplatesResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorName", &self.author_name)?;
        object.optional("belong", &self.belong)?;
        object.optional("contentDownloadUrl", &self.content_download_url)?;
        object.optional("coverDownloadUrl", &self.cover_download_url)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("usedCount", &self.used_count)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.optional("workspaceName", &self.workspace_name)?;
        object.end()
    }
}
/// `DentryVOCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DentryVOCreator {
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DentryVOCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryVOCreator {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryVOCreator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `LinkSourceInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for LinkSourceInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LinkSourceInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extension" => rt::read_field(map, &mut self.extension),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "id" => rt::read_field(map, &mut self.id),
            "linkType" => rt::read_field(map, &mut self.link_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LinkSourceInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("id", &self.id)?;
        object.optional("linkType", &self.link_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `SpaceModel`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SpaceModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SpaceModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "description" => rt::read_field(map, &mut self.description),
            "hdIconVO" => rt::read_field(map, &mut self.hd_icon_vo),
            "iconVO" => rt::read_field(map, &mut self.icon_vo),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            "visitorInfo" => rt::read_field(map, &mut self.visitor_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("description", &self.description)?;
        object.optional("hdIconVO", &self.hd_icon_vo)?;
        object.optional("iconVO", &self.icon_vo)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("recentList", &self.recent_list)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.optional("visitorInfo", &self.visitor_info)?;
        object.end()
    }
}
/// `DentryVOUpdater`: the same model as [`DentryVOCreator`].
pub type DentryVOUpdater = DentryVOCreator;
/// `DentryVOVisitorInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DentryVOVisitorInfo {
    /// `dentryActions`.
    pub dentry_actions: Option<Vec<String>>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `spaceActions`.
    pub space_actions: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DentryVOVisitorInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryVOVisitorInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryActions" => rt::read_field(map, &mut self.dentry_actions),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "spaceActions" => rt::read_field(map, &mut self.space_actions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryVOVisitorInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryActions", &self.dentry_actions)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("spaceActions", &self.space_actions)?;
        object.end()
    }
}
/// `CopyDocResponseBodySyncCopyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CopyDocResponseBodySyncCopyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyDocResponseBodySyncCopyResult {
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
impl rt::serde::Serialize for CopyDocResponseBodySyncCopyResult {
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
/// `CopyDocWithAppAuthResponseBodySyncCopyResult`: the same model as [`CopyDocResponseBodySyncCopyResult`].
pub type CopyDocWithAppAuthResponseBodySyncCopyResult = CopyDocResponseBodySyncCopyResult;
/// `CreateShortcutResponseBodyOpenDentryInfo`: the same model as [`CopyDocResponseBodySyncCopyResult`].
pub type CreateShortcutResponseBodyOpenDentryInfo = CopyDocResponseBodySyncCopyResult;
/// `CreateShortcutForMigrateResponseBodyOpenDentryInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for CreateShortcutForMigrateResponseBodyOpenDentryInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateShortcutForMigrateResponseBodyOpenDentryInfo {
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
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateShortcutForMigrateResponseBodyOpenDentryInfo {
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
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `SpaceVOIconVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SpaceVOIconVO {
    /// `icon`.
    pub icon: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SpaceVOIconVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SpaceVOIconVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SpaceVOIconVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `SpaceVOOwner`: the same model as [`DentryVOCreator`].
pub type SpaceVOOwner = DentryVOCreator;
/// `SpaceVOVisitorInfo`: the same model as [`DentryVOVisitorInfo`].
pub type SpaceVOVisitorInfo = DentryVOVisitorInfo;
/// `TeamVOCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TeamVOCreator {
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TeamVOCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamVOCreator {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamVOCreator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `TeamVORelatedDeptInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TeamVORelatedDeptInfo {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TeamVORelatedDeptInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamVORelatedDeptInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamVORelatedDeptInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.end()
    }
}
/// `TeamVOShareScopeInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TeamVOShareScopeInfo {
    /// `roleId`.
    pub role_id: Option<String>,
    /// `scope`.
    pub scope: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for TeamVOShareScopeInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamVOShareScopeInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleId" => rt::read_field(map, &mut self.role_id),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamVOShareScopeInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("scope", &self.scope)?;
        object.end()
    }
}
/// `TeamVOUpdater`: the same model as [`TeamVOCreator`].
pub type TeamVOUpdater = TeamVOCreator;
/// `TeamVOVisitInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TeamVOVisitInfo {
    /// `roleCode`.
    pub role_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TeamVOVisitInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamVOVisitInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamVOVisitInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleCode", &self.role_code)?;
        object.end()
    }
}
/// `DentryModel`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for DentryModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "dentryType" => rt::read_field(map, &mut self.dentry_type),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "extension" => rt::read_field(map, &mut self.extension),
            "hasChildren" => rt::read_field(map, &mut self.has_children),
            "linkSourceInfo" => rt::read_field(map, &mut self.link_source_info),
            "name" => rt::read_field(map, &mut self.name),
            "path" => rt::read_field(map, &mut self.path),
            "space" => rt::read_field(map, &mut self.space),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "statisticalInfo" => rt::read_field(map, &mut self.statistical_info),
            "updatedTime" => rt::read_field(map, &mut self.updated_time),
            "updater" => rt::read_field(map, &mut self.updater),
            "url" => rt::read_field(map, &mut self.url),
            "visitorInfo" => rt::read_field(map, &mut self.visitor_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("dentryType", &self.dentry_type)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("docKey", &self.doc_key)?;
        object.optional("extension", &self.extension)?;
        object.optional("hasChildren", &self.has_children)?;
        object.optional("linkSourceInfo", &self.link_source_info)?;
        object.optional("name", &self.name)?;
        object.optional("path", &self.path)?;
        object.optional("space", &self.space)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("statisticalInfo", &self.statistical_info)?;
        object.optional("updatedTime", &self.updated_time)?;
        object.optional("updater", &self.updater)?;
        object.optional("url", &self.url)?;
        object.optional("visitorInfo", &self.visitor_info)?;
        object.end()
    }
}
/// `GetWorkspacePermissionScopesResponseBodyMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetWorkspacePermissionScopesResponseBodyMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberRole`.
    pub member_role: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetWorkspacePermissionScopesResponseBodyMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWorkspacePermissionScopesResponseBodyMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberRole" => rt::read_field(map, &mut self.member_role),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWorkspacePermissionScopesResponseBodyMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberRole", &self.member_role)?;
        object.optional("memberType", &self.member_type)?;
        object.end()
    }
}
/// `ListFeedsResponseBodyItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListFeedsResponseBodyItems {
    /// `content`.
    pub content: Option<String>,
    /// `time`.
    pub time: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListFeedsResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListFeedsResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "time" => rt::read_field(map, &mut self.time),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListFeedsResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("time", &self.time)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListPinSpacesResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListPinSpacesResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPinSpacesResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "spaceInfo" => rt::read_field(map, &mut self.space_info),
            "spacePermissionRole" => rt::read_field(map, &mut self.space_permission_role),
            "teamInfo" => rt::read_field(map, &mut self.team_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPinSpacesResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("spaceInfo", &self.space_info)?;
        object.optional("spacePermissionRole", &self.space_permission_role)?;
        object.optional("teamInfo", &self.team_info)?;
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
/// `TeamModel`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for TeamModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "relatedDeptInfo" => rt::read_field(map, &mut self.related_dept_info),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            "updatedTime" => rt::read_field(map, &mut self.updated_time),
            "updater" => rt::read_field(map, &mut self.updater),
            "url" => rt::read_field(map, &mut self.url),
            "visitInfo" => rt::read_field(map, &mut self.visit_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("relatedDeptInfo", &self.related_dept_info)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.optional("updatedTime", &self.updated_time)?;
        object.optional("updater", &self.updater)?;
        object.optional("url", &self.url)?;
        object.optional("visitInfo", &self.visit_info)?;
        object.end()
    }
}
/// `ListSpaceSectionsResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSpaceSectionsResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSpaceSectionsResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayType" => rt::read_field(map, &mut self.display_type),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "spaceNum" => rt::read_field(map, &mut self.space_num),
            "spaces" => rt::read_field(map, &mut self.spaces),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSpaceSectionsResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayType", &self.display_type)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("spaceNum", &self.space_num)?;
        object.optional("spaces", &self.spaces)?;
        object.end()
    }
}
/// `ListStarsResponseBodyStarList`.
#[derive(Clone, Debug, Default)]
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
            "dentryInfo" => rt::read_field(map, &mut self.dentry_info),
            "dentryPermissionRole" => {
                rt::read_field(map, &mut self.dentry_permission_role)
            }
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "spaceInfo" => rt::read_field(map, &mut self.space_info),
            "spacePermissionRole" => rt::read_field(map, &mut self.space_permission_role),
            "starType" => rt::read_field(map, &mut self.star_type),
            "teamInfo" => rt::read_field(map, &mut self.team_info),
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
        object.optional("dentryInfo", &self.dentry_info)?;
        object.optional("dentryPermissionRole", &self.dentry_permission_role)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("spaceInfo", &self.space_info)?;
        object.optional("spacePermissionRole", &self.space_permission_role)?;
        object.optional("starType", &self.star_type)?;
        object.optional("teamInfo", &self.team_info)?;
        object.end()
    }
}
/// `ListTeamMembersResponseBodyMembers`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListTeamMembersResponseBodyMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTeamMembersResponseBodyMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "name" => rt::read_field(map, &mut self.name),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTeamMembersResponseBodyMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("name", &self.name)?;
        object.optional("roleCode", &self.role_code)?;
        object.end()
    }
}
/// `QueryItemByUrlResponseBodySpace`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryItemByUrlResponseBodySpace {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryItemByUrlResponseBodySpace {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryItemByUrlResponseBodySpace {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryRecentListResponseBodyRecentList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryRecentListResponseBodyRecentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecentListResponseBodyRecentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deleted" => rt::read_field(map, &mut self.deleted),
            "dentry" => rt::read_field(map, &mut self.dentry),
            "recentTime" => rt::read_field(map, &mut self.recent_time),
            "team" => rt::read_field(map, &mut self.team),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRecentListResponseBodyRecentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("dentry", &self.dentry)?;
        object.optional("recentTime", &self.recent_time)?;
        object.optional("team", &self.team)?;
        object.end()
    }
}
/// `RelatedSpacesResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RelatedSpacesResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RelatedSpacesResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "description" => rt::read_field(map, &mut self.description),
            "hdIconVO" => rt::read_field(map, &mut self.hd_icon_vo),
            "iconVO" => rt::read_field(map, &mut self.icon_vo),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            "visitorInfo" => rt::read_field(map, &mut self.visitor_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RelatedSpacesResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("description", &self.description)?;
        object.optional("hdIconVO", &self.hd_icon_vo)?;
        object.optional("iconVO", &self.icon_vo)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("recentList", &self.recent_list)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.optional("visitorInfo", &self.visitor_info)?;
        object.end()
    }
}
/// `RemoveTeamMembersResponseBodyNotInOrgMembers`: the same model as [`ListTeamMembersResponseBodyMembers`].
pub type RemoveTeamMembersResponseBodyNotInOrgMembers = ListTeamMembersResponseBodyMembers;
/// `SaveTeamMembersResponseBodyNotInOrgMembers`: the same model as [`ListTeamMembersResponseBodyMembers`].
pub type SaveTeamMembersResponseBodyNotInOrgMembers = ListTeamMembersResponseBodyMembers;
/// `SearchRequestDentryRequestCreateTimeRange`.
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
impl rt::serde::Serialize for SearchRequestDentryRequestCreateTimeRange {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("end", &self.end)?;
        object.optional("start", &self.start)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchRequestDentryRequestCreateTimeRange {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchRequestDentryRequestCreateTimeRange {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "end" => rt::read_field(map, &mut self.end),
            "start" => rt::read_field(map, &mut self.start),
            _ => Ok(false),
        }
    }
}
/// `SearchRequestDentryRequestVisitTimeRange`: the same model as [`SearchRequestDentryRequestCreateTimeRange`].
pub type SearchRequestDentryRequestVisitTimeRange = SearchRequestDentryRequestCreateTimeRange;
/// `SearchResponseBodyDentryResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchResponseBodyDentryResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<SearchResponseBodyDentryResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchResponseBodyDentryResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchResponseBodyDentryResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchResponseBodyDentryResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `SearchResponseBodySpaceResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchResponseBodySpaceResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `items`.
    pub items: Option<Vec<SearchResponseBodySpaceResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchResponseBodySpaceResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchResponseBodySpaceResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchResponseBodySpaceResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `SearchTemplatesResponseBodyTemplateList`: the same model as [`CategoryTemplatesResponseBodyList`].
pub type SearchTemplatesResponseBodyTemplateList = CategoryTemplatesResponseBodyList;
/// `ShareUrlResponseBodyShareUrlInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ShareUrlResponseBodyShareUrlInfo {
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ShareUrlResponseBodyShareUrlInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ShareUrlResponseBodyShareUrlInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ShareUrlResponseBodyShareUrlInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
/// `TeamTemplatesResponseBodyTemplateList`: the same model as [`CategoryTemplatesResponseBodyList`].
pub type TeamTemplatesResponseBodyTemplateList = CategoryTemplatesResponseBodyList;
/// `TemplateCategoriesResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TemplateCategoriesResponseBodyList {
    /// `categoryId`.
    pub category_id: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `sort`.
    pub sort: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TemplateCategoriesResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TemplateCategoriesResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "sort" => rt::read_field(map, &mut self.sort),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TemplateCategoriesResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("sort", &self.sort)?;
        object.end()
    }
}
/// `UserTemplatesResponseBodyTemplateList`: the same model as [`CategoryTemplatesResponseBodyList`].
pub type UserTemplatesResponseBodyTemplateList = CategoryTemplatesResponseBodyList;
/// `LinkSourceInfoIconUrl`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LinkSourceInfoIconUrl {
    /// `line`.
    pub line: Option<String>,
    /// `small`.
    pub small: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LinkSourceInfoIconUrl {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LinkSourceInfoIconUrl {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "line" => rt::read_field(map, &mut self.line),
            "small" => rt::read_field(map, &mut self.small),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LinkSourceInfoIconUrl {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("line", &self.line)?;
        object.optional("small", &self.small)?;
        object.end()
    }
}
/// `SpaceModelHdIconVO`: the same model as [`SpaceVOIconVO`].
pub type SpaceModelHdIconVO = SpaceVOIconVO;
/// `SpaceModelIconVO`: the same model as [`SpaceVOIconVO`].
pub type SpaceModelIconVO = SpaceVOIconVO;
/// `SpaceModelOwner`: the same model as [`DentryVOCreator`].
pub type SpaceModelOwner = DentryVOCreator;
/// `SpaceModelVisitorInfo`: the same model as [`DentryVOVisitorInfo`].
pub type SpaceModelVisitorInfo = DentryVOVisitorInfo;
/// `CopyDocResponseBodySyncCopyResultSpaceInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyDocResponseBodySyncCopyResultSpaceInfo {
    /// `sceneType`.
    pub scene_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyDocResponseBodySyncCopyResultSpaceInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyDocResponseBodySyncCopyResultSpaceInfo {
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
impl rt::serde::Serialize for CopyDocResponseBodySyncCopyResultSpaceInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sceneType", &self.scene_type)?;
        object.end()
    }
}
/// `CopyDocWithAppAuthResponseBodySyncCopyResultSpaceInfo`: the same model as [`CopyDocResponseBodySyncCopyResultSpaceInfo`].
pub type CopyDocWithAppAuthResponseBodySyncCopyResultSpaceInfo = CopyDocResponseBodySyncCopyResultSpaceInfo;
/// `CreateShortcutResponseBodyOpenDentryInfoSpaceInfo`: the same model as [`CopyDocResponseBodySyncCopyResultSpaceInfo`].
pub type CreateShortcutResponseBodyOpenDentryInfoSpaceInfo = CopyDocResponseBodySyncCopyResultSpaceInfo;
/// `DentryModelCreator`: the same model as [`DentryVOCreator`].
pub type DentryModelCreator = DentryVOCreator;
/// `DentryModelStatisticalInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DentryModelStatisticalInfo {
    /// `wordCount`.
    pub word_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DentryModelStatisticalInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryModelStatisticalInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "wordCount" => rt::read_field(map, &mut self.word_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryModelStatisticalInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("wordCount", &self.word_count)?;
        object.end()
    }
}
/// `DentryModelUpdater`: the same model as [`DentryVOCreator`].
pub type DentryModelUpdater = DentryVOCreator;
/// `DentryModelVisitorInfo`: the same model as [`DentryVOVisitorInfo`].
pub type DentryModelVisitorInfo = DentryVOVisitorInfo;
/// `ListPinSpacesResponseBodyResultItemsSpaceInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListPinSpacesResponseBodyResultItemsSpaceInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPinSpacesResponseBodyResultItemsSpaceInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "description" => rt::read_field(map, &mut self.description),
            "iconVO" => rt::read_field(map, &mut self.icon_vo),
            "id" => rt::read_field(map, &mut self.id),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPinSpacesResponseBodyResultItemsSpaceInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("description", &self.description)?;
        object.optional("iconVO", &self.icon_vo)?;
        object.optional("id", &self.id)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.end()
    }
}
/// `ListPinSpacesResponseBodyResultItemsTeamInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsTeamInfo {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPinSpacesResponseBodyResultItemsTeamInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPinSpacesResponseBodyResultItemsTeamInfo {
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
impl rt::serde::Serialize for ListPinSpacesResponseBodyResultItemsTeamInfo {
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
/// `ListRecentsResponseBodyRecentDentryListResource`: the same model as [`CopyDocResponseBodySyncCopyResult`].
pub type ListRecentsResponseBodyRecentDentryListResource = CopyDocResponseBodySyncCopyResult;
/// `TeamModelCreator`: the same model as [`TeamVOCreator`].
pub type TeamModelCreator = TeamVOCreator;
/// `TeamModelRelatedDeptInfo`: the same model as [`TeamVORelatedDeptInfo`].
pub type TeamModelRelatedDeptInfo = TeamVORelatedDeptInfo;
/// `TeamModelUpdater`: the same model as [`TeamVOCreator`].
pub type TeamModelUpdater = TeamVOCreator;
/// `TeamModelVisitInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TeamModelVisitInfo {
    /// `joinTime`.
    pub join_time: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TeamModelVisitInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TeamModelVisitInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "joinTime" => rt::read_field(map, &mut self.join_time),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TeamModelVisitInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("joinTime", &self.join_time)?;
        object.optional("roleCode", &self.role_code)?;
        object.end()
    }
}
/// `ListStarsResponseBodyStarListDentryInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListStarsResponseBodyStarListDentryInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListStarsResponseBodyStarListDentryInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "extension" => rt::read_field(map, &mut self.extension),
            "id" => rt::read_field(map, &mut self.id),
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "name" => rt::read_field(map, &mut self.name),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListStarsResponseBodyStarListDentryInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("extension", &self.extension)?;
        object.optional("id", &self.id)?;
        object.optional("mobileUrl", &self.mobile_url)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("name", &self.name)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RelatedSpacesResponseBodyItemsVisitorInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RelatedSpacesResponseBodyItemsVisitorInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryActions" => rt::read_field(map, &mut self.dentry_actions),
            "pinned" => rt::read_field(map, &mut self.pinned),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "spaceActions" => rt::read_field(map, &mut self.space_actions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RelatedSpacesResponseBodyItemsVisitorInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryActions", &self.dentry_actions)?;
        object.optional("pinned", &self.pinned)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("spaceActions", &self.space_actions)?;
        object.end()
    }
}
/// `SearchResponseBodyDentryResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchResponseBodyDentryResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchResponseBodyDentryResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "creation" => rt::read_field(map, &mut self.creation),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "extension" => rt::read_field(map, &mut self.extension),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "lastEdition" => rt::read_field(map, &mut self.last_edition),
            "name" => rt::read_field(map, &mut self.name),
            "originName" => rt::read_field(map, &mut self.origin_name),
            "path" => rt::read_field(map, &mut self.path),
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            "searchFileType" => rt::read_field(map, &mut self.search_file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "thumbnailUrl" => rt::read_field(map, &mut self.thumbnail_url),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchResponseBodyDentryResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("creation", &self.creation)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("extension", &self.extension)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("lastEdition", &self.last_edition)?;
        object.optional("name", &self.name)?;
        object.optional("originName", &self.origin_name)?;
        object.optional("path", &self.path)?;
        object.optional("sceneType", &self.scene_type)?;
        object.optional("searchFileType", &self.search_file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("thumbnailUrl", &self.thumbnail_url)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `SearchResponseBodySpaceResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchResponseBodySpaceResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchResponseBodySpaceResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "iconVO" => rt::read_field(map, &mut self.icon_vo),
            "name" => rt::read_field(map, &mut self.name),
            "originName" => rt::read_field(map, &mut self.origin_name),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "teamVO" => rt::read_field(map, &mut self.team_vo),
            "url" => rt::read_field(map, &mut self.url),
            "userLastOperation" => rt::read_field(map, &mut self.user_last_operation),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchResponseBodySpaceResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("iconVO", &self.icon_vo)?;
        object.optional("name", &self.name)?;
        object.optional("originName", &self.origin_name)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("teamVO", &self.team_vo)?;
        object.optional("url", &self.url)?;
        object.optional("userLastOperation", &self.user_last_operation)?;
        object.end()
    }
}
/// `ListPinSpacesResponseBodyResultItemsSpaceInfoCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsSpaceInfoCreator {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListPinSpacesResponseBodyResultItemsSpaceInfoCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPinSpacesResponseBodyResultItemsSpaceInfoCreator {
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
impl rt::serde::Serialize for ListPinSpacesResponseBodyResultItemsSpaceInfoCreator {
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
/// `ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO {
    /// `icon`.
    pub icon: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenActionModel {
    /// `name`.
    pub name: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenActionModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenActionModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenActionModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("timestamp", &self.timestamp)?;
        object.end()
    }
}
/// `SearchResponseBodySpaceResultItemsIconVO`: the same model as [`ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO`].
pub type SearchResponseBodySpaceResultItemsIconVO = ListPinSpacesResponseBodyResultItemsSpaceInfoIconVO;
/// `SearchResponseBodySpaceResultItemsTeamVO`: the same model as [`ListPinSpacesResponseBodyResultItemsTeamInfo`].
pub type SearchResponseBodySpaceResultItemsTeamVO = ListPinSpacesResponseBodyResultItemsTeamInfo;
/// `SearchResponseBodySpaceResultItemsUserLastOperation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchResponseBodySpaceResultItemsUserLastOperation {
    /// `name`.
    pub name: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchResponseBodySpaceResultItemsUserLastOperation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchResponseBodySpaceResultItemsUserLastOperation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchResponseBodySpaceResultItemsUserLastOperation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// The request of [`Api::batch_create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `param`.
    pub param: BatchCreateTeamRequestParam,
}
impl BatchCreateTeamRequest {
    /// A `BatchCreateTeamRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        param: BatchCreateTeamRequestParam,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            param,
        }
    }
}
impl rt::serde::Serialize for BatchCreateTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchCreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_delete_recents`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchDeleteRecentsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `dentryUuids`.
    pub dentry_uuids: Vec<String>,
}
impl BatchDeleteRecentsRequest {
    /// A `BatchDeleteRecentsRequest` with its required fields (`operatorId`, `dentryUuids`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        dentry_uuids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            dentry_uuids: dentry_uuids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchDeleteRecentsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuids", &self.dentry_uuids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchDeleteRecentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchDeleteRecentsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "dentryUuids" => rt::read_field(map, &mut self.dentry_uuids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchDeleteRecentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::categories_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CategoriesTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<CategoriesTemplatesRequestOption>,
    /// `param`.
    pub param: CategoriesTemplatesRequestParam,
}
impl CategoriesTemplatesRequest {
    /// A `CategoriesTemplatesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        param: CategoriesTemplatesRequestParam,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CategoriesTemplatesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoriesTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoriesTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CategoriesTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::category_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CategoryTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<CategoryTemplatesRequestOption>,
    /// `param`.
    pub param: CategoryTemplatesRequestParam,
}
impl CategoryTemplatesRequest {
    /// A `CategoryTemplatesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        param: CategoryTemplatesRequestParam,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CategoryTemplatesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CategoryTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CategoryTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CategoryTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CopyDentryRequest {
    /// A `CopyDentryRequest` with its required fields (`name`, `operatorId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        operator_id: impl Into<String>,
        target_space_id: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            operator_id: operator_id.into(),
            target_space_id: target_space_id.into(),
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
impl rt::serde::Serialize for CopyDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.optional("toNextDentryId", &self.to_next_dentry_id)?;
        object.optional("toParentDentryId", &self.to_parent_dentry_id)?;
        object.optional("toPrevDentryId", &self.to_prev_dentry_id)?;
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
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "toNextDentryId" => rt::read_field(map, &mut self.to_next_dentry_id),
            "toParentDentryId" => rt::read_field(map, &mut self.to_parent_dentry_id),
            "toPrevDentryId" => rt::read_field(map, &mut self.to_prev_dentry_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyDocRequest {
    /// `param`.
    pub param: CopyDocRequestParam,
}
impl CopyDocRequest {
    /// A `CopyDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: CopyDocRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for CopyDocRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_doc_with_app_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CopyDocWithAppAuthRequest {
    /// A `CopyDocWithAppAuthRequest` with its required fields (`operatorId`, `sourceDentryUuid`, `targetParentDentryUuid`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        source_dentry_uuid: impl Into<String>,
        target_parent_dentry_uuid: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            source_dentry_uuid: source_dentry_uuid.into(),
            target_parent_dentry_uuid: target_parent_dentry_uuid.into(),
            target_pre_dentry_uuid: None,
        }
    }
    /// Sets `targetPreDentryUuid`.
    pub fn target_pre_dentry_uuid(mut self, value: impl Into<String>) -> Self {
        self.target_pre_dentry_uuid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CopyDocWithAppAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("sourceDentryUuid", &self.source_dentry_uuid)?;
        object.field("targetParentDentryUuid", &self.target_parent_dentry_uuid)?;
        object.optional("targetPreDentryUuid", &self.target_pre_dentry_uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyDocWithAppAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyDocWithAppAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "sourceDentryUuid" => rt::read_field(map, &mut self.source_dentry_uuid),
            "targetParentDentryUuid" => {
                rt::read_field(map, &mut self.target_parent_dentry_uuid)
            }
            "targetPreDentryUuid" => {
                rt::read_field(map, &mut self.target_pre_dentry_uuid)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyDocWithAppAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyWorkspaceRequest {
    /// `param`.
    pub param: CopyWorkspaceRequestParam,
}
impl CopyWorkspaceRequest {
    /// A `CopyWorkspaceRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: CopyWorkspaceRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for CopyWorkspaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyWorkspaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyWorkspaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::copy_workspace_async`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CopyWorkspaceAsyncRequest {
    /// `param`.
    pub param: CopyWorkspaceAsyncRequestParam,
}
impl CopyWorkspaceAsyncRequest {
    /// A `CopyWorkspaceAsyncRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: CopyWorkspaceAsyncRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for CopyWorkspaceAsyncRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CopyWorkspaceAsyncRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CopyWorkspaceAsyncRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CopyWorkspaceAsyncRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateDentryRequest {
    /// A `CreateDentryRequest` with its required fields (`dentryType`, `name`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        dentry_type: impl Into<String>,
        name: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            dentry_type: dentry_type.into(),
            document_type: None,
            name: name.into(),
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CreateDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryType", &self.dentry_type)?;
        object.optional("documentType", &self.document_type)?;
        object.field("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("parentDentryId", &self.parent_dentry_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryType" => rt::read_field(map, &mut self.dentry_type),
            "documentType" => rt::read_field(map, &mut self.document_type),
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "parentDentryId" => rt::read_field(map, &mut self.parent_dentry_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_shortcut`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateShortcutRequest {
    /// `param`.
    pub param: CreateShortcutRequestParam,
}
impl CreateShortcutRequest {
    /// A `CreateShortcutRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: CreateShortcutRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for CreateShortcutRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateShortcutRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateShortcutRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateShortcutForMigrateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("sourceResourceId", &self.source_resource_id)?;
        object.optional("sourceResourceType", &self.source_resource_type)?;
        object.optional("targetResourceId", &self.target_resource_id)?;
        object.optional("targetResourceName", &self.target_resource_name)?;
        object.optional("targetResourceType", &self.target_resource_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateShortcutForMigrateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateShortcutForMigrateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "sourceResourceId" => rt::read_field(map, &mut self.source_resource_id),
            "sourceResourceType" => rt::read_field(map, &mut self.source_resource_type),
            "targetResourceId" => rt::read_field(map, &mut self.target_resource_id),
            "targetResourceName" => rt::read_field(map, &mut self.target_resource_name),
            "targetResourceType" => rt::read_field(map, &mut self.target_resource_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateShortcutForMigrateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateSpaceRequest {
    /// A `CreateSpaceRequest` with its required fields (`name`, `operatorId`, `shareScope`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        operator_id: impl Into<String>,
        share_scope: CreateSpaceRequestShareScope,
    ) -> Self {
        Self {
            description: None,
            icon: None,
            name: name.into(),
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CreateSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.field("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("sectionId", &self.section_id)?;
        object.field("shareScope", &self.share_scope)?;
        object.optional("teamId", &self.team_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "sectionId" => rt::read_field(map, &mut self.section_id),
            "shareScope" => rt::read_field(map, &mut self.share_scope),
            "teamId" => rt::read_field(map, &mut self.team_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTeamRequest {
    /// A `CreateTeamRequest` with its required fields (`name`, `operatorId`, `teamType`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        operator_id: impl Into<String>,
        team_type: i64,
    ) -> Self {
        Self {
            cover: None,
            description: None,
            icon: None,
            members: None,
            name: name.into(),
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CreateTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cover", &self.cover)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("members", &self.members)?;
        object.field("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("teamType", &self.team_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cover" => rt::read_field(map, &mut self.cover),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "members" => rt::read_field(map, &mut self.members),
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "teamType" => rt::read_field(map, &mut self.team_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cross_org_migrate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CrossOrgMigrateRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<CrossOrgMigrateRequestOption>,
    /// `param`.
    pub param: CrossOrgMigrateRequestParam,
}
impl CrossOrgMigrateRequest {
    /// A `CrossOrgMigrateRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        param: CrossOrgMigrateRequestParam,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CrossOrgMigrateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CrossOrgMigrateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CrossOrgMigrateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CrossOrgMigrateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteTeamRequest {
    /// A `DeleteTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteTeamRequest {
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
impl rt::WriteRequest for DeleteTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<DocContentRequestOption>,
}
impl DocContentRequest {
    /// A `DocContentRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: DocContentRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for DocContentRequest {
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
impl<'de> rt::serde::Deserialize<'de> for DocContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocExportByDelegatedPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocExportByDelegatedPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generateCp" => rt::read_field(map, &mut self.generate_cp),
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocExportByDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("generateCp", &self.generate_cp);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::doc_update_content_with_delegated_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocUpdateContentWithDelegatedPermissionRequest {
    /// `content`.
    pub content: String,
    /// `dataType`.
    pub data_type: Option<String>,
}
impl DocUpdateContentWithDelegatedPermissionRequest {
    /// A `DocUpdateContentWithDelegatedPermissionRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            data_type: None,
        }
    }
    /// Sets `dataType`.
    pub fn data_type(mut self, value: impl Into<String>) -> Self {
        self.data_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DocUpdateContentWithDelegatedPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("dataType", &self.data_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for DocUpdateContentWithDelegatedPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocUpdateContentWithDelegatedPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "dataType" => rt::read_field(map, &mut self.data_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocUpdateContentWithDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::export_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExportDocRequest {
    /// `param`.
    pub param: ExportDocRequestParam,
}
impl ExportDocRequest {
    /// A `ExportDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: ExportDocRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for ExportDocRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExportDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExportDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExportDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_id_by_uuid`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentryIdByUuidRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetDentryIdByUuidRequest {
    /// A `GetDentryIdByUuidRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentryIdByUuidRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryIdByUuidRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDocContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDocContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generateCp" => rt::read_field(map, &mut self.generate_cp),
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDocContentForELMRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDocContentForELMRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMySpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMySpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isMySpace" => rt::read_field(map, &mut self.is_my_space),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOrgOrWebOpenDocContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOrgOrWebOpenDocContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generateCp" => rt::read_field(map, &mut self.generate_cp),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSchemaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetSchemaRequest {
    /// A `GetSchemaRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSchemaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSchemaRequest {
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
impl rt::WriteRequest for GetSchemaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_space_directories`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetSpaceDirectoriesRequest {
    /// A `GetSpaceDirectoriesRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(max_results: i64, operator_id: impl Into<String>) -> Self {
        Self {
            dentry_id: None,
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceDirectoriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceDirectoriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetStarInfoRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetStarInfoRequest {
    /// A `GetStarInfoRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetStarInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetStarInfoRequest {
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
impl rt::WriteRequest for GetStarInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetTeamRequest {
    /// A `GetTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTeamRequest {
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
impl rt::WriteRequest for GetTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_total_number_of_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTotalNumberOfDentriesRequest {
    /// `includeFolder`: a query parameter.
    pub include_folder: Option<bool>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `spaceTypes`: a query parameter.
    pub space_types: Option<String>,
}
impl GetTotalNumberOfDentriesRequest {
    /// A `GetTotalNumberOfDentriesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            include_folder: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTotalNumberOfDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTotalNumberOfDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeFolder" => rt::read_field(map, &mut self.include_folder),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "spaceTypes" => rt::read_field(map, &mut self.space_types),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTotalNumberOfSpacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetTotalNumberOfSpacesRequest {
    /// A `GetTotalNumberOfSpacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTotalNumberOfSpacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTotalNumberOfSpacesRequest {
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
impl rt::WriteRequest for GetTotalNumberOfSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_user_info_by_open_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserInfoByOpenTokenRequest {
    /// `docKey`: a query parameter.
    pub doc_key: String,
    /// `openToken`: a query parameter.
    pub open_token: String,
}
impl GetUserInfoByOpenTokenRequest {
    /// A `GetUserInfoByOpenTokenRequest` with its required fields (`docKey`, `openToken`); set the others with the methods named after them.
    pub fn new(doc_key: impl Into<String>, open_token: impl Into<String>) -> Self {
        Self {
            doc_key: doc_key.into(),
            open_token: open_token.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoByOpenTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserInfoByOpenTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "openToken" => rt::read_field(map, &mut self.open_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserInfoByOpenTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("docKey", &self.doc_key);
        writer.query("openToken", &self.open_token);
    }
}
/// The request of [`Api::get_uuid_by_dentry_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUuidByDentryIdRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `spaceId`: a query parameter.
    pub space_id: String,
}
impl GetUuidByDentryIdRequest {
    /// A `GetUuidByDentryIdRequest` with its required fields (`operatorId`, `spaceId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, space_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            space_id: space_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUuidByDentryIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUuidByDentryIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUuidByDentryIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("spaceId", &self.space_id);
    }
}
/// The request of [`Api::get_uuid_by_id_or_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUuidByIdOrUrlRequest {
    /// `idOrUrl`: a query parameter.
    pub id_or_url: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetUuidByIdOrUrlRequest {
    /// A `GetUuidByIdOrUrlRequest` with its required fields (`idOrUrl`, `operatorId`); set the others with the methods named after them.
    pub fn new(id_or_url: impl Into<String>, operator_id: impl Into<String>) -> Self {
        Self {
            id_or_url: id_or_url.into(),
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUuidByIdOrUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUuidByIdOrUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "idOrUrl" => rt::read_field(map, &mut self.id_or_url),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUuidByIdOrUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("idOrUrl", &self.id_or_url);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_workspace_permission_scopes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetWorkspacePermissionScopesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetWorkspacePermissionScopesRequest {
    /// A `GetWorkspacePermissionScopesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetWorkspacePermissionScopesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetWorkspacePermissionScopesRequest {
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
impl rt::WriteRequest for GetWorkspacePermissionScopesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::handover_team_without_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HandoverTeamWithoutAuthRequest {
    /// `param`.
    pub param: HandoverTeamWithoutAuthRequestParam,
}
impl HandoverTeamWithoutAuthRequest {
    /// A `HandoverTeamWithoutAuthRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: HandoverTeamWithoutAuthRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for HandoverTeamWithoutAuthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HandoverTeamWithoutAuthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HandoverTeamWithoutAuthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HandoverTeamWithoutAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::handovery_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct HandoveryWorkspaceRequest {
    /// `param`.
    pub param: HandoveryWorkspaceRequestParam,
}
impl HandoveryWorkspaceRequest {
    /// A `HandoveryWorkspaceRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: HandoveryWorkspaceRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for HandoveryWorkspaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HandoveryWorkspaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HandoveryWorkspaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for HandoveryWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_feeds`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListFeedsRequest {
    /// A `ListFeedsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(max_results: i64, operator_id: impl Into<String>) -> Self {
        Self {
            exclude_file: None,
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListFeedsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListFeedsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "excludeFile" => rt::read_field(map, &mut self.exclude_file),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListHotDocsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl ListHotDocsRequest {
    /// A `ListHotDocsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListHotDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListHotDocsRequest {
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
impl rt::WriteRequest for ListHotDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_pin_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListPinSpacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<ListPinSpacesRequestOption>,
}
impl ListPinSpacesRequest {
    /// A `ListPinSpacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListPinSpacesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListPinSpacesRequest {
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
impl<'de> rt::serde::Deserialize<'de> for ListPinSpacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPinSpacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListPinSpacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_recents`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListRecentsRequest {
    /// `param`.
    pub param: ListRecentsRequestParam,
}
impl ListRecentsRequest {
    /// A `ListRecentsRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: ListRecentsRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for ListRecentsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
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
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListRecentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_related_space_teams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListRelatedSpaceTeamsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `type`: a query parameter.
    pub r#type: Option<i64>,
}
impl ListRelatedSpaceTeamsRequest {
    /// A `ListRelatedSpaceTeamsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            r#type: None,
        }
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRelatedSpaceTeamsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRelatedSpaceTeamsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListRelatedSpaceTeamsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::list_related_teams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListRelatedTeamsRequest {
    /// A `ListRelatedTeamsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(max_results: i64, operator_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListRelatedTeamsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListRelatedTeamsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSpaceSectionsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl ListSpaceSectionsRequest {
    /// A `ListSpaceSectionsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSpaceSectionsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSpaceSectionsRequest {
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
impl rt::WriteRequest for ListSpaceSectionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_stars`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListStarsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<ListStarsRequestOption>,
}
impl ListStarsRequest {
    /// A `ListStarsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListStarsRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListStarsRequest {
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListStarsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_team_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListTeamMembersRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl ListTeamMembersRequest {
    /// A `ListTeamMembersRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListTeamMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListTeamMembersRequest {
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
impl rt::WriteRequest for ListTeamMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::lock_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LockDocRequest {
    /// `param`.
    pub param: LockDocRequestParam,
}
impl LockDocRequest {
    /// A `LockDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: LockDocRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for LockDocRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LockDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LockDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LockDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::lock_doc_by_delegated_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LockDocByDelegatedPermissionRequest {
    /// `param`.
    pub param: LockDocByDelegatedPermissionRequestParam,
}
impl LockDocByDelegatedPermissionRequest {
    /// A `LockDocByDelegatedPermissionRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: LockDocByDelegatedPermissionRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for LockDocByDelegatedPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LockDocByDelegatedPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LockDocByDelegatedPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LockDocByDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::mark_star`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MarkStarRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl MarkStarRequest {
    /// A `MarkStarRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MarkStarRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MarkStarRequest {
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
impl rt::WriteRequest for MarkStarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::move_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl MoveDentryRequest {
    /// A `MoveDentryRequest` with its required fields (`operatorId`, `targetSpaceId`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        target_space_id: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            target_space_id: target_space_id.into(),
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
impl rt::serde::Serialize for MoveDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("targetSpaceId", &self.target_space_id)?;
        object.optional("toNextDentryId", &self.to_next_dentry_id)?;
        object.optional("toParentDentryId", &self.to_parent_dentry_id)?;
        object.optional("toPrevDentryId", &self.to_prev_dentry_id)?;
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
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "targetSpaceId" => rt::read_field(map, &mut self.target_space_id),
            "toNextDentryId" => rt::read_field(map, &mut self.to_next_dentry_id),
            "toParentDentryId" => rt::read_field(map, &mut self.to_parent_dentry_id),
            "toPrevDentryId" => rt::read_field(map, &mut self.to_prev_dentry_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MoveDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pin_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PinSpaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl PinSpaceRequest {
    /// A `PinSpaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PinSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PinSpaceRequest {
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
impl rt::WriteRequest for PinSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryDentryRequest {
    /// `includeSpace`: a query parameter.
    pub include_space: Option<bool>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl QueryDentryRequest {
    /// A `QueryDentryRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            include_space: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `includeSpace`.
    pub fn include_space(mut self, value: bool) -> Self {
        self.include_space = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeSpace" => rt::read_field(map, &mut self.include_space),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeSpace", &self.include_space);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_doc_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryDocContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl QueryDocContentRequest {
    /// A `QueryDocContentRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            target_format: None,
        }
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDocContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDocContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDocContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::query_export_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryExportTaskRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
impl QueryExportTaskRequest {
    /// A `QueryExportTaskRequest` with its required fields (`operatorId`, `taskId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, task_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            task_id: task_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryExportTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryExportTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryExportTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::query_get_content_job`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryGetContentJobRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `taskId`: a query parameter.
    pub task_id: Option<i64>,
}
impl QueryGetContentJobRequest {
    /// A `QueryGetContentJobRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            task_id: None,
        }
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGetContentJobRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGetContentJobRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryGetContentJobRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::query_item_by_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryItemByUrlRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `url`: a query parameter.
    pub url: String,
    /// `withStatisticalInfo`: a query parameter.
    pub with_statistical_info: Option<bool>,
}
impl QueryItemByUrlRequest {
    /// A `QueryItemByUrlRequest` with its required fields (`operatorId`, `url`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            url: url.into(),
            with_statistical_info: None,
        }
    }
    /// Sets `withStatisticalInfo`.
    pub fn with_statistical_info(mut self, value: bool) -> Self {
        self.with_statistical_info = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryItemByUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryItemByUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "url" => rt::read_field(map, &mut self.url),
            "withStatisticalInfo" => rt::read_field(map, &mut self.with_statistical_info),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryRecentListRequest {
    /// A `QueryRecentListRequest` with its required fields (`maxResults`, `operatorId`, `recentType`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        operator_id: impl Into<String>,
        recent_type: i64,
    ) -> Self {
        Self {
            creator_type: None,
            file_type: None,
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRecentListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRecentListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorType" => rt::read_field(map, &mut self.creator_type),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "recentType" => rt::read_field(map, &mut self.recent_type),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QuerySpaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl QuerySpaceRequest {
    /// A `QuerySpaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySpaceRequest {
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
impl rt::WriteRequest for QuerySpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::related_spaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RelatedSpacesRequest {
    /// A `RelatedSpacesRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(max_results: i64, operator_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RelatedSpacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RelatedSpacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "teamId" => rt::read_field(map, &mut self.team_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveTeamMembersRequest {
    /// `members`.
    pub members: Vec<RemoveTeamMembersRequestMembers>,
    /// `notify`.
    pub notify: Option<bool>,
    /// `operatorId`.
    pub operator_id: String,
}
impl RemoveTeamMembersRequest {
    /// A `RemoveTeamMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = RemoveTeamMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            notify: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
        self
    }
}
impl rt::serde::Serialize for RemoveTeamMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.optional("notify", &self.notify)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveTeamMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveTeamMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "notify" => rt::read_field(map, &mut self.notify),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveTeamMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rename_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RenameDentryRequest {
    /// `name`: a query parameter.
    pub name: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl RenameDentryRequest {
    /// A `RenameDentryRequest` with its required fields (`name`, `operatorId`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, operator_id: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            operator_id: operator_id.into(),
        }
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
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RenameDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("name", &self.name);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::save_team_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveTeamMembersRequest {
    /// `members`.
    pub members: Vec<SaveTeamMembersRequestMembers>,
    /// `notify`.
    pub notify: Option<bool>,
    /// `operatorId`.
    pub operator_id: String,
}
impl SaveTeamMembersRequest {
    /// A `SaveTeamMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = SaveTeamMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            notify: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `notify`.
    pub fn notify(mut self, value: bool) -> Self {
        self.notify = Some(value);
        self
    }
}
impl rt::serde::Serialize for SaveTeamMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.optional("notify", &self.notify)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SaveTeamMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SaveTeamMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "notify" => rt::read_field(map, &mut self.notify),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SearchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryRequest", &self.dentry_request)?;
        object.optional("keyword", &self.keyword)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("spaceRequest", &self.space_request)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryRequest" => rt::read_field(map, &mut self.dentry_request),
            "keyword" => rt::read_field(map, &mut self.keyword),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "spaceRequest" => rt::read_field(map, &mut self.space_request),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<SearchTemplatesRequestOption>,
    /// `param`.
    pub param: SearchTemplatesRequestParam,
}
impl SearchTemplatesRequest {
    /// A `SearchTemplatesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        param: SearchTemplatesRequestParam,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for SearchTemplatesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::share_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ShareUrlRequest {
    /// `param`.
    pub param: ShareUrlRequestParam,
}
impl ShareUrlRequest {
    /// A `ShareUrlRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: ShareUrlRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for ShareUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ShareUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ShareUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ShareUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_export_job`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitExportJobRequest {
    /// `dentryUuid`.
    pub dentry_uuid: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `targetFormat`.
    pub target_format: String,
}
impl SubmitExportJobRequest {
    /// A `SubmitExportJobRequest` with its required fields (`dentryUuid`, `operatorId`, `targetFormat`); set the others with the methods named after them.
    pub fn new(
        dentry_uuid: impl Into<String>,
        operator_id: impl Into<String>,
        target_format: impl Into<String>,
    ) -> Self {
        Self {
            dentry_uuid: dentry_uuid.into(),
            operator_id: operator_id.into(),
            target_format: target_format.into(),
        }
    }
}
impl rt::serde::Serialize for SubmitExportJobRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryUuid", &self.dentry_uuid)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("targetFormat", &self.target_format)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitExportJobRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitExportJobRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitExportJobRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_get_content_job`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitGetContentJobRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl SubmitGetContentJobRequest {
    /// A `SubmitGetContentJobRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            target_format: None,
        }
    }
    /// Sets `targetFormat`.
    pub fn target_format(mut self, value: impl Into<String>) -> Self {
        self.target_format = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitGetContentJobRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitGetContentJobRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "targetFormat" => rt::read_field(map, &mut self.target_format),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitGetContentJobRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::team_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TeamTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<TeamTemplatesRequestOption>,
}
impl TeamTemplatesRequest {
    /// A `TeamTemplatesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: TeamTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for TeamTemplatesRequest {
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
impl<'de> rt::serde::Deserialize<'de> for TeamTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TeamTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TeamTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::template_categories`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TemplateCategoriesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<TemplateCategoriesRequestOption>,
    /// `param`.
    pub param: TemplateCategoriesRequestParam,
}
impl TemplateCategoriesRequest {
    /// A `TemplateCategoriesRequest` with its required fields (`operatorId`, `param`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        param: TemplateCategoriesRequestParam,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for TemplateCategoriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TemplateCategoriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TemplateCategoriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TemplateCategoriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unlock_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocRequest {
    /// `param`.
    pub param: UnlockDocRequestParam,
}
impl UnlockDocRequest {
    /// A `UnlockDocRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: UnlockDocRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for UnlockDocRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnlockDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnlockDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UnlockDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unlock_doc_by_delegated_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnlockDocByDelegatedPermissionRequest {
    /// `param`.
    pub param: UnlockDocByDelegatedPermissionRequestParam,
}
impl UnlockDocByDelegatedPermissionRequest {
    /// A `UnlockDocByDelegatedPermissionRequest` with its required fields (`param`); set the others with the methods named after them.
    pub fn new(param: UnlockDocByDelegatedPermissionRequestParam) -> Self {
        Self { param }
    }
}
impl rt::serde::Serialize for UnlockDocByDelegatedPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnlockDocByDelegatedPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnlockDocByDelegatedPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UnlockDocByDelegatedPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unmark_star`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnmarkStarRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl UnmarkStarRequest {
    /// A `UnmarkStarRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnmarkStarRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnmarkStarRequest {
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
impl rt::WriteRequest for UnmarkStarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::unpin_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnpinSpaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl UnpinSpaceRequest {
    /// A `UnpinSpaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnpinSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnpinSpaceRequest {
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
impl rt::WriteRequest for UnpinSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::update_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateTeamRequest {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `operatorId`.
    pub operator_id: String,
}
impl UpdateTeamRequest {
    /// A `UpdateTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            description: None,
            name: None,
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for UpdateTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UserTemplatesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<UserTemplatesRequestOption>,
}
impl UserTemplatesRequest {
    /// A `UserTemplatesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: UserTemplatesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for UserTemplatesRequest {
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
impl<'de> rt::serde::Deserialize<'de> for UserTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
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
