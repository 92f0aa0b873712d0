// @generated from api-spec/doc_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.doc_1_0()`. Generated from `api-spec/doc_1_0.yaml`.
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
    /// `POST /v1.0/doc/docs/{doc_id}/comments` (operation `AddComment`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id` (`doc_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCommentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_comment(
        &self,
        doc_id: &str,
        request: &AddCommentRequest,
    ) -> rt::Call<AddCommentResponseBody, AddCommentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddComment",
            rt::Method::Post,
            "/v1.0/doc/docs/{doc_id}/comments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 添加知识库文档成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspace_id}/docs/{node_id}/members` (operation `AddWorkspaceDocMembers`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    /// - `node_id` (`node_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddWorkspaceDocMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_workspace_doc_members(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &AddWorkspaceDocMembersRequest,
    ) -> rt::Call<(), AddWorkspaceDocMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddWorkspaceDocMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspace_id}/docs/{node_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 添加知识库成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspace_id}/members` (operation `AddWorkspaceMembers`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddWorkspaceMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_workspace_members(
        &self,
        workspace_id: &str,
        request: &AddWorkspaceMembersRequest,
    ) -> rt::Call<AddWorkspaceMembersResponseBody, AddWorkspaceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddWorkspaceMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspace_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 追加行
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/appendRows` (operation `AppendRows`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppendRowsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn append_rows(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &AppendRowsRequest,
    ) -> rt::Call<AppendRowsResponseBody, AppendRowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppendRows",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/appendRows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 批量执行表格操作
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/batch` (operation `Batch`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch(
        &self,
        workbook_id: &str,
        request: &BatchRequest,
    ) -> rt::Call<BatchResponseBody, BatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Batch",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 批量查询知识库文档
    ///
    /// `POST /v1.0/doc/workspaces/docs/infos/query` (operation `BatchGetWorkspaceDocs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetWorkspaceDocsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/workspaces/infos/query` (operation `BatchGetWorkspaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetWorkspacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/suites/documents/{document_id}/batch` (operation `BatchOperate`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchOperateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_operate(
        &self,
        document_id: &str,
        request: &BatchOperateRequest,
    ) -> rt::Call<BatchOperateResponseBody, BatchOperateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchOperate",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{document_id}/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 关联文档酷应用到表格
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/coolApps` (operation `BindCoolAppToSheet`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BindCoolAppToSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn bind_cool_app_to_sheet(
        &self,
        workbook_id: &str,
        request: &BindCoolAppToSheetRequest,
    ) -> rt::Call<BindCoolAppToSheetResponseBody, BindCoolAppToSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BindCoolAppToSheet",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/coolApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 清除单元格区域内所有内容
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/clear` (operation `Clear`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/clear",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/clearData` (operation `ClearData`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/clearData",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/clearColumnFilterCriteria` (operation `ClearFilterCriteria`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearFilterCriteriaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn clear_filter_criteria(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &ClearFilterCriteriaRequest,
    ) -> rt::Call<ClearFilterCriteriaResponseBody, ClearFilterCriteriaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ClearFilterCriteria",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/clearColumnFilterCriteria",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除筛选视图条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}/clearColumnFilterCriteria` (operation `ClearFilterViewCriteria`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `filter_view_id` (`filter_view_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ClearFilterViewCriteriaError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}/clearColumnFilterCriteria",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/conditionalFormattingRules` (operation `CreateConditionalFormattingRule`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateConditionalFormattingRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/conditionalFormattingRules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建开发者元数据
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/developerMetadatas` (operation `CreateDeveloperMetadata`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDeveloperMetadataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_developer_metadata(
        &self,
        workbook_id: &str,
        request: &CreateDeveloperMetadataRequest,
    ) -> rt::Call<CreateDeveloperMetadataResponseBody, CreateDeveloperMetadataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeveloperMetadata",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/developerMetadatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 创建筛选
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/createFilter` (operation `CreateFilter`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateFilterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateFilterRequest,
    ) -> rt::Call<CreateFilterResponseBody, CreateFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/createFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建筛选视图
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews` (operation `CreateFilterView`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateFilterViewError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_filter_view(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateFilterViewRequest,
    ) -> rt::Call<CreateFilterViewResponseBody, CreateFilterViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFilterView",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建浮动图片
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages` (operation `CreateFloatImage`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateFloatImageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_float_image(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &CreateFloatImageRequest,
    ) -> rt::Call<CreateFloatImageResponseBody, CreateFloatImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFloatImage",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 创建单元格锁定
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/protections` (operation `CreateRangeProtection`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateRangeProtectionError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/protections",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets` (operation `CreateSheet`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_sheet(
        &self,
        workbook_id: &str,
        request: &CreateSheetRequest,
    ) -> rt::Call<CreateSheetResponseBody, CreateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSheet",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 新建知识库
    ///
    /// `POST /v1.0/doc/workspaces` (operation `CreateWorkspace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateWorkspaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/workspaces/{workspace_id}/docs` (operation `CreateWorkspaceDoc`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateWorkspaceDocError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_workspace_doc(
        &self,
        workspace_id: &str,
        request: &CreateWorkspaceDocRequest,
    ) -> rt::Call<CreateWorkspaceDocResponseBody, CreateWorkspaceDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkspaceDoc",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspace_id}/docs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 删除列
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/deleteColumns` (operation `DeleteColumns`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteColumnsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_columns(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteColumnsRequest,
    ) -> rt::Call<DeleteColumnsResponseBody, DeleteColumnsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteColumns",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/deleteColumns",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除下拉列表
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/deleteDropdownLists` (operation `DeleteDropdownLists`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDropdownListsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/deleteDropdownLists",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/deleteFilter` (operation `DeleteFilter`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFilterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteFilterRequest,
    ) -> rt::Call<DeleteFilterResponseBody, DeleteFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/deleteFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除筛选视图
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}` (operation `DeleteFilterView`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `filter_view_id` (`filter_view_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFilterViewError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}",
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
    /// `DELETE /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages/{id}` (operation `DeleteFloatImage`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `id` (`id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFloatImageError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id, id], request)
    }
    /// 删除单元格锁定
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/protections/{protection_id}` (operation `DeleteRangeProtection`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    /// - `protection_id` (`protection_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRangeProtectionError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/protections/{protection_id}",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/deleteRows` (operation `DeleteRows`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRowsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_rows(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteRowsRequest,
    ) -> rt::Call<DeleteRowsResponseBody, DeleteRowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRows",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/deleteRows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除工作表
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}` (operation `DeleteSheet`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_sheet(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &DeleteSheetRequest,
    ) -> rt::Call<DeleteSheetResponseBody, DeleteSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSheet",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 删除知识库文档
    ///
    /// `DELETE /v1.0/doc/workspaces/{workspace_id}/docs/{node_id}` (operation `DeleteWorkspaceDoc`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    /// - `node_id` (`node_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteWorkspaceDocError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_workspace_doc(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &DeleteWorkspaceDocRequest,
    ) -> rt::Call<(), DeleteWorkspaceDocError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkspaceDoc",
            rt::Method::Delete,
            "/v1.0/doc/workspaces/{workspace_id}/docs/{node_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 删除知识库文档成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspace_id}/docs/{node_id}/members/remove` (operation `DeleteWorkspaceDocMembers`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    /// - `node_id` (`node_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteWorkspaceDocMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_workspace_doc_members(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &DeleteWorkspaceDocMembersRequest,
    ) -> rt::Call<(), DeleteWorkspaceDocMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkspaceDocMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspace_id}/docs/{node_id}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 删除知识库成员
    ///
    /// `POST /v1.0/doc/workspaces/{workspace_id}/members/remove` (operation `DeleteWorkspaceMembers`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteWorkspaceMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_workspace_members(
        &self,
        workspace_id: &str,
        request: &DeleteWorkspaceMembersRequest,
    ) -> rt::Call<(), DeleteWorkspaceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteWorkspaceMembers",
            rt::Method::Post,
            "/v1.0/doc/workspaces/{workspace_id}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 分享文档通知内容
    ///
    /// `POST /v1.0/doc/notice_cards/deliver` (operation `DeliverNoticeCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeliverNoticeCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/unify_cards/deliver` (operation `DeliverUnifyCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeliverUnifyCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/suites/documents/{doc_key}/blocks/{block_id}/paragraph/appendElement` (operation `DocAppendParagraph`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    /// - `block_id` (`block_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocAppendParagraphError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_append_paragraph(
        &self,
        doc_key: &str,
        block_id: &str,
        request: &DocAppendParagraphRequest,
    ) -> rt::Call<DocAppendParagraphResponseBody, DocAppendParagraphError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocAppendParagraph",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{doc_key}/blocks/{block_id}/paragraph/appendElement",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key, block_id], request)
    }
    /// 在段落后追加文本
    ///
    /// `POST /v1.0/doc/suites/documents/{doc_key}/blocks/{block_id}/paragraph/appendText` (operation `DocAppendText`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    /// - `block_id` (`block_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocAppendTextError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_append_text(
        &self,
        doc_key: &str,
        block_id: &str,
        request: &DocAppendTextRequest,
    ) -> rt::Call<DocAppendTextResponseBody, DocAppendTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocAppendText",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{doc_key}/blocks/{block_id}/paragraph/appendText",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key, block_id], request)
    }
    /// 更新文档中的块元素
    ///
    /// `PUT /v1.0/doc/suites/documents/{document_id}/blocks/{block_id}` (operation `DocBlocksModify`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    /// - `block_id` (`block_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocBlocksModifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_blocks_modify(
        &self,
        document_id: &str,
        block_id: &str,
        request: &DocBlocksModifyRequest,
    ) -> rt::Call<DocBlocksModifyResponseBody, DocBlocksModifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocBlocksModify",
            rt::Method::Put,
            "/v1.0/doc/suites/documents/{document_id}/blocks/{block_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id, block_id], request)
    }
    /// 查询指定Block元素
    ///
    /// `GET /v1.0/doc/suites/documents/{doc_key}/blocks` (operation `DocBlocksQuery`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocBlocksQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_blocks_query(
        &self,
        doc_key: &str,
        request: &DocBlocksQueryRequest,
    ) -> rt::Call<DocBlocksQueryResponseBody, DocBlocksQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocBlocksQuery",
            rt::Method::Get,
            "/v1.0/doc/suites/documents/{doc_key}/blocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 删除指定位置的 Block
    ///
    /// `DELETE /v1.0/doc/suites/documents/{doc_key}/blocks/{block_id}` (operation `DocDeleteBlock`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    /// - `block_id` (`block_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocDeleteBlockError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_delete_block(
        &self,
        doc_key: &str,
        block_id: &str,
        request: &DocDeleteBlockRequest,
    ) -> rt::Call<DocDeleteBlockResponseBody, DocDeleteBlockError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocDeleteBlock",
            rt::Method::Delete,
            "/v1.0/doc/suites/documents/{doc_key}/blocks/{block_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key, block_id], request)
    }
    /// 文档元素查询
    ///
    /// `POST /v1.0/doc/{dentry_uuid}/elements/query` (operation `DocElements`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocElementsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_elements(
        &self,
        dentry_uuid: &str,
        request: &DocElementsRequest,
    ) -> rt::Call<DocElementsResponseBody, DocElementsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocElements",
            rt::Method::Post,
            "/v1.0/doc/{dentry_uuid}/elements/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 文档内容导出
    ///
    /// `POST /v1.0/doc/{dentry_uuid}/export` (operation `DocExport`).
    ///
    /// # Path parameters
    ///
    /// - `dentry_uuid` (`dentry_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocExportError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_export(
        &self,
        dentry_uuid: &str,
        request: &DocExportRequest,
    ) -> rt::Call<DocExportResponseBody, DocExportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocExport",
            rt::Method::Post,
            "/v1.0/doc/{dentry_uuid}/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dentry_uuid], request)
    }
    /// 根据传入的文档ID将文档导出为截图
    ///
    /// `POST /v1.0/doc/suites/documents/{document_id}/export/snapshot` (operation `DocExportSnapshot`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocExportSnapshotError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_export_snapshot(
        &self,
        document_id: &str,
        request: &DocExportSnapshotRequest,
    ) -> rt::Call<DocExportSnapshotResponseBody, DocExportSnapshotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocExportSnapshot",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{document_id}/export/snapshot",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 插入指定Block元素
    ///
    /// `POST /v1.0/doc/suites/documents/{doc_key}/blocks` (operation `DocInsertBlocks`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocInsertBlocksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_insert_blocks(
        &self,
        doc_key: &str,
        request: &DocInsertBlocksRequest,
    ) -> rt::Call<DocInsertBlocksResponseBody, DocInsertBlocksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocInsertBlocks",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{doc_key}/blocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 根据传入参数更新文档插槽
    ///
    /// `POST /v1.0/doc/suites/documents/{document_id}/slots` (operation `DocSlotsModify`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocSlotsModifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_slots_modify(
        &self,
        document_id: &str,
        request: &DocSlotsModifyRequest,
    ) -> rt::Call<DocSlotsModifyResponseBody, DocSlotsModifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocSlotsModify",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{document_id}/slots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 根据传入参数查询文档中所有的插槽
    ///
    /// `GET /v1.0/doc/suites/documents/{document_id}/slots` (operation `DocSlotsQuery`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocSlotsQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_slots_query(
        &self,
        document_id: &str,
        request: &DocSlotsQueryRequest,
    ) -> rt::Call<DocSlotsQueryResponseBody, DocSlotsQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocSlotsQuery",
            rt::Method::Get,
            "/v1.0/doc/suites/documents/{document_id}/slots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 覆写全文
    ///
    /// `POST /v1.0/doc/suites/documents/{doc_key}/overwriteContent` (operation `DocUpdateContent`).
    ///
    /// # Path parameters
    ///
    /// - `doc_key` (`doc_key`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DocUpdateContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn doc_update_content(
        &self,
        doc_key: &str,
        request: &DocUpdateContentRequest,
    ) -> rt::Call<DocUpdateContentResponseBody, DocUpdateContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DocUpdateContent",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{doc_key}/overwriteContent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_key], request)
    }
    /// 获取所有工作表
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets` (operation `GetAllSheets`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAllSheetsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_all_sheets(
        &self,
        workbook_id: &str,
        request: &GetAllSheetsRequest,
    ) -> rt::Call<GetAllSheetsResponseBody, GetAllSheetsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAllSheets",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbook_id}/sheets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 获取开发者元数据
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/developerMetadatas/{developer_metadata_id}` (operation `GetDeveloperMetadata`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `developer_metadata_id` (`developer_metadata_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDeveloperMetadataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_developer_metadata(
        &self,
        workbook_id: &str,
        developer_metadata_id: &str,
        request: &GetDeveloperMetadataRequest,
    ) -> rt::Call<GetDeveloperMetadataResponseBody, GetDeveloperMetadataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeveloperMetadata",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbook_id}/developerMetadatas/{developer_metadata_id}",
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
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/getFilter` (operation `GetFilter`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFilterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetFilterRequest,
    ) -> rt::Call<GetFilterResponseBody, GetFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFilter",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/getFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 获取筛选视图列表
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews` (operation `GetFilterViews`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFilterViewsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_filter_views(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetFilterViewsRequest,
    ) -> rt::Call<GetFilterViewsResponseBody, GetFilterViewsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFilterViews",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 获取浮动图片
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages/{id}` (operation `GetFloatImage`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `id` (`id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFloatImageError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id, id], request)
    }
    /// 查询浮动图片
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages` (operation `GetFloatImages`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFloatImagesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_float_images(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetFloatImagesRequest,
    ) -> rt::Call<GetFloatImagesResponseBody, GetFloatImagesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFloatImages",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 文档标签信息查询
    ///
    /// `GET /v1.0/doc/docs/{doc_id}/marks` (operation `GetImportDocumentMark`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id` (`doc_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetImportDocumentMarkError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_import_document_mark(
        &self,
        doc_id: &str,
        request: &GetImportDocumentMarkRequest,
    ) -> rt::Call<GetImportDocumentMarkResponseBody, GetImportDocumentMarkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetImportDocumentMark",
            rt::Method::Get,
            "/v1.0/doc/docs/{doc_id}/marks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 获取单元格区域
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}` (operation `GetRange`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRangeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}",
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
    /// `GET /v1.0/doc/workspaces/docs/recentEditDocs` (operation `GetRecentEditDocs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecentEditDocsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/doc/workspaces/docs/recentOpenDocs` (operation `GetRecentOpenDocs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecentOpenDocsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/doc/workspaces` (operation `GetRelatedWorkspaces`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRelatedWorkspacesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/doc/docs/resources/{doc_id}/{resource_id}/downloadInfo` (operation `GetResourceDownloadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id` (`doc_id`)
    /// - `resource_id` (`resource_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResourceDownloadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_resource_download_info(
        &self,
        doc_id: &str,
        resource_id: &str,
        request: &GetResourceDownloadInfoRequest,
    ) -> rt::Call<GetResourceDownloadInfoResponseBody, GetResourceDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResourceDownloadInfo",
            rt::Method::Get,
            "/v1.0/doc/docs/resources/{doc_id}/{resource_id}/downloadInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id, resource_id], request)
    }
    /// 获取上传信息
    ///
    /// `POST /v1.0/doc/docs/resources/{doc_id}/uploadInfos/query` (operation `GetResourceUploadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id` (`doc_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResourceUploadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_resource_upload_info(
        &self,
        doc_id: &str,
        request: &GetResourceUploadInfoRequest,
    ) -> rt::Call<GetResourceUploadInfoResponseBody, GetResourceUploadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResourceUploadInfo",
            rt::Method::Post,
            "/v1.0/doc/docs/resources/{doc_id}/uploadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 获取工作表
    ///
    /// `GET /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}` (operation `GetSheet`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sheet(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &GetSheetRequest,
    ) -> rt::Call<GetSheetResponseBody, GetSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSheet",
            rt::Method::Get,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 查询文档模版
    ///
    /// `GET /v1.0/doc/templates/{template_id}` (operation `GetTemplateById`).
    ///
    /// # Path parameters
    ///
    /// - `template_id` (`template_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTemplateByIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_template_by_id(
        &self,
        template_id: &str,
        request: &GetTemplateByIdRequest,
    ) -> rt::Call<GetTemplateByIdResponseBody, GetTemplateByIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTemplateById",
            rt::Method::Get,
            "/v1.0/doc/templates/{template_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], request)
    }
    /// 查询知识库信息
    ///
    /// `GET /v1.0/doc/workspaces/{workspace_id}` (operation `GetWorkspace`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetWorkspaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_workspace(
        &self,
        workspace_id: &str,
    ) -> rt::Call<GetWorkspaceResponseBody, GetWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspace",
            rt::Method::Get,
            "/v1.0/doc/workspaces/{workspace_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], &())
    }
    /// 查询知识库文档
    ///
    /// `GET /v1.0/doc/workspaces/{workspace_id}/docs/{node_id}` (operation `GetWorkspaceNode`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    /// - `node_id` (`node_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetWorkspaceNodeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_workspace_node(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &GetWorkspaceNodeRequest,
    ) -> rt::Call<GetWorkspaceNodeResponseBody, GetWorkspaceNodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspaceNode",
            rt::Method::Get,
            "/v1.0/doc/workspaces/{workspace_id}/docs/{node_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 文档初始化
    ///
    /// `POST /v1.0/doc/docs/{doc_id}/init` (operation `InitDocument`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id` (`doc_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InitDocumentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn init_document(
        &self,
        doc_id: &str,
        request: &InitDocumentRequest,
    ) -> rt::Call<InitDocumentResponseBody, InitDocumentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InitDocument",
            rt::Method::Post,
            "/v1.0/doc/docs/{doc_id}/init",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 向文档内插入块级元素
    ///
    /// `POST /v1.0/doc/documents/{document_id}/blocks` (operation `InsertBlocks`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertBlocksError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_blocks(
        &self,
        document_id: &str,
        request: &InsertBlocksRequest,
    ) -> rt::Call<(), InsertBlocksError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertBlocks",
            rt::Method::Post,
            "/v1.0/doc/documents/{document_id}/blocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 指定列左侧插入若干列
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/insertColumnsBefore` (operation `InsertColumnsBefore`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertColumnsBeforeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_columns_before(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &InsertColumnsBeforeRequest,
    ) -> rt::Call<InsertColumnsBeforeResponseBody, InsertColumnsBeforeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertColumnsBefore",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/insertColumnsBefore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 插入整段内容
    ///
    /// `POST /v1.0/doc/suites/documents/{document_id}/content` (operation `InsertContent`).
    ///
    /// # Path parameters
    ///
    /// - `document_id` (`document_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_content(
        &self,
        document_id: &str,
        request: &InsertContentRequest,
    ) -> rt::Call<InsertContentResponseBody, InsertContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertContent",
            rt::Method::Post,
            "/v1.0/doc/suites/documents/{document_id}/content",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[document_id], request)
    }
    /// 插入下拉列表
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/insertDropdownLists` (operation `InsertDropdownLists`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertDropdownListsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/insertDropdownLists",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/insertRowsBefore` (operation `InsertRowsBefore`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertRowsBeforeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_rows_before(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &InsertRowsBeforeRequest,
    ) -> rt::Call<InsertRowsBeforeResponseBody, InsertRowsBeforeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertRowsBefore",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/insertRowsBefore",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 获取文档所有评论
    ///
    /// `GET /v1.0/doc/docs/{doc_id}/comments` (operation `ListComments`).
    ///
    /// # Path parameters
    ///
    /// - `doc_id` (`doc_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCommentsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_comments(
        &self,
        doc_id: &str,
        request: &ListCommentsRequest,
    ) -> rt::Call<ListCommentsResponseBody, ListCommentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListComments",
            rt::Method::Get,
            "/v1.0/doc/docs/{doc_id}/comments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[doc_id], request)
    }
    /// 查询文档模版
    ///
    /// `GET /v1.0/doc/templates` (operation `ListTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/merge` (operation `MergeRange`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MergeRangeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/merge",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/findNext` (operation `RangeFindNext`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RangeFindNextError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/findNext",
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
    /// `GET /v1.0/doc/docs` (operation `SearchWorkspaceDocs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchWorkspaceDocsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/setBorder` (operation `SetBorder`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetBorderError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}/setBorder",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setColumnWidth` (operation `SetColumnWidth`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetColumnWidthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_column_width(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetColumnWidthRequest,
    ) -> rt::Call<SetColumnWidthResponseBody, SetColumnWidthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetColumnWidth",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setColumnWidth",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置列隐藏或显示
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setColumnsVisibility` (operation `SetColumnsVisibility`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetColumnsVisibilityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_columns_visibility(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetColumnsVisibilityRequest,
    ) -> rt::Call<SetColumnsVisibilityResponseBody, SetColumnsVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetColumnsVisibility",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setColumnsVisibility",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 批量设置列宽
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setColumnsWidth` (operation `SetColumnsWidth`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetColumnsWidthError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_columns_width(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetColumnsWidthRequest,
    ) -> rt::Call<SetColumnsWidthResponseBody, SetColumnsWidthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetColumnsWidth",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setColumnsWidth",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置筛选条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/setColumnFilterCriteria` (operation `SetFilterCriteria`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetFilterCriteriaError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_filter_criteria(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetFilterCriteriaRequest,
    ) -> rt::Call<SetFilterCriteriaResponseBody, SetFilterCriteriaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetFilterCriteria",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/setColumnFilterCriteria",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置筛选视图条件
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}/setColumnFilterCriteria` (operation `SetFilterViewCriteria`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `filter_view_id` (`filter_view_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetFilterViewCriteriaError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}/setColumnFilterCriteria",
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
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setRowHeight` (operation `SetRowHeight`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetRowHeightError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_row_height(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetRowHeightRequest,
    ) -> rt::Call<SetRowHeightResponseBody, SetRowHeightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRowHeight",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setRowHeight",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 批量设置行高
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setRowsHeight` (operation `SetRowsHeight`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetRowsHeightError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_rows_height(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetRowsHeightRequest,
    ) -> rt::Call<SetRowsHeightResponseBody, SetRowsHeightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRowsHeight",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setRowsHeight",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 设置行隐藏或显示
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setRowsVisibility` (operation `SetRowsVisibility`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetRowsVisibilityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_rows_visibility(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SetRowsVisibilityRequest,
    ) -> rt::Call<SetRowsVisibilityResponseBody, SetRowsVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetRowsVisibility",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/setRowsVisibility",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// SheetAutofitRows
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/autofitRows` (operation `SheetAutofitRows`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SheetAutofitRowsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sheet_autofit_rows(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SheetAutofitRowsRequest,
    ) -> rt::Call<SheetAutofitRowsResponseBody, SheetAutofitRowsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SheetAutofitRows",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/autofitRows",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 工作表上查找所有符合条件的单元格
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/findAll` (operation `SheetFindAll`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SheetFindAllError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sheet_find_all(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SheetFindAllRequest,
    ) -> rt::Call<SheetFindAllResponseBody, SheetFindAllError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SheetFindAll",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/findAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 筛选排序
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/sort` (operation `SortFilter`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SortFilterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sort_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &SortFilterRequest,
    ) -> rt::Call<SortFilterResponseBody, SortFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SortFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/sort",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 取消文档酷应用和表格的关联
    ///
    /// `DELETE /v1.0/doc/workbooks/{workbook_id}/coolApps` (operation `UnbindCoolAppToSheet`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnbindCoolAppToSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn unbind_cool_app_to_sheet(
        &self,
        workbook_id: &str,
        request: &UnbindCoolAppToSheetRequest,
    ) -> rt::Call<UnbindCoolAppToSheetResponseBody, UnbindCoolAppToSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnbindCoolAppToSheet",
            rt::Method::Delete,
            "/v1.0/doc/workbooks/{workbook_id}/coolApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id], request)
    }
    /// 更新筛选
    ///
    /// `POST /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/updateFilter` (operation `UpdateFilter`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFilterError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_filter(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &UpdateFilterRequest,
    ) -> rt::Call<UpdateFilterResponseBody, UpdateFilterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFilter",
            rt::Method::Post,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filter/updateFilter",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 更新筛选视图
    ///
    /// `PATCH /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}` (operation `UpdateFilterView`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `filter_view_id` (`filter_view_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFilterViewError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/filterViews/{filter_view_id}",
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
    /// `PUT /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages/{id}` (operation `UpdateFloatImage`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `id` (`id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFloatImageError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/floatImages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id, id], request)
    }
    /// 更新单元格区域
    ///
    /// `PUT /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}` (operation `UpdateRange`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    /// - `range_address` (`range_address`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRangeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}/ranges/{range_address}",
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
    /// `PUT /v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}` (operation `UpdateSheet`).
    ///
    /// # Path parameters
    ///
    /// - `workbook_id` (`workbook_id`)
    /// - `sheet_id` (`sheet_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSheetError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_sheet(
        &self,
        workbook_id: &str,
        sheet_id: &str,
        request: &UpdateSheetRequest,
    ) -> rt::Call<UpdateSheetResponseBody, UpdateSheetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSheet",
            rt::Method::Put,
            "/v1.0/doc/workbooks/{workbook_id}/sheets/{sheet_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workbook_id, sheet_id], request)
    }
    /// 修改知识库文档成员
    ///
    /// `PUT /v1.0/doc/workspaces/{workspace_id}/docs/{node_id}/members` (operation `UpdateWorkspaceDocMembers`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    /// - `node_id` (`node_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateWorkspaceDocMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_workspace_doc_members(
        &self,
        workspace_id: &str,
        node_id: &str,
        request: &UpdateWorkspaceDocMembersRequest,
    ) -> rt::Call<(), UpdateWorkspaceDocMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateWorkspaceDocMembers",
            rt::Method::Put,
            "/v1.0/doc/workspaces/{workspace_id}/docs/{node_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id, node_id], request)
    }
    /// 更新知识库成员
    ///
    /// `PUT /v1.0/doc/workspaces/{workspace_id}/members` (operation `UpdateWorkspaceMembers`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id` (`workspace_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateWorkspaceMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_workspace_members(
        &self,
        workspace_id: &str,
        request: &UpdateWorkspaceMembersRequest,
    ) -> rt::Call<(), UpdateWorkspaceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateWorkspaceMembers",
            rt::Method::Put,
            "/v1.0/doc/workspaces/{workspace_id}/members",
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
impl rt::serde::Serialize for AddCommentRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("extra", &self.extra)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCommentRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCommentRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "extra" => rt::read_field(map, &mut self.extra),
            _ => Ok(false),
        }
    }
}
/// `AddCommentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCommentResponseBody {
    /// `result`.
    pub result: Option<AddCommentResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCommentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCommentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddCommentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddWorkspaceDocMembersRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceDocMembersRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
    /// `roleType`.
    pub role_type: String,
}
impl AddWorkspaceDocMembersRequestMembers {
    /// A `AddWorkspaceDocMembersRequestMembers` with its required fields (`memberId`, `memberType`, `roleType`); set the others with the methods named after them.
    pub fn new(
        member_id: impl Into<String>,
        member_type: impl Into<String>,
        role_type: impl Into<String>,
    ) -> Self {
        Self {
            member_id: member_id.into(),
            member_type: member_type.into(),
            role_type: role_type.into(),
        }
    }
}
impl rt::serde::Serialize for AddWorkspaceDocMembersRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.field("roleType", &self.role_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddWorkspaceDocMembersRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddWorkspaceDocMembersRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "roleType" => rt::read_field(map, &mut self.role_type),
            _ => Ok(false),
        }
    }
}
/// `AddWorkspaceMembersRequestMembers`: the same model as [`AddWorkspaceDocMembersRequestMembers`].
pub type AddWorkspaceMembersRequestMembers = AddWorkspaceDocMembersRequestMembers;
/// `AddWorkspaceMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddWorkspaceMembersResponseBody {
    /// `notInOrgList`.
    pub not_in_org_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for AddWorkspaceMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddWorkspaceMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "notInOrgList" => rt::read_field(map, &mut self.not_in_org_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddWorkspaceMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("notInOrgList", &self.not_in_org_list)?;
        object.end()
    }
}
/// `AppendRowsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendRowsResponseBody {
    /// `a1Notation`.
    pub a1_notation: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AppendRowsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AppendRowsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "a1Notation" => rt::read_field(map, &mut self.a1_notation),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AppendRowsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("a1Notation", &self.a1_notation)?;
        object.end()
    }
}
/// `BatchRequestRequests`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRequestRequests {
    /// `body`.
    pub body: Option<rt::serde_json::Value>,
    /// `method`.
    pub method: String,
    /// `path`.
    pub path: String,
}
impl BatchRequestRequests {
    /// A `BatchRequestRequests` with its required fields (`method`, `path`); set the others with the methods named after them.
    pub fn new(method: impl Into<String>, path: impl Into<String>) -> Self {
        Self {
            body: None,
            method: method.into(),
            path: path.into(),
        }
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.body = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchRequestRequests {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("body", &self.body)?;
        object.field("method", &self.method)?;
        object.field("path", &self.path)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRequestRequests {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRequestRequests {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            "method" => rt::read_field(map, &mut self.method),
            "path" => rt::read_field(map, &mut self.path),
            _ => Ok(false),
        }
    }
}
/// `BatchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchResponseBody {
    /// `responses`.
    pub responses: Option<Vec<rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "responses" => rt::read_field(map, &mut self.responses),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("responses", &self.responses)?;
        object.end()
    }
}
/// `BatchGetWorkspaceDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsResponseBody {
    /// `result`.
    pub result: Option<Vec<BatchGetWorkspaceDocsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspaceDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspaceDocsResponseBody {
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
impl rt::serde::Serialize for BatchGetWorkspaceDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchGetWorkspacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetWorkspacesResponseBody {
    /// `workspaces`.
    pub workspaces: Option<Vec<BatchGetWorkspacesResponseBodyWorkspaces>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "workspaces" => rt::read_field(map, &mut self.workspaces),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetWorkspacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("workspaces", &self.workspaces)?;
        object.end()
    }
}
/// `BatchOperateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchOperateResponseBody {
    /// `result`.
    pub result: Option<BatchOperateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchOperateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchOperateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchOperateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BindCoolAppToSheetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BindCoolAppToSheetResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BindCoolAppToSheetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BindCoolAppToSheetResponseBody {
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
impl rt::serde::Serialize for BindCoolAppToSheetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ClearResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type ClearResponseBody = AppendRowsResponseBody;
/// `ClearDataResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type ClearDataResponseBody = AppendRowsResponseBody;
/// `ClearFilterCriteriaResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ClearFilterCriteriaResponseBody {
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ClearFilterCriteriaResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ClearFilterCriteriaResponseBody {
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
impl rt::serde::Serialize for ClearFilterCriteriaResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateConditionalFormattingRuleRequestCellStyle {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("backgroundColor", &self.background_color)?;
        object.optional("fontColor", &self.font_color)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateConditionalFormattingRuleRequestCellStyle {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateConditionalFormattingRuleRequestCellStyle {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "backgroundColor" => rt::read_field(map, &mut self.background_color),
            "fontColor" => rt::read_field(map, &mut self.font_color),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateConditionalFormattingRuleRequestDuplicateCondition {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateConditionalFormattingRuleRequestDuplicateCondition {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateConditionalFormattingRuleRequestDuplicateCondition {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateConditionalFormattingRuleRequestNumberCondition {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operator", &self.operator)?;
        object.optional("value1", &self.value1)?;
        object.optional("value2", &self.value2)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateConditionalFormattingRuleRequestNumberCondition {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateConditionalFormattingRuleRequestNumberCondition {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operator" => rt::read_field(map, &mut self.operator),
            "value1" => rt::read_field(map, &mut self.value1),
            "value2" => rt::read_field(map, &mut self.value2),
            _ => Ok(false),
        }
    }
}
/// `CreateConditionalFormattingRuleResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateConditionalFormattingRuleResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateDeveloperMetadataRequestAssociatedColumn`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateDeveloperMetadataRequestAssociatedColumn {
    /// `column`.
    pub column: i64,
    /// `sheet`.
    pub sheet: String,
}
impl CreateDeveloperMetadataRequestAssociatedColumn {
    /// A `CreateDeveloperMetadataRequestAssociatedColumn` with its required fields (`column`, `sheet`); set the others with the methods named after them.
    pub fn new(column: i64, sheet: impl Into<String>) -> Self {
        Self {
            column,
            sheet: sheet.into(),
        }
    }
}
impl rt::serde::Serialize for CreateDeveloperMetadataRequestAssociatedColumn {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("sheet", &self.sheet)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateDeveloperMetadataRequestAssociatedColumn {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeveloperMetadataRequestAssociatedColumn {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "column" => rt::read_field(map, &mut self.column),
            "sheet" => rt::read_field(map, &mut self.sheet),
            _ => Ok(false),
        }
    }
}
/// `CreateDeveloperMetadataRequestAssociatedRow`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateDeveloperMetadataRequestAssociatedRow {
    /// `row`.
    pub row: i64,
    /// `sheet`.
    pub sheet: String,
}
impl CreateDeveloperMetadataRequestAssociatedRow {
    /// A `CreateDeveloperMetadataRequestAssociatedRow` with its required fields (`row`, `sheet`); set the others with the methods named after them.
    pub fn new(row: i64, sheet: impl Into<String>) -> Self {
        Self { row, sheet: sheet.into() }
    }
}
impl rt::serde::Serialize for CreateDeveloperMetadataRequestAssociatedRow {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("row", &self.row)?;
        object.field("sheet", &self.sheet)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDeveloperMetadataRequestAssociatedRow {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeveloperMetadataRequestAssociatedRow {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "row" => rt::read_field(map, &mut self.row),
            "sheet" => rt::read_field(map, &mut self.sheet),
            _ => Ok(false),
        }
    }
}
/// `CreateDeveloperMetadataResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateDeveloperMetadataResponseBody = ClearFilterCriteriaResponseBody;
/// `CriteriaValue`.
#[derive(Clone, Debug, Default)]
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
impl rt::serde::Serialize for CriteriaValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filterType", &self.filter_type)?;
        object.optional("visibleValues", &self.visible_values)?;
        object.optional("conditions", &self.conditions)?;
        object.optional("conditionOperator", &self.condition_operator)?;
        object.optional("backgroundColor", &self.background_color)?;
        object.optional("fontColor", &self.font_color)?;
        object.end()
    }
}
impl<'de> rt::serde::Deserialize<'de> for CriteriaValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CriteriaValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filterType" => rt::read_field(map, &mut self.filter_type),
            "visibleValues" => rt::read_field(map, &mut self.visible_values),
            "conditions" => rt::read_field(map, &mut self.conditions),
            "conditionOperator" => rt::read_field(map, &mut self.condition_operator),
            "backgroundColor" => rt::read_field(map, &mut self.background_color),
            "fontColor" => rt::read_field(map, &mut self.font_color),
            _ => Ok(false),
        }
    }
}
/// `CreateFilterResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateFilterResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateFilterViewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateFilterViewResponseBody {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `range`.
    pub range: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateFilterViewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFilterViewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFilterViewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("range", &self.range)?;
        object.end()
    }
}
/// `CreateFloatImageRequestAnchor`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFloatImageRequestAnchor {
    /// `col`.
    pub col: i64,
    /// `row`.
    pub row: i64,
}
impl CreateFloatImageRequestAnchor {
    /// A `CreateFloatImageRequestAnchor` with its required fields (`col`, `row`); set the others with the methods named after them.
    pub fn new(col: i64, row: i64) -> Self {
        Self { col, row }
    }
}
impl rt::serde::Serialize for CreateFloatImageRequestAnchor {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("col", &self.col)?;
        object.field("row", &self.row)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageRequestAnchor {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFloatImageRequestAnchor {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "col" => rt::read_field(map, &mut self.col),
            "row" => rt::read_field(map, &mut self.row),
            _ => Ok(false),
        }
    }
}
/// `CreateFloatImageRequestCoordinate`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateFloatImageRequestCoordinate {
    /// A `CreateFloatImageRequestCoordinate` with its required fields (`height`, `offsetX`, `offsetY`, `width`); set the others with the methods named after them.
    pub fn new(height: f64, offset_x: f64, offset_y: f64, width: f64) -> Self {
        Self {
            height,
            offset_x,
            offset_y,
            width,
        }
    }
}
impl rt::serde::Serialize for CreateFloatImageRequestCoordinate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("height", &self.height)?;
        object.field("offsetX", &self.offset_x)?;
        object.field("offsetY", &self.offset_y)?;
        object.field("width", &self.width)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageRequestCoordinate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFloatImageRequestCoordinate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "height" => rt::read_field(map, &mut self.height),
            "offsetX" => rt::read_field(map, &mut self.offset_x),
            "offsetY" => rt::read_field(map, &mut self.offset_y),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
/// `CreateFloatImageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateFloatImageResponseBody {
    /// `result`.
    pub result: Option<CreateFloatImageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFloatImageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFloatImageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateRangeProtectionRequestEditableSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deleteColumns", &self.delete_columns)?;
        object.optional("deleteRows", &self.delete_rows)?;
        object.optional("editCells", &self.edit_cells)?;
        object.optional("formatCells", &self.format_cells)?;
        object.optional("insertColumns", &self.insert_columns)?;
        object.optional("insertRows", &self.insert_rows)?;
        object.optional("toggleColumnsVisibility", &self.toggle_columns_visibility)?;
        object.optional("toggleRowsVisibility", &self.toggle_rows_visibility)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRangeProtectionRequestEditableSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRangeProtectionRequestEditableSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deleteColumns" => rt::read_field(map, &mut self.delete_columns),
            "deleteRows" => rt::read_field(map, &mut self.delete_rows),
            "editCells" => rt::read_field(map, &mut self.edit_cells),
            "formatCells" => rt::read_field(map, &mut self.format_cells),
            "insertColumns" => rt::read_field(map, &mut self.insert_columns),
            "insertRows" => rt::read_field(map, &mut self.insert_rows),
            "toggleColumnsVisibility" => {
                rt::read_field(map, &mut self.toggle_columns_visibility)
            }
            "toggleRowsVisibility" => {
                rt::read_field(map, &mut self.toggle_rows_visibility)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateRangeProtectionRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("permission", &self.permission)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRangeProtectionRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRangeProtectionRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "permission" => rt::read_field(map, &mut self.permission),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
/// `CreateRangeProtectionResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type CreateRangeProtectionResponseBody = ClearFilterCriteriaResponseBody;
/// `CreateSheetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSheetResponseBody {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSheetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSheetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSheetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `CreateWorkspaceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateWorkspaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkspaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "url" => rt::read_field(map, &mut self.url),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateWorkspaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("url", &self.url)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `CreateWorkspaceDocResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateWorkspaceDocResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkspaceDocResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "docKey" => rt::read_field(map, &mut self.doc_key),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "url" => rt::read_field(map, &mut self.url),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateWorkspaceDocResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("docKey", &self.doc_key)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("url", &self.url)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
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
/// `DeleteWorkspaceDocMembersRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceDocMembersRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
}
impl DeleteWorkspaceDocMembersRequestMembers {
    /// A `DeleteWorkspaceDocMembersRequestMembers` with its required fields (`memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(member_id: impl Into<String>, member_type: impl Into<String>) -> Self {
        Self {
            member_id: member_id.into(),
            member_type: member_type.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteWorkspaceDocMembersRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWorkspaceDocMembersRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWorkspaceDocMembersRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
/// `DeleteWorkspaceMembersRequestMembers`: the same model as [`DeleteWorkspaceDocMembersRequestMembers`].
pub type DeleteWorkspaceMembersRequestMembers = DeleteWorkspaceDocMembersRequestMembers;
/// `DeliverNoticeCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverNoticeCardResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeliverNoticeCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeliverNoticeCardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeliverNoticeCardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeliverUnifyCardResponseBody`: the same model as [`DeliverNoticeCardResponseBody`].
pub type DeliverUnifyCardResponseBody = DeliverNoticeCardResponseBody;
/// `DocAppendParagraphResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocAppendParagraphResponseBody {
    /// `result`.
    pub result: Option<DocAppendParagraphResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DocAppendParagraphResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocAppendParagraphResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocAppendParagraphResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DocAppendTextResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocAppendTextResponseBody = DocAppendParagraphResponseBody;
/// `DocBlocksModifyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocBlocksModifyResponseBody {
    /// `result`.
    pub result: Option<DocBlocksModifyResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DocBlocksModifyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocBlocksModifyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocBlocksModifyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DocBlocksQueryResponseBody`: the same model as [`BatchOperateResponseBody`].
pub type DocBlocksQueryResponseBody = BatchOperateResponseBody;
/// `DocDeleteBlockResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocDeleteBlockResponseBody = DocAppendParagraphResponseBody;
/// `DocElementsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocElementsResponseBody {
    /// `result`.
    pub result: Option<DocElementsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DocElementsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocElementsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocElementsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DocExportResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocExportResponseBody {
    /// `result`.
    pub result: Option<DocExportResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DocExportResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocExportResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocExportResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DocExportSnapshotResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocExportSnapshotResponseBody {
    /// `result`.
    pub result: Option<DocExportSnapshotResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DocExportSnapshotResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocExportSnapshotResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocExportSnapshotResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize for DocSlotsModifyRequestRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("body", &self.body)?;
        object.optional("slotId", &self.slot_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocSlotsModifyRequestRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocSlotsModifyRequestRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            "slotId" => rt::read_field(map, &mut self.slot_id),
            _ => Ok(false),
        }
    }
}
/// `DocSlotsModifyResponseBody`: the same model as [`DocExportSnapshotResponseBody`].
pub type DocSlotsModifyResponseBody = DocExportSnapshotResponseBody;
/// `DocSlotsQueryResponseBody`: the same model as [`BatchOperateResponseBody`].
pub type DocSlotsQueryResponseBody = BatchOperateResponseBody;
/// `DocUpdateContentResponseBody`: the same model as [`DocAppendParagraphResponseBody`].
pub type DocUpdateContentResponseBody = DocAppendParagraphResponseBody;
/// `GetAllSheetsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBody {
    /// `value`.
    pub value: Option<Vec<GetAllSheetsResponseBodyValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllSheetsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllSheetsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAllSheetsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetDeveloperMetadataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeveloperMetadataResponseBody {
    /// `associatedColumn`.
    pub associated_column: Option<GetDeveloperMetadataResponseBodyAssociatedColumn>,
    /// `associatedRow`.
    pub associated_row: Option<GetDeveloperMetadataResponseBodyAssociatedRow>,
    /// `value`.
    pub value: Option<rt::serde_json::Value>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDeveloperMetadataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeveloperMetadataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "associatedColumn" => rt::read_field(map, &mut self.associated_column),
            "associatedRow" => rt::read_field(map, &mut self.associated_row),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeveloperMetadataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("associatedColumn", &self.associated_column)?;
        object.optional("associatedRow", &self.associated_row)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetFilterResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFilterResponseBody {
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, CriteriaValue>>,
    /// `id`.
    pub id: Option<String>,
    /// `range`.
    pub range: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFilterResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFilterResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "criteria" => rt::read_field(map, &mut self.criteria),
            "id" => rt::read_field(map, &mut self.id),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFilterResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.optional("id", &self.id)?;
        object.optional("range", &self.range)?;
        object.end()
    }
}
/// `GetFilterViewsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFilterViewsResponseBody {
    /// `filterViews`.
    pub filter_views: Option<Vec<GetFilterViewsResponseBodyFilterViews>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFilterViewsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFilterViewsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filterViews" => rt::read_field(map, &mut self.filter_views),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFilterViewsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filterViews", &self.filter_views)?;
        object.end()
    }
}
/// `GetFloatImageResponseBody`: the same model as [`CreateFloatImageResponseBody`].
pub type GetFloatImageResponseBody = CreateFloatImageResponseBody;
/// `GetFloatImagesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFloatImagesResponseBody {
    /// `value`.
    pub value: Option<Vec<GetFloatImagesResponseBodyValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFloatImagesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFloatImagesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFloatImagesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetImportDocumentMarkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetImportDocumentMarkResponseBody {
    /// `result`.
    pub result: Option<GetImportDocumentMarkResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetImportDocumentMarkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetImportDocumentMarkResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetImportDocumentMarkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetRangeResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRangeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRangeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "backgroundColors" => rt::read_field(map, &mut self.background_colors),
            "complexValues" => rt::read_field(map, &mut self.complex_values),
            "displayValues" => rt::read_field(map, &mut self.display_values),
            "fontSizes" => rt::read_field(map, &mut self.font_sizes),
            "fontWeights" => rt::read_field(map, &mut self.font_weights),
            "formulas" => rt::read_field(map, &mut self.formulas),
            "horizontalAlignments" => {
                rt::read_field(map, &mut self.horizontal_alignments)
            }
            "hyperlinks" => rt::read_field(map, &mut self.hyperlinks),
            "values" => rt::read_field(map, &mut self.values),
            "verticalAlignments" => rt::read_field(map, &mut self.vertical_alignments),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRangeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("backgroundColors", &self.background_colors)?;
        object.optional("complexValues", &self.complex_values)?;
        object.optional("displayValues", &self.display_values)?;
        object.optional("fontSizes", &self.font_sizes)?;
        object.optional("fontWeights", &self.font_weights)?;
        object.optional("formulas", &self.formulas)?;
        object.optional("horizontalAlignments", &self.horizontal_alignments)?;
        object.optional("hyperlinks", &self.hyperlinks)?;
        object.optional("values", &self.values)?;
        object.optional("verticalAlignments", &self.vertical_alignments)?;
        object.end()
    }
}
/// `GetRecentEditDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<GetRecentEditDocsResponseBodyRecentList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecentEditDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentEditDocsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentEditDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("recentList", &self.recent_list)?;
        object.end()
    }
}
/// `GetRecentOpenDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecentOpenDocsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `recentList`.
    pub recent_list: Option<Vec<GetRecentOpenDocsResponseBodyRecentList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecentOpenDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentOpenDocsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentOpenDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("recentList", &self.recent_list)?;
        object.end()
    }
}
/// `GetRelatedWorkspacesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelatedWorkspacesResponseBody {
    /// `workspaces`.
    pub workspaces: Option<Vec<GetRelatedWorkspacesResponseBodyWorkspaces>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelatedWorkspacesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedWorkspacesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "workspaces" => rt::read_field(map, &mut self.workspaces),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedWorkspacesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("workspaces", &self.workspaces)?;
        object.end()
    }
}
/// `GetResourceDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResourceDownloadInfoResponseBody {
    /// `result`.
    pub result: Option<GetResourceDownloadInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResourceDownloadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResourceDownloadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResourceDownloadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetResourceUploadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResourceUploadInfoResponseBody {
    /// `result`.
    pub result: Option<GetResourceUploadInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResourceUploadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResourceUploadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResourceUploadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetSheetResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSheetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSheetResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "columnCount" => rt::read_field(map, &mut self.column_count),
            "frozenColumnCount" => rt::read_field(map, &mut self.frozen_column_count),
            "frozenRowCount" => rt::read_field(map, &mut self.frozen_row_count),
            "id" => rt::read_field(map, &mut self.id),
            "lastNonEmptyColumn" => rt::read_field(map, &mut self.last_non_empty_column),
            "lastNonEmptyRow" => rt::read_field(map, &mut self.last_non_empty_row),
            "name" => rt::read_field(map, &mut self.name),
            "rowCount" => rt::read_field(map, &mut self.row_count),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSheetResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("columnCount", &self.column_count)?;
        object.optional("frozenColumnCount", &self.frozen_column_count)?;
        object.optional("frozenRowCount", &self.frozen_row_count)?;
        object.optional("id", &self.id)?;
        object.optional("lastNonEmptyColumn", &self.last_non_empty_column)?;
        object.optional("lastNonEmptyRow", &self.last_non_empty_row)?;
        object.optional("name", &self.name)?;
        object.optional("rowCount", &self.row_count)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `GetTemplateByIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTemplateByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTemplateByIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coverUrl" => rt::read_field(map, &mut self.cover_url),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "docType" => rt::read_field(map, &mut self.doc_type),
            "id" => rt::read_field(map, &mut self.id),
            "templateType" => rt::read_field(map, &mut self.template_type),
            "title" => rt::read_field(map, &mut self.title),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTemplateByIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coverUrl", &self.cover_url)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("id", &self.id)?;
        object.optional("templateType", &self.template_type)?;
        object.optional("title", &self.title)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `GetWorkspaceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetWorkspaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWorkspaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "owner" => rt::read_field(map, &mut self.owner),
            "rootDentryUuid" => rt::read_field(map, &mut self.root_dentry_uuid),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWorkspaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("owner", &self.owner)?;
        object.optional("rootDentryUuid", &self.root_dentry_uuid)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetWorkspaceNodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetWorkspaceNodeResponseBody {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `nodeBO`.
    pub node_bo: Option<GetWorkspaceNodeResponseBodyNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<GetWorkspaceNodeResponseBodyWorkspaceBO>,
}
impl<'de> rt::serde::Deserialize<'de> for GetWorkspaceNodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWorkspaceNodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasPermission" => rt::read_field(map, &mut self.has_permission),
            "nodeBO" => rt::read_field(map, &mut self.node_bo),
            "workspaceBO" => rt::read_field(map, &mut self.workspace_bo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWorkspaceNodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasPermission", &self.has_permission)?;
        object.optional("nodeBO", &self.node_bo)?;
        object.optional("workspaceBO", &self.workspace_bo)?;
        object.end()
    }
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
impl rt::serde::Serialize for AttachmentsMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("uploadKey", &self.upload_key)?;
        object.optional("name", &self.name)?;
        object.optional("mediaType", &self.media_type)?;
        object.optional("resourceId", &self.resource_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AttachmentsMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AttachmentsMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uploadKey" => rt::read_field(map, &mut self.upload_key),
            "name" => rt::read_field(map, &mut self.name),
            "mediaType" => rt::read_field(map, &mut self.media_type),
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            _ => Ok(false),
        }
    }
}
/// `InitDocumentResponseBody`: the same model as [`DeliverNoticeCardResponseBody`].
pub type InitDocumentResponseBody = DeliverNoticeCardResponseBody;
/// `InsertBlocksRequestBlocks`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocks {
    /// `blockType`.
    pub block_type: String,
    /// `paragraph`.
    pub paragraph: Option<InsertBlocksRequestBlocksParagraph>,
}
impl InsertBlocksRequestBlocks {
    /// A `InsertBlocksRequestBlocks` with its required fields (`blockType`); set the others with the methods named after them.
    pub fn new(block_type: impl Into<String>) -> Self {
        Self {
            block_type: block_type.into(),
            paragraph: None,
        }
    }
    /// Sets `paragraph`.
    pub fn paragraph(mut self, value: InsertBlocksRequestBlocksParagraph) -> Self {
        self.paragraph = Some(value);
        self
    }
}
impl rt::serde::Serialize for InsertBlocksRequestBlocks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("blockType", &self.block_type)?;
        object.optional("paragraph", &self.paragraph)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertBlocksRequestBlocks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestBlocks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockType" => rt::read_field(map, &mut self.block_type),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for InsertBlocksRequestLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("head", &self.head)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertBlocksRequestLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "head" => rt::read_field(map, &mut self.head),
            _ => Ok(false),
        }
    }
}
/// `InsertColumnsBeforeResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type InsertColumnsBeforeResponseBody = ClearFilterCriteriaResponseBody;
/// `InsertContentRequestContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertContentRequestContent {
    /// `content`.
    pub content: String,
    /// `type`.
    pub r#type: String,
}
impl InsertContentRequestContent {
    /// A `InsertContentRequestContent` with its required fields (`content`, `type`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for InsertContentRequestContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertContentRequestContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertContentRequestContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `InsertContentResponseBody`: the same model as [`DeliverNoticeCardResponseBody`].
pub type InsertContentResponseBody = DeliverNoticeCardResponseBody;
/// `InsertDropdownListsRequestOptions`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertDropdownListsRequestOptions {
    /// `color`.
    pub color: Option<String>,
    /// `value`.
    pub value: String,
}
impl InsertDropdownListsRequestOptions {
    /// A `InsertDropdownListsRequestOptions` with its required fields (`value`); set the others with the methods named after them.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            color: None,
            value: value.into(),
        }
    }
    /// Sets `color`.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InsertDropdownListsRequestOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("color", &self.color)?;
        object.field("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertDropdownListsRequestOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertDropdownListsRequestOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "color" => rt::read_field(map, &mut self.color),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `InsertDropdownListsResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type InsertDropdownListsResponseBody = AppendRowsResponseBody;
/// `InsertRowsBeforeResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type InsertRowsBeforeResponseBody = ClearFilterCriteriaResponseBody;
/// `ListCommentsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCommentsResponseBody {
    /// `result`.
    pub result: Option<ListCommentsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCommentsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCommentsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCommentsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ListTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTemplateResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `templateList`.
    pub template_list: Option<Vec<ListTemplateResponseBodyTemplateList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "templateList" => rt::read_field(map, &mut self.template_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("templateList", &self.template_list)?;
        object.end()
    }
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
impl rt::serde::Serialize for RangeFindNextRequestFindOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("includeHidden", &self.include_hidden)?;
        object.optional("matchCase", &self.match_case)?;
        object.optional("matchEntireCell", &self.match_entire_cell)?;
        object.optional("matchFormulaText", &self.match_formula_text)?;
        object.optional("scope", &self.scope)?;
        object.optional("useRegExp", &self.use_reg_exp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RangeFindNextRequestFindOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RangeFindNextRequestFindOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeHidden" => rt::read_field(map, &mut self.include_hidden),
            "matchCase" => rt::read_field(map, &mut self.match_case),
            "matchEntireCell" => rt::read_field(map, &mut self.match_entire_cell),
            "matchFormulaText" => rt::read_field(map, &mut self.match_formula_text),
            "scope" => rt::read_field(map, &mut self.scope),
            "useRegExp" => rt::read_field(map, &mut self.use_reg_exp),
            _ => Ok(false),
        }
    }
}
/// `RangeFindNextResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RangeFindNextResponseBody {
    /// `a1Notation`.
    pub a1_notation: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RangeFindNextResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RangeFindNextResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "a1Notation" => rt::read_field(map, &mut self.a1_notation),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RangeFindNextResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("a1Notation", &self.a1_notation)?;
        object.end()
    }
}
/// `SearchWorkspaceDocsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBody {
    /// `docs`.
    pub docs: Option<Vec<SearchWorkspaceDocsResponseBodyDocs>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspaceDocsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchWorkspaceDocsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docs" => rt::read_field(map, &mut self.docs),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchWorkspaceDocsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docs", &self.docs)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
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
impl rt::serde::Serialize for SetBorderRequestType {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bottom", &self.bottom)?;
        object.optional("horizontal", &self.horizontal)?;
        object.optional("left", &self.left)?;
        object.optional("right", &self.right)?;
        object.optional("top", &self.top)?;
        object.optional("vertical", &self.vertical)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetBorderRequestType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetBorderRequestType {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bottom" => rt::read_field(map, &mut self.bottom),
            "horizontal" => rt::read_field(map, &mut self.horizontal),
            "left" => rt::read_field(map, &mut self.left),
            "right" => rt::read_field(map, &mut self.right),
            "top" => rt::read_field(map, &mut self.top),
            "vertical" => rt::read_field(map, &mut self.vertical),
            _ => Ok(false),
        }
    }
}
/// `SetBorderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetBorderResponseBody {
    /// `data`.
    pub data: Option<rt::serde_json::Value>,
}
impl<'de> rt::serde::Deserialize<'de> for SetBorderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetBorderResponseBody {
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
impl rt::serde::Serialize for SetBorderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `SetColumnWidthResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetColumnWidthResponseBody {
    /// `sheetId`.
    pub sheet_id: Option<String>,
    /// `sheetName`.
    pub sheet_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SetColumnWidthResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetColumnWidthResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sheetId" => rt::read_field(map, &mut self.sheet_id),
            "sheetName" => rt::read_field(map, &mut self.sheet_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SetColumnWidthResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sheetId", &self.sheet_id)?;
        object.optional("sheetName", &self.sheet_name)?;
        object.end()
    }
}
/// `SetColumnsVisibilityResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetColumnsVisibilityResponseBody = ClearFilterCriteriaResponseBody;
/// `SetColumnsWidthResponseBody`: the same model as [`SetColumnWidthResponseBody`].
pub type SetColumnsWidthResponseBody = SetColumnWidthResponseBody;
/// `SetFilterCriteriaRequestFilterCriteria`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetFilterCriteriaRequestFilterCriteria {
    /// A `SetFilterCriteriaRequestFilterCriteria` with its required fields (`filterType`); set the others with the methods named after them.
    pub fn new(filter_type: impl Into<String>) -> Self {
        Self {
            background_color: None,
            condition_operator: None,
            conditions: None,
            filter_type: filter_type.into(),
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
impl rt::serde::Serialize for SetFilterCriteriaRequestFilterCriteria {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("backgroundColor", &self.background_color)?;
        object.optional("conditionOperator", &self.condition_operator)?;
        object.optional("conditions", &self.conditions)?;
        object.field("filterType", &self.filter_type)?;
        object.optional("fontColor", &self.font_color)?;
        object.optional("visibleValues", &self.visible_values)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetFilterCriteriaRequestFilterCriteria {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetFilterCriteriaRequestFilterCriteria {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "backgroundColor" => rt::read_field(map, &mut self.background_color),
            "conditionOperator" => rt::read_field(map, &mut self.condition_operator),
            "conditions" => rt::read_field(map, &mut self.conditions),
            "filterType" => rt::read_field(map, &mut self.filter_type),
            "fontColor" => rt::read_field(map, &mut self.font_color),
            "visibleValues" => rt::read_field(map, &mut self.visible_values),
            _ => Ok(false),
        }
    }
}
/// `SetFilterCriteriaResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetFilterCriteriaResponseBody = ClearFilterCriteriaResponseBody;
/// `SetFilterViewCriteriaRequestFilterCriteria`: the same model as [`SetFilterCriteriaRequestFilterCriteria`].
pub type SetFilterViewCriteriaRequestFilterCriteria = SetFilterCriteriaRequestFilterCriteria;
/// `SetFilterViewCriteriaResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetFilterViewCriteriaResponseBody = ClearFilterCriteriaResponseBody;
/// `SetRowHeightResponseBody`: the same model as [`SetColumnWidthResponseBody`].
pub type SetRowHeightResponseBody = SetColumnWidthResponseBody;
/// `SetRowsHeightResponseBody`: the same model as [`SetColumnWidthResponseBody`].
pub type SetRowsHeightResponseBody = SetColumnWidthResponseBody;
/// `SetRowsVisibilityResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type SetRowsVisibilityResponseBody = ClearFilterCriteriaResponseBody;
/// `SheetAutofitRowsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SheetAutofitRowsResponseBody {
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SheetAutofitRowsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SheetAutofitRowsResponseBody {
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
impl rt::serde::Serialize for SheetAutofitRowsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `SheetFindAllRequestFindOptions`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SheetFindAllRequestFindOptions {
    /// A `SheetFindAllRequestFindOptions` with its required fields (`unionCells`); set the others with the methods named after them.
    pub fn new(union_cells: bool) -> Self {
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
impl rt::serde::Serialize for SheetFindAllRequestFindOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("includeHidden", &self.include_hidden)?;
        object.optional("matchCase", &self.match_case)?;
        object.optional("matchEntireCell", &self.match_entire_cell)?;
        object.optional("matchFormulaText", &self.match_formula_text)?;
        object.optional("scope", &self.scope)?;
        object.field("unionCells", &self.union_cells)?;
        object.optional("useRegExp", &self.use_reg_exp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SheetFindAllRequestFindOptions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SheetFindAllRequestFindOptions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeHidden" => rt::read_field(map, &mut self.include_hidden),
            "matchCase" => rt::read_field(map, &mut self.match_case),
            "matchEntireCell" => rt::read_field(map, &mut self.match_entire_cell),
            "matchFormulaText" => rt::read_field(map, &mut self.match_formula_text),
            "scope" => rt::read_field(map, &mut self.scope),
            "unionCells" => rt::read_field(map, &mut self.union_cells),
            "useRegExp" => rt::read_field(map, &mut self.use_reg_exp),
            _ => Ok(false),
        }
    }
}
/// `SheetFindAllResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SheetFindAllResponseBody {
    /// `value`.
    pub value: Option<Vec<SheetFindAllResponseBodyValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for SheetFindAllResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SheetFindAllResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SheetFindAllResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `SortFilterRequestField`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SortFilterRequestField {
    /// `ascending`.
    pub ascending: Option<bool>,
    /// `column`.
    pub column: i64,
}
impl SortFilterRequestField {
    /// A `SortFilterRequestField` with its required fields (`column`); set the others with the methods named after them.
    pub fn new(column: i64) -> Self {
        Self { ascending: None, column }
    }
    /// Sets `ascending`.
    pub fn ascending(mut self, value: bool) -> Self {
        self.ascending = Some(value);
        self
    }
}
impl rt::serde::Serialize for SortFilterRequestField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ascending", &self.ascending)?;
        object.field("column", &self.column)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SortFilterRequestField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SortFilterRequestField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ascending" => rt::read_field(map, &mut self.ascending),
            "column" => rt::read_field(map, &mut self.column),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateFloatImageRequestAnchor {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("col", &self.col)?;
        object.optional("row", &self.row)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFloatImageRequestAnchor {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFloatImageRequestAnchor {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "col" => rt::read_field(map, &mut self.col),
            "row" => rt::read_field(map, &mut self.row),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateFloatImageRequestCoordinate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("height", &self.height)?;
        object.optional("offsetX", &self.offset_x)?;
        object.optional("offsetY", &self.offset_y)?;
        object.optional("width", &self.width)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFloatImageRequestCoordinate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFloatImageRequestCoordinate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "height" => rt::read_field(map, &mut self.height),
            "offsetX" => rt::read_field(map, &mut self.offset_x),
            "offsetY" => rt::read_field(map, &mut self.offset_y),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
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
impl rt::serde::Serialize for UpdateRangeRequestHyperlinks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("type", &self.r#type)?;
        object.optional("link", &self.link)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRangeRequestHyperlinks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRangeRequestHyperlinks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => rt::read_field(map, &mut self.r#type),
            "link" => rt::read_field(map, &mut self.link),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `UpdateRangeResponseBody`: the same model as [`AppendRowsResponseBody`].
pub type UpdateRangeResponseBody = AppendRowsResponseBody;
/// `UpdateSheetResponseBody`: the same model as [`ClearFilterCriteriaResponseBody`].
pub type UpdateSheetResponseBody = ClearFilterCriteriaResponseBody;
/// `UpdateWorkspaceDocMembersRequestMembers`: the same model as [`AddWorkspaceDocMembersRequestMembers`].
pub type UpdateWorkspaceDocMembersRequestMembers = AddWorkspaceDocMembersRequestMembers;
/// `UpdateWorkspaceMembersRequestMembers`: the same model as [`AddWorkspaceDocMembersRequestMembers`].
pub type UpdateWorkspaceMembersRequestMembers = AddWorkspaceDocMembersRequestMembers;
/// `AddCommentResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCommentResponseBodyResult {
    /// `commentId`.
    pub comment_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCommentResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCommentResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentId" => rt::read_field(map, &mut self.comment_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddCommentResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentId", &self.comment_id)?;
        object.end()
    }
}
/// `BatchGetWorkspaceDocsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsResponseBodyResult {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `nodeBO`.
    pub node_bo: Option<BatchGetWorkspaceDocsResponseBodyResultNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspaceDocsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspaceDocsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasPermission" => rt::read_field(map, &mut self.has_permission),
            "nodeBO" => rt::read_field(map, &mut self.node_bo),
            "workspaceBO" => rt::read_field(map, &mut self.workspace_bo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetWorkspaceDocsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasPermission", &self.has_permission)?;
        object.optional("nodeBO", &self.node_bo)?;
        object.optional("workspaceBO", &self.workspace_bo)?;
        object.end()
    }
}
/// `BatchGetWorkspacesResponseBodyWorkspaces`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetWorkspacesResponseBodyWorkspaces {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `workspace`.
    pub workspace: Option<BatchGetWorkspacesResponseBodyWorkspacesWorkspace>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspacesResponseBodyWorkspaces {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspacesResponseBodyWorkspaces {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasPermission" => rt::read_field(map, &mut self.has_permission),
            "workspace" => rt::read_field(map, &mut self.workspace),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetWorkspacesResponseBodyWorkspaces {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasPermission", &self.has_permission)?;
        object.optional("workspace", &self.workspace)?;
        object.end()
    }
}
/// `BatchOperateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchOperateResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchOperateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchOperateResponseBodyResult {
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
impl rt::serde::Serialize for BatchOperateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `CriteriaValueConditions`.
#[derive(Clone, Debug, Default)]
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
impl rt::serde::Serialize for CriteriaValueConditions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operator", &self.operator)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
impl<'de> rt::serde::Deserialize<'de> for CriteriaValueConditions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CriteriaValueConditions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operator" => rt::read_field(map, &mut self.operator),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `CreateFloatImageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFloatImageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "anchor" => rt::read_field(map, &mut self.anchor),
            "coordinate" => rt::read_field(map, &mut self.coordinate),
            "id" => rt::read_field(map, &mut self.id),
            "src" => rt::read_field(map, &mut self.src),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFloatImageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("anchor", &self.anchor)?;
        object.optional("coordinate", &self.coordinate)?;
        object.optional("id", &self.id)?;
        object.optional("src", &self.src)?;
        object.end()
    }
}
/// `DocAppendParagraphResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocAppendParagraphResponseBodyResult {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for DocAppendParagraphResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocAppendParagraphResponseBodyResult {
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
impl rt::serde::Serialize for DocAppendParagraphResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
/// `DocAppendTextResponseBodyResult`: the same model as [`DocAppendParagraphResponseBodyResult`].
pub type DocAppendTextResponseBodyResult = DocAppendParagraphResponseBodyResult;
/// `DocBlocksModifyResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocBlocksModifyResponseBodyResult {
    /// `result`.
    pub result: Option<Vec<rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for DocBlocksModifyResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocBlocksModifyResponseBodyResult {
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
impl rt::serde::Serialize for DocBlocksModifyResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DocBlocksQueryResponseBodyResult`: the same model as [`BatchOperateResponseBodyResult`].
pub type DocBlocksQueryResponseBodyResult = BatchOperateResponseBodyResult;
/// `DocDeleteBlockResponseBodyResult`: the same model as [`DocAppendParagraphResponseBodyResult`].
pub type DocDeleteBlockResponseBodyResult = DocAppendParagraphResponseBodyResult;
/// `DocElementsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocElementsResponseBodyResult {
    /// `elements`.
    pub elements: Option<Vec<String>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DocElementsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocElementsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "elements" => rt::read_field(map, &mut self.elements),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DocElementsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("elements", &self.elements)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.end()
    }
}
/// `DocExportResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocExportResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DocExportResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocExportResponseBodyResult {
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
impl rt::serde::Serialize for DocExportResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `DocExportSnapshotResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DocExportSnapshotResponseBodyResult {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DocExportSnapshotResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DocExportSnapshotResponseBodyResult {
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
impl rt::serde::Serialize for DocExportSnapshotResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAllSheetsResponseBodyValue {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAllSheetsResponseBodyValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAllSheetsResponseBodyValue {
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
impl rt::serde::Serialize for GetAllSheetsResponseBodyValue {
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
/// `GetDeveloperMetadataResponseBodyAssociatedColumn`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeveloperMetadataResponseBodyAssociatedColumn {
    /// `column`.
    pub column: Option<i64>,
    /// `sheetId`.
    pub sheet_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetDeveloperMetadataResponseBodyAssociatedColumn {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeveloperMetadataResponseBodyAssociatedColumn {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "column" => rt::read_field(map, &mut self.column),
            "sheetId" => rt::read_field(map, &mut self.sheet_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeveloperMetadataResponseBodyAssociatedColumn {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("column", &self.column)?;
        object.optional("sheetId", &self.sheet_id)?;
        object.end()
    }
}
/// `GetDeveloperMetadataResponseBodyAssociatedRow`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeveloperMetadataResponseBodyAssociatedRow {
    /// `row`.
    pub row: Option<i64>,
    /// `sheetId`.
    pub sheet_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDeveloperMetadataResponseBodyAssociatedRow {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeveloperMetadataResponseBodyAssociatedRow {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "row" => rt::read_field(map, &mut self.row),
            "sheetId" => rt::read_field(map, &mut self.sheet_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeveloperMetadataResponseBodyAssociatedRow {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("row", &self.row)?;
        object.optional("sheetId", &self.sheet_id)?;
        object.end()
    }
}
/// `GetFilterViewsResponseBodyFilterViews`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFilterViewsResponseBodyFilterViews {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFilterViewsResponseBodyFilterViews {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "criteria" => rt::read_field(map, &mut self.criteria),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFilterViewsResponseBodyFilterViews {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("range", &self.range)?;
        object.end()
    }
}
/// `GetFloatImageResponseBodyResult`: the same model as [`CreateFloatImageResponseBodyResult`].
pub type GetFloatImageResponseBodyResult = CreateFloatImageResponseBodyResult;
/// `GetFloatImagesResponseBodyValue`: the same model as [`CreateFloatImageResponseBodyResult`].
pub type GetFloatImagesResponseBodyValue = CreateFloatImageResponseBodyResult;
/// `GetImportDocumentMarkResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetImportDocumentMarkResponseBodyResult {
    /// `docId`.
    pub doc_id: Option<String>,
    /// `markMap`.
    pub mark_map: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetImportDocumentMarkResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetImportDocumentMarkResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docId" => rt::read_field(map, &mut self.doc_id),
            "markMap" => rt::read_field(map, &mut self.mark_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetImportDocumentMarkResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docId", &self.doc_id)?;
        object.optional("markMap", &self.mark_map)?;
        object.end()
    }
}
/// `GetRangeResponseBodyBackgroundColors`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRangeResponseBodyBackgroundColors {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRangeResponseBodyBackgroundColors {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "red" => rt::read_field(map, &mut self.red),
            "green" => rt::read_field(map, &mut self.green),
            "blue" => rt::read_field(map, &mut self.blue),
            "hexString" => rt::read_field(map, &mut self.hex_string),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRangeResponseBodyBackgroundColors {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("red", &self.red)?;
        object.optional("green", &self.green)?;
        object.optional("blue", &self.blue)?;
        object.optional("hexString", &self.hex_string)?;
        object.end()
    }
}
/// `GetRangeResponseBodyHyperlinks`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRangeResponseBodyHyperlinks {
    /// `type`.
    pub r#type: Option<String>,
    /// `link`.
    pub link: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRangeResponseBodyHyperlinks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRangeResponseBodyHyperlinks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => rt::read_field(map, &mut self.r#type),
            "link" => rt::read_field(map, &mut self.link),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRangeResponseBodyHyperlinks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("type", &self.r#type)?;
        object.optional("link", &self.link)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// `GetRecentEditDocsResponseBodyRecentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBodyRecentList {
    /// `nodeBO`.
    pub node_bo: Option<GetRecentEditDocsResponseBodyRecentListNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<GetRecentEditDocsResponseBodyRecentListWorkspaceBO>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecentEditDocsResponseBodyRecentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentEditDocsResponseBodyRecentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nodeBO" => rt::read_field(map, &mut self.node_bo),
            "workspaceBO" => rt::read_field(map, &mut self.workspace_bo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentEditDocsResponseBodyRecentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nodeBO", &self.node_bo)?;
        object.optional("workspaceBO", &self.workspace_bo)?;
        object.end()
    }
}
/// `GetRecentOpenDocsResponseBodyRecentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecentOpenDocsResponseBodyRecentList {
    /// `nodeBO`.
    pub node_bo: Option<GetRecentOpenDocsResponseBodyRecentListNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<GetRecentOpenDocsResponseBodyRecentListWorkspaceBO>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecentOpenDocsResponseBodyRecentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentOpenDocsResponseBodyRecentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nodeBO" => rt::read_field(map, &mut self.node_bo),
            "workspaceBO" => rt::read_field(map, &mut self.workspace_bo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentOpenDocsResponseBodyRecentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nodeBO", &self.node_bo)?;
        object.optional("workspaceBO", &self.workspace_bo)?;
        object.end()
    }
}
/// `GetRelatedWorkspacesResponseBodyWorkspaces`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRelatedWorkspacesResponseBodyWorkspaces {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedWorkspacesResponseBodyWorkspaces {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "deleted" => rt::read_field(map, &mut self.deleted),
            "name" => rt::read_field(map, &mut self.name),
            "owner" => rt::read_field(map, &mut self.owner),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            "role" => rt::read_field(map, &mut self.role),
            "url" => rt::read_field(map, &mut self.url),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedWorkspacesResponseBodyWorkspaces {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("name", &self.name)?;
        object.optional("owner", &self.owner)?;
        object.optional("recentList", &self.recent_list)?;
        object.optional("role", &self.role)?;
        object.optional("url", &self.url)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `GetResourceDownloadInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResourceDownloadInfoResponseBodyResult {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `resourceName`.
    pub resource_name: Option<String>,
    /// `size`.
    pub size: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResourceDownloadInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResourceDownloadInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "resourceName" => rt::read_field(map, &mut self.resource_name),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResourceDownloadInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("resourceName", &self.resource_name)?;
        object.optional("size", &self.size)?;
        object.end()
    }
}
/// `GetResourceUploadInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResourceUploadInfoResponseBodyResult {
    /// `resourceId`.
    pub resource_id: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
    /// `uploadUrl`.
    pub upload_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResourceUploadInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResourceUploadInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resourceId" => rt::read_field(map, &mut self.resource_id),
            "resourceUrl" => rt::read_field(map, &mut self.resource_url),
            "uploadUrl" => rt::read_field(map, &mut self.upload_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResourceUploadInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resourceId", &self.resource_id)?;
        object.optional("resourceUrl", &self.resource_url)?;
        object.optional("uploadUrl", &self.upload_url)?;
        object.end()
    }
}
/// `GetWorkspaceNodeResponseBodyNodeBO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetWorkspaceNodeResponseBodyNodeBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWorkspaceNodeResponseBodyNodeBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docType" => rt::read_field(map, &mut self.doc_type),
            "lastEditTime" => rt::read_field(map, &mut self.last_edit_time),
            "name" => rt::read_field(map, &mut self.name),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWorkspaceNodeResponseBodyNodeBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("lastEditTime", &self.last_edit_time)?;
        object.optional("name", &self.name)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetWorkspaceNodeResponseBodyWorkspaceBO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetWorkspaceNodeResponseBodyWorkspaceBO {
    /// `name`.
    pub name: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetWorkspaceNodeResponseBodyWorkspaceBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetWorkspaceNodeResponseBodyWorkspaceBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetWorkspaceNodeResponseBodyWorkspaceBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for InsertBlocksRequestBlocksParagraph {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("style", &self.style)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertBlocksRequestBlocksParagraph {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestBlocksParagraph {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "style" => rt::read_field(map, &mut self.style),
            _ => Ok(false),
        }
    }
}
/// `ListCommentsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCommentsResponseBodyResult {
    /// `commentList`.
    pub comment_list: Option<Vec<ListCommentsResponseBodyResultCommentList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCommentsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCommentsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentList" => rt::read_field(map, &mut self.comment_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCommentsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentList", &self.comment_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListTemplateResponseBodyTemplateList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListTemplateResponseBodyTemplateList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTemplateResponseBodyTemplateList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coverUrl" => rt::read_field(map, &mut self.cover_url),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "docType" => rt::read_field(map, &mut self.doc_type),
            "id" => rt::read_field(map, &mut self.id),
            "templateType" => rt::read_field(map, &mut self.template_type),
            "title" => rt::read_field(map, &mut self.title),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTemplateResponseBodyTemplateList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coverUrl", &self.cover_url)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("id", &self.id)?;
        object.optional("templateType", &self.template_type)?;
        object.optional("title", &self.title)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `SearchWorkspaceDocsResponseBodyDocs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBodyDocs {
    /// `nodeBO`.
    pub node_bo: Option<SearchWorkspaceDocsResponseBodyDocsNodeBO>,
    /// `workspaceBO`.
    pub workspace_bo: Option<SearchWorkspaceDocsResponseBodyDocsWorkspaceBO>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspaceDocsResponseBodyDocs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchWorkspaceDocsResponseBodyDocs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nodeBO" => rt::read_field(map, &mut self.node_bo),
            "workspaceBO" => rt::read_field(map, &mut self.workspace_bo),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchWorkspaceDocsResponseBodyDocs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nodeBO", &self.node_bo)?;
        object.optional("workspaceBO", &self.workspace_bo)?;
        object.end()
    }
}
/// `SetFilterCriteriaRequestFilterCriteriaConditions`.
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
impl rt::serde::Serialize for SetFilterCriteriaRequestFilterCriteriaConditions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operator", &self.operator)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for SetFilterCriteriaRequestFilterCriteriaConditions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetFilterCriteriaRequestFilterCriteriaConditions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operator" => rt::read_field(map, &mut self.operator),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `SetFilterViewCriteriaRequestFilterCriteriaConditions`: the same model as [`SetFilterCriteriaRequestFilterCriteriaConditions`].
pub type SetFilterViewCriteriaRequestFilterCriteriaConditions = SetFilterCriteriaRequestFilterCriteriaConditions;
/// `SheetFindAllResponseBodyValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SheetFindAllResponseBodyValue {
    /// `a1Notation`.
    pub a1_notation: Option<String>,
    /// `values`.
    pub values: Option<Vec<Vec<rt::serde_json::Value>>>,
}
impl<'de> rt::serde::Deserialize<'de> for SheetFindAllResponseBodyValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SheetFindAllResponseBodyValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "a1Notation" => rt::read_field(map, &mut self.a1_notation),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SheetFindAllResponseBodyValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("a1Notation", &self.a1_notation)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `UpdateFloatImageResponseBodyResult`: the same model as [`CreateFloatImageResponseBodyResult`].
pub type UpdateFloatImageResponseBodyResult = CreateFloatImageResponseBodyResult;
/// `BatchGetWorkspaceDocsResponseBodyResultNodeBO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspaceDocsResponseBodyResultNodeBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspaceDocsResponseBodyResultNodeBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deleted" => rt::read_field(map, &mut self.deleted),
            "docType" => rt::read_field(map, &mut self.doc_type),
            "lastEditTime" => rt::read_field(map, &mut self.last_edit_time),
            "name" => rt::read_field(map, &mut self.name),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetWorkspaceDocsResponseBodyResultNodeBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("lastEditTime", &self.last_edit_time)?;
        object.optional("name", &self.name)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO`: the same model as [`GetWorkspaceNodeResponseBodyWorkspaceBO`].
pub type BatchGetWorkspaceDocsResponseBodyResultWorkspaceBO = GetWorkspaceNodeResponseBodyWorkspaceBO;
/// `BatchGetWorkspacesResponseBodyWorkspacesWorkspace`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BatchGetWorkspacesResponseBodyWorkspacesWorkspace {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspacesResponseBodyWorkspacesWorkspace {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "name" => rt::read_field(map, &mut self.name),
            "orgPublished" => rt::read_field(map, &mut self.org_published),
            "recentList" => rt::read_field(map, &mut self.recent_list),
            "url" => rt::read_field(map, &mut self.url),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetWorkspacesResponseBodyWorkspacesWorkspace {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("name", &self.name)?;
        object.optional("orgPublished", &self.org_published)?;
        object.optional("recentList", &self.recent_list)?;
        object.optional("url", &self.url)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `CreateFloatImageResponseBodyResultAnchor`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateFloatImageResponseBodyResultAnchor {
    /// `col`.
    pub col: Option<i64>,
    /// `row`.
    pub row: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageResponseBodyResultAnchor {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFloatImageResponseBodyResultAnchor {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "col" => rt::read_field(map, &mut self.col),
            "row" => rt::read_field(map, &mut self.row),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFloatImageResponseBodyResultAnchor {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("col", &self.col)?;
        object.optional("row", &self.row)?;
        object.end()
    }
}
/// `CreateFloatImageResponseBodyResultCoordinate`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageResponseBodyResultCoordinate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFloatImageResponseBodyResultCoordinate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "height" => rt::read_field(map, &mut self.height),
            "offsetX" => rt::read_field(map, &mut self.offset_x),
            "offsetY" => rt::read_field(map, &mut self.offset_y),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFloatImageResponseBodyResultCoordinate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("height", &self.height)?;
        object.optional("offsetX", &self.offset_x)?;
        object.optional("offsetY", &self.offset_y)?;
        object.optional("width", &self.width)?;
        object.end()
    }
}
/// `FilterViewsCriteriaValue`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for FilterViewsCriteriaValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FilterViewsCriteriaValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filterType" => rt::read_field(map, &mut self.filter_type),
            "visibleValues" => rt::read_field(map, &mut self.visible_values),
            "conditions" => rt::read_field(map, &mut self.conditions),
            "conditionOperator" => rt::read_field(map, &mut self.condition_operator),
            "backgroundColor" => rt::read_field(map, &mut self.background_color),
            "fontColor" => rt::read_field(map, &mut self.font_color),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FilterViewsCriteriaValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filterType", &self.filter_type)?;
        object.optional("visibleValues", &self.visible_values)?;
        object.optional("conditions", &self.conditions)?;
        object.optional("conditionOperator", &self.condition_operator)?;
        object.optional("backgroundColor", &self.background_color)?;
        object.optional("fontColor", &self.font_color)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRecentEditDocsResponseBodyRecentListNodeBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentEditDocsResponseBodyRecentListNodeBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "docType" => rt::read_field(map, &mut self.doc_type),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "lastEditTime" => rt::read_field(map, &mut self.last_edit_time),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "nodeName" => rt::read_field(map, &mut self.node_name),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentEditDocsResponseBodyRecentListNodeBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("lastEditTime", &self.last_edit_time)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("nodeName", &self.node_name)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetRecentEditDocsResponseBodyRecentListWorkspaceBO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecentEditDocsResponseBodyRecentListWorkspaceBO {
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
    /// `workspaceName`.
    pub workspace_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetRecentEditDocsResponseBodyRecentListWorkspaceBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentEditDocsResponseBodyRecentListWorkspaceBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            "workspaceName" => rt::read_field(map, &mut self.workspace_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentEditDocsResponseBodyRecentListWorkspaceBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.optional("workspaceName", &self.workspace_name)?;
        object.end()
    }
}
/// `GetRecentOpenDocsResponseBodyRecentListNodeBO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetRecentOpenDocsResponseBodyRecentListNodeBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecentOpenDocsResponseBodyRecentListNodeBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "docType" => rt::read_field(map, &mut self.doc_type),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "lastOpenTime" => rt::read_field(map, &mut self.last_open_time),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "nodeName" => rt::read_field(map, &mut self.node_name),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecentOpenDocsResponseBodyRecentListNodeBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("lastOpenTime", &self.last_open_time)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("nodeName", &self.node_name)?;
        object.optional("updateTime", &self.update_time)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetRecentOpenDocsResponseBodyRecentListWorkspaceBO`: the same model as [`GetRecentEditDocsResponseBodyRecentListWorkspaceBO`].
pub type GetRecentOpenDocsResponseBodyRecentListWorkspaceBO = GetRecentEditDocsResponseBodyRecentListWorkspaceBO;
/// `GetRelatedWorkspacesResponseBodyWorkspacesRecentList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetRelatedWorkspacesResponseBodyWorkspacesRecentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelatedWorkspacesResponseBodyWorkspacesRecentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastEditTime" => rt::read_field(map, &mut self.last_edit_time),
            "name" => rt::read_field(map, &mut self.name),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelatedWorkspacesResponseBodyWorkspacesRecentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastEditTime", &self.last_edit_time)?;
        object.optional("name", &self.name)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `InsertBlocksRequestBlocksParagraphChildren`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraphChildren {
    /// `elementType`.
    pub element_type: String,
    /// `text`.
    pub text: Option<InsertBlocksRequestBlocksParagraphChildrenText>,
}
impl InsertBlocksRequestBlocksParagraphChildren {
    /// A `InsertBlocksRequestBlocksParagraphChildren` with its required fields (`elementType`); set the others with the methods named after them.
    pub fn new(element_type: impl Into<String>) -> Self {
        Self {
            element_type: element_type.into(),
            text: None,
        }
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
impl rt::serde::Serialize for InsertBlocksRequestBlocksParagraphChildren {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("elementType", &self.element_type)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertBlocksRequestBlocksParagraphChildren {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestBlocksParagraphChildren {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "elementType" => rt::read_field(map, &mut self.element_type),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for InsertBlocksRequestBlocksParagraphStyle {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("headingLevel", &self.heading_level)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertBlocksRequestBlocksParagraphStyle {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestBlocksParagraphStyle {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headingLevel" => rt::read_field(map, &mut self.heading_level),
            _ => Ok(false),
        }
    }
}
/// `ListCommentsResponseBodyResultCommentList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListCommentsResponseBodyResultCommentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCommentsResponseBodyResultCommentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commentId" => rt::read_field(map, &mut self.comment_id),
            "content" => rt::read_field(map, &mut self.content),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "isGlobal" => rt::read_field(map, &mut self.is_global),
            "isSolved" => rt::read_field(map, &mut self.is_solved),
            "quote" => rt::read_field(map, &mut self.quote),
            "topicId" => rt::read_field(map, &mut self.topic_id),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCommentsResponseBodyResultCommentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commentId", &self.comment_id)?;
        object.optional("content", &self.content)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("isGlobal", &self.is_global)?;
        object.optional("isSolved", &self.is_solved)?;
        object.optional("quote", &self.quote)?;
        object.optional("topicId", &self.topic_id)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `SearchWorkspaceDocsResponseBodyDocsNodeBO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspaceDocsResponseBodyDocsNodeBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchWorkspaceDocsResponseBodyDocsNodeBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docType" => rt::read_field(map, &mut self.doc_type),
            "lastEditTime" => rt::read_field(map, &mut self.last_edit_time),
            "name" => rt::read_field(map, &mut self.name),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "originName" => rt::read_field(map, &mut self.origin_name),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchWorkspaceDocsResponseBodyDocsNodeBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docType", &self.doc_type)?;
        object.optional("lastEditTime", &self.last_edit_time)?;
        object.optional("name", &self.name)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("originName", &self.origin_name)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `SearchWorkspaceDocsResponseBodyDocsWorkspaceBO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchWorkspaceDocsResponseBodyDocsWorkspaceBO {
    /// `name`.
    pub name: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchWorkspaceDocsResponseBodyDocsWorkspaceBO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchWorkspaceDocsResponseBodyDocsWorkspaceBO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchWorkspaceDocsResponseBodyDocsWorkspaceBO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("workspaceId", &self.workspace_id)?;
        object.end()
    }
}
/// `UpdateFloatImageResponseBodyResultAnchor`: the same model as [`CreateFloatImageResponseBodyResultAnchor`].
pub type UpdateFloatImageResponseBodyResultAnchor = CreateFloatImageResponseBodyResultAnchor;
/// `UpdateFloatImageResponseBodyResultCoordinate`: the same model as [`CreateFloatImageResponseBodyResultCoordinate`].
pub type UpdateFloatImageResponseBodyResultCoordinate = CreateFloatImageResponseBodyResultCoordinate;
/// `BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastEditTime" => rt::read_field(map, &mut self.last_edit_time),
            "name" => rt::read_field(map, &mut self.name),
            "nodeId" => rt::read_field(map, &mut self.node_id),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for BatchGetWorkspacesResponseBodyWorkspacesWorkspaceRecentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastEditTime", &self.last_edit_time)?;
        object.optional("name", &self.name)?;
        object.optional("nodeId", &self.node_id)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `FilterViewsCriteriaValueConditions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FilterViewsCriteriaValueConditions {
    /// `operator`.
    pub operator: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for FilterViewsCriteriaValueConditions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FilterViewsCriteriaValueConditions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operator" => rt::read_field(map, &mut self.operator),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FilterViewsCriteriaValueConditions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operator", &self.operator)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `InsertBlocksRequestBlocksParagraphChildrenText`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequestBlocksParagraphChildrenText {
    /// `content`.
    pub content: String,
    /// `textStyle`.
    pub text_style: Option<InsertBlocksRequestBlocksParagraphChildrenTextTextStyle>,
}
impl InsertBlocksRequestBlocksParagraphChildrenText {
    /// A `InsertBlocksRequestBlocksParagraphChildrenText` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            text_style: None,
        }
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
impl rt::serde::Serialize for InsertBlocksRequestBlocksParagraphChildrenText {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("textStyle", &self.text_style)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for InsertBlocksRequestBlocksParagraphChildrenText {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestBlocksParagraphChildrenText {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "textStyle" => rt::read_field(map, &mut self.text_style),
            _ => Ok(false),
        }
    }
}
/// `ListCommentsResponseBodyResultCommentListContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCommentsResponseBodyResultCommentListContent {
    /// `elements`.
    pub elements: Option<Vec<rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListCommentsResponseBodyResultCommentListContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCommentsResponseBodyResultCommentListContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "elements" => rt::read_field(map, &mut self.elements),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCommentsResponseBodyResultCommentListContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("elements", &self.elements)?;
        object.end()
    }
}
/// `InsertBlocksRequestBlocksParagraphChildrenTextTextStyle`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl InsertBlocksRequestBlocksParagraphChildrenTextTextStyle {
    /// A `InsertBlocksRequestBlocksParagraphChildrenTextTextStyle` with its required fields (`dataType`); set the others with the methods named after them.
    pub fn new(data_type: impl Into<String>) -> Self {
        Self {
            bold: None,
            data_type: data_type.into(),
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
impl rt::serde::Serialize for InsertBlocksRequestBlocksParagraphChildrenTextTextStyle {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bold", &self.bold)?;
        object.field("dataType", &self.data_type)?;
        object.optional("fontSize", &self.font_size)?;
        object.optional("sizeUnit", &self.size_unit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for InsertBlocksRequestBlocksParagraphChildrenTextTextStyle {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequestBlocksParagraphChildrenTextTextStyle {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bold" => rt::read_field(map, &mut self.bold),
            "dataType" => rt::read_field(map, &mut self.data_type),
            "fontSize" => rt::read_field(map, &mut self.font_size),
            "sizeUnit" => rt::read_field(map, &mut self.size_unit),
            _ => Ok(false),
        }
    }
}
/// The request of [`Api::add_comment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddCommentRequest {
    /// A `AddCommentRequest` with its required fields (`operatorId`, `commentContent`, `commentType`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        comment_content: impl Into<String>,
        comment_type: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            comment_content: comment_content.into(),
            comment_type: comment_type.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddCommentRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddCommentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("commentContent", &self.comment_content)?;
        object.field("commentType", &self.comment_type)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCommentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCommentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "commentContent" => rt::read_field(map, &mut self.comment_content),
            "commentType" => rt::read_field(map, &mut self.comment_type),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCommentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_workspace_doc_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceDocMembersRequest {
    /// `members`.
    pub members: Vec<AddWorkspaceDocMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
impl AddWorkspaceDocMembersRequest {
    /// A `AddWorkspaceDocMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = AddWorkspaceDocMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddWorkspaceDocMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddWorkspaceDocMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddWorkspaceDocMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddWorkspaceDocMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_workspace_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceMembersRequest {
    /// `members`.
    pub members: Vec<AddWorkspaceMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
impl AddWorkspaceMembersRequest {
    /// A `AddWorkspaceMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = AddWorkspaceMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddWorkspaceMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddWorkspaceMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddWorkspaceMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddWorkspaceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::append_rows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AppendRowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `values`.
    pub values: Vec<Vec<String>>,
}
impl AppendRowsRequest {
    /// A `AppendRowsRequest` with its required fields (`operatorId`, `values`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        values: impl IntoIterator<Item = Vec<String>>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            values: values.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for AppendRowsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("values", &self.values)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AppendRowsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppendRowsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AppendRowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `requests`.
    pub requests: Vec<BatchRequestRequests>,
}
impl BatchRequest {
    /// A `BatchRequest` with its required fields (`operatorId`, `requests`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        requests: impl IntoIterator<Item = BatchRequestRequests>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            requests: requests.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("requests", &self.requests)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "requests" => rt::read_field(map, &mut self.requests),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_workspace_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetWorkspaceDocsRequest {
    /// `nodeIds`.
    pub node_ids: Vec<String>,
    /// `operatorId`.
    pub operator_id: String,
}
impl BatchGetWorkspaceDocsRequest {
    /// A `BatchGetWorkspaceDocsRequest` with its required fields (`nodeIds`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        node_ids: impl IntoIterator<Item = impl Into<String>>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            node_ids: node_ids.into_iter().map(Into::into).collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchGetWorkspaceDocsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("nodeIds", &self.node_ids)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspaceDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetWorkspaceDocsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nodeIds" => rt::read_field(map, &mut self.node_ids),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetWorkspaceDocsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetWorkspacesRequest {
    /// `includeRecent`.
    pub include_recent: Option<bool>,
    /// `operatorId`.
    pub operator_id: String,
    /// `workspaceIds`.
    pub workspace_ids: Vec<String>,
}
impl BatchGetWorkspacesRequest {
    /// A `BatchGetWorkspacesRequest` with its required fields (`operatorId`, `workspaceIds`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        workspace_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            include_recent: None,
            operator_id: operator_id.into(),
            workspace_ids: workspace_ids.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `includeRecent`.
    pub fn include_recent(mut self, value: bool) -> Self {
        self.include_recent = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchGetWorkspacesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("includeRecent", &self.include_recent)?;
        object.field("operatorId", &self.operator_id)?;
        object.field("workspaceIds", &self.workspace_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetWorkspacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetWorkspacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeRecent" => rt::read_field(map, &mut self.include_recent),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "workspaceIds" => rt::read_field(map, &mut self.workspace_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_operate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchOperateRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `requests`.
    pub requests: Vec<rt::serde_json::Value>,
}
impl BatchOperateRequest {
    /// A `BatchOperateRequest` with its required fields (`operatorId`, `requests`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        requests: impl IntoIterator<Item = rt::serde_json::Value>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            requests: requests.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchOperateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("requests", &self.requests)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchOperateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchOperateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "requests" => rt::read_field(map, &mut self.requests),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchOperateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::bind_cool_app_to_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BindCoolAppToSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
}
impl BindCoolAppToSheetRequest {
    /// A `BindCoolAppToSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            cool_app_code: None,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BindCoolAppToSheetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BindCoolAppToSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BindCoolAppToSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BindCoolAppToSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::clear`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl ClearRequest {
    /// A `ClearRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearRequest {
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
impl rt::WriteRequest for ClearRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::clear_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearDataRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl ClearDataRequest {
    /// A `ClearDataRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearDataRequest {
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
impl rt::WriteRequest for ClearDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::clear_filter_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearFilterCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
}
impl ClearFilterCriteriaRequest {
    /// A `ClearFilterCriteriaRequest` with its required fields (`operatorId`, `column`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, column: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
        }
    }
}
impl rt::serde::Serialize for ClearFilterCriteriaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearFilterCriteriaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearFilterCriteriaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ClearFilterCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::clear_filter_view_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ClearFilterViewCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
}
impl ClearFilterViewCriteriaRequest {
    /// A `ClearFilterViewCriteriaRequest` with its required fields (`operatorId`, `column`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, column: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
        }
    }
}
impl rt::serde::Serialize for ClearFilterViewCriteriaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ClearFilterViewCriteriaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ClearFilterViewCriteriaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ClearFilterViewCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_conditional_formatting_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateConditionalFormattingRuleRequest {
    /// A `CreateConditionalFormattingRuleRequest` with its required fields (`operatorId`, `ranges`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        ranges: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            cell_style: None,
            duplicate_condition: None,
            number_condition: None,
            ranges: ranges.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for CreateConditionalFormattingRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cellStyle", &self.cell_style)?;
        object.optional("duplicateCondition", &self.duplicate_condition)?;
        object.optional("numberCondition", &self.number_condition)?;
        object.field("ranges", &self.ranges)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateConditionalFormattingRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateConditionalFormattingRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "cellStyle" => rt::read_field(map, &mut self.cell_style),
            "duplicateCondition" => rt::read_field(map, &mut self.duplicate_condition),
            "numberCondition" => rt::read_field(map, &mut self.number_condition),
            "ranges" => rt::read_field(map, &mut self.ranges),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateConditionalFormattingRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_developer_metadata`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateDeveloperMetadataRequest {
    /// A `CreateDeveloperMetadataRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CreateDeveloperMetadataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("associatedColumn", &self.associated_column)?;
        object.optional("associatedRow", &self.associated_row)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDeveloperMetadataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeveloperMetadataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "associatedColumn" => rt::read_field(map, &mut self.associated_column),
            "associatedRow" => rt::read_field(map, &mut self.associated_row),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDeveloperMetadataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `criteria`.
    pub criteria: Option<rt::BTreeMap<String, CriteriaValue>>,
    /// `range`.
    pub range: String,
}
impl CreateFilterRequest {
    /// A `CreateFilterRequest` with its required fields (`operatorId`, `range`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, range: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            criteria: None,
            range: range.into(),
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
impl rt::serde::Serialize for CreateFilterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.field("range", &self.range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFilterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFilterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "criteria" => rt::read_field(map, &mut self.criteria),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_filter_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateFilterViewRequest {
    /// A `CreateFilterViewRequest` with its required fields (`operatorId`, `name`, `range`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        name: impl Into<String>,
        range: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            criteria: None,
            name: name.into(),
            range: range.into(),
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
impl rt::serde::Serialize for CreateFilterViewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.field("name", &self.name)?;
        object.field("range", &self.range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFilterViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFilterViewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "criteria" => rt::read_field(map, &mut self.criteria),
            "name" => rt::read_field(map, &mut self.name),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateFilterViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateFloatImageRequest {
    /// A `CreateFloatImageRequest` with its required fields (`operatorId`, `anchor`, `coordinate`, `src`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        anchor: CreateFloatImageRequestAnchor,
        coordinate: CreateFloatImageRequestCoordinate,
        src: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            anchor,
            coordinate,
            src: src.into(),
        }
    }
}
impl rt::serde::Serialize for CreateFloatImageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("anchor", &self.anchor)?;
        object.field("coordinate", &self.coordinate)?;
        object.field("src", &self.src)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFloatImageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFloatImageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "anchor" => rt::read_field(map, &mut self.anchor),
            "coordinate" => rt::read_field(map, &mut self.coordinate),
            "src" => rt::read_field(map, &mut self.src),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateRangeProtectionRequest {
    /// A `CreateRangeProtectionRequest` with its required fields (`operatorId`, `otherUserPermission`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        other_user_permission: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            editable_setting: None,
            members: None,
            other_user_permission: other_user_permission.into(),
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
impl rt::serde::Serialize for CreateRangeProtectionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("editableSetting", &self.editable_setting)?;
        object.optional("members", &self.members)?;
        object.field("otherUserPermission", &self.other_user_permission)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRangeProtectionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRangeProtectionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "editableSetting" => rt::read_field(map, &mut self.editable_setting),
            "members" => rt::read_field(map, &mut self.members),
            "otherUserPermission" => rt::read_field(map, &mut self.other_user_permission),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateRangeProtectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
}
impl CreateSheetRequest {
    /// A `CreateSheetRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            name: name.into(),
        }
    }
}
impl rt::serde::Serialize for CreateSheetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateWorkspaceRequest {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: String,
    /// `operatorId`.
    pub operator_id: String,
}
impl CreateWorkspaceRequest {
    /// A `CreateWorkspaceRequest` with its required fields (`name`, `operatorId`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, operator_id: impl Into<String>) -> Self {
        Self {
            description: None,
            name: name.into(),
            operator_id: operator_id.into(),
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateWorkspaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateWorkspaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateWorkspaceRequest {
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
impl rt::WriteRequest for CreateWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_workspace_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateWorkspaceDocRequest {
    /// A `CreateWorkspaceDocRequest` with its required fields (`docType`, `name`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        doc_type: impl Into<String>,
        name: impl Into<String>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            doc_type: doc_type.into(),
            name: name.into(),
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for CreateWorkspaceDocRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("docType", &self.doc_type)?;
        object.field("name", &self.name)?;
        object.field("operatorId", &self.operator_id)?;
        object.optional("parentNodeId", &self.parent_node_id)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateType", &self.template_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateWorkspaceDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateWorkspaceDocRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docType" => rt::read_field(map, &mut self.doc_type),
            "name" => rt::read_field(map, &mut self.name),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "parentNodeId" => rt::read_field(map, &mut self.parent_node_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateType" => rt::read_field(map, &mut self.template_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateWorkspaceDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_columns`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteColumnsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `columnCount`.
    pub column_count: i64,
}
impl DeleteColumnsRequest {
    /// A `DeleteColumnsRequest` with its required fields (`operatorId`, `column`, `columnCount`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, column: i64, column_count: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            column_count,
        }
    }
}
impl rt::serde::Serialize for DeleteColumnsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("columnCount", &self.column_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteColumnsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteColumnsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "columnCount" => rt::read_field(map, &mut self.column_count),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteColumnsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_dropdown_lists`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDropdownListsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteDropdownListsRequest {
    /// A `DeleteDropdownListsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDropdownListsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDropdownListsRequest {
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
impl rt::WriteRequest for DeleteDropdownListsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteFilterRequest {
    /// A `DeleteFilterRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFilterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFilterRequest {
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
impl rt::WriteRequest for DeleteFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_filter_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFilterViewRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteFilterViewRequest {
    /// A `DeleteFilterViewRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFilterViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFilterViewRequest {
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
impl rt::WriteRequest for DeleteFilterViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFloatImageRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteFloatImageRequest {
    /// A `DeleteFloatImageRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFloatImageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFloatImageRequest {
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
impl rt::WriteRequest for DeleteFloatImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_range_protection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRangeProtectionRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteRangeProtectionRequest {
    /// A `DeleteRangeProtectionRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRangeProtectionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRangeProtectionRequest {
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
impl rt::WriteRequest for DeleteRangeProtectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_rows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteRowsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
}
impl DeleteRowsRequest {
    /// A `DeleteRowsRequest` with its required fields (`operatorId`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, row: i64, row_count: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            row,
            row_count,
        }
    }
}
impl rt::serde::Serialize for DeleteRowsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("row", &self.row)?;
        object.field("rowCount", &self.row_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteRowsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteRowsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "row" => rt::read_field(map, &mut self.row),
            "rowCount" => rt::read_field(map, &mut self.row_count),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteRowsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteSheetRequest {
    /// A `DeleteSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteSheetRequest {
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
impl rt::WriteRequest for DeleteSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_workspace_doc`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceDocRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DeleteWorkspaceDocRequest {
    /// A `DeleteWorkspaceDocRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWorkspaceDocRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWorkspaceDocRequest {
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
impl rt::WriteRequest for DeleteWorkspaceDocRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::delete_workspace_doc_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceDocMembersRequest {
    /// `members`.
    pub members: Vec<DeleteWorkspaceDocMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
impl DeleteWorkspaceDocMembersRequest {
    /// A `DeleteWorkspaceDocMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = DeleteWorkspaceDocMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteWorkspaceDocMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWorkspaceDocMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWorkspaceDocMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteWorkspaceDocMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_workspace_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteWorkspaceMembersRequest {
    /// `members`.
    pub members: Vec<DeleteWorkspaceMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
impl DeleteWorkspaceMembersRequest {
    /// A `DeleteWorkspaceMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = DeleteWorkspaceMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteWorkspaceMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteWorkspaceMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteWorkspaceMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteWorkspaceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_notice_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeliverNoticeCardRequest {
    /// A `DeliverNoticeCardRequest` with its required fields (`operatorId`, `bizId`, `content`, `lastMessageI18n`, `receiverId`, `receiverType`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        biz_id: impl Into<String>,
        content: impl Into<String>,
        last_message_i18n: impl IntoIterator<
            Item = (impl Into<String>, impl Into<String>),
        >,
        receiver_id: impl Into<String>,
        receiver_type: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            at_union_ids: None,
            biz_id: biz_id.into(),
            btn_action_str: None,
            content: content.into(),
            detail_mobile_url: None,
            detail_pc_url: None,
            last_message_i18n: last_message_i18n
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            receiver_id: receiver_id.into(),
            receiver_type: receiver_type.into(),
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
impl rt::serde::Serialize for DeliverNoticeCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUnionIds", &self.at_union_ids)?;
        object.field("bizId", &self.biz_id)?;
        object.optional("btnActionStr", &self.btn_action_str)?;
        object.field("content", &self.content)?;
        object.optional("detailMobileUrl", &self.detail_mobile_url)?;
        object.optional("detailPcUrl", &self.detail_pc_url)?;
        object.field("lastMessageI18n", &self.last_message_i18n)?;
        object.field("receiverId", &self.receiver_id)?;
        object.field("receiverType", &self.receiver_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeliverNoticeCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeliverNoticeCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "atUnionIds" => rt::read_field(map, &mut self.at_union_ids),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "btnActionStr" => rt::read_field(map, &mut self.btn_action_str),
            "content" => rt::read_field(map, &mut self.content),
            "detailMobileUrl" => rt::read_field(map, &mut self.detail_mobile_url),
            "detailPcUrl" => rt::read_field(map, &mut self.detail_pc_url),
            "lastMessageI18n" => rt::read_field(map, &mut self.last_message_i18n),
            "receiverId" => rt::read_field(map, &mut self.receiver_id),
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeliverNoticeCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_unify_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeliverUnifyCardRequest {
    /// A `DeliverUnifyCardRequest` with its required fields (`operatorId`, `bizId`, `bizType`, `cardData`, `lastMessageI18n`, `receiverId`, `receiverType`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        biz_id: impl Into<String>,
        biz_type: impl Into<String>,
        card_data: impl Into<String>,
        last_message_i18n: impl IntoIterator<
            Item = (impl Into<String>, impl Into<String>),
        >,
        receiver_id: impl Into<String>,
        receiver_type: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            at_union_ids: None,
            biz_id: biz_id.into(),
            biz_type: biz_type.into(),
            card_data: card_data.into(),
            dynamic_data_config: None,
            last_message_i18n: last_message_i18n
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            receiver_id: receiver_id.into(),
            receiver_type: receiver_type.into(),
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
impl rt::serde::Serialize for DeliverUnifyCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUnionIds", &self.at_union_ids)?;
        object.field("bizId", &self.biz_id)?;
        object.field("bizType", &self.biz_type)?;
        object.field("cardData", &self.card_data)?;
        object.optional("dynamicDataConfig", &self.dynamic_data_config)?;
        object.field("lastMessageI18n", &self.last_message_i18n)?;
        object.field("receiverId", &self.receiver_id)?;
        object.field("receiverType", &self.receiver_type)?;
        object.optional("userPrivateData", &self.user_private_data)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeliverUnifyCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeliverUnifyCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "atUnionIds" => rt::read_field(map, &mut self.at_union_ids),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "dynamicDataConfig" => rt::read_field(map, &mut self.dynamic_data_config),
            "lastMessageI18n" => rt::read_field(map, &mut self.last_message_i18n),
            "receiverId" => rt::read_field(map, &mut self.receiver_id),
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "userPrivateData" => rt::read_field(map, &mut self.user_private_data),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeliverUnifyCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_append_paragraph`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocAppendParagraphRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `elementType`.
    pub element_type: String,
    /// `properties`.
    pub properties: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl DocAppendParagraphRequest {
    /// A `DocAppendParagraphRequest` with its required fields (`operatorId`, `elementType`, `properties`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        element_type: impl Into<String>,
        properties: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            element_type: element_type.into(),
            properties: properties.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}
impl rt::serde::Serialize for DocAppendParagraphRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("elementType", &self.element_type)?;
        object.field("properties", &self.properties)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocAppendParagraphRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocAppendParagraphRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "elementType" => rt::read_field(map, &mut self.element_type),
            "properties" => rt::read_field(map, &mut self.properties),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocAppendParagraphRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_append_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocAppendTextRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `text`.
    pub text: String,
}
impl DocAppendTextRequest {
    /// A `DocAppendTextRequest` with its required fields (`operatorId`, `text`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            text: text.into(),
        }
    }
}
impl rt::serde::Serialize for DocAppendTextRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocAppendTextRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocAppendTextRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocAppendTextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_blocks_modify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocBlocksModifyRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `element`.
    pub element: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl DocBlocksModifyRequest {
    /// A `DocBlocksModifyRequest` with its required fields (`operatorId`, `element`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        element: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            element: element.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}
impl rt::serde::Serialize for DocBlocksModifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("element", &self.element)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocBlocksModifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocBlocksModifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "element" => rt::read_field(map, &mut self.element),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocBlocksModifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_blocks_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DocBlocksQueryRequest {
    /// A `DocBlocksQueryRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            block_type: None,
            end_index: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocBlocksQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocBlocksQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockType" => rt::read_field(map, &mut self.block_type),
            "endIndex" => rt::read_field(map, &mut self.end_index),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "startIndex" => rt::read_field(map, &mut self.start_index),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocDeleteBlockRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DocDeleteBlockRequest {
    /// A `DocDeleteBlockRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocDeleteBlockRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocDeleteBlockRequest {
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
impl rt::WriteRequest for DocDeleteBlockRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_elements`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DocElementsRequest {
    /// A `DocElementsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            cursor: None,
            element_type: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocElementsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocElementsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "elementType" => rt::read_field(map, &mut self.element_type),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocExportRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocExportRequest {
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
impl rt::WriteRequest for DocExportRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetFormat", &self.target_format);
    }
}
/// The request of [`Api::doc_export_snapshot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocExportSnapshotRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DocExportSnapshotRequest {
    /// A `DocExportSnapshotRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocExportSnapshotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocExportSnapshotRequest {
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
impl rt::WriteRequest for DocExportSnapshotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_insert_blocks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DocInsertBlocksRequest {
    /// A `DocInsertBlocksRequest` with its required fields (`operatorId`, `element`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        element: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            block_id: None,
            element: element.into_iter().map(|(k, v)| (k.into(), v)).collect(),
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
impl rt::serde::Serialize for DocInsertBlocksRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blockId", &self.block_id)?;
        object.field("element", &self.element)?;
        object.optional("index", &self.index)?;
        object.optional("where", &self.r#where)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocInsertBlocksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocInsertBlocksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "blockId" => rt::read_field(map, &mut self.block_id),
            "element" => rt::read_field(map, &mut self.element),
            "index" => rt::read_field(map, &mut self.index),
            "where" => rt::read_field(map, &mut self.r#where),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocInsertBlocksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_slots_modify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocSlotsModifyRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `request`.
    pub request: Option<Vec<DocSlotsModifyRequestRequest>>,
}
impl DocSlotsModifyRequest {
    /// A `DocSlotsModifyRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            request: None,
        }
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
impl rt::serde::Serialize for DocSlotsModifyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("request", &self.request)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocSlotsModifyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocSlotsModifyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "request" => rt::read_field(map, &mut self.request),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocSlotsModifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::doc_slots_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocSlotsQueryRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl DocSlotsQueryRequest {
    /// A `DocSlotsQueryRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DocSlotsQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocSlotsQueryRequest {
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
impl rt::WriteRequest for DocSlotsQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::doc_update_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DocUpdateContentRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `content`.
    pub content: String,
    /// `dataType`.
    pub data_type: Option<String>,
}
impl DocUpdateContentRequest {
    /// A `DocUpdateContentRequest` with its required fields (`operatorId`, `content`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for DocUpdateContentRequest {
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
impl<'de> rt::serde::Deserialize<'de> for DocUpdateContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DocUpdateContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "content" => rt::read_field(map, &mut self.content),
            "dataType" => rt::read_field(map, &mut self.data_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DocUpdateContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_all_sheets`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAllSheetsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetAllSheetsRequest {
    /// A `GetAllSheetsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAllSheetsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAllSheetsRequest {
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
impl rt::WriteRequest for GetAllSheetsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_developer_metadata`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDeveloperMetadataRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetDeveloperMetadataRequest {
    /// A `GetDeveloperMetadataRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDeveloperMetadataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDeveloperMetadataRequest {
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
impl rt::WriteRequest for GetDeveloperMetadataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetFilterRequest {
    /// A `GetFilterRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFilterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFilterRequest {
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
impl rt::WriteRequest for GetFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_filter_views`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFilterViewsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetFilterViewsRequest {
    /// A `GetFilterViewsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFilterViewsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFilterViewsRequest {
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
impl rt::WriteRequest for GetFilterViewsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFloatImageRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetFloatImageRequest {
    /// A `GetFloatImageRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFloatImageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFloatImageRequest {
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
impl rt::WriteRequest for GetFloatImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_float_images`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFloatImagesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetFloatImagesRequest {
    /// A `GetFloatImagesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFloatImagesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFloatImagesRequest {
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
impl rt::WriteRequest for GetFloatImagesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_import_document_mark`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetImportDocumentMarkRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetImportDocumentMarkRequest {
    /// A `GetImportDocumentMarkRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetImportDocumentMarkRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetImportDocumentMarkRequest {
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
impl rt::WriteRequest for GetImportDocumentMarkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_range`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRangeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `select`: a query parameter.
    pub select: Option<String>,
}
impl GetRangeRequest {
    /// A `GetRangeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            select: None,
        }
    }
    /// Sets `select`.
    pub fn select(mut self, value: impl Into<String>) -> Self {
        self.select = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRangeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRangeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "select" => rt::read_field(map, &mut self.select),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("select", &self.select);
    }
}
/// The request of [`Api::get_recent_edit_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRecentEditDocsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetRecentEditDocsRequest {
    /// A `GetRecentEditDocsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(max_results: i64, operator_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecentEditDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecentEditDocsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRecentOpenDocsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetRecentOpenDocsRequest {
    /// A `GetRecentOpenDocsRequest` with its required fields (`maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(max_results: i64, operator_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRecentOpenDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRecentOpenDocsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRelatedWorkspacesRequest {
    /// `includeRecent`: a query parameter.
    pub include_recent: Option<bool>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetRelatedWorkspacesRequest {
    /// A `GetRelatedWorkspacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            include_recent: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `includeRecent`.
    pub fn include_recent(mut self, value: bool) -> Self {
        self.include_recent = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRelatedWorkspacesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRelatedWorkspacesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeRecent" => rt::read_field(map, &mut self.include_recent),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetRelatedWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeRecent", &self.include_recent);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_resource_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetResourceDownloadInfoRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetResourceDownloadInfoRequest {
    /// A `GetResourceDownloadInfoRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResourceDownloadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResourceDownloadInfoRequest {
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
impl rt::WriteRequest for GetResourceDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_resource_upload_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetResourceUploadInfoRequest {
    /// A `GetResourceUploadInfoRequest` with its required fields (`operatorId`, `mediaType`, `resourceName`, `size`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        media_type: impl Into<String>,
        resource_name: impl Into<String>,
        size: i64,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            media_type: media_type.into(),
            resource_name: resource_name.into(),
            size,
        }
    }
}
impl rt::serde::Serialize for GetResourceUploadInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mediaType", &self.media_type)?;
        object.field("resourceName", &self.resource_name)?;
        object.field("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResourceUploadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResourceUploadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "mediaType" => rt::read_field(map, &mut self.media_type),
            "resourceName" => rt::read_field(map, &mut self.resource_name),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetResourceUploadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSheetRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetSheetRequest {
    /// A `GetSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSheetRequest {
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
impl rt::WriteRequest for GetSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_template_by_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTemplateByIdRequest {
    /// `belong`: a query parameter.
    pub belong: String,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetTemplateByIdRequest {
    /// A `GetTemplateByIdRequest` with its required fields (`belong`, `operatorId`); set the others with the methods named after them.
    pub fn new(belong: impl Into<String>, operator_id: impl Into<String>) -> Self {
        Self {
            belong: belong.into(),
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTemplateByIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTemplateByIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belong" => rt::read_field(map, &mut self.belong),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTemplateByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("belong", &self.belong);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_workspace_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetWorkspaceNodeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl GetWorkspaceNodeRequest {
    /// A `GetWorkspaceNodeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetWorkspaceNodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetWorkspaceNodeRequest {
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
impl rt::WriteRequest for GetWorkspaceNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::init_document`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl InitDocumentRequest {
    /// A `InitDocumentRequest` with its required fields (`operatorId`, `importType`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, import_type: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for InitDocumentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachmentsKey", &self.attachments_key)?;
        object.optional("attachmentsMap", &self.attachments_map)?;
        object.field("importType", &self.import_type)?;
        object.optional("linksKey", &self.links_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InitDocumentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InitDocumentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "attachmentsKey" => rt::read_field(map, &mut self.attachments_key),
            "attachmentsMap" => rt::read_field(map, &mut self.attachments_map),
            "importType" => rt::read_field(map, &mut self.import_type),
            "linksKey" => rt::read_field(map, &mut self.links_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InitDocumentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_blocks`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertBlocksRequest {
    /// `blocks`.
    pub blocks: Vec<InsertBlocksRequestBlocks>,
    /// `location`.
    pub location: Option<InsertBlocksRequestLocation>,
    /// `operatorId`.
    pub operator_id: String,
}
impl InsertBlocksRequest {
    /// A `InsertBlocksRequest` with its required fields (`blocks`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        blocks: impl IntoIterator<Item = InsertBlocksRequestBlocks>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            blocks: blocks.into_iter().collect(),
            location: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `location`.
    pub fn location(mut self, value: InsertBlocksRequestLocation) -> Self {
        self.location = Some(value);
        self
    }
}
impl rt::serde::Serialize for InsertBlocksRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("blocks", &self.blocks)?;
        object.optional("location", &self.location)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertBlocksRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertBlocksRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blocks" => rt::read_field(map, &mut self.blocks),
            "location" => rt::read_field(map, &mut self.location),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertBlocksRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_columns_before`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertColumnsBeforeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `columnCount`.
    pub column_count: i64,
}
impl InsertColumnsBeforeRequest {
    /// A `InsertColumnsBeforeRequest` with its required fields (`operatorId`, `column`, `columnCount`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, column: i64, column_count: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            column_count,
        }
    }
}
impl rt::serde::Serialize for InsertColumnsBeforeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("columnCount", &self.column_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertColumnsBeforeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertColumnsBeforeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "columnCount" => rt::read_field(map, &mut self.column_count),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertColumnsBeforeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl InsertContentRequest {
    /// A `InsertContentRequest` with its required fields (`operatorId`, `content`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        content: InsertContentRequestContent,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for InsertContentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("index", &self.index)?;
        object.optional("path", &self.path)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "content" => rt::read_field(map, &mut self.content),
            "index" => rt::read_field(map, &mut self.index),
            "path" => rt::read_field(map, &mut self.path),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_dropdown_lists`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertDropdownListsRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `options`.
    pub options: Vec<InsertDropdownListsRequestOptions>,
}
impl InsertDropdownListsRequest {
    /// A `InsertDropdownListsRequest` with its required fields (`operatorId`, `options`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        options: impl IntoIterator<Item = InsertDropdownListsRequestOptions>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            options: options.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for InsertDropdownListsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("options", &self.options)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertDropdownListsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertDropdownListsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "options" => rt::read_field(map, &mut self.options),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertDropdownListsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::insert_rows_before`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InsertRowsBeforeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `row`.
    pub row: i64,
    /// `rowCount`.
    pub row_count: i64,
}
impl InsertRowsBeforeRequest {
    /// A `InsertRowsBeforeRequest` with its required fields (`operatorId`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, row: i64, row_count: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            row,
            row_count,
        }
    }
}
impl rt::serde::Serialize for InsertRowsBeforeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("row", &self.row)?;
        object.field("rowCount", &self.row_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InsertRowsBeforeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InsertRowsBeforeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "row" => rt::read_field(map, &mut self.row),
            "rowCount" => rt::read_field(map, &mut self.row_count),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InsertRowsBeforeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_comments`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListCommentsRequest {
    /// A `ListCommentsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            is_global: None,
            is_solved: None,
            max_results: None,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCommentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCommentsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isGlobal" => rt::read_field(map, &mut self.is_global),
            "isSolved" => rt::read_field(map, &mut self.is_solved),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListTemplateRequest {
    /// A `ListTemplateRequest` with its required fields (`maxResults`, `operatorId`, `templateType`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        operator_id: impl Into<String>,
        template_type: impl Into<String>,
    ) -> Self {
        Self {
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
            template_type: template_type.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "templateType" => rt::read_field(map, &mut self.template_type),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MergeRangeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `mergeType`.
    pub merge_type: Option<String>,
}
impl MergeRangeRequest {
    /// A `MergeRangeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            merge_type: None,
        }
    }
    /// Sets `mergeType`.
    pub fn merge_type(mut self, value: impl Into<String>) -> Self {
        self.merge_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for MergeRangeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mergeType", &self.merge_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MergeRangeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MergeRangeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "mergeType" => rt::read_field(map, &mut self.merge_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MergeRangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::range_find_next`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RangeFindNextRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `findOptions`.
    pub find_options: Option<RangeFindNextRequestFindOptions>,
    /// `text`.
    pub text: String,
}
impl RangeFindNextRequest {
    /// A `RangeFindNextRequest` with its required fields (`operatorId`, `text`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
            find_options: None,
            text: text.into(),
        }
    }
    /// Sets `findOptions`.
    pub fn find_options(mut self, value: RangeFindNextRequestFindOptions) -> Self {
        self.find_options = Some(value);
        self
    }
}
impl rt::serde::Serialize for RangeFindNextRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("findOptions", &self.find_options)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RangeFindNextRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RangeFindNextRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "findOptions" => rt::read_field(map, &mut self.find_options),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RangeFindNextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::search_workspace_docs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchWorkspaceDocsRequest {
    /// A `SearchWorkspaceDocsRequest` with its required fields (`keyword`, `maxResults`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        keyword: impl Into<String>,
        max_results: i64,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            keyword: keyword.into(),
            max_results,
            next_token: None,
            operator_id: operator_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchWorkspaceDocsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchWorkspaceDocsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyword" => rt::read_field(map, &mut self.keyword),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "workspaceId" => rt::read_field(map, &mut self.workspace_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetBorderRequest {
    /// A `SetBorderRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for SetBorderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("color", &self.color)?;
        object.optional("style", &self.style)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetBorderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetBorderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "color" => rt::read_field(map, &mut self.color),
            "style" => rt::read_field(map, &mut self.style),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetBorderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_column_width`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetColumnWidthRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `width`.
    pub width: i64,
}
impl SetColumnWidthRequest {
    /// A `SetColumnWidthRequest` with its required fields (`operatorId`, `column`, `width`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, column: i64, width: i64) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            width,
        }
    }
}
impl rt::serde::Serialize for SetColumnWidthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("width", &self.width)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetColumnWidthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetColumnWidthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetColumnWidthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_columns_visibility`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetColumnsVisibilityRequest {
    /// A `SetColumnsVisibilityRequest` with its required fields (`operatorId`, `column`, `columnCount`, `visibility`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        column: i64,
        column_count: i64,
        visibility: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            column_count,
            visibility: visibility.into(),
        }
    }
}
impl rt::serde::Serialize for SetColumnsVisibilityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("columnCount", &self.column_count)?;
        object.field("visibility", &self.visibility)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetColumnsVisibilityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetColumnsVisibilityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "columnCount" => rt::read_field(map, &mut self.column_count),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetColumnsVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_columns_width`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetColumnsWidthRequest {
    /// A `SetColumnsWidthRequest` with its required fields (`operatorId`, `column`, `columnCount`, `width`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        column: i64,
        column_count: i64,
        width: i64,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            column_count,
            width,
        }
    }
}
impl rt::serde::Serialize for SetColumnsWidthRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("columnCount", &self.column_count)?;
        object.field("width", &self.width)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetColumnsWidthRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetColumnsWidthRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "columnCount" => rt::read_field(map, &mut self.column_count),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetColumnsWidthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_filter_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetFilterCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `filterCriteria`.
    pub filter_criteria: SetFilterCriteriaRequestFilterCriteria,
}
impl SetFilterCriteriaRequest {
    /// A `SetFilterCriteriaRequest` with its required fields (`operatorId`, `column`, `filterCriteria`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        column: i64,
        filter_criteria: SetFilterCriteriaRequestFilterCriteria,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            filter_criteria,
        }
    }
}
impl rt::serde::Serialize for SetFilterCriteriaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("filterCriteria", &self.filter_criteria)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetFilterCriteriaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetFilterCriteriaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "filterCriteria" => rt::read_field(map, &mut self.filter_criteria),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetFilterCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_filter_view_criteria`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetFilterViewCriteriaRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `column`.
    pub column: i64,
    /// `filterCriteria`.
    pub filter_criteria: SetFilterViewCriteriaRequestFilterCriteria,
}
impl SetFilterViewCriteriaRequest {
    /// A `SetFilterViewCriteriaRequest` with its required fields (`operatorId`, `column`, `filterCriteria`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        column: i64,
        filter_criteria: SetFilterViewCriteriaRequestFilterCriteria,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            column,
            filter_criteria,
        }
    }
}
impl rt::serde::Serialize for SetFilterViewCriteriaRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("column", &self.column)?;
        object.field("filterCriteria", &self.filter_criteria)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetFilterViewCriteriaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetFilterViewCriteriaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "column" => rt::read_field(map, &mut self.column),
            "filterCriteria" => rt::read_field(map, &mut self.filter_criteria),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetFilterViewCriteriaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_row_height`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetRowHeightRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `height`.
    pub height: Option<i64>,
    /// `row`.
    pub row: Option<i64>,
}
impl SetRowHeightRequest {
    /// A `SetRowHeightRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for SetRowHeightRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("height", &self.height)?;
        object.optional("row", &self.row)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRowHeightRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRowHeightRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "height" => rt::read_field(map, &mut self.height),
            "row" => rt::read_field(map, &mut self.row),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetRowHeightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_rows_height`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetRowsHeightRequest {
    /// A `SetRowsHeightRequest` with its required fields (`operatorId`, `height`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        height: i64,
        row: i64,
        row_count: i64,
    ) -> Self {
        Self {
            ding_access_token_type: None,
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for SetRowsHeightRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("height", &self.height)?;
        object.field("row", &self.row)?;
        object.field("rowCount", &self.row_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRowsHeightRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRowsHeightRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "height" => rt::read_field(map, &mut self.height),
            "row" => rt::read_field(map, &mut self.row),
            "rowCount" => rt::read_field(map, &mut self.row_count),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetRowsVisibilityRequest {
    /// A `SetRowsVisibilityRequest` with its required fields (`operatorId`, `row`, `rowCount`, `visibility`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        row: i64,
        row_count: i64,
        visibility: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            row,
            row_count,
            visibility: visibility.into(),
        }
    }
}
impl rt::serde::Serialize for SetRowsVisibilityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("row", &self.row)?;
        object.field("rowCount", &self.row_count)?;
        object.field("visibility", &self.visibility)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetRowsVisibilityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetRowsVisibilityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "row" => rt::read_field(map, &mut self.row),
            "rowCount" => rt::read_field(map, &mut self.row_count),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetRowsVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::sheet_autofit_rows`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SheetAutofitRowsRequest {
    /// A `SheetAutofitRowsRequest` with its required fields (`operatorId`, `fontWidth`, `row`, `rowCount`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        font_width: i64,
        row: i64,
        row_count: i64,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            font_width,
            row,
            row_count,
        }
    }
}
impl rt::serde::Serialize for SheetAutofitRowsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fontWidth", &self.font_width)?;
        object.field("row", &self.row)?;
        object.field("rowCount", &self.row_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SheetAutofitRowsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SheetAutofitRowsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "fontWidth" => rt::read_field(map, &mut self.font_width),
            "row" => rt::read_field(map, &mut self.row),
            "rowCount" => rt::read_field(map, &mut self.row_count),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SheetFindAllRequest {
    /// A `SheetFindAllRequest` with its required fields (`operatorId`, `findOptions`, `text`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        find_options: SheetFindAllRequestFindOptions,
        text: impl Into<String>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            select: None,
            find_options,
            text: text.into(),
        }
    }
    /// Sets `select`.
    pub fn select(mut self, value: impl Into<String>) -> Self {
        self.select = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SheetFindAllRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("findOptions", &self.find_options)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SheetFindAllRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SheetFindAllRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "select" => rt::read_field(map, &mut self.select),
            "findOptions" => rt::read_field(map, &mut self.find_options),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SortFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `field`.
    pub field: SortFilterRequestField,
}
impl SortFilterRequest {
    /// A `SortFilterRequest` with its required fields (`operatorId`, `field`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>, field: SortFilterRequestField) -> Self {
        Self {
            operator_id: operator_id.into(),
            field,
        }
    }
}
impl rt::serde::Serialize for SortFilterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("field", &self.field)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SortFilterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SortFilterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "field" => rt::read_field(map, &mut self.field),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SortFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unbind_cool_app_to_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnbindCoolAppToSheetRequest {
    /// `coolAppCode`: a query parameter.
    pub cool_app_code: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
impl UnbindCoolAppToSheetRequest {
    /// A `UnbindCoolAppToSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            cool_app_code: None,
            operator_id: operator_id.into(),
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnbindCoolAppToSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnbindCoolAppToSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UnbindCoolAppToSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("coolAppCode", &self.cool_app_code);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::update_filter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateFilterRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `criteria`.
    pub criteria: rt::BTreeMap<String, CriteriaValue>,
}
impl UpdateFilterRequest {
    /// A `UpdateFilterRequest` with its required fields (`operatorId`, `criteria`); set the others with the methods named after them.
    pub fn new(
        operator_id: impl Into<String>,
        criteria: impl IntoIterator<Item = (impl Into<String>, CriteriaValue)>,
    ) -> Self {
        Self {
            operator_id: operator_id.into(),
            criteria: criteria.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}
impl rt::serde::Serialize for UpdateFilterRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("criteria", &self.criteria)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFilterRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFilterRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "criteria" => rt::read_field(map, &mut self.criteria),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateFilterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_filter_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateFilterViewRequest {
    /// A `UpdateFilterViewRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for UpdateFilterViewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("criteria", &self.criteria)?;
        object.optional("name", &self.name)?;
        object.optional("range", &self.range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFilterViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFilterViewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "criteria" => rt::read_field(map, &mut self.criteria),
            "name" => rt::read_field(map, &mut self.name),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateFilterViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_float_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateFloatImageRequest {
    /// A `UpdateFloatImageRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for UpdateFloatImageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("anchor", &self.anchor)?;
        object.optional("coordinate", &self.coordinate)?;
        object.optional("src", &self.src)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFloatImageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFloatImageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "anchor" => rt::read_field(map, &mut self.anchor),
            "coordinate" => rt::read_field(map, &mut self.coordinate),
            "src" => rt::read_field(map, &mut self.src),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateRangeRequest {
    /// A `UpdateRangeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for UpdateRangeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("backgroundColors", &self.background_colors)?;
        object.optional("complexValues", &self.complex_values)?;
        object.optional("fontColors", &self.font_colors)?;
        object.optional("fontSizes", &self.font_sizes)?;
        object.optional("fontWeights", &self.font_weights)?;
        object.optional("horizontalAlignments", &self.horizontal_alignments)?;
        object.optional("hyperlinks", &self.hyperlinks)?;
        object.optional("numberFormat", &self.number_format)?;
        object.optional("values", &self.values)?;
        object.optional("verticalAlignments", &self.vertical_alignments)?;
        object.optional("wordWrap", &self.word_wrap)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRangeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRangeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "backgroundColors" => rt::read_field(map, &mut self.background_colors),
            "complexValues" => rt::read_field(map, &mut self.complex_values),
            "fontColors" => rt::read_field(map, &mut self.font_colors),
            "fontSizes" => rt::read_field(map, &mut self.font_sizes),
            "fontWeights" => rt::read_field(map, &mut self.font_weights),
            "horizontalAlignments" => {
                rt::read_field(map, &mut self.horizontal_alignments)
            }
            "hyperlinks" => rt::read_field(map, &mut self.hyperlinks),
            "numberFormat" => rt::read_field(map, &mut self.number_format),
            "values" => rt::read_field(map, &mut self.values),
            "verticalAlignments" => rt::read_field(map, &mut self.vertical_alignments),
            "wordWrap" => rt::read_field(map, &mut self.word_wrap),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_sheet`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateSheetRequest {
    /// A `UpdateSheetRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(operator_id: impl Into<String>) -> Self {
        Self {
            operator_id: operator_id.into(),
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
impl rt::serde::Serialize for UpdateSheetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("frozenColumnCount", &self.frozen_column_count)?;
        object.optional("frozenRowCount", &self.frozen_row_count)?;
        object.optional("name", &self.name)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSheetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSheetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "frozenColumnCount" => rt::read_field(map, &mut self.frozen_column_count),
            "frozenRowCount" => rt::read_field(map, &mut self.frozen_row_count),
            "name" => rt::read_field(map, &mut self.name),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateSheetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_workspace_doc_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateWorkspaceDocMembersRequest {
    /// `members`.
    pub members: Vec<UpdateWorkspaceDocMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
impl UpdateWorkspaceDocMembersRequest {
    /// A `UpdateWorkspaceDocMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = UpdateWorkspaceDocMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateWorkspaceDocMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateWorkspaceDocMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateWorkspaceDocMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateWorkspaceDocMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_workspace_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateWorkspaceMembersRequest {
    /// `members`.
    pub members: Vec<UpdateWorkspaceMembersRequestMembers>,
    /// `operatorId`.
    pub operator_id: String,
}
impl UpdateWorkspaceMembersRequest {
    /// A `UpdateWorkspaceMembersRequest` with its required fields (`members`, `operatorId`); set the others with the methods named after them.
    pub fn new(
        members: impl IntoIterator<Item = UpdateWorkspaceMembersRequestMembers>,
        operator_id: impl Into<String>,
    ) -> Self {
        Self {
            members: members.into_iter().collect(),
            operator_id: operator_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateWorkspaceMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("members", &self.members)?;
        object.field("operatorId", &self.operator_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateWorkspaceMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateWorkspaceMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            _ => Ok(false),
        }
    }
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
