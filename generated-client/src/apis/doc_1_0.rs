// @generated from api-spec/doc_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉文档 (Docs)：文档、知识库、成员与评论。
//!
//! 95 operations, methods of [`Api`] (`client.doc_1_0()`), behind the cargo feature `doc_1_0`; its paths start with `/v1.0/doc/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `doc_1_0`. Get it with `client.doc_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加评论
    ///
    /// `POST /v1.0/doc/docs/{docId}/comments`: DingTalk's `AddComment` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id`: `{docId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddComment")]
    #[doc(alias = "/v1.0/doc/docs/{docId}/comments")]
    #[doc(alias = "POST /v1.0/doc/docs/{docId}/comments")]
    pub fn add_comment(
        &self,
        doc_id: &str,
        request: &AddCommentRequest,
    ) -> rt::Call<AddCommentResponseBody, AddCommentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddComment",
            rt::Method::Post,
            "/v1.0/doc/docs/{docId}/comments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 添加知识库文档成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members`: DingTalk's `AddWorkspaceDocMembers` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    /// - `node_id`: `{nodeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddWorkspaceDocMembers")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members")]
    #[doc(alias = "POST /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members")]
    pub fn add_workspace_doc_members(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &AddWorkspaceDocMembersRequest,
    ) -> rt::Call<(), AddWorkspaceDocMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddWorkspaceDocMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 添加知识库成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspaceId}/members`: DingTalk's `AddWorkspaceMembers` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddWorkspaceMembers")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/members")]
    #[doc(alias = "POST /v1.0/doc/workspaces/{workspaceId}/members")]
    pub fn add_workspace_members(
        &self,
        workspace_id: &str,
        request: &AddWorkspaceMembersRequest,
    ) -> rt::Call<AddWorkspaceMembersResponseBody, AddWorkspaceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddWorkspaceMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspaceId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 追加行
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/appendRows`: DingTalk's `AppendRows` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppendRows")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/appendRows")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/appendRows")]
    pub fn append_rows(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &AppendRowsRequest,
    ) -> rt::Call<AppendRowsResponseBody, AppendRowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppendRows",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/appendRows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 批量执行表格操作
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/batch`: DingTalk's `Batch` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Batch")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/batch")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/batch")]
    pub fn batch(
        &self,
        workbook_id: &str,
        request: &BatchRequest,
    ) -> rt::Call<BatchResponseBody, BatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Batch",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 批量查询知识库文档
    ///
    /// `POST /v1.0/doc/workspaces/docs/infos/query`: DingTalk's `BatchGetWorkspaceDocs` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetWorkspaceDocs")]
    #[doc(alias = "/v1.0/doc/workspaces/docs/infos/query")]
    #[doc(alias = "POST /v1.0/doc/workspaces/docs/infos/query")]
    pub fn batch_get_workspace_docs(
        &self,
        request: &BatchGetWorkspaceDocsRequest,
    ) -> rt::Call<BatchGetWorkspaceDocsResponseBody, BatchGetWorkspaceDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetWorkspaceDocs",
            rt::Method::Post,
            "/v1.0/doc/workspaces/docs/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 知识库批量查询
    ///
    /// `POST /v1.0/doc/workspaces/infos/query`: DingTalk's `BatchGetWorkspaces` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetWorkspaces")]
    #[doc(alias = "/v1.0/doc/workspaces/infos/query")]
    #[doc(alias = "POST /v1.0/doc/workspaces/infos/query")]
    pub fn batch_get_workspaces(
        &self,
        request: &BatchGetWorkspacesRequest,
    ) -> rt::Call<BatchGetWorkspacesResponseBody, BatchGetWorkspacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetWorkspaces",
            rt::Method::Post,
            "/v1.0/doc/workspaces/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据入参批量调用多个文档API
    ///
    /// `POST /v1.0/doc/suites/documents/{documentId}/batch`: DingTalk's `BatchOperate` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchOperate")]
    #[doc(alias = "/v1.0/doc/suites/documents/{documentId}/batch")]
    #[doc(alias = "POST /v1.0/doc/suites/documents/{documentId}/batch")]
    pub fn batch_operate(
        &self,
        document_id: &str,
        request: &BatchOperateRequest,
    ) -> rt::Call<BatchOperateResponseBody, BatchOperateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchOperate",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{documentId}/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 关联文档酷应用到表格
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/coolApps`: DingTalk's `BindCoolAppToSheet` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BindCoolAppToSheet")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/coolApps")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/coolApps")]
    pub fn bind_cool_app_to_sheet(
        &self,
        workbook_id: &str,
        request: &BindCoolAppToSheetRequest,
    ) -> rt::Call<BindCoolAppToSheetResponseBody, BindCoolAppToSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BindCoolAppToSheet",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/coolApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 清除单元格区域内所有内容
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clear`: DingTalk's `Clear` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Clear")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clear"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clear"
    )]
    pub fn clear(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &ClearRequest,
    ) -> rt::Call<ClearResponseBody, ClearError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Clear",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 清除单元格区域内数据
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clearData`: DingTalk's `ClearData` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ClearData")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clearData"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clearData"
    )]
    pub fn clear_data(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &ClearDataRequest,
    ) -> rt::Call<ClearDataResponseBody, ClearDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearData",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/clearData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 删除筛选条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/clearColumnFilterCriteria`: DingTalk's `ClearFilterCriteria` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ClearFilterCriteria")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/clearColumnFilterCriteria"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/clearColumnFilterCriteria"
    )]
    pub fn clear_filter_criteria(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &ClearFilterCriteriaRequest,
    ) -> rt::Call<ClearFilterCriteriaResponseBody, ClearFilterCriteriaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearFilterCriteria",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/clearColumnFilterCriteria",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除筛选视图条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/clearColumnFilterCriteria`: DingTalk's `ClearFilterViewCriteria` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `filter_view_id`: `{filterViewId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ClearFilterViewCriteria")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/clearColumnFilterCriteria"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/clearColumnFilterCriteria"
    )]
    pub fn clear_filter_view_criteria(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        filter_view_id: &str,
        request: &ClearFilterViewCriteriaRequest,
    ) -> rt::Call<ClearFilterViewCriteriaResponseBody, ClearFilterViewCriteriaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearFilterViewCriteria",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/clearColumnFilterCriteria",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, filter_view_id],
            request,
        )
    }
    /// 创建条件格式
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/conditionalFormattingRules`: DingTalk's `CreateConditionalFormattingRule` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateConditionalFormattingRule")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/conditionalFormattingRules"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/conditionalFormattingRules"
    )]
    pub fn create_conditional_formatting_rule(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateConditionalFormattingRuleRequest,
    ) -> rt::Call<
        CreateConditionalFormattingRuleResponseBody,
        CreateConditionalFormattingRuleError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateConditionalFormattingRule",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/conditionalFormattingRules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建开发者元数据
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/developerMetadatas`: DingTalk's `CreateDeveloperMetadata` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDeveloperMetadata")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/developerMetadatas")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/developerMetadatas")]
    pub fn create_developer_metadata(
        &self,
        workbook_id: &str,
        request: &CreateDeveloperMetadataRequest,
    ) -> rt::Call<CreateDeveloperMetadataResponseBody, CreateDeveloperMetadataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeveloperMetadata",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/developerMetadatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 创建筛选
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/createFilter`: DingTalk's `CreateFilter` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateFilter")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/createFilter")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/createFilter")]
    pub fn create_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateFilterRequest,
    ) -> rt::Call<CreateFilterResponseBody, CreateFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/createFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建筛选视图
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews`: DingTalk's `CreateFilterView` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateFilterView")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews")]
    pub fn create_filter_view(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateFilterViewRequest,
    ) -> rt::Call<CreateFilterViewResponseBody, CreateFilterViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFilterView",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建浮动图片
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages`: DingTalk's `CreateFloatImage` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateFloatImage")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages")]
    pub fn create_float_image(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateFloatImageRequest,
    ) -> rt::Call<CreateFloatImageResponseBody, CreateFloatImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFloatImage",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建单元格锁定
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections`: DingTalk's `CreateRangeProtection` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateRangeProtection")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections"
    )]
    pub fn create_range_protection(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &CreateRangeProtectionRequest,
    ) -> rt::Call<CreateRangeProtectionResponseBody, CreateRangeProtectionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRangeProtection",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 创建工作表
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets`: DingTalk's `CreateSheet` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSheet")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets")]
    pub fn create_sheet(
        &self,
        workbook_id: &str,
        request: &CreateSheetRequest,
    ) -> rt::Call<CreateSheetResponseBody, CreateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSheet",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 新建知识库
    ///
    /// `POST /v1.0/doc/workspaces`: DingTalk's `CreateWorkspace` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateWorkspace")]
    #[doc(alias = "/v1.0/doc/workspaces")]
    #[doc(alias = "POST /v1.0/doc/workspaces")]
    pub fn create_workspace(
        &self,
        request: &CreateWorkspaceRequest,
    ) -> rt::Call<CreateWorkspaceResponseBody, CreateWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkspace",
            rt::Method::Post,
            "/v1.0/doc/workspaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建知识库文档
    ///
    /// `POST /v1.0/doc/workspaces/{workspaceId}/docs`: DingTalk's `CreateWorkspaceDoc` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateWorkspaceDoc")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/docs")]
    #[doc(alias = "POST /v1.0/doc/workspaces/{workspaceId}/docs")]
    pub fn create_workspace_doc(
        &self,
        workspace_id: &str,
        request: &CreateWorkspaceDocRequest,
    ) -> rt::Call<CreateWorkspaceDocResponseBody, CreateWorkspaceDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkspaceDoc",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspaceId}/docs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 删除列
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteColumns`: DingTalk's `DeleteColumns` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteColumns")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteColumns")]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteColumns"
    )]
    pub fn delete_columns(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteColumnsRequest,
    ) -> rt::Call<DeleteColumnsResponseBody, DeleteColumnsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteColumns",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteColumns",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除下拉列表
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/deleteDropdownLists`: DingTalk's `DeleteDropdownLists` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDropdownLists")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/deleteDropdownLists"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/deleteDropdownLists"
    )]
    pub fn delete_dropdown_lists(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &DeleteDropdownListsRequest,
    ) -> rt::Call<DeleteDropdownListsResponseBody, DeleteDropdownListsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDropdownLists",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/deleteDropdownLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 删除筛选
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteFilter`: DingTalk's `DeleteFilter` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFilter")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteFilter")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteFilter")]
    pub fn delete_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteFilterRequest,
    ) -> rt::Call<DeleteFilterResponseBody, DeleteFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除筛选视图
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}`: DingTalk's `DeleteFilterView` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `filter_view_id`: `{filterViewId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFilterView")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}"
    )]
    #[doc(
        alias = "DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}"
    )]
    pub fn delete_filter_view(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        filter_view_id: &str,
        request: &DeleteFilterViewRequest,
    ) -> rt::Call<DeleteFilterViewResponseBody, DeleteFilterViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFilterView",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, filter_view_id],
            request,
        )
    }
    /// 删除浮动图片
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}`: DingTalk's `DeleteFloatImage` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFloatImage")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}")]
    #[doc(
        alias = "DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}"
    )]
    pub fn delete_float_image(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        id: &str,
        request: &DeleteFloatImageRequest,
    ) -> rt::Call<DeleteFloatImageResponseBody, DeleteFloatImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFloatImage",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id, id], request)
    }
    /// 删除单元格锁定
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections/{protectionId}`: DingTalk's `DeleteRangeProtection` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    /// - `protection_id`: `{protectionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRangeProtection")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections/{protectionId}"
    )]
    #[doc(
        alias = "DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections/{protectionId}"
    )]
    pub fn delete_range_protection(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        protection_id: &str,
        request: &DeleteRangeProtectionRequest,
    ) -> rt::Call<DeleteRangeProtectionResponseBody, DeleteRangeProtectionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRangeProtection",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/protections/{protectionId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address, protection_id],
            request,
        )
    }
    /// 删除行
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteRows`: DingTalk's `DeleteRows` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRows")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteRows")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteRows")]
    pub fn delete_rows(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteRowsRequest,
    ) -> rt::Call<DeleteRowsResponseBody, DeleteRowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRows",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/deleteRows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除工作表
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}`: DingTalk's `DeleteSheet` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSheet")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}")]
    #[doc(alias = "DELETE /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}")]
    pub fn delete_sheet(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteSheetRequest,
    ) -> rt::Call<DeleteSheetResponseBody, DeleteSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSheet",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除知识库文档
    ///
    /// `DELETE /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}`: DingTalk's `DeleteWorkspaceDoc` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    /// - `node_id`: `{nodeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteWorkspaceDoc")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}")]
    #[doc(alias = "DELETE /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}")]
    pub fn delete_workspace_doc(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &DeleteWorkspaceDocRequest,
    ) -> rt::Call<(), DeleteWorkspaceDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkspaceDoc",
            rt::Method::Delete,
            "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 删除知识库文档成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members/remove`: DingTalk's `DeleteWorkspaceDocMembers` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    /// - `node_id`: `{nodeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteWorkspaceDocMembers")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members/remove")]
    #[doc(
        alias = "POST /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members/remove"
    )]
    pub fn delete_workspace_doc_members(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &DeleteWorkspaceDocMembersRequest,
    ) -> rt::Call<(), DeleteWorkspaceDocMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkspaceDocMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 删除知识库成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspaceId}/members/remove`: DingTalk's `DeleteWorkspaceMembers` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteWorkspaceMembers")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/members/remove")]
    #[doc(alias = "POST /v1.0/doc/workspaces/{workspaceId}/members/remove")]
    pub fn delete_workspace_members(
        &self,
        workspace_id: &str,
        request: &DeleteWorkspaceMembersRequest,
    ) -> rt::Call<(), DeleteWorkspaceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkspaceMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspaceId}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 分享文档通知内容
    ///
    /// `POST /v1.0/doc/notice_cards/deliver`: DingTalk's `DeliverNoticeCard` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeliverNoticeCard")]
    #[doc(alias = "/v1.0/doc/notice_cards/deliver")]
    #[doc(alias = "POST /v1.0/doc/notice_cards/deliver")]
    pub fn deliver_notice_card(
        &self,
        request: &DeliverNoticeCardRequest,
    ) -> rt::Call<DeliverNoticeCardResponseBody, DeliverNoticeCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeliverNoticeCard",
            rt::Method::Post,
            "/v1.0/doc/notice_cards/deliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分享文档通用内容
    ///
    /// `POST /v1.0/doc/unify_cards/deliver`: DingTalk's `DeliverUnifyCard` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeliverUnifyCard")]
    #[doc(alias = "/v1.0/doc/unify_cards/deliver")]
    #[doc(alias = "POST /v1.0/doc/unify_cards/deliver")]
    pub fn deliver_unify_card(
        &self,
        request: &DeliverUnifyCardRequest,
    ) -> rt::Call<DeliverUnifyCardResponseBody, DeliverUnifyCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeliverUnifyCard",
            rt::Method::Post,
            "/v1.0/doc/unify_cards/deliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 追加指定段落元素
    ///
    /// `POST /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendElement`: DingTalk's `DocAppendParagraph` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    /// - `block_id`: `{blockId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocAppendParagraph")]
    #[doc(
        alias = "/v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendElement"
    )]
    #[doc(
        alias = "POST /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendElement"
    )]
    pub fn doc_append_paragraph(
        &self,
        doc_key: &str,
        block_id: &str,
        request: &DocAppendParagraphRequest,
    ) -> rt::Call<DocAppendParagraphResponseBody, DocAppendParagraphError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocAppendParagraph",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendElement",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key, block_id], request)
    }
    /// 在段落后追加文本
    ///
    /// `POST /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendText`: DingTalk's `DocAppendText` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    /// - `block_id`: `{blockId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocAppendText")]
    #[doc(
        alias = "/v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendText"
    )]
    #[doc(
        alias = "POST /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendText"
    )]
    pub fn doc_append_text(
        &self,
        doc_key: &str,
        block_id: &str,
        request: &DocAppendTextRequest,
    ) -> rt::Call<DocAppendTextResponseBody, DocAppendTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocAppendText",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{docKey}/blocks/{blockId}/paragraph/appendText",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key, block_id], request)
    }
    /// 更新文档中的块元素
    ///
    /// `PUT /v1.0/doc/suites/documents/{documentId}/blocks/{blockId}`: DingTalk's `DocBlocksModify` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    /// - `block_id`: `{blockId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocBlocksModify")]
    #[doc(alias = "/v1.0/doc/suites/documents/{documentId}/blocks/{blockId}")]
    #[doc(alias = "PUT /v1.0/doc/suites/documents/{documentId}/blocks/{blockId}")]
    pub fn doc_blocks_modify(
        &self,
        document_id: &str,
        block_id: &str,
        request: &DocBlocksModifyRequest,
    ) -> rt::Call<DocBlocksModifyResponseBody, DocBlocksModifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocBlocksModify",
            rt::Method::Put,
            "/v1.0/doc/suites/documents/{documentId}/blocks/{blockId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id, block_id], request)
    }
    /// 查询指定Block元素
    ///
    /// `GET /v1.0/doc/suites/documents/{docKey}/blocks`: DingTalk's `DocBlocksQuery` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocBlocksQuery")]
    #[doc(alias = "/v1.0/doc/suites/documents/{docKey}/blocks")]
    #[doc(alias = "GET /v1.0/doc/suites/documents/{docKey}/blocks")]
    pub fn doc_blocks_query(
        &self,
        doc_key: &str,
        request: &DocBlocksQueryRequest,
    ) -> rt::Call<DocBlocksQueryResponseBody, DocBlocksQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocBlocksQuery",
            rt::Method::Get,
            "/v1.0/doc/suites/documents/{docKey}/blocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 删除指定位置的 Block
    ///
    /// `DELETE /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}`: DingTalk's `DocDeleteBlock` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    /// - `block_id`: `{blockId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocDeleteBlock")]
    #[doc(alias = "/v1.0/doc/suites/documents/{docKey}/blocks/{blockId}")]
    #[doc(alias = "DELETE /v1.0/doc/suites/documents/{docKey}/blocks/{blockId}")]
    pub fn doc_delete_block(
        &self,
        doc_key: &str,
        block_id: &str,
        request: &DocDeleteBlockRequest,
    ) -> rt::Call<DocDeleteBlockResponseBody, DocDeleteBlockError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocDeleteBlock",
            rt::Method::Delete,
            "/v1.0/doc/suites/documents/{docKey}/blocks/{blockId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key, block_id], request)
    }
    /// 文档元素查询
    ///
    /// `POST /v1.0/doc/{dentryUuid}/elements/query`: DingTalk's `DocElements` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::doc_elements_pages`].
    #[doc(alias = "DocElements")]
    #[doc(alias = "/v1.0/doc/{dentryUuid}/elements/query")]
    #[doc(alias = "POST /v1.0/doc/{dentryUuid}/elements/query")]
    pub fn doc_elements(
        &self,
        dentry_uuid: &str,
        request: &DocElementsRequest,
    ) -> rt::Call<DocElementsResponseBody, DocElementsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocElements",
            rt::Method::Post,
            "/v1.0/doc/{dentryUuid}/elements/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 文档内容导出
    ///
    /// `POST /v1.0/doc/{dentryUuid}/export`: DingTalk's `DocExport` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid`: `{dentryUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocExport")]
    #[doc(alias = "/v1.0/doc/{dentryUuid}/export")]
    #[doc(alias = "POST /v1.0/doc/{dentryUuid}/export")]
    pub fn doc_export(
        &self,
        dentry_uuid: &str,
        request: &DocExportRequest,
    ) -> rt::Call<DocExportResponseBody, DocExportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocExport",
            rt::Method::Post,
            "/v1.0/doc/{dentryUuid}/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 根据传入的文档ID将文档导出为截图
    ///
    /// `POST /v1.0/doc/suites/documents/{documentId}/export/snapshot`: DingTalk's `DocExportSnapshot` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocExportSnapshot")]
    #[doc(alias = "/v1.0/doc/suites/documents/{documentId}/export/snapshot")]
    #[doc(alias = "POST /v1.0/doc/suites/documents/{documentId}/export/snapshot")]
    pub fn doc_export_snapshot(
        &self,
        document_id: &str,
        request: &DocExportSnapshotRequest,
    ) -> rt::Call<DocExportSnapshotResponseBody, DocExportSnapshotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocExportSnapshot",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{documentId}/export/snapshot",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 插入指定Block元素
    ///
    /// `POST /v1.0/doc/suites/documents/{docKey}/blocks`: DingTalk's `DocInsertBlocks` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocInsertBlocks")]
    #[doc(alias = "/v1.0/doc/suites/documents/{docKey}/blocks")]
    #[doc(alias = "POST /v1.0/doc/suites/documents/{docKey}/blocks")]
    pub fn doc_insert_blocks(
        &self,
        doc_key: &str,
        request: &DocInsertBlocksRequest,
    ) -> rt::Call<DocInsertBlocksResponseBody, DocInsertBlocksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocInsertBlocks",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{docKey}/blocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 根据传入参数更新文档插槽
    ///
    /// `POST /v1.0/doc/suites/documents/{documentId}/slots`: DingTalk's `DocSlotsModify` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocSlotsModify")]
    #[doc(alias = "/v1.0/doc/suites/documents/{documentId}/slots")]
    #[doc(alias = "POST /v1.0/doc/suites/documents/{documentId}/slots")]
    pub fn doc_slots_modify(
        &self,
        document_id: &str,
        request: &DocSlotsModifyRequest,
    ) -> rt::Call<DocSlotsModifyResponseBody, DocSlotsModifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocSlotsModify",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{documentId}/slots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 根据传入参数查询文档中所有的插槽
    ///
    /// `GET /v1.0/doc/suites/documents/{documentId}/slots`: DingTalk's `DocSlotsQuery` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocSlotsQuery")]
    #[doc(alias = "/v1.0/doc/suites/documents/{documentId}/slots")]
    #[doc(alias = "GET /v1.0/doc/suites/documents/{documentId}/slots")]
    pub fn doc_slots_query(
        &self,
        document_id: &str,
        request: &DocSlotsQueryRequest,
    ) -> rt::Call<DocSlotsQueryResponseBody, DocSlotsQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocSlotsQuery",
            rt::Method::Get,
            "/v1.0/doc/suites/documents/{documentId}/slots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 覆写全文
    ///
    /// `POST /v1.0/doc/suites/documents/{docKey}/overwriteContent`: DingTalk's `DocUpdateContent` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key`: `{docKey}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DocUpdateContent")]
    #[doc(alias = "/v1.0/doc/suites/documents/{docKey}/overwriteContent")]
    #[doc(alias = "POST /v1.0/doc/suites/documents/{docKey}/overwriteContent")]
    pub fn doc_update_content(
        &self,
        doc_key: &str,
        request: &DocUpdateContentRequest,
    ) -> rt::Call<DocUpdateContentResponseBody, DocUpdateContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocUpdateContent",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{docKey}/overwriteContent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 获取所有工作表
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets`: DingTalk's `GetAllSheets` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAllSheets")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets")]
    #[doc(alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets")]
    pub fn get_all_sheets(
        &self,
        workbook_id: &str,
        request: &GetAllSheetsRequest,
    ) -> rt::Call<GetAllSheetsResponseBody, GetAllSheetsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllSheets",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 获取开发者元数据
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/developerMetadatas/{developerMetadataId}`: DingTalk's `GetDeveloperMetadata` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `developer_metadata_id`: `{developerMetadataId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDeveloperMetadata")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/developerMetadatas/{developerMetadataId}"
    )]
    #[doc(
        alias = "GET /v1.0/doc/workbooks/{workbookId}/developerMetadatas/{developerMetadataId}"
    )]
    pub fn get_developer_metadata(
        &self,
        workbook_id: &str,
        developer_metadata_id: &str,
        request: &GetDeveloperMetadataRequest,
    ) -> rt::Call<GetDeveloperMetadataResponseBody, GetDeveloperMetadataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeveloperMetadata",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/developerMetadatas/{developerMetadataId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, developer_metadata_id],
            request,
        )
    }
    /// 获取筛选
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/getFilter`: DingTalk's `GetFilter` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFilter")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/getFilter")]
    #[doc(
        alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/getFilter"
    )]
    pub fn get_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetFilterRequest,
    ) -> rt::Call<GetFilterResponseBody, GetFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFilter",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/getFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 获取筛选视图列表
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews`: DingTalk's `GetFilterViews` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFilterViews")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews")]
    #[doc(alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews")]
    pub fn get_filter_views(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetFilterViewsRequest,
    ) -> rt::Call<GetFilterViewsResponseBody, GetFilterViewsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFilterViews",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 获取浮动图片
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}`: DingTalk's `GetFloatImage` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFloatImage")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}")]
    #[doc(
        alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}"
    )]
    pub fn get_float_image(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        id: &str,
        request: &GetFloatImageRequest,
    ) -> rt::Call<GetFloatImageResponseBody, GetFloatImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFloatImage",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id, id], request)
    }
    /// 查询浮动图片
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages`: DingTalk's `GetFloatImages` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFloatImages")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages")]
    #[doc(alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages")]
    pub fn get_float_images(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetFloatImagesRequest,
    ) -> rt::Call<GetFloatImagesResponseBody, GetFloatImagesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFloatImages",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 文档标签信息查询
    ///
    /// `GET /v1.0/doc/docs/{docId}/marks`: DingTalk's `GetImportDocumentMark` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id`: `{docId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetImportDocumentMark")]
    #[doc(alias = "/v1.0/doc/docs/{docId}/marks")]
    #[doc(alias = "GET /v1.0/doc/docs/{docId}/marks")]
    pub fn get_import_document_mark(
        &self,
        doc_id: &str,
        request: &GetImportDocumentMarkRequest,
    ) -> rt::Call<GetImportDocumentMarkResponseBody, GetImportDocumentMarkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetImportDocumentMark",
            rt::Method::Get,
            "/v1.0/doc/docs/{docId}/marks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 获取单元格区域
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}`: DingTalk's `GetRange` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRange")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}"
    )]
    #[doc(
        alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}"
    )]
    pub fn get_range(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &GetRangeRequest,
    ) -> rt::Call<GetRangeResponseBody, GetRangeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRange",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 获取最近编辑文档
    ///
    /// `GET /v1.0/doc/workspaces/docs/recentEditDocs`: DingTalk's `GetRecentEditDocs` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_recent_edit_docs_pages`].
    #[doc(alias = "GetRecentEditDocs")]
    #[doc(alias = "/v1.0/doc/workspaces/docs/recentEditDocs")]
    #[doc(alias = "GET /v1.0/doc/workspaces/docs/recentEditDocs")]
    pub fn get_recent_edit_docs(
        &self,
        request: &GetRecentEditDocsRequest,
    ) -> rt::Call<GetRecentEditDocsResponseBody, GetRecentEditDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecentEditDocs",
            rt::Method::Get,
            "/v1.0/doc/workspaces/docs/recentEditDocs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取最近打开文档
    ///
    /// `GET /v1.0/doc/workspaces/docs/recentOpenDocs`: DingTalk's `GetRecentOpenDocs` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_recent_open_docs_pages`].
    #[doc(alias = "GetRecentOpenDocs")]
    #[doc(alias = "/v1.0/doc/workspaces/docs/recentOpenDocs")]
    #[doc(alias = "GET /v1.0/doc/workspaces/docs/recentOpenDocs")]
    pub fn get_recent_open_docs(
        &self,
        request: &GetRecentOpenDocsRequest,
    ) -> rt::Call<GetRecentOpenDocsResponseBody, GetRecentOpenDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecentOpenDocs",
            rt::Method::Get,
            "/v1.0/doc/workspaces/docs/recentOpenDocs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户有权限的知识库
    ///
    /// `GET /v1.0/doc/workspaces`: DingTalk's `GetRelatedWorkspaces` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRelatedWorkspaces")]
    #[doc(alias = "/v1.0/doc/workspaces")]
    #[doc(alias = "GET /v1.0/doc/workspaces")]
    pub fn get_related_workspaces(
        &self,
        request: &GetRelatedWorkspacesRequest,
    ) -> rt::Call<GetRelatedWorkspacesResponseBody, GetRelatedWorkspacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRelatedWorkspaces",
            rt::Method::Get,
            "/v1.0/doc/workspaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取资源下载信息
    ///
    /// `GET /v1.0/doc/docs/resources/{docId}/{resourceId}/downloadInfo`: DingTalk's `GetResourceDownloadInfo` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id`: `{docId}` in the path.
    /// - `resource_id`: `{resourceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResourceDownloadInfo")]
    #[doc(alias = "/v1.0/doc/docs/resources/{docId}/{resourceId}/downloadInfo")]
    #[doc(alias = "GET /v1.0/doc/docs/resources/{docId}/{resourceId}/downloadInfo")]
    pub fn get_resource_download_info(
        &self,
        doc_id: &str,
        resource_id: &str,
        request: &GetResourceDownloadInfoRequest,
    ) -> rt::Call<GetResourceDownloadInfoResponseBody, GetResourceDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResourceDownloadInfo",
            rt::Method::Get,
            "/v1.0/doc/docs/resources/{docId}/{resourceId}/downloadInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id, resource_id], request)
    }
    /// 获取上传信息
    ///
    /// `POST /v1.0/doc/docs/resources/{docId}/uploadInfos/query`: DingTalk's `GetResourceUploadInfo` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id`: `{docId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResourceUploadInfo")]
    #[doc(alias = "/v1.0/doc/docs/resources/{docId}/uploadInfos/query")]
    #[doc(alias = "POST /v1.0/doc/docs/resources/{docId}/uploadInfos/query")]
    pub fn get_resource_upload_info(
        &self,
        doc_id: &str,
        request: &GetResourceUploadInfoRequest,
    ) -> rt::Call<GetResourceUploadInfoResponseBody, GetResourceUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResourceUploadInfo",
            rt::Method::Post,
            "/v1.0/doc/docs/resources/{docId}/uploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 获取工作表
    ///
    /// `GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}`: DingTalk's `GetSheet` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSheet")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}")]
    #[doc(alias = "GET /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}")]
    pub fn get_sheet(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetSheetRequest,
    ) -> rt::Call<GetSheetResponseBody, GetSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSheet",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 查询文档模版
    ///
    /// `GET /v1.0/doc/templates/{templateId}`: DingTalk's `GetTemplateById` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `template_id`: `{templateId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTemplateById")]
    #[doc(alias = "/v1.0/doc/templates/{templateId}")]
    #[doc(alias = "GET /v1.0/doc/templates/{templateId}")]
    pub fn get_template_by_id(
        &self,
        template_id: &str,
        request: &GetTemplateByIdRequest,
    ) -> rt::Call<GetTemplateByIdResponseBody, GetTemplateByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTemplateById",
            rt::Method::Get,
            "/v1.0/doc/templates/{templateId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], request)
    }
    /// 查询知识库信息
    ///
    /// `GET /v1.0/doc/workspaces/{workspaceId}`: DingTalk's `GetWorkspace` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWorkspace")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}")]
    #[doc(alias = "GET /v1.0/doc/workspaces/{workspaceId}")]
    pub fn get_workspace(
        &self,
        workspace_id: &str,
    ) -> rt::Call<GetWorkspaceResponseBody, GetWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspace",
            rt::Method::Get,
            "/v1.0/doc/workspaces/{workspaceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], &())
    }
    /// 查询知识库文档
    ///
    /// `GET /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}`: DingTalk's `GetWorkspaceNode` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    /// - `node_id`: `{nodeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWorkspaceNode")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}")]
    #[doc(alias = "GET /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}")]
    pub fn get_workspace_node(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &GetWorkspaceNodeRequest,
    ) -> rt::Call<GetWorkspaceNodeResponseBody, GetWorkspaceNodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspaceNode",
            rt::Method::Get,
            "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 文档初始化
    ///
    /// `POST /v1.0/doc/docs/{docId}/init`: DingTalk's `InitDocument` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id`: `{docId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InitDocument")]
    #[doc(alias = "/v1.0/doc/docs/{docId}/init")]
    #[doc(alias = "POST /v1.0/doc/docs/{docId}/init")]
    pub fn init_document(
        &self,
        doc_id: &str,
        request: &InitDocumentRequest,
    ) -> rt::Call<InitDocumentResponseBody, InitDocumentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InitDocument",
            rt::Method::Post,
            "/v1.0/doc/docs/{docId}/init",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 向文档内插入块级元素
    ///
    /// `POST /v1.0/doc/documents/{documentId}/blocks`: DingTalk's `InsertBlocks` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertBlocks")]
    #[doc(alias = "/v1.0/doc/documents/{documentId}/blocks")]
    #[doc(alias = "POST /v1.0/doc/documents/{documentId}/blocks")]
    pub fn insert_blocks(
        &self,
        document_id: &str,
        request: &InsertBlocksRequest,
    ) -> rt::Call<(), InsertBlocksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertBlocks",
            rt::Method::Post,
            "/v1.0/doc/documents/{documentId}/blocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 指定列左侧插入若干列
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertColumnsBefore`: DingTalk's `InsertColumnsBefore` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertColumnsBefore")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertColumnsBefore"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertColumnsBefore"
    )]
    pub fn insert_columns_before(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &InsertColumnsBeforeRequest,
    ) -> rt::Call<InsertColumnsBeforeResponseBody, InsertColumnsBeforeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertColumnsBefore",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertColumnsBefore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 插入整段内容
    ///
    /// `POST /v1.0/doc/suites/documents/{documentId}/content`: DingTalk's `InsertContent` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `document_id`: `{documentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertContent")]
    #[doc(alias = "/v1.0/doc/suites/documents/{documentId}/content")]
    #[doc(alias = "POST /v1.0/doc/suites/documents/{documentId}/content")]
    pub fn insert_content(
        &self,
        document_id: &str,
        request: &InsertContentRequest,
    ) -> rt::Call<InsertContentResponseBody, InsertContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertContent",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{documentId}/content",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 插入下拉列表
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/insertDropdownLists`: DingTalk's `InsertDropdownLists` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertDropdownLists")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/insertDropdownLists"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/insertDropdownLists"
    )]
    pub fn insert_dropdown_lists(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &InsertDropdownListsRequest,
    ) -> rt::Call<InsertDropdownListsResponseBody, InsertDropdownListsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertDropdownLists",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/insertDropdownLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 指定行上方插入若干行
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertRowsBefore`: DingTalk's `InsertRowsBefore` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertRowsBefore")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertRowsBefore")]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertRowsBefore"
    )]
    pub fn insert_rows_before(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &InsertRowsBeforeRequest,
    ) -> rt::Call<InsertRowsBeforeResponseBody, InsertRowsBeforeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertRowsBefore",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/insertRowsBefore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 获取文档所有评论
    ///
    /// `GET /v1.0/doc/docs/{docId}/comments`: DingTalk's `ListComments` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id`: `{docId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_comments_pages`].
    #[doc(alias = "ListComments")]
    #[doc(alias = "/v1.0/doc/docs/{docId}/comments")]
    #[doc(alias = "GET /v1.0/doc/docs/{docId}/comments")]
    pub fn list_comments(
        &self,
        doc_id: &str,
        request: &ListCommentsRequest,
    ) -> rt::Call<ListCommentsResponseBody, ListCommentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListComments",
            rt::Method::Get,
            "/v1.0/doc/docs/{docId}/comments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 查询文档模版
    ///
    /// `GET /v1.0/doc/templates`: DingTalk's `ListTemplate` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_template_pages`].
    #[doc(alias = "ListTemplate")]
    #[doc(alias = "/v1.0/doc/templates")]
    #[doc(alias = "GET /v1.0/doc/templates")]
    pub fn list_template(
        &self,
        request: &ListTemplateRequest,
    ) -> rt::Call<ListTemplateResponseBody, ListTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTemplate",
            rt::Method::Get,
            "/v1.0/doc/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 合并单元格
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/merge`: DingTalk's `MergeRange` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MergeRange")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/merge"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/merge"
    )]
    pub fn merge_range(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &MergeRangeRequest,
    ) -> rt::Call<MergeRangeResponseBody, MergeRangeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MergeRange",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/merge",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 查找下一个符合条件的单元格
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/findNext`: DingTalk's `RangeFindNext` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RangeFindNext")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/findNext"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/findNext"
    )]
    pub fn range_find_next(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &RangeFindNextRequest,
    ) -> rt::Call<RangeFindNextResponseBody, RangeFindNextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RangeFindNext",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/findNext",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 搜索用户有权限的知识库文档
    ///
    /// `GET /v1.0/doc/docs`: DingTalk's `SearchWorkspaceDocs` (module feature `doc_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_workspace_docs_pages`].
    #[doc(alias = "SearchWorkspaceDocs")]
    #[doc(alias = "/v1.0/doc/docs")]
    #[doc(alias = "GET /v1.0/doc/docs")]
    pub fn search_workspace_docs(
        &self,
        request: &SearchWorkspaceDocsRequest,
    ) -> rt::Call<SearchWorkspaceDocsResponseBody, SearchWorkspaceDocsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchWorkspaceDocs",
            rt::Method::Get,
            "/v1.0/doc/docs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置单元格边框
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/setBorder`: DingTalk's `SetBorder` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetBorder")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/setBorder"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/setBorder"
    )]
    pub fn set_border(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &SetBorderRequest,
    ) -> rt::Call<SetBorderResponseBody, SetBorderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetBorder",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}/setBorder",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 设置列宽
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnWidth`: DingTalk's `SetColumnWidth` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetColumnWidth")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnWidth")]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnWidth"
    )]
    pub fn set_column_width(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetColumnWidthRequest,
    ) -> rt::Call<SetColumnWidthResponseBody, SetColumnWidthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetColumnWidth",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnWidth",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置列隐藏或显示
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsVisibility`: DingTalk's `SetColumnsVisibility` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetColumnsVisibility")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsVisibility"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsVisibility"
    )]
    pub fn set_columns_visibility(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetColumnsVisibilityRequest,
    ) -> rt::Call<SetColumnsVisibilityResponseBody, SetColumnsVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetColumnsVisibility",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsVisibility",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 批量设置列宽
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsWidth`: DingTalk's `SetColumnsWidth` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetColumnsWidth")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsWidth")]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsWidth"
    )]
    pub fn set_columns_width(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetColumnsWidthRequest,
    ) -> rt::Call<SetColumnsWidthResponseBody, SetColumnsWidthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetColumnsWidth",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setColumnsWidth",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置筛选条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/setColumnFilterCriteria`: DingTalk's `SetFilterCriteria` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetFilterCriteria")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/setColumnFilterCriteria"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/setColumnFilterCriteria"
    )]
    pub fn set_filter_criteria(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetFilterCriteriaRequest,
    ) -> rt::Call<SetFilterCriteriaResponseBody, SetFilterCriteriaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetFilterCriteria",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/setColumnFilterCriteria",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置筛选视图条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/setColumnFilterCriteria`: DingTalk's `SetFilterViewCriteria` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `filter_view_id`: `{filterViewId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetFilterViewCriteria")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/setColumnFilterCriteria"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/setColumnFilterCriteria"
    )]
    pub fn set_filter_view_criteria(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        filter_view_id: &str,
        request: &SetFilterViewCriteriaRequest,
    ) -> rt::Call<SetFilterViewCriteriaResponseBody, SetFilterViewCriteriaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetFilterViewCriteria",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}/setColumnFilterCriteria",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, filter_view_id],
            request,
        )
    }
    /// 设置行高
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowHeight`: DingTalk's `SetRowHeight` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetRowHeight")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowHeight")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowHeight")]
    pub fn set_row_height(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetRowHeightRequest,
    ) -> rt::Call<SetRowHeightResponseBody, SetRowHeightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRowHeight",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowHeight",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 批量设置行高
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsHeight`: DingTalk's `SetRowsHeight` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetRowsHeight")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsHeight")]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsHeight"
    )]
    pub fn set_rows_height(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetRowsHeightRequest,
    ) -> rt::Call<SetRowsHeightResponseBody, SetRowsHeightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRowsHeight",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsHeight",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置行隐藏或显示
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsVisibility`: DingTalk's `SetRowsVisibility` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetRowsVisibility")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsVisibility")]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsVisibility"
    )]
    pub fn set_rows_visibility(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetRowsVisibilityRequest,
    ) -> rt::Call<SetRowsVisibilityResponseBody, SetRowsVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRowsVisibility",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/setRowsVisibility",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// SheetAutofitRows
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/autofitRows`: DingTalk's `SheetAutofitRows` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SheetAutofitRows")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/autofitRows")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/autofitRows")]
    pub fn sheet_autofit_rows(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SheetAutofitRowsRequest,
    ) -> rt::Call<SheetAutofitRowsResponseBody, SheetAutofitRowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SheetAutofitRows",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/autofitRows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 工作表上查找所有符合条件的单元格
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/findAll`: DingTalk's `SheetFindAll` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SheetFindAll")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/findAll")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/findAll")]
    pub fn sheet_find_all(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SheetFindAllRequest,
    ) -> rt::Call<SheetFindAllResponseBody, SheetFindAllError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SheetFindAll",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/findAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 筛选排序
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/sort`: DingTalk's `SortFilter` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SortFilter")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/sort")]
    #[doc(alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/sort")]
    pub fn sort_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SortFilterRequest,
    ) -> rt::Call<SortFilterResponseBody, SortFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SortFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/sort",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 取消文档酷应用和表格的关联
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbookId}/coolApps`: DingTalk's `UnbindCoolAppToSheet` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnbindCoolAppToSheet")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/coolApps")]
    #[doc(alias = "DELETE /v1.0/doc/workbooks/{workbookId}/coolApps")]
    pub fn unbind_cool_app_to_sheet(
        &self,
        workbook_id: &str,
        request: &UnbindCoolAppToSheetRequest,
    ) -> rt::Call<UnbindCoolAppToSheetResponseBody, UnbindCoolAppToSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnbindCoolAppToSheet",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbookId}/coolApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 更新筛选
    ///
    /// `POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/updateFilter`: DingTalk's `UpdateFilter` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFilter")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/updateFilter"
    )]
    #[doc(
        alias = "POST /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/updateFilter"
    )]
    pub fn update_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &UpdateFilterRequest,
    ) -> rt::Call<UpdateFilterResponseBody, UpdateFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filter/updateFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 更新筛选视图
    ///
    /// `PATCH /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}`: DingTalk's `UpdateFilterView` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `filter_view_id`: `{filterViewId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFilterView")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}"
    )]
    #[doc(
        alias = "PATCH /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}"
    )]
    pub fn update_filter_view(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        filter_view_id: &str,
        request: &UpdateFilterViewRequest,
    ) -> rt::Call<UpdateFilterViewResponseBody, UpdateFilterViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFilterView",
            rt::Method::Patch,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/filterViews/{filterViewId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, filter_view_id],
            request,
        )
    }
    /// 更新浮动图片
    ///
    /// `PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}`: DingTalk's `UpdateFloatImage` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFloatImage")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}")]
    #[doc(
        alias = "PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}"
    )]
    pub fn update_float_image(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        id: &str,
        request: &UpdateFloatImageRequest,
    ) -> rt::Call<UpdateFloatImageResponseBody, UpdateFloatImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFloatImage",
            rt::Method::Put,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/floatImages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id, id], request)
    }
    /// 更新单元格区域
    ///
    /// `PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}`: DingTalk's `UpdateRange` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    /// - `range_address`: `{rangeAddress}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRange")]
    #[doc(
        alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}"
    )]
    #[doc(
        alias = "PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}"
    )]
    pub fn update_range(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        range_address: &str,
        request: &UpdateRangeRequest,
    ) -> rt::Call<UpdateRangeResponseBody, UpdateRangeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRange",
            rt::Method::Put,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}/ranges/{rangeAddress}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[workbook_id, sheet_id, range_address],
            request,
        )
    }
    /// 更新工作表
    ///
    /// `PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}`: DingTalk's `UpdateSheet` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id`: `{workbookId}` in the path.
    /// - `sheet_id`: `{sheetId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSheet")]
    #[doc(alias = "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}")]
    #[doc(alias = "PUT /v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}")]
    pub fn update_sheet(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &UpdateSheetRequest,
    ) -> rt::Call<UpdateSheetResponseBody, UpdateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSheet",
            rt::Method::Put,
            "/v1.0/doc/workbooks/{workbookId}/sheets/{sheetId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 修改知识库文档成员
    ///
    /// `PUT /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members`: DingTalk's `UpdateWorkspaceDocMembers` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    /// - `node_id`: `{nodeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateWorkspaceDocMembers")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members")]
    #[doc(alias = "PUT /v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members")]
    pub fn update_workspace_doc_members(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &UpdateWorkspaceDocMembersRequest,
    ) -> rt::Call<(), UpdateWorkspaceDocMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateWorkspaceDocMembers",
            rt::Method::Put,
            "/v1.0/doc/workspaces/{workspaceId}/docs/{nodeId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 更新知识库成员
    ///
    /// `PUT /v1.0/doc/workspaces/{workspaceId}/members`: DingTalk's `UpdateWorkspaceMembers` (module feature `doc_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateWorkspaceMembers")]
    #[doc(alias = "/v1.0/doc/workspaces/{workspaceId}/members")]
    #[doc(alias = "PUT /v1.0/doc/workspaces/{workspaceId}/members")]
    pub fn update_workspace_members(
        &self,
        workspace_id: &str,
        request: &UpdateWorkspaceMembersRequest,
    ) -> rt::Call<(), UpdateWorkspaceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateWorkspaceMembers",
            rt::Method::Put,
            "/v1.0/doc/workspaces/{workspaceId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// Every page of [`Api::doc_elements`]: the call again with `cursor` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`. Items: `result.elements` of each page.
    pub fn doc_elements_pages(
        &self,
        dentry_uuid: &str,
        request: &DocElementsRequest,
    ) -> rt::Paginator<DocElementsResponseBody, DocElementsError, String> {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            false,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &["result", "elements"],
        );
        rt::Paginator::new(self.doc_elements(dentry_uuid, request), &PAGING)
    }
    /// Every page of [`Api::get_recent_edit_docs`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `recentList` of each page.
    pub fn get_recent_edit_docs_pages(
        &self,
        request: &GetRecentEditDocsRequest,
    ) -> rt::Paginator<
        GetRecentEditDocsResponseBody,
        GetRecentEditDocsError,
        GetRecentEditDocsResponseBodyRecentList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["recentList"],
        );
        rt::Paginator::new(self.get_recent_edit_docs(request), &PAGING)
    }
    /// Every page of [`Api::get_recent_open_docs`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `recentList` of each page.
    pub fn get_recent_open_docs_pages(
        &self,
        request: &GetRecentOpenDocsRequest,
    ) -> rt::Paginator<
        GetRecentOpenDocsResponseBody,
        GetRecentOpenDocsError,
        GetRecentOpenDocsResponseBodyRecentList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["recentList"],
        );
        rt::Paginator::new(self.get_recent_open_docs(request), &PAGING)
    }
    /// Every page of [`Api::list_comments`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.commentList` of each page.
    pub fn list_comments_pages(
        &self,
        doc_id: &str,
        request: &ListCommentsRequest,
    ) -> rt::Paginator<
        ListCommentsResponseBody,
        ListCommentsError,
        ListCommentsResponseBodyResultCommentList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "commentList"],
        );
        rt::Paginator::new(self.list_comments(doc_id, request), &PAGING)
    }
    /// Every page of [`Api::list_template`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `templateList` of each page.
    pub fn list_template_pages(
        &self,
        request: &ListTemplateRequest,
    ) -> rt::Paginator<
        ListTemplateResponseBody,
        ListTemplateError,
        ListTemplateResponseBodyTemplateList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["templateList"],
        );
        rt::Paginator::new(self.list_template(request), &PAGING)
    }
    /// Every page of [`Api::search_workspace_docs`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `docs` of each page.
    pub fn search_workspace_docs_pages(
        &self,
        request: &SearchWorkspaceDocsRequest,
    ) -> rt::Paginator<
        SearchWorkspaceDocsResponseBody,
        SearchWorkspaceDocsError,
        SearchWorkspaceDocsResponseBodyDocs,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["docs"],
        );
        rt::Paginator::new(self.search_workspace_docs(request), &PAGING)
    }
}
/// `AddCommentRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCommentRequestOption {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `extra`.
    pub extra: Option<rt::BTreeMap<String, String>>,
}
impl AddCommentRequestOption {
    /// An empty `AddCommentRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `createTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets `extra`.
    pub fn extra(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extra = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    AddCommentRequestOption { "createTime" => optional(create_time), "extra" =>
    optional(extra) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCommentRequestOption { "createTime" => read_field(create_time), "extra" =>
    read_field(extra) }
}
/// `AddCommentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCommentResponseBody {
    /// `result`.
    pub result: Option<AddCommentResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddCommentResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCommentResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `AddWorkspaceDocMembersRequestMembers`, a model several operations share: also named [`AddWorkspaceMembersRequestMembers`], [`UpdateWorkspaceDocMembersRequestMembers`], [`UpdateWorkspaceMembersRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceDocMembersRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
    /// `roleType`.
    pub role_type: String,
}
/// The required fields of [`AddWorkspaceDocMembersRequestMembers`], each named where it is set: `AddWorkspaceDocMembersRequestMembers::new(AddWorkspaceDocMembersRequestMembersRequired { .. })`.
pub struct AddWorkspaceDocMembersRequestMembersRequired {
    /// `memberId`: see [`AddWorkspaceDocMembersRequestMembers::member_id`].
    pub member_id: String,
    /// `memberType`: see [`AddWorkspaceDocMembersRequestMembers::member_type`].
    pub member_type: String,
    /// `roleType`: see [`AddWorkspaceDocMembersRequestMembers::role_type`].
    pub role_type: String,
}
impl AddWorkspaceDocMembersRequestMembers {
    /// A `AddWorkspaceDocMembersRequestMembers` with its required fields (`memberId`, `memberType`, `roleType`); set the others with the methods named after them.
    pub fn new(required: AddWorkspaceDocMembersRequestMembersRequired) -> Self {
        let AddWorkspaceDocMembersRequestMembersRequired {
            member_id,
            member_type,
            role_type,
        } = required;
        Self {
            member_id,
            member_type,
            role_type,
        }
    }
}
rt::impl_serialize! {
    AddWorkspaceDocMembersRequestMembers { "memberId" => field(member_id), "memberType"
    => field(member_type), "roleType" => field(role_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddWorkspaceDocMembersRequestMembers { "memberId" => read_field(member_id),
    "memberType" => read_field(member_type), "roleType" => read_field(role_type) }
}
/// `AddWorkspaceMembersRequestMembers`: the same model as [`AddWorkspaceDocMembersRequestMembers`].
pub type AddWorkspaceMembersRequestMembers = AddWorkspaceDocMembersRequestMembers;
/// The required fields of [`AddWorkspaceMembersRequestMembers`].
pub type AddWorkspaceMembersRequestMembersRequired = AddWorkspaceDocMembersRequestMembersRequired;
/// `AddWorkspaceMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddWorkspaceMembersResponseBody {
    /// `notInOrgList`.
    pub not_in_org_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    AddWorkspaceMembersResponseBody { "notInOrgList" => read_field(not_in_org_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddWorkspaceMembersResponseBody { "notInOrgList" => optional(not_in_org_list) }
}
/// `AppendRowsResponseBody`, a model several operations share: also named [`ClearResponseBody`], [`ClearDataResponseBody`], [`DeleteDropdownListsResponseBody`], [`DeleteRangeProtectionResponseBody`], [`InsertDropdownListsResponseBody`], [`MergeRangeResponseBody`], [`UpdateRangeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppendRowsResponseBody {
    /// `a1Notation`.
    pub a1_notation: Option<String>,
}
rt::impl_deserialize! {
    AppendRowsResponseBody { "a1Notation" => read_field(a1_notation) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppendRowsResponseBody { "a1Notation" => optional(a1_notation) }
}
/// `BatchRequestRequests`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRequestRequests {
    /// `body`.
    pub body: Option<rt::serde_json::Value>,
    /// `method`.
    pub method: String,
    /// `path`.
    pub path: String,
}
/// The required fields of [`BatchRequestRequests`], each named where it is set: `BatchRequestRequests::new(BatchRequestRequestsRequired { .. })`.
pub struct BatchRequestRequestsRequired {
    /// `method`: see [`BatchRequestRequests::method`].
    pub method: String,
    /// `path`: see [`BatchRequestRequests::path`].
    pub path: String,
}
impl BatchRequestRequests {
    /// A `BatchRequestRequests` with its required fields (`method`, `path`); set the others with the methods named after them.
    pub fn new(required: BatchRequestRequestsRequired) -> Self {
        let BatchRequestRequestsRequired { method, path } = required;
        Self { body: None, method, path }
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.body = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchRequestRequests { "body" => optional(body), "method" => field(method), "path" =>
    field(path) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRequestRequests { "body" => read_field(body), "method" => read_field(method),
    "path" => read_field(path) }
}
/// `BatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchResponseBody {
    /// `responses`.
    pub responses: Option<Vec<rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    BatchResponseBody { "responses" => read_field(responses) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchResponseBody { "responses" => optional(responses) }
}
/// `BatchGetWorkspaceDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsResponseBody {
    /// `result`.
    pub result: Option<Vec<BatchGetWorkspaceDocsResponseBodyResult>>,
}
rt::impl_deserialize! {
    BatchGetWorkspaceDocsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspaceDocsResponseBody { "result" => optional(result) }
}
/// `BatchGetWorkspacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspacesResponseBody {
    /// `workspaces`.
    pub workspaces: Option<Vec<BatchGetWorkspacesResponseBodyWorkspaces>>,
}
rt::impl_deserialize! {
    BatchGetWorkspacesResponseBody { "workspaces" => read_field(workspaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspacesResponseBody { "workspaces" => optional(workspaces) }
}
/// `BatchOperateResponseBody`, a model several operations share: also named [`DocBlocksQueryResponseBody`], [`DocSlotsQueryResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchOperateResponseBody {
    /// `result`.
    pub result: Option<BatchOperateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchOperateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchOperateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `BindCoolAppToSheetResponseBody`, a model several operations share: also named [`DeleteFloatImageResponseBody`], [`DeleteSheetResponseBody`], [`UnbindCoolAppToSheetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BindCoolAppToSheetResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BindCoolAppToSheetResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BindCoolAppToSheetResponseBody { "success" => optional(success) }
}
/// `ClearResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type ClearResponseBody = AppendRowsResponseBody;
/// `ClearDataResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type ClearDataResponseBody = AppendRowsResponseBody;
/// `ClearFilterCriteriaResponseBody`, a model several operations share: also named [`ClearFilterViewCriteriaResponseBody`], [`CreateConditionalFormattingRuleResponseBody`], [`CreateDeveloperMetadataResponseBody`], [`CreateFilterResponseBody`], [`CreateRangeProtectionResponseBody`], [`DeleteColumnsResponseBody`], [`DeleteFilterResponseBody`], [`DeleteFilterViewResponseBody`], [`DeleteRowsResponseBody`], [`InsertColumnsBeforeResponseBody`], [`InsertRowsBeforeResponseBody`], [`SetColumnsVisibilityResponseBody`], [`SetFilterCriteriaResponseBody`], [`SetFilterViewCriteriaResponseBody`], [`SetRowsVisibilityResponseBody`], [`SortFilterResponseBody`], [`UpdateFilterResponseBody`], [`UpdateSheetResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ClearFilterCriteriaResponseBody {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    ClearFilterCriteriaResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ClearFilterCriteriaResponseBody { "id" => optional(id) }
}
/// `ClearFilterViewCriteriaResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type ClearFilterViewCriteriaResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateConditionalFormattingRuleRequestCellStyle`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateConditionalFormattingRuleRequestCellStyle {
    /// `backgroundColor`.
    pub background_color: Option<String>,
    /// `fontColor`.
    pub font_color: Option<String>,
}
impl CreateConditionalFormattingRuleRequestCellStyle {
    /// An empty `CreateConditionalFormattingRuleRequestCellStyle`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `backgroundColor`.
    pub fn background_color(mut self, value: impl Into<String>) -> Self {
        self.background_color = Some(value.into());
        self
    }
    /// Sets `fontColor`.
    pub fn font_color(mut self, value: impl Into<String>) -> Self {
        self.font_color = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateConditionalFormattingRuleRequestCellStyle { "backgroundColor" =>
    optional(background_color), "fontColor" => optional(font_color) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateConditionalFormattingRuleRequestCellStyle { "backgroundColor" =>
    read_field(background_color), "fontColor" => read_field(font_color) }
}
/// `CreateConditionalFormattingRuleRequestDuplicateCondition`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateConditionalFormattingRuleRequestDuplicateCondition {
    /// `operator`.
    pub operator: Option<String>,
}
impl CreateConditionalFormattingRuleRequestDuplicateCondition {
    /// An empty `CreateConditionalFormattingRuleRequestDuplicateCondition`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateConditionalFormattingRuleRequestDuplicateCondition { "operator" =>
    optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateConditionalFormattingRuleRequestDuplicateCondition { "operator" =>
    read_field(operator) }
}
/// `CreateConditionalFormattingRuleRequestNumberCondition`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateConditionalFormattingRuleRequestNumberCondition {
    /// `operator`.
    pub operator: Option<String>,
    /// `value1`.
    pub value1: Option<rt::serde_json::Value>,
    /// `value2`.
    pub value2: Option<rt::serde_json::Value>,
}
impl CreateConditionalFormattingRuleRequestNumberCondition {
    /// An empty `CreateConditionalFormattingRuleRequestNumberCondition`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `value1`.
    pub fn value1(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.value1 = Some(value.into());
        self
    }
    /// Sets `value2`.
    pub fn value2(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.value2 = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateConditionalFormattingRuleRequestNumberCondition { "operator" =>
    optional(operator), "value1" => optional(value1), "value2" => optional(value2) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateConditionalFormattingRuleRequestNumberCondition { "operator" =>
    read_field(operator), "value1" => read_field(value1), "value2" => read_field(value2)
    }
}
/// `CreateConditionalFormattingRuleResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateConditionalFormattingRuleResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateDeveloperMetadataRequestAssociatedColumn`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDeveloperMetadataRequestAssociatedColumn {
    /// `column`.
    pub column: i64,
    /// `sheet`.
    pub sheet: String,
}
/// The required fields of [`CreateDeveloperMetadataRequestAssociatedColumn`], each named where it is set: `CreateDeveloperMetadataRequestAssociatedColumn::new(CreateDeveloperMetadataRequestAssociatedColumnRequired { .. })`.
pub struct CreateDeveloperMetadataRequestAssociatedColumnRequired {
    /// `column`: see [`CreateDeveloperMetadataRequestAssociatedColumn::column`].
    pub column: i64,
    /// `sheet`: see [`CreateDeveloperMetadataRequestAssociatedColumn::sheet`].
    pub sheet: String,
}
impl CreateDeveloperMetadataRequestAssociatedColumn {
    /// A `CreateDeveloperMetadataRequestAssociatedColumn` with its required fields (`column`, `sheet`); set the others with the methods named after them.
    pub fn new(
        required: CreateDeveloperMetadataRequestAssociatedColumnRequired,
    ) -> Self {
        let CreateDeveloperMetadataRequestAssociatedColumnRequired { column, sheet } = required;
        Self { column, sheet }
    }
}
rt::impl_serialize! {
    CreateDeveloperMetadataRequestAssociatedColumn { "column" => field(column), "sheet"
    => field(sheet) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeveloperMetadataRequestAssociatedColumn { "column" => read_field(column),
    "sheet" => read_field(sheet) }
}
/// `CreateDeveloperMetadataRequestAssociatedRow`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDeveloperMetadataRequestAssociatedRow {
    /// `row`.
    pub row: i64,
    /// `sheet`.
    pub sheet: String,
}
/// The required fields of [`CreateDeveloperMetadataRequestAssociatedRow`], each named where it is set: `CreateDeveloperMetadataRequestAssociatedRow::new(CreateDeveloperMetadataRequestAssociatedRowRequired { .. })`.
pub struct CreateDeveloperMetadataRequestAssociatedRowRequired {
    /// `row`: see [`CreateDeveloperMetadataRequestAssociatedRow::row`].
    pub row: i64,
    /// `sheet`: see [`CreateDeveloperMetadataRequestAssociatedRow::sheet`].
    pub sheet: String,
}
impl CreateDeveloperMetadataRequestAssociatedRow {
    /// A `CreateDeveloperMetadataRequestAssociatedRow` with its required fields (`row`, `sheet`); set the others with the methods named after them.
    pub fn new(required: CreateDeveloperMetadataRequestAssociatedRowRequired) -> Self {
        let CreateDeveloperMetadataRequestAssociatedRowRequired { row, sheet } = required;
        Self { row, sheet }
    }
}
rt::impl_serialize! {
    CreateDeveloperMetadataRequestAssociatedRow { "row" => field(row), "sheet" =>
    field(sheet) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeveloperMetadataRequestAssociatedRow { "row" => read_field(row), "sheet" =>
    read_field(sheet) }
}
/// `CreateDeveloperMetadataResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateDeveloperMetadataResponseBody = ClearFilterCriteriaResponseBody;
/// `CriteriaValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CriteriaValue {
    /// `filterType`.
    pub filter_type: Option<String>,
    /// `visibleValues`.
    pub visible_values: Option<Vec<String>>,
    /// `conditions`.
    pub conditions: Option<Vec<CriteriaValueConditions>>,
    /// `conditionOperator`.
    pub condition_operator: Option<String>,
    /// `backgroundColor`.
    pub background_color: Option<String>,
    /// `fontColor`.
    pub font_color: Option<String>,
}
impl CriteriaValue {
    /// An empty `CriteriaValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `filterType`.
    pub fn filter_type(mut self, value: impl Into<String>) -> Self {
        self.filter_type = Some(value.into());
        self
    }
    /// Sets `visibleValues`.
    pub fn visible_values(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.visible_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `conditions`.
    pub fn conditions(
        mut self,
        value: impl IntoIterator<Item = CriteriaValueConditions>,
    ) -> Self {
        self.conditions = Some(value.into_iter().collect());
        self
    }
    /// Sets `conditionOperator`.
    pub fn condition_operator(mut self, value: impl Into<String>) -> Self {
        self.condition_operator = Some(value.into());
        self
    }
    /// Sets `backgroundColor`.
    pub fn background_color(mut self, value: impl Into<String>) -> Self {
        self.background_color = Some(value.into());
        self
    }
    /// Sets `fontColor`.
    pub fn font_color(mut self, value: impl Into<String>) -> Self {
        self.font_color = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CriteriaValue { "filterType" => optional(filter_type), "visibleValues" =>
    optional(visible_values), "conditions" => optional(conditions), "conditionOperator"
    => optional(condition_operator), "backgroundColor" => optional(background_color),
    "fontColor" => optional(font_color) }
}
rt::impl_deserialize! {
    CriteriaValue { "filterType" => read_field(filter_type), "visibleValues" =>
    read_field(visible_values), "conditions" => read_field(conditions),
    "conditionOperator" => read_field(condition_operator), "backgroundColor" =>
    read_field(background_color), "fontColor" => read_field(font_color) }
}
/// `CreateFilterResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateFilterResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateFilterViewResponseBody`, a model several operations share: also named [`UpdateFilterViewResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFilterViewResponseBody {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `range`.
    pub range: Option<String>,
}
rt::impl_deserialize! {
    CreateFilterViewResponseBody { "id" => read_field(id), "name" => read_field(name),
    "range" => read_field(range) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFilterViewResponseBody { "id" => optional(id), "name" => optional(name),
    "range" => optional(range) }
}
/// `CreateFloatImageRequestAnchor`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFloatImageRequestAnchor {
    /// `col`.
    pub col: i64,
    /// `row`.
    pub row: i64,
}
/// The required fields of [`CreateFloatImageRequestAnchor`], each named where it is set: `CreateFloatImageRequestAnchor::new(CreateFloatImageRequestAnchorRequired { .. })`.
pub struct CreateFloatImageRequestAnchorRequired {
    /// `col`: see [`CreateFloatImageRequestAnchor::col`].
    pub col: i64,
    /// `row`: see [`CreateFloatImageRequestAnchor::row`].
    pub row: i64,
}
impl CreateFloatImageRequestAnchor {
    /// A `CreateFloatImageRequestAnchor` with its required fields (`col`, `row`); set the others with the methods named after them.
    pub fn new(required: CreateFloatImageRequestAnchorRequired) -> Self {
        let CreateFloatImageRequestAnchorRequired { col, row } = required;
        Self { col, row }
    }
}
rt::impl_serialize! {
    CreateFloatImageRequestAnchor { "col" => field(col), "row" => field(row) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFloatImageRequestAnchor { "col" => read_field(col), "row" => read_field(row) }
}
/// `CreateFloatImageRequestCoordinate`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFloatImageRequestCoordinate {
    /// `height`.
    pub height: f64,
    /// `offsetX`.
    pub offset_x: f64,
    /// `offsetY`.
    pub offset_y: f64,
    /// `width`.
    pub width: f64,
}
/// The required fields of [`CreateFloatImageRequestCoordinate`], each named where it is set: `CreateFloatImageRequestCoordinate::new(CreateFloatImageRequestCoordinateRequired { .. })`.
pub struct CreateFloatImageRequestCoordinateRequired {
    /// `height`: see [`CreateFloatImageRequestCoordinate::height`].
    pub height: f64,
    /// `offsetX`: see [`CreateFloatImageRequestCoordinate::offset_x`].
    pub offset_x: f64,
    /// `offsetY`: see [`CreateFloatImageRequestCoordinate::offset_y`].
    pub offset_y: f64,
    /// `width`: see [`CreateFloatImageRequestCoordinate::width`].
    pub width: f64,
}
impl CreateFloatImageRequestCoordinate {
    /// A `CreateFloatImageRequestCoordinate` with its required fields (`height`, `offsetX`, `offsetY`, `width`); set the others with the methods named after them.
    pub fn new(required: CreateFloatImageRequestCoordinateRequired) -> Self {
        let CreateFloatImageRequestCoordinateRequired {
            height,
            offset_x,
            offset_y,
            width,
        } = required;
        Self {
            height,
            offset_x,
            offset_y,
            width,
        }
    }
}
rt::impl_serialize! {
    CreateFloatImageRequestCoordinate { "height" => field(height), "offsetX" =>
    field(offset_x), "offsetY" => field(offset_y), "width" => field(width) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFloatImageRequestCoordinate { "height" => read_field(height), "offsetX" =>
    read_field(offset_x), "offsetY" => read_field(offset_y), "width" => read_field(width)
    }
}
/// `CreateFloatImageResponseBody`, a model several operations share: also named [`GetFloatImageResponseBody`], [`UpdateFloatImageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFloatImageResponseBody {
    /// `result`.
    pub result: Option<CreateFloatImageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateFloatImageResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFloatImageResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateRangeProtectionRequestEditableSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRangeProtectionRequestEditableSetting {
    /// `deleteColumns`.
    pub delete_columns: Option<bool>,
    /// `deleteRows`.
    pub delete_rows: Option<bool>,
    /// `editCells`.
    pub edit_cells: Option<bool>,
    /// `formatCells`.
    pub format_cells: Option<bool>,
    /// `insertColumns`.
    pub insert_columns: Option<bool>,
    /// `insertRows`.
    pub insert_rows: Option<bool>,
    /// `toggleColumnsVisibility`.
    pub toggle_columns_visibility: Option<bool>,
    /// `toggleRowsVisibility`.
    pub toggle_rows_visibility: Option<bool>,
}
impl CreateRangeProtectionRequestEditableSetting {
    /// An empty `CreateRangeProtectionRequestEditableSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deleteColumns`.
    pub fn delete_columns(mut self, value: bool) -> Self {
        self.delete_columns = Some(value);
        self
    }
    /// Sets `deleteRows`.
    pub fn delete_rows(mut self, value: bool) -> Self {
        self.delete_rows = Some(value);
        self
    }
    /// Sets `editCells`.
    pub fn edit_cells(mut self, value: bool) -> Self {
        self.edit_cells = Some(value);
        self
    }
    /// Sets `formatCells`.
    pub fn format_cells(mut self, value: bool) -> Self {
        self.format_cells = Some(value);
        self
    }
    /// Sets `insertColumns`.
    pub fn insert_columns(mut self, value: bool) -> Self {
        self.insert_columns = Some(value);
        self
    }
    /// Sets `insertRows`.
    pub fn insert_rows(mut self, value: bool) -> Self {
        self.insert_rows = Some(value);
        self
    }
    /// Sets `toggleColumnsVisibility`.
    pub fn toggle_columns_visibility(mut self, value: bool) -> Self {
        self.toggle_columns_visibility = Some(value);
        self
    }
    /// Sets `toggleRowsVisibility`.
    pub fn toggle_rows_visibility(mut self, value: bool) -> Self {
        self.toggle_rows_visibility = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateRangeProtectionRequestEditableSetting { "deleteColumns" =>
    optional(delete_columns), "deleteRows" => optional(delete_rows), "editCells" =>
    optional(edit_cells), "formatCells" => optional(format_cells), "insertColumns" =>
    optional(insert_columns), "insertRows" => optional(insert_rows),
    "toggleColumnsVisibility" => optional(toggle_columns_visibility),
    "toggleRowsVisibility" => optional(toggle_rows_visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRangeProtectionRequestEditableSetting { "deleteColumns" =>
    read_field(delete_columns), "deleteRows" => read_field(delete_rows), "editCells" =>
    read_field(edit_cells), "formatCells" => read_field(format_cells), "insertColumns" =>
    read_field(insert_columns), "insertRows" => read_field(insert_rows),
    "toggleColumnsVisibility" => read_field(toggle_columns_visibility),
    "toggleRowsVisibility" => read_field(toggle_rows_visibility) }
}
/// `CreateRangeProtectionRequestMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRangeProtectionRequestMembers {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `permission`.
    pub permission: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl CreateRangeProtectionRequestMembers {
    /// An empty `CreateRangeProtectionRequestMembers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: impl Into<String>) -> Self {
        self.dept_id = Some(value.into());
        self
    }
    /// Sets `memberType`.
    pub fn member_type(mut self, value: impl Into<String>) -> Self {
        self.member_type = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `permission`.
    pub fn permission(mut self, value: impl Into<String>) -> Self {
        self.permission = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateRangeProtectionRequestMembers { "deptId" => optional(dept_id), "memberType" =>
    optional(member_type), "openConversationId" => optional(open_conversation_id),
    "permission" => optional(permission), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRangeProtectionRequestMembers { "deptId" => read_field(dept_id), "memberType"
    => read_field(member_type), "openConversationId" => read_field(open_conversation_id),
    "permission" => read_field(permission), "unionId" => read_field(union_id) }
}
/// `CreateRangeProtectionResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateRangeProtectionResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateSheetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSheetResponseBody {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    CreateSheetResponseBody { "id" => read_field(id), "name" => read_field(name),
    "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSheetResponseBody { "id" => optional(id), "name" => optional(name),
    "visibility" => optional(visibility) }
}
/// `CreateWorkspaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkspaceResponseBody {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    CreateWorkspaceResponseBody { "description" => read_field(description), "name" =>
    read_field(name), "url" => read_field(url), "workspaceId" => read_field(workspace_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkspaceResponseBody { "description" => optional(description), "name" =>
    optional(name), "url" => optional(url), "workspaceId" => optional(workspace_id) }
}
/// `CreateWorkspaceDocResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkspaceDocResponseBody {
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `docKey`.
    pub doc_key: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    CreateWorkspaceDocResponseBody { "dentryUuid" => read_field(dentry_uuid), "docKey" =>
    read_field(doc_key), "nodeId" => read_field(node_id), "url" => read_field(url),
    "workspaceId" => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkspaceDocResponseBody { "dentryUuid" => optional(dentry_uuid), "docKey" =>
    optional(doc_key), "nodeId" => optional(node_id), "url" => optional(url),
    "workspaceId" => optional(workspace_id) }
}
/// `DeleteColumnsResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type DeleteColumnsResponseBody = ClearFilterCriteriaResponseBody;
/// `DeleteDropdownListsResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type DeleteDropdownListsResponseBody = AppendRowsResponseBody;
/// `DeleteFilterResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type DeleteFilterResponseBody = ClearFilterCriteriaResponseBody;
/// `DeleteFilterViewResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type DeleteFilterViewResponseBody = ClearFilterCriteriaResponseBody;
/// `DeleteFloatImageResponseBody`: the same model as [`BindCoolAppToSheetResponseBody`].
pub type DeleteFloatImageResponseBody = BindCoolAppToSheetResponseBody;
/// `DeleteRangeProtectionResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type DeleteRangeProtectionResponseBody = AppendRowsResponseBody;
/// `DeleteRowsResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type DeleteRowsResponseBody = ClearFilterCriteriaResponseBody;
/// `DeleteSheetResponseBody`: the same model as [`BindCoolAppToSheetResponseBody`].
pub type DeleteSheetResponseBody = BindCoolAppToSheetResponseBody;
/// `DeleteWorkspaceDocMembersRequestMembers`, a model several operations share: also named [`DeleteWorkspaceMembersRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceDocMembersRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
}
/// The required fields of [`DeleteWorkspaceDocMembersRequestMembers`], each named where it is set: `DeleteWorkspaceDocMembersRequestMembers::new(DeleteWorkspaceDocMembersRequestMembersRequired { .. })`.
pub struct DeleteWorkspaceDocMembersRequestMembersRequired {
    /// `memberId`: see [`DeleteWorkspaceDocMembersRequestMembers::member_id`].
    pub member_id: String,
    /// `memberType`: see [`DeleteWorkspaceDocMembersRequestMembers::member_type`].
    pub member_type: String,
}
impl DeleteWorkspaceDocMembersRequestMembers {
    /// A `DeleteWorkspaceDocMembersRequestMembers` with its required fields (`memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(required: DeleteWorkspaceDocMembersRequestMembersRequired) -> Self {
        let DeleteWorkspaceDocMembersRequestMembersRequired { member_id, member_type } = required;
        Self { member_id, member_type }
    }
}
rt::impl_serialize! {
    DeleteWorkspaceDocMembersRequestMembers { "memberId" => field(member_id),
    "memberType" => field(member_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteWorkspaceDocMembersRequestMembers { "memberId" => read_field(member_id),
    "memberType" => read_field(member_type) }
}
/// `DeleteWorkspaceMembersRequestMembers`: the same model as [`DeleteWorkspaceDocMembersRequestMembers`].
pub type DeleteWorkspaceMembersRequestMembers = DeleteWorkspaceDocMembersRequestMembers;
/// The required fields of [`DeleteWorkspaceMembersRequestMembers`].
pub type DeleteWorkspaceMembersRequestMembersRequired = DeleteWorkspaceDocMembersRequestMembersRequired;
/// `DeliverNoticeCardResponseBody`, a model several operations share: also named [`DeliverUnifyCardResponseBody`], [`InitDocumentResponseBody`], [`InsertContentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeliverNoticeCardResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeliverNoticeCardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeliverNoticeCardResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeliverUnifyCardResponseBody`: the same model as [`DeliverNoticeCardResponseBody`].
pub type DeliverUnifyCardResponseBody = DeliverNoticeCardResponseBody;
/// `DocAppendParagraphResponseBody`, a model several operations share: also named [`DocAppendTextResponseBody`], [`DocDeleteBlockResponseBody`], [`DocInsertBlocksResponseBody`], [`DocUpdateContentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocAppendParagraphResponseBody {
    /// `result`.
    pub result: Option<DocAppendParagraphResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DocAppendParagraphResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocAppendParagraphResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DocAppendTextResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocAppendTextResponseBody = DocAppendParagraphResponseBody;
/// `DocBlocksModifyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocBlocksModifyResponseBody {
    /// `result`.
    pub result: Option<DocBlocksModifyResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DocBlocksModifyResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocBlocksModifyResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DocBlocksQueryResponseBody`: the same model as [`BatchOperateResponseBody`].
pub type DocBlocksQueryResponseBody = BatchOperateResponseBody;
/// `DocDeleteBlockResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocDeleteBlockResponseBody = DocAppendParagraphResponseBody;
/// `DocElementsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocElementsResponseBody {
    /// `result`.
    pub result: Option<DocElementsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DocElementsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocElementsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DocExportResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocExportResponseBody {
    /// `result`.
    pub result: Option<DocExportResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DocExportResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocExportResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `DocExportSnapshotResponseBody`, a model several operations share: also named [`DocSlotsModifyResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocExportSnapshotResponseBody {
    /// `result`.
    pub result: Option<DocExportSnapshotResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DocExportSnapshotResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocExportSnapshotResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DocInsertBlocksResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocInsertBlocksResponseBody = DocAppendParagraphResponseBody;
/// `DocSlotsModifyRequestRequest`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocSlotsModifyRequestRequest {
    /// `body`.
    pub body: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `slotId`.
    pub slot_id: Option<String>,
}
impl DocSlotsModifyRequestRequest {
    /// An empty `DocSlotsModifyRequestRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.body = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `slotId`.
    pub fn slot_id(mut self, value: impl Into<String>) -> Self {
        self.slot_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DocSlotsModifyRequestRequest { "body" => optional(body), "slotId" =>
    optional(slot_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocSlotsModifyRequestRequest { "body" => read_field(body), "slotId" =>
    read_field(slot_id) }
}
/// `DocSlotsModifyResponseBody`: the same model as [`DocExportSnapshotResponseBody`].
pub type DocSlotsModifyResponseBody = DocExportSnapshotResponseBody;
/// `DocSlotsQueryResponseBody`: the same model as [`BatchOperateResponseBody`].
pub type DocSlotsQueryResponseBody = BatchOperateResponseBody;
/// `DocUpdateContentResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocUpdateContentResponseBody = DocAppendParagraphResponseBody;
/// `GetAllSheetsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllSheetsResponseBodyValue>>,
}
rt::impl_deserialize! {
    GetAllSheetsResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllSheetsResponseBody { "value" => optional(value) }
}
/// `GetDeveloperMetadataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeveloperMetadataResponseBody {
    /// `associatedColumn`.
    pub associated_column: Option<GetDeveloperMetadataResponseBodyAssociatedColumn>,
    /// `associatedRow`.
    pub associated_row: Option<GetDeveloperMetadataResponseBodyAssociatedRow>,
    /// `value`.
    pub value: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    GetDeveloperMetadataResponseBody { "associatedColumn" =>
    read_field(associated_column), "associatedRow" => read_field(associated_row), "value"
    => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeveloperMetadataResponseBody { "associatedColumn" => optional(associated_column),
    "associatedRow" => optional(associated_row), "value" => optional(value) }
}
/// `GetFilterResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFilterResponseBody {
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, CriteriaValue>>,
    /// `id`.
    pub id: Option<String>,
    /// `range`.
    pub range: Option<String>,
}
rt::impl_deserialize! {
    GetFilterResponseBody { "criteria" => read_field(criteria), "id" => read_field(id),
    "range" => read_field(range) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFilterResponseBody { "criteria" => optional(criteria), "id" => optional(id),
    "range" => optional(range) }
}
/// `GetFilterViewsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFilterViewsResponseBody {
    /// `filterViews`.
    pub filter_views: Option<Vec<GetFilterViewsResponseBodyFilterViews>>,
}
rt::impl_deserialize! {
    GetFilterViewsResponseBody { "filterViews" => read_field(filter_views) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFilterViewsResponseBody { "filterViews" => optional(filter_views) }
}
/// `GetFloatImageResponseBody`: the same model as [`CreateFloatImageResponseBody`].
pub type GetFloatImageResponseBody = CreateFloatImageResponseBody;
/// `GetFloatImagesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFloatImagesResponseBody {
    /// `value`.
    pub value: Option<Vec<GetFloatImagesResponseBodyValue>>,
}
rt::impl_deserialize! {
    GetFloatImagesResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFloatImagesResponseBody { "value" => optional(value) }
}
/// `GetImportDocumentMarkResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetImportDocumentMarkResponseBody {
    /// `result`.
    pub result: Option<GetImportDocumentMarkResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetImportDocumentMarkResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetImportDocumentMarkResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetRangeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRangeResponseBody {
    /// `backgroundColors`.
    pub background_colors: Option<Vec<Vec<GetRangeResponseBodyBackgroundColors>>>,
    /// `complexValues`.
    pub complex_values: Option<Vec<Vec<rt::serde_json::Value>>>,
    /// `displayValues`.
    pub display_values: Option<Vec<Vec<String>>>,
    /// `fontSizes`.
    pub font_sizes: Option<Vec<Vec<i64>>>,
    /// `fontWeights`.
    pub font_weights: Option<Vec<Vec<String>>>,
    /// `formulas`.
    pub formulas: Option<Vec<Vec<String>>>,
    /// `horizontalAlignments`.
    pub horizontal_alignments: Option<Vec<Vec<String>>>,
    /// `hyperlinks`.
    pub hyperlinks: Option<Vec<Vec<GetRangeResponseBodyHyperlinks>>>,
    /// `values`.
    pub values: Option<Vec<Vec<rt::serde_json::Value>>>,
    /// `verticalAlignments`.
    pub vertical_alignments: Option<Vec<Vec<String>>>,
}
rt::impl_deserialize! {
    GetRangeResponseBody { "backgroundColors" => read_field(background_colors),
    "complexValues" => read_field(complex_values), "displayValues" =>
    read_field(display_values), "fontSizes" => read_field(font_sizes), "fontWeights" =>
    read_field(font_weights), "formulas" => read_field(formulas), "horizontalAlignments"
    => read_field(horizontal_alignments), "hyperlinks" => read_field(hyperlinks),
    "values" => read_field(values), "verticalAlignments" =>
    read_field(vertical_alignments) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRangeResponseBody { "backgroundColors" => optional(background_colors),
    "complexValues" => optional(complex_values), "displayValues" =>
    optional(display_values), "fontSizes" => optional(font_sizes), "fontWeights" =>
    optional(font_weights), "formulas" => optional(formulas), "horizontalAlignments" =>
    optional(horizontal_alignments), "hyperlinks" => optional(hyperlinks), "values" =>
    optional(values), "verticalAlignments" => optional(vertical_alignments) }
}
/// `GetRecentEditDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<GetRecentEditDocsResponseBodyRecentList>>,
}
rt::impl_deserialize! {
    GetRecentEditDocsResponseBody { "nextToken" => read_field(next_token), "recentList"
    => read_field(recent_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentEditDocsResponseBody { "nextToken" => optional(next_token), "recentList" =>
    optional(recent_list) }
}
/// `GetRecentOpenDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentOpenDocsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<GetRecentOpenDocsResponseBodyRecentList>>,
}
rt::impl_deserialize! {
    GetRecentOpenDocsResponseBody { "nextToken" => read_field(next_token), "recentList"
    => read_field(recent_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentOpenDocsResponseBody { "nextToken" => optional(next_token), "recentList" =>
    optional(recent_list) }
}
/// `GetRelatedWorkspacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedWorkspacesResponseBody {
    /// `workspaces`.
    pub workspaces: Option<Vec<GetRelatedWorkspacesResponseBodyWorkspaces>>,
}
rt::impl_deserialize! {
    GetRelatedWorkspacesResponseBody { "workspaces" => read_field(workspaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedWorkspacesResponseBody { "workspaces" => optional(workspaces) }
}
/// `GetResourceDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResourceDownloadInfoResponseBody {
    /// `result`.
    pub result: Option<GetResourceDownloadInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetResourceDownloadInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResourceDownloadInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetResourceUploadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResourceUploadInfoResponseBody {
    /// `result`.
    pub result: Option<GetResourceUploadInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetResourceUploadInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResourceUploadInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetSheetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSheetResponseBody {
    /// `columnCount`.
    pub column_count: Option<i64>,
    /// `frozenColumnCount`.
    pub frozen_column_count: Option<i64>,
    /// `frozenRowCount`.
    pub frozen_row_count: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `lastNonEmptyColumn`.
    pub last_non_empty_column: Option<i64>,
    /// `lastNonEmptyRow`.
    pub last_non_empty_row: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `rowCount`.
    pub row_count: Option<i64>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    GetSheetResponseBody { "columnCount" => read_field(column_count), "frozenColumnCount"
    => read_field(frozen_column_count), "frozenRowCount" => read_field(frozen_row_count),
    "id" => read_field(id), "lastNonEmptyColumn" => read_field(last_non_empty_column),
    "lastNonEmptyRow" => read_field(last_non_empty_row), "name" => read_field(name),
    "rowCount" => read_field(row_count), "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSheetResponseBody { "columnCount" => optional(column_count), "frozenColumnCount"
    => optional(frozen_column_count), "frozenRowCount" => optional(frozen_row_count),
    "id" => optional(id), "lastNonEmptyColumn" => optional(last_non_empty_column),
    "lastNonEmptyRow" => optional(last_non_empty_row), "name" => optional(name),
    "rowCount" => optional(row_count), "visibility" => optional(visibility) }
}
/// `GetTemplateByIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTemplateByIdResponseBody {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `docType`.
    pub doc_type: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `templateType`.
    pub template_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    GetTemplateByIdResponseBody { "coverUrl" => read_field(cover_url), "createTime" =>
    read_field(create_time), "docType" => read_field(doc_type), "id" => read_field(id),
    "templateType" => read_field(template_type), "title" => read_field(title),
    "updateTime" => read_field(update_time), "workspaceId" => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTemplateByIdResponseBody { "coverUrl" => optional(cover_url), "createTime" =>
    optional(create_time), "docType" => optional(doc_type), "id" => optional(id),
    "templateType" => optional(template_type), "title" => optional(title), "updateTime"
    => optional(update_time), "workspaceId" => optional(workspace_id) }
}
/// `GetWorkspaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspaceResponseBody {
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `owner`.
    pub owner: Option<String>,
    /// `rootDentryUuid`.
    pub root_dentry_uuid: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetWorkspaceResponseBody { "isDeleted" => read_field(is_deleted), "owner" =>
    read_field(owner), "rootDentryUuid" => read_field(root_dentry_uuid), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspaceResponseBody { "isDeleted" => optional(is_deleted), "owner" =>
    optional(owner), "rootDentryUuid" => optional(root_dentry_uuid), "url" =>
    optional(url) }
}
/// `GetWorkspaceNodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspaceNodeResponseBody {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `nodeBO`.
    pub node_bo: Option<GetWorkspaceNodeResponseBodyNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<GetWorkspaceNodeResponseBodyWorkspaceBO>,
}
rt::impl_deserialize! {
    GetWorkspaceNodeResponseBody { "hasPermission" => read_field(has_permission),
    "nodeBO" => read_field(node_bo), "workspaceBO" => read_field(workspace_bo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspaceNodeResponseBody { "hasPermission" => optional(has_permission), "nodeBO"
    => optional(node_bo), "workspaceBO" => optional(workspace_bo) }
}
/// `AttachmentsMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AttachmentsMapValue {
    /// `uploadKey`.
    pub upload_key: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `mediaType`.
    pub media_type: Option<String>,
    /// `resourceId`.
    pub resource_id: Option<String>,
}
impl AttachmentsMapValue {
    /// An empty `AttachmentsMapValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `uploadKey`.
    pub fn upload_key(mut self, value: impl Into<String>) -> Self {
        self.upload_key = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `mediaType`.
    pub fn media_type(mut self, value: impl Into<String>) -> Self {
        self.media_type = Some(value.into());
        self
    }
    /// Sets `resourceId`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AttachmentsMapValue { "uploadKey" => optional(upload_key), "name" => optional(name),
    "mediaType" => optional(media_type), "resourceId" => optional(resource_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AttachmentsMapValue { "uploadKey" => read_field(upload_key), "name" =>
    read_field(name), "mediaType" => read_field(media_type), "resourceId" =>
    read_field(resource_id) }
}
/// `InitDocumentResponseBody`: the same model as [`DeliverNoticeCardResponseBody`].
pub type InitDocumentResponseBody = DeliverNoticeCardResponseBody;
/// `InsertBlocksRequestBlocks`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocks {
    /// `blockType`.
    pub block_type: String,
    /// `paragraph`.
    pub paragraph: Option<InsertBlocksRequestBlocksParagraph>,
}
/// The required fields of [`InsertBlocksRequestBlocks`], each named where it is set: `InsertBlocksRequestBlocks::new(InsertBlocksRequestBlocksRequired { .. })`.
pub struct InsertBlocksRequestBlocksRequired {
    /// `blockType`: see [`InsertBlocksRequestBlocks::block_type`].
    pub block_type: String,
}
impl InsertBlocksRequestBlocks {
    /// A `InsertBlocksRequestBlocks` with its required fields (`blockType`); set the others with the methods named after them.
    pub fn new(required: InsertBlocksRequestBlocksRequired) -> Self {
        let InsertBlocksRequestBlocksRequired { block_type } = required;
        Self {
            block_type,
            paragraph: None,
        }
    }
    /// Sets `paragraph`.
    pub fn paragraph(mut self, value: InsertBlocksRequestBlocksParagraph) -> Self {
        self.paragraph = Some(value);
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestBlocks { "blockType" => field(block_type), "paragraph" =>
    optional(paragraph) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestBlocks { "blockType" => read_field(block_type), "paragraph" =>
    read_field(paragraph) }
}
/// `InsertBlocksRequestLocation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertBlocksRequestLocation {
    /// `head`.
    pub head: Option<bool>,
}
impl InsertBlocksRequestLocation {
    /// An empty `InsertBlocksRequestLocation`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `head`.
    pub fn head(mut self, value: bool) -> Self {
        self.head = Some(value);
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestLocation { "head" => optional(head) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestLocation { "head" => read_field(head) }
}
/// `InsertColumnsBeforeResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type InsertColumnsBeforeResponseBody = ClearFilterCriteriaResponseBody;
/// `InsertContentRequestContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertContentRequestContent {
    /// `content`.
    pub content: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`InsertContentRequestContent`], each named where it is set: `InsertContentRequestContent::new(InsertContentRequestContentRequired { .. })`.
pub struct InsertContentRequestContentRequired {
    /// `content`: see [`InsertContentRequestContent::content`].
    pub content: String,
    /// `type`: see [`InsertContentRequestContent::r#type`](InsertContentRequestContent::type).
    pub r#type: String,
}
impl InsertContentRequestContent {
    /// A `InsertContentRequestContent` with its required fields (`content`, `type`); set the others with the methods named after them.
    pub fn new(required: InsertContentRequestContentRequired) -> Self {
        let InsertContentRequestContentRequired { content, r#type } = required;
        Self { content, r#type }
    }
}
rt::impl_serialize! {
    InsertContentRequestContent { "content" => field(content), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertContentRequestContent { "content" => read_field(content), "type" =>
    read_field(r#type) }
}
/// `InsertContentResponseBody`: the same model as [`DeliverNoticeCardResponseBody`].
pub type InsertContentResponseBody = DeliverNoticeCardResponseBody;
/// `InsertDropdownListsRequestOptions`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertDropdownListsRequestOptions {
    /// `color`.
    pub color: Option<String>,
    /// `value`.
    pub value: String,
}
/// The required fields of [`InsertDropdownListsRequestOptions`], each named where it is set: `InsertDropdownListsRequestOptions::new(InsertDropdownListsRequestOptionsRequired { .. })`.
pub struct InsertDropdownListsRequestOptionsRequired {
    /// `value`: see [`InsertDropdownListsRequestOptions::value`].
    pub value: String,
}
impl InsertDropdownListsRequestOptions {
    /// A `InsertDropdownListsRequestOptions` with its required fields (`value`); set the others with the methods named after them.
    pub fn new(required: InsertDropdownListsRequestOptionsRequired) -> Self {
        let InsertDropdownListsRequestOptionsRequired { value } = required;
        Self { color: None, value }
    }
    /// Sets `color`.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InsertDropdownListsRequestOptions { "color" => optional(color), "value" =>
    field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertDropdownListsRequestOptions { "color" => read_field(color), "value" =>
    read_field(value) }
}
/// `InsertDropdownListsResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type InsertDropdownListsResponseBody = AppendRowsResponseBody;
/// `InsertRowsBeforeResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type InsertRowsBeforeResponseBody = ClearFilterCriteriaResponseBody;
/// `ListCommentsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCommentsResponseBody {
    /// `result`.
    pub result: Option<ListCommentsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListCommentsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCommentsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTemplateResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `templateList`.
    pub template_list: Option<Vec<ListTemplateResponseBodyTemplateList>>,
}
rt::impl_deserialize! {
    ListTemplateResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "templateList" => read_field(template_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTemplateResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "templateList" => optional(template_list) }
}
/// `MergeRangeResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type MergeRangeResponseBody = AppendRowsResponseBody;
/// `RangeFindNextRequestFindOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RangeFindNextRequestFindOptions {
    /// `includeHidden`.
    pub include_hidden: Option<bool>,
    /// `matchCase`.
    pub match_case: Option<bool>,
    /// `matchEntireCell`.
    pub match_entire_cell: Option<bool>,
    /// `matchFormulaText`.
    pub match_formula_text: Option<bool>,
    /// `scope`.
    pub scope: Option<String>,
    /// `useRegExp`.
    pub use_reg_exp: Option<bool>,
}
impl RangeFindNextRequestFindOptions {
    /// An empty `RangeFindNextRequestFindOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `includeHidden`.
    pub fn include_hidden(mut self, value: bool) -> Self {
        self.include_hidden = Some(value);
        self
    }
    /// Sets `matchCase`.
    pub fn match_case(mut self, value: bool) -> Self {
        self.match_case = Some(value);
        self
    }
    /// Sets `matchEntireCell`.
    pub fn match_entire_cell(mut self, value: bool) -> Self {
        self.match_entire_cell = Some(value);
        self
    }
    /// Sets `matchFormulaText`.
    pub fn match_formula_text(mut self, value: bool) -> Self {
        self.match_formula_text = Some(value);
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// Sets `useRegExp`.
    pub fn use_reg_exp(mut self, value: bool) -> Self {
        self.use_reg_exp = Some(value);
        self
    }
}
rt::impl_serialize! {
    RangeFindNextRequestFindOptions { "includeHidden" => optional(include_hidden),
    "matchCase" => optional(match_case), "matchEntireCell" =>
    optional(match_entire_cell), "matchFormulaText" => optional(match_formula_text),
    "scope" => optional(scope), "useRegExp" => optional(use_reg_exp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RangeFindNextRequestFindOptions { "includeHidden" => read_field(include_hidden),
    "matchCase" => read_field(match_case), "matchEntireCell" =>
    read_field(match_entire_cell), "matchFormulaText" => read_field(match_formula_text),
    "scope" => read_field(scope), "useRegExp" => read_field(use_reg_exp) }
}
/// `RangeFindNextResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RangeFindNextResponseBody {
    /// `a1Notation`.
    pub a1_notation: Option<String>,
}
rt::impl_deserialize! {
    RangeFindNextResponseBody { "a1Notation" => read_field(a1_notation) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RangeFindNextResponseBody { "a1Notation" => optional(a1_notation) }
}
/// `SearchWorkspaceDocsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBody {
    /// `docs`.
    pub docs: Option<Vec<SearchWorkspaceDocsResponseBodyDocs>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    SearchWorkspaceDocsResponseBody { "docs" => read_field(docs), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchWorkspaceDocsResponseBody { "docs" => optional(docs), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `SetBorderRequestType`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetBorderRequestType {
    /// `bottom`.
    pub bottom: Option<bool>,
    /// `horizontal`.
    pub horizontal: Option<bool>,
    /// `left`.
    pub left: Option<bool>,
    /// `right`.
    pub right: Option<bool>,
    /// `top`.
    pub top: Option<bool>,
    /// `vertical`.
    pub vertical: Option<bool>,
}
impl SetBorderRequestType {
    /// An empty `SetBorderRequestType`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bottom`.
    pub fn bottom(mut self, value: bool) -> Self {
        self.bottom = Some(value);
        self
    }
    /// Sets `horizontal`.
    pub fn horizontal(mut self, value: bool) -> Self {
        self.horizontal = Some(value);
        self
    }
    /// Sets `left`.
    pub fn left(mut self, value: bool) -> Self {
        self.left = Some(value);
        self
    }
    /// Sets `right`.
    pub fn right(mut self, value: bool) -> Self {
        self.right = Some(value);
        self
    }
    /// Sets `top`.
    pub fn top(mut self, value: bool) -> Self {
        self.top = Some(value);
        self
    }
    /// Sets `vertical`.
    pub fn vertical(mut self, value: bool) -> Self {
        self.vertical = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetBorderRequestType { "bottom" => optional(bottom), "horizontal" =>
    optional(horizontal), "left" => optional(left), "right" => optional(right), "top" =>
    optional(top), "vertical" => optional(vertical) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetBorderRequestType { "bottom" => read_field(bottom), "horizontal" =>
    read_field(horizontal), "left" => read_field(left), "right" => read_field(right),
    "top" => read_field(top), "vertical" => read_field(vertical) }
}
/// `SetBorderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetBorderResponseBody {
    /// `data`.
    pub data: Option<rt::serde_json::Value>,
}
rt::impl_deserialize! {
    SetBorderResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetBorderResponseBody { "data" => optional(data) }
}
/// `SetColumnWidthResponseBody`, a model several operations share: also named [`SetColumnsWidthResponseBody`], [`SetRowHeightResponseBody`], [`SetRowsHeightResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetColumnWidthResponseBody {
    /// `sheetId`.
    pub sheet_id: Option<String>,
    /// `sheetName`.
    pub sheet_name: Option<String>,
}
rt::impl_deserialize! {
    SetColumnWidthResponseBody { "sheetId" => read_field(sheet_id), "sheetName" =>
    read_field(sheet_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetColumnWidthResponseBody { "sheetId" => optional(sheet_id), "sheetName" =>
    optional(sheet_name) }
}
/// `SetColumnsVisibilityResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetColumnsVisibilityResponseBody = ClearFilterCriteriaResponseBody;
/// `SetColumnsWidthResponseBody`: the same model as [`SetColumnWidthResponseBody`].
pub type SetColumnsWidthResponseBody = SetColumnWidthResponseBody;
/// `SetFilterCriteriaRequestFilterCriteria`, a model several operations share: also named [`SetFilterViewCriteriaRequestFilterCriteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetFilterCriteriaRequestFilterCriteria {
    /// `backgroundColor`.
    pub background_color: Option<String>,
    /// `conditionOperator`.
    pub condition_operator: Option<String>,
    /// `conditions`.
    pub conditions: Option<Vec<SetFilterCriteriaRequestFilterCriteriaConditions>>,
    /// `filterType`.
    pub filter_type: String,
    /// `fontColor`.
    pub font_color: Option<String>,
    /// `visibleValues`.
    pub visible_values: Option<Vec<String>>,
}
/// The required fields of [`SetFilterCriteriaRequestFilterCriteria`], each named where it is set: `SetFilterCriteriaRequestFilterCriteria::new(SetFilterCriteriaRequestFilterCriteriaRequired { .. })`.
pub struct SetFilterCriteriaRequestFilterCriteriaRequired {
    /// `filterType`: see [`SetFilterCriteriaRequestFilterCriteria::filter_type`].
    pub filter_type: String,
}
impl SetFilterCriteriaRequestFilterCriteria {
    /// A `SetFilterCriteriaRequestFilterCriteria` with its required fields (`filterType`); set the others with the methods named after them.
    pub fn new(required: SetFilterCriteriaRequestFilterCriteriaRequired) -> Self {
        let SetFilterCriteriaRequestFilterCriteriaRequired { filter_type } = required;
        Self {
            background_color: None,
            condition_operator: None,
            conditions: None,
            filter_type,
            font_color: None,
            visible_values: None,
        }
    }
    /// Sets `backgroundColor`.
    pub fn background_color(mut self, value: impl Into<String>) -> Self {
        self.background_color = Some(value.into());
        self
    }
    /// Sets `conditionOperator`.
    pub fn condition_operator(mut self, value: impl Into<String>) -> Self {
        self.condition_operator = Some(value.into());
        self
    }
    /// Sets `conditions`.
    pub fn conditions(
        mut self,
        value: impl IntoIterator<Item = SetFilterCriteriaRequestFilterCriteriaConditions>,
    ) -> Self {
        self.conditions = Some(value.into_iter().collect());
        self
    }
    /// Sets `fontColor`.
    pub fn font_color(mut self, value: impl Into<String>) -> Self {
        self.font_color = Some(value.into());
        self
    }
    /// Sets `visibleValues`.
    pub fn visible_values(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.visible_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SetFilterCriteriaRequestFilterCriteria { "backgroundColor" =>
    optional(background_color), "conditionOperator" => optional(condition_operator),
    "conditions" => optional(conditions), "filterType" => field(filter_type), "fontColor"
    => optional(font_color), "visibleValues" => optional(visible_values) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetFilterCriteriaRequestFilterCriteria { "backgroundColor" =>
    read_field(background_color), "conditionOperator" => read_field(condition_operator),
    "conditions" => read_field(conditions), "filterType" => read_field(filter_type),
    "fontColor" => read_field(font_color), "visibleValues" => read_field(visible_values)
    }
}
/// `SetFilterCriteriaResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetFilterCriteriaResponseBody = ClearFilterCriteriaResponseBody;
/// `SetFilterViewCriteriaRequestFilterCriteria`: the same model as [`SetFilterCriteriaRequestFilterCriteria`].
pub type SetFilterViewCriteriaRequestFilterCriteria = SetFilterCriteriaRequestFilterCriteria;
/// The required fields of [`SetFilterViewCriteriaRequestFilterCriteria`].
pub type SetFilterViewCriteriaRequestFilterCriteriaRequired = SetFilterCriteriaRequestFilterCriteriaRequired;
/// `SetFilterViewCriteriaResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetFilterViewCriteriaResponseBody = ClearFilterCriteriaResponseBody;
/// `SetRowHeightResponseBody`: the same model as [`SetColumnWidthResponseBody`].
pub type SetRowHeightResponseBody = SetColumnWidthResponseBody;
/// `SetRowsHeightResponseBody`: the same model as [`SetColumnWidthResponseBody`].
pub type SetRowsHeightResponseBody = SetColumnWidthResponseBody;
/// `SetRowsVisibilityResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetRowsVisibilityResponseBody = ClearFilterCriteriaResponseBody;
/// `SheetAutofitRowsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SheetAutofitRowsResponseBody {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    SheetAutofitRowsResponseBody { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SheetAutofitRowsResponseBody { "id" => optional(id) }
}
/// `SheetFindAllRequestFindOptions`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SheetFindAllRequestFindOptions {
    /// `includeHidden`.
    pub include_hidden: Option<bool>,
    /// `matchCase`.
    pub match_case: Option<bool>,
    /// `matchEntireCell`.
    pub match_entire_cell: Option<bool>,
    /// `matchFormulaText`.
    pub match_formula_text: Option<bool>,
    /// `scope`.
    pub scope: Option<String>,
    /// `unionCells`.
    pub union_cells: bool,
    /// `useRegExp`.
    pub use_reg_exp: Option<bool>,
}
/// The required fields of [`SheetFindAllRequestFindOptions`], each named where it is set: `SheetFindAllRequestFindOptions::new(SheetFindAllRequestFindOptionsRequired { .. })`.
pub struct SheetFindAllRequestFindOptionsRequired {
    /// `unionCells`: see [`SheetFindAllRequestFindOptions::union_cells`].
    pub union_cells: bool,
}
impl SheetFindAllRequestFindOptions {
    /// A `SheetFindAllRequestFindOptions` with its required fields (`unionCells`); set the others with the methods named after them.
    pub fn new(required: SheetFindAllRequestFindOptionsRequired) -> Self {
        let SheetFindAllRequestFindOptionsRequired { union_cells } = required;
        Self {
            include_hidden: None,
            match_case: None,
            match_entire_cell: None,
            match_formula_text: None,
            scope: None,
            union_cells,
            use_reg_exp: None,
        }
    }
    /// Sets `includeHidden`.
    pub fn include_hidden(mut self, value: bool) -> Self {
        self.include_hidden = Some(value);
        self
    }
    /// Sets `matchCase`.
    pub fn match_case(mut self, value: bool) -> Self {
        self.match_case = Some(value);
        self
    }
    /// Sets `matchEntireCell`.
    pub fn match_entire_cell(mut self, value: bool) -> Self {
        self.match_entire_cell = Some(value);
        self
    }
    /// Sets `matchFormulaText`.
    pub fn match_formula_text(mut self, value: bool) -> Self {
        self.match_formula_text = Some(value);
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// Sets `useRegExp`.
    pub fn use_reg_exp(mut self, value: bool) -> Self {
        self.use_reg_exp = Some(value);
        self
    }
}
rt::impl_serialize! {
    SheetFindAllRequestFindOptions { "includeHidden" => optional(include_hidden),
    "matchCase" => optional(match_case), "matchEntireCell" =>
    optional(match_entire_cell), "matchFormulaText" => optional(match_formula_text),
    "scope" => optional(scope), "unionCells" => field(union_cells), "useRegExp" =>
    optional(use_reg_exp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SheetFindAllRequestFindOptions { "includeHidden" => read_field(include_hidden),
    "matchCase" => read_field(match_case), "matchEntireCell" =>
    read_field(match_entire_cell), "matchFormulaText" => read_field(match_formula_text),
    "scope" => read_field(scope), "unionCells" => read_field(union_cells), "useRegExp" =>
    read_field(use_reg_exp) }
}
/// `SheetFindAllResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SheetFindAllResponseBody {
    /// `value`.
    pub value: Option<Vec<SheetFindAllResponseBodyValue>>,
}
rt::impl_deserialize! {
    SheetFindAllResponseBody { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SheetFindAllResponseBody { "value" => optional(value) }
}
/// `SortFilterRequestField`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SortFilterRequestField {
    /// `ascending`.
    pub ascending: Option<bool>,
    /// `column`.
    pub column: i64,
}
/// The required fields of [`SortFilterRequestField`], each named where it is set: `SortFilterRequestField::new(SortFilterRequestFieldRequired { .. })`.
pub struct SortFilterRequestFieldRequired {
    /// `column`: see [`SortFilterRequestField::column`].
    pub column: i64,
}
impl SortFilterRequestField {
    /// A `SortFilterRequestField` with its required fields (`column`); set the others with the methods named after them.
    pub fn new(required: SortFilterRequestFieldRequired) -> Self {
        let SortFilterRequestFieldRequired { column } = required;
        Self { ascending: None, column }
    }
    /// Sets `ascending`.
    pub fn ascending(mut self, value: bool) -> Self {
        self.ascending = Some(value);
        self
    }
}
rt::impl_serialize! {
    SortFilterRequestField { "ascending" => optional(ascending), "column" =>
    field(column) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SortFilterRequestField { "ascending" => read_field(ascending), "column" =>
    read_field(column) }
}
/// `SortFilterResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SortFilterResponseBody = ClearFilterCriteriaResponseBody;
/// `UnbindCoolAppToSheetResponseBody`: the same model as [`BindCoolAppToSheetResponseBody`].
pub type UnbindCoolAppToSheetResponseBody = BindCoolAppToSheetResponseBody;
/// `UpdateFilterResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type UpdateFilterResponseBody = ClearFilterCriteriaResponseBody;
/// `UpdateFilterViewResponseBody`: the same model as [`CreateFilterViewResponseBody`].
pub type UpdateFilterViewResponseBody = CreateFilterViewResponseBody;
/// `UpdateFloatImageRequestAnchor`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateFloatImageRequestAnchor {
    /// `col`.
    pub col: Option<i64>,
    /// `row`.
    pub row: Option<i64>,
}
impl UpdateFloatImageRequestAnchor {
    /// An empty `UpdateFloatImageRequestAnchor`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `col`.
    pub fn col(mut self, value: i64) -> Self {
        self.col = Some(value);
        self
    }
    /// Sets `row`.
    pub fn row(mut self, value: i64) -> Self {
        self.row = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateFloatImageRequestAnchor { "col" => optional(col), "row" => optional(row) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFloatImageRequestAnchor { "col" => read_field(col), "row" => read_field(row) }
}
/// `UpdateFloatImageRequestCoordinate`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateFloatImageRequestCoordinate {
    /// `height`.
    pub height: Option<f64>,
    /// `offsetX`.
    pub offset_x: Option<f64>,
    /// `offsetY`.
    pub offset_y: Option<f64>,
    /// `width`.
    pub width: Option<f64>,
}
impl UpdateFloatImageRequestCoordinate {
    /// An empty `UpdateFloatImageRequestCoordinate`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `height`.
    pub fn height(mut self, value: f64) -> Self {
        self.height = Some(value);
        self
    }
    /// Sets `offsetX`.
    pub fn offset_x(mut self, value: f64) -> Self {
        self.offset_x = Some(value);
        self
    }
    /// Sets `offsetY`.
    pub fn offset_y(mut self, value: f64) -> Self {
        self.offset_y = Some(value);
        self
    }
    /// Sets `width`.
    pub fn width(mut self, value: f64) -> Self {
        self.width = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateFloatImageRequestCoordinate { "height" => optional(height), "offsetX" =>
    optional(offset_x), "offsetY" => optional(offset_y), "width" => optional(width) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFloatImageRequestCoordinate { "height" => read_field(height), "offsetX" =>
    read_field(offset_x), "offsetY" => read_field(offset_y), "width" => read_field(width)
    }
}
/// `UpdateFloatImageResponseBody`: the same model as [`CreateFloatImageResponseBody`].
pub type UpdateFloatImageResponseBody = CreateFloatImageResponseBody;
/// `UpdateRangeRequestHyperlinks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateRangeRequestHyperlinks {
    /// `type`.
    pub r#type: Option<String>,
    /// `link`.
    pub link: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
impl UpdateRangeRequestHyperlinks {
    /// An empty `UpdateRangeRequestHyperlinks`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateRangeRequestHyperlinks { "type" => optional(r#type), "link" => optional(link),
    "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRangeRequestHyperlinks { "type" => read_field(r#type), "link" =>
    read_field(link), "text" => read_field(text) }
}
/// `UpdateRangeResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type UpdateRangeResponseBody = AppendRowsResponseBody;
/// `UpdateSheetResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type UpdateSheetResponseBody = ClearFilterCriteriaResponseBody;
/// `UpdateWorkspaceDocMembersRequestMembers`: the same model as [`AddWorkspaceDocMembersRequestMembers`].
pub type UpdateWorkspaceDocMembersRequestMembers = AddWorkspaceDocMembersRequestMembers;
/// The required fields of [`UpdateWorkspaceDocMembersRequestMembers`].
pub type UpdateWorkspaceDocMembersRequestMembersRequired = AddWorkspaceDocMembersRequestMembersRequired;
/// `UpdateWorkspaceMembersRequestMembers`: the same model as [`AddWorkspaceDocMembersRequestMembers`].
pub type UpdateWorkspaceMembersRequestMembers = AddWorkspaceDocMembersRequestMembers;
/// The required fields of [`UpdateWorkspaceMembersRequestMembers`].
pub type UpdateWorkspaceMembersRequestMembersRequired = AddWorkspaceDocMembersRequestMembersRequired;
/// `AddCommentResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCommentResponseBodyResult {
    /// `commentId`.
    pub comment_id: Option<String>,
}
rt::impl_deserialize! {
    AddCommentResponseBodyResult { "commentId" => read_field(comment_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCommentResponseBodyResult { "commentId" => optional(comment_id) }
}
/// `BatchGetWorkspaceDocsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsResponseBodyResult {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `nodeBO`.
    pub node_bo: Option<BatchGetWorkspaceDocsResponseBodyResultNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO>,
}
rt::impl_deserialize! {
    BatchGetWorkspaceDocsResponseBodyResult { "hasPermission" =>
    read_field(has_permission), "nodeBO" => read_field(node_bo), "workspaceBO" =>
    read_field(workspace_bo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspaceDocsResponseBodyResult { "hasPermission" =>
    optional(has_permission), "nodeBO" => optional(node_bo), "workspaceBO" =>
    optional(workspace_bo) }
}
/// `BatchGetWorkspacesResponseBodyWorkspaces`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspacesResponseBodyWorkspaces {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `workspace`.
    pub workspace: Option<BatchGetWorkspacesResponseBodyWorkspacesWorkspace>,
}
rt::impl_deserialize! {
    BatchGetWorkspacesResponseBodyWorkspaces { "hasPermission" =>
    read_field(has_permission), "workspace" => read_field(workspace) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspacesResponseBodyWorkspaces { "hasPermission" =>
    optional(has_permission), "workspace" => optional(workspace) }
}
/// `BatchOperateResponseBodyResult`, a model several operations share: also named [`DocBlocksQueryResponseBodyResult`], [`DocSlotsQueryResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchOperateResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    BatchOperateResponseBodyResult { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchOperateResponseBodyResult { "data" => optional(data) }
}
/// `CriteriaValueConditions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CriteriaValueConditions {
    /// `operator`.
    pub operator: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl CriteriaValueConditions {
    /// An empty `CriteriaValueConditions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CriteriaValueConditions { "operator" => optional(operator), "value" =>
    optional(value) }
}
rt::impl_deserialize! {
    CriteriaValueConditions { "operator" => read_field(operator), "value" =>
    read_field(value) }
}
/// `CreateFloatImageResponseBodyResult`, a model several operations share: also named [`GetFloatImageResponseBodyResult`], [`GetFloatImagesResponseBodyValue`], [`UpdateFloatImageResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFloatImageResponseBodyResult {
    /// `anchor`.
    pub anchor: Option<CreateFloatImageResponseBodyResultAnchor>,
    /// `coordinate`.
    pub coordinate: Option<CreateFloatImageResponseBodyResultCoordinate>,
    /// `id`.
    pub id: Option<String>,
    /// `src`.
    pub src: Option<String>,
}
rt::impl_deserialize! {
    CreateFloatImageResponseBodyResult { "anchor" => read_field(anchor), "coordinate" =>
    read_field(coordinate), "id" => read_field(id), "src" => read_field(src) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFloatImageResponseBodyResult { "anchor" => optional(anchor), "coordinate" =>
    optional(coordinate), "id" => optional(id), "src" => optional(src) }
}
/// `DocAppendParagraphResponseBodyResult`, a model several operations share: also named [`DocAppendTextResponseBodyResult`], [`DocDeleteBlockResponseBodyResult`], [`DocInsertBlocksResponseBodyResult`], [`DocUpdateContentResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocAppendParagraphResponseBodyResult {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    DocAppendParagraphResponseBodyResult { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocAppendParagraphResponseBodyResult { "data" => optional(data) }
}
/// `DocAppendTextResponseBodyResult`: the same model as [`DocAppendParagraphResponseBodyResult`].
pub type DocAppendTextResponseBodyResult = DocAppendParagraphResponseBodyResult;
/// `DocBlocksModifyResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocBlocksModifyResponseBodyResult {
    /// `result`.
    pub result: Option<Vec<rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    DocBlocksModifyResponseBodyResult { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocBlocksModifyResponseBodyResult { "result" => optional(result) }
}
/// `DocBlocksQueryResponseBodyResult`: the same model as [`BatchOperateResponseBodyResult`].
pub type DocBlocksQueryResponseBodyResult = BatchOperateResponseBodyResult;
/// `DocDeleteBlockResponseBodyResult`: the same model as [`DocAppendParagraphResponseBodyResult`].
pub type DocDeleteBlockResponseBodyResult = DocAppendParagraphResponseBodyResult;
/// `DocElementsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocElementsResponseBodyResult {
    /// `elements`.
    pub elements: Option<Vec<String>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<String>,
}
rt::impl_deserialize! {
    DocElementsResponseBodyResult { "elements" => read_field(elements), "hasMore" =>
    read_field(has_more), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocElementsResponseBodyResult { "elements" => optional(elements), "hasMore" =>
    optional(has_more), "nextCursor" => optional(next_cursor) }
}
/// `DocExportResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocExportResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<i64>,
}
rt::impl_deserialize! {
    DocExportResponseBodyResult { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocExportResponseBodyResult { "taskId" => optional(task_id) }
}
/// `DocExportSnapshotResponseBodyResult`, a model several operations share: also named [`DocSlotsModifyResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocExportSnapshotResponseBodyResult {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    DocExportSnapshotResponseBodyResult { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DocExportSnapshotResponseBodyResult { "data" => optional(data) }
}
/// `DocInsertBlocksResponseBodyResult`: the same model as [`DocAppendParagraphResponseBodyResult`].
pub type DocInsertBlocksResponseBodyResult = DocAppendParagraphResponseBodyResult;
/// `DocSlotsModifyResponseBodyResult`: the same model as [`DocExportSnapshotResponseBodyResult`].
pub type DocSlotsModifyResponseBodyResult = DocExportSnapshotResponseBodyResult;
/// `DocSlotsQueryResponseBodyResult`: the same model as [`BatchOperateResponseBodyResult`].
pub type DocSlotsQueryResponseBodyResult = BatchOperateResponseBodyResult;
/// `DocUpdateContentResponseBodyResult`: the same model as [`DocAppendParagraphResponseBodyResult`].
pub type DocUpdateContentResponseBodyResult = DocAppendParagraphResponseBodyResult;
/// `GetAllSheetsResponseBodyValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBodyValue {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetAllSheetsResponseBodyValue { "id" => read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAllSheetsResponseBodyValue { "id" => optional(id), "name" => optional(name) }
}
/// `GetDeveloperMetadataResponseBodyAssociatedColumn`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeveloperMetadataResponseBodyAssociatedColumn {
    /// `column`.
    pub column: Option<i64>,
    /// `sheetId`.
    pub sheet_id: Option<String>,
}
rt::impl_deserialize! {
    GetDeveloperMetadataResponseBodyAssociatedColumn { "column" => read_field(column),
    "sheetId" => read_field(sheet_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeveloperMetadataResponseBodyAssociatedColumn { "column" => optional(column),
    "sheetId" => optional(sheet_id) }
}
/// `GetDeveloperMetadataResponseBodyAssociatedRow`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeveloperMetadataResponseBodyAssociatedRow {
    /// `row`.
    pub row: Option<i64>,
    /// `sheetId`.
    pub sheet_id: Option<String>,
}
rt::impl_deserialize! {
    GetDeveloperMetadataResponseBodyAssociatedRow { "row" => read_field(row), "sheetId"
    => read_field(sheet_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeveloperMetadataResponseBodyAssociatedRow { "row" => optional(row), "sheetId" =>
    optional(sheet_id) }
}
/// `GetFilterViewsResponseBodyFilterViews`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFilterViewsResponseBodyFilterViews {
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, FilterViewsCriteriaValue>>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `range`.
    pub range: Option<String>,
}
rt::impl_deserialize! {
    GetFilterViewsResponseBodyFilterViews { "criteria" => read_field(criteria), "id" =>
    read_field(id), "name" => read_field(name), "range" => read_field(range) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFilterViewsResponseBodyFilterViews { "criteria" => optional(criteria), "id" =>
    optional(id), "name" => optional(name), "range" => optional(range) }
}
/// `GetFloatImageResponseBodyResult`: the same model as [`CreateFloatImageResponseBodyResult`].
pub type GetFloatImageResponseBodyResult = CreateFloatImageResponseBodyResult;
/// `GetFloatImagesResponseBodyValue`: the same model as [`CreateFloatImageResponseBodyResult`].
pub type GetFloatImagesResponseBodyValue = CreateFloatImageResponseBodyResult;
/// `GetImportDocumentMarkResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetImportDocumentMarkResponseBodyResult {
    /// `docId`.
    pub doc_id: Option<String>,
    /// `markMap`.
    pub mark_map: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    GetImportDocumentMarkResponseBodyResult { "docId" => read_field(doc_id), "markMap" =>
    read_field(mark_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetImportDocumentMarkResponseBodyResult { "docId" => optional(doc_id), "markMap" =>
    optional(mark_map) }
}
/// `GetRangeResponseBodyBackgroundColors`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRangeResponseBodyBackgroundColors {
    /// `red`.
    pub red: Option<i64>,
    /// `green`.
    pub green: Option<i64>,
    /// `blue`.
    pub blue: Option<i64>,
    /// `hexString`.
    pub hex_string: Option<String>,
}
rt::impl_deserialize! {
    GetRangeResponseBodyBackgroundColors { "red" => read_field(red), "green" =>
    read_field(green), "blue" => read_field(blue), "hexString" => read_field(hex_string)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRangeResponseBodyBackgroundColors { "red" => optional(red), "green" =>
    optional(green), "blue" => optional(blue), "hexString" => optional(hex_string) }
}
/// `GetRangeResponseBodyHyperlinks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRangeResponseBodyHyperlinks {
    /// `type`.
    pub r#type: Option<String>,
    /// `link`.
    pub link: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
rt::impl_deserialize! {
    GetRangeResponseBodyHyperlinks { "type" => read_field(r#type), "link" =>
    read_field(link), "text" => read_field(text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRangeResponseBodyHyperlinks { "type" => optional(r#type), "link" =>
    optional(link), "text" => optional(text) }
}
/// `GetRecentEditDocsResponseBodyRecentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBodyRecentList {
    /// `nodeBO`.
    pub node_bo: Option<GetRecentEditDocsResponseBodyRecentListNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<GetRecentEditDocsResponseBodyRecentListWorkspaceBO>,
}
rt::impl_deserialize! {
    GetRecentEditDocsResponseBodyRecentList { "nodeBO" => read_field(node_bo),
    "workspaceBO" => read_field(workspace_bo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentEditDocsResponseBodyRecentList { "nodeBO" => optional(node_bo),
    "workspaceBO" => optional(workspace_bo) }
}
/// `GetRecentOpenDocsResponseBodyRecentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentOpenDocsResponseBodyRecentList {
    /// `nodeBO`.
    pub node_bo: Option<GetRecentOpenDocsResponseBodyRecentListNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<GetRecentOpenDocsResponseBodyRecentListWorkspaceBO>,
}
rt::impl_deserialize! {
    GetRecentOpenDocsResponseBodyRecentList { "nodeBO" => read_field(node_bo),
    "workspaceBO" => read_field(workspace_bo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentOpenDocsResponseBodyRecentList { "nodeBO" => optional(node_bo),
    "workspaceBO" => optional(workspace_bo) }
}
/// `GetRelatedWorkspacesResponseBodyWorkspaces`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedWorkspacesResponseBodyWorkspaces {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `owner`.
    pub owner: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<GetRelatedWorkspacesResponseBodyWorkspacesRecentList>>,
    /// `role`.
    pub role: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    GetRelatedWorkspacesResponseBodyWorkspaces { "createTime" => read_field(create_time),
    "deleted" => read_field(deleted), "name" => read_field(name), "owner" =>
    read_field(owner), "recentList" => read_field(recent_list), "role" =>
    read_field(role), "url" => read_field(url), "workspaceId" => read_field(workspace_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedWorkspacesResponseBodyWorkspaces { "createTime" => optional(create_time),
    "deleted" => optional(deleted), "name" => optional(name), "owner" => optional(owner),
    "recentList" => optional(recent_list), "role" => optional(role), "url" =>
    optional(url), "workspaceId" => optional(workspace_id) }
}
/// `GetResourceDownloadInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResourceDownloadInfoResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `resourceName`.
    pub resource_name: Option<String>,
    /// `size`.
    pub size: Option<i64>,
}
rt::impl_deserialize! {
    GetResourceDownloadInfoResponseBodyResult { "downloadUrl" =>
    read_field(download_url), "resourceName" => read_field(resource_name), "size" =>
    read_field(size) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResourceDownloadInfoResponseBodyResult { "downloadUrl" => optional(download_url),
    "resourceName" => optional(resource_name), "size" => optional(size) }
}
/// `GetResourceUploadInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResourceUploadInfoResponseBodyResult {
    /// `resourceId`.
    pub resource_id: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
rt::impl_deserialize! {
    GetResourceUploadInfoResponseBodyResult { "resourceId" => read_field(resource_id),
    "resourceUrl" => read_field(resource_url), "uploadUrl" => read_field(upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResourceUploadInfoResponseBodyResult { "resourceId" => optional(resource_id),
    "resourceUrl" => optional(resource_url), "uploadUrl" => optional(upload_url) }
}
/// `GetWorkspaceNodeResponseBodyNodeBO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspaceNodeResponseBodyNodeBO {
    /// `docType`.
    pub doc_type: Option<String>,
    /// `lastEditTime`.
    pub last_edit_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetWorkspaceNodeResponseBodyNodeBO { "docType" => read_field(doc_type),
    "lastEditTime" => read_field(last_edit_time), "name" => read_field(name), "nodeId" =>
    read_field(node_id), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspaceNodeResponseBodyNodeBO { "docType" => optional(doc_type), "lastEditTime"
    => optional(last_edit_time), "name" => optional(name), "nodeId" => optional(node_id),
    "url" => optional(url) }
}
/// `GetWorkspaceNodeResponseBodyWorkspaceBO`, a model several operations share: also named [`BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspaceNodeResponseBodyWorkspaceBO {
    /// `name`.
    pub name: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    GetWorkspaceNodeResponseBodyWorkspaceBO { "name" => read_field(name), "workspaceId"
    => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspaceNodeResponseBodyWorkspaceBO { "name" => optional(name), "workspaceId" =>
    optional(workspace_id) }
}
/// `InsertBlocksRequestBlocksParagraph`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraph {
    /// `children`.
    pub children: Option<Vec<InsertBlocksRequestBlocksParagraphChildren>>,
    /// `style`.
    pub style: Option<InsertBlocksRequestBlocksParagraphStyle>,
}
impl InsertBlocksRequestBlocksParagraph {
    /// An empty `InsertBlocksRequestBlocksParagraph`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `children`.
    pub fn children(
        mut self,
        value: impl IntoIterator<Item = InsertBlocksRequestBlocksParagraphChildren>,
    ) -> Self {
        self.children = Some(value.into_iter().collect());
        self
    }
    /// Sets `style`.
    pub fn style(mut self, value: InsertBlocksRequestBlocksParagraphStyle) -> Self {
        self.style = Some(value);
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestBlocksParagraph { "children" => optional(children), "style" =>
    optional(style) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestBlocksParagraph { "children" => read_field(children), "style" =>
    read_field(style) }
}
/// `ListCommentsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCommentsResponseBodyResult {
    /// `commentList`.
    pub comment_list: Option<Vec<ListCommentsResponseBodyResultCommentList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListCommentsResponseBodyResult { "commentList" => read_field(comment_list), "hasMore"
    => read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCommentsResponseBodyResult { "commentList" => optional(comment_list), "hasMore"
    => optional(has_more), "nextToken" => optional(next_token) }
}
/// `ListTemplateResponseBodyTemplateList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTemplateResponseBodyTemplateList {
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `docType`.
    pub doc_type: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `templateType`.
    pub template_type: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    ListTemplateResponseBodyTemplateList { "coverUrl" => read_field(cover_url),
    "createTime" => read_field(create_time), "docType" => read_field(doc_type), "id" =>
    read_field(id), "templateType" => read_field(template_type), "title" =>
    read_field(title), "updateTime" => read_field(update_time), "workspaceId" =>
    read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTemplateResponseBodyTemplateList { "coverUrl" => optional(cover_url),
    "createTime" => optional(create_time), "docType" => optional(doc_type), "id" =>
    optional(id), "templateType" => optional(template_type), "title" => optional(title),
    "updateTime" => optional(update_time), "workspaceId" => optional(workspace_id) }
}
/// `SearchWorkspaceDocsResponseBodyDocs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBodyDocs {
    /// `nodeBO`.
    pub node_bo: Option<SearchWorkspaceDocsResponseBodyDocsNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<SearchWorkspaceDocsResponseBodyDocsWorkspaceBO>,
}
rt::impl_deserialize! {
    SearchWorkspaceDocsResponseBodyDocs { "nodeBO" => read_field(node_bo), "workspaceBO"
    => read_field(workspace_bo) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchWorkspaceDocsResponseBodyDocs { "nodeBO" => optional(node_bo), "workspaceBO" =>
    optional(workspace_bo) }
}
/// `SetFilterCriteriaRequestFilterCriteriaConditions`, a model several operations share: also named [`SetFilterViewCriteriaRequestFilterCriteriaConditions`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetFilterCriteriaRequestFilterCriteriaConditions {
    /// `operator`.
    pub operator: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl SetFilterCriteriaRequestFilterCriteriaConditions {
    /// An empty `SetFilterCriteriaRequestFilterCriteriaConditions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetFilterCriteriaRequestFilterCriteriaConditions { "operator" => optional(operator),
    "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetFilterCriteriaRequestFilterCriteriaConditions { "operator" =>
    read_field(operator), "value" => read_field(value) }
}
/// `SetFilterViewCriteriaRequestFilterCriteriaConditions`: the same model as [`SetFilterCriteriaRequestFilterCriteriaConditions`].
pub type SetFilterViewCriteriaRequestFilterCriteriaConditions = SetFilterCriteriaRequestFilterCriteriaConditions;
/// `SheetFindAllResponseBodyValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SheetFindAllResponseBodyValue {
    /// `a1Notation`.
    pub a1_notation: Option<String>,
    /// `values`.
    pub values: Option<Vec<Vec<rt::serde_json::Value>>>,
}
rt::impl_deserialize! {
    SheetFindAllResponseBodyValue { "a1Notation" => read_field(a1_notation), "values" =>
    read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SheetFindAllResponseBodyValue { "a1Notation" => optional(a1_notation), "values" =>
    optional(values) }
}
/// `UpdateFloatImageResponseBodyResult`: the same model as [`CreateFloatImageResponseBodyResult`].
pub type UpdateFloatImageResponseBodyResult = CreateFloatImageResponseBodyResult;
/// `BatchGetWorkspaceDocsResponseBodyResultNodeBO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsResponseBodyResultNodeBO {
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `docType`.
    pub doc_type: Option<String>,
    /// `lastEditTime`.
    pub last_edit_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    BatchGetWorkspaceDocsResponseBodyResultNodeBO { "deleted" => read_field(deleted),
    "docType" => read_field(doc_type), "lastEditTime" => read_field(last_edit_time),
    "name" => read_field(name), "nodeId" => read_field(node_id), "url" => read_field(url)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspaceDocsResponseBodyResultNodeBO { "deleted" => optional(deleted),
    "docType" => optional(doc_type), "lastEditTime" => optional(last_edit_time), "name"
    => optional(name), "nodeId" => optional(node_id), "url" => optional(url) }
}
/// `BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO`: the same model as [`GetWorkspaceNodeResponseBodyWorkspaceBO`].
pub type BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO = GetWorkspaceNodeResponseBodyWorkspaceBO;
/// `BatchGetWorkspacesResponseBodyWorkspacesWorkspace`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspacesResponseBodyWorkspacesWorkspace {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `orgPublished`.
    pub org_published: Option<bool>,
    /// `recentList`.
    pub recent_list: Option<
        Vec<BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList>,
    >,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    BatchGetWorkspacesResponseBodyWorkspacesWorkspace { "createTime" =>
    read_field(create_time), "name" => read_field(name), "orgPublished" =>
    read_field(org_published), "recentList" => read_field(recent_list), "url" =>
    read_field(url), "workspaceId" => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspacesResponseBodyWorkspacesWorkspace { "createTime" =>
    optional(create_time), "name" => optional(name), "orgPublished" =>
    optional(org_published), "recentList" => optional(recent_list), "url" =>
    optional(url), "workspaceId" => optional(workspace_id) }
}
/// `CreateFloatImageResponseBodyResultAnchor`, a model several operations share: also named [`GetFloatImageResponseBodyResultAnchor`], [`GetFloatImagesResponseBodyValueAnchor`], [`UpdateFloatImageResponseBodyResultAnchor`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFloatImageResponseBodyResultAnchor {
    /// `col`.
    pub col: Option<i64>,
    /// `row`.
    pub row: Option<i64>,
}
rt::impl_deserialize! {
    CreateFloatImageResponseBodyResultAnchor { "col" => read_field(col), "row" =>
    read_field(row) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFloatImageResponseBodyResultAnchor { "col" => optional(col), "row" =>
    optional(row) }
}
/// `CreateFloatImageResponseBodyResultCoordinate`, a model several operations share: also named [`GetFloatImageResponseBodyResultCoordinate`], [`GetFloatImagesResponseBodyValueCoordinate`], [`UpdateFloatImageResponseBodyResultCoordinate`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFloatImageResponseBodyResultCoordinate {
    /// `height`.
    pub height: Option<f64>,
    /// `offsetX`.
    pub offset_x: Option<f64>,
    /// `offsetY`.
    pub offset_y: Option<f64>,
    /// `width`.
    pub width: Option<f64>,
}
rt::impl_deserialize! {
    CreateFloatImageResponseBodyResultCoordinate { "height" => read_field(height),
    "offsetX" => read_field(offset_x), "offsetY" => read_field(offset_y), "width" =>
    read_field(width) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFloatImageResponseBodyResultCoordinate { "height" => optional(height),
    "offsetX" => optional(offset_x), "offsetY" => optional(offset_y), "width" =>
    optional(width) }
}
/// `FilterViewsCriteriaValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FilterViewsCriteriaValue {
    /// `filterType`.
    pub filter_type: Option<String>,
    /// `visibleValues`.
    pub visible_values: Option<Vec<String>>,
    /// `conditions`.
    pub conditions: Option<Vec<FilterViewsCriteriaValueConditions>>,
    /// `conditionOperator`.
    pub condition_operator: Option<String>,
    /// `backgroundColor`.
    pub background_color: Option<String>,
    /// `fontColor`.
    pub font_color: Option<String>,
}
rt::impl_deserialize! {
    FilterViewsCriteriaValue { "filterType" => read_field(filter_type), "visibleValues"
    => read_field(visible_values), "conditions" => read_field(conditions),
    "conditionOperator" => read_field(condition_operator), "backgroundColor" =>
    read_field(background_color), "fontColor" => read_field(font_color) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FilterViewsCriteriaValue { "filterType" => optional(filter_type), "visibleValues" =>
    optional(visible_values), "conditions" => optional(conditions), "conditionOperator"
    => optional(condition_operator), "backgroundColor" => optional(background_color),
    "fontColor" => optional(font_color) }
}
/// `GetFloatImageResponseBodyResultAnchor`: the same model as [`CreateFloatImageResponseBodyResultAnchor`].
pub type GetFloatImageResponseBodyResultAnchor = CreateFloatImageResponseBodyResultAnchor;
/// `GetFloatImageResponseBodyResultCoordinate`: the same model as [`CreateFloatImageResponseBodyResultCoordinate`].
pub type GetFloatImageResponseBodyResultCoordinate = CreateFloatImageResponseBodyResultCoordinate;
/// `GetFloatImagesResponseBodyValueAnchor`: the same model as [`CreateFloatImageResponseBodyResultAnchor`].
pub type GetFloatImagesResponseBodyValueAnchor = CreateFloatImageResponseBodyResultAnchor;
/// `GetFloatImagesResponseBodyValueCoordinate`: the same model as [`CreateFloatImageResponseBodyResultCoordinate`].
pub type GetFloatImagesResponseBodyValueCoordinate = CreateFloatImageResponseBodyResultCoordinate;
/// `GetRecentEditDocsResponseBodyRecentListNodeBO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBodyRecentListNodeBO {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `docType`.
    pub doc_type: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `lastEditTime`.
    pub last_edit_time: Option<i64>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `nodeName`.
    pub node_name: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetRecentEditDocsResponseBodyRecentListNodeBO { "createTime" =>
    read_field(create_time), "docType" => read_field(doc_type), "isDeleted" =>
    read_field(is_deleted), "lastEditTime" => read_field(last_edit_time), "nodeId" =>
    read_field(node_id), "nodeName" => read_field(node_name), "updateTime" =>
    read_field(update_time), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentEditDocsResponseBodyRecentListNodeBO { "createTime" =>
    optional(create_time), "docType" => optional(doc_type), "isDeleted" =>
    optional(is_deleted), "lastEditTime" => optional(last_edit_time), "nodeId" =>
    optional(node_id), "nodeName" => optional(node_name), "updateTime" =>
    optional(update_time), "url" => optional(url) }
}
/// `GetRecentEditDocsResponseBodyRecentListWorkspaceBO`, a model several operations share: also named [`GetRecentOpenDocsResponseBodyRecentListWorkspaceBO`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBodyRecentListWorkspaceBO {
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
    /// `workspaceName`.
    pub workspace_name: Option<String>,
}
rt::impl_deserialize! {
    GetRecentEditDocsResponseBodyRecentListWorkspaceBO { "url" => read_field(url),
    "workspaceId" => read_field(workspace_id), "workspaceName" =>
    read_field(workspace_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentEditDocsResponseBodyRecentListWorkspaceBO { "url" => optional(url),
    "workspaceId" => optional(workspace_id), "workspaceName" => optional(workspace_name)
    }
}
/// `GetRecentOpenDocsResponseBodyRecentListNodeBO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecentOpenDocsResponseBodyRecentListNodeBO {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `docType`.
    pub doc_type: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `lastOpenTime`.
    pub last_open_time: Option<i64>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `nodeName`.
    pub node_name: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetRecentOpenDocsResponseBodyRecentListNodeBO { "createTime" =>
    read_field(create_time), "docType" => read_field(doc_type), "isDeleted" =>
    read_field(is_deleted), "lastOpenTime" => read_field(last_open_time), "nodeId" =>
    read_field(node_id), "nodeName" => read_field(node_name), "updateTime" =>
    read_field(update_time), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecentOpenDocsResponseBodyRecentListNodeBO { "createTime" =>
    optional(create_time), "docType" => optional(doc_type), "isDeleted" =>
    optional(is_deleted), "lastOpenTime" => optional(last_open_time), "nodeId" =>
    optional(node_id), "nodeName" => optional(node_name), "updateTime" =>
    optional(update_time), "url" => optional(url) }
}
/// `GetRecentOpenDocsResponseBodyRecentListWorkspaceBO`: the same model as [`GetRecentEditDocsResponseBodyRecentListWorkspaceBO`].
pub type GetRecentOpenDocsResponseBodyRecentListWorkspaceBO = GetRecentEditDocsResponseBodyRecentListWorkspaceBO;
/// `GetRelatedWorkspacesResponseBodyWorkspacesRecentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelatedWorkspacesResponseBodyWorkspacesRecentList {
    /// `lastEditTime`.
    pub last_edit_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetRelatedWorkspacesResponseBodyWorkspacesRecentList { "lastEditTime" =>
    read_field(last_edit_time), "name" => read_field(name), "nodeId" =>
    read_field(node_id), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelatedWorkspacesResponseBodyWorkspacesRecentList { "lastEditTime" =>
    optional(last_edit_time), "name" => optional(name), "nodeId" => optional(node_id),
    "url" => optional(url) }
}
/// `InsertBlocksRequestBlocksParagraphChildren`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraphChildren {
    /// `elementType`.
    pub element_type: String,
    /// `text`.
    pub text: Option<InsertBlocksRequestBlocksParagraphChildrenText>,
}
/// The required fields of [`InsertBlocksRequestBlocksParagraphChildren`], each named where it is set: `InsertBlocksRequestBlocksParagraphChildren::new(InsertBlocksRequestBlocksParagraphChildrenRequired { .. })`.
pub struct InsertBlocksRequestBlocksParagraphChildrenRequired {
    /// `elementType`: see [`InsertBlocksRequestBlocksParagraphChildren::element_type`].
    pub element_type: String,
}
impl InsertBlocksRequestBlocksParagraphChildren {
    /// A `InsertBlocksRequestBlocksParagraphChildren` with its required fields (`elementType`); set the others with the methods named after them.
    pub fn new(required: InsertBlocksRequestBlocksParagraphChildrenRequired) -> Self {
        let InsertBlocksRequestBlocksParagraphChildrenRequired { element_type } = required;
        Self { element_type, text: None }
    }
    /// Sets `text`.
    pub fn text(
        mut self,
        value: InsertBlocksRequestBlocksParagraphChildrenText,
    ) -> Self {
        self.text = Some(value);
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestBlocksParagraphChildren { "elementType" => field(element_type),
    "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestBlocksParagraphChildren { "elementType" =>
    read_field(element_type), "text" => read_field(text) }
}
/// `InsertBlocksRequestBlocksParagraphStyle`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraphStyle {
    /// `headingLevel`.
    pub heading_level: Option<String>,
}
impl InsertBlocksRequestBlocksParagraphStyle {
    /// An empty `InsertBlocksRequestBlocksParagraphStyle`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `headingLevel`.
    pub fn heading_level(mut self, value: impl Into<String>) -> Self {
        self.heading_level = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestBlocksParagraphStyle { "headingLevel" => optional(heading_level) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestBlocksParagraphStyle { "headingLevel" => read_field(heading_level)
    }
}
/// `ListCommentsResponseBodyResultCommentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCommentsResponseBodyResultCommentList {
    /// `commentId`.
    pub comment_id: Option<String>,
    /// `content`.
    pub content: Option<ListCommentsResponseBodyResultCommentListContent>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `isGlobal`.
    pub is_global: Option<bool>,
    /// `isSolved`.
    pub is_solved: Option<bool>,
    /// `quote`.
    pub quote: Option<String>,
    /// `topicId`.
    pub topic_id: Option<String>,
    /// `updateTime`.
    pub update_time: Option<i64>,
}
rt::impl_deserialize! {
    ListCommentsResponseBodyResultCommentList { "commentId" => read_field(comment_id),
    "content" => read_field(content), "createTime" => read_field(create_time),
    "creatorId" => read_field(creator_id), "isGlobal" => read_field(is_global),
    "isSolved" => read_field(is_solved), "quote" => read_field(quote), "topicId" =>
    read_field(topic_id), "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCommentsResponseBodyResultCommentList { "commentId" => optional(comment_id),
    "content" => optional(content), "createTime" => optional(create_time), "creatorId" =>
    optional(creator_id), "isGlobal" => optional(is_global), "isSolved" =>
    optional(is_solved), "quote" => optional(quote), "topicId" => optional(topic_id),
    "updateTime" => optional(update_time) }
}
/// `SearchWorkspaceDocsResponseBodyDocsNodeBO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBodyDocsNodeBO {
    /// `docType`.
    pub doc_type: Option<String>,
    /// `lastEditTime`.
    pub last_edit_time: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `originName`.
    pub origin_name: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    SearchWorkspaceDocsResponseBodyDocsNodeBO { "docType" => read_field(doc_type),
    "lastEditTime" => read_field(last_edit_time), "name" => read_field(name), "nodeId" =>
    read_field(node_id), "originName" => read_field(origin_name), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchWorkspaceDocsResponseBodyDocsNodeBO { "docType" => optional(doc_type),
    "lastEditTime" => optional(last_edit_time), "name" => optional(name), "nodeId" =>
    optional(node_id), "originName" => optional(origin_name), "url" => optional(url) }
}
/// `SearchWorkspaceDocsResponseBodyDocsWorkspaceBO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBodyDocsWorkspaceBO {
    /// `name`.
    pub name: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    SearchWorkspaceDocsResponseBodyDocsWorkspaceBO { "name" => read_field(name),
    "workspaceId" => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchWorkspaceDocsResponseBodyDocsWorkspaceBO { "name" => optional(name),
    "workspaceId" => optional(workspace_id) }
}
/// `UpdateFloatImageResponseBodyResultAnchor`: the same model as [`CreateFloatImageResponseBodyResultAnchor`].
pub type UpdateFloatImageResponseBodyResultAnchor = CreateFloatImageResponseBodyResultAnchor;
/// `UpdateFloatImageResponseBodyResultCoordinate`: the same model as [`CreateFloatImageResponseBodyResultCoordinate`].
pub type UpdateFloatImageResponseBodyResultCoordinate = CreateFloatImageResponseBodyResultCoordinate;
/// `BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList {
    /// `lastEditTime`.
    pub last_edit_time: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList { "lastEditTime" =>
    read_field(last_edit_time), "name" => read_field(name), "nodeId" =>
    read_field(node_id), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList { "lastEditTime" =>
    optional(last_edit_time), "name" => optional(name), "nodeId" => optional(node_id),
    "url" => optional(url) }
}
/// `FilterViewsCriteriaValueConditions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FilterViewsCriteriaValueConditions {
    /// `operator`.
    pub operator: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    FilterViewsCriteriaValueConditions { "operator" => read_field(operator), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FilterViewsCriteriaValueConditions { "operator" => optional(operator), "value" =>
    optional(value) }
}
/// `InsertBlocksRequestBlocksParagraphChildrenText`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraphChildrenText {
    /// `content`.
    pub content: String,
    /// `textStyle`.
    pub text_style: Option<InsertBlocksRequestBlocksParagraphChildrenTextTextStyle>,
}
/// The required fields of [`InsertBlocksRequestBlocksParagraphChildrenText`], each named where it is set: `InsertBlocksRequestBlocksParagraphChildrenText::new(InsertBlocksRequestBlocksParagraphChildrenTextRequired { .. })`.
pub struct InsertBlocksRequestBlocksParagraphChildrenTextRequired {
    /// `content`: see [`InsertBlocksRequestBlocksParagraphChildrenText::content`].
    pub content: String,
}
impl InsertBlocksRequestBlocksParagraphChildrenText {
    /// A `InsertBlocksRequestBlocksParagraphChildrenText` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(
        required: InsertBlocksRequestBlocksParagraphChildrenTextRequired,
    ) -> Self {
        let InsertBlocksRequestBlocksParagraphChildrenTextRequired { content } = required;
        Self { content, text_style: None }
    }
    /// Sets `textStyle`.
    pub fn text_style(
        mut self,
        value: InsertBlocksRequestBlocksParagraphChildrenTextTextStyle,
    ) -> Self {
        self.text_style = Some(value);
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestBlocksParagraphChildrenText { "content" => field(content),
    "textStyle" => optional(text_style) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestBlocksParagraphChildrenText { "content" => read_field(content),
    "textStyle" => read_field(text_style) }
}
/// `ListCommentsResponseBodyResultCommentListContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCommentsResponseBodyResultCommentListContent {
    /// `elements`.
    pub elements: Option<Vec<rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    ListCommentsResponseBodyResultCommentListContent { "elements" => read_field(elements)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCommentsResponseBodyResultCommentListContent { "elements" => optional(elements) }
}
/// `InsertBlocksRequestBlocksParagraphChildrenTextTextStyle`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraphChildrenTextTextStyle {
    /// `bold`.
    pub bold: Option<bool>,
    /// `dataType`.
    pub data_type: String,
    /// `fontSize`.
    pub font_size: Option<i64>,
    /// `sizeUnit`.
    pub size_unit: Option<String>,
}
/// The required fields of [`InsertBlocksRequestBlocksParagraphChildrenTextTextStyle`], each named where it is set: `InsertBlocksRequestBlocksParagraphChildrenTextTextStyle::new(InsertBlocksRequestBlocksParagraphChildrenTextTextStyleRequired { .. })`.
pub struct InsertBlocksRequestBlocksParagraphChildrenTextTextStyleRequired {
    /// `dataType`: see [`InsertBlocksRequestBlocksParagraphChildrenTextTextStyle::data_type`].
    pub data_type: String,
}
impl InsertBlocksRequestBlocksParagraphChildrenTextTextStyle {
    /// A `InsertBlocksRequestBlocksParagraphChildrenTextTextStyle` with its required fields (`dataType`); set the others with the methods named after them.
    pub fn new(
        required: InsertBlocksRequestBlocksParagraphChildrenTextTextStyleRequired,
    ) -> Self {
        let InsertBlocksRequestBlocksParagraphChildrenTextTextStyleRequired {
            data_type,
        } = required;
        Self {
            bold: None,
            data_type,
            font_size: None,
            size_unit: None,
        }
    }
    /// Sets `bold`.
    pub fn bold(mut self, value: bool) -> Self {
        self.bold = Some(value);
        self
    }
    /// Sets `fontSize`.
    pub fn font_size(mut self, value: i64) -> Self {
        self.font_size = Some(value);
        self
    }
    /// Sets `sizeUnit`.
    pub fn size_unit(mut self, value: impl Into<String>) -> Self {
        self.size_unit = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequestBlocksParagraphChildrenTextTextStyle { "bold" => optional(bold),
    "dataType" => field(data_type), "fontSize" => optional(font_size), "sizeUnit" =>
    optional(size_unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequestBlocksParagraphChildrenTextTextStyle { "bold" => read_field(bold),
    "dataType" => read_field(data_type), "fontSize" => read_field(font_size), "sizeUnit"
    => read_field(size_unit) }
}
/// The request of [`Api::add_comment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCommentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `commentContent`.
    pub comment_content: String,
    /// `commentType`.
    pub comment_type: String,
    /// `option`.
    pub option: Option<AddCommentRequestOption>,
}
/// The required fields of [`AddCommentRequest`], each named where it is set: `AddCommentRequest::new(AddCommentRequired { .. })`.
pub struct AddCommentRequired {
    /// `operatorId`: see [`AddCommentRequest::operator_id`].
    pub operator_id: String,
    /// `commentContent`: see [`AddCommentRequest::comment_content`].
    pub comment_content: String,
    /// `commentType`: see [`AddCommentRequest::comment_type`].
    pub comment_type: String,
}
impl AddCommentRequest {
    /// A `AddCommentRequest` with its required fields (`operatorId`, `commentContent`, `commentType`); set the others with the methods named after them.
    pub fn new(required: AddCommentRequired) -> Self {
        let AddCommentRequired { operator_id, comment_content, comment_type } = required;
        Self {
            operator_id,
            comment_content,
            comment_type,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddCommentRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddCommentRequest { "commentContent" => field(comment_content), "commentType" =>
    field(comment_type), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCommentRequest { "operatorId" => read_field(operator_id), "commentContent" =>
    read_field(comment_content), "commentType" => read_field(comment_type), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for AddCommentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_workspace_doc_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceDocMembersRequest {
    /// `members`.
    pub members: Vec<AddWorkspaceDocMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`AddWorkspaceDocMembersRequest`], each named where it is set: `AddWorkspaceDocMembersRequest::new(AddWorkspaceDocMembersRequired { .. })`.
pub struct AddWorkspaceDocMembersRequired {
    /// `members`: see [`AddWorkspaceDocMembersRequest::members`].
    pub members: Vec<AddWorkspaceDocMembersRequestMembers>,
    /// `operatorId`: see [`AddWorkspaceDocMembersRequest::operator_id`].
    pub operator_id: String,
}
impl AddWorkspaceDocMembersRequest {
    /// A `AddWorkspaceDocMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: AddWorkspaceDocMembersRequired) -> Self {
        let AddWorkspaceDocMembersRequired { members, operator_id } = required;
        Self { members, operator_id }
    }
}
rt::impl_serialize! {
    AddWorkspaceDocMembersRequest { "members" => field(members), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddWorkspaceDocMembersRequest { "members" => read_field(members), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for AddWorkspaceDocMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_workspace_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceMembersRequest {
    /// `members`.
    pub members: Vec<AddWorkspaceMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`AddWorkspaceMembersRequest`], each named where it is set: `AddWorkspaceMembersRequest::new(AddWorkspaceMembersRequired { .. })`.
pub struct AddWorkspaceMembersRequired {
    /// `members`: see [`AddWorkspaceMembersRequest::members`].
    pub members: Vec<AddWorkspaceMembersRequestMembers>,
    /// `operatorId`: see [`AddWorkspaceMembersRequest::operator_id`].
    pub operator_id: String,
}
impl AddWorkspaceMembersRequest {
    /// A `AddWorkspaceMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: AddWorkspaceMembersRequired) -> Self {
        let AddWorkspaceMembersRequired { members, operator_id } = required;
        Self { members, operator_id }
    }
}
rt::impl_serialize! {
    AddWorkspaceMembersRequest { "members" => field(members), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddWorkspaceMembersRequest { "members" => read_field(members), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for AddWorkspaceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::append_rows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AppendRowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `values`.
    pub values: Vec<Vec<String>>,
}
/// The required fields of [`AppendRowsRequest`], each named where it is set: `AppendRowsRequest::new(AppendRowsRequired { .. })`.
pub struct AppendRowsRequired {
    /// `operatorId`: see [`AppendRowsRequest::operator_id`].
    pub operator_id: String,
    /// `values`: see [`AppendRowsRequest::values`].
    pub values: Vec<Vec<String>>,
}
impl AppendRowsRequest {
    /// A `AppendRowsRequest` with its required fields (`operatorId`, `values`); set the others with the methods named after them.
    pub fn new(required: AppendRowsRequired) -> Self {
        let AppendRowsRequired { operator_id, values } = required;
        Self { operator_id, values }
    }
}
rt::impl_serialize! {
    AppendRowsRequest { "values" => field(values) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendRowsRequest { "operatorId" => read_field(operator_id), "values" =>
    read_field(values) }
}
impl rt::WriteRequest for AppendRowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `requests`.
    pub requests: Vec<BatchRequestRequests>,
}
/// The required fields of [`BatchRequest`], each named where it is set: `BatchRequest::new(BatchRequired { .. })`.
pub struct BatchRequired {
    /// `operatorId`: see [`BatchRequest::operator_id`].
    pub operator_id: String,
    /// `requests`: see [`BatchRequest::requests`].
    pub requests: Vec<BatchRequestRequests>,
}
impl BatchRequest {
    /// A `BatchRequest` with its required fields (`operatorId`, `requests`); set the others with the methods named after them.
    pub fn new(required: BatchRequired) -> Self {
        let BatchRequired { operator_id, requests } = required;
        Self { operator_id, requests }
    }
}
rt::impl_serialize! {
    BatchRequest { "requests" => field(requests) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRequest { "operatorId" => read_field(operator_id), "requests" =>
    read_field(requests) }
}
impl rt::WriteRequest for BatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_workspace_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsRequest {
    /// `nodeIds`.
    pub node_ids: Vec<String>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`BatchGetWorkspaceDocsRequest`], each named where it is set: `BatchGetWorkspaceDocsRequest::new(BatchGetWorkspaceDocsRequired { .. })`.
pub struct BatchGetWorkspaceDocsRequired {
    /// `nodeIds`: see [`BatchGetWorkspaceDocsRequest::node_ids`].
    pub node_ids: Vec<String>,
    /// `operatorId`: see [`BatchGetWorkspaceDocsRequest::operator_id`].
    pub operator_id: String,
}
impl BatchGetWorkspaceDocsRequest {
    /// A `BatchGetWorkspaceDocsRequest` with its required fields (`nodeIds`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: BatchGetWorkspaceDocsRequired) -> Self {
        let BatchGetWorkspaceDocsRequired { node_ids, operator_id } = required;
        Self { node_ids, operator_id }
    }
}
rt::impl_serialize! {
    BatchGetWorkspaceDocsRequest { "nodeIds" => field(node_ids), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetWorkspaceDocsRequest { "nodeIds" => read_field(node_ids), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for BatchGetWorkspaceDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetWorkspacesRequest {
    /// `includeRecent`.
    pub include_recent: Option<bool>,
    /// `operatorId`.
    pub operator_id: String,
    /// `workspaceIds`.
    pub workspace_ids: Vec<String>,
}
/// The required fields of [`BatchGetWorkspacesRequest`], each named where it is set: `BatchGetWorkspacesRequest::new(BatchGetWorkspacesRequired { .. })`.
pub struct BatchGetWorkspacesRequired {
    /// `operatorId`: see [`BatchGetWorkspacesRequest::operator_id`].
    pub operator_id: String,
    /// `workspaceIds`: see [`BatchGetWorkspacesRequest::workspace_ids`].
    pub workspace_ids: Vec<String>,
}
impl BatchGetWorkspacesRequest {
    /// A `BatchGetWorkspacesRequest` with its required fields (`operatorId`, `workspaceIds`); set the others with the methods named after them.
    pub fn new(required: BatchGetWorkspacesRequired) -> Self {
        let BatchGetWorkspacesRequired { operator_id, workspace_ids } = required;
        Self {
            include_recent: None,
            operator_id,
            workspace_ids,
        }
    }
    /// Sets `includeRecent`.
    pub fn include_recent(mut self, value: bool) -> Self {
        self.include_recent = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchGetWorkspacesRequest { "includeRecent" => optional(include_recent), "operatorId"
    => field(operator_id), "workspaceIds" => field(workspace_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetWorkspacesRequest { "includeRecent" => read_field(include_recent),
    "operatorId" => read_field(operator_id), "workspaceIds" => read_field(workspace_ids)
    }
}
impl rt::WriteRequest for BatchGetWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_operate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchOperateRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `requests`.
    pub requests: Vec<rt::serde_json::Value>,
}
/// The required fields of [`BatchOperateRequest`], each named where it is set: `BatchOperateRequest::new(BatchOperateRequired { .. })`.
pub struct BatchOperateRequired {
    /// `operatorId`: see [`BatchOperateRequest::operator_id`].
    pub operator_id: String,
    /// `requests`: see [`BatchOperateRequest::requests`].
    pub requests: Vec<rt::serde_json::Value>,
}
impl BatchOperateRequest {
    /// A `BatchOperateRequest` with its required fields (`operatorId`, `requests`); set the others with the methods named after them.
    pub fn new(required: BatchOperateRequired) -> Self {
        let BatchOperateRequired { operator_id, requests } = required;
        Self { operator_id, requests }
    }
}
rt::impl_serialize! {
    BatchOperateRequest { "requests" => field(requests) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchOperateRequest { "operatorId" => read_field(operator_id), "requests" =>
    read_field(requests) }
}
impl rt::WriteRequest for BatchOperateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::bind_cool_app_to_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BindCoolAppToSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
}
/// The required fields of [`BindCoolAppToSheetRequest`], each named where it is set: `BindCoolAppToSheetRequest::new(BindCoolAppToSheetRequired { .. })`.
pub struct BindCoolAppToSheetRequired {
    /// `operatorId`: see [`BindCoolAppToSheetRequest::operator_id`].
    pub operator_id: String,
}
impl BindCoolAppToSheetRequest {
    /// A `BindCoolAppToSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: BindCoolAppToSheetRequired) -> Self {
        let BindCoolAppToSheetRequired { operator_id } = required;
        Self {
            operator_id,
            cool_app_code: None,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BindCoolAppToSheetRequest { "coolAppCode" => optional(cool_app_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BindCoolAppToSheetRequest { "operatorId" => read_field(operator_id), "coolAppCode" =>
    read_field(cool_app_code) }
}
impl rt::WriteRequest for BindCoolAppToSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::clear`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ClearRequest`], each named where it is set: `ClearRequest::new(ClearRequired { .. })`.
pub struct ClearRequired {
    /// `operatorId`: see [`ClearRequest::operator_id`].
    pub operator_id: String,
}
impl ClearRequest {
    /// A `ClearRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ClearRequired) -> Self {
        let ClearRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ClearRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::clear_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearDataRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ClearDataRequest`], each named where it is set: `ClearDataRequest::new(ClearDataRequired { .. })`.
pub struct ClearDataRequired {
    /// `operatorId`: see [`ClearDataRequest::operator_id`].
    pub operator_id: String,
}
impl ClearDataRequest {
    /// A `ClearDataRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ClearDataRequired) -> Self {
        let ClearDataRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearDataRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ClearDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::clear_filter_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearFilterCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
}
/// The required fields of [`ClearFilterCriteriaRequest`], each named where it is set: `ClearFilterCriteriaRequest::new(ClearFilterCriteriaRequired { .. })`.
pub struct ClearFilterCriteriaRequired {
    /// `operatorId`: see [`ClearFilterCriteriaRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`ClearFilterCriteriaRequest::column`].
    pub column: i64,
}
impl ClearFilterCriteriaRequest {
    /// A `ClearFilterCriteriaRequest` with its required fields (`operatorId`, `column`); set the others with the methods named after them.
    pub fn new(required: ClearFilterCriteriaRequired) -> Self {
        let ClearFilterCriteriaRequired { operator_id, column } = required;
        Self { operator_id, column }
    }
}
rt::impl_serialize! {
    ClearFilterCriteriaRequest { "column" => field(column) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearFilterCriteriaRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column) }
}
impl rt::WriteRequest for ClearFilterCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::clear_filter_view_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ClearFilterViewCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
}
/// The required fields of [`ClearFilterViewCriteriaRequest`], each named where it is set: `ClearFilterViewCriteriaRequest::new(ClearFilterViewCriteriaRequired { .. })`.
pub struct ClearFilterViewCriteriaRequired {
    /// `operatorId`: see [`ClearFilterViewCriteriaRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`ClearFilterViewCriteriaRequest::column`].
    pub column: i64,
}
impl ClearFilterViewCriteriaRequest {
    /// A `ClearFilterViewCriteriaRequest` with its required fields (`operatorId`, `column`); set the others with the methods named after them.
    pub fn new(required: ClearFilterViewCriteriaRequired) -> Self {
        let ClearFilterViewCriteriaRequired { operator_id, column } = required;
        Self { operator_id, column }
    }
}
rt::impl_serialize! {
    ClearFilterViewCriteriaRequest { "column" => field(column) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ClearFilterViewCriteriaRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column) }
}
impl rt::WriteRequest for ClearFilterViewCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_conditional_formatting_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateConditionalFormattingRuleRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `cellStyle`.
    pub cell_style: Option<CreateConditionalFormattingRuleRequestCellStyle>,
    /// `duplicateCondition`.
    pub duplicate_condition: Option<
        CreateConditionalFormattingRuleRequestDuplicateCondition,
    >,
    /// `numberCondition`.
    pub number_condition: Option<CreateConditionalFormattingRuleRequestNumberCondition>,
    /// `ranges`.
    pub ranges: Vec<String>,
}
/// The required fields of [`CreateConditionalFormattingRuleRequest`], each named where it is set: `CreateConditionalFormattingRuleRequest::new(CreateConditionalFormattingRuleRequired { .. })`.
pub struct CreateConditionalFormattingRuleRequired {
    /// `operatorId`: see [`CreateConditionalFormattingRuleRequest::operator_id`].
    pub operator_id: String,
    /// `ranges`: see [`CreateConditionalFormattingRuleRequest::ranges`].
    pub ranges: Vec<String>,
}
impl CreateConditionalFormattingRuleRequest {
    /// A `CreateConditionalFormattingRuleRequest` with its required fields (`operatorId`, `ranges`); set the others with the methods named after them.
    pub fn new(required: CreateConditionalFormattingRuleRequired) -> Self {
        let CreateConditionalFormattingRuleRequired { operator_id, ranges } = required;
        Self {
            operator_id,
            cell_style: None,
            duplicate_condition: None,
            number_condition: None,
            ranges,
        }
    }
    /// Sets `cellStyle`.
    pub fn cell_style(
        mut self,
        value: CreateConditionalFormattingRuleRequestCellStyle,
    ) -> Self {
        self.cell_style = Some(value);
        self
    }
    /// Sets `duplicateCondition`.
    pub fn duplicate_condition(
        mut self,
        value: CreateConditionalFormattingRuleRequestDuplicateCondition,
    ) -> Self {
        self.duplicate_condition = Some(value);
        self
    }
    /// Sets `numberCondition`.
    pub fn number_condition(
        mut self,
        value: CreateConditionalFormattingRuleRequestNumberCondition,
    ) -> Self {
        self.number_condition = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateConditionalFormattingRuleRequest { "cellStyle" => optional(cell_style),
    "duplicateCondition" => optional(duplicate_condition), "numberCondition" =>
    optional(number_condition), "ranges" => field(ranges) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateConditionalFormattingRuleRequest { "operatorId" => read_field(operator_id),
    "cellStyle" => read_field(cell_style), "duplicateCondition" =>
    read_field(duplicate_condition), "numberCondition" => read_field(number_condition),
    "ranges" => read_field(ranges) }
}
impl rt::WriteRequest for CreateConditionalFormattingRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_developer_metadata`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDeveloperMetadataRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `associatedColumn`.
    pub associated_column: Option<CreateDeveloperMetadataRequestAssociatedColumn>,
    /// `associatedRow`.
    pub associated_row: Option<CreateDeveloperMetadataRequestAssociatedRow>,
    /// `value`.
    pub value: Option<String>,
}
/// The required fields of [`CreateDeveloperMetadataRequest`], each named where it is set: `CreateDeveloperMetadataRequest::new(CreateDeveloperMetadataRequired { .. })`.
pub struct CreateDeveloperMetadataRequired {
    /// `operatorId`: see [`CreateDeveloperMetadataRequest::operator_id`].
    pub operator_id: String,
}
impl CreateDeveloperMetadataRequest {
    /// A `CreateDeveloperMetadataRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateDeveloperMetadataRequired) -> Self {
        let CreateDeveloperMetadataRequired { operator_id } = required;
        Self {
            operator_id,
            associated_column: None,
            associated_row: None,
            value: None,
        }
    }
    /// Sets `associatedColumn`.
    pub fn associated_column(
        mut self,
        value: CreateDeveloperMetadataRequestAssociatedColumn,
    ) -> Self {
        self.associated_column = Some(value);
        self
    }
    /// Sets `associatedRow`.
    pub fn associated_row(
        mut self,
        value: CreateDeveloperMetadataRequestAssociatedRow,
    ) -> Self {
        self.associated_row = Some(value);
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateDeveloperMetadataRequest { "associatedColumn" => optional(associated_column),
    "associatedRow" => optional(associated_row), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeveloperMetadataRequest { "operatorId" => read_field(operator_id),
    "associatedColumn" => read_field(associated_column), "associatedRow" =>
    read_field(associated_row), "value" => read_field(value) }
}
impl rt::WriteRequest for CreateDeveloperMetadataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, CriteriaValue>>,
    /// `range`.
    pub range: String,
}
/// The required fields of [`CreateFilterRequest`], each named where it is set: `CreateFilterRequest::new(CreateFilterRequired { .. })`.
pub struct CreateFilterRequired {
    /// `operatorId`: see [`CreateFilterRequest::operator_id`].
    pub operator_id: String,
    /// `range`: see [`CreateFilterRequest::range`].
    pub range: String,
}
impl CreateFilterRequest {
    /// A `CreateFilterRequest` with its required fields (`operatorId`, `range`); set the others with the methods named after them.
    pub fn new(required: CreateFilterRequired) -> Self {
        let CreateFilterRequired { operator_id, range } = required;
        Self {
            operator_id,
            criteria: None,
            range,
        }
    }
    /// Sets `criteria`.
    pub fn criteria(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, CriteriaValue)>,
    ) -> Self {
        self.criteria = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    CreateFilterRequest { "criteria" => optional(criteria), "range" => field(range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFilterRequest { "operatorId" => read_field(operator_id), "criteria" =>
    read_field(criteria), "range" => read_field(range) }
}
impl rt::WriteRequest for CreateFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_filter_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFilterViewRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, CriteriaValue>>,
    /// `name`.
    pub name: String,
    /// `range`.
    pub range: String,
}
/// The required fields of [`CreateFilterViewRequest`], each named where it is set: `CreateFilterViewRequest::new(CreateFilterViewRequired { .. })`.
pub struct CreateFilterViewRequired {
    /// `operatorId`: see [`CreateFilterViewRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`CreateFilterViewRequest::name`].
    pub name: String,
    /// `range`: see [`CreateFilterViewRequest::range`].
    pub range: String,
}
impl CreateFilterViewRequest {
    /// A `CreateFilterViewRequest` with its required fields (`operatorId`, `name`, `range`); set the others with the methods named after them.
    pub fn new(required: CreateFilterViewRequired) -> Self {
        let CreateFilterViewRequired { operator_id, name, range } = required;
        Self {
            operator_id,
            criteria: None,
            name,
            range,
        }
    }
    /// Sets `criteria`.
    pub fn criteria(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, CriteriaValue)>,
    ) -> Self {
        self.criteria = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    CreateFilterViewRequest { "criteria" => optional(criteria), "name" => field(name),
    "range" => field(range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFilterViewRequest { "operatorId" => read_field(operator_id), "criteria" =>
    read_field(criteria), "name" => read_field(name), "range" => read_field(range) }
}
impl rt::WriteRequest for CreateFilterViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFloatImageRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `anchor`.
    pub anchor: CreateFloatImageRequestAnchor,
    /// `coordinate`.
    pub coordinate: CreateFloatImageRequestCoordinate,
    /// `src`.
    pub src: String,
}
/// The required fields of [`CreateFloatImageRequest`], each named where it is set: `CreateFloatImageRequest::new(CreateFloatImageRequired { .. })`.
pub struct CreateFloatImageRequired {
    /// `operatorId`: see [`CreateFloatImageRequest::operator_id`].
    pub operator_id: String,
    /// `anchor`: see [`CreateFloatImageRequest::anchor`].
    pub anchor: CreateFloatImageRequestAnchor,
    /// `coordinate`: see [`CreateFloatImageRequest::coordinate`].
    pub coordinate: CreateFloatImageRequestCoordinate,
    /// `src`: see [`CreateFloatImageRequest::src`].
    pub src: String,
}
impl CreateFloatImageRequest {
    /// A `CreateFloatImageRequest` with its required fields (`operatorId`, `anchor`, `coordinate`, `src`); set the others with the methods named after them.
    pub fn new(required: CreateFloatImageRequired) -> Self {
        let CreateFloatImageRequired { operator_id, anchor, coordinate, src } = required;
        Self {
            operator_id,
            anchor,
            coordinate,
            src,
        }
    }
}
rt::impl_serialize! {
    CreateFloatImageRequest { "anchor" => field(anchor), "coordinate" =>
    field(coordinate), "src" => field(src) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFloatImageRequest { "operatorId" => read_field(operator_id), "anchor" =>
    read_field(anchor), "coordinate" => read_field(coordinate), "src" => read_field(src)
    }
}
impl rt::WriteRequest for CreateFloatImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_range_protection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateRangeProtectionRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `editableSetting`.
    pub editable_setting: Option<CreateRangeProtectionRequestEditableSetting>,
    /// `members`.
    pub members: Option<Vec<CreateRangeProtectionRequestMembers>>,
    /// `otherUserPermission`.
    pub other_user_permission: String,
}
/// The required fields of [`CreateRangeProtectionRequest`], each named where it is set: `CreateRangeProtectionRequest::new(CreateRangeProtectionRequired { .. })`.
pub struct CreateRangeProtectionRequired {
    /// `operatorId`: see [`CreateRangeProtectionRequest::operator_id`].
    pub operator_id: String,
    /// `otherUserPermission`: see [`CreateRangeProtectionRequest::other_user_permission`].
    pub other_user_permission: String,
}
impl CreateRangeProtectionRequest {
    /// A `CreateRangeProtectionRequest` with its required fields (`operatorId`, `otherUserPermission`); set the others with the methods named after them.
    pub fn new(required: CreateRangeProtectionRequired) -> Self {
        let CreateRangeProtectionRequired { operator_id, other_user_permission } = required;
        Self {
            operator_id,
            editable_setting: None,
            members: None,
            other_user_permission,
        }
    }
    /// Sets `editableSetting`.
    pub fn editable_setting(
        mut self,
        value: CreateRangeProtectionRequestEditableSetting,
    ) -> Self {
        self.editable_setting = Some(value);
        self
    }
    /// Sets `members`.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = CreateRangeProtectionRequestMembers>,
    ) -> Self {
        self.members = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateRangeProtectionRequest { "editableSetting" => optional(editable_setting),
    "members" => optional(members), "otherUserPermission" => field(other_user_permission)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRangeProtectionRequest { "operatorId" => read_field(operator_id),
    "editableSetting" => read_field(editable_setting), "members" => read_field(members),
    "otherUserPermission" => read_field(other_user_permission) }
}
impl rt::WriteRequest for CreateRangeProtectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CreateSheetRequest`], each named where it is set: `CreateSheetRequest::new(CreateSheetRequired { .. })`.
pub struct CreateSheetRequired {
    /// `operatorId`: see [`CreateSheetRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`CreateSheetRequest::name`].
    pub name: String,
}
impl CreateSheetRequest {
    /// A `CreateSheetRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateSheetRequired) -> Self {
        let CreateSheetRequired { operator_id, name } = required;
        Self { operator_id, name }
    }
}
rt::impl_serialize! {
    CreateSheetRequest { "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSheetRequest { "operatorId" => read_field(operator_id), "name" =>
    read_field(name) }
}
impl rt::WriteRequest for CreateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateWorkspaceRequest {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`CreateWorkspaceRequest`], each named where it is set: `CreateWorkspaceRequest::new(CreateWorkspaceRequired { .. })`.
pub struct CreateWorkspaceRequired {
    /// `name`: see [`CreateWorkspaceRequest::name`].
    pub name: String,
    /// `operatorId`: see [`CreateWorkspaceRequest::operator_id`].
    pub operator_id: String,
}
impl CreateWorkspaceRequest {
    /// A `CreateWorkspaceRequest` with its required fields (`name`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateWorkspaceRequired) -> Self {
        let CreateWorkspaceRequired { name, operator_id } = required;
        Self {
            description: None,
            name,
            operator_id,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateWorkspaceRequest { "description" => optional(description), "name" =>
    field(name), "operatorId" => field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateWorkspaceRequest { "description" => read_field(description), "name" =>
    read_field(name), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for CreateWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_workspace_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateWorkspaceDocRequest {
    /// `docType`.
    pub doc_type: String,
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
    /// `parentNodeId`.
    pub parent_node_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateType`.
    pub template_type: Option<String>,
}
/// The required fields of [`CreateWorkspaceDocRequest`], each named where it is set: `CreateWorkspaceDocRequest::new(CreateWorkspaceDocRequired { .. })`.
pub struct CreateWorkspaceDocRequired {
    /// `docType`: see [`CreateWorkspaceDocRequest::doc_type`].
    pub doc_type: String,
    /// `name`: see [`CreateWorkspaceDocRequest::name`].
    pub name: String,
    /// `operatorId`: see [`CreateWorkspaceDocRequest::operator_id`].
    pub operator_id: String,
}
impl CreateWorkspaceDocRequest {
    /// A `CreateWorkspaceDocRequest` with its required fields (`docType`, `name`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: CreateWorkspaceDocRequired) -> Self {
        let CreateWorkspaceDocRequired { doc_type, name, operator_id } = required;
        Self {
            doc_type,
            name,
            operator_id,
            parent_node_id: None,
            template_id: None,
            template_type: None,
        }
    }
    /// Sets `parentNodeId`.
    pub fn parent_node_id(mut self, value: impl Into<String>) -> Self {
        self.parent_node_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
    /// Sets `templateType`.
    pub fn template_type(mut self, value: impl Into<String>) -> Self {
        self.template_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateWorkspaceDocRequest { "docType" => field(doc_type), "name" => field(name),
    "operatorId" => field(operator_id), "parentNodeId" => optional(parent_node_id),
    "templateId" => optional(template_id), "templateType" => optional(template_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateWorkspaceDocRequest { "docType" => read_field(doc_type), "name" =>
    read_field(name), "operatorId" => read_field(operator_id), "parentNodeId" =>
    read_field(parent_node_id), "templateId" => read_field(template_id), "templateType"
    => read_field(template_type) }
}
impl rt::WriteRequest for CreateWorkspaceDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_columns`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteColumnsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `columnCount`.
    pub column_count: i64,
}
/// The required fields of [`DeleteColumnsRequest`], each named where it is set: `DeleteColumnsRequest::new(DeleteColumnsRequired { .. })`.
pub struct DeleteColumnsRequired {
    /// `operatorId`: see [`DeleteColumnsRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`DeleteColumnsRequest::column`].
    pub column: i64,
    /// `columnCount`: see [`DeleteColumnsRequest::column_count`].
    pub column_count: i64,
}
impl DeleteColumnsRequest {
    /// A `DeleteColumnsRequest` with its required fields (`operatorId`, `column`, `columnCount`); set the others with the methods named after them.
    pub fn new(required: DeleteColumnsRequired) -> Self {
        let DeleteColumnsRequired { operator_id, column, column_count } = required;
        Self {
            operator_id,
            column,
            column_count,
        }
    }
}
rt::impl_serialize! {
    DeleteColumnsRequest { "column" => field(column), "columnCount" =>
    field(column_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteColumnsRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "columnCount" => read_field(column_count) }
}
impl rt::WriteRequest for DeleteColumnsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dropdown_lists`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDropdownListsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteDropdownListsRequest`], each named where it is set: `DeleteDropdownListsRequest::new(DeleteDropdownListsRequired { .. })`.
pub struct DeleteDropdownListsRequired {
    /// `operatorId`: see [`DeleteDropdownListsRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteDropdownListsRequest {
    /// A `DeleteDropdownListsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteDropdownListsRequired) -> Self {
        let DeleteDropdownListsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDropdownListsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteDropdownListsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteFilterRequest`], each named where it is set: `DeleteFilterRequest::new(DeleteFilterRequired { .. })`.
pub struct DeleteFilterRequired {
    /// `operatorId`: see [`DeleteFilterRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteFilterRequest {
    /// A `DeleteFilterRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteFilterRequired) -> Self {
        let DeleteFilterRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFilterRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_filter_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFilterViewRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteFilterViewRequest`], each named where it is set: `DeleteFilterViewRequest::new(DeleteFilterViewRequired { .. })`.
pub struct DeleteFilterViewRequired {
    /// `operatorId`: see [`DeleteFilterViewRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteFilterViewRequest {
    /// A `DeleteFilterViewRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteFilterViewRequired) -> Self {
        let DeleteFilterViewRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFilterViewRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteFilterViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFloatImageRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteFloatImageRequest`], each named where it is set: `DeleteFloatImageRequest::new(DeleteFloatImageRequired { .. })`.
pub struct DeleteFloatImageRequired {
    /// `operatorId`: see [`DeleteFloatImageRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteFloatImageRequest {
    /// A `DeleteFloatImageRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteFloatImageRequired) -> Self {
        let DeleteFloatImageRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFloatImageRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteFloatImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_range_protection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRangeProtectionRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteRangeProtectionRequest`], each named where it is set: `DeleteRangeProtectionRequest::new(DeleteRangeProtectionRequired { .. })`.
pub struct DeleteRangeProtectionRequired {
    /// `operatorId`: see [`DeleteRangeProtectionRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteRangeProtectionRequest {
    /// A `DeleteRangeProtectionRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteRangeProtectionRequired) -> Self {
        let DeleteRangeProtectionRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRangeProtectionRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteRangeProtectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_rows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteRowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
}
/// The required fields of [`DeleteRowsRequest`], each named where it is set: `DeleteRowsRequest::new(DeleteRowsRequired { .. })`.
pub struct DeleteRowsRequired {
    /// `operatorId`: see [`DeleteRowsRequest::operator_id`].
    pub operator_id: String,
    /// `row`: see [`DeleteRowsRequest::row`].
    pub row: i64,
    /// `rowCount`: see [`DeleteRowsRequest::row_count`].
    pub row_count: i64,
}
impl DeleteRowsRequest {
    /// A `DeleteRowsRequest` with its required fields (`operatorId`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(required: DeleteRowsRequired) -> Self {
        let DeleteRowsRequired { operator_id, row, row_count } = required;
        Self {
            operator_id,
            row,
            row_count,
        }
    }
}
rt::impl_serialize! {
    DeleteRowsRequest { "row" => field(row), "rowCount" => field(row_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteRowsRequest { "operatorId" => read_field(operator_id), "row" =>
    read_field(row), "rowCount" => read_field(row_count) }
}
impl rt::WriteRequest for DeleteRowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteSheetRequest`], each named where it is set: `DeleteSheetRequest::new(DeleteSheetRequired { .. })`.
pub struct DeleteSheetRequired {
    /// `operatorId`: see [`DeleteSheetRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteSheetRequest {
    /// A `DeleteSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteSheetRequired) -> Self {
        let DeleteSheetRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteSheetRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_workspace_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceDocRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteWorkspaceDocRequest`], each named where it is set: `DeleteWorkspaceDocRequest::new(DeleteWorkspaceDocRequired { .. })`.
pub struct DeleteWorkspaceDocRequired {
    /// `operatorId`: see [`DeleteWorkspaceDocRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteWorkspaceDocRequest {
    /// A `DeleteWorkspaceDocRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteWorkspaceDocRequired) -> Self {
        let DeleteWorkspaceDocRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteWorkspaceDocRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteWorkspaceDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_workspace_doc_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceDocMembersRequest {
    /// `members`.
    pub members: Vec<DeleteWorkspaceDocMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`DeleteWorkspaceDocMembersRequest`], each named where it is set: `DeleteWorkspaceDocMembersRequest::new(DeleteWorkspaceDocMembersRequired { .. })`.
pub struct DeleteWorkspaceDocMembersRequired {
    /// `members`: see [`DeleteWorkspaceDocMembersRequest::members`].
    pub members: Vec<DeleteWorkspaceDocMembersRequestMembers>,
    /// `operatorId`: see [`DeleteWorkspaceDocMembersRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteWorkspaceDocMembersRequest {
    /// A `DeleteWorkspaceDocMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteWorkspaceDocMembersRequired) -> Self {
        let DeleteWorkspaceDocMembersRequired { members, operator_id } = required;
        Self { members, operator_id }
    }
}
rt::impl_serialize! {
    DeleteWorkspaceDocMembersRequest { "members" => field(members), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteWorkspaceDocMembersRequest { "members" => read_field(members), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for DeleteWorkspaceDocMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_workspace_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceMembersRequest {
    /// `members`.
    pub members: Vec<DeleteWorkspaceMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`DeleteWorkspaceMembersRequest`], each named where it is set: `DeleteWorkspaceMembersRequest::new(DeleteWorkspaceMembersRequired { .. })`.
pub struct DeleteWorkspaceMembersRequired {
    /// `members`: see [`DeleteWorkspaceMembersRequest::members`].
    pub members: Vec<DeleteWorkspaceMembersRequestMembers>,
    /// `operatorId`: see [`DeleteWorkspaceMembersRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteWorkspaceMembersRequest {
    /// A `DeleteWorkspaceMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteWorkspaceMembersRequired) -> Self {
        let DeleteWorkspaceMembersRequired { members, operator_id } = required;
        Self { members, operator_id }
    }
}
rt::impl_serialize! {
    DeleteWorkspaceMembersRequest { "members" => field(members), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteWorkspaceMembersRequest { "members" => read_field(members), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for DeleteWorkspaceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_notice_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeliverNoticeCardRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `atUnionIds`.
    pub at_union_ids: Option<Vec<String>>,
    /// `bizId`.
    pub biz_id: String,
    /// `btnActionStr`.
    pub btn_action_str: Option<rt::BTreeMap<String, String>>,
    /// `content`.
    pub content: String,
    /// `detailMobileUrl`.
    pub detail_mobile_url: Option<String>,
    /// `detailPcUrl`.
    pub detail_pc_url: Option<String>,
    /// `lastMessageI18n`.
    pub last_message_i18n: rt::BTreeMap<String, String>,
    /// `receiverId`.
    pub receiver_id: String,
    /// `receiverType`.
    pub receiver_type: String,
}
/// The required fields of [`DeliverNoticeCardRequest`], each named where it is set: `DeliverNoticeCardRequest::new(DeliverNoticeCardRequired { .. })`.
pub struct DeliverNoticeCardRequired {
    /// `operatorId`: see [`DeliverNoticeCardRequest::operator_id`].
    pub operator_id: String,
    /// `bizId`: see [`DeliverNoticeCardRequest::biz_id`].
    pub biz_id: String,
    /// `content`: see [`DeliverNoticeCardRequest::content`].
    pub content: String,
    /// `lastMessageI18n`: see [`DeliverNoticeCardRequest::last_message_i18n`].
    pub last_message_i18n: rt::BTreeMap<String, String>,
    /// `receiverId`: see [`DeliverNoticeCardRequest::receiver_id`].
    pub receiver_id: String,
    /// `receiverType`: see [`DeliverNoticeCardRequest::receiver_type`].
    pub receiver_type: String,
}
impl DeliverNoticeCardRequest {
    /// A `DeliverNoticeCardRequest` with its required fields (`operatorId`, `bizId`, `content`, `lastMessageI18n`, `receiverId`, `receiverType`); set the others with the methods named after them.
    pub fn new(required: DeliverNoticeCardRequired) -> Self {
        let DeliverNoticeCardRequired {
            operator_id,
            biz_id,
            content,
            last_message_i18n,
            receiver_id,
            receiver_type,
        } = required;
        Self {
            operator_id,
            at_union_ids: None,
            biz_id,
            btn_action_str: None,
            content,
            detail_mobile_url: None,
            detail_pc_url: None,
            last_message_i18n,
            receiver_id,
            receiver_type,
        }
    }
    /// Sets `atUnionIds`.
    pub fn at_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `btnActionStr`.
    pub fn btn_action_str(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.btn_action_str = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `detailMobileUrl`.
    pub fn detail_mobile_url(mut self, value: impl Into<String>) -> Self {
        self.detail_mobile_url = Some(value.into());
        self
    }
    /// Sets `detailPcUrl`.
    pub fn detail_pc_url(mut self, value: impl Into<String>) -> Self {
        self.detail_pc_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeliverNoticeCardRequest { "atUnionIds" => optional(at_union_ids), "bizId" =>
    field(biz_id), "btnActionStr" => optional(btn_action_str), "content" =>
    field(content), "detailMobileUrl" => optional(detail_mobile_url), "detailPcUrl" =>
    optional(detail_pc_url), "lastMessageI18n" => field(last_message_i18n), "receiverId"
    => field(receiver_id), "receiverType" => field(receiver_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeliverNoticeCardRequest { "operatorId" => read_field(operator_id), "atUnionIds" =>
    read_field(at_union_ids), "bizId" => read_field(biz_id), "btnActionStr" =>
    read_field(btn_action_str), "content" => read_field(content), "detailMobileUrl" =>
    read_field(detail_mobile_url), "detailPcUrl" => read_field(detail_pc_url),
    "lastMessageI18n" => read_field(last_message_i18n), "receiverId" =>
    read_field(receiver_id), "receiverType" => read_field(receiver_type) }
}
impl rt::WriteRequest for DeliverNoticeCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_unify_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeliverUnifyCardRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `atUnionIds`.
    pub at_union_ids: Option<Vec<String>>,
    /// `bizId`.
    pub biz_id: String,
    /// `bizType`.
    pub biz_type: String,
    /// `cardData`.
    pub card_data: String,
    /// `dynamicDataConfig`.
    pub dynamic_data_config: Option<String>,
    /// `lastMessageI18n`.
    pub last_message_i18n: rt::BTreeMap<String, String>,
    /// `receiverId`.
    pub receiver_id: String,
    /// `receiverType`.
    pub receiver_type: String,
    /// `userPrivateData`.
    pub user_private_data: Option<String>,
}
/// The required fields of [`DeliverUnifyCardRequest`], each named where it is set: `DeliverUnifyCardRequest::new(DeliverUnifyCardRequired { .. })`.
pub struct DeliverUnifyCardRequired {
    /// `operatorId`: see [`DeliverUnifyCardRequest::operator_id`].
    pub operator_id: String,
    /// `bizId`: see [`DeliverUnifyCardRequest::biz_id`].
    pub biz_id: String,
    /// `bizType`: see [`DeliverUnifyCardRequest::biz_type`].
    pub biz_type: String,
    /// `cardData`: see [`DeliverUnifyCardRequest::card_data`].
    pub card_data: String,
    /// `lastMessageI18n`: see [`DeliverUnifyCardRequest::last_message_i18n`].
    pub last_message_i18n: rt::BTreeMap<String, String>,
    /// `receiverId`: see [`DeliverUnifyCardRequest::receiver_id`].
    pub receiver_id: String,
    /// `receiverType`: see [`DeliverUnifyCardRequest::receiver_type`].
    pub receiver_type: String,
}
impl DeliverUnifyCardRequest {
    /// A `DeliverUnifyCardRequest` with its required fields (`operatorId`, `bizId`, `bizType`, `cardData`, `lastMessageI18n`, `receiverId`, `receiverType`); set the others with the methods named after them.
    pub fn new(required: DeliverUnifyCardRequired) -> Self {
        let DeliverUnifyCardRequired {
            operator_id,
            biz_id,
            biz_type,
            card_data,
            last_message_i18n,
            receiver_id,
            receiver_type,
        } = required;
        Self {
            operator_id,
            at_union_ids: None,
            biz_id,
            biz_type,
            card_data,
            dynamic_data_config: None,
            last_message_i18n,
            receiver_id,
            receiver_type,
            user_private_data: None,
        }
    }
    /// Sets `atUnionIds`.
    pub fn at_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `dynamicDataConfig`.
    pub fn dynamic_data_config(mut self, value: impl Into<String>) -> Self {
        self.dynamic_data_config = Some(value.into());
        self
    }
    /// Sets `userPrivateData`.
    pub fn user_private_data(mut self, value: impl Into<String>) -> Self {
        self.user_private_data = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeliverUnifyCardRequest { "atUnionIds" => optional(at_union_ids), "bizId" =>
    field(biz_id), "bizType" => field(biz_type), "cardData" => field(card_data),
    "dynamicDataConfig" => optional(dynamic_data_config), "lastMessageI18n" =>
    field(last_message_i18n), "receiverId" => field(receiver_id), "receiverType" =>
    field(receiver_type), "userPrivateData" => optional(user_private_data) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeliverUnifyCardRequest { "operatorId" => read_field(operator_id), "atUnionIds" =>
    read_field(at_union_ids), "bizId" => read_field(biz_id), "bizType" =>
    read_field(biz_type), "cardData" => read_field(card_data), "dynamicDataConfig" =>
    read_field(dynamic_data_config), "lastMessageI18n" => read_field(last_message_i18n),
    "receiverId" => read_field(receiver_id), "receiverType" => read_field(receiver_type),
    "userPrivateData" => read_field(user_private_data) }
}
impl rt::WriteRequest for DeliverUnifyCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_append_paragraph`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocAppendParagraphRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `elementType`.
    pub element_type: String,
    /// `properties`.
    pub properties: rt::BTreeMap<String, rt::serde_json::Value>,
}
/// The required fields of [`DocAppendParagraphRequest`], each named where it is set: `DocAppendParagraphRequest::new(DocAppendParagraphRequired { .. })`.
pub struct DocAppendParagraphRequired {
    /// `operatorId`: see [`DocAppendParagraphRequest::operator_id`].
    pub operator_id: String,
    /// `elementType`: see [`DocAppendParagraphRequest::element_type`].
    pub element_type: String,
    /// `properties`: see [`DocAppendParagraphRequest::properties`].
    pub properties: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl DocAppendParagraphRequest {
    /// A `DocAppendParagraphRequest` with its required fields (`operatorId`, `elementType`, `properties`); set the others with the methods named after them.
    pub fn new(required: DocAppendParagraphRequired) -> Self {
        let DocAppendParagraphRequired { operator_id, element_type, properties } = required;
        Self {
            operator_id,
            element_type,
            properties,
        }
    }
}
rt::impl_serialize! {
    DocAppendParagraphRequest { "elementType" => field(element_type), "properties" =>
    field(properties) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocAppendParagraphRequest { "operatorId" => read_field(operator_id), "elementType" =>
    read_field(element_type), "properties" => read_field(properties) }
}
impl rt::WriteRequest for DocAppendParagraphRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_append_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocAppendTextRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `text`.
    pub text: String,
}
/// The required fields of [`DocAppendTextRequest`], each named where it is set: `DocAppendTextRequest::new(DocAppendTextRequired { .. })`.
pub struct DocAppendTextRequired {
    /// `operatorId`: see [`DocAppendTextRequest::operator_id`].
    pub operator_id: String,
    /// `text`: see [`DocAppendTextRequest::text`].
    pub text: String,
}
impl DocAppendTextRequest {
    /// A `DocAppendTextRequest` with its required fields (`operatorId`, `text`); set the others with the methods named after them.
    pub fn new(required: DocAppendTextRequired) -> Self {
        let DocAppendTextRequired { operator_id, text } = required;
        Self { operator_id, text }
    }
}
rt::impl_serialize! {
    DocAppendTextRequest { "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocAppendTextRequest { "operatorId" => read_field(operator_id), "text" =>
    read_field(text) }
}
impl rt::WriteRequest for DocAppendTextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_blocks_modify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocBlocksModifyRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `element`.
    pub element: rt::BTreeMap<String, rt::serde_json::Value>,
}
/// The required fields of [`DocBlocksModifyRequest`], each named where it is set: `DocBlocksModifyRequest::new(DocBlocksModifyRequired { .. })`.
pub struct DocBlocksModifyRequired {
    /// `operatorId`: see [`DocBlocksModifyRequest::operator_id`].
    pub operator_id: String,
    /// `element`: see [`DocBlocksModifyRequest::element`].
    pub element: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl DocBlocksModifyRequest {
    /// A `DocBlocksModifyRequest` with its required fields (`operatorId`, `element`); set the others with the methods named after them.
    pub fn new(required: DocBlocksModifyRequired) -> Self {
        let DocBlocksModifyRequired { operator_id, element } = required;
        Self { operator_id, element }
    }
}
rt::impl_serialize! {
    DocBlocksModifyRequest { "element" => field(element) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocBlocksModifyRequest { "operatorId" => read_field(operator_id), "element" =>
    read_field(element) }
}
impl rt::WriteRequest for DocBlocksModifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_blocks_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocBlocksQueryRequest {
    /// `blockType`: a query parameter.
    pub block_type: Option<String>,
    /// `endIndex`: a query parameter.
    pub end_index: Option<i64>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `startIndex`: a query parameter.
    pub start_index: Option<i64>,
}
/// The required fields of [`DocBlocksQueryRequest`], each named where it is set: `DocBlocksQueryRequest::new(DocBlocksQueryRequired { .. })`.
pub struct DocBlocksQueryRequired {
    /// `operatorId`: see [`DocBlocksQueryRequest::operator_id`].
    pub operator_id: String,
}
impl DocBlocksQueryRequest {
    /// A `DocBlocksQueryRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocBlocksQueryRequired) -> Self {
        let DocBlocksQueryRequired { operator_id } = required;
        Self {
            block_type: None,
            end_index: None,
            operator_id,
            start_index: None,
        }
    }
    /// Sets `blockType`.
    pub fn block_type(mut self, value: impl Into<String>) -> Self {
        self.block_type = Some(value.into());
        self
    }
    /// Sets `endIndex`.
    pub fn end_index(mut self, value: i64) -> Self {
        self.end_index = Some(value);
        self
    }
    /// Sets `startIndex`.
    pub fn start_index(mut self, value: i64) -> Self {
        self.start_index = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocBlocksQueryRequest { "blockType" => read_field(block_type), "endIndex" =>
    read_field(end_index), "operatorId" => read_field(operator_id), "startIndex" =>
    read_field(start_index) }
}
impl rt::WriteRequest for DocBlocksQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("blockType", &self.block_type);
        writer.query("endIndex", &self.end_index);
        writer.query("operatorId", &self.operator_id);
        writer.query("startIndex", &self.start_index);
    }
}
/// The request of [`Api::doc_delete_block`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocDeleteBlockRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DocDeleteBlockRequest`], each named where it is set: `DocDeleteBlockRequest::new(DocDeleteBlockRequired { .. })`.
pub struct DocDeleteBlockRequired {
    /// `operatorId`: see [`DocDeleteBlockRequest::operator_id`].
    pub operator_id: String,
}
impl DocDeleteBlockRequest {
    /// A `DocDeleteBlockRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocDeleteBlockRequired) -> Self {
        let DocDeleteBlockRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocDeleteBlockRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DocDeleteBlockRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_elements`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocElementsRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<String>,
    /// `elementType`: a query parameter.
    pub element_type: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `size`: a query parameter.
    pub size: Option<i64>,
}
/// The required fields of [`DocElementsRequest`], each named where it is set: `DocElementsRequest::new(DocElementsRequired { .. })`.
pub struct DocElementsRequired {
    /// `operatorId`: see [`DocElementsRequest::operator_id`].
    pub operator_id: String,
}
impl DocElementsRequest {
    /// A `DocElementsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocElementsRequired) -> Self {
        let DocElementsRequired { operator_id } = required;
        Self {
            cursor: None,
            element_type: None,
            operator_id,
            size: None,
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// Sets `elementType`.
    pub fn element_type(mut self, value: impl Into<String>) -> Self {
        self.element_type = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocElementsRequest { "cursor" => read_field(cursor), "elementType" =>
    read_field(element_type), "operatorId" => read_field(operator_id), "size" =>
    read_field(size) }
}
impl rt::WriteRequest for DocElementsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("elementType", &self.element_type);
        writer.query("operatorId", &self.operator_id);
        writer.query("size", &self.size);
    }
}
/// The request of [`Api::doc_export`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocExportRequest {
    /// `targetFormat`: a query parameter.
    pub target_format: Option<String>,
}
impl DocExportRequest {
    /// An empty `DocExportRequest`; set fields with the methods named after them.
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
    DocExportRequest { "targetFormat" => read_field(target_format) }
}
impl rt::WriteRequest for DocExportRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::doc_export_snapshot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocExportSnapshotRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DocExportSnapshotRequest`], each named where it is set: `DocExportSnapshotRequest::new(DocExportSnapshotRequired { .. })`.
pub struct DocExportSnapshotRequired {
    /// `operatorId`: see [`DocExportSnapshotRequest::operator_id`].
    pub operator_id: String,
}
impl DocExportSnapshotRequest {
    /// A `DocExportSnapshotRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocExportSnapshotRequired) -> Self {
        let DocExportSnapshotRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocExportSnapshotRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DocExportSnapshotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_insert_blocks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocInsertBlocksRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `blockId`.
    pub block_id: Option<String>,
    /// `element`.
    pub element: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `index`.
    pub index: Option<i64>,
    /// `where`.
    pub r#where: Option<String>,
}
/// The required fields of [`DocInsertBlocksRequest`], each named where it is set: `DocInsertBlocksRequest::new(DocInsertBlocksRequired { .. })`.
pub struct DocInsertBlocksRequired {
    /// `operatorId`: see [`DocInsertBlocksRequest::operator_id`].
    pub operator_id: String,
    /// `element`: see [`DocInsertBlocksRequest::element`].
    pub element: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl DocInsertBlocksRequest {
    /// A `DocInsertBlocksRequest` with its required fields (`operatorId`, `element`); set the others with the methods named after them.
    pub fn new(required: DocInsertBlocksRequired) -> Self {
        let DocInsertBlocksRequired { operator_id, element } = required;
        Self {
            operator_id,
            block_id: None,
            element,
            index: None,
            r#where: None,
        }
    }
    /// Sets `blockId`.
    pub fn block_id(mut self, value: impl Into<String>) -> Self {
        self.block_id = Some(value.into());
        self
    }
    /// Sets `index`.
    pub fn set_index(mut self, value: i64) -> Self {
        self.index = Some(value);
        self
    }
    /// Sets `where`.
    pub fn r#where(mut self, value: impl Into<String>) -> Self {
        self.r#where = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DocInsertBlocksRequest { "blockId" => optional(block_id), "element" =>
    field(element), "index" => optional(index), "where" => optional(r#where) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocInsertBlocksRequest { "operatorId" => read_field(operator_id), "blockId" =>
    read_field(block_id), "element" => read_field(element), "index" => read_field(index),
    "where" => read_field(r#where) }
}
impl rt::WriteRequest for DocInsertBlocksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_slots_modify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocSlotsModifyRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `request`.
    pub request: Option<Vec<DocSlotsModifyRequestRequest>>,
}
/// The required fields of [`DocSlotsModifyRequest`], each named where it is set: `DocSlotsModifyRequest::new(DocSlotsModifyRequired { .. })`.
pub struct DocSlotsModifyRequired {
    /// `operatorId`: see [`DocSlotsModifyRequest::operator_id`].
    pub operator_id: String,
}
impl DocSlotsModifyRequest {
    /// A `DocSlotsModifyRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocSlotsModifyRequired) -> Self {
        let DocSlotsModifyRequired { operator_id } = required;
        Self { operator_id, request: None }
    }
    /// Sets `request`.
    pub fn request(
        mut self,
        value: impl IntoIterator<Item = DocSlotsModifyRequestRequest>,
    ) -> Self {
        self.request = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    DocSlotsModifyRequest { "request" => optional(request) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocSlotsModifyRequest { "operatorId" => read_field(operator_id), "request" =>
    read_field(request) }
}
impl rt::WriteRequest for DocSlotsModifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_slots_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocSlotsQueryRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DocSlotsQueryRequest`], each named where it is set: `DocSlotsQueryRequest::new(DocSlotsQueryRequired { .. })`.
pub struct DocSlotsQueryRequired {
    /// `operatorId`: see [`DocSlotsQueryRequest::operator_id`].
    pub operator_id: String,
}
impl DocSlotsQueryRequest {
    /// A `DocSlotsQueryRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DocSlotsQueryRequired) -> Self {
        let DocSlotsQueryRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocSlotsQueryRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DocSlotsQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_update_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DocUpdateContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `content`.
    pub content: String,
    /// `dataType`.
    pub data_type: Option<String>,
}
/// The required fields of [`DocUpdateContentRequest`], each named where it is set: `DocUpdateContentRequest::new(DocUpdateContentRequired { .. })`.
pub struct DocUpdateContentRequired {
    /// `operatorId`: see [`DocUpdateContentRequest::operator_id`].
    pub operator_id: String,
    /// `content`: see [`DocUpdateContentRequest::content`].
    pub content: String,
}
impl DocUpdateContentRequest {
    /// A `DocUpdateContentRequest` with its required fields (`operatorId`, `content`); set the others with the methods named after them.
    pub fn new(required: DocUpdateContentRequired) -> Self {
        let DocUpdateContentRequired { operator_id, content } = required;
        Self {
            operator_id,
            content,
            data_type: None,
        }
    }
    /// Sets `dataType`.
    pub fn data_type(mut self, value: impl Into<String>) -> Self {
        self.data_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DocUpdateContentRequest { "content" => field(content), "dataType" =>
    optional(data_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DocUpdateContentRequest { "operatorId" => read_field(operator_id), "content" =>
    read_field(content), "dataType" => read_field(data_type) }
}
impl rt::WriteRequest for DocUpdateContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_all_sheets`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAllSheetsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetAllSheetsRequest`], each named where it is set: `GetAllSheetsRequest::new(GetAllSheetsRequired { .. })`.
pub struct GetAllSheetsRequired {
    /// `operatorId`: see [`GetAllSheetsRequest::operator_id`].
    pub operator_id: String,
}
impl GetAllSheetsRequest {
    /// A `GetAllSheetsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetAllSheetsRequired) -> Self {
        let GetAllSheetsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAllSheetsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetAllSheetsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_developer_metadata`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDeveloperMetadataRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetDeveloperMetadataRequest`], each named where it is set: `GetDeveloperMetadataRequest::new(GetDeveloperMetadataRequired { .. })`.
pub struct GetDeveloperMetadataRequired {
    /// `operatorId`: see [`GetDeveloperMetadataRequest::operator_id`].
    pub operator_id: String,
}
impl GetDeveloperMetadataRequest {
    /// A `GetDeveloperMetadataRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetDeveloperMetadataRequired) -> Self {
        let GetDeveloperMetadataRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDeveloperMetadataRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetDeveloperMetadataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetFilterRequest`], each named where it is set: `GetFilterRequest::new(GetFilterRequired { .. })`.
pub struct GetFilterRequired {
    /// `operatorId`: see [`GetFilterRequest::operator_id`].
    pub operator_id: String,
}
impl GetFilterRequest {
    /// A `GetFilterRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetFilterRequired) -> Self {
        let GetFilterRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFilterRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_filter_views`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFilterViewsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetFilterViewsRequest`], each named where it is set: `GetFilterViewsRequest::new(GetFilterViewsRequired { .. })`.
pub struct GetFilterViewsRequired {
    /// `operatorId`: see [`GetFilterViewsRequest::operator_id`].
    pub operator_id: String,
}
impl GetFilterViewsRequest {
    /// A `GetFilterViewsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetFilterViewsRequired) -> Self {
        let GetFilterViewsRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFilterViewsRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetFilterViewsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFloatImageRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetFloatImageRequest`], each named where it is set: `GetFloatImageRequest::new(GetFloatImageRequired { .. })`.
pub struct GetFloatImageRequired {
    /// `operatorId`: see [`GetFloatImageRequest::operator_id`].
    pub operator_id: String,
}
impl GetFloatImageRequest {
    /// A `GetFloatImageRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetFloatImageRequired) -> Self {
        let GetFloatImageRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFloatImageRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetFloatImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_float_images`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFloatImagesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetFloatImagesRequest`], each named where it is set: `GetFloatImagesRequest::new(GetFloatImagesRequired { .. })`.
pub struct GetFloatImagesRequired {
    /// `operatorId`: see [`GetFloatImagesRequest::operator_id`].
    pub operator_id: String,
}
impl GetFloatImagesRequest {
    /// A `GetFloatImagesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetFloatImagesRequired) -> Self {
        let GetFloatImagesRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFloatImagesRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetFloatImagesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_import_document_mark`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetImportDocumentMarkRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetImportDocumentMarkRequest`], each named where it is set: `GetImportDocumentMarkRequest::new(GetImportDocumentMarkRequired { .. })`.
pub struct GetImportDocumentMarkRequired {
    /// `operatorId`: see [`GetImportDocumentMarkRequest::operator_id`].
    pub operator_id: String,
}
impl GetImportDocumentMarkRequest {
    /// A `GetImportDocumentMarkRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetImportDocumentMarkRequired) -> Self {
        let GetImportDocumentMarkRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetImportDocumentMarkRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetImportDocumentMarkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_range`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRangeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `select`: a query parameter.
    pub select: Option<String>,
}
/// The required fields of [`GetRangeRequest`], each named where it is set: `GetRangeRequest::new(GetRangeRequired { .. })`.
pub struct GetRangeRequired {
    /// `operatorId`: see [`GetRangeRequest::operator_id`].
    pub operator_id: String,
}
impl GetRangeRequest {
    /// A `GetRangeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetRangeRequired) -> Self {
        let GetRangeRequired { operator_id } = required;
        Self { operator_id, select: None }
    }
    /// Sets `select`.
    pub fn select(mut self, value: impl Into<String>) -> Self {
        self.select = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRangeRequest { "operatorId" => read_field(operator_id), "select" =>
    read_field(select) }
}
impl rt::WriteRequest for GetRangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("select", &self.select);
    }
}
/// The request of [`Api::get_recent_edit_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecentEditDocsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetRecentEditDocsRequest`], each named where it is set: `GetRecentEditDocsRequest::new(GetRecentEditDocsRequired { .. })`.
pub struct GetRecentEditDocsRequired {
    /// `maxResults`: see [`GetRecentEditDocsRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`GetRecentEditDocsRequest::operator_id`].
    pub operator_id: String,
}
impl GetRecentEditDocsRequest {
    /// A `GetRecentEditDocsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: GetRecentEditDocsRequired) -> Self {
        let GetRecentEditDocsRequired { max_results, operator_id } = required;
        Self {
            max_results,
            next_token: None,
            operator_id,
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
    GetRecentEditDocsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetRecentEditDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_recent_open_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRecentOpenDocsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetRecentOpenDocsRequest`], each named where it is set: `GetRecentOpenDocsRequest::new(GetRecentOpenDocsRequired { .. })`.
pub struct GetRecentOpenDocsRequired {
    /// `maxResults`: see [`GetRecentOpenDocsRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`GetRecentOpenDocsRequest::operator_id`].
    pub operator_id: String,
}
impl GetRecentOpenDocsRequest {
    /// A `GetRecentOpenDocsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: GetRecentOpenDocsRequired) -> Self {
        let GetRecentOpenDocsRequired { max_results, operator_id } = required;
        Self {
            max_results,
            next_token: None,
            operator_id,
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
    GetRecentOpenDocsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetRecentOpenDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_related_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRelatedWorkspacesRequest {
    /// `includeRecent`: a query parameter.
    pub include_recent: Option<bool>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetRelatedWorkspacesRequest`], each named where it is set: `GetRelatedWorkspacesRequest::new(GetRelatedWorkspacesRequired { .. })`.
pub struct GetRelatedWorkspacesRequired {
    /// `operatorId`: see [`GetRelatedWorkspacesRequest::operator_id`].
    pub operator_id: String,
}
impl GetRelatedWorkspacesRequest {
    /// A `GetRelatedWorkspacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetRelatedWorkspacesRequired) -> Self {
        let GetRelatedWorkspacesRequired { operator_id } = required;
        Self {
            include_recent: None,
            operator_id,
        }
    }
    /// Sets `includeRecent`.
    pub fn include_recent(mut self, value: bool) -> Self {
        self.include_recent = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRelatedWorkspacesRequest { "includeRecent" => read_field(include_recent),
    "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetRelatedWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeRecent", &self.include_recent);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_resource_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetResourceDownloadInfoRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetResourceDownloadInfoRequest`], each named where it is set: `GetResourceDownloadInfoRequest::new(GetResourceDownloadInfoRequired { .. })`.
pub struct GetResourceDownloadInfoRequired {
    /// `operatorId`: see [`GetResourceDownloadInfoRequest::operator_id`].
    pub operator_id: String,
}
impl GetResourceDownloadInfoRequest {
    /// A `GetResourceDownloadInfoRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetResourceDownloadInfoRequired) -> Self {
        let GetResourceDownloadInfoRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResourceDownloadInfoRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetResourceDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_resource_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetResourceUploadInfoRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `mediaType`.
    pub media_type: String,
    /// `resourceName`.
    pub resource_name: String,
    /// `size`.
    pub size: i64,
}
/// The required fields of [`GetResourceUploadInfoRequest`], each named where it is set: `GetResourceUploadInfoRequest::new(GetResourceUploadInfoRequired { .. })`.
pub struct GetResourceUploadInfoRequired {
    /// `operatorId`: see [`GetResourceUploadInfoRequest::operator_id`].
    pub operator_id: String,
    /// `mediaType`: see [`GetResourceUploadInfoRequest::media_type`].
    pub media_type: String,
    /// `resourceName`: see [`GetResourceUploadInfoRequest::resource_name`].
    pub resource_name: String,
    /// `size`: see [`GetResourceUploadInfoRequest::size`].
    pub size: i64,
}
impl GetResourceUploadInfoRequest {
    /// A `GetResourceUploadInfoRequest` with its required fields (`operatorId`, `mediaType`, `resourceName`, `size`); set the others with the methods named after them.
    pub fn new(required: GetResourceUploadInfoRequired) -> Self {
        let GetResourceUploadInfoRequired {
            operator_id,
            media_type,
            resource_name,
            size,
        } = required;
        Self {
            operator_id,
            media_type,
            resource_name,
            size,
        }
    }
}
rt::impl_serialize! {
    GetResourceUploadInfoRequest { "mediaType" => field(media_type), "resourceName" =>
    field(resource_name), "size" => field(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResourceUploadInfoRequest { "operatorId" => read_field(operator_id), "mediaType"
    => read_field(media_type), "resourceName" => read_field(resource_name), "size" =>
    read_field(size) }
}
impl rt::WriteRequest for GetResourceUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetSheetRequest`], each named where it is set: `GetSheetRequest::new(GetSheetRequired { .. })`.
pub struct GetSheetRequired {
    /// `operatorId`: see [`GetSheetRequest::operator_id`].
    pub operator_id: String,
}
impl GetSheetRequest {
    /// A `GetSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetSheetRequired) -> Self {
        let GetSheetRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSheetRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_template_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTemplateByIdRequest {
    /// `belong`: a query parameter.
    pub belong: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetTemplateByIdRequest`], each named where it is set: `GetTemplateByIdRequest::new(GetTemplateByIdRequired { .. })`.
pub struct GetTemplateByIdRequired {
    /// `belong`: see [`GetTemplateByIdRequest::belong`].
    pub belong: String,
    /// `operatorId`: see [`GetTemplateByIdRequest::operator_id`].
    pub operator_id: String,
}
impl GetTemplateByIdRequest {
    /// A `GetTemplateByIdRequest` with its required fields (`belong`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: GetTemplateByIdRequired) -> Self {
        let GetTemplateByIdRequired { belong, operator_id } = required;
        Self { belong, operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTemplateByIdRequest { "belong" => read_field(belong), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for GetTemplateByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("belong", &self.belong);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_workspace_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWorkspaceNodeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetWorkspaceNodeRequest`], each named where it is set: `GetWorkspaceNodeRequest::new(GetWorkspaceNodeRequired { .. })`.
pub struct GetWorkspaceNodeRequired {
    /// `operatorId`: see [`GetWorkspaceNodeRequest::operator_id`].
    pub operator_id: String,
}
impl GetWorkspaceNodeRequest {
    /// A `GetWorkspaceNodeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetWorkspaceNodeRequired) -> Self {
        let GetWorkspaceNodeRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWorkspaceNodeRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetWorkspaceNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::init_document`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InitDocumentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `attachmentsKey`.
    pub attachments_key: Option<String>,
    /// `attachmentsMap`.
    pub attachments_map: Option<rt::BTreeMap<String, AttachmentsMapValue>>,
    /// `importType`.
    pub import_type: i64,
    /// `linksKey`.
    pub links_key: Option<String>,
}
/// The required fields of [`InitDocumentRequest`], each named where it is set: `InitDocumentRequest::new(InitDocumentRequired { .. })`.
pub struct InitDocumentRequired {
    /// `operatorId`: see [`InitDocumentRequest::operator_id`].
    pub operator_id: String,
    /// `importType`: see [`InitDocumentRequest::import_type`].
    pub import_type: i64,
}
impl InitDocumentRequest {
    /// A `InitDocumentRequest` with its required fields (`operatorId`, `importType`); set the others with the methods named after them.
    pub fn new(required: InitDocumentRequired) -> Self {
        let InitDocumentRequired { operator_id, import_type } = required;
        Self {
            operator_id,
            attachments_key: None,
            attachments_map: None,
            import_type,
            links_key: None,
        }
    }
    /// Sets `attachmentsKey`.
    pub fn attachments_key(mut self, value: impl Into<String>) -> Self {
        self.attachments_key = Some(value.into());
        self
    }
    /// Sets `attachmentsMap`.
    pub fn attachments_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, AttachmentsMapValue)>,
    ) -> Self {
        self.attachments_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `linksKey`.
    pub fn links_key(mut self, value: impl Into<String>) -> Self {
        self.links_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InitDocumentRequest { "attachmentsKey" => optional(attachments_key), "attachmentsMap"
    => optional(attachments_map), "importType" => field(import_type), "linksKey" =>
    optional(links_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InitDocumentRequest { "operatorId" => read_field(operator_id), "attachmentsKey" =>
    read_field(attachments_key), "attachmentsMap" => read_field(attachments_map),
    "importType" => read_field(import_type), "linksKey" => read_field(links_key) }
}
impl rt::WriteRequest for InitDocumentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_blocks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequest {
    /// `blocks`.
    pub blocks: Vec<InsertBlocksRequestBlocks>,
    /// `location`.
    pub location: Option<InsertBlocksRequestLocation>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`InsertBlocksRequest`], each named where it is set: `InsertBlocksRequest::new(InsertBlocksRequired { .. })`.
pub struct InsertBlocksRequired {
    /// `blocks`: see [`InsertBlocksRequest::blocks`].
    pub blocks: Vec<InsertBlocksRequestBlocks>,
    /// `operatorId`: see [`InsertBlocksRequest::operator_id`].
    pub operator_id: String,
}
impl InsertBlocksRequest {
    /// A `InsertBlocksRequest` with its required fields (`blocks`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: InsertBlocksRequired) -> Self {
        let InsertBlocksRequired { blocks, operator_id } = required;
        Self {
            blocks,
            location: None,
            operator_id,
        }
    }
    /// Sets `location`.
    pub fn location(mut self, value: InsertBlocksRequestLocation) -> Self {
        self.location = Some(value);
        self
    }
}
rt::impl_serialize! {
    InsertBlocksRequest { "blocks" => field(blocks), "location" => optional(location),
    "operatorId" => field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertBlocksRequest { "blocks" => read_field(blocks), "location" =>
    read_field(location), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for InsertBlocksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_columns_before`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertColumnsBeforeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `columnCount`.
    pub column_count: i64,
}
/// The required fields of [`InsertColumnsBeforeRequest`], each named where it is set: `InsertColumnsBeforeRequest::new(InsertColumnsBeforeRequired { .. })`.
pub struct InsertColumnsBeforeRequired {
    /// `operatorId`: see [`InsertColumnsBeforeRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`InsertColumnsBeforeRequest::column`].
    pub column: i64,
    /// `columnCount`: see [`InsertColumnsBeforeRequest::column_count`].
    pub column_count: i64,
}
impl InsertColumnsBeforeRequest {
    /// A `InsertColumnsBeforeRequest` with its required fields (`operatorId`, `column`, `columnCount`); set the others with the methods named after them.
    pub fn new(required: InsertColumnsBeforeRequired) -> Self {
        let InsertColumnsBeforeRequired { operator_id, column, column_count } = required;
        Self {
            operator_id,
            column,
            column_count,
        }
    }
}
rt::impl_serialize! {
    InsertColumnsBeforeRequest { "column" => field(column), "columnCount" =>
    field(column_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertColumnsBeforeRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "columnCount" => read_field(column_count) }
}
impl rt::WriteRequest for InsertColumnsBeforeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `content`.
    pub content: InsertContentRequestContent,
    /// `index`.
    pub index: Option<i64>,
    /// `path`.
    pub path: Option<Vec<i64>>,
}
/// The required fields of [`InsertContentRequest`], each named where it is set: `InsertContentRequest::new(InsertContentRequired { .. })`.
pub struct InsertContentRequired {
    /// `operatorId`: see [`InsertContentRequest::operator_id`].
    pub operator_id: String,
    /// `content`: see [`InsertContentRequest::content`].
    pub content: InsertContentRequestContent,
}
impl InsertContentRequest {
    /// A `InsertContentRequest` with its required fields (`operatorId`, `content`); set the others with the methods named after them.
    pub fn new(required: InsertContentRequired) -> Self {
        let InsertContentRequired { operator_id, content } = required;
        Self {
            operator_id,
            content,
            index: None,
            path: None,
        }
    }
    /// Sets `index`.
    pub fn set_index(mut self, value: i64) -> Self {
        self.index = Some(value);
        self
    }
    /// Sets `path`.
    pub fn path(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.path = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    InsertContentRequest { "content" => field(content), "index" => optional(index),
    "path" => optional(path) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertContentRequest { "operatorId" => read_field(operator_id), "content" =>
    read_field(content), "index" => read_field(index), "path" => read_field(path) }
}
impl rt::WriteRequest for InsertContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_dropdown_lists`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertDropdownListsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `options`.
    pub options: Vec<InsertDropdownListsRequestOptions>,
}
/// The required fields of [`InsertDropdownListsRequest`], each named where it is set: `InsertDropdownListsRequest::new(InsertDropdownListsRequired { .. })`.
pub struct InsertDropdownListsRequired {
    /// `operatorId`: see [`InsertDropdownListsRequest::operator_id`].
    pub operator_id: String,
    /// `options`: see [`InsertDropdownListsRequest::options`].
    pub options: Vec<InsertDropdownListsRequestOptions>,
}
impl InsertDropdownListsRequest {
    /// A `InsertDropdownListsRequest` with its required fields (`operatorId`, `options`); set the others with the methods named after them.
    pub fn new(required: InsertDropdownListsRequired) -> Self {
        let InsertDropdownListsRequired { operator_id, options } = required;
        Self { operator_id, options }
    }
}
rt::impl_serialize! {
    InsertDropdownListsRequest { "options" => field(options) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertDropdownListsRequest { "operatorId" => read_field(operator_id), "options" =>
    read_field(options) }
}
impl rt::WriteRequest for InsertDropdownListsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_rows_before`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertRowsBeforeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
}
/// The required fields of [`InsertRowsBeforeRequest`], each named where it is set: `InsertRowsBeforeRequest::new(InsertRowsBeforeRequired { .. })`.
pub struct InsertRowsBeforeRequired {
    /// `operatorId`: see [`InsertRowsBeforeRequest::operator_id`].
    pub operator_id: String,
    /// `row`: see [`InsertRowsBeforeRequest::row`].
    pub row: i64,
    /// `rowCount`: see [`InsertRowsBeforeRequest::row_count`].
    pub row_count: i64,
}
impl InsertRowsBeforeRequest {
    /// A `InsertRowsBeforeRequest` with its required fields (`operatorId`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(required: InsertRowsBeforeRequired) -> Self {
        let InsertRowsBeforeRequired { operator_id, row, row_count } = required;
        Self {
            operator_id,
            row,
            row_count,
        }
    }
}
rt::impl_serialize! {
    InsertRowsBeforeRequest { "row" => field(row), "rowCount" => field(row_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertRowsBeforeRequest { "operatorId" => read_field(operator_id), "row" =>
    read_field(row), "rowCount" => read_field(row_count) }
}
impl rt::WriteRequest for InsertRowsBeforeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_comments`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListCommentsRequest {
    /// `isGlobal`: a query parameter.
    pub is_global: Option<bool>,
    /// `isSolved`: a query parameter.
    pub is_solved: Option<bool>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ListCommentsRequest`], each named where it is set: `ListCommentsRequest::new(ListCommentsRequired { .. })`.
pub struct ListCommentsRequired {
    /// `operatorId`: see [`ListCommentsRequest::operator_id`].
    pub operator_id: String,
}
impl ListCommentsRequest {
    /// A `ListCommentsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListCommentsRequired) -> Self {
        let ListCommentsRequired { operator_id } = required;
        Self {
            is_global: None,
            is_solved: None,
            max_results: None,
            next_token: None,
            operator_id,
        }
    }
    /// Sets `isGlobal`.
    pub fn is_global(mut self, value: bool) -> Self {
        self.is_global = Some(value);
        self
    }
    /// Sets `isSolved`.
    pub fn is_solved(mut self, value: bool) -> Self {
        self.is_solved = Some(value);
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListCommentsRequest { "isGlobal" => read_field(is_global), "isSolved" =>
    read_field(is_solved), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ListCommentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isGlobal", &self.is_global);
        writer.query("isSolved", &self.is_solved);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListTemplateRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `templateType`: a query parameter.
    pub template_type: String,
    /// `workspaceId`: a query parameter.
    pub workspace_id: Option<String>,
}
/// The required fields of [`ListTemplateRequest`], each named where it is set: `ListTemplateRequest::new(ListTemplateRequired { .. })`.
pub struct ListTemplateRequired {
    /// `maxResults`: see [`ListTemplateRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`ListTemplateRequest::operator_id`].
    pub operator_id: String,
    /// `templateType`: see [`ListTemplateRequest::template_type`].
    pub template_type: String,
}
impl ListTemplateRequest {
    /// A `ListTemplateRequest` with its required fields (`maxResults`, `operatorId`, `templateType`); set the others with the methods named after them.
    pub fn new(required: ListTemplateRequired) -> Self {
        let ListTemplateRequired { max_results, operator_id, template_type } = required;
        Self {
            max_results,
            next_token: None,
            operator_id,
            template_type,
            workspace_id: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `workspaceId`.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTemplateRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "templateType" =>
    read_field(template_type), "workspaceId" => read_field(workspace_id) }
}
impl rt::WriteRequest for ListTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("templateType", &self.template_type);
        writer.query("workspaceId", &self.workspace_id);
    }
}
/// The request of [`Api::merge_range`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MergeRangeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `mergeType`.
    pub merge_type: Option<String>,
}
/// The required fields of [`MergeRangeRequest`], each named where it is set: `MergeRangeRequest::new(MergeRangeRequired { .. })`.
pub struct MergeRangeRequired {
    /// `operatorId`: see [`MergeRangeRequest::operator_id`].
    pub operator_id: String,
}
impl MergeRangeRequest {
    /// A `MergeRangeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: MergeRangeRequired) -> Self {
        let MergeRangeRequired { operator_id } = required;
        Self {
            operator_id,
            merge_type: None,
        }
    }
    /// Sets `mergeType`.
    pub fn merge_type(mut self, value: impl Into<String>) -> Self {
        self.merge_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MergeRangeRequest { "mergeType" => optional(merge_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MergeRangeRequest { "operatorId" => read_field(operator_id), "mergeType" =>
    read_field(merge_type) }
}
impl rt::WriteRequest for MergeRangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::range_find_next`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RangeFindNextRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `findOptions`.
    pub find_options: Option<RangeFindNextRequestFindOptions>,
    /// `text`.
    pub text: String,
}
/// The required fields of [`RangeFindNextRequest`], each named where it is set: `RangeFindNextRequest::new(RangeFindNextRequired { .. })`.
pub struct RangeFindNextRequired {
    /// `operatorId`: see [`RangeFindNextRequest::operator_id`].
    pub operator_id: String,
    /// `text`: see [`RangeFindNextRequest::text`].
    pub text: String,
}
impl RangeFindNextRequest {
    /// A `RangeFindNextRequest` with its required fields (`operatorId`, `text`); set the others with the methods named after them.
    pub fn new(required: RangeFindNextRequired) -> Self {
        let RangeFindNextRequired { operator_id, text } = required;
        Self {
            operator_id,
            find_options: None,
            text,
        }
    }
    /// Sets `findOptions`.
    pub fn find_options(mut self, value: RangeFindNextRequestFindOptions) -> Self {
        self.find_options = Some(value);
        self
    }
}
rt::impl_serialize! {
    RangeFindNextRequest { "findOptions" => optional(find_options), "text" => field(text)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RangeFindNextRequest { "operatorId" => read_field(operator_id), "findOptions" =>
    read_field(find_options), "text" => read_field(text) }
}
impl rt::WriteRequest for RangeFindNextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_workspace_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchWorkspaceDocsRequest {
    /// `keyword`: a query parameter.
    pub keyword: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `workspaceId`: a query parameter.
    pub workspace_id: Option<String>,
}
/// The required fields of [`SearchWorkspaceDocsRequest`], each named where it is set: `SearchWorkspaceDocsRequest::new(SearchWorkspaceDocsRequired { .. })`.
pub struct SearchWorkspaceDocsRequired {
    /// `keyword`: see [`SearchWorkspaceDocsRequest::keyword`].
    pub keyword: String,
    /// `maxResults`: see [`SearchWorkspaceDocsRequest::max_results`].
    pub max_results: i64,
    /// `operatorId`: see [`SearchWorkspaceDocsRequest::operator_id`].
    pub operator_id: String,
}
impl SearchWorkspaceDocsRequest {
    /// A `SearchWorkspaceDocsRequest` with its required fields (`keyword`, `maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: SearchWorkspaceDocsRequired) -> Self {
        let SearchWorkspaceDocsRequired { keyword, max_results, operator_id } = required;
        Self {
            keyword,
            max_results,
            next_token: None,
            operator_id,
            workspace_id: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `workspaceId`.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchWorkspaceDocsRequest { "keyword" => read_field(keyword), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operatorId" =>
    read_field(operator_id), "workspaceId" => read_field(workspace_id) }
}
impl rt::WriteRequest for SearchWorkspaceDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyword", &self.keyword);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("workspaceId", &self.workspace_id);
    }
}
/// The request of [`Api::set_border`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetBorderRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `color`.
    pub color: Option<String>,
    /// `style`.
    pub style: Option<String>,
    /// `type`.
    pub r#type: Option<SetBorderRequestType>,
}
/// The required fields of [`SetBorderRequest`], each named where it is set: `SetBorderRequest::new(SetBorderRequired { .. })`.
pub struct SetBorderRequired {
    /// `operatorId`: see [`SetBorderRequest::operator_id`].
    pub operator_id: String,
}
impl SetBorderRequest {
    /// A `SetBorderRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: SetBorderRequired) -> Self {
        let SetBorderRequired { operator_id } = required;
        Self {
            operator_id,
            color: None,
            style: None,
            r#type: None,
        }
    }
    /// Sets `color`.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }
    /// Sets `style`.
    pub fn style(mut self, value: impl Into<String>) -> Self {
        self.style = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: SetBorderRequestType) -> Self {
        self.r#type = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetBorderRequest { "color" => optional(color), "style" => optional(style), "type" =>
    optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetBorderRequest { "operatorId" => read_field(operator_id), "color" =>
    read_field(color), "style" => read_field(style), "type" => read_field(r#type) }
}
impl rt::WriteRequest for SetBorderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_column_width`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetColumnWidthRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `width`.
    pub width: i64,
}
/// The required fields of [`SetColumnWidthRequest`], each named where it is set: `SetColumnWidthRequest::new(SetColumnWidthRequired { .. })`.
pub struct SetColumnWidthRequired {
    /// `operatorId`: see [`SetColumnWidthRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`SetColumnWidthRequest::column`].
    pub column: i64,
    /// `width`: see [`SetColumnWidthRequest::width`].
    pub width: i64,
}
impl SetColumnWidthRequest {
    /// A `SetColumnWidthRequest` with its required fields (`operatorId`, `column`, `width`); set the others with the methods named after them.
    pub fn new(required: SetColumnWidthRequired) -> Self {
        let SetColumnWidthRequired { operator_id, column, width } = required;
        Self { operator_id, column, width }
    }
}
rt::impl_serialize! {
    SetColumnWidthRequest { "column" => field(column), "width" => field(width) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetColumnWidthRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "width" => read_field(width) }
}
impl rt::WriteRequest for SetColumnWidthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_columns_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetColumnsVisibilityRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `columnCount`.
    pub column_count: i64,
    /// `visibility`.
    pub visibility: String,
}
/// The required fields of [`SetColumnsVisibilityRequest`], each named where it is set: `SetColumnsVisibilityRequest::new(SetColumnsVisibilityRequired { .. })`.
pub struct SetColumnsVisibilityRequired {
    /// `operatorId`: see [`SetColumnsVisibilityRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`SetColumnsVisibilityRequest::column`].
    pub column: i64,
    /// `columnCount`: see [`SetColumnsVisibilityRequest::column_count`].
    pub column_count: i64,
    /// `visibility`: see [`SetColumnsVisibilityRequest::visibility`].
    pub visibility: String,
}
impl SetColumnsVisibilityRequest {
    /// A `SetColumnsVisibilityRequest` with its required fields (`operatorId`, `column`, `columnCount`, `visibility`); set the others with the methods named after them.
    pub fn new(required: SetColumnsVisibilityRequired) -> Self {
        let SetColumnsVisibilityRequired {
            operator_id,
            column,
            column_count,
            visibility,
        } = required;
        Self {
            operator_id,
            column,
            column_count,
            visibility,
        }
    }
}
rt::impl_serialize! {
    SetColumnsVisibilityRequest { "column" => field(column), "columnCount" =>
    field(column_count), "visibility" => field(visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetColumnsVisibilityRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "columnCount" => read_field(column_count), "visibility" =>
    read_field(visibility) }
}
impl rt::WriteRequest for SetColumnsVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_columns_width`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetColumnsWidthRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `columnCount`.
    pub column_count: i64,
    /// `width`.
    pub width: i64,
}
/// The required fields of [`SetColumnsWidthRequest`], each named where it is set: `SetColumnsWidthRequest::new(SetColumnsWidthRequired { .. })`.
pub struct SetColumnsWidthRequired {
    /// `operatorId`: see [`SetColumnsWidthRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`SetColumnsWidthRequest::column`].
    pub column: i64,
    /// `columnCount`: see [`SetColumnsWidthRequest::column_count`].
    pub column_count: i64,
    /// `width`: see [`SetColumnsWidthRequest::width`].
    pub width: i64,
}
impl SetColumnsWidthRequest {
    /// A `SetColumnsWidthRequest` with its required fields (`operatorId`, `column`, `columnCount`, `width`); set the others with the methods named after them.
    pub fn new(required: SetColumnsWidthRequired) -> Self {
        let SetColumnsWidthRequired { operator_id, column, column_count, width } = required;
        Self {
            operator_id,
            column,
            column_count,
            width,
        }
    }
}
rt::impl_serialize! {
    SetColumnsWidthRequest { "column" => field(column), "columnCount" =>
    field(column_count), "width" => field(width) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetColumnsWidthRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "columnCount" => read_field(column_count), "width" =>
    read_field(width) }
}
impl rt::WriteRequest for SetColumnsWidthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_filter_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetFilterCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `filterCriteria`.
    pub filter_criteria: SetFilterCriteriaRequestFilterCriteria,
}
/// The required fields of [`SetFilterCriteriaRequest`], each named where it is set: `SetFilterCriteriaRequest::new(SetFilterCriteriaRequired { .. })`.
pub struct SetFilterCriteriaRequired {
    /// `operatorId`: see [`SetFilterCriteriaRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`SetFilterCriteriaRequest::column`].
    pub column: i64,
    /// `filterCriteria`: see [`SetFilterCriteriaRequest::filter_criteria`].
    pub filter_criteria: SetFilterCriteriaRequestFilterCriteria,
}
impl SetFilterCriteriaRequest {
    /// A `SetFilterCriteriaRequest` with its required fields (`operatorId`, `column`, `filterCriteria`); set the others with the methods named after them.
    pub fn new(required: SetFilterCriteriaRequired) -> Self {
        let SetFilterCriteriaRequired { operator_id, column, filter_criteria } = required;
        Self {
            operator_id,
            column,
            filter_criteria,
        }
    }
}
rt::impl_serialize! {
    SetFilterCriteriaRequest { "column" => field(column), "filterCriteria" =>
    field(filter_criteria) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetFilterCriteriaRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "filterCriteria" => read_field(filter_criteria) }
}
impl rt::WriteRequest for SetFilterCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_filter_view_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetFilterViewCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `filterCriteria`.
    pub filter_criteria: SetFilterViewCriteriaRequestFilterCriteria,
}
/// The required fields of [`SetFilterViewCriteriaRequest`], each named where it is set: `SetFilterViewCriteriaRequest::new(SetFilterViewCriteriaRequired { .. })`.
pub struct SetFilterViewCriteriaRequired {
    /// `operatorId`: see [`SetFilterViewCriteriaRequest::operator_id`].
    pub operator_id: String,
    /// `column`: see [`SetFilterViewCriteriaRequest::column`].
    pub column: i64,
    /// `filterCriteria`: see [`SetFilterViewCriteriaRequest::filter_criteria`].
    pub filter_criteria: SetFilterViewCriteriaRequestFilterCriteria,
}
impl SetFilterViewCriteriaRequest {
    /// A `SetFilterViewCriteriaRequest` with its required fields (`operatorId`, `column`, `filterCriteria`); set the others with the methods named after them.
    pub fn new(required: SetFilterViewCriteriaRequired) -> Self {
        let SetFilterViewCriteriaRequired { operator_id, column, filter_criteria } = required;
        Self {
            operator_id,
            column,
            filter_criteria,
        }
    }
}
rt::impl_serialize! {
    SetFilterViewCriteriaRequest { "column" => field(column), "filterCriteria" =>
    field(filter_criteria) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetFilterViewCriteriaRequest { "operatorId" => read_field(operator_id), "column" =>
    read_field(column), "filterCriteria" => read_field(filter_criteria) }
}
impl rt::WriteRequest for SetFilterViewCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_row_height`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetRowHeightRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `height`.
    pub height: Option<i64>,
    /// `row`.
    pub row: Option<i64>,
}
/// The required fields of [`SetRowHeightRequest`], each named where it is set: `SetRowHeightRequest::new(SetRowHeightRequired { .. })`.
pub struct SetRowHeightRequired {
    /// `operatorId`: see [`SetRowHeightRequest::operator_id`].
    pub operator_id: String,
}
impl SetRowHeightRequest {
    /// A `SetRowHeightRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: SetRowHeightRequired) -> Self {
        let SetRowHeightRequired { operator_id } = required;
        Self {
            operator_id,
            height: None,
            row: None,
        }
    }
    /// Sets `height`.
    pub fn height(mut self, value: i64) -> Self {
        self.height = Some(value);
        self
    }
    /// Sets `row`.
    pub fn row(mut self, value: i64) -> Self {
        self.row = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetRowHeightRequest { "height" => optional(height), "row" => optional(row) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRowHeightRequest { "operatorId" => read_field(operator_id), "height" =>
    read_field(height), "row" => read_field(row) }
}
impl rt::WriteRequest for SetRowHeightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_rows_height`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetRowsHeightRequest {
    /// `dingAccessTokenType`: a query parameter.
    pub ding_access_token_type: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `height`.
    pub height: i64,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
}
/// The required fields of [`SetRowsHeightRequest`], each named where it is set: `SetRowsHeightRequest::new(SetRowsHeightRequired { .. })`.
pub struct SetRowsHeightRequired {
    /// `operatorId`: see [`SetRowsHeightRequest::operator_id`].
    pub operator_id: String,
    /// `height`: see [`SetRowsHeightRequest::height`].
    pub height: i64,
    /// `row`: see [`SetRowsHeightRequest::row`].
    pub row: i64,
    /// `rowCount`: see [`SetRowsHeightRequest::row_count`].
    pub row_count: i64,
}
impl SetRowsHeightRequest {
    /// A `SetRowsHeightRequest` with its required fields (`operatorId`, `height`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(required: SetRowsHeightRequired) -> Self {
        let SetRowsHeightRequired { operator_id, height, row, row_count } = required;
        Self {
            ding_access_token_type: None,
            operator_id,
            height,
            row,
            row_count,
        }
    }
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetRowsHeightRequest { "height" => field(height), "row" => field(row), "rowCount" =>
    field(row_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRowsHeightRequest { "dingAccessTokenType" => read_field(ding_access_token_type),
    "operatorId" => read_field(operator_id), "height" => read_field(height), "row" =>
    read_field(row), "rowCount" => read_field(row_count) }
}
impl rt::WriteRequest for SetRowsHeightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingAccessTokenType", &self.ding_access_token_type);
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_rows_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetRowsVisibilityRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
    /// `visibility`.
    pub visibility: String,
}
/// The required fields of [`SetRowsVisibilityRequest`], each named where it is set: `SetRowsVisibilityRequest::new(SetRowsVisibilityRequired { .. })`.
pub struct SetRowsVisibilityRequired {
    /// `operatorId`: see [`SetRowsVisibilityRequest::operator_id`].
    pub operator_id: String,
    /// `row`: see [`SetRowsVisibilityRequest::row`].
    pub row: i64,
    /// `rowCount`: see [`SetRowsVisibilityRequest::row_count`].
    pub row_count: i64,
    /// `visibility`: see [`SetRowsVisibilityRequest::visibility`].
    pub visibility: String,
}
impl SetRowsVisibilityRequest {
    /// A `SetRowsVisibilityRequest` with its required fields (`operatorId`, `row`, `rowCount`, `visibility`); set the others with the methods named after them.
    pub fn new(required: SetRowsVisibilityRequired) -> Self {
        let SetRowsVisibilityRequired { operator_id, row, row_count, visibility } = required;
        Self {
            operator_id,
            row,
            row_count,
            visibility,
        }
    }
}
rt::impl_serialize! {
    SetRowsVisibilityRequest { "row" => field(row), "rowCount" => field(row_count),
    "visibility" => field(visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetRowsVisibilityRequest { "operatorId" => read_field(operator_id), "row" =>
    read_field(row), "rowCount" => read_field(row_count), "visibility" =>
    read_field(visibility) }
}
impl rt::WriteRequest for SetRowsVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::sheet_autofit_rows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SheetAutofitRowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `fontWidth`.
    pub font_width: i64,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
}
/// The required fields of [`SheetAutofitRowsRequest`], each named where it is set: `SheetAutofitRowsRequest::new(SheetAutofitRowsRequired { .. })`.
pub struct SheetAutofitRowsRequired {
    /// `operatorId`: see [`SheetAutofitRowsRequest::operator_id`].
    pub operator_id: String,
    /// `fontWidth`: see [`SheetAutofitRowsRequest::font_width`].
    pub font_width: i64,
    /// `row`: see [`SheetAutofitRowsRequest::row`].
    pub row: i64,
    /// `rowCount`: see [`SheetAutofitRowsRequest::row_count`].
    pub row_count: i64,
}
impl SheetAutofitRowsRequest {
    /// A `SheetAutofitRowsRequest` with its required fields (`operatorId`, `fontWidth`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(required: SheetAutofitRowsRequired) -> Self {
        let SheetAutofitRowsRequired { operator_id, font_width, row, row_count } = required;
        Self {
            operator_id,
            font_width,
            row,
            row_count,
        }
    }
}
rt::impl_serialize! {
    SheetAutofitRowsRequest { "fontWidth" => field(font_width), "row" => field(row),
    "rowCount" => field(row_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SheetAutofitRowsRequest { "operatorId" => read_field(operator_id), "fontWidth" =>
    read_field(font_width), "row" => read_field(row), "rowCount" => read_field(row_count)
    }
}
impl rt::WriteRequest for SheetAutofitRowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::sheet_find_all`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SheetFindAllRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `select`: a query parameter.
    pub select: Option<String>,
    /// `findOptions`.
    pub find_options: SheetFindAllRequestFindOptions,
    /// `text`.
    pub text: String,
}
/// The required fields of [`SheetFindAllRequest`], each named where it is set: `SheetFindAllRequest::new(SheetFindAllRequired { .. })`.
pub struct SheetFindAllRequired {
    /// `operatorId`: see [`SheetFindAllRequest::operator_id`].
    pub operator_id: String,
    /// `findOptions`: see [`SheetFindAllRequest::find_options`].
    pub find_options: SheetFindAllRequestFindOptions,
    /// `text`: see [`SheetFindAllRequest::text`].
    pub text: String,
}
impl SheetFindAllRequest {
    /// A `SheetFindAllRequest` with its required fields (`operatorId`, `findOptions`, `text`); set the others with the methods named after them.
    pub fn new(required: SheetFindAllRequired) -> Self {
        let SheetFindAllRequired { operator_id, find_options, text } = required;
        Self {
            operator_id,
            select: None,
            find_options,
            text,
        }
    }
    /// Sets `select`.
    pub fn select(mut self, value: impl Into<String>) -> Self {
        self.select = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SheetFindAllRequest { "findOptions" => field(find_options), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SheetFindAllRequest { "operatorId" => read_field(operator_id), "select" =>
    read_field(select), "findOptions" => read_field(find_options), "text" =>
    read_field(text) }
}
impl rt::WriteRequest for SheetFindAllRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("select", &self.select);
        writer.json_body(self);
    }
}
/// The request of [`Api::sort_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SortFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `field`.
    pub field: SortFilterRequestField,
}
/// The required fields of [`SortFilterRequest`], each named where it is set: `SortFilterRequest::new(SortFilterRequired { .. })`.
pub struct SortFilterRequired {
    /// `operatorId`: see [`SortFilterRequest::operator_id`].
    pub operator_id: String,
    /// `field`: see [`SortFilterRequest::field`].
    pub field: SortFilterRequestField,
}
impl SortFilterRequest {
    /// A `SortFilterRequest` with its required fields (`operatorId`, `field`); set the others with the methods named after them.
    pub fn new(required: SortFilterRequired) -> Self {
        let SortFilterRequired { operator_id, field } = required;
        Self { operator_id, field }
    }
}
rt::impl_serialize! {
    SortFilterRequest { "field" => field(field) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SortFilterRequest { "operatorId" => read_field(operator_id), "field" =>
    read_field(field) }
}
impl rt::WriteRequest for SortFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unbind_cool_app_to_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnbindCoolAppToSheetRequest {
    /// `coolAppCode`: a query parameter.
    pub cool_app_code: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`UnbindCoolAppToSheetRequest`], each named where it is set: `UnbindCoolAppToSheetRequest::new(UnbindCoolAppToSheetRequired { .. })`.
pub struct UnbindCoolAppToSheetRequired {
    /// `operatorId`: see [`UnbindCoolAppToSheetRequest::operator_id`].
    pub operator_id: String,
}
impl UnbindCoolAppToSheetRequest {
    /// A `UnbindCoolAppToSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UnbindCoolAppToSheetRequired) -> Self {
        let UnbindCoolAppToSheetRequired { operator_id } = required;
        Self {
            cool_app_code: None,
            operator_id,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnbindCoolAppToSheetRequest { "coolAppCode" => read_field(cool_app_code),
    "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for UnbindCoolAppToSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("coolAppCode", &self.cool_app_code);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::update_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `criteria`.
    pub criteria: rt::BTreeMap<String, CriteriaValue>,
}
/// The required fields of [`UpdateFilterRequest`], each named where it is set: `UpdateFilterRequest::new(UpdateFilterRequired { .. })`.
pub struct UpdateFilterRequired {
    /// `operatorId`: see [`UpdateFilterRequest::operator_id`].
    pub operator_id: String,
    /// `criteria`: see [`UpdateFilterRequest::criteria`].
    pub criteria: rt::BTreeMap<String, CriteriaValue>,
}
impl UpdateFilterRequest {
    /// A `UpdateFilterRequest` with its required fields (`operatorId`, `criteria`); set the others with the methods named after them.
    pub fn new(required: UpdateFilterRequired) -> Self {
        let UpdateFilterRequired { operator_id, criteria } = required;
        Self { operator_id, criteria }
    }
}
rt::impl_serialize! {
    UpdateFilterRequest { "criteria" => field(criteria) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFilterRequest { "operatorId" => read_field(operator_id), "criteria" =>
    read_field(criteria) }
}
impl rt::WriteRequest for UpdateFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_filter_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFilterViewRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, CriteriaValue>>,
    /// `name`.
    pub name: Option<String>,
    /// `range`.
    pub range: Option<String>,
}
/// The required fields of [`UpdateFilterViewRequest`], each named where it is set: `UpdateFilterViewRequest::new(UpdateFilterViewRequired { .. })`.
pub struct UpdateFilterViewRequired {
    /// `operatorId`: see [`UpdateFilterViewRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateFilterViewRequest {
    /// A `UpdateFilterViewRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateFilterViewRequired) -> Self {
        let UpdateFilterViewRequired { operator_id } = required;
        Self {
            operator_id,
            criteria: None,
            name: None,
            range: None,
        }
    }
    /// Sets `criteria`.
    pub fn criteria(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, CriteriaValue)>,
    ) -> Self {
        self.criteria = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `range`.
    pub fn range(mut self, value: impl Into<String>) -> Self {
        self.range = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateFilterViewRequest { "criteria" => optional(criteria), "name" => optional(name),
    "range" => optional(range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFilterViewRequest { "operatorId" => read_field(operator_id), "criteria" =>
    read_field(criteria), "name" => read_field(name), "range" => read_field(range) }
}
impl rt::WriteRequest for UpdateFilterViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFloatImageRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `anchor`.
    pub anchor: Option<UpdateFloatImageRequestAnchor>,
    /// `coordinate`.
    pub coordinate: Option<UpdateFloatImageRequestCoordinate>,
    /// `src`.
    pub src: Option<String>,
}
/// The required fields of [`UpdateFloatImageRequest`], each named where it is set: `UpdateFloatImageRequest::new(UpdateFloatImageRequired { .. })`.
pub struct UpdateFloatImageRequired {
    /// `operatorId`: see [`UpdateFloatImageRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateFloatImageRequest {
    /// A `UpdateFloatImageRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateFloatImageRequired) -> Self {
        let UpdateFloatImageRequired { operator_id } = required;
        Self {
            operator_id,
            anchor: None,
            coordinate: None,
            src: None,
        }
    }
    /// Sets `anchor`.
    pub fn anchor(mut self, value: UpdateFloatImageRequestAnchor) -> Self {
        self.anchor = Some(value);
        self
    }
    /// Sets `coordinate`.
    pub fn coordinate(mut self, value: UpdateFloatImageRequestCoordinate) -> Self {
        self.coordinate = Some(value);
        self
    }
    /// Sets `src`.
    pub fn src(mut self, value: impl Into<String>) -> Self {
        self.src = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateFloatImageRequest { "anchor" => optional(anchor), "coordinate" =>
    optional(coordinate), "src" => optional(src) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFloatImageRequest { "operatorId" => read_field(operator_id), "anchor" =>
    read_field(anchor), "coordinate" => read_field(coordinate), "src" => read_field(src)
    }
}
impl rt::WriteRequest for UpdateFloatImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_range`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRangeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `backgroundColors`.
    pub background_colors: Option<Vec<Vec<String>>>,
    /// `complexValues`.
    pub complex_values: Option<Vec<Vec<rt::serde_json::Value>>>,
    /// `fontColors`.
    pub font_colors: Option<Vec<Vec<String>>>,
    /// `fontSizes`.
    pub font_sizes: Option<Vec<Vec<i64>>>,
    /// `fontWeights`.
    pub font_weights: Option<Vec<Vec<String>>>,
    /// `horizontalAlignments`.
    pub horizontal_alignments: Option<Vec<Vec<String>>>,
    /// `hyperlinks`.
    pub hyperlinks: Option<Vec<Vec<UpdateRangeRequestHyperlinks>>>,
    /// `numberFormat`.
    pub number_format: Option<String>,
    /// `values`.
    pub values: Option<Vec<Vec<String>>>,
    /// `verticalAlignments`.
    pub vertical_alignments: Option<Vec<Vec<String>>>,
    /// `wordWrap`.
    pub word_wrap: Option<String>,
}
/// The required fields of [`UpdateRangeRequest`], each named where it is set: `UpdateRangeRequest::new(UpdateRangeRequired { .. })`.
pub struct UpdateRangeRequired {
    /// `operatorId`: see [`UpdateRangeRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateRangeRequest {
    /// A `UpdateRangeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateRangeRequired) -> Self {
        let UpdateRangeRequired { operator_id } = required;
        Self {
            operator_id,
            background_colors: None,
            complex_values: None,
            font_colors: None,
            font_sizes: None,
            font_weights: None,
            horizontal_alignments: None,
            hyperlinks: None,
            number_format: None,
            values: None,
            vertical_alignments: None,
            word_wrap: None,
        }
    }
    /// Sets `backgroundColors`.
    pub fn background_colors(
        mut self,
        value: impl IntoIterator<Item = Vec<String>>,
    ) -> Self {
        self.background_colors = Some(value.into_iter().collect());
        self
    }
    /// Sets `complexValues`.
    pub fn complex_values(
        mut self,
        value: impl IntoIterator<Item = Vec<rt::serde_json::Value>>,
    ) -> Self {
        self.complex_values = Some(value.into_iter().collect());
        self
    }
    /// Sets `fontColors`.
    pub fn font_colors(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.font_colors = Some(value.into_iter().collect());
        self
    }
    /// Sets `fontSizes`.
    pub fn font_sizes(mut self, value: impl IntoIterator<Item = Vec<i64>>) -> Self {
        self.font_sizes = Some(value.into_iter().collect());
        self
    }
    /// Sets `fontWeights`.
    pub fn font_weights(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.font_weights = Some(value.into_iter().collect());
        self
    }
    /// Sets `horizontalAlignments`.
    pub fn horizontal_alignments(
        mut self,
        value: impl IntoIterator<Item = Vec<String>>,
    ) -> Self {
        self.horizontal_alignments = Some(value.into_iter().collect());
        self
    }
    /// Sets `hyperlinks`.
    pub fn hyperlinks(
        mut self,
        value: impl IntoIterator<Item = Vec<UpdateRangeRequestHyperlinks>>,
    ) -> Self {
        self.hyperlinks = Some(value.into_iter().collect());
        self
    }
    /// Sets `numberFormat`.
    pub fn number_format(mut self, value: impl Into<String>) -> Self {
        self.number_format = Some(value.into());
        self
    }
    /// Sets `values`.
    pub fn values(mut self, value: impl IntoIterator<Item = Vec<String>>) -> Self {
        self.values = Some(value.into_iter().collect());
        self
    }
    /// Sets `verticalAlignments`.
    pub fn vertical_alignments(
        mut self,
        value: impl IntoIterator<Item = Vec<String>>,
    ) -> Self {
        self.vertical_alignments = Some(value.into_iter().collect());
        self
    }
    /// Sets `wordWrap`.
    pub fn word_wrap(mut self, value: impl Into<String>) -> Self {
        self.word_wrap = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateRangeRequest { "backgroundColors" => optional(background_colors),
    "complexValues" => optional(complex_values), "fontColors" => optional(font_colors),
    "fontSizes" => optional(font_sizes), "fontWeights" => optional(font_weights),
    "horizontalAlignments" => optional(horizontal_alignments), "hyperlinks" =>
    optional(hyperlinks), "numberFormat" => optional(number_format), "values" =>
    optional(values), "verticalAlignments" => optional(vertical_alignments), "wordWrap"
    => optional(word_wrap) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRangeRequest { "operatorId" => read_field(operator_id), "backgroundColors" =>
    read_field(background_colors), "complexValues" => read_field(complex_values),
    "fontColors" => read_field(font_colors), "fontSizes" => read_field(font_sizes),
    "fontWeights" => read_field(font_weights), "horizontalAlignments" =>
    read_field(horizontal_alignments), "hyperlinks" => read_field(hyperlinks),
    "numberFormat" => read_field(number_format), "values" => read_field(values),
    "verticalAlignments" => read_field(vertical_alignments), "wordWrap" =>
    read_field(word_wrap) }
}
impl rt::WriteRequest for UpdateRangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `frozenColumnCount`.
    pub frozen_column_count: Option<i64>,
    /// `frozenRowCount`.
    pub frozen_row_count: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
/// The required fields of [`UpdateSheetRequest`], each named where it is set: `UpdateSheetRequest::new(UpdateSheetRequired { .. })`.
pub struct UpdateSheetRequired {
    /// `operatorId`: see [`UpdateSheetRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateSheetRequest {
    /// A `UpdateSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateSheetRequired) -> Self {
        let UpdateSheetRequired { operator_id } = required;
        Self {
            operator_id,
            frozen_column_count: None,
            frozen_row_count: None,
            name: None,
            visibility: None,
        }
    }
    /// Sets `frozenColumnCount`.
    pub fn frozen_column_count(mut self, value: i64) -> Self {
        self.frozen_column_count = Some(value);
        self
    }
    /// Sets `frozenRowCount`.
    pub fn frozen_row_count(mut self, value: i64) -> Self {
        self.frozen_row_count = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `visibility`.
    pub fn visibility(mut self, value: impl Into<String>) -> Self {
        self.visibility = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateSheetRequest { "frozenColumnCount" => optional(frozen_column_count),
    "frozenRowCount" => optional(frozen_row_count), "name" => optional(name),
    "visibility" => optional(visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSheetRequest { "operatorId" => read_field(operator_id), "frozenColumnCount" =>
    read_field(frozen_column_count), "frozenRowCount" => read_field(frozen_row_count),
    "name" => read_field(name), "visibility" => read_field(visibility) }
}
impl rt::WriteRequest for UpdateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_workspace_doc_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateWorkspaceDocMembersRequest {
    /// `members`.
    pub members: Vec<UpdateWorkspaceDocMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`UpdateWorkspaceDocMembersRequest`], each named where it is set: `UpdateWorkspaceDocMembersRequest::new(UpdateWorkspaceDocMembersRequired { .. })`.
pub struct UpdateWorkspaceDocMembersRequired {
    /// `members`: see [`UpdateWorkspaceDocMembersRequest::members`].
    pub members: Vec<UpdateWorkspaceDocMembersRequestMembers>,
    /// `operatorId`: see [`UpdateWorkspaceDocMembersRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateWorkspaceDocMembersRequest {
    /// A `UpdateWorkspaceDocMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateWorkspaceDocMembersRequired) -> Self {
        let UpdateWorkspaceDocMembersRequired { members, operator_id } = required;
        Self { members, operator_id }
    }
}
rt::impl_serialize! {
    UpdateWorkspaceDocMembersRequest { "members" => field(members), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateWorkspaceDocMembersRequest { "members" => read_field(members), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for UpdateWorkspaceDocMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_workspace_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateWorkspaceMembersRequest {
    /// `members`.
    pub members: Vec<UpdateWorkspaceMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
/// The required fields of [`UpdateWorkspaceMembersRequest`], each named where it is set: `UpdateWorkspaceMembersRequest::new(UpdateWorkspaceMembersRequired { .. })`.
pub struct UpdateWorkspaceMembersRequired {
    /// `members`: see [`UpdateWorkspaceMembersRequest::members`].
    pub members: Vec<UpdateWorkspaceMembersRequestMembers>,
    /// `operatorId`: see [`UpdateWorkspaceMembersRequest::operator_id`].
    pub operator_id: String,
}
impl UpdateWorkspaceMembersRequest {
    /// A `UpdateWorkspaceMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(required: UpdateWorkspaceMembersRequired) -> Self {
        let UpdateWorkspaceMembersRequired { members, operator_id } = required;
        Self { members, operator_id }
    }
}
rt::impl_serialize! {
    UpdateWorkspaceMembersRequest { "members" => field(members), "operatorId" =>
    field(operator_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateWorkspaceMembersRequest { "members" => read_field(members), "operatorId" =>
    read_field(operator_id) }
}
impl rt::WriteRequest for UpdateWorkspaceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_comment`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCommentError = rt::ServiceError;
/// An error reply of [`Api::add_workspace_doc_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddWorkspaceDocMembersError = rt::ServiceError;
/// An error reply of [`Api::add_workspace_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddWorkspaceMembersError = rt::ServiceError;
/// An error reply of [`Api::append_rows`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppendRowsError = rt::ServiceError;
/// An error reply of [`Api::batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchError = rt::ServiceError;
/// An error reply of [`Api::batch_get_workspace_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetWorkspaceDocsError = rt::ServiceError;
/// An error reply of [`Api::batch_get_workspaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetWorkspacesError = rt::ServiceError;
/// An error reply of [`Api::batch_operate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchOperateError = rt::ServiceError;
/// An error reply of [`Api::bind_cool_app_to_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BindCoolAppToSheetError = rt::ServiceError;
/// An error reply of [`Api::clear`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearError = rt::ServiceError;
/// An error reply of [`Api::clear_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearDataError = rt::ServiceError;
/// An error reply of [`Api::clear_filter_criteria`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearFilterCriteriaError = rt::ServiceError;
/// An error reply of [`Api::clear_filter_view_criteria`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ClearFilterViewCriteriaError = rt::ServiceError;
/// An error reply of [`Api::create_conditional_formatting_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateConditionalFormattingRuleError = rt::ServiceError;
/// An error reply of [`Api::create_developer_metadata`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDeveloperMetadataError = rt::ServiceError;
/// An error reply of [`Api::create_filter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFilterError = rt::ServiceError;
/// An error reply of [`Api::create_filter_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFilterViewError = rt::ServiceError;
/// An error reply of [`Api::create_float_image`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFloatImageError = rt::ServiceError;
/// An error reply of [`Api::create_range_protection`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateRangeProtectionError = rt::ServiceError;
/// An error reply of [`Api::create_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSheetError = rt::ServiceError;
/// An error reply of [`Api::create_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::create_workspace_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateWorkspaceDocError = rt::ServiceError;
/// An error reply of [`Api::delete_columns`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteColumnsError = rt::ServiceError;
/// An error reply of [`Api::delete_dropdown_lists`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDropdownListsError = rt::ServiceError;
/// An error reply of [`Api::delete_filter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFilterError = rt::ServiceError;
/// An error reply of [`Api::delete_filter_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFilterViewError = rt::ServiceError;
/// An error reply of [`Api::delete_float_image`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFloatImageError = rt::ServiceError;
/// An error reply of [`Api::delete_range_protection`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRangeProtectionError = rt::ServiceError;
/// An error reply of [`Api::delete_rows`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRowsError = rt::ServiceError;
/// An error reply of [`Api::delete_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSheetError = rt::ServiceError;
/// An error reply of [`Api::delete_workspace_doc`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteWorkspaceDocError = rt::ServiceError;
/// An error reply of [`Api::delete_workspace_doc_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteWorkspaceDocMembersError = rt::ServiceError;
/// An error reply of [`Api::delete_workspace_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteWorkspaceMembersError = rt::ServiceError;
/// An error reply of [`Api::deliver_notice_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeliverNoticeCardError = rt::ServiceError;
/// An error reply of [`Api::deliver_unify_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeliverUnifyCardError = rt::ServiceError;
/// An error reply of [`Api::doc_append_paragraph`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocAppendParagraphError = rt::ServiceError;
/// An error reply of [`Api::doc_append_text`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocAppendTextError = rt::ServiceError;
/// An error reply of [`Api::doc_blocks_modify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocBlocksModifyError = rt::ServiceError;
/// An error reply of [`Api::doc_blocks_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocBlocksQueryError = rt::ServiceError;
/// An error reply of [`Api::doc_delete_block`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocDeleteBlockError = rt::ServiceError;
/// An error reply of [`Api::doc_elements`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocElementsError = rt::ServiceError;
/// An error reply of [`Api::doc_export`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocExportError = rt::ServiceError;
/// An error reply of [`Api::doc_export_snapshot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocExportSnapshotError = rt::ServiceError;
/// An error reply of [`Api::doc_insert_blocks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocInsertBlocksError = rt::ServiceError;
/// An error reply of [`Api::doc_slots_modify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocSlotsModifyError = rt::ServiceError;
/// An error reply of [`Api::doc_slots_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocSlotsQueryError = rt::ServiceError;
/// An error reply of [`Api::doc_update_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DocUpdateContentError = rt::ServiceError;
/// An error reply of [`Api::get_all_sheets`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAllSheetsError = rt::ServiceError;
/// An error reply of [`Api::get_developer_metadata`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDeveloperMetadataError = rt::ServiceError;
/// An error reply of [`Api::get_filter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFilterError = rt::ServiceError;
/// An error reply of [`Api::get_filter_views`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFilterViewsError = rt::ServiceError;
/// An error reply of [`Api::get_float_image`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFloatImageError = rt::ServiceError;
/// An error reply of [`Api::get_float_images`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFloatImagesError = rt::ServiceError;
/// An error reply of [`Api::get_import_document_mark`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetImportDocumentMarkError = rt::ServiceError;
/// An error reply of [`Api::get_range`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRangeError = rt::ServiceError;
/// An error reply of [`Api::get_recent_edit_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecentEditDocsError = rt::ServiceError;
/// An error reply of [`Api::get_recent_open_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecentOpenDocsError = rt::ServiceError;
/// An error reply of [`Api::get_related_workspaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRelatedWorkspacesError = rt::ServiceError;
/// An error reply of [`Api::get_resource_download_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResourceDownloadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_resource_upload_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResourceUploadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSheetError = rt::ServiceError;
/// An error reply of [`Api::get_template_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTemplateByIdError = rt::ServiceError;
/// An error reply of [`Api::get_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::get_workspace_node`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWorkspaceNodeError = rt::ServiceError;
/// An error reply of [`Api::init_document`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InitDocumentError = rt::ServiceError;
/// An error reply of [`Api::insert_blocks`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertBlocksError = rt::ServiceError;
/// An error reply of [`Api::insert_columns_before`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertColumnsBeforeError = rt::ServiceError;
/// An error reply of [`Api::insert_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertContentError = rt::ServiceError;
/// An error reply of [`Api::insert_dropdown_lists`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertDropdownListsError = rt::ServiceError;
/// An error reply of [`Api::insert_rows_before`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertRowsBeforeError = rt::ServiceError;
/// An error reply of [`Api::list_comments`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCommentsError = rt::ServiceError;
/// An error reply of [`Api::list_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTemplateError = rt::ServiceError;
/// An error reply of [`Api::merge_range`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MergeRangeError = rt::ServiceError;
/// An error reply of [`Api::range_find_next`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RangeFindNextError = rt::ServiceError;
/// An error reply of [`Api::search_workspace_docs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchWorkspaceDocsError = rt::ServiceError;
/// An error reply of [`Api::set_border`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetBorderError = rt::ServiceError;
/// An error reply of [`Api::set_column_width`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetColumnWidthError = rt::ServiceError;
/// An error reply of [`Api::set_columns_visibility`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetColumnsVisibilityError = rt::ServiceError;
/// An error reply of [`Api::set_columns_width`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetColumnsWidthError = rt::ServiceError;
/// An error reply of [`Api::set_filter_criteria`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetFilterCriteriaError = rt::ServiceError;
/// An error reply of [`Api::set_filter_view_criteria`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetFilterViewCriteriaError = rt::ServiceError;
/// An error reply of [`Api::set_row_height`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetRowHeightError = rt::ServiceError;
/// An error reply of [`Api::set_rows_height`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetRowsHeightError = rt::ServiceError;
/// An error reply of [`Api::set_rows_visibility`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetRowsVisibilityError = rt::ServiceError;
/// An error reply of [`Api::sheet_autofit_rows`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SheetAutofitRowsError = rt::ServiceError;
/// An error reply of [`Api::sheet_find_all`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SheetFindAllError = rt::ServiceError;
/// An error reply of [`Api::sort_filter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SortFilterError = rt::ServiceError;
/// An error reply of [`Api::unbind_cool_app_to_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnbindCoolAppToSheetError = rt::ServiceError;
/// An error reply of [`Api::update_filter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFilterError = rt::ServiceError;
/// An error reply of [`Api::update_filter_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFilterViewError = rt::ServiceError;
/// An error reply of [`Api::update_float_image`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFloatImageError = rt::ServiceError;
/// An error reply of [`Api::update_range`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRangeError = rt::ServiceError;
/// An error reply of [`Api::update_sheet`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSheetError = rt::ServiceError;
/// An error reply of [`Api::update_workspace_doc_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateWorkspaceDocMembersError = rt::ServiceError;
/// An error reply of [`Api::update_workspace_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateWorkspaceMembersError = rt::ServiceError;
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
        "AddComment" => {
            rt::conformance::reply(
                    api.add_comment(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "AddWorkspaceDocMembers" => {
            rt::conformance::reply(
                    api
                        .add_workspace_doc_members(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AddWorkspaceMembers" => {
            rt::conformance::reply(
                    api
                        .add_workspace_members(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AppendRows" => {
            rt::conformance::reply(
                    api
                        .append_rows(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "Batch" => {
            rt::conformance::reply(
                    api.batch(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "BatchGetWorkspaceDocs" => {
            rt::conformance::reply(api.batch_get_workspace_docs(&inputs.request(true)?))
                .await
        }
        "BatchGetWorkspaces" => {
            rt::conformance::reply(api.batch_get_workspaces(&inputs.request(true)?))
                .await
        }
        "BatchOperate" => {
            rt::conformance::reply(
                    api.batch_operate(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "BindCoolAppToSheet" => {
            rt::conformance::reply(
                    api
                        .bind_cool_app_to_sheet(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "Clear" => {
            rt::conformance::reply(
                    api
                        .clear(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ClearData" => {
            rt::conformance::reply(
                    api
                        .clear_data(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ClearFilterCriteria" => {
            rt::conformance::reply(
                    api
                        .clear_filter_criteria(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ClearFilterViewCriteria" => {
            rt::conformance::reply(
                    api
                        .clear_filter_view_criteria(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateConditionalFormattingRule" => {
            rt::conformance::reply(
                    api
                        .create_conditional_formatting_rule(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateDeveloperMetadata" => {
            rt::conformance::reply(
                    api
                        .create_developer_metadata(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateFilter" => {
            rt::conformance::reply(
                    api
                        .create_filter(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateFilterView" => {
            rt::conformance::reply(
                    api
                        .create_filter_view(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateFloatImage" => {
            rt::conformance::reply(
                    api
                        .create_float_image(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateRangeProtection" => {
            rt::conformance::reply(
                    api
                        .create_range_protection(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateSheet" => {
            rt::conformance::reply(
                    api.create_sheet(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateWorkspace" => {
            rt::conformance::reply(api.create_workspace(&inputs.request(true)?)).await
        }
        "CreateWorkspaceDoc" => {
            rt::conformance::reply(
                    api
                        .create_workspace_doc(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteColumns" => {
            rt::conformance::reply(
                    api
                        .delete_columns(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteDropdownLists" => {
            rt::conformance::reply(
                    api
                        .delete_dropdown_lists(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteFilter" => {
            rt::conformance::reply(
                    api
                        .delete_filter(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteFilterView" => {
            rt::conformance::reply(
                    api
                        .delete_filter_view(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteFloatImage" => {
            rt::conformance::reply(
                    api
                        .delete_float_image(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteRangeProtection" => {
            rt::conformance::reply(
                    api
                        .delete_range_protection(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            inputs.path(3usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteRows" => {
            rt::conformance::reply(
                    api
                        .delete_rows(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteSheet" => {
            rt::conformance::reply(
                    api
                        .delete_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteWorkspaceDoc" => {
            rt::conformance::reply(
                    api
                        .delete_workspace_doc(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteWorkspaceDocMembers" => {
            rt::conformance::reply(
                    api
                        .delete_workspace_doc_members(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteWorkspaceMembers" => {
            rt::conformance::reply(
                    api
                        .delete_workspace_members(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeliverNoticeCard" => {
            rt::conformance::reply(api.deliver_notice_card(&inputs.request(true)?)).await
        }
        "DeliverUnifyCard" => {
            rt::conformance::reply(api.deliver_unify_card(&inputs.request(true)?)).await
        }
        "DocAppendParagraph" => {
            rt::conformance::reply(
                    api
                        .doc_append_paragraph(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DocAppendText" => {
            rt::conformance::reply(
                    api
                        .doc_append_text(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DocBlocksModify" => {
            rt::conformance::reply(
                    api
                        .doc_blocks_modify(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DocBlocksQuery" => {
            rt::conformance::reply(
                    api.doc_blocks_query(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DocDeleteBlock" => {
            rt::conformance::reply(
                    api
                        .doc_delete_block(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DocElements" => {
            rt::conformance::reply(
                    api.doc_elements(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DocExport" => {
            rt::conformance::reply(
                    api.doc_export(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DocExportSnapshot" => {
            rt::conformance::reply(
                    api
                        .doc_export_snapshot(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DocInsertBlocks" => {
            rt::conformance::reply(
                    api.doc_insert_blocks(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DocSlotsModify" => {
            rt::conformance::reply(
                    api.doc_slots_modify(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DocSlotsQuery" => {
            rt::conformance::reply(
                    api.doc_slots_query(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DocUpdateContent" => {
            rt::conformance::reply(
                    api.doc_update_content(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetAllSheets" => {
            rt::conformance::reply(
                    api.get_all_sheets(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetDeveloperMetadata" => {
            rt::conformance::reply(
                    api
                        .get_developer_metadata(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFilter" => {
            rt::conformance::reply(
                    api
                        .get_filter(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFilterViews" => {
            rt::conformance::reply(
                    api
                        .get_filter_views(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFloatImage" => {
            rt::conformance::reply(
                    api
                        .get_float_image(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetFloatImages" => {
            rt::conformance::reply(
                    api
                        .get_float_images(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetImportDocumentMark" => {
            rt::conformance::reply(
                    api
                        .get_import_document_mark(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetRange" => {
            rt::conformance::reply(
                    api
                        .get_range(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetRecentEditDocs" => {
            rt::conformance::reply(api.get_recent_edit_docs(&inputs.request(false)?))
                .await
        }
        "GetRecentOpenDocs" => {
            rt::conformance::reply(api.get_recent_open_docs(&inputs.request(false)?))
                .await
        }
        "GetRelatedWorkspaces" => {
            rt::conformance::reply(api.get_related_workspaces(&inputs.request(false)?))
                .await
        }
        "GetResourceDownloadInfo" => {
            rt::conformance::reply(
                    api
                        .get_resource_download_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetResourceUploadInfo" => {
            rt::conformance::reply(
                    api
                        .get_resource_upload_info(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetSheet" => {
            rt::conformance::reply(
                    api
                        .get_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetTemplateById" => {
            rt::conformance::reply(
                    api.get_template_by_id(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetWorkspace" => {
            rt::conformance::reply(api.get_workspace(inputs.path(0usize)?)).await
        }
        "GetWorkspaceNode" => {
            rt::conformance::reply(
                    api
                        .get_workspace_node(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "InitDocument" => {
            rt::conformance::reply(
                    api.init_document(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "InsertBlocks" => {
            rt::conformance::reply(
                    api.insert_blocks(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "InsertColumnsBefore" => {
            rt::conformance::reply(
                    api
                        .insert_columns_before(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "InsertContent" => {
            rt::conformance::reply(
                    api.insert_content(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "InsertDropdownLists" => {
            rt::conformance::reply(
                    api
                        .insert_dropdown_lists(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "InsertRowsBefore" => {
            rt::conformance::reply(
                    api
                        .insert_rows_before(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ListComments" => {
            rt::conformance::reply(
                    api.list_comments(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListTemplate" => {
            rt::conformance::reply(api.list_template(&inputs.request(false)?)).await
        }
        "MergeRange" => {
            rt::conformance::reply(
                    api
                        .merge_range(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RangeFindNext" => {
            rt::conformance::reply(
                    api
                        .range_find_next(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SearchWorkspaceDocs" => {
            rt::conformance::reply(api.search_workspace_docs(&inputs.request(false)?))
                .await
        }
        "SetBorder" => {
            rt::conformance::reply(
                    api
                        .set_border(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetColumnWidth" => {
            rt::conformance::reply(
                    api
                        .set_column_width(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetColumnsVisibility" => {
            rt::conformance::reply(
                    api
                        .set_columns_visibility(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetColumnsWidth" => {
            rt::conformance::reply(
                    api
                        .set_columns_width(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetFilterCriteria" => {
            rt::conformance::reply(
                    api
                        .set_filter_criteria(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetFilterViewCriteria" => {
            rt::conformance::reply(
                    api
                        .set_filter_view_criteria(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetRowHeight" => {
            rt::conformance::reply(
                    api
                        .set_row_height(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetRowsHeight" => {
            rt::conformance::reply(
                    api
                        .set_rows_height(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetRowsVisibility" => {
            rt::conformance::reply(
                    api
                        .set_rows_visibility(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SheetAutofitRows" => {
            rt::conformance::reply(
                    api
                        .sheet_autofit_rows(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SheetFindAll" => {
            rt::conformance::reply(
                    api
                        .sheet_find_all(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SortFilter" => {
            rt::conformance::reply(
                    api
                        .sort_filter(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UnbindCoolAppToSheet" => {
            rt::conformance::reply(
                    api
                        .unbind_cool_app_to_sheet(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "UpdateFilter" => {
            rt::conformance::reply(
                    api
                        .update_filter(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateFilterView" => {
            rt::conformance::reply(
                    api
                        .update_filter_view(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateFloatImage" => {
            rt::conformance::reply(
                    api
                        .update_float_image(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateRange" => {
            rt::conformance::reply(
                    api
                        .update_range(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateSheet" => {
            rt::conformance::reply(
                    api
                        .update_sheet(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateWorkspaceDocMembers" => {
            rt::conformance::reply(
                    api
                        .update_workspace_doc_members(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateWorkspaceMembers" => {
            rt::conformance::reply(
                    api
                        .update_workspace_members(
                            inputs.path(0usize)?,
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
