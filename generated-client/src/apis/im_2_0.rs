// @generated from api-spec/im_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 即时通信 2.0 (IM 2.0)：群的创建与场景群吊顶。
//!
//! 5 operations, methods of [`Api`] (`client.im_2_0()`), behind the cargo feature `im_2_0`; its paths start with `/v2.0/im/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `im_2_0`. Get it with `client.im_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 关闭互动卡片吊顶
    ///
    /// `POST /v2.0/im/topBoxes/close`: DingTalk's `CloseTopbox` (module feature `im_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseTopbox")]
    #[doc(alias = "/v2.0/im/topBoxes/close")]
    #[doc(alias = "POST /v2.0/im/topBoxes/close")]
    pub fn close_topbox(
        &self,
        request: &CloseTopboxRequest,
    ) -> rt::Call<CloseTopboxResponseBody, CloseTopboxError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseTopbox",
            rt::Method::Post,
            "/v2.0/im/topBoxes/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建两人群
    ///
    /// `POST /v2.0/im/interconnections/couples/groups`: DingTalk's `CreateCoupleGroup` (module feature `im_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCoupleGroup")]
    #[doc(alias = "/v2.0/im/interconnections/couples/groups")]
    #[doc(alias = "POST /v2.0/im/interconnections/couples/groups")]
    pub fn create_couple_group(
        &self,
        request: &CreateCoupleGroupRequest,
    ) -> rt::Call<CreateCoupleGroupResponseBody, CreateCoupleGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCoupleGroup",
            rt::Method::Post,
            "/v2.0/im/interconnections/couples/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建普通群
    ///
    /// `POST /v2.0/im/interconnections/groups`: DingTalk's `CreateGroup` (module feature `im_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroup")]
    #[doc(alias = "/v2.0/im/interconnections/groups")]
    #[doc(alias = "POST /v2.0/im/interconnections/groups")]
    pub fn create_group(
        &self,
        request: &CreateGroupRequest,
    ) -> rt::Call<CreateGroupResponseBody, CreateGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroup",
            rt::Method::Post,
            "/v2.0/im/interconnections/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建并开启互动卡片吊顶
    ///
    /// `POST /v2.0/im/topBoxes`: DingTalk's `CreateTopbox` (module feature `im_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTopbox")]
    #[doc(alias = "/v2.0/im/topBoxes")]
    #[doc(alias = "POST /v2.0/im/topBoxes")]
    pub fn create_topbox(
        &self,
        request: &CreateTopboxRequest,
    ) -> rt::Call<CreateTopboxResponseBody, CreateTopboxError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTopbox",
            rt::Method::Post,
            "/v2.0/im/topBoxes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群设备市场管理
    ///
    /// `GET /v2.0/im/group/device/market/manager`: DingTalk's `GroupManagerDeviceMarket` (module feature `im_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GroupManagerDeviceMarket")]
    #[doc(alias = "/v2.0/im/group/device/market/manager")]
    #[doc(alias = "GET /v2.0/im/group/device/market/manager")]
    pub fn group_manager_device_market(
        &self,
    ) -> rt::Call<GroupManagerDeviceMarketResponseBody, GroupManagerDeviceMarketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GroupManagerDeviceMarket",
            rt::Method::Get,
            "/v2.0/im/group/device/market/manager",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
}
/// `CloseTopboxResponseBody`, a model several operations share: also named [`CreateTopboxResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseTopboxResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CloseTopboxResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseTopboxResponseBody { "success" => optional(success) }
}
/// `CreateCoupleGroupRequestUsers`, a model several operations share: also named [`CreateGroupRequestUsers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCoupleGroupRequestUsers {
    /// `appUserId`.
    pub app_user_id: Option<String>,
    /// `groupOwner`.
    pub group_owner: bool,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`CreateCoupleGroupRequestUsers`], each named where it is set: `CreateCoupleGroupRequestUsers::new(CreateCoupleGroupRequestUsersRequired { .. })`.
pub struct CreateCoupleGroupRequestUsersRequired {
    /// `groupOwner`: see [`CreateCoupleGroupRequestUsers::group_owner`].
    pub group_owner: bool,
}
impl CreateCoupleGroupRequestUsers {
    /// A `CreateCoupleGroupRequestUsers` with its required fields (`groupOwner`); set the others with the methods named after them.
    pub fn new(required: CreateCoupleGroupRequestUsersRequired) -> Self {
        let CreateCoupleGroupRequestUsersRequired { group_owner } = required;
        Self {
            app_user_id: None,
            group_owner,
            user_id: None,
        }
    }
    /// Sets `appUserId`.
    pub fn app_user_id(mut self, value: impl Into<String>) -> Self {
        self.app_user_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateCoupleGroupRequestUsers { "appUserId" => optional(app_user_id), "groupOwner" =>
    field(group_owner), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCoupleGroupRequestUsers { "appUserId" => read_field(app_user_id), "groupOwner"
    => read_field(group_owner), "userId" => read_field(user_id) }
}
/// `CreateCoupleGroupResponseBody`, a model several operations share: also named [`CreateGroupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCoupleGroupResponseBody {
    /// `appUserIds`.
    pub app_user_ids: Option<Vec<String>>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    CreateCoupleGroupResponseBody { "appUserIds" => read_field(app_user_ids),
    "conversationId" => read_field(conversation_id), "openConversationId" =>
    read_field(open_conversation_id), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCoupleGroupResponseBody { "appUserIds" => optional(app_user_ids),
    "conversationId" => optional(conversation_id), "openConversationId" =>
    optional(open_conversation_id), "userIds" => optional(user_ids) }
}
/// `CreateGroupRequestUsers`: the same model as [`CreateCoupleGroupRequestUsers`].
pub type CreateGroupRequestUsers = CreateCoupleGroupRequestUsers;
/// The required fields of [`CreateGroupRequestUsers`].
pub type CreateGroupRequestUsersRequired = CreateCoupleGroupRequestUsersRequired;
/// `CreateGroupResponseBody`: the same model as [`CreateCoupleGroupResponseBody`].
pub type CreateGroupResponseBody = CreateCoupleGroupResponseBody;
/// `CreateTopboxRequestCardData`, a model several operations share: also named [`UnionIdPrivateDataMapValue`], [`UserIdPrivateDataMapValue`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTopboxRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl CreateTopboxRequestCardData {
    /// An empty `CreateTopboxRequestCardData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardParamMap`.
    pub fn card_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.card_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    CreateTopboxRequestCardData { "cardParamMap" => optional(card_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTopboxRequestCardData { "cardParamMap" => read_field(card_param_map) }
}
/// `CreateTopboxRequestCardSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTopboxRequestCardSettings {
    /// `pullStrategy`.
    pub pull_strategy: Option<bool>,
}
impl CreateTopboxRequestCardSettings {
    /// An empty `CreateTopboxRequestCardSettings`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: bool) -> Self {
        self.pull_strategy = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateTopboxRequestCardSettings { "pullStrategy" => optional(pull_strategy) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTopboxRequestCardSettings { "pullStrategy" => read_field(pull_strategy) }
}
/// `UnionIdPrivateDataMapValue`: the same model as [`CreateTopboxRequestCardData`].
pub type UnionIdPrivateDataMapValue = CreateTopboxRequestCardData;
/// `UserIdPrivateDataMapValue`: the same model as [`CreateTopboxRequestCardData`].
pub type UserIdPrivateDataMapValue = CreateTopboxRequestCardData;
/// `CreateTopboxResponseBody`: the same model as [`CloseTopboxResponseBody`].
pub type CreateTopboxResponseBody = CloseTopboxResponseBody;
/// `GroupManagerDeviceMarketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupManagerDeviceMarketResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GroupManagerDeviceMarketResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GroupManagerDeviceMarketResponseBody { "requestId" => optional(request_id) }
}
/// The request of [`Api::close_topbox`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseTopboxRequest {
    /// `conversationType`.
    pub conversation_type: i64,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `groupTemplateId`.
    pub group_template_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `unoinId`.
    pub unoin_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`CloseTopboxRequest`], each named where it is set: `CloseTopboxRequest::new(CloseTopboxRequired { .. })`.
pub struct CloseTopboxRequired {
    /// `conversationType`: see [`CloseTopboxRequest::conversation_type`].
    pub conversation_type: i64,
    /// `outTrackId`: see [`CloseTopboxRequest::out_track_id`].
    pub out_track_id: String,
}
impl CloseTopboxRequest {
    /// A `CloseTopboxRequest` with its required fields (`conversationType`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CloseTopboxRequired) -> Self {
        let CloseTopboxRequired { conversation_type, out_track_id } = required;
        Self {
            conversation_type,
            cool_app_code: None,
            group_template_id: None,
            open_conversation_id: None,
            out_track_id,
            robot_code: None,
            unoin_id: None,
            user_id: None,
        }
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `groupTemplateId`.
    pub fn group_template_id(mut self, value: impl Into<String>) -> Self {
        self.group_template_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `unoinId`.
    pub fn unoin_id(mut self, value: impl Into<String>) -> Self {
        self.unoin_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CloseTopboxRequest { "conversationType" => field(conversation_type), "coolAppCode" =>
    optional(cool_app_code), "groupTemplateId" => optional(group_template_id),
    "openConversationId" => optional(open_conversation_id), "outTrackId" =>
    field(out_track_id), "robotCode" => optional(robot_code), "unoinId" =>
    optional(unoin_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseTopboxRequest { "conversationType" => read_field(conversation_type),
    "coolAppCode" => read_field(cool_app_code), "groupTemplateId" =>
    read_field(group_template_id), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "robotCode" => read_field(robot_code), "unoinId" => read_field(unoin_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CloseTopboxRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_couple_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCoupleGroupRequest {
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `users`.
    pub users: Option<Vec<CreateCoupleGroupRequestUsers>>,
}
/// The required fields of [`CreateCoupleGroupRequest`], each named where it is set: `CreateCoupleGroupRequest::new(CreateCoupleGroupRequired { .. })`.
pub struct CreateCoupleGroupRequired {
    /// `groupTemplateId`: see [`CreateCoupleGroupRequest::group_template_id`].
    pub group_template_id: String,
}
impl CreateCoupleGroupRequest {
    /// A `CreateCoupleGroupRequest` with its required fields (`groupTemplateId`); set the others with the methods named after them.
    pub fn new(required: CreateCoupleGroupRequired) -> Self {
        let CreateCoupleGroupRequired { group_template_id } = required;
        Self {
            group_template_id,
            operator_id: None,
            users: None,
        }
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `users`.
    pub fn users(
        mut self,
        value: impl IntoIterator<Item = CreateCoupleGroupRequestUsers>,
    ) -> Self {
        self.users = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateCoupleGroupRequest { "groupTemplateId" => field(group_template_id),
    "operatorId" => optional(operator_id), "users" => optional(users) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCoupleGroupRequest { "groupTemplateId" => read_field(group_template_id),
    "operatorId" => read_field(operator_id), "users" => read_field(users) }
}
impl rt::WriteRequest for CreateCoupleGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// `groupAvatar`.
    pub group_avatar: Option<String>,
    /// `groupName`.
    pub group_name: String,
    /// `groupTemplateId`.
    pub group_template_id: String,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `users`.
    pub users: Vec<CreateGroupRequestUsers>,
}
/// The required fields of [`CreateGroupRequest`], each named where it is set: `CreateGroupRequest::new(CreateGroupRequired { .. })`.
pub struct CreateGroupRequired {
    /// `groupName`: see [`CreateGroupRequest::group_name`].
    pub group_name: String,
    /// `groupTemplateId`: see [`CreateGroupRequest::group_template_id`].
    pub group_template_id: String,
    /// `users`: see [`CreateGroupRequest::users`].
    pub users: Vec<CreateGroupRequestUsers>,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`groupName`, `groupTemplateId`, `users`); set the others with the methods named after them.
    pub fn new(required: CreateGroupRequired) -> Self {
        let CreateGroupRequired { group_name, group_template_id, users } = required;
        Self {
            group_avatar: None,
            group_name,
            group_template_id,
            operator_id: None,
            users,
        }
    }
    /// Sets `groupAvatar`.
    pub fn group_avatar(mut self, value: impl Into<String>) -> Self {
        self.group_avatar = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateGroupRequest { "groupAvatar" => optional(group_avatar), "groupName" =>
    field(group_name), "groupTemplateId" => field(group_template_id), "operatorId" =>
    optional(operator_id), "users" => field(users) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupRequest { "groupAvatar" => read_field(group_avatar), "groupName" =>
    read_field(group_name), "groupTemplateId" => read_field(group_template_id),
    "operatorId" => read_field(operator_id), "users" => read_field(users) }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_topbox`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTopboxRequest {
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `cardData`.
    pub card_data: CreateTopboxRequestCardData,
    /// `cardSettings`.
    pub card_settings: Option<CreateTopboxRequestCardSettings>,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `conversationType`.
    pub conversation_type: i64,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `expiredTime`.
    pub expired_time: Option<i64>,
    /// `groupTemplateId`.
    pub group_template_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `platforms`.
    pub platforms: Option<String>,
    /// `receiverUnionIdList`.
    pub receiver_union_id_list: Option<Vec<String>>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `unionIdPrivateDataMap`.
    pub union_id_private_data_map: Option<
        rt::BTreeMap<String, UnionIdPrivateDataMapValue>,
    >,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdPrivateDataMap`.
    pub user_id_private_data_map: Option<
        rt::BTreeMap<String, UserIdPrivateDataMapValue>,
    >,
}
/// The required fields of [`CreateTopboxRequest`], each named where it is set: `CreateTopboxRequest::new(CreateTopboxRequired { .. })`.
pub struct CreateTopboxRequired {
    /// `cardData`: see [`CreateTopboxRequest::card_data`].
    pub card_data: CreateTopboxRequestCardData,
    /// `cardTemplateId`: see [`CreateTopboxRequest::card_template_id`].
    pub card_template_id: String,
    /// `conversationType`: see [`CreateTopboxRequest::conversation_type`].
    pub conversation_type: i64,
    /// `outTrackId`: see [`CreateTopboxRequest::out_track_id`].
    pub out_track_id: String,
}
impl CreateTopboxRequest {
    /// A `CreateTopboxRequest` with its required fields (`cardData`, `cardTemplateId`, `conversationType`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CreateTopboxRequired) -> Self {
        let CreateTopboxRequired {
            card_data,
            card_template_id,
            conversation_type,
            out_track_id,
        } = required;
        Self {
            callback_route_key: None,
            card_data,
            card_settings: None,
            card_template_id,
            conversation_type,
            cool_app_code: None,
            expired_time: None,
            group_template_id: None,
            open_conversation_id: None,
            out_track_id,
            platforms: None,
            receiver_union_id_list: None,
            receiver_user_id_list: None,
            robot_code: None,
            union_id: None,
            union_id_private_data_map: None,
            user_id: None,
            user_id_private_data_map: None,
        }
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `cardSettings`.
    pub fn card_settings(mut self, value: CreateTopboxRequestCardSettings) -> Self {
        self.card_settings = Some(value);
        self
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `expiredTime`.
    pub fn expired_time(mut self, value: i64) -> Self {
        self.expired_time = Some(value);
        self
    }
    /// Sets `groupTemplateId`.
    pub fn group_template_id(mut self, value: impl Into<String>) -> Self {
        self.group_template_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `platforms`.
    pub fn platforms(mut self, value: impl Into<String>) -> Self {
        self.platforms = Some(value.into());
        self
    }
    /// Sets `receiverUnionIdList`.
    pub fn receiver_union_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_union_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `receiverUserIdList`.
    pub fn receiver_user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `unionIdPrivateDataMap`.
    pub fn union_id_private_data_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, UnionIdPrivateDataMapValue)>,
    ) -> Self {
        self.union_id_private_data_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdPrivateDataMap`.
    pub fn user_id_private_data_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, UserIdPrivateDataMapValue)>,
    ) -> Self {
        self.user_id_private_data_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    CreateTopboxRequest { "callbackRouteKey" => optional(callback_route_key), "cardData"
    => field(card_data), "cardSettings" => optional(card_settings), "cardTemplateId" =>
    field(card_template_id), "conversationType" => field(conversation_type),
    "coolAppCode" => optional(cool_app_code), "expiredTime" => optional(expired_time),
    "groupTemplateId" => optional(group_template_id), "openConversationId" =>
    optional(open_conversation_id), "outTrackId" => field(out_track_id), "platforms" =>
    optional(platforms), "receiverUnionIdList" => optional(receiver_union_id_list),
    "receiverUserIdList" => optional(receiver_user_id_list), "robotCode" =>
    optional(robot_code), "unionId" => optional(union_id), "unionIdPrivateDataMap" =>
    optional(union_id_private_data_map), "userId" => optional(user_id),
    "userIdPrivateDataMap" => optional(user_id_private_data_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTopboxRequest { "callbackRouteKey" => read_field(callback_route_key),
    "cardData" => read_field(card_data), "cardSettings" => read_field(card_settings),
    "cardTemplateId" => read_field(card_template_id), "conversationType" =>
    read_field(conversation_type), "coolAppCode" => read_field(cool_app_code),
    "expiredTime" => read_field(expired_time), "groupTemplateId" =>
    read_field(group_template_id), "openConversationId" =>
    read_field(open_conversation_id), "outTrackId" => read_field(out_track_id),
    "platforms" => read_field(platforms), "receiverUnionIdList" =>
    read_field(receiver_union_id_list), "receiverUserIdList" =>
    read_field(receiver_user_id_list), "robotCode" => read_field(robot_code), "unionId"
    => read_field(union_id), "unionIdPrivateDataMap" =>
    read_field(union_id_private_data_map), "userId" => read_field(user_id),
    "userIdPrivateDataMap" => read_field(user_id_private_data_map) }
}
impl rt::WriteRequest for CreateTopboxRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::close_topbox`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseTopboxError = rt::ServiceError;
/// An error reply of [`Api::create_couple_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCoupleGroupError = rt::ServiceError;
/// An error reply of [`Api::create_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupError = rt::ServiceError;
/// An error reply of [`Api::create_topbox`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTopboxError = rt::ServiceError;
/// An error reply of [`Api::group_manager_device_market`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GroupManagerDeviceMarketError = rt::ServiceError;
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
        "CloseTopbox" => {
            rt::conformance::reply(api.close_topbox(&inputs.request(true)?)).await
        }
        "CreateCoupleGroup" => {
            rt::conformance::reply(api.create_couple_group(&inputs.request(true)?)).await
        }
        "CreateGroup" => {
            rt::conformance::reply(api.create_group(&inputs.request(true)?)).await
        }
        "CreateTopbox" => {
            rt::conformance::reply(api.create_topbox(&inputs.request(true)?)).await
        }
        "GroupManagerDeviceMarket" => {
            rt::conformance::reply(api.group_manager_device_market()).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
