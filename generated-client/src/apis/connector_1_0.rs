// @generated from api-spec/connector_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 连接器 (Connector)：连接器、执行动作与集成流。
//!
//! 14 operations, methods of [`Api`] (`client.connector_1_0()`), behind the cargo feature `connector_1_0`; its paths start with `/v1.0/connector/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `connector_1_0`. Get it with `client.connector_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建执行动作
    ///
    /// `POST /v1.0/connector/actions`: DingTalk's `CreateAction` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAction")]
    #[doc(alias = "/v1.0/connector/actions")]
    #[doc(alias = "POST /v1.0/connector/actions")]
    pub fn create_action(
        &self,
        request: &CreateActionRequest,
    ) -> rt::Call<CreateActionResponseBody, CreateActionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAction",
            rt::Method::Post,
            "/v1.0/connector/actions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建连接器
    ///
    /// `POST /v1.0/connector/connectors`: DingTalk's `CreateConnector` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateConnector")]
    #[doc(alias = "/v1.0/connector/connectors")]
    #[doc(alias = "POST /v1.0/connector/connectors")]
    pub fn create_connector(
        &self,
        request: &CreateConnectorRequest,
    ) -> rt::Call<CreateConnectorResponseBody, CreateConnectorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateConnector",
            rt::Method::Post,
            "/v1.0/connector/connectors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建一个用于运行执行动作/集成流的可调用实例
    ///
    /// `POST /v1.0/connector/instances`: DingTalk's `CreateInvocableInstance` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateInvocableInstance")]
    #[doc(alias = "/v1.0/connector/instances")]
    #[doc(alias = "POST /v1.0/connector/instances")]
    pub fn create_invocable_instance(
        &self,
        request: &CreateInvocableInstanceRequest,
    ) -> rt::Call<CreateInvocableInstanceResponseBody, CreateInvocableInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateInvocableInstance",
            rt::Method::Post,
            "/v1.0/connector/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建触发器
    ///
    /// `POST /v1.0/connector/triggers`: DingTalk's `CreateTrigger` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTrigger")]
    #[doc(alias = "/v1.0/connector/triggers")]
    #[doc(alias = "POST /v1.0/connector/triggers")]
    pub fn create_trigger(
        &self,
        request: &CreateTriggerRequest,
    ) -> rt::Call<CreateTriggerResponseBody, CreateTriggerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTrigger",
            rt::Method::Post,
            "/v1.0/connector/triggers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取执行动作详情
    ///
    /// `POST /v1.0/connector/assets/actions/details/query`: DingTalk's `GetActionDetail` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetActionDetail")]
    #[doc(alias = "/v1.0/connector/assets/actions/details/query")]
    #[doc(alias = "POST /v1.0/connector/assets/actions/details/query")]
    pub fn get_action_detail(
        &self,
        request: &GetActionDetailRequest,
    ) -> rt::Call<GetActionDetailResponseBody, GetActionDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetActionDetail",
            rt::Method::Post,
            "/v1.0/connector/assets/actions/details/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 调用执行实例
    ///
    /// `POST /v1.0/connector/instances/invoke`: DingTalk's `InvokeInstance` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InvokeInstance")]
    #[doc(alias = "/v1.0/connector/instances/invoke")]
    #[doc(alias = "POST /v1.0/connector/instances/invoke")]
    pub fn invoke_instance(
        &self,
        request: &InvokeInstanceRequest,
    ) -> rt::Call<InvokeInstanceResponseBody, InvokeInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InvokeInstance",
            rt::Method::Post,
            "/v1.0/connector/instances/invoke",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页拉取连接器主数据
    ///
    /// `GET /v1.0/connector/data`: DingTalk's `PullDataByPage` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::pull_data_by_page_pages`].
    #[doc(alias = "PullDataByPage")]
    #[doc(alias = "/v1.0/connector/data")]
    #[doc(alias = "GET /v1.0/connector/data")]
    pub fn pull_data_by_page(
        &self,
        request: &PullDataByPageRequest,
    ) -> rt::Call<PullDataByPageResponseBody, PullDataByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PullDataByPage",
            rt::Method::Get,
            "/v1.0/connector/data",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过业务主键拉取单条连接器主数据
    ///
    /// `GET /v1.0/connector/data/{dataModelId}`: DingTalk's `PullDataByPk` (module feature `connector_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `data_model_id`: `{dataModelId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PullDataByPk")]
    #[doc(alias = "/v1.0/connector/data/{dataModelId}")]
    #[doc(alias = "GET /v1.0/connector/data/{dataModelId}")]
    pub fn pull_data_by_pk(
        &self,
        data_model_id: &str,
        request: &PullDataByPkRequest,
    ) -> rt::Call<PullDataByPkResponseBody, PullDataByPkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PullDataByPk",
            rt::Method::Get,
            "/v1.0/connector/data/{dataModelId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[data_model_id], request)
    }
    /// 搜索执行动作
    ///
    /// `POST /v1.0/connector/assets/actions/search`: DingTalk's `SearchActions` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_actions_pages`].
    #[doc(alias = "SearchActions")]
    #[doc(alias = "/v1.0/connector/assets/actions/search")]
    #[doc(alias = "POST /v1.0/connector/assets/actions/search")]
    pub fn search_actions(
        &self,
        request: &SearchActionsRequest,
    ) -> rt::Call<SearchActionsResponseBody, SearchActionsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchActions",
            rt::Method::Post,
            "/v1.0/connector/assets/actions/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索连接器
    ///
    /// `GET /v1.0/connector/assets/connectors`: DingTalk's `SearchConnectors` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_connectors_pages`].
    #[doc(alias = "SearchConnectors")]
    #[doc(alias = "/v1.0/connector/assets/connectors")]
    #[doc(alias = "GET /v1.0/connector/assets/connectors")]
    pub fn search_connectors(
        &self,
        request: &SearchConnectorsRequest,
    ) -> rt::Call<SearchConnectorsResponseBody, SearchConnectorsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchConnectors",
            rt::Method::Get,
            "/v1.0/connector/assets/connectors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步连接器数据
    ///
    /// `POST /v1.0/connector/triggers/data/sync`: DingTalk's `SyncData` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncData")]
    #[doc(alias = "/v1.0/connector/triggers/data/sync")]
    #[doc(alias = "POST /v1.0/connector/triggers/data/sync")]
    pub fn sync_data(
        &self,
        request: &SyncDataRequest,
    ) -> rt::Call<SyncDataResponseBody, SyncDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncData",
            rt::Method::Post,
            "/v1.0/connector/triggers/data/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新执行动作信息
    ///
    /// `PUT /v1.0/connector/actions`: DingTalk's `UpdateAction` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAction")]
    #[doc(alias = "/v1.0/connector/actions")]
    #[doc(alias = "PUT /v1.0/connector/actions")]
    pub fn update_action(
        &self,
        request: &UpdateActionRequest,
    ) -> rt::Call<UpdateActionResponseBody, UpdateActionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAction",
            rt::Method::Put,
            "/v1.0/connector/actions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新连接器信息
    ///
    /// `PUT /v1.0/connector/connectors`: DingTalk's `UpdateConnector` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateConnector")]
    #[doc(alias = "/v1.0/connector/connectors")]
    #[doc(alias = "PUT /v1.0/connector/connectors")]
    pub fn update_connector(
        &self,
        request: &UpdateConnectorRequest,
    ) -> rt::Call<UpdateConnectorResponseBody, UpdateConnectorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateConnector",
            rt::Method::Put,
            "/v1.0/connector/connectors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新触发事件信息
    ///
    /// `PUT /v1.0/connector/triggers`: DingTalk's `UpdateTrigger` (module feature `connector_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTrigger")]
    #[doc(alias = "/v1.0/connector/triggers")]
    #[doc(alias = "PUT /v1.0/connector/triggers")]
    pub fn update_trigger(
        &self,
        request: &UpdateTriggerRequest,
    ) -> rt::Call<UpdateTriggerResponseBody, UpdateTriggerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTrigger",
            rt::Method::Put,
            "/v1.0/connector/triggers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::pull_data_by_page`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `list` of each page.
    pub fn pull_data_by_page_pages(
        &self,
        request: &PullDataByPageRequest,
    ) -> rt::Paginator<
        PullDataByPageResponseBody,
        PullDataByPageError,
        PullDataByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["list"],
        );
        rt::Paginator::new(self.pull_data_by_page(request), &PAGING)
    }
    /// Every page of [`Api::search_actions`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn search_actions_pages(
        &self,
        request: &SearchActionsRequest,
    ) -> rt::Paginator<
        SearchActionsResponseBody,
        SearchActionsError,
        SearchActionsResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.search_actions(request), &PAGING)
    }
    /// Every page of [`Api::search_connectors`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn search_connectors_pages(
        &self,
        request: &SearchConnectorsRequest,
    ) -> rt::Paginator<
        SearchConnectorsResponseBody,
        SearchConnectorsError,
        SearchConnectorsResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.search_connectors(request), &PAGING)
    }
}
/// `CreateActionRequestActionInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateActionRequestActionInfo {
    /// `apiPath`.
    pub api_path: Option<String>,
    /// `description`.
    pub description: String,
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `inputMappingConfig`.
    pub input_mapping_config: Option<CreateActionRequestActionInfoInputMappingConfig>,
    /// `inputSchema`.
    pub input_schema: Option<String>,
    /// `integratorActionId`.
    pub integrator_action_id: String,
    /// `integratorConnectorId`.
    pub integrator_connector_id: Option<String>,
    /// `name`.
    pub name: String,
    /// `outputDataRules`.
    pub output_data_rules: Option<Vec<CreateActionRequestActionInfoOutputDataRules>>,
    /// `outputMappingConfig`.
    pub output_mapping_config: Option<CreateActionRequestActionInfoOutputMappingConfig>,
    /// `outputSchema`.
    pub output_schema: Option<String>,
}
/// The required fields of [`CreateActionRequestActionInfo`], each named where it is set: `CreateActionRequestActionInfo::new(CreateActionRequestActionInfoRequired { .. })`.
pub struct CreateActionRequestActionInfoRequired {
    /// `description`: see [`CreateActionRequestActionInfo::description`].
    pub description: String,
    /// `integratorActionId`: see [`CreateActionRequestActionInfo::integrator_action_id`].
    pub integrator_action_id: String,
    /// `name`: see [`CreateActionRequestActionInfo::name`].
    pub name: String,
}
impl CreateActionRequestActionInfo {
    /// A `CreateActionRequestActionInfo` with its required fields (`description`, `integratorActionId`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateActionRequestActionInfoRequired) -> Self {
        let CreateActionRequestActionInfoRequired {
            description,
            integrator_action_id,
            name,
        } = required;
        Self {
            api_path: None,
            description,
            ding_connector_id: None,
            input_mapping_config: None,
            input_schema: None,
            integrator_action_id,
            integrator_connector_id: None,
            name,
            output_data_rules: None,
            output_mapping_config: None,
            output_schema: None,
        }
    }
    /// Sets `apiPath`.
    pub fn api_path(mut self, value: impl Into<String>) -> Self {
        self.api_path = Some(value.into());
        self
    }
    /// Sets `dingConnectorId`.
    pub fn ding_connector_id(mut self, value: impl Into<String>) -> Self {
        self.ding_connector_id = Some(value.into());
        self
    }
    /// Sets `inputMappingConfig`.
    pub fn input_mapping_config(
        mut self,
        value: CreateActionRequestActionInfoInputMappingConfig,
    ) -> Self {
        self.input_mapping_config = Some(value);
        self
    }
    /// Sets `inputSchema`.
    pub fn input_schema(mut self, value: impl Into<String>) -> Self {
        self.input_schema = Some(value.into());
        self
    }
    /// Sets `integratorConnectorId`.
    pub fn integrator_connector_id(mut self, value: impl Into<String>) -> Self {
        self.integrator_connector_id = Some(value.into());
        self
    }
    /// Sets `outputDataRules`.
    pub fn output_data_rules(
        mut self,
        value: impl IntoIterator<Item = CreateActionRequestActionInfoOutputDataRules>,
    ) -> Self {
        self.output_data_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `outputMappingConfig`.
    pub fn output_mapping_config(
        mut self,
        value: CreateActionRequestActionInfoOutputMappingConfig,
    ) -> Self {
        self.output_mapping_config = Some(value);
        self
    }
    /// Sets `outputSchema`.
    pub fn output_schema(mut self, value: impl Into<String>) -> Self {
        self.output_schema = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateActionRequestActionInfo { "apiPath" => optional(api_path), "description" =>
    field(description), "dingConnectorId" => optional(ding_connector_id),
    "inputMappingConfig" => optional(input_mapping_config), "inputSchema" =>
    optional(input_schema), "integratorActionId" => field(integrator_action_id),
    "integratorConnectorId" => optional(integrator_connector_id), "name" => field(name),
    "outputDataRules" => optional(output_data_rules), "outputMappingConfig" =>
    optional(output_mapping_config), "outputSchema" => optional(output_schema) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActionRequestActionInfo { "apiPath" => read_field(api_path), "description" =>
    read_field(description), "dingConnectorId" => read_field(ding_connector_id),
    "inputMappingConfig" => read_field(input_mapping_config), "inputSchema" =>
    read_field(input_schema), "integratorActionId" => read_field(integrator_action_id),
    "integratorConnectorId" => read_field(integrator_connector_id), "name" =>
    read_field(name), "outputDataRules" => read_field(output_data_rules),
    "outputMappingConfig" => read_field(output_mapping_config), "outputSchema" =>
    read_field(output_schema) }
}
/// `CreateActionResponseBody`, a model several operations share: also named [`UpdateActionResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateActionResponseBody {
    /// `item`.
    pub item: Option<Vec<CreateActionResponseBodyItem>>,
}
rt::impl_deserialize! {
    CreateActionResponseBody { "item" => read_field(item) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateActionResponseBody { "item" => optional(item) }
}
/// `CreateConnectorRequestConnectorInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateConnectorRequestConnectorInfo {
    /// `apiDomain`.
    pub api_domain: Option<String>,
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `authValueEnv`.
    pub auth_value_env: Option<bool>,
    /// `description`.
    pub description: String,
    /// `domainEnv`.
    pub domain_env: Option<bool>,
    /// `iconMediaId`.
    pub icon_media_id: Option<String>,
    /// `integratorConnectorId`.
    pub integrator_connector_id: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CreateConnectorRequestConnectorInfo`], each named where it is set: `CreateConnectorRequestConnectorInfo::new(CreateConnectorRequestConnectorInfoRequired { .. })`.
pub struct CreateConnectorRequestConnectorInfoRequired {
    /// `description`: see [`CreateConnectorRequestConnectorInfo::description`].
    pub description: String,
    /// `integratorConnectorId`: see [`CreateConnectorRequestConnectorInfo::integrator_connector_id`].
    pub integrator_connector_id: String,
    /// `name`: see [`CreateConnectorRequestConnectorInfo::name`].
    pub name: String,
}
impl CreateConnectorRequestConnectorInfo {
    /// A `CreateConnectorRequestConnectorInfo` with its required fields (`description`, `integratorConnectorId`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateConnectorRequestConnectorInfoRequired) -> Self {
        let CreateConnectorRequestConnectorInfoRequired {
            description,
            integrator_connector_id,
            name,
        } = required;
        Self {
            api_domain: None,
            api_secret: None,
            app_id: None,
            auth_value_env: None,
            description,
            domain_env: None,
            icon_media_id: None,
            integrator_connector_id,
            name,
        }
    }
    /// Sets `apiDomain`.
    pub fn api_domain(mut self, value: impl Into<String>) -> Self {
        self.api_domain = Some(value.into());
        self
    }
    /// Sets `apiSecret`.
    pub fn api_secret(mut self, value: impl Into<String>) -> Self {
        self.api_secret = Some(value.into());
        self
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `authValueEnv`.
    pub fn auth_value_env(mut self, value: bool) -> Self {
        self.auth_value_env = Some(value);
        self
    }
    /// Sets `domainEnv`.
    pub fn domain_env(mut self, value: bool) -> Self {
        self.domain_env = Some(value);
        self
    }
    /// Sets `iconMediaId`.
    pub fn icon_media_id(mut self, value: impl Into<String>) -> Self {
        self.icon_media_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateConnectorRequestConnectorInfo { "apiDomain" => optional(api_domain),
    "apiSecret" => optional(api_secret), "appId" => optional(app_id), "authValueEnv" =>
    optional(auth_value_env), "description" => field(description), "domainEnv" =>
    optional(domain_env), "iconMediaId" => optional(icon_media_id),
    "integratorConnectorId" => field(integrator_connector_id), "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateConnectorRequestConnectorInfo { "apiDomain" => read_field(api_domain),
    "apiSecret" => read_field(api_secret), "appId" => read_field(app_id), "authValueEnv"
    => read_field(auth_value_env), "description" => read_field(description), "domainEnv"
    => read_field(domain_env), "iconMediaId" => read_field(icon_media_id),
    "integratorConnectorId" => read_field(integrator_connector_id), "name" =>
    read_field(name) }
}
/// `CreateConnectorResponseBody`, a model several operations share: also named [`UpdateConnectorResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateConnectorResponseBody {
    /// `item`.
    pub item: Option<Vec<CreateConnectorResponseBodyItem>>,
}
rt::impl_deserialize! {
    CreateConnectorResponseBody { "item" => read_field(item) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateConnectorResponseBody { "item" => optional(item) }
}
/// `CreateInvocableInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateInvocableInstanceResponseBody {
    /// `connectAssetUri`.
    pub connect_asset_uri: Option<String>,
    /// `versionId`.
    pub version_id: Option<String>,
}
rt::impl_deserialize! {
    CreateInvocableInstanceResponseBody { "connectAssetUri" =>
    read_field(connect_asset_uri), "versionId" => read_field(version_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateInvocableInstanceResponseBody { "connectAssetUri" =>
    optional(connect_asset_uri), "versionId" => optional(version_id) }
}
/// `CreateTriggerRequestTriggerInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTriggerRequestTriggerInfo {
    /// `description`.
    pub description: String,
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `inputSchema`.
    pub input_schema: String,
    /// `integratorConnectorId`.
    pub integrator_connector_id: Option<String>,
    /// `integratorTriggerId`.
    pub integrator_trigger_id: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CreateTriggerRequestTriggerInfo`], each named where it is set: `CreateTriggerRequestTriggerInfo::new(CreateTriggerRequestTriggerInfoRequired { .. })`.
pub struct CreateTriggerRequestTriggerInfoRequired {
    /// `description`: see [`CreateTriggerRequestTriggerInfo::description`].
    pub description: String,
    /// `inputSchema`: see [`CreateTriggerRequestTriggerInfo::input_schema`].
    pub input_schema: String,
    /// `integratorTriggerId`: see [`CreateTriggerRequestTriggerInfo::integrator_trigger_id`].
    pub integrator_trigger_id: String,
    /// `name`: see [`CreateTriggerRequestTriggerInfo::name`].
    pub name: String,
}
impl CreateTriggerRequestTriggerInfo {
    /// A `CreateTriggerRequestTriggerInfo` with its required fields (`description`, `inputSchema`, `integratorTriggerId`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateTriggerRequestTriggerInfoRequired) -> Self {
        let CreateTriggerRequestTriggerInfoRequired {
            description,
            input_schema,
            integrator_trigger_id,
            name,
        } = required;
        Self {
            description,
            ding_connector_id: None,
            input_schema,
            integrator_connector_id: None,
            integrator_trigger_id,
            name,
        }
    }
    /// Sets `dingConnectorId`.
    pub fn ding_connector_id(mut self, value: impl Into<String>) -> Self {
        self.ding_connector_id = Some(value.into());
        self
    }
    /// Sets `integratorConnectorId`.
    pub fn integrator_connector_id(mut self, value: impl Into<String>) -> Self {
        self.integrator_connector_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTriggerRequestTriggerInfo { "description" => field(description),
    "dingConnectorId" => optional(ding_connector_id), "inputSchema" =>
    field(input_schema), "integratorConnectorId" => optional(integrator_connector_id),
    "integratorTriggerId" => field(integrator_trigger_id), "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTriggerRequestTriggerInfo { "description" => read_field(description),
    "dingConnectorId" => read_field(ding_connector_id), "inputSchema" =>
    read_field(input_schema), "integratorConnectorId" =>
    read_field(integrator_connector_id), "integratorTriggerId" =>
    read_field(integrator_trigger_id), "name" => read_field(name) }
}
/// `CreateTriggerResponseBody`, a model several operations share: also named [`UpdateTriggerResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTriggerResponseBody {
    /// `item`.
    pub item: Option<Vec<CreateTriggerResponseBodyItem>>,
}
rt::impl_deserialize! {
    CreateTriggerResponseBody { "item" => read_field(item) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTriggerResponseBody { "item" => optional(item) }
}
/// `GetActionDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActionDetailResponseBody {
    /// `connectAssetUri`.
    pub connect_asset_uri: Option<String>,
    /// `inputSchema`.
    pub input_schema: Option<String>,
    /// `integrationConfig`.
    pub integration_config: Option<GetActionDetailResponseBodyIntegrationConfig>,
    /// `name`.
    pub name: Option<String>,
    /// `outputSchema`.
    pub output_schema: Option<String>,
    /// `refId`.
    pub ref_id: Option<String>,
    /// `refProviderCorpId`.
    pub ref_provider_corp_id: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
}
rt::impl_deserialize! {
    GetActionDetailResponseBody { "connectAssetUri" => read_field(connect_asset_uri),
    "inputSchema" => read_field(input_schema), "integrationConfig" =>
    read_field(integration_config), "name" => read_field(name), "outputSchema" =>
    read_field(output_schema), "refId" => read_field(ref_id), "refProviderCorpId" =>
    read_field(ref_provider_corp_id), "refType" => read_field(ref_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActionDetailResponseBody { "connectAssetUri" => optional(connect_asset_uri),
    "inputSchema" => optional(input_schema), "integrationConfig" =>
    optional(integration_config), "name" => optional(name), "outputSchema" =>
    optional(output_schema), "refId" => optional(ref_id), "refProviderCorpId" =>
    optional(ref_provider_corp_id), "refType" => optional(ref_type) }
}
/// `InvokeInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvokeInstanceResponseBody {
    /// `cost`.
    pub cost: Option<i64>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `outputJson`.
    pub output_json: Option<String>,
}
rt::impl_deserialize! {
    InvokeInstanceResponseBody { "cost" => read_field(cost), "errorCode" =>
    read_field(error_code), "errorMessage" => read_field(error_message), "instanceId" =>
    read_field(instance_id), "outputJson" => read_field(output_json) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvokeInstanceResponseBody { "cost" => optional(cost), "errorCode" =>
    optional(error_code), "errorMessage" => optional(error_message), "instanceId" =>
    optional(instance_id), "outputJson" => optional(output_json) }
}
/// `PullDataByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PullDataByPageResponseBody {
    /// `list`.
    pub list: Option<Vec<PullDataByPageResponseBodyList>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    PullDataByPageResponseBody { "list" => read_field(list), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PullDataByPageResponseBody { "list" => optional(list), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token) }
}
/// `PullDataByPkResponseBody`, a model several operations share: also named [`PullDataByPageResponseBodyList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PullDataByPkResponseBody {
    /// `dataCreateAppId`.
    pub data_create_app_id: Option<String>,
    /// `dataCreateAppType`.
    pub data_create_app_type: Option<String>,
    /// `dataGmtCreate`.
    pub data_gmt_create: Option<i64>,
    /// `dataGmtModified`.
    pub data_gmt_modified: Option<i64>,
    /// `dataModifiedAppId`.
    pub data_modified_app_id: Option<String>,
    /// `dataModifiedAppType`.
    pub data_modified_app_type: Option<String>,
    /// `jsonData`.
    pub json_data: Option<String>,
}
rt::impl_deserialize! {
    PullDataByPkResponseBody { "dataCreateAppId" => read_field(data_create_app_id),
    "dataCreateAppType" => read_field(data_create_app_type), "dataGmtCreate" =>
    read_field(data_gmt_create), "dataGmtModified" => read_field(data_gmt_modified),
    "dataModifiedAppId" => read_field(data_modified_app_id), "dataModifiedAppType" =>
    read_field(data_modified_app_type), "jsonData" => read_field(json_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PullDataByPkResponseBody { "dataCreateAppId" => optional(data_create_app_id),
    "dataCreateAppType" => optional(data_create_app_type), "dataGmtCreate" =>
    optional(data_gmt_create), "dataGmtModified" => optional(data_gmt_modified),
    "dataModifiedAppId" => optional(data_modified_app_id), "dataModifiedAppType" =>
    optional(data_modified_app_type), "jsonData" => optional(json_data) }
}
/// `SearchActionsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchActionsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<SearchActionsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchActionsResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchActionsResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `SearchConnectorsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchConnectorsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<SearchConnectorsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<String>,
}
rt::impl_deserialize! {
    SearchConnectorsResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchConnectorsResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `SyncDataRequestTriggerDataList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncDataRequestTriggerDataList {
    /// `action`.
    pub action: String,
    /// `customTriggerId`.
    pub custom_trigger_id: Option<String>,
    /// `dataGmtCreate`.
    pub data_gmt_create: i64,
    /// `dataGmtModified`.
    pub data_gmt_modified: i64,
    /// `integrationObject`.
    pub integration_object: Option<String>,
    /// `jsonData`.
    pub json_data: String,
    /// `triggerCondition`.
    pub trigger_condition: Option<String>,
    /// `triggerId`.
    pub trigger_id: String,
}
/// The required fields of [`SyncDataRequestTriggerDataList`], each named where it is set: `SyncDataRequestTriggerDataList::new(SyncDataRequestTriggerDataListRequired { .. })`.
pub struct SyncDataRequestTriggerDataListRequired {
    /// `action`: see [`SyncDataRequestTriggerDataList::action`].
    pub action: String,
    /// `dataGmtCreate`: see [`SyncDataRequestTriggerDataList::data_gmt_create`].
    pub data_gmt_create: i64,
    /// `dataGmtModified`: see [`SyncDataRequestTriggerDataList::data_gmt_modified`].
    pub data_gmt_modified: i64,
    /// `jsonData`: see [`SyncDataRequestTriggerDataList::json_data`].
    pub json_data: String,
    /// `triggerId`: see [`SyncDataRequestTriggerDataList::trigger_id`].
    pub trigger_id: String,
}
impl SyncDataRequestTriggerDataList {
    /// A `SyncDataRequestTriggerDataList` with its required fields (`action`, `dataGmtCreate`, `dataGmtModified`, `jsonData`, `triggerId`); set the others with the methods named after them.
    pub fn new(required: SyncDataRequestTriggerDataListRequired) -> Self {
        let SyncDataRequestTriggerDataListRequired {
            action,
            data_gmt_create,
            data_gmt_modified,
            json_data,
            trigger_id,
        } = required;
        Self {
            action,
            custom_trigger_id: None,
            data_gmt_create,
            data_gmt_modified,
            integration_object: None,
            json_data,
            trigger_condition: None,
            trigger_id,
        }
    }
    /// Sets `customTriggerId`.
    pub fn custom_trigger_id(mut self, value: impl Into<String>) -> Self {
        self.custom_trigger_id = Some(value.into());
        self
    }
    /// Sets `integrationObject`.
    pub fn integration_object(mut self, value: impl Into<String>) -> Self {
        self.integration_object = Some(value.into());
        self
    }
    /// Sets `triggerCondition`.
    pub fn trigger_condition(mut self, value: impl Into<String>) -> Self {
        self.trigger_condition = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncDataRequestTriggerDataList { "action" => field(action), "customTriggerId" =>
    optional(custom_trigger_id), "dataGmtCreate" => field(data_gmt_create),
    "dataGmtModified" => field(data_gmt_modified), "integrationObject" =>
    optional(integration_object), "jsonData" => field(json_data), "triggerCondition" =>
    optional(trigger_condition), "triggerId" => field(trigger_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncDataRequestTriggerDataList { "action" => read_field(action), "customTriggerId" =>
    read_field(custom_trigger_id), "dataGmtCreate" => read_field(data_gmt_create),
    "dataGmtModified" => read_field(data_gmt_modified), "integrationObject" =>
    read_field(integration_object), "jsonData" => read_field(json_data),
    "triggerCondition" => read_field(trigger_condition), "triggerId" =>
    read_field(trigger_id) }
}
/// `SyncDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncDataResponseBody {
    /// `list`.
    pub list: Option<Vec<SyncDataResponseBodyList>>,
}
rt::impl_deserialize! {
    SyncDataResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncDataResponseBody { "list" => optional(list) }
}
/// `UpdateActionRequestActionInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateActionRequestActionInfo {
    /// `apiPath`.
    pub api_path: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `dingActionId`.
    pub ding_action_id: Option<String>,
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `inputMappingConfig`.
    pub input_mapping_config: Option<UpdateActionRequestActionInfoInputMappingConfig>,
    /// `inputSchema`.
    pub input_schema: Option<String>,
    /// `integratorActionId`.
    pub integrator_action_id: String,
    /// `integratorConnectorId`.
    pub integrator_connector_id: String,
    /// `name`.
    pub name: Option<String>,
    /// `outputDataRules`.
    pub output_data_rules: Option<Vec<UpdateActionRequestActionInfoOutputDataRules>>,
    /// `outputMappingConfig`.
    pub output_mapping_config: Option<UpdateActionRequestActionInfoOutputMappingConfig>,
    /// `outputSchema`.
    pub output_schema: Option<String>,
}
/// The required fields of [`UpdateActionRequestActionInfo`], each named where it is set: `UpdateActionRequestActionInfo::new(UpdateActionRequestActionInfoRequired { .. })`.
pub struct UpdateActionRequestActionInfoRequired {
    /// `integratorActionId`: see [`UpdateActionRequestActionInfo::integrator_action_id`].
    pub integrator_action_id: String,
    /// `integratorConnectorId`: see [`UpdateActionRequestActionInfo::integrator_connector_id`].
    pub integrator_connector_id: String,
}
impl UpdateActionRequestActionInfo {
    /// A `UpdateActionRequestActionInfo` with its required fields (`integratorActionId`, `integratorConnectorId`); set the others with the methods named after them.
    pub fn new(required: UpdateActionRequestActionInfoRequired) -> Self {
        let UpdateActionRequestActionInfoRequired {
            integrator_action_id,
            integrator_connector_id,
        } = required;
        Self {
            api_path: None,
            description: None,
            ding_action_id: None,
            ding_connector_id: None,
            input_mapping_config: None,
            input_schema: None,
            integrator_action_id,
            integrator_connector_id,
            name: None,
            output_data_rules: None,
            output_mapping_config: None,
            output_schema: None,
        }
    }
    /// Sets `apiPath`.
    pub fn api_path(mut self, value: impl Into<String>) -> Self {
        self.api_path = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `dingActionId`.
    pub fn ding_action_id(mut self, value: impl Into<String>) -> Self {
        self.ding_action_id = Some(value.into());
        self
    }
    /// Sets `dingConnectorId`.
    pub fn ding_connector_id(mut self, value: impl Into<String>) -> Self {
        self.ding_connector_id = Some(value.into());
        self
    }
    /// Sets `inputMappingConfig`.
    pub fn input_mapping_config(
        mut self,
        value: UpdateActionRequestActionInfoInputMappingConfig,
    ) -> Self {
        self.input_mapping_config = Some(value);
        self
    }
    /// Sets `inputSchema`.
    pub fn input_schema(mut self, value: impl Into<String>) -> Self {
        self.input_schema = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `outputDataRules`.
    pub fn output_data_rules(
        mut self,
        value: impl IntoIterator<Item = UpdateActionRequestActionInfoOutputDataRules>,
    ) -> Self {
        self.output_data_rules = Some(value.into_iter().collect());
        self
    }
    /// Sets `outputMappingConfig`.
    pub fn output_mapping_config(
        mut self,
        value: UpdateActionRequestActionInfoOutputMappingConfig,
    ) -> Self {
        self.output_mapping_config = Some(value);
        self
    }
    /// Sets `outputSchema`.
    pub fn output_schema(mut self, value: impl Into<String>) -> Self {
        self.output_schema = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateActionRequestActionInfo { "apiPath" => optional(api_path), "description" =>
    optional(description), "dingActionId" => optional(ding_action_id), "dingConnectorId"
    => optional(ding_connector_id), "inputMappingConfig" =>
    optional(input_mapping_config), "inputSchema" => optional(input_schema),
    "integratorActionId" => field(integrator_action_id), "integratorConnectorId" =>
    field(integrator_connector_id), "name" => optional(name), "outputDataRules" =>
    optional(output_data_rules), "outputMappingConfig" =>
    optional(output_mapping_config), "outputSchema" => optional(output_schema) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateActionRequestActionInfo { "apiPath" => read_field(api_path), "description" =>
    read_field(description), "dingActionId" => read_field(ding_action_id),
    "dingConnectorId" => read_field(ding_connector_id), "inputMappingConfig" =>
    read_field(input_mapping_config), "inputSchema" => read_field(input_schema),
    "integratorActionId" => read_field(integrator_action_id), "integratorConnectorId" =>
    read_field(integrator_connector_id), "name" => read_field(name), "outputDataRules" =>
    read_field(output_data_rules), "outputMappingConfig" =>
    read_field(output_mapping_config), "outputSchema" => read_field(output_schema) }
}
/// `UpdateActionResponseBody`: the same model as [`CreateActionResponseBody`].
pub type UpdateActionResponseBody = CreateActionResponseBody;
/// `UpdateConnectorRequestConnectorInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateConnectorRequestConnectorInfo {
    /// `apiDomain`.
    pub api_domain: Option<String>,
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `authValueEnv`.
    pub auth_value_env: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `domainEnv`.
    pub domain_env: Option<bool>,
    /// `iconMediaId`.
    pub icon_media_id: Option<String>,
    /// `integratorConnectorId`.
    pub integrator_connector_id: String,
    /// `name`.
    pub name: Option<String>,
}
/// The required fields of [`UpdateConnectorRequestConnectorInfo`], each named where it is set: `UpdateConnectorRequestConnectorInfo::new(UpdateConnectorRequestConnectorInfoRequired { .. })`.
pub struct UpdateConnectorRequestConnectorInfoRequired {
    /// `integratorConnectorId`: see [`UpdateConnectorRequestConnectorInfo::integrator_connector_id`].
    pub integrator_connector_id: String,
}
impl UpdateConnectorRequestConnectorInfo {
    /// A `UpdateConnectorRequestConnectorInfo` with its required fields (`integratorConnectorId`); set the others with the methods named after them.
    pub fn new(required: UpdateConnectorRequestConnectorInfoRequired) -> Self {
        let UpdateConnectorRequestConnectorInfoRequired { integrator_connector_id } = required;
        Self {
            api_domain: None,
            api_secret: None,
            app_id: None,
            auth_value_env: None,
            description: None,
            ding_connector_id: None,
            domain_env: None,
            icon_media_id: None,
            integrator_connector_id,
            name: None,
        }
    }
    /// Sets `apiDomain`.
    pub fn api_domain(mut self, value: impl Into<String>) -> Self {
        self.api_domain = Some(value.into());
        self
    }
    /// Sets `apiSecret`.
    pub fn api_secret(mut self, value: impl Into<String>) -> Self {
        self.api_secret = Some(value.into());
        self
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `authValueEnv`.
    pub fn auth_value_env(mut self, value: bool) -> Self {
        self.auth_value_env = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `dingConnectorId`.
    pub fn ding_connector_id(mut self, value: impl Into<String>) -> Self {
        self.ding_connector_id = Some(value.into());
        self
    }
    /// Sets `domainEnv`.
    pub fn domain_env(mut self, value: bool) -> Self {
        self.domain_env = Some(value);
        self
    }
    /// Sets `iconMediaId`.
    pub fn icon_media_id(mut self, value: impl Into<String>) -> Self {
        self.icon_media_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateConnectorRequestConnectorInfo { "apiDomain" => optional(api_domain),
    "apiSecret" => optional(api_secret), "appId" => optional(app_id), "authValueEnv" =>
    optional(auth_value_env), "description" => optional(description), "dingConnectorId"
    => optional(ding_connector_id), "domainEnv" => optional(domain_env), "iconMediaId" =>
    optional(icon_media_id), "integratorConnectorId" => field(integrator_connector_id),
    "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateConnectorRequestConnectorInfo { "apiDomain" => read_field(api_domain),
    "apiSecret" => read_field(api_secret), "appId" => read_field(app_id), "authValueEnv"
    => read_field(auth_value_env), "description" => read_field(description),
    "dingConnectorId" => read_field(ding_connector_id), "domainEnv" =>
    read_field(domain_env), "iconMediaId" => read_field(icon_media_id),
    "integratorConnectorId" => read_field(integrator_connector_id), "name" =>
    read_field(name) }
}
/// `UpdateConnectorResponseBody`: the same model as [`CreateConnectorResponseBody`].
pub type UpdateConnectorResponseBody = CreateConnectorResponseBody;
/// `UpdateTriggerRequestTriggerInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateTriggerRequestTriggerInfo {
    /// `description`.
    pub description: Option<String>,
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `dingTriggerId`.
    pub ding_trigger_id: Option<String>,
    /// `inputSchema`.
    pub input_schema: Option<String>,
    /// `integratorConnectorId`.
    pub integrator_connector_id: String,
    /// `integratorTriggerId`.
    pub integrator_trigger_id: String,
    /// `name`.
    pub name: Option<String>,
}
/// The required fields of [`UpdateTriggerRequestTriggerInfo`], each named where it is set: `UpdateTriggerRequestTriggerInfo::new(UpdateTriggerRequestTriggerInfoRequired { .. })`.
pub struct UpdateTriggerRequestTriggerInfoRequired {
    /// `integratorConnectorId`: see [`UpdateTriggerRequestTriggerInfo::integrator_connector_id`].
    pub integrator_connector_id: String,
    /// `integratorTriggerId`: see [`UpdateTriggerRequestTriggerInfo::integrator_trigger_id`].
    pub integrator_trigger_id: String,
}
impl UpdateTriggerRequestTriggerInfo {
    /// A `UpdateTriggerRequestTriggerInfo` with its required fields (`integratorConnectorId`, `integratorTriggerId`); set the others with the methods named after them.
    pub fn new(required: UpdateTriggerRequestTriggerInfoRequired) -> Self {
        let UpdateTriggerRequestTriggerInfoRequired {
            integrator_connector_id,
            integrator_trigger_id,
        } = required;
        Self {
            description: None,
            ding_connector_id: None,
            ding_trigger_id: None,
            input_schema: None,
            integrator_connector_id,
            integrator_trigger_id,
            name: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `dingConnectorId`.
    pub fn ding_connector_id(mut self, value: impl Into<String>) -> Self {
        self.ding_connector_id = Some(value.into());
        self
    }
    /// Sets `dingTriggerId`.
    pub fn ding_trigger_id(mut self, value: impl Into<String>) -> Self {
        self.ding_trigger_id = Some(value.into());
        self
    }
    /// Sets `inputSchema`.
    pub fn input_schema(mut self, value: impl Into<String>) -> Self {
        self.input_schema = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTriggerRequestTriggerInfo { "description" => optional(description),
    "dingConnectorId" => optional(ding_connector_id), "dingTriggerId" =>
    optional(ding_trigger_id), "inputSchema" => optional(input_schema),
    "integratorConnectorId" => field(integrator_connector_id), "integratorTriggerId" =>
    field(integrator_trigger_id), "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTriggerRequestTriggerInfo { "description" => read_field(description),
    "dingConnectorId" => read_field(ding_connector_id), "dingTriggerId" =>
    read_field(ding_trigger_id), "inputSchema" => read_field(input_schema),
    "integratorConnectorId" => read_field(integrator_connector_id), "integratorTriggerId"
    => read_field(integrator_trigger_id), "name" => read_field(name) }
}
/// `UpdateTriggerResponseBody`: the same model as [`CreateTriggerResponseBody`].
pub type UpdateTriggerResponseBody = CreateTriggerResponseBody;
/// `CreateActionRequestActionInfoInputMappingConfig`, a model several operations share: also named [`CreateActionRequestActionInfoOutputMappingConfig`], [`UpdateActionRequestActionInfoInputMappingConfig`], [`UpdateActionRequestActionInfoOutputMappingConfig`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateActionRequestActionInfoInputMappingConfig {
    /// `customSchemaMapping`.
    pub custom_schema_mapping: Option<String>,
    /// `rules`.
    pub rules: Option<String>,
}
impl CreateActionRequestActionInfoInputMappingConfig {
    /// An empty `CreateActionRequestActionInfoInputMappingConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customSchemaMapping`.
    pub fn custom_schema_mapping(mut self, value: impl Into<String>) -> Self {
        self.custom_schema_mapping = Some(value.into());
        self
    }
    /// Sets `rules`.
    pub fn rules(mut self, value: impl Into<String>) -> Self {
        self.rules = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateActionRequestActionInfoInputMappingConfig { "customSchemaMapping" =>
    optional(custom_schema_mapping), "rules" => optional(rules) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActionRequestActionInfoInputMappingConfig { "customSchemaMapping" =>
    read_field(custom_schema_mapping), "rules" => read_field(rules) }
}
/// `CreateActionRequestActionInfoOutputDataRules`, a model several operations share: also named [`UpdateActionRequestActionInfoOutputDataRules`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateActionRequestActionInfoOutputDataRules {
    /// `expectValue`.
    pub expect_value: Option<String>,
    /// `operate`.
    pub operate: Option<String>,
    /// `propertyPath`.
    pub property_path: Option<String>,
}
impl CreateActionRequestActionInfoOutputDataRules {
    /// An empty `CreateActionRequestActionInfoOutputDataRules`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `expectValue`.
    pub fn expect_value(mut self, value: impl Into<String>) -> Self {
        self.expect_value = Some(value.into());
        self
    }
    /// Sets `operate`.
    pub fn operate(mut self, value: impl Into<String>) -> Self {
        self.operate = Some(value.into());
        self
    }
    /// Sets `propertyPath`.
    pub fn property_path(mut self, value: impl Into<String>) -> Self {
        self.property_path = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateActionRequestActionInfoOutputDataRules { "expectValue" =>
    optional(expect_value), "operate" => optional(operate), "propertyPath" =>
    optional(property_path) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActionRequestActionInfoOutputDataRules { "expectValue" =>
    read_field(expect_value), "operate" => read_field(operate), "propertyPath" =>
    read_field(property_path) }
}
/// `CreateActionRequestActionInfoOutputMappingConfig`: the same model as [`CreateActionRequestActionInfoInputMappingConfig`].
pub type CreateActionRequestActionInfoOutputMappingConfig = CreateActionRequestActionInfoInputMappingConfig;
/// `CreateActionResponseBodyItem`, a model several operations share: also named [`UpdateActionResponseBodyItem`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateActionResponseBodyItem {
    /// `dingActionId`.
    pub ding_action_id: Option<String>,
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `integratorActionId`.
    pub integrator_action_id: Option<String>,
    /// `integratorConnectorId`.
    pub integrator_connector_id: Option<String>,
    /// `subErrCode`.
    pub sub_err_code: Option<String>,
    /// `subErrMsg`.
    pub sub_err_msg: Option<String>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    CreateActionResponseBodyItem { "dingActionId" => read_field(ding_action_id),
    "dingConnectorId" => read_field(ding_connector_id), "integratorActionId" =>
    read_field(integrator_action_id), "integratorConnectorId" =>
    read_field(integrator_connector_id), "subErrCode" => read_field(sub_err_code),
    "subErrMsg" => read_field(sub_err_msg), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateActionResponseBodyItem { "dingActionId" => optional(ding_action_id),
    "dingConnectorId" => optional(ding_connector_id), "integratorActionId" =>
    optional(integrator_action_id), "integratorConnectorId" =>
    optional(integrator_connector_id), "subErrCode" => optional(sub_err_code),
    "subErrMsg" => optional(sub_err_msg), "success" => optional(success) }
}
/// `CreateConnectorResponseBodyItem`, a model several operations share: also named [`UpdateConnectorResponseBodyItem`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateConnectorResponseBodyItem {
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `integratorConnectorId`.
    pub integrator_connector_id: Option<String>,
    /// `subErrCode`.
    pub sub_err_code: Option<String>,
    /// `subErrMsg`.
    pub sub_err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateConnectorResponseBodyItem { "dingConnectorId" => read_field(ding_connector_id),
    "integratorConnectorId" => read_field(integrator_connector_id), "subErrCode" =>
    read_field(sub_err_code), "subErrMsg" => read_field(sub_err_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateConnectorResponseBodyItem { "dingConnectorId" => optional(ding_connector_id),
    "integratorConnectorId" => optional(integrator_connector_id), "subErrCode" =>
    optional(sub_err_code), "subErrMsg" => optional(sub_err_msg), "success" =>
    optional(success) }
}
/// `CreateTriggerResponseBodyItem`, a model several operations share: also named [`UpdateTriggerResponseBodyItem`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTriggerResponseBodyItem {
    /// `dingConnectorId`.
    pub ding_connector_id: Option<String>,
    /// `dingTriggerId`.
    pub ding_trigger_id: Option<String>,
    /// `integratorConnectorId`.
    pub integrator_connector_id: Option<String>,
    /// `integratorTriggerId`.
    pub integrator_trigger_id: Option<String>,
    /// `subErrCode`.
    pub sub_err_code: Option<String>,
    /// `subErrMsg`.
    pub sub_err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateTriggerResponseBodyItem { "dingConnectorId" => read_field(ding_connector_id),
    "dingTriggerId" => read_field(ding_trigger_id), "integratorConnectorId" =>
    read_field(integrator_connector_id), "integratorTriggerId" =>
    read_field(integrator_trigger_id), "subErrCode" => read_field(sub_err_code),
    "subErrMsg" => read_field(sub_err_msg), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTriggerResponseBodyItem { "dingConnectorId" => optional(ding_connector_id),
    "dingTriggerId" => optional(ding_trigger_id), "integratorConnectorId" =>
    optional(integrator_connector_id), "integratorTriggerId" =>
    optional(integrator_trigger_id), "subErrCode" => optional(sub_err_code), "subErrMsg"
    => optional(sub_err_msg), "success" => optional(success) }
}
/// `GetActionDetailResponseBodyIntegrationConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActionDetailResponseBodyIntegrationConfig {
    /// `categoryNames`.
    pub category_names: Option<
        Vec<GetActionDetailResponseBodyIntegrationConfigCategoryNames>,
    >,
    /// `entityName`.
    pub entity_name: Option<String>,
    /// `props`.
    pub props: Option<Vec<GetActionDetailResponseBodyIntegrationConfigProps>>,
}
rt::impl_deserialize! {
    GetActionDetailResponseBodyIntegrationConfig { "categoryNames" =>
    read_field(category_names), "entityName" => read_field(entity_name), "props" =>
    read_field(props) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActionDetailResponseBodyIntegrationConfig { "categoryNames" =>
    optional(category_names), "entityName" => optional(entity_name), "props" =>
    optional(props) }
}
/// `PullDataByPageResponseBodyList`: the same model as [`PullDataByPkResponseBody`].
pub type PullDataByPageResponseBodyList = PullDataByPkResponseBody;
/// `SearchActionsResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchActionsResponseBodyList {
    /// `authorityUrl`.
    pub authority_url: Option<String>,
    /// `authorized`.
    pub authorized: Option<bool>,
    /// `connectAssetUri`.
    pub connect_asset_uri: Option<String>,
    /// `connectorId`.
    pub connector_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `integrationType`.
    pub integration_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `providerCorpId`.
    pub provider_corp_id: Option<String>,
}
rt::impl_deserialize! {
    SearchActionsResponseBodyList { "authorityUrl" => read_field(authority_url),
    "authorized" => read_field(authorized), "connectAssetUri" =>
    read_field(connect_asset_uri), "connectorId" => read_field(connector_id),
    "description" => read_field(description), "icon" => read_field(icon), "id" =>
    read_field(id), "integrationType" => read_field(integration_type), "name" =>
    read_field(name), "providerCorpId" => read_field(provider_corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchActionsResponseBodyList { "authorityUrl" => optional(authority_url),
    "authorized" => optional(authorized), "connectAssetUri" =>
    optional(connect_asset_uri), "connectorId" => optional(connector_id), "description"
    => optional(description), "icon" => optional(icon), "id" => optional(id),
    "integrationType" => optional(integration_type), "name" => optional(name),
    "providerCorpId" => optional(provider_corp_id) }
}
/// `SearchConnectorsResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchConnectorsResponseBodyList {
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `providerCorpId`.
    pub provider_corp_id: Option<String>,
}
rt::impl_deserialize! {
    SearchConnectorsResponseBodyList { "description" => read_field(description), "icon"
    => read_field(icon), "id" => read_field(id), "name" => read_field(name),
    "providerCorpId" => read_field(provider_corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchConnectorsResponseBodyList { "description" => optional(description), "icon" =>
    optional(icon), "id" => optional(id), "name" => optional(name), "providerCorpId" =>
    optional(provider_corp_id) }
}
/// `SyncDataResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncDataResponseBodyList {
    /// `bizPrimaryKey`.
    pub biz_primary_key: Option<String>,
    /// `subErrCode`.
    pub sub_err_code: Option<String>,
    /// `subErrMsg`.
    pub sub_err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `triggerId`.
    pub trigger_id: Option<String>,
}
rt::impl_deserialize! {
    SyncDataResponseBodyList { "bizPrimaryKey" => read_field(biz_primary_key),
    "subErrCode" => read_field(sub_err_code), "subErrMsg" => read_field(sub_err_msg),
    "success" => read_field(success), "triggerId" => read_field(trigger_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncDataResponseBodyList { "bizPrimaryKey" => optional(biz_primary_key), "subErrCode"
    => optional(sub_err_code), "subErrMsg" => optional(sub_err_msg), "success" =>
    optional(success), "triggerId" => optional(trigger_id) }
}
/// `UpdateActionRequestActionInfoInputMappingConfig`: the same model as [`CreateActionRequestActionInfoInputMappingConfig`].
pub type UpdateActionRequestActionInfoInputMappingConfig = CreateActionRequestActionInfoInputMappingConfig;
/// `UpdateActionRequestActionInfoOutputDataRules`: the same model as [`CreateActionRequestActionInfoOutputDataRules`].
pub type UpdateActionRequestActionInfoOutputDataRules = CreateActionRequestActionInfoOutputDataRules;
/// `UpdateActionRequestActionInfoOutputMappingConfig`: the same model as [`CreateActionRequestActionInfoInputMappingConfig`].
pub type UpdateActionRequestActionInfoOutputMappingConfig = CreateActionRequestActionInfoInputMappingConfig;
/// `UpdateActionResponseBodyItem`: the same model as [`CreateActionResponseBodyItem`].
pub type UpdateActionResponseBodyItem = CreateActionResponseBodyItem;
/// `UpdateConnectorResponseBodyItem`: the same model as [`CreateConnectorResponseBodyItem`].
pub type UpdateConnectorResponseBodyItem = CreateConnectorResponseBodyItem;
/// `UpdateTriggerResponseBodyItem`: the same model as [`CreateTriggerResponseBodyItem`].
pub type UpdateTriggerResponseBodyItem = CreateTriggerResponseBodyItem;
/// `GetActionDetailResponseBodyIntegrationConfigCategoryNames`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActionDetailResponseBodyIntegrationConfigCategoryNames {
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetActionDetailResponseBodyIntegrationConfigCategoryNames { "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActionDetailResponseBodyIntegrationConfigCategoryNames { "value" =>
    optional(value) }
}
/// `GetActionDetailResponseBodyIntegrationConfigProps`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActionDetailResponseBodyIntegrationConfigProps {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetActionDetailResponseBodyIntegrationConfigProps { "key" => read_field(key), "value"
    => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetActionDetailResponseBodyIntegrationConfigProps { "key" => optional(key), "value"
    => optional(value) }
}
/// The request of [`Api::create_action`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateActionRequest {
    /// `actionInfo`.
    pub action_info: Vec<CreateActionRequestActionInfo>,
    /// `integratorFlag`.
    pub integrator_flag: Option<String>,
}
/// The required fields of [`CreateActionRequest`], each named where it is set: `CreateActionRequest::new(CreateActionRequired { .. })`.
pub struct CreateActionRequired {
    /// `actionInfo`: see [`CreateActionRequest::action_info`].
    pub action_info: Vec<CreateActionRequestActionInfo>,
}
impl CreateActionRequest {
    /// A `CreateActionRequest` with its required fields (`actionInfo`); set the others with the methods named after them.
    pub fn new(required: CreateActionRequired) -> Self {
        let CreateActionRequired { action_info } = required;
        Self {
            action_info,
            integrator_flag: None,
        }
    }
    /// Sets `integratorFlag`.
    pub fn integrator_flag(mut self, value: impl Into<String>) -> Self {
        self.integrator_flag = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateActionRequest { "actionInfo" => field(action_info), "integratorFlag" =>
    optional(integrator_flag) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActionRequest { "actionInfo" => read_field(action_info), "integratorFlag" =>
    read_field(integrator_flag) }
}
impl rt::WriteRequest for CreateActionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_connector`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateConnectorRequest {
    /// `connectorInfo`.
    pub connector_info: Vec<CreateConnectorRequestConnectorInfo>,
    /// `integratorFlag`.
    pub integrator_flag: Option<String>,
}
/// The required fields of [`CreateConnectorRequest`], each named where it is set: `CreateConnectorRequest::new(CreateConnectorRequired { .. })`.
pub struct CreateConnectorRequired {
    /// `connectorInfo`: see [`CreateConnectorRequest::connector_info`].
    pub connector_info: Vec<CreateConnectorRequestConnectorInfo>,
}
impl CreateConnectorRequest {
    /// A `CreateConnectorRequest` with its required fields (`connectorInfo`); set the others with the methods named after them.
    pub fn new(required: CreateConnectorRequired) -> Self {
        let CreateConnectorRequired { connector_info } = required;
        Self {
            connector_info,
            integrator_flag: None,
        }
    }
    /// Sets `integratorFlag`.
    pub fn integrator_flag(mut self, value: impl Into<String>) -> Self {
        self.integrator_flag = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateConnectorRequest { "connectorInfo" => field(connector_info), "integratorFlag"
    => optional(integrator_flag) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateConnectorRequest { "connectorInfo" => read_field(connector_info),
    "integratorFlag" => read_field(integrator_flag) }
}
impl rt::WriteRequest for CreateConnectorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_invocable_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateInvocableInstanceRequest {
    /// `connectAssetUri`.
    pub connect_asset_uri: String,
    /// `instanceKey`.
    pub instance_key: String,
}
/// The required fields of [`CreateInvocableInstanceRequest`], each named where it is set: `CreateInvocableInstanceRequest::new(CreateInvocableInstanceRequired { .. })`.
pub struct CreateInvocableInstanceRequired {
    /// `connectAssetUri`: see [`CreateInvocableInstanceRequest::connect_asset_uri`].
    pub connect_asset_uri: String,
    /// `instanceKey`: see [`CreateInvocableInstanceRequest::instance_key`].
    pub instance_key: String,
}
impl CreateInvocableInstanceRequest {
    /// A `CreateInvocableInstanceRequest` with its required fields (`connectAssetUri`, `instanceKey`); set the others with the methods named after them.
    pub fn new(required: CreateInvocableInstanceRequired) -> Self {
        let CreateInvocableInstanceRequired { connect_asset_uri, instance_key } = required;
        Self {
            connect_asset_uri,
            instance_key,
        }
    }
}
rt::impl_serialize! {
    CreateInvocableInstanceRequest { "connectAssetUri" => field(connect_asset_uri),
    "instanceKey" => field(instance_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateInvocableInstanceRequest { "connectAssetUri" => read_field(connect_asset_uri),
    "instanceKey" => read_field(instance_key) }
}
impl rt::WriteRequest for CreateInvocableInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_trigger`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTriggerRequest {
    /// `integratorFlag`.
    pub integrator_flag: Option<String>,
    /// `triggerInfo`.
    pub trigger_info: Vec<CreateTriggerRequestTriggerInfo>,
}
/// The required fields of [`CreateTriggerRequest`], each named where it is set: `CreateTriggerRequest::new(CreateTriggerRequired { .. })`.
pub struct CreateTriggerRequired {
    /// `triggerInfo`: see [`CreateTriggerRequest::trigger_info`].
    pub trigger_info: Vec<CreateTriggerRequestTriggerInfo>,
}
impl CreateTriggerRequest {
    /// A `CreateTriggerRequest` with its required fields (`triggerInfo`); set the others with the methods named after them.
    pub fn new(required: CreateTriggerRequired) -> Self {
        let CreateTriggerRequired { trigger_info } = required;
        Self {
            integrator_flag: None,
            trigger_info,
        }
    }
    /// Sets `integratorFlag`.
    pub fn integrator_flag(mut self, value: impl Into<String>) -> Self {
        self.integrator_flag = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTriggerRequest { "integratorFlag" => optional(integrator_flag), "triggerInfo"
    => field(trigger_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTriggerRequest { "integratorFlag" => read_field(integrator_flag), "triggerInfo"
    => read_field(trigger_info) }
}
impl rt::WriteRequest for CreateTriggerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_action_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetActionDetailRequest {
    /// `connectAssetUri`.
    pub connect_asset_uri: String,
}
/// The required fields of [`GetActionDetailRequest`], each named where it is set: `GetActionDetailRequest::new(GetActionDetailRequired { .. })`.
pub struct GetActionDetailRequired {
    /// `connectAssetUri`: see [`GetActionDetailRequest::connect_asset_uri`].
    pub connect_asset_uri: String,
}
impl GetActionDetailRequest {
    /// A `GetActionDetailRequest` with its required fields (`connectAssetUri`); set the others with the methods named after them.
    pub fn new(required: GetActionDetailRequired) -> Self {
        let GetActionDetailRequired { connect_asset_uri } = required;
        Self { connect_asset_uri }
    }
}
rt::impl_serialize! {
    GetActionDetailRequest { "connectAssetUri" => field(connect_asset_uri) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetActionDetailRequest { "connectAssetUri" => read_field(connect_asset_uri) }
}
impl rt::WriteRequest for GetActionDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::invoke_instance`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvokeInstanceRequest {
    /// `connectAssetUri`.
    pub connect_asset_uri: Option<String>,
    /// `inputJsonString`.
    pub input_json_string: Option<String>,
    /// `instanceKey`.
    pub instance_key: Option<String>,
}
impl InvokeInstanceRequest {
    /// An empty `InvokeInstanceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `connectAssetUri`.
    pub fn connect_asset_uri(mut self, value: impl Into<String>) -> Self {
        self.connect_asset_uri = Some(value.into());
        self
    }
    /// Sets `inputJsonString`.
    pub fn input_json_string(mut self, value: impl Into<String>) -> Self {
        self.input_json_string = Some(value.into());
        self
    }
    /// Sets `instanceKey`.
    pub fn instance_key(mut self, value: impl Into<String>) -> Self {
        self.instance_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InvokeInstanceRequest { "connectAssetUri" => optional(connect_asset_uri),
    "inputJsonString" => optional(input_json_string), "instanceKey" =>
    optional(instance_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InvokeInstanceRequest { "connectAssetUri" => read_field(connect_asset_uri),
    "inputJsonString" => read_field(input_json_string), "instanceKey" =>
    read_field(instance_key) }
}
impl rt::WriteRequest for InvokeInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pull_data_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PullDataByPageRequest {
    /// `appId`: a query parameter.
    pub app_id: Option<String>,
    /// `dataModelId`: a query parameter.
    pub data_model_id: String,
    /// `datetimeFilterField`: a query parameter.
    pub datetime_filter_field: Option<String>,
    /// `maxDatetime`: a query parameter.
    pub max_datetime: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `minDatetime`: a query parameter.
    pub min_datetime: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
/// The required fields of [`PullDataByPageRequest`], each named where it is set: `PullDataByPageRequest::new(PullDataByPageRequired { .. })`.
pub struct PullDataByPageRequired {
    /// `dataModelId`: see [`PullDataByPageRequest::data_model_id`].
    pub data_model_id: String,
}
impl PullDataByPageRequest {
    /// A `PullDataByPageRequest` with its required fields (`dataModelId`); set the others with the methods named after them.
    pub fn new(required: PullDataByPageRequired) -> Self {
        let PullDataByPageRequired { data_model_id } = required;
        Self {
            app_id: None,
            data_model_id,
            datetime_filter_field: None,
            max_datetime: None,
            max_results: None,
            min_datetime: None,
            next_token: None,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Sets `datetimeFilterField`.
    pub fn datetime_filter_field(mut self, value: impl Into<String>) -> Self {
        self.datetime_filter_field = Some(value.into());
        self
    }
    /// Sets `maxDatetime`.
    pub fn max_datetime(mut self, value: i64) -> Self {
        self.max_datetime = Some(value);
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `minDatetime`.
    pub fn min_datetime(mut self, value: i64) -> Self {
        self.min_datetime = Some(value);
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
    PullDataByPageRequest { "appId" => read_field(app_id), "dataModelId" =>
    read_field(data_model_id), "datetimeFilterField" =>
    read_field(datetime_filter_field), "maxDatetime" => read_field(max_datetime),
    "maxResults" => read_field(max_results), "minDatetime" => read_field(min_datetime),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for PullDataByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("dataModelId", &self.data_model_id);
        writer.query("datetimeFilterField", &self.datetime_filter_field);
        writer.query("maxDatetime", &self.max_datetime);
        writer.query("maxResults", &self.max_results);
        writer.query("minDatetime", &self.min_datetime);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::pull_data_by_pk`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PullDataByPkRequest {
    /// `appId`: a query parameter.
    pub app_id: Option<String>,
    /// `primaryKey`: a query parameter.
    pub primary_key: String,
}
/// The required fields of [`PullDataByPkRequest`], each named where it is set: `PullDataByPkRequest::new(PullDataByPkRequired { .. })`.
pub struct PullDataByPkRequired {
    /// `primaryKey`: see [`PullDataByPkRequest::primary_key`].
    pub primary_key: String,
}
impl PullDataByPkRequest {
    /// A `PullDataByPkRequest` with its required fields (`primaryKey`); set the others with the methods named after them.
    pub fn new(required: PullDataByPkRequired) -> Self {
        let PullDataByPkRequired { primary_key } = required;
        Self { app_id: None, primary_key }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PullDataByPkRequest { "appId" => read_field(app_id), "primaryKey" =>
    read_field(primary_key) }
}
impl rt::WriteRequest for PullDataByPkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("primaryKey", &self.primary_key);
    }
}
/// The request of [`Api::search_actions`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchActionsRequest {
    /// `connectorId`.
    pub connector_id: String,
    /// `connectorProviderCorpId`.
    pub connector_provider_corp_id: String,
    /// `integrationTypes`.
    pub integration_types: Option<Vec<String>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
/// The required fields of [`SearchActionsRequest`], each named where it is set: `SearchActionsRequest::new(SearchActionsRequired { .. })`.
pub struct SearchActionsRequired {
    /// `connectorId`: see [`SearchActionsRequest::connector_id`].
    pub connector_id: String,
    /// `connectorProviderCorpId`: see [`SearchActionsRequest::connector_provider_corp_id`].
    pub connector_provider_corp_id: String,
}
impl SearchActionsRequest {
    /// A `SearchActionsRequest` with its required fields (`connectorId`, `connectorProviderCorpId`); set the others with the methods named after them.
    pub fn new(required: SearchActionsRequired) -> Self {
        let SearchActionsRequired { connector_id, connector_provider_corp_id } = required;
        Self {
            connector_id,
            connector_provider_corp_id,
            integration_types: None,
            max_results: None,
            next_token: None,
        }
    }
    /// Sets `integrationTypes`.
    pub fn integration_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.integration_types = Some(value.into_iter().map(Into::into).collect());
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
    SearchActionsRequest { "connectorId" => field(connector_id),
    "connectorProviderCorpId" => field(connector_provider_corp_id), "integrationTypes" =>
    optional(integration_types), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchActionsRequest { "connectorId" => read_field(connector_id),
    "connectorProviderCorpId" => read_field(connector_provider_corp_id),
    "integrationTypes" => read_field(integration_types), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for SearchActionsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_connectors`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchConnectorsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `type`: a query parameter.
    pub r#type: String,
}
/// The required fields of [`SearchConnectorsRequest`], each named where it is set: `SearchConnectorsRequest::new(SearchConnectorsRequired { .. })`.
pub struct SearchConnectorsRequired {
    /// `type`: see [`SearchConnectorsRequest::r#type`](SearchConnectorsRequest::type).
    pub r#type: String,
}
impl SearchConnectorsRequest {
    /// A `SearchConnectorsRequest` with its required fields (`type`); set the others with the methods named after them.
    pub fn new(required: SearchConnectorsRequired) -> Self {
        let SearchConnectorsRequired { r#type } = required;
        Self {
            max_results: None,
            next_token: None,
            r#type,
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
    SearchConnectorsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "type" => read_field(r#type) }
}
impl rt::WriteRequest for SearchConnectorsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::sync_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncDataRequest {
    /// `appId`.
    pub app_id: Option<String>,
    /// `triggerDataList`.
    pub trigger_data_list: Vec<SyncDataRequestTriggerDataList>,
}
/// The required fields of [`SyncDataRequest`], each named where it is set: `SyncDataRequest::new(SyncDataRequired { .. })`.
pub struct SyncDataRequired {
    /// `triggerDataList`: see [`SyncDataRequest::trigger_data_list`].
    pub trigger_data_list: Vec<SyncDataRequestTriggerDataList>,
}
impl SyncDataRequest {
    /// A `SyncDataRequest` with its required fields (`triggerDataList`); set the others with the methods named after them.
    pub fn new(required: SyncDataRequired) -> Self {
        let SyncDataRequired { trigger_data_list } = required;
        Self {
            app_id: None,
            trigger_data_list,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SyncDataRequest { "appId" => optional(app_id), "triggerDataList" =>
    field(trigger_data_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncDataRequest { "appId" => read_field(app_id), "triggerDataList" =>
    read_field(trigger_data_list) }
}
impl rt::WriteRequest for SyncDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_action`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateActionRequest {
    /// `actionInfo`.
    pub action_info: Vec<UpdateActionRequestActionInfo>,
    /// `integratorFlag`.
    pub integrator_flag: String,
}
/// The required fields of [`UpdateActionRequest`], each named where it is set: `UpdateActionRequest::new(UpdateActionRequired { .. })`.
pub struct UpdateActionRequired {
    /// `actionInfo`: see [`UpdateActionRequest::action_info`].
    pub action_info: Vec<UpdateActionRequestActionInfo>,
    /// `integratorFlag`: see [`UpdateActionRequest::integrator_flag`].
    pub integrator_flag: String,
}
impl UpdateActionRequest {
    /// A `UpdateActionRequest` with its required fields (`actionInfo`, `integratorFlag`); set the others with the methods named after them.
    pub fn new(required: UpdateActionRequired) -> Self {
        let UpdateActionRequired { action_info, integrator_flag } = required;
        Self {
            action_info,
            integrator_flag,
        }
    }
}
rt::impl_serialize! {
    UpdateActionRequest { "actionInfo" => field(action_info), "integratorFlag" =>
    field(integrator_flag) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateActionRequest { "actionInfo" => read_field(action_info), "integratorFlag" =>
    read_field(integrator_flag) }
}
impl rt::WriteRequest for UpdateActionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_connector`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateConnectorRequest {
    /// `connectorInfo`.
    pub connector_info: Vec<UpdateConnectorRequestConnectorInfo>,
    /// `integratorFlag`.
    pub integrator_flag: String,
}
/// The required fields of [`UpdateConnectorRequest`], each named where it is set: `UpdateConnectorRequest::new(UpdateConnectorRequired { .. })`.
pub struct UpdateConnectorRequired {
    /// `connectorInfo`: see [`UpdateConnectorRequest::connector_info`].
    pub connector_info: Vec<UpdateConnectorRequestConnectorInfo>,
    /// `integratorFlag`: see [`UpdateConnectorRequest::integrator_flag`].
    pub integrator_flag: String,
}
impl UpdateConnectorRequest {
    /// A `UpdateConnectorRequest` with its required fields (`connectorInfo`, `integratorFlag`); set the others with the methods named after them.
    pub fn new(required: UpdateConnectorRequired) -> Self {
        let UpdateConnectorRequired { connector_info, integrator_flag } = required;
        Self {
            connector_info,
            integrator_flag,
        }
    }
}
rt::impl_serialize! {
    UpdateConnectorRequest { "connectorInfo" => field(connector_info), "integratorFlag"
    => field(integrator_flag) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateConnectorRequest { "connectorInfo" => read_field(connector_info),
    "integratorFlag" => read_field(integrator_flag) }
}
impl rt::WriteRequest for UpdateConnectorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_trigger`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateTriggerRequest {
    /// `integratorFlag`.
    pub integrator_flag: String,
    /// `triggerInfo`.
    pub trigger_info: Vec<UpdateTriggerRequestTriggerInfo>,
}
/// The required fields of [`UpdateTriggerRequest`], each named where it is set: `UpdateTriggerRequest::new(UpdateTriggerRequired { .. })`.
pub struct UpdateTriggerRequired {
    /// `integratorFlag`: see [`UpdateTriggerRequest::integrator_flag`].
    pub integrator_flag: String,
    /// `triggerInfo`: see [`UpdateTriggerRequest::trigger_info`].
    pub trigger_info: Vec<UpdateTriggerRequestTriggerInfo>,
}
impl UpdateTriggerRequest {
    /// A `UpdateTriggerRequest` with its required fields (`integratorFlag`, `triggerInfo`); set the others with the methods named after them.
    pub fn new(required: UpdateTriggerRequired) -> Self {
        let UpdateTriggerRequired { integrator_flag, trigger_info } = required;
        Self {
            integrator_flag,
            trigger_info,
        }
    }
}
rt::impl_serialize! {
    UpdateTriggerRequest { "integratorFlag" => field(integrator_flag), "triggerInfo" =>
    field(trigger_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTriggerRequest { "integratorFlag" => read_field(integrator_flag), "triggerInfo"
    => read_field(trigger_info) }
}
impl rt::WriteRequest for UpdateTriggerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_action`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateActionError = rt::ServiceError;
/// An error reply of [`Api::create_connector`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateConnectorError = rt::ServiceError;
/// An error reply of [`Api::create_invocable_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateInvocableInstanceError = rt::ServiceError;
/// An error reply of [`Api::create_trigger`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTriggerError = rt::ServiceError;
/// An error reply of [`Api::get_action_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetActionDetailError = rt::ServiceError;
/// An error reply of [`Api::invoke_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InvokeInstanceError = rt::ServiceError;
/// An error reply of [`Api::pull_data_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PullDataByPageError = rt::ServiceError;
/// An error reply of [`Api::pull_data_by_pk`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PullDataByPkError = rt::ServiceError;
/// An error reply of [`Api::search_actions`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchActionsError = rt::ServiceError;
/// An error reply of [`Api::search_connectors`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchConnectorsError = rt::ServiceError;
/// An error reply of [`Api::sync_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncDataError = rt::ServiceError;
/// An error reply of [`Api::update_action`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateActionError = rt::ServiceError;
/// An error reply of [`Api::update_connector`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateConnectorError = rt::ServiceError;
/// An error reply of [`Api::update_trigger`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTriggerError = rt::ServiceError;
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
        "CreateAction" => {
            rt::conformance::reply(api.create_action(&inputs.request(true)?)).await
        }
        "CreateConnector" => {
            rt::conformance::reply(api.create_connector(&inputs.request(true)?)).await
        }
        "CreateInvocableInstance" => {
            rt::conformance::reply(api.create_invocable_instance(&inputs.request(true)?))
                .await
        }
        "CreateTrigger" => {
            rt::conformance::reply(api.create_trigger(&inputs.request(true)?)).await
        }
        "GetActionDetail" => {
            rt::conformance::reply(api.get_action_detail(&inputs.request(true)?)).await
        }
        "InvokeInstance" => {
            rt::conformance::reply(api.invoke_instance(&inputs.request(true)?)).await
        }
        "PullDataByPage" => {
            rt::conformance::reply(api.pull_data_by_page(&inputs.request(false)?)).await
        }
        "PullDataByPk" => {
            rt::conformance::reply(
                    api.pull_data_by_pk(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "SearchActions" => {
            rt::conformance::reply(api.search_actions(&inputs.request(true)?)).await
        }
        "SearchConnectors" => {
            rt::conformance::reply(api.search_connectors(&inputs.request(false)?)).await
        }
        "SyncData" => rt::conformance::reply(api.sync_data(&inputs.request(true)?)).await,
        "UpdateAction" => {
            rt::conformance::reply(api.update_action(&inputs.request(true)?)).await
        }
        "UpdateConnector" => {
            rt::conformance::reply(api.update_connector(&inputs.request(true)?)).await
        }
        "UpdateTrigger" => {
            rt::conformance::reply(api.update_trigger(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
